"""Invariants over random invoices (hypothesis), and the loader's promise on random input."""

from decimal import Decimal as D
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FixedRates, doc, vat

from invoicekit import Component, InvoiceError, compute, load

PROVIDER = FixedRates(
    {
        "standard": vat("19"),
        "reduced": vat("7"),
        "super_reduced": vat("2.1"),
        "zero": vat("0", "Z"),
        "exempt": vat("0", "E"),
    }
)
QUEBEC = FixedRates(
    {
        "standard": (Component("GST", D("5")), Component("QST", D("9.975"))),
        "reduced": (Component("GST", D("5")), Component("QST", D(0), "E")),
        "zero": (Component("GST", D(0), "Z"), Component("QST", D(0), "Z")),
    }
)


def decimals(places: int, low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: str(D(n).scaleb(-places)))


line = st.fixed_dictionaries(
    {
        "description": st.just("item"),
        "quantity": decimals(3, -5_000, 100_000),
        "unit_price": decimals(4, 0, 10_000_000),
        "category": st.sampled_from(["standard", "reduced", "zero"]),
    },
    optional={"discount": st.one_of(decimals(0, 0, 100).map(lambda p: f"{p}%"), decimals(2, 0, 100))},
)
adjustment = st.fixed_dictionaries(
    {"reason": st.just("r"), "amount": decimals(2, 0, 50_000), "category": st.sampled_from(["standard", "reduced"])}
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    lines = draw(st.lists(line, min_size=1, max_size=12))
    # a fixed discount never larger than its line
    for item in lines:
        if "discount" in item and not str(item["discount"]).endswith("%"):
            cap = abs(D(item["quantity"]) * D(item["unit_price"]))
            if D(item["discount"]) > cap:
                del item["discount"]
    currency = draw(st.sampled_from(["EUR", "JPY", "BHD", "CHF"]))
    steps = {"EUR": ["0.05", "1"], "CHF": ["0.05", "0.10"], "JPY": ["5", "10"], "BHD": ["0.005", "0.050"]}[currency]
    return doc(
        currency=currency,
        prices_include_tax=draw(st.booleans()),
        rounding={"mode": draw(st.sampled_from(["half_up", "half_even", "down"])), "level": draw(st.sampled_from(["document", "line"]))},
        lines=lines,
        allowances=draw(st.lists(adjustment, max_size=2)),
        charges=draw(st.lists(adjustment, max_size=2)),
        cash_rounding=draw(st.sampled_from([None, *steps])),
    )


def check_invariants(c) -> None:  # type: ignore[no-untyped-def]
    unit = D(1).scaleb(-{"EUR": 2, "CHF": 2, "CAD": 2, "JPY": 0, "BHD": 3}[c.currency])
    assert sum((x.net for x in c.lines), D(0)) + c.charge_total - c.allowance_total == c.net
    assert c.net + c.tax == c.gross
    assert c.gross + c.rounding == c.payable
    for x in (*c.lines, *c.allowances, *c.charges):
        assert x.net + x.tax == x.gross
        assert x.net % unit == 0 and x.tax % unit == 0
    for tax in {row.tax for row in c.taxes}:
        # every component is computed on the same base: its bases add up to the net
        assert sum((row.base for row in c.taxes if row.tax == tax), D(0)) == c.net
    assert sum((row.amount for row in c.taxes), D(0)) == c.tax
    assert sum((x.tax for x in c.lines), D(0)) - sum((a.tax for a in c.allowances), D(0)) + sum(
        (x.tax for x in c.charges), D(0)
    ) == c.tax
    if c.invoice.cash_rounding is None:
        assert c.rounding == 0
    else:
        assert c.payable % c.invoice.cash_rounding == 0
        assert abs(c.rounding) <= c.invoice.cash_rounding / 2


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_totals_reconcile(raw: dict[str, Any]) -> None:
    check_invariants(compute(load(raw), PROVIDER))


@settings(max_examples=150, deadline=None)
@given(documents())
def test_totals_reconcile_with_two_component_taxes(raw: dict[str, Any]) -> None:
    raw["currency"] = "CAD"
    raw["cash_rounding"] = None
    check_invariants(compute(load(raw), QUEBEC))


@settings(max_examples=150, deadline=None)
@given(documents(), st.randoms(use_true_random=False))
def test_reordering_lines_changes_nothing(raw: dict[str, Any], random) -> None:  # type: ignore[no-untyped-def]
    first = compute(load(raw), PROVIDER)
    shuffled = dict(raw, lines=random.sample(raw["lines"], len(raw["lines"])))
    second = compute(load(shuffled), PROVIDER)
    keys = ("net", "tax", "gross", "rounding", "payable", "taxes")
    assert {k: first.to_dict()[k] for k in keys} == {k: second.to_dict()[k] for k in keys}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
field_names = st.sampled_from(
    ["number", "issue_date", "currency", "seller", "buyer", "lines", "kind", "rounding", "quantity", "unit_price", "discount"]
)


@st.composite
def mangled(draw: st.DrawFn) -> Any:
    """A valid document with random parts replaced by random values."""
    raw: dict[str, Any] = doc()
    parts = [raw, raw["seller"], raw["lines"][0], raw["buyer"]["address"]]
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(parts))
        target[draw(field_names)] = draw(json_values)
    return raw


@settings(max_examples=400, deadline=None)
@given(st.one_of(json_values, mangled()))
def test_loader_only_raises_invoice_error(raw: Any) -> None:
    try:
        load(raw) if isinstance(raw, dict) else load({"lines": raw})
    except InvoiceError as err:
        assert err.problems and all(p.message for p in err.problems)
