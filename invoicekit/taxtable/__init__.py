"""Tax data: the file format's reader, the shipped tables and the RateProvider interface."""

from __future__ import annotations

import datetime as dt
from functools import cache

from ..errors import ArgumentError, expect
from .provider import Component, LayeredRateProvider, RateProvider, Resolution
from .table import TaxTable, shipped_data_dir


@cache
def default_table() -> TaxTable:
    """The shipped tax data, loaded lazily and shared."""
    return TaxTable.shipped()


def rates(jurisdiction: str, on: dt.date | None = None, category: str = "standard") -> tuple[Component, ...]:
    """The tax components of a domestic sale of ``category`` in ``jurisdiction`` on ``on``
    (today by default), in print order.

    >>> [(c.tax, str(c.rate)) for c in rates("CA-QC", on=dt.date(2025, 1, 1))]
    [('GST', '5'), ('QST', '9.975')]
    """
    expect("jurisdiction", jurisdiction, str, 'a jurisdiction code such as "DE" or "CA-QC"')
    expect("on", on, (dt.date, type(None)), "a datetime.date or None")
    expect("category", category, str, 'a rate class or product category such as "standard"')
    if isinstance(on, dt.datetime):
        raise ArgumentError("on: expected a date, got a datetime (take its .date())")
    return default_table().resolve(jurisdiction, on or dt.date.today(), category).components


__all__ = [
    "Component",
    "LayeredRateProvider",
    "RateProvider",
    "Resolution",
    "TaxTable",
    "default_table",
    "rates",
    "shipped_data_dir",
]
