"""EN 16931 line features: line allowances and charges (BG-27, BG-28), the price base quantity
(BT-149) and the gross price less the price discount (BT-148, BT-147). Amounts are checked
by hand; the working is in each comment."""

from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FixedRates, doc, vat
from test_properties import check_invariants, decimals, documents

from invoicekit import InvoiceError, compute, load

RATES = FixedRates({"standard": vat("19"), "reduced": vat("7"), "zero": vat("0", "Z")})


def one_line(**fields: Any) -> dict[str, Any]:
    return doc(lines=[{"description": "x", **fields}])


def problems(document: dict[str, Any]) -> list[str]:
    with pytest.raises(InvoiceError) as caught:
        load(document)
    return [str(p) for p in caught.value.problems]


def test_several_allowances_and_charges_per_line() -> None:
    c = compute(
        load(
            one_line(
                quantity="3",
                unit_price="12.50",
                allowances=[{"percent": "10", "reason": "Volume"}, {"amount": "1.00", "reason_code": "95"}],
                charges=[{"amount": "2.50", "reason": "Packing", "reason_code": "ABL"}],
            )
        ),
        RATES,
    )
    line = c.lines[0]
    # 3 x 12.50 = 37.50; 10 % of 37.50 = 3.75; net 37.50 - 3.75 - 1.00 + 2.50 = 35.25 (BT-131)
    assert line.amount == D("37.50")
    assert [a.amount for a in line.allowances] == [D("3.75"), D("1.00")]
    assert line.allowances[0].base == D("37.50")
    assert [x.amount for x in line.charges] == [D("2.50")]
    assert line.net == D("35.25") == c.net
    # 35.25 x 19 % = 6.6975 -> 6.70; 35.25 + 6.70 = 41.95
    assert c.tax == D("6.70") and c.gross == D("41.95")


def test_each_percentage_amount_is_rounded_before_the_line_net() -> None:
    c = compute(
        load(
            one_line(
                unit_price="10.05",
                allowances=[{"percent": "5", "reason": "a"}, {"percent": "5", "reason": "b"}],
            )
        ),
        RATES,
    )
    # 5 % of 10.05 = 0.5025 -> 0.50 each (BR-DEC-24: two decimals); 10.05 - 0.50 - 0.50 = 9.05,
    # not 10.05 - round(1.005) = 9.04
    assert [a.amount for a in c.lines[0].allowances] == [D("0.50"), D("0.50")]
    assert c.lines[0].net == D("9.05")


def test_percentage_of_a_stated_base() -> None:
    c = compute(
        load(one_line(unit_price="100", charges=[{"percent": "2.5", "base": "40", "reason": "Fee"}])), RATES
    )
    # 2.5 % of the stated base 40 = 1.00; 100 + 1.00 = 101.00
    assert c.lines[0].charges[0].amount == D("1.00") and c.lines[0].net == D("101.00")


def test_stated_amount_counts_over_percent() -> None:
    c = compute(
        load(
            one_line(
                unit_price="100", allowances=[{"amount": "7", "percent": "5", "base": "100", "reason": "x"}]
            )
        ),
        RATES,
    )
    # the stated amount 7.00, not 5 % of 100
    assert c.lines[0].net == D("93.00")


def test_discount_and_allowances_together() -> None:
    c = compute(
        load(
            one_line(
                quantity="2", unit_price="50", discount="10%", allowances=[{"amount": "5", "reason": "x"}]
            )
        ),
        RATES,
    )
    # 2 x 50 = 100; discount 10 % = 10; allowance 5; 100 - 10 - 5 = 85
    line = c.lines[0]
    assert (line.amount, line.discount, line.net) == (D("100.00"), D("10.00"), D("85.00"))


def test_return_line_follows_the_en16931_formula() -> None:
    c = compute(
        load(
            one_line(
                quantity="-1",
                unit_price="100",
                allowances=[{"amount": "5", "reason": "x"}, {"percent": "10", "reason": "y"}],
            )
        ),
        RATES,
    )
    # BT-131 = -100 - 5 - (10 % of -100 = -10) = -95
    assert c.lines[0].net == D("-95.00")


def test_line_charges_with_prices_including_tax() -> None:
    c = compute(
        load(
            doc(
                prices_include_tax=True,
                lines=[
                    {
                        "description": "x",
                        "unit_price": "119",
                        "charges": [{"amount": "11.90", "reason": "Gift wrap"}],
                    }
                ],
            )
        ),
        RATES,
    )
    # gross 119 + 11.90 = 130.90; tax 130.90 x 19 / 119 = 20.90; net 110.00
    assert c.lines[0].gross == D("130.90") and c.tax == D("20.90") and c.net == D("110.00")


def test_base_quantity_price_per_hundred() -> None:
    c = compute(load(one_line(quantity="2500", unit="H87", unit_price="1.10", base_quantity="100")), RATES)
    # 2500 x 1.10 / 100 = 27.50
    assert c.lines[0].net == D("27.50")


def test_base_quantity_divides_exactly_then_rounds_once() -> None:
    c = compute(load(one_line(quantity="31", unit="DAY", unit_price="1000", base_quantity="365")), RATES)
    # 31 x 1000 / 365 = 84.931506... -> 84.93
    assert c.lines[0].net == D("84.93")
    # 19 % of 84.93 = 16.1367 -> 16.14
    assert c.tax == D("16.14")


def test_gross_price_less_price_discount_is_the_net_price() -> None:
    invoice = load(one_line(quantity="4", gross_price="12.00", price_discount="1.50"))
    line = invoice.lines[0]
    # BT-146 = 12.00 - 1.50 = 10.50; 4 x 10.50 = 42.00
    assert (line.unit_price, line.gross_price, line.price_discount) == (D("10.50"), D("12.00"), D("1.50"))
    assert compute(invoice, RATES).net == D("42.00")
    assert load(one_line(gross_price="8")).lines[0].unit_price == D("8")


def test_example_from_the_format_doc() -> None:
    c = compute(
        load(
            one_line(
                quantity="2500",
                unit="H87",
                gross_price="1.20",
                price_discount="0.10",
                base_quantity="100",
                charges=[{"amount": "4.50", "reason": "Packing", "reason_code": "ABL"}],
                allowances=[{"percent": "5", "reason_code": "95"}],
            )
        ),
        RATES,
    )
    # 2500 x (1.20 - 0.10) / 100 = 27.50; 5 % = 1.375 -> 1.38; 27.50 + 4.50 - 1.38 = 30.62
    assert c.lines[0].net == D("30.62")


def test_existing_documents_keep_their_json() -> None:
    c = compute(load(one_line(unit_price="10", discount="1")), RATES)
    assert "allowances" not in c.to_dict()["lines"][0] and "charges" not in c.to_dict()["lines"][0]


def test_line_adjustments_in_json() -> None:
    c = compute(
        load(
            one_line(
                unit_price="20",
                allowances=[{"percent": "5", "reason": "Loyal"}],
                charges=[{"amount": "1", "reason_code": "FC"}],
            )
        ),
        RATES,
    )
    line = c.to_dict()["lines"][0]
    # 5 % of 20.00 = 1.00
    assert line["allowances"] == [{"amount": "1.00", "percent": "5", "base": "20.00", "reason": "Loyal"}]
    assert line["charges"] == [{"amount": "1.00", "reason_code": "FC"}]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"unit_price": "1", "allowances": [{"reason": "x"}]},
            "lines[0].allowances[0]: needs an amount or a percent",
        ),
        (
            {"unit_price": "1", "charges": [{"amount": "1"}]},
            "lines[0].charges[0]: needs a reason or a reason_code",
        ),
        (
            {"unit_price": "1", "charges": [{"amount": "-1", "reason": "x"}]},
            "lines[0].charges[0].amount: must not be negative",
        ),
        (
            {"unit_price": "1", "allowances": [{"percent": "-5", "reason": "x"}]},
            "lines[0].allowances[0].percent: must not be negative",
        ),
        (
            {"unit_price": "1", "allowances": [{"amount": "1", "base": "10", "reason": "x"}]},
            "lines[0].allowances[0].base: a base needs the percent",
        ),
        (
            {"unit_price": "1", "allowances": [{"amount": "1", "reason_code": "FC"}]},
            "lines[0].allowances[0].reason_code: not a code of UNTDID 5189",
        ),
        (
            {"unit_price": "1", "charges": [{"amount": "1", "reason_code": "95"}]},
            "lines[0].charges[0].reason_code: not a code of UNTDID 7161",
        ),
        (
            {"unit_price": "1", "charges": [{"amount": "2,5", "reason": "x"}]},
            'lines[0].charges[0].amount: not a number: "2,5"',
        ),
        ({"unit_price": "1", "charges": {"amount": "1"}}, "lines[0].charges: expected a list"),
        (
            {"unit_price": "1", "charges": [{"amount": "1", "reason": "x", "rate": "1"}]},
            "lines[0].charges[0].rate: unknown field",
        ),
        ({"unit_price": "1", "base_quantity": "0"}, "lines[0].base_quantity: must be positive"),
        ({"unit_price": "1", "base_quantity": "-100"}, "lines[0].base_quantity: must be positive"),
        ({"gross_price": "-1"}, "lines[0].gross_price: must not be negative"),
        ({"gross_price": "5", "price_discount": "-1"}, "lines[0].price_discount: must not be negative"),
        (
            {"gross_price": "5", "price_discount": "6"},
            "lines[0].price_discount: 6 is more than the gross price 5",
        ),
        ({"unit_price": "5", "price_discount": "1"}, "lines[0].price_discount: needs the gross_price"),
        (
            {"unit_price": "4.50", "gross_price": "5", "price_discount": "1"},
            "lines[0].unit_price: 4.50 is not gross_price - price_discount = 4",
        ),
        ({}, "lines[0].unit_price: required field is missing"),
    ],
)
def test_located_errors(fields: dict[str, Any], expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(one_line(**fields))), problems(one_line(**fields))


def test_boundaries_accepted() -> None:
    # a zero allowance, a 100 % allowance, a price discount equal to the gross price
    c = compute(
        load(
            doc(
                lines=[
                    {
                        "description": "a",
                        "unit_price": "10",
                        "allowances": [{"amount": "0", "reason": "none"}],
                    },
                    {
                        "description": "b",
                        "unit_price": "10",
                        "allowances": [{"percent": "100", "reason": "free"}],
                    },
                    {"description": "c", "gross_price": "3", "price_discount": "3"},
                ]
            )
        ),
        RATES,
    )
    # 10 - 0 = 10; 10 - 100 % = 0; 3 - 3 = 0 -> 0
    assert [line.net for line in c.lines] == [D("10.00"), D("0.00"), D("0.00")]


line_adjustment = st.fixed_dictionaries(
    {"reason": st.just("r")},
    optional={
        "amount": decimals(2, 0, 5_000),
        "percent": decimals(2, 0, 10_000),
        "reason_code": st.just("95"),
    },
).filter(lambda e: "amount" in e or "percent" in e)


@st.composite
def en16931_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The property documents, with line allowances, charges and base quantities on some lines."""
    raw = draw(documents())
    for line in raw["lines"]:
        if draw(st.booleans()):
            line["allowances"] = [
                {k: v for k, v in e.items() if k != "reason_code"}
                for e in draw(st.lists(line_adjustment, max_size=3))
            ]
            line["charges"] = [
                {**{k: v for k, v in e.items() if k != "reason_code"}, "reason_code": "ABL"}
                for e in draw(st.lists(line_adjustment, max_size=3))
            ]
        # (a fixed discount was capped at quantity x price, without the base quantity)
        if draw(st.booleans()) and str(line.get("discount", "%")).endswith("%"):
            line["base_quantity"] = draw(st.sampled_from(["100", "365", "1000", "12"]))
    return raw


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(en16931_documents())
def test_line_nets_sum_and_totals_reconcile(raw: dict[str, Any]) -> None:
    c = compute(load(raw), RATES)
    check_invariants(c)
    for line in c.lines:
        # BT-131 = amount - discount - allowances + charges, each a multiple of the minor unit
        # (gross amounts when the prices include tax)
        assert (line.gross if raw["prices_include_tax"] else line.net) == line.amount - line.discount - sum(
            (a.amount for a in line.allowances), D(0)
        ) + sum((x.amount for x in line.charges), D(0))
    # BR-CO-10: the sum of the line net amounts
    assert c.line_total == sum((line.net for line in c.lines), D(0))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 10_000), decimals(4, 0, 1_000_000), st.sampled_from(["10", "100", "1000"]))
def test_base_quantity_is_the_same_as_a_unit_price(quantity: int, price: str, base: str) -> None:
    # a price per 100 of p is a unit price of p / 100: the same line net when that is exact
    per_base = compute(load(one_line(quantity=str(quantity), unit_price=price, base_quantity=base)), RATES)
    per_unit = compute(
        load(one_line(quantity=str(quantity), unit_price=f"{D(price).scaleb(-len(base) + 1):f}")), RATES
    )
    assert per_base.net == per_unit.net and per_base.payable == per_unit.payable


def test_percentage_discount_on_a_base_quantity_price() -> None:
    c = compute(
        load(one_line(quantity="31", unit="DAY", unit_price="1000", base_quantity="365", discount="10%")),
        RATES,
    )
    # 31 x 1000 / 365 = 84.9315068...; less 10 % = 76.4383561... -> 76.44; before: 84.93; discount 8.49
    assert (c.lines[0].amount, c.lines[0].discount, c.lines[0].net) == (D("84.93"), D("8.49"), D("76.44"))


def test_compute_command_lists_line_allowances_and_charges(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from invoicekit.cli import main

    path = tmp_path / "line.json"
    line = {
        "description": "x",
        "unit_price": "20",
        "allowances": [{"percent": "5", "reason": "Loyal"}],
        "charges": [{"amount": "1", "reason_code": "FC"}],
    }
    path.write_text(json.dumps(doc(lines=[line])))
    assert main(["compute", str(path)]) == 0
    out = capsys.readouterr().out
    # 5 % of 20.00 = 1.00; 20.00 - 1.00 + 1.00 = 20.00
    assert "Line 1 allowance: Loyal  -1.00" in out and "Line 1 charge: FC  1.00" in out


def test_a_small_base_quantity_cannot_push_a_line_out_of_range() -> None:
    # 10^6 x 1 / 10^-10 = 10^16, above the 10^15 bound that 10^6 x 1 alone is well within
    found = problems(one_line(quantity="1000000", unit_price="1", base_quantity="0.0000000001"))
    assert any(p.startswith("lines[0]: quantity x unit_price is out of range") for p in found), found
    # 10^14 x 1 / 0.5 = 2 x 10^14: accepted
    assert compute(
        load(one_line(quantity="100000000000000", unit_price="1", base_quantity="0.5")), RATES
    ).net == D("200000000000000.00")
