from decimal import Decimal

import pytest
from babel.numbers import get_currency_precision

from invoicekit.money import ISO_4217_OVERRIDES, format_amount, format_rate, minor_units, round_to


@pytest.mark.parametrize(
    ("currency", "units"),
    [
        ("EUR", 2), ("USD", 2), ("CHF", 2), ("GBP", 2), ("INR", 2), ("RUB", 2),
        ("JPY", 0), ("KRW", 0), ("ISK", 0), ("CLP", 0),
        ("BHD", 3), ("KWD", 3), ("OMR", 3), ("JOD", 3), ("TND", 3), ("LYD", 3), ("IQD", 3),
        ("RSD", 2), ("IRR", 2),
    ],
)  # fmt: skip
def test_minor_units_follow_iso_4217(currency: str, units: int) -> None:
    # ISO 4217 List One (SIX): the minor units column.
    assert minor_units(currency) == units


def test_overrides_are_exactly_where_babel_differs() -> None:
    # If babel's CLDR data changes, this tells us to re-check the override table.
    for code, iso in ISO_4217_OVERRIDES.items():
        assert get_currency_precision(code) != iso, f"{code}: babel now agrees with ISO, drop the override"


@pytest.mark.parametrize(
    ("amount", "mode", "expected"),
    [
        ("1.425", "half_up", "1.43"),
        ("-1.425", "half_up", "-1.43"),
        ("1.425", "half_even", "1.42"),
        ("1.435", "half_even", "1.44"),
        ("1.429", "down", "1.42"),
        ("-1.429", "down", "-1.42"),
        ("1.4249999", "half_up", "1.42"),
    ],
)
def test_round_to(amount: str, mode: str, expected: str) -> None:
    assert round_to(Decimal(amount), Decimal("0.01"), mode) == Decimal(expected)


def test_formats() -> None:
    assert format_amount(Decimal("3.8"), "EUR") == "3.80"
    assert format_amount(Decimal("1000"), "JPY") == "1000"
    assert format_amount(Decimal("1.5"), "BHD") == "1.500"
    assert [format_rate(Decimal(r)) for r in ("19", "19.00", "5.5", "9.975", "0", "0.00", "20E0")] == [
        "19", "19", "5.5", "9.975", "0", "0", "20",
    ]  # fmt: skip
