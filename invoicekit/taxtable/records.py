"""Immutable records of the tax data: dated periods and jurisdictions.

The table caches them for the whole process and hands the same objects to every caller, so
nothing in them can be changed: attrs frozen classes, tuples and :class:`FrozenDict`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from decimal import Decimal
from typing import Generic, TypeVar

from attrs import field, frozen

from ..frozen import FrozenDict
from ..model import Rounding
from ..reprs import fields_repr

T = TypeVar("T")


@frozen
class Period(Generic[T]):
    """A value in force from ``start`` to ``end`` inclusive (open-ended when ``end`` is None)."""

    __repr__ = fields_repr

    value: T
    start: dt.date
    end: dt.date | None
    source: str
    line: int = 0
    secondary: bool = False
    note: str | None = None
    ends: bool = False
    # category mappings only: the day the mapping was last checked against its source, and a
    # condition of the rule the format cannot express (a price threshold, a product list)
    checked: dt.date | None = None
    limit: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@frozen
class Series(Generic[T]):
    """Periods of one rate (or category mapping) sorted by start, for a bisect lookup."""

    __repr__ = fields_repr

    periods: tuple[Period[T], ...]
    starts: tuple[dt.date, ...] = field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(p.start for p in self.periods))

    def at(self, day: dt.date) -> Period[T] | None:
        i = bisect_right(self.starts, day) - 1
        if i >= 0 and self.periods[i].covers(day):
            return self.periods[i]
        return None


# A category maps to one rate class for all taxes, or to a class per tax.
ClassChoice = str | tuple[tuple[str, str], ...]


@frozen
class AreaMembership:
    __repr__ = fields_repr

    area: str
    start: dt.date
    end: dt.date | None
    source: str
    supplies: tuple[str, ...] = ("goods", "services", "digital")
    # the tax-ID schemes (invoicekit.taxid) a business buyer here gives for a supply free of
    # the seller's VAT: an EU VAT number, or before 2021 any UK number, after it an XI one
    vat_ids: tuple[str, ...] = ("eu.vat",)

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@frozen
class Jurisdiction:
    """One data file: a country or subdivision. Unset fields (None) inherit from the parent."""

    __repr__ = fields_repr

    code: str
    file: str
    name: str
    currency: str | None = None
    rounding: Rounding | None = None
    taxes: tuple[str, ...] | None = None
    names: tuple[tuple[str, str], ...] = ()
    rates: FrozenDict[tuple[str, str], Series[Decimal]] = field(factory=FrozenDict)
    categories: FrozenDict[str, Series[ClassChoice]] = field(factory=FrozenDict)
    vat_area: tuple[AreaMembership, ...] | None = None
    category_code: str | None = None
    regime: str | None = None
    territory_of: str | None = None
    # the first day the file answers; before it, lookups raise RateNotModelled with the reason;
    # not_modelled without data_from: no day answers (Brazil), lookups raise RateNotFound
    data_from: dt.date | None = None
    not_modelled: str | None = None
    line_of: FrozenDict[str, int] = field(factory=FrozenDict, eq=False, repr=False)

    @property
    def parent(self) -> str | None:
        """Where unset fields come from: a subdivision's country, or the country whose VAT
        territory a country belongs to (Monaco: FR, the Isle of Man: GB)."""
        if "-" in self.code:
            return self.code.split("-", 1)[0]
        return self.territory_of if self.territory_of and self.territory_of != self.code else None
