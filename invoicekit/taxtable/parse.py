"""Read one tax data file into a :class:`Jurisdiction`, reporting problems as ``file:line``.

``tomllib`` gives no positions, so a light scan of the text finds the line of every
``[[table]]`` header and top-level key; each period is reported at its header's line.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ..countries import known_country, known_subdivision
from ..currencies import currency as iso_currency
from ..errors import Problem
from ..frozen import FrozenDict
from ..model import SUPPLIES, Rounding
from ..money import ROUNDING_LEVELS, ROUNDING_MODES
from ..paths import read_text, stem_of
from ..regimes import HINT as REGIME_HINT
from ..regimes import areas as regime_areas
from ..regimes import is_area, is_named
from ..regimes import named as regime_names
from .parsed import stored_data
from .records import AreaMembership, ClassChoice, Jurisdiction, Period, Series
from .vocabulary import CATEGORY_CODES, PRODUCT_CATEGORIES, RATE_CLASSES, SERIES_CLASSES, TAX_CODES

FORMAT_VERSION = 1
_TOP = (
    "format", "jurisdiction", "name", "currency", "rounding", "taxes", "names",
    "rates", "categories", "vat_area", "category_code", "note", "regime", "territory_of",
    "data_from", "not_modelled",
)  # fmt: skip
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)  # keeps day arithmetic in range
T = TypeVar("T")
_AREA = ("area", "from", "to", "source", "note", "supplies", "vat_ids")
_HEADER = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=")


def _positions(text: str) -> tuple[dict[str, list[int]], dict[str, int]]:
    """Line numbers of each array-of-tables header (in order) and of each top-level key."""
    headers: dict[str, list[int]] = defaultdict(list)
    keys: dict[str, int] = {}
    in_table = False
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if match:
            headers[re.sub(r"\s*\.\s*", ".", match.group(1)).replace('"', "")].append(number)
            in_table = True
            continue
        if line.lstrip().startswith("["):
            in_table = True
            continue
        key = _KEY.match(line)
        if key and not in_table:
            keys.setdefault(key.group(1), number)
    return headers, keys


class _FileReader:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.headers, self.keys = _positions(text)
        self.problems: list[Problem] = []

    def at(self, line: int, message: str) -> None:
        self.problems.append(Problem(f"{self.path}:{line}", message))

    def key_line(self, key: str) -> int:
        return self.keys.get(key, 1)

    def header_line(self, header: str, index: int) -> int:
        lines = self.headers.get(header, [])
        return lines[index] if index < len(lines) else self.key_line(header.split(".", 1)[0])

    def unknown(self, data: dict[str, Any], known: tuple[str, ...], line: int | None, where: str) -> None:
        """Report keys outside ``known`` at ``line`` (None: each top-level key's own line)."""
        for key in data:
            if key not in known:
                import difflib  # only for a mistake in the data: not loaded at start-up

                hint = difflib.get_close_matches(key, known, n=1)
                suffix = f' (did you mean "{hint[0]}"?)' if hint else ""
                self.at(self.key_line(key) if line is None else line, f'{where}unknown field "{key}"{suffix}')

    def date(self, value: Any, line: int, field: str) -> dt.date | None:
        if isinstance(value, dt.datetime):
            self.at(line, f"{field}: expected a date, got a date and time")
            return None
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
                self.at(line, f'{field}: expected a date YYYY-MM-DD, got "{value}"')
                return None
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                self.at(line, f'{field}: not a real date: "{value}"')
                return None
        self.at(line, f"{field}: expected a date YYYY-MM-DD, got {value!r}")
        return None

    def period_fields(
        self, raw: Any, line: int, known: tuple[str, ...], where: str
    ) -> tuple[dt.date, dt.date | None, str, bool, str | None, bool] | None:
        if not isinstance(raw, dict):
            self.at(line, f"{where}: expected a table")
            return None
        self.unknown(raw, known, line, f"{where}: ")
        start = self.date(raw["from"], line, f"{where}.from") if "from" in raw else None
        if "from" not in raw:
            self.at(line, f'{where}: missing "from"')
        end = self.date(raw["to"], line, f"{where}.to") if "to" in raw else None
        source = raw.get("source")
        if not isinstance(source, str) or not source.strip():
            self.at(line, f"{where}: every period needs a source (an official URL or gazette reference)")
            source = None
        secondary = raw.get("secondary", False)
        note = raw.get("note")
        ends = raw.get("end", False)
        if not isinstance(secondary, bool) or not isinstance(ends, bool):
            self.at(line, f'{where}: "secondary" and "end" must be true or false')
            return None
        for field, day in (("from", start), ("to", end)):
            if day is not None and not FIRST_DAY <= day <= LAST_DAY:
                self.at(line, f"{where}.{field}: {day} is outside {FIRST_DAY} .. {LAST_DAY}")
                return None
        if note is not None and not isinstance(note, str):
            self.at(line, f"{where}.note: expected text, got {note!r}")
        if start and end and end < start:
            self.at(line, f"{where}: ends ({end}) before it starts ({start})")
            return None
        if ends and end is None:
            self.at(line, f'{where}: "end = true" needs a "to" date')
        if start is None or source is None:
            return None
        return start, end, source, secondary, note if isinstance(note, str) else None, ends


def _series_of(reader: _FileReader, periods: list[Period[Any]], where: str) -> Series[Any]:
    ordered = sorted(periods, key=lambda p: p.start)
    for before, after in itertools.pairwise(ordered):
        if before.end is None or before.end >= after.start:
            reader.at(
                after.line, f"{where}: period from {after.start} overlaps the period from {before.start}"
            )
    return Series(tuple(ordered))


def _series(
    r: _FileReader,
    header: str,
    periods: Any,
    value_key: str,
    parse_value: Callable[[_FileReader, Any, int, str], T | None],
    audited: bool = False,
) -> Series[T] | None:
    """The ``[[header]]`` periods, each with its ``value_key`` read by ``parse_value``;
    ``audited`` periods (category mappings) may also say ``checked`` and ``limit``."""
    if not isinstance(periods, list):
        r.at(r.header_line(header, 0), f"{header}: expected [[{header}]] periods")
        return None
    known: tuple[str, ...] = (value_key, "from", "to", "source", "secondary", "note", "end")
    known += ("checked", "limit") if audited else ()
    parsed: list[Period[T]] = []
    for i, raw in enumerate(periods):
        line = r.header_line(header, i)
        common = r.period_fields(raw, line, known, header)
        if value_key not in (raw if isinstance(raw, dict) else {}):
            r.at(line, f'{header}: missing "{value_key}"')
            continue
        value = parse_value(r, raw[value_key], line, header)
        checked, limit = _audit_fields(r, raw, line, header) if audited else (None, None)
        if common and value is not None:
            start, end, source, secondary, note, ends = common
            parsed.append(Period(value, start, end, source, line, secondary, note, ends, checked, limit))
    return _series_of(r, parsed, header)


def _audit_fields(
    r: _FileReader, raw: dict[str, Any], line: int, where: str
) -> tuple[dt.date | None, str | None]:
    """A mapping's ``checked`` date and its ``limit`` text."""
    checked = r.date(raw["checked"], line, f"{where}.checked") if "checked" in raw else None
    limit = raw.get("limit")
    if limit is not None and not (isinstance(limit, str) and limit.strip()):
        r.at(line, f"{where}.limit: expected text saying what the format cannot express, got {limit!r}")
        limit = None
    return checked, limit


def _rate(reader: _FileReader, value: Any, line: int, where: str) -> Decimal | None:
    if not isinstance(value, str):
        reader.at(line, f'{where}.rate: give the rate as a decimal string such as "19", got {value!r}')
        return None
    try:
        rate = Decimal(value)
    except InvalidOperation:
        reader.at(line, f'{where}.rate: not a number: "{value}"')
        return None
    if not rate.is_finite() or not re.fullmatch(r"[0-9]+(\.[0-9]{1,4})?", value):
        reader.at(line, f'{where}.rate: not a plain decimal: "{value}"')
        return None
    if not Decimal(0) <= rate <= Decimal(100):
        reader.at(line, f"{where}.rate: out of range 0..100: {value}")
        return None
    return rate


def _class_choice(reader: _FileReader, value: Any, line: int, where: str) -> ClassChoice | None:
    if isinstance(value, str):
        if value not in RATE_CLASSES:
            reader.at(line, f'{where}.class: unknown rate class "{value}" (one of {", ".join(RATE_CLASSES)})')
            return None
        return value
    if isinstance(value, dict) and value:
        out = []
        for tax, cls in value.items():
            if tax not in TAX_CODES:
                reader.at(line, f'{where}.class: unknown tax code "{tax}"')
                return None
            if cls not in RATE_CLASSES:
                reader.at(line, f'{where}.class.{tax}: unknown rate class "{cls}"')
                return None
            out.append((tax, cls))
        return tuple(out)
    reader.at(line, f"{where}.class: expected a rate class or a table of tax = class, got {value!r}")
    return None


def _known_code(code: str) -> bool:
    return known_country(code) if len(code) == 2 else known_subdivision(code)


def parse_file(file: str | os.PathLike[str]) -> tuple[Jurisdiction | None, list[Problem]]:
    """Parse and check one file on its own; cross-file checks live in :mod:`.check`.
    ``file`` is a ``Path`` or the text of one (a name as ``str(Path(...))`` writes it)."""
    path = os.fspath(file)
    read = _read_toml(path)
    if isinstance(read, Problem):
        return None, [read]
    text, data = read
    r = _FileReader(path, text)
    r.unknown(data, _TOP, None, "")
    if "note" in data and not isinstance(data["note"], str):
        r.at(r.key_line("note"), f"note: expected text, got {data['note']!r}")
    if type(data.get("format")) is not int or data.get("format") != FORMAT_VERSION:
        r.at(r.key_line("format"), f"format: expected {FORMAT_VERSION}, got {data.get('format')!r}")
    code = _code(r, data, path)
    if code is None:
        return None, r.problems
    is_country = "-" not in code
    # Each step records its problems as it goes: arguments are evaluated in file order.
    jurisdiction = Jurisdiction(
        code=code,
        file=path,
        name=_name(r, data, code),
        currency=_currency(r, data, is_country),
        rounding=_rounding(r, data),
        taxes=_taxes(r, data, is_country),
        names=_names(r, data),
        rates=FrozenDict(_rates(r, data)),
        categories=FrozenDict(_categories(r, data)),
        vat_area=_vat_area(r, data),
        category_code=_category_code(r, data),
        regime=_regime(r, data),
        territory_of=_territory_of(r, data),
        data_from=_data_from(r, data),
        not_modelled=_not_modelled(r, data),
        line_of=FrozenDict(r.keys),
    )
    return jurisdiction, r.problems


def _read_toml(path: str) -> tuple[str, dict[str, Any]] | Problem:
    """The file's text and its TOML data, or the located problem that stops reading it."""
    try:
        text = read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(f"{path}:1", f"cannot read: {exc}")
    stored = stored_data(path, text)
    if stored is not None:
        return text, stored
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        return Problem(f"{path}:{match.group(1) if match else 1}", f"not valid TOML: {exc}")
    except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
        return Problem(f"{path}:1", f"not a readable TOML file: {type(exc).__name__}")


def _code(r: _FileReader, data: dict[str, Any], path: str) -> str | None:
    code = data.get("jurisdiction")
    if not isinstance(code, str):
        r.at(r.key_line("jurisdiction"), "jurisdiction: required (ISO 3166-1 or ISO 3166-2 code)")
        return None
    if code != stem_of(path):
        name = os.path.basename(path)
        r.at(r.key_line("jurisdiction"), f'jurisdiction "{code}" does not match the file name "{name}"')
    if not _known_code(code):
        r.at(r.key_line("jurisdiction"), f'jurisdiction: unknown ISO 3166 code "{code}"')
    return code


def _name(r: _FileReader, data: dict[str, Any], code: str) -> str:
    name = data.get("name")
    if not isinstance(name, str) or not name:
        r.at(r.key_line("name"), "name: required")
        return code
    return name


def _currency(r: _FileReader, data: dict[str, Any], is_country: bool) -> str | None:
    currency = data.get("currency")
    if currency is not None:
        if not isinstance(currency, str) or iso_currency(currency) is None:
            r.at(r.key_line("currency"), f"currency: unknown ISO 4217 code {currency!r}")
    elif is_country:
        r.at(1, "currency: required in a country file")
    return currency if isinstance(currency, str) else None


def _rounding(r: _FileReader, data: dict[str, Any]) -> Rounding | None:
    if "rounding" not in data:
        return None
    raw = data["rounding"]
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("mode", "half_up"), str)
        or not isinstance(raw.get("level", "document"), str)
        or raw.get("mode", "half_up") not in ROUNDING_MODES
        or raw.get("level", "document") not in ROUNDING_LEVELS
        or set(raw) - {"mode", "level"}
    ):
        r.at(
            r.key_line("rounding"),
            f"rounding: expected {{ mode = half_up|half_even|down, level = document|line }}, got {raw!r}",
        )
        return None
    return Rounding(mode=raw.get("mode", "half_up"), level=raw.get("level", "document"))


def _taxes(r: _FileReader, data: dict[str, Any], is_country: bool) -> tuple[str, ...] | None:
    taxes = data.get("taxes")
    if taxes is None:
        unmodelled = data.get("not_modelled") and "data_from" not in data  # Brazil: no taxes to list
        if is_country and not data.get("territory_of") and not unmodelled:
            shared = "or territory_of naming the country it shares them with"
            r.at(1, f"taxes: required in a country file ({shared})")
        return None
    if not isinstance(taxes, list) or not all(isinstance(t, str) for t in taxes):
        r.at(r.key_line("taxes"), "taxes: expected a list of tax codes")
        return None
    if len(set(taxes)) != len(taxes):
        r.at(r.key_line("taxes"), f"taxes: a tax is listed twice: {taxes}")
    for tax in taxes:
        if tax not in TAX_CODES:
            r.at(r.key_line("taxes"), f'taxes: unknown tax code "{tax}" (one of {", ".join(TAX_CODES)})')
    return tuple(taxes)


def _names(r: _FileReader, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    names = data.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        r.at(r.key_line("names"), "names: expected a table of tax code = local name")
        return ()
    for tax in names:
        if tax not in TAX_CODES:
            r.at(r.key_line("names"), f'names: unknown tax code "{tax}"')
    return tuple(names.items())


def _rates(r: _FileReader, data: dict[str, Any]) -> dict[tuple[str, str], Series[Decimal]]:
    rates: dict[tuple[str, str], Series[Decimal]] = {}
    raw_rates = data.get("rates", {})
    if not isinstance(raw_rates, dict):
        r.at(r.key_line("rates"), "rates: expected tables rates.<TAX>.<class>")
        return rates
    for tax, classes in raw_rates.items():
        if tax not in TAX_CODES:
            r.at(_first_line(r, f"rates.{tax}."), f'rates: unknown tax code "{tax}"')
            continue
        if not isinstance(classes, dict):
            r.at(_first_line(r, f"rates.{tax}."), f"rates.{tax}: expected tables per rate class")
            continue
        for cls, periods in classes.items():
            header = f"rates.{tax}.{cls}"
            if cls not in SERIES_CLASSES:
                hint = ' ("zero" and "exempt" need no data)' if cls in RATE_CLASSES else ""
                r.at(r.header_line(header, 0), f'{header}: unknown rate class "{cls}"{hint}')
                continue
            series = _series(r, header, periods, "rate", _rate)
            if series is not None:
                rates[(tax, cls)] = series
    return rates


def _categories(r: _FileReader, data: dict[str, Any]) -> dict[str, Series[ClassChoice]]:
    categories: dict[str, Series[ClassChoice]] = {}
    raw_categories = data.get("categories", {})
    if not isinstance(raw_categories, dict):
        r.at(r.key_line("categories"), "categories: expected [[categories.<name>]] periods")
        return categories
    for cat, periods in raw_categories.items():
        header = f"categories.{cat}"
        if cat not in PRODUCT_CATEGORIES:
            import difflib

            close = difflib.get_close_matches(cat, PRODUCT_CATEGORIES, n=1)
            r.at(
                r.header_line(header, 0),
                f'{header}: unknown product category "{cat}"'
                + (f' (did you mean "{close[0]}"?)' if close else ""),
            )
            continue
        mapping: Series[ClassChoice] | None = _series(
            r, header, periods, "class", _class_choice, audited=True
        )
        if mapping is not None:
            categories[cat] = mapping
    return categories


def _vat_area(r: _FileReader, data: dict[str, Any]) -> tuple[AreaMembership, ...] | None:
    if "vat_area" not in data:
        return None
    raw_area = data["vat_area"]
    if not isinstance(raw_area, list):
        r.at(r.key_line("vat_area"), "vat_area: expected [[vat_area]] periods or []")
        return None
    members = []
    for i, raw in enumerate(raw_area):
        line = r.header_line("vat_area", i)
        common = r.period_fields(raw, line, _AREA, "vat_area")
        area = raw.get("area") if isinstance(raw, dict) else None
        supplies = raw.get("supplies", list(SUPPLIES)) if isinstance(raw, dict) else []
        if not (isinstance(area, str) and is_area(area)):  # shipped areas: no rules imported
            expected = _choices(regime_areas(), "VAT area", " or ")
            r.at(line, f"vat_area.area: expected {expected}, got {area!r}")
        elif (
            not isinstance(supplies, list)
            or not supplies
            or not all(isinstance(x, str) for x in supplies)
            or set(supplies) - set(SUPPLIES)
        ):
            r.at(line, f"vat_area.supplies: expected a list of {', '.join(SUPPLIES)}, got {supplies!r}")
        elif common and (vat_ids := _vat_ids(r, raw, line)) is not None:
            members.append(AreaMembership(area, common[0], common[1], common[2], tuple(supplies), vat_ids))
    return tuple(members)


def _vat_ids(r: _FileReader, raw: dict[str, Any], line: int) -> tuple[str, ...] | None:
    """A membership's ``vat_ids``: tax-ID scheme names of invoicekit.taxid (``eu.vat`` by default)."""
    from ..taxid.names import SCHEME_NAMES

    vat_ids = raw.get("vat_ids", ["eu.vat"])
    if (
        not isinstance(vat_ids, list)
        or not vat_ids
        or not all(isinstance(x, str) and x in SCHEME_NAMES for x in vat_ids)
    ):
        r.at(line, f'vat_area.vat_ids: expected a list of tax-ID schemes such as "eu.vat", got {vat_ids!r}')
        return None
    return tuple(vat_ids)


def _category_code(r: _FileReader, data: dict[str, Any]) -> str | None:
    category_code = data.get("category_code")
    if category_code is not None and not (isinstance(category_code, str) and category_code in CATEGORY_CODES):
        message = f"category_code: not an EN 16931 VAT category code: {category_code!r}"
        r.at(r.key_line("category_code"), message)
        return None
    return category_code


def _regime(r: _FileReader, data: dict[str, Any]) -> str | None:
    """The ``regime`` key: a name under which a regime module registered itself."""
    regime = data.get("regime")
    if regime is not None and not (isinstance(regime, str) and is_named(regime)):
        expected = _choices(regime_names(), "regime", ", ", "one of ")
        r.at(r.key_line("regime"), f"regime: expected {expected}, got {regime!r} ({REGIME_HINT})")
        return None
    return regime


def _choices(known: tuple[str, ...], what: str, joiner: str, lead: str = "") -> str:
    """The values a key may take, for a message; a phrase, not an empty list, when none is
    registered."""
    if not known:
        return f"a registered {what} (none is registered)"
    if lead:
        return lead + joiner.join(known)
    return joiner.join(f'"{k}"' for k in known)


def _territory_of(r: _FileReader, data: dict[str, Any]) -> str | None:
    territory_of = data.get("territory_of")
    if territory_of is not None and not (isinstance(territory_of, str) and _known_code(territory_of)):
        r.at(r.key_line("territory_of"), f"territory_of: expected a country code, got {territory_of!r}")
        return None
    return territory_of


def _first_line(r: _FileReader, prefix: str) -> int:
    lines = [n for header, ns in r.headers.items() if header.startswith(prefix) for n in ns]
    return min(lines) if lines else r.key_line("rates")


def _data_from(r: _FileReader, data: dict[str, Any]) -> dt.date | None:
    if "data_from" not in data:
        return None
    return r.date(data["data_from"], r.key_line("data_from"), "data_from")


def _not_modelled(r: _FileReader, data: dict[str, Any]) -> str | None:
    text = data.get("not_modelled")
    if text is None:
        return None
    if not isinstance(text, str) or not text.strip():
        r.at(r.key_line("not_modelled"), f"not_modelled: expected text, got {text!r}")
        return None
    if "data_from" not in data and (data.get("rates") or data.get("categories")):
        # without data_from no day is modelled (Brazil): such a file has nothing to answer with
        r.at(
            r.key_line("not_modelled"),
            'not_modelled: says why dates before "data_from" do not answer; set data_from',
        )
    return text
