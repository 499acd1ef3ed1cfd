"""EN 16931 document totals: the prepaid amount BT-113 and the rounding amount BT-114, with
and without cash rounding (BR-CO-16). Amounts are checked by hand in the comments."""

from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FixedRates, doc, vat
from test_properties import check_invariants, decimals, documents

from invoicekit import InvoiceError, compute, load

RATES = FixedRates({"standard": vat("19"), "reduced": vat("7"), "zero": vat("0", "Z")})


def run(**overrides: Any):  # type: ignore[no-untyped-def]
    return compute(load(doc(**overrides)), RATES)


def problems(**overrides: Any) -> list[str]:
    with pytest.raises(InvoiceError) as caught:
        load(doc(**overrides))
    return [str(p) for p in caught.value.problems]


def test_prepaid_is_deducted() -> None:
    c = run(lines=[{"description": "x", "unit_price": "100"}], prepaid="50.00")
    # 100 + 19 % = 119.00; 119.00 - 50.00 = 69.00
    assert (c.gross, c.prepaid, c.rounding, c.payable) == (D("119.00"), D("50.00"), D("0"), D("69.00"))
    assert c.to_dict()["prepaid"] == "50.00" and c.to_dict()["payable"] == "69.00"


def test_stated_rounding_amount() -> None:
    c = run(lines=[{"description": "x", "unit_price": "10.01"}], rounding_amount="0.09")
    # 10.01 x 19 % = 1.9019 -> 1.90; gross 11.91; + 0.09 = 12.00
    assert (c.gross, c.rounding, c.payable) == (D("11.91"), D("0.09"), D("12.00"))
    assert "prepaid" not in c.to_dict()


def test_cash_rounding_applies_after_prepaid() -> None:
    c = run(
        currency="CHF",
        lines=[{"description": "x", "unit_price": "10.00"}],
        prepaid="3.02",
        cash_rounding="0.05",
    )
    # gross 11.90; 11.90 - 3.02 = 8.88 -> 8.90 (nearest 0.05); rounding 8.90 - 8.88 = 0.02
    # (rounding the gross first would give 11.90 - 3.02 = 8.88, not a multiple of 0.05)
    assert (c.payable, c.rounding) == (D("8.90"), D("0.02"))


def test_stated_rounding_and_cash_rounding_add_up() -> None:
    c = run(
        currency="CHF",
        lines=[{"description": "x", "unit_price": "10.00"}],
        rounding_amount="-0.03",
        cash_rounding="0.10",
    )
    # gross 11.90; - 0.03 = 11.87 -> 11.90 (nearest 0.10); BT-114 = 11.90 - 11.90 = 0.00
    assert (c.payable, c.rounding) == (D("11.90"), D("0.00"))
    c = run(
        currency="CHF",
        lines=[{"description": "x", "unit_price": "10.00"}],
        rounding_amount="0.07",
        cash_rounding="0.10",
    )
    # 11.90 + 0.07 = 11.97 -> 12.00; BT-114 = 0.07 + 0.03 = 0.10
    assert (c.payable, c.rounding) == (D("12.00"), D("0.10"))


def test_prepaid_above_the_total_warns() -> None:
    c = run(lines=[{"description": "x", "unit_price": "10"}], prepaid="20")
    # 11.90 - 20 = -8.10
    assert c.payable == D("-8.10")
    assert [str(w) for w in c.warnings] == [
        "prepaid: 20 is more than the total 11.90: the amount payable is -8.10"
    ]


def test_prepaid_with_prices_including_tax() -> None:
    c = run(prices_include_tax=True, lines=[{"description": "x", "unit_price": "119"}], prepaid="19.00")
    # gross 119.00 (tax 19.00 included); 119.00 - 19.00 = 100.00
    assert (c.tax, c.payable) == (D("19.00"), D("100.00"))


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"prepaid": "-1"}, "prepaid: must not be negative, got -1"),
        ({"prepaid": "1.005"}, "prepaid: has more decimals than EUR has (2): 1.005"),
        ({"rounding_amount": "0.001"}, "rounding_amount: has more decimals than EUR has (2): 0.001"),
        (
            {"currency": "JPY", "rounding_amount": "0.5"},
            "rounding_amount: has more decimals than JPY has (0): 0.5",
        ),
        ({"prepaid": "abc"}, 'prepaid: not a number: "abc"'),
        ({"prepaid": 1.5}, "prepaid: float is not exact"),
    ],
)
def test_located_errors(overrides: dict[str, Any], expected: str) -> None:
    found = problems(**overrides)
    assert any(p.startswith(expected) for p in found), found


def test_boundaries() -> None:
    # a prepaid amount equal to the total leaves zero to pay, without a warning; a zero prepaid
    # and a zero rounding amount are accepted and change nothing
    c = run(lines=[{"description": "x", "unit_price": "10"}], prepaid="11.90")
    assert c.payable == 0 and c.warnings == ()
    c = run(lines=[{"description": "x", "unit_price": "10"}], prepaid="0", rounding_amount="0")
    assert (c.payable, c.rounding) == (D("11.90"), D("0"))


@st.composite
def with_prepaid(draw: st.DrawFn) -> dict[str, Any]:
    raw = draw(documents())
    places = {"EUR": 2, "CHF": 2, "JPY": 0, "BHD": 3}[raw["currency"]]
    raw["prepaid"] = draw(st.one_of(st.none(), decimals(places, 0, 10**9)))
    raw["rounding_amount"] = draw(st.one_of(st.none(), decimals(places, -99, 99)))
    return raw


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_prepaid())
def test_payable_is_gross_less_prepaid_plus_rounding(raw: dict[str, Any]) -> None:
    c = compute(load(raw), RATES)
    # BR-CO-16
    assert c.payable == c.gross - c.prepaid + c.rounding
    assert c.prepaid == D(raw["prepaid"] or 0)
    step = c.invoice.cash_rounding
    if step is None:
        assert c.rounding == D(raw["rounding_amount"] or 0)
    else:
        assert c.payable % step == 0
        # the cash-rounding part of BT-114 is at most half a step
        assert abs(c.rounding - D(raw["rounding_amount"] or 0)) <= step / 2
    if raw["prepaid"] is None and raw["rounding_amount"] is None:
        check_invariants(c)


def test_compute_command_prints_the_prepaid_amount(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from invoicekit.cli import main

    path = tmp_path / "prepaid.json"
    path.write_text(json.dumps(doc(lines=[{"description": "x", "unit_price": "100"}], prepaid="19.00")))
    assert main(["compute", str(path)]) == 0
    out = capsys.readouterr().out
    # 119.00 - 19.00 = 100.00
    assert "Prepaid" in out and "-19.00" in out and "100.00" in out
    assert main(["compute", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["prepaid"], data["payable"]) == ("19.00", "100.00")


def test_negative_document_allowance_raises_the_total() -> None:
    c = run(
        lines=[{"description": "x", "unit_price": "100"}],
        allowances=[{"reason": "Reversal of credit", "amount": "-10"}],
    )
    # 100 - (-10) = 110; 19 % = 20.90; 130.90
    assert (c.allowance_total, c.net, c.tax, c.gross) == (D("-10.00"), D("110.00"), D("20.90"), D("130.90"))
    assert c.allowances[0].net == D("-10.00") and c.allowances[0].tax == D("-1.90")
    assert c.to_dict()["allowances"][0]["net"] == "-10.00"


def test_negative_document_charge_lowers_the_total() -> None:
    c = run(
        lines=[
            {"description": "x", "unit_price": "100"},
            {"description": "y", "unit_price": "50", "category": "reduced"},
        ],
        charges=[{"reason": "Freight refund", "amount": "-20", "category": "reduced", "reason_code": "FC"}],
    )
    # 19 % group: 100 -> 19.00; 7 % group: 50 - 20 = 30 -> 2.10; net 130, tax 21.10
    assert (c.net, c.tax, c.gross) == (D("130.00"), D("21.10"), D("151.10"))
    assert {(row.rate, row.base) for row in c.taxes} == {(D("19"), D("100.00")), (D("7"), D("30.00"))}


def test_negative_adjustments_still_warn_on_a_negative_total() -> None:
    c = run(lines=[{"description": "x", "unit_price": "10"}], charges=[{"reason": "Refund", "amount": "-20"}])
    # 10 - 20 = -10 net; -11.90 gross
    assert c.gross == D("-11.90")
    assert [w.where for w in c.warnings] == ["charges"]


def test_document_reason_code_shape() -> None:
    assert any(
        p.startswith("allowances[0].reason_code: not a code of UNTDID 5189")
        for p in problems(allowances=[{"reason": "x", "amount": "1", "reason_code": "FC"}])
    )
    assert (
        load(doc(charges=[{"reason": "x", "amount": "1", "reason_code": "FC"}])).charges[0].reason_code
        == "FC"
    )


adjustment = st.fixed_dictionaries(
    {
        "reason": st.just("r"),
        "amount": decimals(2, -50_000, 50_000),
        "category": st.sampled_from(["standard", "reduced"]),
    }
)


@st.composite
def with_negative_adjustments(draw: st.DrawFn) -> dict[str, Any]:
    raw = draw(documents())
    raw["allowances"] = draw(st.lists(adjustment, max_size=3))
    raw["charges"] = draw(st.lists(adjustment, max_size=3))
    return raw


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_negative_adjustments())
def test_signed_adjustments_reconcile(raw: dict[str, Any]) -> None:
    c = compute(load(raw), RATES)
    check_invariants(c)
    # BR-CO-11/BR-CO-12: the sums are the sums of the (signed) entries; BR-CO-13: net
    assert c.allowance_total == sum((a.net for a in c.allowances), D(0))
    assert c.net == c.line_total - c.allowance_total + c.charge_total


REPRESENTATIVE = {
    "name": "Fiscal Rep SARL",
    "address": {"country": "FR", "city": "Paris"},
    "vat_id": "FR40303265045",
}


def test_tax_representative_is_a_party() -> None:
    invoice = load(doc(tax_representative=REPRESENTATIVE))
    rep = invoice.tax_representative
    assert rep is not None and (rep.name, rep.vat_id, rep.country, rep.address.city) == (
        "Fiscal Rep SARL",
        "FR40303265045",
        "FR",
        "Paris",
    )
    assert load(doc()).tax_representative is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"name": "R", "address": {"country": "FR"}}, "tax_representative.vat_id: required field is missing"),
        (
            {"address": {"country": "FR"}, "vat_id": "FR1"},
            "tax_representative.name: required field is missing",
        ),
        ({"name": "R", "vat_id": "FR1"}, "tax_representative.address: required field is missing"),
        (
            {"name": "R", "vat_id": "FR1", "address": {"country": "XX"}},
            "tax_representative.address.country: unknown country",
        ),
        (
            {"name": "R", "vat_id": "FR1", "address": {"country": "FR"}, "email": "a@b"},
            "tax_representative.email: unknown field",
        ),
        ("R", "tax_representative: expected a table of fields"),
    ],
)
def test_tax_representative_errors(value: Any, expected: str) -> None:
    found = problems(tax_representative=value)
    assert any(p.startswith(expected) for p in found), found


def test_tax_in_the_vat_accounting_currency() -> None:
    c = run(
        lines=[{"description": "x", "unit_price": "100"}],
        tax_currency={"currency": "DKK", "exchange_rate": "7.4604"},
    )
    # tax 19.00 EUR x 7.4604 = 141.7476 DKK -> 141.75 (half up, the document's mode)
    assert c.tax_in_tax_currency == D("141.75")
    assert c.to_dict()["tax_currency"] == {"currency": "DKK", "exchange_rate": "7.4604", "tax": "141.75"}
    assert "tax_currency" not in run().to_dict() and run().tax_in_tax_currency is None


def test_vat_accounting_currency_rounds_with_the_document_mode_to_its_minor_unit() -> None:
    down = run(
        lines=[{"description": "x", "unit_price": "100"}],
        rounding={"mode": "down"},
        tax_currency={"currency": "DKK", "exchange_rate": "7.4604"},
    )
    # 141.7476 truncated: 141.74
    assert down.tax_in_tax_currency == D("141.74")
    yen = run(
        lines=[{"description": "x", "unit_price": "10.00"}],
        tax_currency={"currency": "JPY", "exchange_rate": "162.35"},
    )
    # 1.90 EUR x 162.35 = 308.465 JPY -> 308 (no minor unit)
    assert yen.tax_in_tax_currency == D("308")


def test_vat_accounting_currency_converts_the_total_not_each_rate() -> None:
    c = run(
        lines=[
            {"description": "x", "unit_price": "0.50"},
            {"description": "y", "unit_price": "0.50", "category": "reduced"},
        ],
        tax_currency={"currency": "HUF", "exchange_rate": "1.5"},
    )
    # taxes 0.10 (19 % of 0.50 = 0.095 -> 0.10) and 0.04 (7 % of 0.50 = 0.035 -> 0.04): total 0.14;
    # 0.14 x 1.5 = 0.21 HUF (per rate: 0.15 + 0.06 = 0.21 here too, but only the total is stated)
    assert c.tax == D("0.14") and c.tax_in_tax_currency == D("0.21")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"currency": "EUR", "exchange_rate": "1"}, "tax_currency.currency: EUR is the invoice currency"),
        ({"currency": "DKK", "exchange_rate": "0"}, "tax_currency.exchange_rate: must be positive"),
        ({"currency": "DKK", "exchange_rate": "-7"}, "tax_currency.exchange_rate: must be positive"),
        ({"currency": "DKK"}, "tax_currency.exchange_rate: required field is missing"),
        ({"exchange_rate": "7"}, "tax_currency.currency: required field is missing"),
        ({"currency": "XAU", "exchange_rate": "7"}, "tax_currency.currency: XAU"),
        ({"currency": "DKK", "exchange_rate": "7,46"}, 'tax_currency.exchange_rate: not a number: "7,46"'),
        ({"currency": "DKK", "rate": "7"}, "tax_currency.rate: unknown field"),
    ],
)
def test_tax_currency_errors(value: Any, expected: str) -> None:
    found = problems(tax_currency=value)
    assert any(p.startswith(expected) for p in found), found


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), decimals(4, 1, 10_000_000))
def test_tax_in_tax_currency_is_within_half_a_unit_of_the_exact_product(
    raw: dict[str, Any], rate: str
) -> None:
    target = "USD" if raw["currency"] != "USD" else "EUR"
    raw["tax_currency"] = {"currency": target, "exchange_rate": rate}
    c = compute(load(raw), RATES)
    assert c.tax_in_tax_currency is not None
    # within one cent of tax x rate for every rounding mode (half a cent for the half modes)
    assert abs(c.tax_in_tax_currency - c.tax * D(rate)) < D("0.01")
    assert c.tax_in_tax_currency % D("0.01") == 0


def test_compute_command_prints_the_tax_in_the_vat_accounting_currency(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from invoicekit.cli import main

    path = tmp_path / "dkk.json"
    lines = [{"description": "x", "unit_price": "100"}]
    path.write_text(json.dumps(doc(lines=lines, tax_currency={"currency": "DKK", "exchange_rate": "7.4604"})))
    assert main(["compute", str(path)]) == 0
    # 19.00 x 7.4604 = 141.7476 -> 141.75
    assert "Tax in DKK" in (out := capsys.readouterr().out) and "141.75 DKK" in out
    assert main(["compute", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tax_currency"]["tax"] == "141.75"


def test_document_allowance_with_only_a_reason_code() -> None:
    c = run(
        lines=[{"description": "x", "unit_price": "100"}], allowances=[{"amount": "10", "reason_code": "95"}]
    )
    # 100 - 10 = 90 net
    assert (
        c.net == D("90.00") and c.allowances[0].source.reason == "" and c.allowances[0].source.label == "95"
    )
    assert (
        c.to_dict()["allowances"][0]["reason"] == "95" and c.to_dict()["allowances"][0]["reason_code"] == "95"
    )
    assert any(
        p.startswith("allowances[0].reason: required field is missing")
        for p in problems(allowances=[{"amount": "1"}])
    )


new_fields = st.sampled_from(
    ["prepaid", "rounding_amount", "tax_currency", "tax_representative", "allowances", "charges",
     "base_quantity", "gross_price", "price_discount", "amount", "percent", "base", "reason_code", "exchange_rate", "currency"]
)  # fmt: skip


@st.composite
def mangled_en16931(draw: st.DrawFn) -> dict[str, Any]:
    """A document using every EN 16931 field, with random parts replaced by random values."""
    from test_properties import json_values

    raw: dict[str, Any] = doc(
        prepaid="1", rounding_amount="0.01", tax_currency={"currency": "DKK", "exchange_rate": "7"},
        tax_representative=dict(REPRESENTATIVE), charges=[{"reason": "c", "amount": "-1"}],
        lines=[{"description": "x", "gross_price": "5", "price_discount": "1", "base_quantity": "10",
                "allowances": [{"percent": "5", "reason": "a"}], "charges": [{"amount": "1", "reason_code": "FC"}]}],
    )  # fmt: skip
    line = raw["lines"][0]
    parts = [raw, line, line["allowances"][0], line["charges"][0], raw["tax_currency"], raw["charges"][0]]
    for _ in range(draw(st.integers(1, 4))):
        draw(st.sampled_from(parts))[draw(new_fields)] = draw(json_values)
    return raw


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_en16931())
def test_new_fields_only_raise_invoice_error(raw: dict[str, Any]) -> None:
    try:
        invoice = load(raw)
    except InvoiceError as err:
        assert err.problems and all(p.where and p.message for p in err.problems)
        return
    c = compute(invoice, RATES)  # whatever loads computes, and reconciles
    assert c.payable == c.gross - c.prepaid + c.rounding


def test_document_allowance_percentage_as_stated() -> None:
    c = run(
        lines=[{"description": "x", "unit_price": "200"}],
        allowances=[{"reason": "Early", "amount": "6.00", "percent": "3", "base": "200"}],
    )
    # 3 % of 200 = 6.00, the stated amount; 200 - 6 = 194 net
    assert c.net == D("194.00") and c.invoice.allowances[0].percent == D("3")
    entry = c.to_dict()["allowances"][0]
    assert (entry["percent"], entry["base"], entry["net"]) == ("3", "200.00", "6.00")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"amount": "6.01", "percent": "3", "base": "200.30"}, None),  # 3 % of 200.30 = 6.009: rounds to 6.01
        (
            {"amount": "6.01", "percent": "3", "base": "200"},
            "allowances[0].amount: 6.01 is not 3 percent of 200",
        ),
        (
            {"amount": "6.02", "percent": "3", "base": "200"},
            "allowances[0].amount: 6.02 is not 3 percent of 200",
        ),
        ({"amount": "6", "percent": "3"}, "allowances[0].base: required with percent"),
        ({"amount": "6", "base": "200"}, "allowances[0].percent: required with base"),
        ({"amount": "-6", "percent": "-3", "base": "200"}, "allowances[0].percent: must not be negative"),
    ],
)
def test_document_percentage_rules(entry: dict[str, Any], expected: str | None) -> None:
    document = doc(allowances=[{"reason": "r", **entry}])
    if expected is None:
        assert load(document).allowances[0].amount == D(entry["amount"])
    else:
        assert any(p.startswith(expected) for p in problems(allowances=[{"reason": "r", **entry}])), problems(
            allowances=[{"reason": "r", **entry}]
        )
