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


# The periods (code, category, first day) of taxdata/eu/ whose checked date the ninth round's review
# of TEDB-based periods withdrew: each rested on TEDB's rows of a later day (2025 or 2026), which
# confirm that day only, and no text in force on the period's first day was read
# (tests/taxdata/test_categories_audit_r9_tedb.py; docs/taxdata.md, "Ninth round (2026-12-06):
# checked periods that rest on TEDB").
WITHDRAWN_R9_TEDB: frozenset[tuple[str, str, str]] = frozenset(
    {
        ("BE", "food", "2015-01-01"),
        ("BE", "restaurant_food", "2021-10-01"),
        ("BE", "hospitality", "2021-10-01"),
        ("BE", "passenger_transport", "2015-01-01"),
        ("BE", "ebooks", "2019-04-01"),
        ("BE", "newspapers", "2015-01-01"),
        ("CY", "food", "2015-01-01"),
        ("CY", "basic_food", "2024-10-01"),
        ("CY", "restaurant_food", "2022-09-01"),
        ("CY", "hospitality", "2022-09-01"),
        ("CY", "accommodation", "2022-09-01"),
        ("CY", "passenger_transport", "2021-01-11"),
        ("CY", "books", "2023-07-21"),
        ("CY", "newspapers", "2023-07-21"),
        ("CY", "medical_devices", "2023-07-21"),
        ("ES", "food", "2021-01-01"),
        ("ES", "restaurant_food", "2015-01-01"),
        ("ES", "hospitality", "2015-01-01"),
        ("ES", "agricultural", "2015-01-01"),
        ("FI", "restaurant_food", "2015-01-01"),
        ("FI", "hospitality", "2015-01-01"),
        ("FI", "newspapers", "2015-01-01"),
        ("FR", "hospitality", "2014-01-01"),
        ("FR", "passenger_transport", "2014-01-01"),
        ("FR", "newspapers", "2015-01-01"),
        ("FR", "medical_devices", "2015-01-01"),
        ("FR", "agricultural", "2014-01-01"),
        ("GR", "passenger_transport", "2024-01-01"),
        ("GR", "newspapers", "2015-01-01"),
        ("GR", "medicines", "2015-01-01"),
        ("HR", "restaurant_food", "2020-01-01"),
        ("HR", "hospitality", "2020-01-01"),
        ("HR", "accommodation", "2015-01-01"),
        ("HR", "newspapers", "2015-01-01"),
        ("HR", "medical_devices", "2015-01-01"),
        ("HU", "hospitality", "2018-01-01"),
        ("IE", "newspapers", "2015-01-01"),
        ("IT", "food", "2015-01-01"),
        ("IT", "restaurant_food", "2015-01-01"),
        ("IT", "hospitality", "2015-01-01"),
        ("IT", "passenger_transport", "2015-01-01"),
        ("IT", "medicines", "2015-01-01"),
        ("LU", "restaurant_food", "2015-01-01"),
        ("LU", "hospitality", "2015-01-01"),
        ("LU", "accommodation", "2015-01-01"),
        ("LU", "newspapers", "2015-01-01"),
        ("LU", "children_clothing", "2015-01-01"),
        ("MT", "food", "2015-01-01"),
        ("MT", "basic_food", "2015-01-01"),
        ("MT", "accommodation", "2015-01-01"),
        ("MT", "newspapers", "2015-01-01"),
        ("MT", "medical_devices", "2015-01-01"),
        ("PT", "basic_food", "2024-01-05"),
        ("PT", "hospitality", "2016-07-01"),
        ("PT", "accommodation", "2015-01-01"),
        ("PT", "passenger_transport", "2015-01-01"),
        ("PT", "ebooks", "2019-01-01"),
        ("PT", "medicines", "2015-01-01"),
        ("PT", "medical_devices", "2015-01-01"),
        ("PT", "agricultural", "2015-01-01"),
        ("RO", "food", "2025-08-01"),
        ("RO", "ebooks", "2025-08-01"),
        ("RO", "medicines", "2025-08-01"),
        ("SI", "food", "2025-01-01"),
        ("SI", "restaurant_food", "2015-01-01"),
        ("SI", "hospitality", "2015-01-01"),
        ("SI", "accommodation", "2015-01-01"),
        ("SI", "passenger_transport", "2015-01-01"),
        ("SI", "medical_devices", "2015-01-01"),
        ("SI", "agricultural", "2015-01-01"),
    }
)


def withdrawn_r9_tedb(code: str, day: str, category: str) -> bool:
    """Whether the period in force on the day lost its checked date in the ninth round's TEDB review."""
    start = mapping_period(code, day, category).start.isoformat()
    return (code, category, start) in WITHDRAWN_R9_TEDB
