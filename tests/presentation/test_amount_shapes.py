"""Amounts written from the text of an amount of the same shape
(invoicekit/presentation/amount_shapes.py) are what Babel writes."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicekit.money import EXACT, minor_units, quantum
from invoicekit.presentation import amount_shapes
from invoicekit.presentation.labels import Labels

LOCALES = [
    "de",
    "en",
    "en_IN",
    "ja",
    "fr",
    "de_CH",
    "ar",
    "fa",
    "he",
    "hi",
    "es",
    "pl",
    "ru",
    "zh",
    "th",
    "sv",
]
CURRENCIES = ["EUR", "USD", "JPY", "INR", "CHF", "BHD", "SAR", "IRR", "PLN", "SEK", "CNY"]
LABELS = {name: Labels(name) for name in LOCALES}


def test_hand_checked_amounts() -> None:
    assert LABELS["de"].money(Decimal("1234.5"), "EUR", isolate=False) == "1.234,50\u00a0€"
    assert LABELS["en"].money(Decimal("-1234.5"), "USD", isolate=False) == "-$1,234.50"
    assert LABELS["en_IN"].money(Decimal("1234567"), "INR", isolate=False) == "₹12,34,567.00"  # lakh, crore
    assert LABELS["ja"].money(Decimal("1234"), "JPY", isolate=False) == "￥1,234"  # no minor units
    assert LABELS["de"].money(Decimal("0.05"), "EUR", isolate=False) == "0,05\u00a0€"
    assert LABELS["de"].money(Decimal("-0"), "EUR", isolate=False) == "-0,00\u00a0€"  # as Babel: signed zero


def test_a_shape_whose_text_has_another_digit_is_formatted_by_babel() -> None:
    calls: list[Decimal] = []

    def babel(value: Decimal) -> str:
        calls.append(value)
        return f"X1 {value}"  # a digit in the "symbol": the shape cannot be used

    assert amount_shapes.shaped_money("xx", Decimal("42.00"), 2, "XTS", babel) == "X1 42.00"
    assert amount_shapes.shaped_money("xx", Decimal("17.25"), 2, "XTS", babel) == "X1 17.25"
    assert calls == [Decimal("11.11"), Decimal("42.00"), Decimal("17.25")]  # the shape's probe once


# an amount in minor units (cents), any sign; zero and -0 included
UNITS = st.integers(min_value=-(10**16), max_value=10**16) | st.sampled_from([0, -1, 1, 999, 1000, -100000])


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(LOCALES), st.sampled_from(CURRENCIES), UNITS, st.booleans())
def test_shaped_amounts_are_babels(locale: str, currency: str, units: int, negative_zero: bool) -> None:
    labels = LABELS[locale]
    minor = minor_units(currency)
    exact = Decimal(units).scaleb(-minor, context=EXACT)
    if units == 0 and negative_zero:
        exact = exact.copy_negate()  # -0.00 (unary minus would give 0.00)
    assert exact.as_tuple().exponent == quantum(currency).as_tuple().exponent
    assert labels.money(exact, currency, isolate=False) == labels._format("currency", exact, minor, currency)


def test_running_subtotals_keep_every_field_of_the_row() -> None:
    from attrs import fields

    from invoicekit.presentation.model import Row, RowKind
    from invoicekit.presentation.tables import _running

    assert [f.name for f in fields(Row)] == ["cells", "details", "kind", "amount", "running"]  # all copied
    rows: list[tuple[tuple[str, ...], tuple[str, ...], RowKind, Decimal | None]]
    rows = [
        (("a",), ("gross 2,00",), "line", Decimal("1.50")),
        (("b",), (), "allowance", Decimal("-0.25")),
        (("c",), (), "charge", None),
    ]
    out = _running(LABELS["de"], rows, "EUR")
    assert all(type(r) is Row for r in out)
    assert [r.running for r in out] == [
        "\u20661,50\u00a0€\u2069",
        "\u20661,25\u00a0€\u2069",
        "\u20661,25\u00a0€\u2069",
    ]
    assert [(r.cells, r.details, r.kind, r.amount) for r in out] == rows
