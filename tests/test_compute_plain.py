"""A plain invoice (prices excluding tax, tax per group, no allowances or charges, plain
lines with remembered treatments) takes the engine's short way (invoicekit/plain.py): its
result must be the one the general steps give, value for value and exponent for exponent. The general steps are the ones a provider that is not a tax
table takes (its decisions are never remembered), so each document is computed both ways."""

from __future__ import annotations

import sys
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import doc

import invoicekit
from invoicekit import LayeredRateProvider, TaxTable, plain

TABLE = TaxTable.shipped()

#: seller and buyer, currency: a single VAT (DE, with two categories at 7 % that share a
#: tax group), GST and QST on one line (Quebec), no minor unit (Japan), three decimals (Bahrain)
PLACES = [
    ({"country": "DE"}, "EUR"),
    ({"country": "CA", "region": "QC"}, "CAD"),
    ({"country": "JP"}, "JPY"),
    ({"country": "BH"}, "BHD"),
]

amounts = st.decimals(min_value=D("-999.99"), max_value=D("9999.99"), places=2, allow_nan=False)
lines = st.lists(
    st.fixed_dictionaries(
        {
            "description": st.just("x"),
            "quantity": st.sampled_from(["1", "2", "3", "0.5", "-1", "7.25", "0"]),
            "unit_price": amounts.map(str),
            "category": st.sampled_from(["standard", "reduced", "food"]),
        }
    ),
    min_size=1,
    max_size=12,
)


def _both(raw: dict[str, Any]) -> tuple[str, str]:
    """repr of the result the short way (the decisions remembered by a first computation)
    and the general way (a provider whose decisions are not remembered), or the errors."""
    try:
        invoice = invoicekit.load(raw)
    except invoicekit.InvoiceKitError as exc:
        return (str(exc), str(exc))
    outcomes = []
    for provider in (TABLE, TABLE, LayeredRateProvider(TABLE)):
        try:
            outcomes.append(repr(invoicekit.compute(invoice, provider)))
        except invoicekit.InvoiceKitError as exc:
            outcomes.append(f"{type(exc).__name__}: {exc}")
    return outcomes[1], outcomes[2]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLACES), lines, st.sampled_from(["half_up", "half_even", "down"]))
def test_a_plain_invoice_computes_as_the_general_steps_do(place: Any, drawn: list[Any], mode: str) -> None:
    address, currency = place
    raw = doc(
        currency=currency,
        seller={"name": "S", "address": address},
        buyer={"name": "B", "address": address},
        lines=drawn,
        rounding={"mode": mode, "level": "document"},
    )
    short, general = _both(raw)
    assert short == general


def test_the_short_way_is_taken_and_matches_hand_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    short_way = plain.plain_invoice

    def spy(*args: Any) -> Any:
        result = short_way(*args)
        taken.append(result is not None)
        return result

    monkeypatch.setattr(sys.modules["invoicekit.compute"], "plain_invoice", spy)
    raw = doc(lines=[
        {"description": "A", "quantity": "3", "unit_price": "10.00"},
        {"description": "B", "quantity": "1", "unit_price": "4.99", "category": "reduced"},
        {"description": "C", "quantity": "2", "unit_price": "0.99", "category": "food"},
    ])  # fmt: skip
    invoice = invoicekit.load(raw)
    invoicekit.compute(invoice, TABLE)  # decides, and remembers
    computed = invoicekit.compute(invoice, TABLE)
    assert taken[-1] is True
    # 30.00 at 19 %: 5.70. Reduced and food share the 7 % group: 4.99 + 1.98 = 6.97 at 7 %
    # = 0.4879 -> 0.49, shared 4.99 : 1.98 = 0.3508 : 0.1392, floors 0.35 and 0.13, and the
    # last cent to the larger remainder (0.0092 against 0.0008): 0.35 and 0.14
    assert [(x.net, x.tax, x.gross) for x in computed.lines] == [
        (D("30.00"), D("5.70"), D("35.70")),
        (D("4.99"), D("0.35"), D("5.34")),
        (D("1.98"), D("0.14"), D("2.12")),
    ]
    assert [(t.rate, t.base, t.amount) for t in computed.taxes] == [
        (D(19), D("30.00"), D("5.70")),
        (D(7), D("6.97"), D("0.49")),
    ]
    assert (computed.net, computed.tax, computed.gross) == (D("36.97"), D("6.19"), D("43.16"))


@pytest.mark.parametrize(
    "lines",
    [
        # a sale and its return: the group adds up to zero, each line takes its own tax
        [{"description": "A", "unit_price": "10.00"}, {"description": "A", "quantity": "-1", "unit_price": "10.00"}],
        # not plain: a discount, a base quantity, a line charge, a kind of supply of its own
        [{"description": "A", "unit_price": "10.00", "discount": "10%"}],
        [{"description": "A", "unit_price": "10.00", "base_quantity": "3"}],
        [{"description": "A", "unit_price": "10.00", "charges": [{"amount": "1.00", "reason": "r"}]}],
        [{"description": "A", "unit_price": "10.00"}, {"description": "B", "unit_price": "5", "supply": "services"}],
    ],
)
def test_documents_that_are_not_plain_compute_as_before(lines: list[dict[str, Any]]) -> None:
    short, general = _both(doc(lines=lines))
    assert short == general and "Computed(" in short
