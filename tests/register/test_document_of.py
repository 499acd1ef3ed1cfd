"""document_of is the inverse of load: an Invoice registered as an object is stored as the
document that loads back to the same Invoice, EN 16931 fields included."""

from __future__ import annotations

from typing import Any

import pytest
from support import doc

from invoicekit import load
from invoicekit.register.document import document_of

REP = {"name": "Fiscal Rep SARL", "address": {"country": "FR", "city": "Paris"}, "vat_id": "FR40303265045"}


@pytest.mark.parametrize(
    "document",
    [
        doc(
            allowances=[{"reason": "Loyalty", "amount": "1", "reason_code": "95"}],
            charges=[{"reason": "Freight", "amount": "-2"}],
        ),
        doc(
            lines=[
                {"description": "x", "unit_price": "1", "discount": "5%"},
                {"description": "y", "unit_price": "9", "discount": "2"},
            ]
        ),
        doc(
            lines=[
                {
                    "description": "x",
                    "quantity": "250",
                    "gross_price": "1.20",
                    "price_discount": "0.10",
                    "base_quantity": "100",
                    "allowances": [
                        {"percent": "5", "reason_code": "95"},
                        {"amount": "1", "percent": "2", "base": "50", "reason": "r"},
                    ],
                    "charges": [{"amount": "1", "reason": "Packing"}],
                }
            ]
        ),
        doc(
            allowances=[
                {"amount": "1", "reason_code": "95"},
                {"amount": "3", "percent": "1.5", "base": "200", "reason": "r"},
            ]
        ),
        doc(
            prepaid="1.00",
            rounding_amount="-0.01",
            tax_currency={"currency": "DKK", "exchange_rate": "7.4604"},
            tax_representative=REP,
        ),
    ],
)
def test_round_trip(document: dict[str, Any]) -> None:
    invoice = load(document)
    assert load(document_of(invoice)) == invoice
