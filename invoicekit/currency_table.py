"""The whole ISO 4217 table of :mod:`invoicekit.currencies`, read when asked for.

Loading a document reads its currency's own line of the table (``currencies.currency``); the
whole table and its attrs class are defined here, imported when first asked for
(:mod:`invoicekit.currencies` names both), so that start-up does without them.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache

from attrs import frozen

from .currencies import _TABLE_FILE, Currency, _entry
from .paths import read_text
from .reprs import fields_repr


@frozen
class CurrencyTable:
    """The whole list with the date and source of its publication."""

    __repr__ = fields_repr

    published: dt.date
    source: str
    currencies: tuple[Currency, ...]

    def get(self, code: str) -> Currency | None:
        return next((c for c in self.currencies if c.code == code), None)


@cache
def iso_4217() -> CurrencyTable:
    """The shipped ISO 4217 table, read once.

    >>> table = iso_4217()
    >>> table.published.isoformat(), table.get("HUF").minor_units, table.get("XAU").minor_units
    ('2026-01-01', 2, None)
    """
    data = tomllib.loads(read_text(_TABLE_FILE))
    entries = tuple(_entry(code, fields) for code, fields in sorted(data["currencies"].items()))
    return CurrencyTable(data["published"], str(data["source"]), entries)
