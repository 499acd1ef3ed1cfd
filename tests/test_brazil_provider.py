"""docs/taxdata.md, "Brazil": a shop that brings its own rates as a RateProvider, layered over the
shipped data, computes a Brazilian seller's invoice; without it the sale is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from support import doc

import invoicekit


class MyBrazilRates:
    """The docs' example provider: ICMS SP 18 % for everything, Brazil only."""

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> invoicekit.Resolution:
        if jurisdiction != "BR":
            raise invoicekit.RateNotFound(jurisdiction)
        component = invoicekit.Component("VAT", Decimal("18"), "S")
        return invoicekit.Resolution("BR", (component,), category, "ICMS SP 18 % (shop's table)")

    def default_rounding(self, jurisdiction: str) -> invoicekit.Rounding | None:
        return None


SP = {"name": "Loja Exemplo Ltda", "address": {"country": "BR", "region": "SP"}}


def test_a_layered_provider_computes_a_brazilian_invoice() -> None:
    raw = doc(currency="BRL", seller=SP, buyer={"name": "Cliente", "address": {"country": "BR"}},
              lines=[{"description": "Cadeira", "unit_price": "250.00", "quantity": "2"}])  # fmt: skip
    provider = invoicekit.LayeredRateProvider(MyBrazilRates(), invoicekit.default_table())
    computed = invoicekit.compute(invoicekit.load(raw), provider)
    # 2 x 250.00 = 500.00; 18 % = 90.00
    assert (computed.net, computed.tax, computed.gross) == (Decimal("500.00"), Decimal("90.00"), Decimal("590.00"))
    assert computed.lines[0].jurisdiction == "BR"


def test_a_sale_to_brazil_is_the_sellers_export() -> None:
    raw = doc(buyer={"name": "Cliente", "address": {"country": "BR"}})
    computed = invoicekit.compute(invoicekit.load(raw))
    assert [(t.tax, str(t.rate), t.category) for t in computed.lines[0].taxes] == [("VAT", "0", "G")]


def test_without_a_provider_the_brazilian_sale_is_refused() -> None:
    raw = doc(currency="BRL", seller=SP, buyer={"name": "Cliente", "address": {"country": "BR"}})
    with pytest.raises(invoicekit.InvoiceError, match=r'taxes of "BR" \(Brazil\) are not modelled'):
        invoicekit.compute(invoicekit.load(raw))
