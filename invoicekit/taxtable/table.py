"""The shipped tax data (and a shop's layers over it) as a :class:`RateProvider`.

Files are parsed lazily, one jurisdiction at a time, so a lookup loads only what it needs;
answers are cached per (jurisdiction, date, category).
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import Problem, RateNotFound, RateNotInForce, RateNotModelled, TaxDataError, expect
from ..model import Rounding
from ..paths import normal_name, read_text
from ..resources import shipped_dir, shipped_dir_name
from .parse import parse_file
from .provider import Component, Resolution
from .records import AreaMembership, ClassChoice, Jurisdiction, Series
from .vocabulary import IMPLICIT_CLASSES, PRODUCT_CATEGORIES, RATE_CLASSES, category_chain

RELEASE_FILE = "release.toml"
_ZERO = Decimal(0)
T = TypeVar("T")

if TYPE_CHECKING:  # pathlib is imported where a Path is handed out (not by `compute FILE`)
    from pathlib import Path


def shipped_data_dir() -> Path:
    """The tax data shipped with invoicekit (inside the wheel, or ``taxdata/`` of a checkout)."""
    return shipped_dir("taxdata")


def data_files(directory: Path) -> list[Path]:
    """Every jurisdiction file below ``directory``, sorted."""
    return sorted(p for p in directory.rglob("*.toml") if p.name != RELEASE_FILE)


def _file_names(directory: str, found: list[str]) -> list[str]:
    """The names of :func:`data_files` as strings (``rglob`` with a ``Path`` per entry was
    most of a table's set-up): below ``directory``, not into linked folders, unsorted."""
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                _file_names(entry.path, found)
            elif entry.name.endswith(".toml") and entry.name != RELEASE_FILE:
                found.append(entry.path)
    return found


def _stems(directory: str) -> dict[str, str]:
    """File stem to file name, in the order of :func:`data_files` (a later file of the same
    stem replaces an earlier one, as there)."""
    names = sorted(_file_names(directory, []), key=lambda name: name.split(os.sep))
    return {os.path.splitext(os.path.basename(name))[0]: name for name in names}


class TaxTable:
    """Rates from data directories; a later directory's file replaces an earlier one's
    for the same jurisdiction (a shop's correction layered over the shipped data)."""

    def __init__(self, directories: Sequence[str | os.PathLike[str]]) -> None:
        what = "a list of data directories"
        expect("directories", directories, (list, tuple), what)
        for directory in directories:
            expect("directories[]", directory, (str, os.PathLike), what)
        # the folders as str(Path(d)) would write them: a Path is made only when asked for
        self._directories = tuple(normal_name(d) for d in directories)
        self._paths: dict[str, str] = {}
        for directory in self._directories:
            if not os.path.isdir(directory):
                raise TaxDataError([Problem(directory, "not a directory")])
            self._paths.update(_stems(directory))
        self._parsed: dict[str, Jurisdiction] = {}
        self._reset_caches()

    def _reset_caches(self) -> None:
        self._chains: dict[str, tuple[Jurisdiction, ...]] = {}
        self._owners: dict[tuple[str, str], Jurisdiction | None] = {}
        self._roundings: dict[str, Rounding | None] = {}
        self._resolve_cached = lru_cache(maxsize=16384)(self._resolve)

    def __getstate__(self) -> dict[str, object]:
        """Pickled for worker processes: the file index and the files parsed so far travel;
        the lookup caches are rebuilt on the other side."""
        return {"directories": self.directories, "paths": self._paths, "parsed": self._parsed}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._directories = tuple(str(d) for d in state["directories"])
        self._paths = state["paths"]
        self._parsed = state["parsed"]
        self._reset_caches()

    @property
    def directories(self) -> tuple[Path, ...]:
        """The data directories, the shipped (or first) one first."""
        from pathlib import Path

        return tuple(Path(d) for d in self._directories)

    @classmethod
    def shipped(cls, extra: Iterable[str | os.PathLike[str]] = ()) -> TaxTable:
        """The shipped data, with ``extra`` directories layered over it in order."""
        return cls([shipped_dir_name("taxdata"), *extra])

    # --- data access ---

    def codes(self) -> list[str]:
        return sorted(self._paths)

    def path(self, code: str) -> Path:
        from pathlib import Path

        return Path(self._paths[code])

    def release(self) -> str | None:
        """The data release stamp of the shipped (first) directory."""
        stamp = os.path.join(self._directories[0], RELEASE_FILE)
        if not os.path.isfile(stamp):
            return None
        return str(tomllib.loads(read_text(stamp)).get("date"))

    def has(self, code: str) -> bool:
        return code in self._paths

    def jurisdiction(self, code: str) -> Jurisdiction:
        """The parsed file of ``code``; raises ``RateNotFound`` when there is none."""
        found = self._parsed.get(code)
        if found is not None:
            return found
        path = self._paths.get(code)
        if path is None:
            raise RateNotFound(f'no tax data for jurisdiction "{code}"')
        parsed, problems = parse_file(path)
        if problems or parsed is None:
            raise TaxDataError(problems)
        self._parsed[code] = parsed
        return parsed

    def chain(self, code: str) -> tuple[Jurisdiction, ...]:
        """The jurisdiction and then its country (for a subdivision)."""
        found = self._chains.get(code)
        if found is None:
            own = self.jurisdiction(code)
            found = (own,) if own.parent is None else (own, self.jurisdiction(own.parent))
            self._chains[code] = found
        return found

    def inherited(self, code: str, name: str) -> object:
        """The first set (not None) field ``name`` along the chain of ``code``."""
        return self._inherit(code, lambda j: getattr(j, name))

    def _inherit(self, code: str, field: Callable[[Jurisdiction], T | None]) -> T | None:
        """:meth:`inherited`, typed: ``field`` reads one field of a jurisdiction."""
        for j in self.chain(code):
            value = field(j)
            if value is not None:
                return value
        return None

    def taxes(self, code: str) -> tuple[str, ...]:
        return self._inherit(code, lambda j: j.taxes) or ()

    def currency(self, code: str) -> str | None:
        return self._inherit(code, lambda j: j.currency)

    def tax_names(self, code: str) -> dict[str, str]:
        names: dict[str, str] = {}
        for j in reversed(self.chain(code)):
            names.update(j.names)
        return names

    def in_vat_area(self, code: str, on: dt.date, area: str = "EU", supply: str = "goods") -> bool:
        """Whether ``code`` belongs to the VAT area on ``on`` for a ``supply`` of that kind
        (Northern Ireland: goods only)."""
        return self.membership(code, on, area, supply) is not None

    def membership(self, code: str, on: dt.date, area: str, supply: str) -> AreaMembership | None:
        """The period of ``code``'s membership of the VAT ``area`` in force on ``on`` for a
        ``supply`` of that kind, if any."""
        if not self.has(code.split("-", 1)[0]):
            return None  # a country without data (China, Brazil ...) is outside every VAT area we know
        if not self.has(code):
            code = code.split("-", 1)[0]
        members = self._inherit(code, lambda j: j.vat_area) or ()
        return next((m for m in members if m.area == area and m.covers(on) and supply in m.supplies), None)

    def regime(self, code: str) -> str:
        """The place-of-supply regime of a jurisdiction's country (docs/taxdata.md)."""
        return str(self.inherited(code, "regime") or "national")

    def territory(self, code: str) -> str:
        """The VAT territory a jurisdiction belongs to for domestic sales: its own
        ``territory_of`` (the Canary Islands: ES-CN), else its country's (Liechtenstein: CH),
        else its country."""
        country = code.split("-", 1)[0]
        for candidate in (code, country):
            if self.has(candidate) and self.jurisdiction(candidate).territory_of:
                return str(self.jurisdiction(candidate).territory_of)
        return country

    def series(self, code: str, tax: str, rate_class: str) -> Series[Decimal] | None:
        """The rate series of ``tax`` and ``rate_class``. A file that has any series of a tax
        owns that tax: its country's other classes of it do not apply (the Azores' VAT, the
        Canary Islands' IGIC), while a tax it does not define comes from the country (GST in
        Quebec)."""
        key = (code, tax)
        if key not in self._owners:
            self._owners[key] = next((j for j in self.chain(code) if any(k[0] == tax for k in j.rates)), None)
        owner = self._owners[key]
        return owner.rates.get((tax, rate_class)) if owner else None

    def category_series(self, code: str, category: str) -> Series[ClassChoice] | None:
        for j in self.chain(code):
            found = j.categories.get(category)
            if found is not None:
                return found
        return None

    def _modelled(self, code: str, on: dt.date) -> None:
        """Raise RateNotModelled for a date before the data's ``data_from``."""
        start = self._inherit(code, lambda j: j.data_from)
        if start is not None and on < start:
            reason = self._inherit(code, lambda j: j.not_modelled) or "earlier history is not recorded"
            raise RateNotModelled(f"{code}: not modelled before {start} (asked for {on}): {reason}")

    def _choice(
        self, code: str, name: str, on: dt.date, category: str
    ) -> tuple[ClassChoice, str, str | None]:
        """The rate class(es) ``category`` takes on ``on``, why, and the mapping's ``limit``:
        its own mapping, else its broader category's (vocabulary.BROADER), else standard."""
        if category in RATE_CLASSES:
            return category, f"{category} rate", None
        if category not in PRODUCT_CATEGORIES:
            raise RateNotFound(f'unknown tax category "{category}" (see docs/taxdata.md for the vocabulary)')
        for mapped in category_chain(category):
            series = self.category_series(code, mapped)
            period = series.at(on) if series else None
            if period is None:
                continue
            via = "" if mapped == category else f" (as {mapped})"
            why = f"{category}{via} takes the {_describe_choice(period.value)} rate in {name}"
            if period.limit:
                why += f" [condition not checked by invoicekit: {period.limit}]"
            return period.value, why, period.limit
        return "standard", f"{category} is not treated specially in {name}: standard rate", None

    # --- RateProvider ---

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        """The jurisdiction's usual rounding (its own, else its country's), remembered per
        code: the engine asks for every document, and the data does not change."""
        if jurisdiction in self._roundings:
            return self._roundings[jurisdiction]
        found = self._inherit(jurisdiction, lambda j: j.rounding) if self.has(jurisdiction) else None
        self._roundings[jurisdiction] = found
        return found

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        """Which taxes apply to a domestic sale of ``category`` in ``jurisdiction`` on ``on``."""
        return self._resolve_cached(jurisdiction, on, category)

    def unmodelled(self, code: str) -> str | None:
        """Why no day of ``code``'s data answers (Brazil: ``not_modelled`` without
        ``data_from``, in its own file or its country's), or None."""
        for j in self.chain(code):
            if j.not_modelled is not None and j.data_from is None:
                return j.not_modelled
        return None

    def _resolve(self, code: str, on: dt.date, category: str) -> Resolution:
        name = self.jurisdiction(code).name
        reason = self.unmodelled(code)
        if reason is not None:
            raise RateNotFound(f"{code} ({name}): taxes not modelled. {reason}")
        taxes = self.taxes(code)
        if not taxes:
            raise RateNotFound(f"{code}: no taxes defined ({name} levies no tax on sales)")
        self._modelled(code, on)
        choice, why, condition = self._choice(code, name, on, category)
        code_taxed = self.inherited(code, "category_code") or "S"
        components = []
        for tax in taxes:
            rate_class = choice if isinstance(choice, str) else dict(choice).get(tax, "standard")
            if rate_class == "zero":
                components.append(Component(tax, _ZERO, "Z", "zero"))
                continue
            if rate_class == "exempt":
                components.append(Component(tax, _ZERO, "E", "exempt"))
                continue
            series_r = self.series(code, tax, rate_class)
            if series_r is None:
                raise RateNotFound(f'{code} has no "{rate_class}" rate for {tax}')
            period_r = series_r.at(on)
            if period_r is None:
                first = series_r.periods[0].start if series_r.periods else None
                missing = f"{code}: no {rate_class} {tax} rate in force on {on}"
                if first and on < first:  # before the data: the date is what is off
                    raise RateNotInForce(f"{missing} (data from {first})")
                raise RateNotFound(missing)
            category_code = str(code_taxed) if period_r.value != _ZERO else "Z"
            components.append(Component(tax, period_r.value, category_code, rate_class, period_r.source))
        rates = " + ".join(_describe_component(c) for c in components)
        return Resolution(code, tuple(components), category, f"{why} ({rates}) on {on}", condition)


def _describe_component(component: Component) -> str:
    if component.category == "E":
        return f"exempt from {component.tax}"
    return f"{component.tax} {component.rate} %"


def _describe_choice(choice: ClassChoice) -> str:
    if isinstance(choice, str):
        return choice
    return ", ".join(f"{tax} {cls}" for tax, cls in choice)


__all__ = ["IMPLICIT_CLASSES", "TaxTable", "data_files", "shipped_data_dir"]
