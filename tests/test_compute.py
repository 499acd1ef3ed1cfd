"""The computation rules, with amounts checked by hand (the working is in each comment)."""

from decimal import Decimal as D

import pytest
from support import FixedRates, doc, vat

from invoicekit import InvoiceError, Rounding, compute, load


def run(provider, **overrides):  # type: ignore[no-untyped-def]
    return compute(load(doc(**overrides)), provider)


def lines(*specs):  # type: ignore[no-untyped-def]
    """(quantity, unit_price[, category]) tuples to document lines."""
    out = []
    for spec in specs:
        line = {"description": "x", "quantity": spec[0], "unit_price": spec[1]}
        if len(spec) > 2:
            line["category"] = spec[2]
        out.append(line)
    return out


@pytest.mark.parametrize(
    ("price", "mode", "tax"),
    [
        ("7.50", "half_up", "1.43"),  # 7.50 x 19 % = 1.425: half up goes away from zero
        ("7.50", "half_even", "1.42"),  # banker's rounding goes to the even cent
        ("7.50", "down", "1.42"),
        ("5.50", "half_up", "1.05"),  # 5.50 x 19 % = 1.045 (a float gives 1.0449999...)
        ("5.50", "half_even", "1.04"),
        ("5.50", "down", "1.04"),
        ("-7.50", "half_up", "-1.43"),  # symmetric for negative lines
    ],
)
def test_half_boundaries(single_rate, price, mode, tax) -> None:  # type: ignore[no-untyped-def]
    c = run(single_rate, lines=lines((1, price)), rounding={"mode": mode})
    assert c.tax == D(tax)
    assert c.taxes[0].amount == D(tax)


def test_tax_per_group_not_per_line(single_rate) -> None:  # type: ignore[no-untyped-def]
    # Three lines of 0.25 at 7 %: per line 0.0175 -> 0.02 each, 0.06 in all;
    # per group (EN 16931 default) 0.75 x 7 % = 0.0525 -> 0.05.
    three = lines((1, "0.25", "reduced"), (1, "0.25", "reduced"), (1, "0.25", "reduced"))
    assert run(single_rate, lines=three).tax == D("0.05")
    assert run(single_rate, lines=three, rounding={"level": "line"}).tax == D("0.06")


def test_line_net_rounds_after_multiplying(single_rate) -> None:  # type: ignore[no-untyped-def]
    # 3 x 0.251 = 0.753 -> 0.75; 7 x 0.125 = 0.875 -> 0.88 (half up)
    c = run(single_rate, lines=lines((3, "0.251"), (7, "0.125")))
    assert [line.net for line in c.lines] == [D("0.75"), D("0.88")]
    assert c.net == D("1.63")
    assert c.tax == D("0.31")  # 1.63 x 19 % = 0.3097


def test_breakdown_per_rate(single_rate) -> None:  # type: ignore[no-untyped-def]
    # 2 x 9.99 = 19.98 at 19 % = 3.7962 -> 3.80; 3 x 2.49 = 7.47 at 7 % = 0.5229 -> 0.52
    c = run(single_rate, lines=lines((2, "9.99"), (3, "2.49", "reduced")))
    assert [(t.rate, t.base, t.amount) for t in c.taxes] == [
        (D("19"), D("19.98"), D("3.80")),
        (D("7"), D("7.47"), D("0.52")),
    ]
    assert (c.net, c.tax, c.gross, c.payable) == (D("27.45"), D("4.32"), D("31.77"), D("31.77"))


def test_yen_has_no_minor_unit() -> None:
    jp = FixedRates({"standard": vat("10"), "food": vat("8")})
    # 398 + 248 = 646 yen at 8 % = 51.68: 52 half up, 51 truncated; 1980 x 3 = 5940 at 10 % = 594
    specs = lines((1, "398", "food"), (1, "248", "food"), (3, "1980"))
    up = run(jp, currency="JPY", lines=specs)
    down = run(jp, currency="JPY", lines=specs, rounding={"mode": "down"})
    assert [t.amount for t in up.taxes] == [D("594"), D("52")]
    assert [t.amount for t in down.taxes] == [D("594"), D("51")]
    assert up.to_dict()["tax"] == "646" and up.to_dict()["net"] == "6586"


def test_bahraini_dinar_has_three_decimals() -> None:
    bh = FixedRates({"standard": vat("10")})
    # 3 x 1.2555 = 3.7665 -> 3.767 (half up); 10 % = 0.3767 -> 0.377
    c = run(bh, currency="BHD", lines=lines((3, "1.2555")))
    assert c.to_dict()["net"] == "3.767"
    assert c.to_dict()["tax"] == "0.377"
    assert c.to_dict()["gross"] == "4.144"


def test_prices_including_tax_reconcile(single_rate) -> None:  # type: ignore[no-untyped-def]
    # Gross 10.00 + 5.00 = 15.00 at 19 %: tax = 15 x 19 / 119 = 2.394957... -> 2.39, net 12.61.
    # Shares of 2.39 by gross: 1.5933 and 0.7967 -> 1.59 and 0.80 (largest remainder).
    c = run(single_rate, prices_include_tax=True, lines=lines((1, "10.00"), (1, "5.00")))
    assert (c.net, c.tax, c.gross) == (D("12.61"), D("2.39"), D("15.00"))
    assert [(line.net, line.tax, line.gross) for line in c.lines] == [
        (D("8.41"), D("1.59"), D("10.00")),
        (D("4.20"), D("0.80"), D("5.00")),
    ]
    assert c.taxes[0].base == D("12.61")


def test_prices_including_tax_line_level(single_rate) -> None:  # type: ignore[no-untyped-def]
    # Per line: 10.00 x 19/119 = 1.5966 -> 1.60; 5.00 x 19/119 = 0.7983 -> 0.80; tax 2.40
    c = run(single_rate, prices_include_tax=True, rounding={"level": "line"}, lines=lines((1, "10.00"), (1, "5.00")))
    assert [(line.net, line.tax) for line in c.lines] == [(D("8.40"), D("1.60")), (D("4.20"), D("0.80"))]
    assert (c.net, c.tax, c.gross) == (D("12.60"), D("2.40"), D("15.00"))


def test_multi_component_each_rounded_on_the_same_base(quebec) -> None:  # type: ignore[no-untyped-def]
    # 100.00 + 10.05 = 110.05: GST 5 % = 5.5025 -> 5.50; QST 9.975 % = 10.9774875 -> 10.98
    c = run(quebec, currency="CAD", lines=lines((1, "100.00"), (1, "10.05")))
    assert [(t.tax, t.base, t.amount) for t in c.taxes] == [
        ("GST", D("110.05"), D("5.50")),
        ("QST", D("110.05"), D("10.98")),
    ]
    assert c.gross == D("126.53")
    assert c.to_dict()["lines"][0]["taxes"] == [
        {"tax": "GST", "rate": "5", "category": "S"},
        {"tax": "QST", "rate": "9.975", "category": "S"},
    ]


def test_multi_component_prices_including_tax(quebec) -> None:  # type: ignore[no-untyped-def]
    # Gross 114.98 with 14.975 % in all: GST = 114.98 x 5 / 114.975 = 5.0002 -> 5.00,
    # QST = 114.98 x 9.975 / 114.975 = 9.9754 -> 9.98, net = 114.98 - 14.98 = 100.00
    c = run(quebec, currency="CAD", prices_include_tax=True, lines=lines((1, "114.98")))
    assert [(t.tax, t.base, t.amount) for t in c.taxes] == [
        ("GST", D("100.00"), D("5.00")),
        ("QST", D("100.00"), D("9.98")),
    ]
    assert (c.lines[0].net, c.lines[0].tax, c.lines[0].gross) == (D("100.00"), D("14.98"), D("114.98"))


def test_cash_rounding_is_separate_from_tax(single_rate) -> None:  # type: ignore[no-untyped-def]
    # 8.42 net + 19 % (1.5998 -> 1.60) = 10.02 gross -> payable 10.00, rounding -0.02
    c = run(single_rate, currency="CHF", cash_rounding="0.05", lines=lines((1, "8.42")))
    assert (c.tax, c.gross, c.rounding, c.payable) == (D("1.60"), D("10.02"), D("-0.02"), D("10.00"))
    # 8.45 + 1.61 (1.6055) = 10.06 -> 10.05
    c = run(single_rate, currency="CHF", cash_rounding="0.05", lines=lines((1, "8.45")))
    assert (c.gross, c.rounding, c.payable) == (D("10.06"), D("-0.01"), D("10.05"))
    # 8.47 + 1.61 (1.6093) = 10.08 -> 10.10
    assert run(single_rate, currency="CHF", cash_rounding="0.05", lines=lines((1, "8.47"))).payable == D("10.10")


def test_zero_and_exempt_in_breakdown_with_reason(single_rate) -> None:  # type: ignore[no-untyped-def]
    c = run(single_rate, lines=lines((1, "100.00"), (1, "50.00", "exempt"), (1, "20.00", "zero")))
    rows = {t.category: t for t in c.taxes}
    assert (rows["E"].rate, rows["E"].base, rows["E"].amount) == (D(0), D("50.00"), D(0))
    assert (rows["Z"].rate, rows["Z"].base, rows["Z"].amount) == (D(0), D("20.00"), D(0))
    assert rows["E"].reason and rows["Z"].reason and rows["S"].reason is None
    shown = c.to_dict()["taxes"]
    assert [(t["category"], t["rate"], t["base"], t["amount"]) for t in shown] == [
        ("S", "19", "100.00", "19.00"),
        ("E", "0", "50.00", "0.00"),
        ("Z", "0", "20.00", "0.00"),
    ]
    assert "reason" not in shown[0] and shown[1]["reason"] == "Exempt from tax"
    assert c.tax == D("19.00")


def test_document_allowances_and_charges_enter_group_bases(single_rate) -> None:  # type: ignore[no-untyped-def]
    # 19 %: 100.00 - 10.00 allowance + 5.00 charge = 95.00 -> 18.05; 7 %: 50.00 -> 3.50
    c = run(
        single_rate,
        lines=lines((1, "100.00"), (1, "50.00", "reduced")),
        allowances=[{"reason": "loyalty", "amount": "10.00"}],
        charges=[{"reason": "shipping", "amount": "5.00"}],
    )
    assert [(t.rate, t.base, t.amount) for t in c.taxes] == [(D("19"), D("95.00"), D("18.05")), (D("7"), D("50.00"), D("3.50"))]
    assert (c.line_total, c.allowance_total, c.charge_total) == (D("150.00"), D("10.00"), D("5.00"))
    assert (c.net, c.tax, c.gross) == (D("145.00"), D("21.55"), D("166.55"))
    assert c.allowances[0].net == D("10.00") and c.charges[0].net == D("5.00")


@pytest.mark.parametrize(
    ("discount", "net", "shown"),
    [
        ("10%", "26.97", "3.00"),  # 3 x 9.99 = 29.97, less 10 % = 26.973 -> 26.97
        ("5.00", "24.97", "5.00"),
        ("0%", "29.97", "0.00"),
        ("100%", "0.00", "29.97"),
    ],
)
def test_line_discounts(single_rate, discount, net, shown) -> None:  # type: ignore[no-untyped-def]
    c = run(single_rate, lines=[{"description": "x", "quantity": 3, "unit_price": "9.99", "discount": discount}])
    assert c.lines[0].net == D(net)
    assert c.lines[0].discount == D(shown)
    assert c.lines[0].amount == D("29.97")


def test_discount_larger_than_line_is_an_error(single_rate) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvoiceError) as err:
        run(single_rate, lines=[{"description": "x", "unit_price": "9.99", "discount": "10.00"}])
    assert "lines[0].discount" in str(err.value)


def test_credit_note_computes_like_an_invoice(single_rate) -> None:  # type: ignore[no-untyped-def]
    specs = lines((1, "7.50"))
    invoice = run(single_rate, lines=specs)
    credit = run(single_rate, lines=specs, kind="credit_note", original={"number": "T-0", "issue_date": "2024-04-01"})
    figures = {**credit.to_dict(), "kind": "invoice", "tax_point": "2024-05-01"}
    assert figures == invoice.to_dict()  # the same figures; only the kind and the tax point differ
    assert credit.to_dict()["tax_point"] == "2024-04-01"  # the original invoice's date
    assert credit.invoice.original is not None and credit.invoice.original.number == "T-0"


def test_rounding_defaults_to_the_jurisdiction_and_the_document_overrides() -> None:
    truncating = FixedRates({"standard": vat("19")}, rounding=Rounding(mode="down"))
    assert run(truncating, lines=lines((1, "7.50"))).tax == D("1.42")
    assert run(truncating, lines=lines((1, "7.50")), rounding={"mode": "half_up"}).tax == D("1.43")


def test_unknown_category_names_the_line(single_rate) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvoiceError) as err:
        run(single_rate, lines=lines((1, "1.00"), (1, "1.00", "caviar")))
    assert [p.where for p in err.value.problems] == ["lines[1].category"]


def test_notes_pass_through(single_rate) -> None:  # type: ignore[no-untyped-def]
    assert run(single_rate, notes=["Thank you"]).notes == ("Thank you",)


def test_a_sale_and_its_return_each_keep_their_tax(single_rate) -> None:  # type: ignore[no-untyped-def]
    # +10.00 and -10.00 at 19 %: the group's tax is 0, each line keeps its own 1.90
    c = run(single_rate, lines=lines((1, "10.00"), (-1, "10.00")))
    assert [(x.net, x.tax, x.gross) for x in c.lines] == [(D("10.00"), D("1.90"), D("11.90")), (D("-10.00"), D("-1.90"), D("-11.90"))]
    # prices including tax: 10.00 x 19/119 = 1.5966 -> 1.60, net 8.40
    c = run(single_rate, prices_include_tax=True, lines=lines((1, "10.00"), (-1, "10.00")))
    assert [(x.net, x.tax) for x in c.lines] == [(D("8.40"), D("1.60")), (D("-8.40"), D("-1.60"))]


def test_the_callers_decimal_context_changes_nothing(single_rate) -> None:  # type: ignore[no-untyped-def]
    import decimal

    specs = lines((1, "12345.67"), (1, "12345.67"), (1, "12345.67"), (1, "0.99"))
    expected = run(single_rate, lines=specs).to_dict()
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        ctx.rounding = decimal.ROUND_DOWN
        assert run(single_rate, lines=specs).to_dict() == expected
    # 3 x 12345.67 + 0.99 = 37038.00; 19 % of it = 7037.22
    assert expected["net"] == "37038.00" and expected["gross"] == "44075.22"


def test_no_negative_zero(single_rate) -> None:  # type: ignore[no-untyped-def]
    c = run(single_rate, lines=lines((-1, "5.00", "exempt"), (1, "5.00")))
    assert [t["amount"] for t in c.to_dict()["taxes"]] == ["0.95", "0.00"]
