"""The category mappings of European jurisdictions checked in the third audit round, each pinned
on the day its official source describes, and the mappings corrected or split, on both sides.

Expected rates are read from the sources, not from the data files:
- Germany: the Umsatzsteuergesetz as in force in May 2012 and in June 2026 (gesetze-im-internet.de),
  § 12 Abs. 2 Nr. 1 (Anlage 2), 10, 11, 14 and 15;
- the European Commission's Taxes in Europe Database (TEDB), VAT rates on 2026-07-01 as reported
  by each member state (Netherlands: Wet OB 1968 Tabel I; Poland: Annexes 3 and 10 to the VAT Act;
  Austria: § 10 UStG 1994 with Anlagen 1 and 3).
"""

import datetime as dt
from decimal import Decimal

import pytest

from invoicekit import default_table, rates


def rate(code: str, day: str, category: str) -> Decimal:
    (component,) = rates(code, on=dt.date.fromisoformat(day), category=category)
    return component.rate


def reason(code: str, day: str, category: str) -> str:
    return default_table().resolve(code, dt.date.fromisoformat(day), category).explanation


# Germany, UStG text of 2012: restaurant meals and e-books not in § 12 Abs. 2, so 19 %.
GERMANY_2014 = [
    ("food", "7"),
    ("basic_food", "7"),
    ("agricultural", "7"),
    ("books", "7"),
    ("newspapers", "7"),
    ("accommodation", "7"),
    ("restaurant_food", "19"),
    ("ebooks", "19"),
]
# Germany, UStG text of 2026-06-29: Nr. 14 (electronic publications), Nr. 15 (restaurant food).
GERMANY_2026 = [
    ("food", "7"),
    ("books", "7"),
    ("newspapers", "7"),
    ("accommodation", "7"),
    ("restaurant_food", "7"),
    ("ebooks", "7"),
    ("passenger_transport", "7"),
]
NETHERLANDS_2026 = [
    ("food", "9"),
    ("basic_food", "9"),
    ("restaurant_food", "9"),
    ("hospitality", "9"),
    ("accommodation", "21"),  # Tabel I b.10 keeps only camping at 9 %
    ("passenger_transport", "9"),
    ("books", "9"),
    ("ebooks", "9"),
    ("newspapers", "9"),
    ("medicines", "9"),
    ("medical_devices", "9"),
]
POLAND_2026 = [
    ("food", "5"),
    ("basic_food", "5"),
    ("books", "5"),
    ("ebooks", "5"),
    ("restaurant_food", "8"),
    ("hospitality", "8"),
    ("accommodation", "8"),
    ("passenger_transport", "8"),
    ("newspapers", "8"),
    ("medicines", "8"),
    ("medical_devices", "8"),
    ("agricultural", "8"),
]
AUSTRIA_2026 = [
    ("food", "10"),
    ("basic_food", "4.9"),
    ("restaurant_food", "10"),
    ("accommodation", "10"),
    ("books", "10"),
    ("newspapers", "10"),
    ("ebooks", "10"),
]
CASES = (
    [("DE", "2014-01-01", c, r) for c, r in GERMANY_2014]
    + [("DE", "2026-07-01", c, r) for c, r in GERMANY_2026]
    + [("NL", "2026-07-01", c, r) for c, r in NETHERLANDS_2026]
    + [("PL", "2026-07-01", c, r) for c, r in POLAND_2026]
    + [("AT", "2026-07-01", c, r) for c, r in AUSTRIA_2026]
)


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_every_case_is_a_checked_period() -> None:
    """The pinned days fall in periods that carry a checked date (the test follows the data)."""
    table = default_table()
    for code, day, category, _ in CASES:
        series = table.category_series(code, category)
        assert series is not None, (code, category)
        period = series.at(dt.date.fromisoformat(day))
        assert period is not None and period.checked is not None, (code, day, category)


def test_austrian_basic_food_basket_from_2026_07_01() -> None:
    assert rate("AT", "2026-06-30", "basic_food") == Decimal("10")
    assert rate("AT", "2026-07-01", "basic_food") == Decimal("4.9")
    assert "Anlage 3" in reason("AT", "2026-07-01", "basic_food")
    assert rate("AT", "2026-07-01", "food") == Decimal("10")


def test_dutch_hospitality_names_the_accommodation_rule_from_2026() -> None:
    """Split on 2026-01-01: the food served stays at 9 %, the hotel room no longer does."""
    assert rate("NL", "2025-12-31", "hospitality") == Decimal("9")
    assert "condition not checked" not in reason("NL", "2025-12-31", "hospitality")
    assert rate("NL", "2026-01-01", "hospitality") == Decimal("9")
    assert "hotel accommodation takes 21 %" in reason("NL", "2026-01-01", "hospitality")
    assert rate("NL", "2025-12-31", "accommodation") == Decimal("9")
    assert rate("NL", "2026-01-01", "accommodation") == Decimal("21")
    assert "camping" in reason("NL", "2026-01-01", "accommodation")


@pytest.mark.parametrize(
    ("code", "category", "words"),
    [
        ("DE", "passenger_transport", "up to 50 km"),
        ("NL", "passenger_transport", "balloon"),
        ("NL", "medical_devices", "Tabel I a.31 to a.37"),
        ("PL", "restaurant_food", "seafood"),
        ("PL", "newspapers", "regional or local periodicals"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(code: str, category: str, words: str) -> None:
    assert words in reason(code, "2026-07-01", category)
