from decimal import Decimal

import iso4217
import pytest
from support import doc

import invoicekit
from invoicekit.currencies import iso_4217
from invoicekit.money import format_amount, format_rate, minor_units, round_to


@pytest.mark.parametrize(
    ("currency", "units"),
    [
        ("EUR", 2), ("USD", 2), ("CHF", 2), ("GBP", 2), ("INR", 2), ("RUB", 2),
        ("JPY", 0), ("KRW", 0), ("ISK", 0), ("CLP", 0),
        ("BHD", 3), ("KWD", 3), ("OMR", 3), ("JOD", 3), ("TND", 3), ("LYD", 3), ("IQD", 3),
        ("RSD", 2), ("IRR", 2),
        # CLDR (babel) gives these 0 digits, the everyday cash practice; ISO 4217 gives 2.
        ("HUF", 2), ("COP", 2), ("IDR", 2),
        ("CLF", 4), ("UYW", 4),  # funds codes
    ],
)  # fmt: skip
def test_minor_units_follow_iso_4217(currency: str, units: int) -> None:
    # ISO 4217 List One (SIX): the minor units column.
    assert minor_units(currency) == units


def test_the_table_is_the_published_list() -> None:
    # The iso4217 package ships the maintenance agency's XML (an independent copy): our table
    # must be that list, code for code. A newer list there means: re-transcribe ours.
    table = iso_4217()
    assert table.published == iso4217.__published__
    assert "six-group.com" in table.source
    ours = {c.code: (c.minor_units, int(c.numeric)) for c in table.currencies}
    theirs = {c.code: (c.exponent, c.number) for c in iso4217.Currency}
    assert ours == theirs


@pytest.mark.parametrize("code", ["XAU", "XAG", "XDR", "XTS", "XXX"])
def test_codes_without_a_minor_unit_are_not_invoice_currencies(code: str) -> None:
    with pytest.raises(ValueError, match="no minor unit"):
        minor_units(code)
    with pytest.raises(invoicekit.InvoiceError) as caught:
        invoicekit.load(doc(currency=code))
    assert [str(p) for p in caught.value.problems] == [
        f"currency: {code} ({iso_4217().get(code).name}) is not an invoice currency: ISO 4217 gives no minor unit"
    ]


def test_unknown_code() -> None:
    with pytest.raises(ValueError, match="not in ISO 4217"):
        minor_units("ABC")


def test_forint_invoices_keep_filler() -> None:
    # 3 x 333.335 HUF = 1000.005 -> 1000.01 (half up, 2 minor units); VAT 27 % of 1000.01 =
    # 270.0027 -> 270.00; gross 1270.01. With CLDR's 0 digits it would have been 1000 + 270.
    data = doc(currency="HUF", seller={"name": "Eladó Kft.", "address": {"country": "HU"}},
               buyer={"name": "Vevő", "address": {"country": "HU"}},
               lines=[{"description": "x", "quantity": "3", "unit_price": "333.335"}])  # fmt: skip
    computed = invoicekit.compute(invoicekit.load(data))
    assert (computed.net, computed.tax, computed.gross) == (Decimal("1000.01"), Decimal("270.00"), Decimal("1270.01"))


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
