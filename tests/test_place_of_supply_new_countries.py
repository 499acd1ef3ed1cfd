"""Domestic sales and exports compute for every jurisdiction added by issue #14 (national rules),
and a seller where no tax is levied (Hong Kong, Qatar, Kuwait) charges none, domestic or abroad."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from invoicekit import compute, load

# (country, currency, standard rate on 2024-05-01 by the sources the data files cite)
DOMESTIC = [
    ("MX", "MXN", "16"), ("IL", "ILS", "17"), ("CN", "CNY", "13"), ("ZA", "ZAR", "15"),
    ("TW", "TWD", "5"), ("TH", "THB", "7"), ("VN", "VND", "8"), ("ID", "IDR", "11"),
    ("PH", "PHP", "12"), ("CL", "CLP", "19"), ("CO", "COP", "19"), ("PE", "PEN", "18"),
    ("AR", "ARS", "21"), ("OM", "OMR", "5"), ("EG", "EGP", "14"), ("NG", "NGN", "7.5"),
    ("KE", "KES", "16"), ("MA", "MAD", "20"), ("RS", "RSD", "20"), ("MK", "MKD", "18"),
    ("ME", "EUR", "21"), ("AL", "ALL", "20"), ("BA", "BAM", "17"), ("MD", "MDL", "20"),
    ("GE", "GEL", "18"), ("AM", "AMD", "20"), ("AZ", "AZN", "18"), ("UZ", "UZS", "12"),
]  # fmt: skip


def sale(seller: str, buyer: str, currency: str, *, supply: str = "goods", business: bool = False) -> Any:
    document = {
        "number": "N-1",
        "issue_date": "2024-05-01",
        "currency": currency,
        "supply": supply,
        "seller": {"name": f"Seller {seller}", "address": {"country": seller}},
        "buyer": {"name": f"Buyer {buyer}", "business": business, "address": {"country": buyer}},
        "lines": [{"description": "Item", "unit_price": "200.00", "quantity": "1"}],
    }
    return compute(load(document))


@pytest.mark.parametrize(("country", "currency", "rate"), DOMESTIC)
def test_domestic_sale_takes_the_standard_rate(country: str, currency: str, rate: str) -> None:
    computed = sale(country, country, currency)
    # 200.00 x rate / 100, e.g. Mexico 200.00 x 16 % = 32.00, Nigeria 200.00 x 7.5 % = 15.00
    expected = (Decimal("200.00") * Decimal(rate) / 100).quantize(Decimal("0.01"))
    assert computed.tax == expected
    [line] = computed.lines
    assert line.jurisdiction == country
    assert [(t.tax, str(t.rate), t.category) for t in line.taxes] == [("VAT", rate, "S")]


@pytest.mark.parametrize(("country", "currency", "rate"), DOMESTIC)
def test_export_of_goods_is_zero_rated(country: str, currency: str, rate: str) -> None:
    computed = sale(country, "DE", currency)
    assert computed.tax == Decimal("0.00") and computed.gross == Decimal("200.00")
    assert [(t.tax, str(t.rate), t.category) for t in computed.lines[0].taxes] == [("VAT", "0", "G")]
    assert "Export of goods" in computed.lines[0].reason


@pytest.mark.parametrize(("country", "currency"), [("MX", "MXN"), ("IL", "ILS"), ("ZA", "ZAR")])
def test_service_to_a_business_abroad_is_outside_the_scope(country: str, currency: str) -> None:
    computed = sale(country, "US", currency, supply="services", business=True)
    assert computed.tax == Decimal("0.00")
    assert [t.category for t in computed.lines[0].taxes] == ["O"]


@pytest.mark.parametrize(("country", "currency", "name"), [("HK", "HKD", "Hong Kong"), ("QA", "QAR", "Qatar"), ("KW", "KWD", "Kuwait")])
@pytest.mark.parametrize("buyer", ["same", "DE"])
def test_a_seller_where_no_tax_is_levied_charges_none(country: str, currency: str, name: str, buyer: str) -> None:
    computed = sale(country, country if buyer == "same" else buyer, currency)
    assert (computed.tax, computed.gross) == (Decimal("0.00"), Decimal("200.00"))
    [line] = computed.lines
    assert [(t.tax, str(t.rate), t.category) for t in line.taxes] == [("VAT", "0", "O")]
    assert line.reason == f"Sale by a seller in {name}: no tax on sales is levied there."


def test_a_sale_to_hong_kong_is_an_export_of_the_seller() -> None:
    computed = sale("DE", "HK", "EUR")
    assert [(t.tax, str(t.rate), t.category) for t in computed.lines[0].taxes] == [("VAT", "0", "G")]


def test_french_guiana_seller_charges_no_vat_either() -> None:
    # The same data (taxes = []) and so the same rule: French VAT does not apply there (CGI art. 294).
    document = {
        "number": "GF-1", "issue_date": "2024-05-01", "currency": "EUR",
        "seller": {"name": "Vendeur", "address": {"country": "FR", "region": "973"}},
        "buyer": {"name": "Client", "address": {"country": "FR", "region": "973"}},
        "lines": [{"description": "Item", "unit_price": "200.00"}],
    }  # fmt: skip
    computed = compute(load(document))
    assert computed.tax == Decimal("0.00")
    assert [t.category for t in computed.lines[0].taxes] == ["O"]
    assert computed.lines[0].reason == "Sale by a seller in French Guiana: no tax on sales is levied there."
