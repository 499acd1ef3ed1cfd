"""Lookups the category-audit tests share: the rate, the reason and the data's own period of a
jurisdiction and category on a day given as ISO text."""

import datetime as dt
from decimal import Decimal

from invoicekit import default_table, rates
from invoicekit.taxtable.records import ClassChoice, Period


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def rate(code: str, day: str, category: str) -> Decimal:
    """The one component's rate (the jurisdiction levies one tax on the category)."""
    (component,) = rates(code, on=d(day), category=category)
    return component.rate


def answer(code: str, day: str, category: str) -> list[tuple[str, Decimal, str]]:
    """Every component as (tax, rate, EN 16931 category code)."""
    return [(c.tax, c.rate, c.category) for c in rates(code, on=d(day), category=category)]


def reason(code: str, day: str, category: str) -> str:
    return default_table().resolve(code, d(day), category).explanation


def mapping_period(code: str, day: str, category: str) -> Period[ClassChoice]:
    """The category period of the data in force on the day (its source, checked date, note, limit)."""
    series = default_table().category_series(code, category)
    assert series is not None, (code, category)
    period = series.at(d(day))
    assert period is not None, (code, day, category)
    return period
