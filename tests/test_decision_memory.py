"""The rules' decisions are remembered per tax table (invoicekit/rules/treatment.py):
a remembered decision must be the one the rules would make again, for any parties, tax
point, category and supply; a provider that is not a table is asked every time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FixedRates, doc, vat

import invoicekit
from invoicekit import TaxTable

SHARED = TaxTable.shipped()  # remembers across examples, as a long batch run would

party = st.fixed_dictionaries(
    {"name": st.just("P"), "address": st.fixed_dictionaries({"country": st.sampled_from(["DE", "FR", "AT", "NL", "GB", "CH", "US", "CA"])})},
    optional={"vat_id": st.sampled_from(["DE136695976", "FRXX123456789", "ATU12345678"])},
)


@st.composite
def sales(draw: st.DrawFn) -> dict[str, Any]:
    day = draw(st.dates(dt.date(2019, 1, 1), dt.date(2026, 6, 30)))
    lines = [
        {"description": "x", "unit_price": "10.00", "category": draw(st.sampled_from(["standard", "reduced", "food"]))}
        for _ in range(draw(st.integers(1, 3)))
    ]
    return doc(
        issue_date=day.isoformat(), seller=draw(party), buyer=draw(party), lines=lines,
        supply=draw(st.sampled_from(["goods", "services"])),
    )  # fmt: skip


def _outcome(raw: dict[str, Any], table: TaxTable) -> Any:
    try:
        invoice = invoicekit.load(raw)
        return invoicekit.compute(invoice, table).to_dict(), invoicekit.explain(invoice, table)
    except invoicekit.InvoiceKitError as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales())
def test_a_remembered_decision_is_the_one_the_rules_make_afresh(raw: dict[str, Any]) -> None:
    first = _outcome(raw, SHARED)
    again = _outcome(raw, SHARED)  # from memory now, where it was decided
    fresh = _outcome(raw, TaxTable.shipped())  # a new table: nothing remembered
    assert first == again == fresh


class Counting(FixedRates):
    def __init__(self) -> None:
        super().__init__({"standard": vat("19")})
        self.calls = 0

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> invoicekit.Resolution:
        self.calls += 1
        return super().resolve(jurisdiction, on, category)


def test_a_provider_that_is_not_a_table_is_asked_every_time() -> None:
    provider = Counting()
    invoice = invoicekit.load(doc())
    invoicekit.compute(invoice, provider)
    once = provider.calls
    invoicekit.compute(invoice, provider)
    assert once >= 1 and provider.calls == 2 * once  # rates that may change are never remembered
