"""The EN 16931 additions on the PDF, read back with pypdf: what the buyer must see to follow
the line net amounts and the amount payable."""

from __future__ import annotations

from typing import Any

from support import doc

from invoicekit.i18n import translate

from .pdfcheck import normal, render, text


def squash(value: str) -> str:
    """No whitespace and no isolate marks: wrapping and extraction spacing do not matter."""
    return "".join(normal(value).split())


def line_doc(**fields: Any) -> dict[str, Any]:
    return doc(locale="en", lines=[{"description": "Copy paper", **fields}])


def test_line_allowances_charges_base_quantity_and_gross_price_are_printed() -> None:
    body = squash(
        text(
            render(
                line_doc(
                    quantity="2500",
                    unit="H87",
                    gross_price="1.20",
                    price_discount="0.10",
                    base_quantity="100",
                    charges=[{"amount": "4.50", "reason": "Packing"}],
                    allowances=[{"percent": "5", "reason_code": "95"}],
                )
            )
        )
    )
    # the net price per 100 sheets, and how it was reached
    assert squash("€1.10 / 100") in body
    assert (
        squash(
            translate(
                "Gross price %(price)s, price discount %(discount)s", "en", price="€1.20", discount="€0.10"
            )
        )
        in body
    )
    # 5 % of 27.50 = 1.375 -> 1.38; 27.50 + 4.50 - 1.38 = 30.62
    assert squash("Allowance: 95 (5%): -€1.38") in body
    assert squash("Charge: Packing: €4.50") in body
    assert squash("€30.62") in body


def test_german_labels_for_line_adjustments() -> None:
    body = squash(
        text(
            render(
                doc(
                    locale="de",
                    lines=[
                        {
                            "description": "x",
                            "unit_price": "10",
                            "charges": [{"amount": "1", "reason": "Fracht"}],
                        }
                    ],
                )
            )
        )
    )
    assert squash(translate("Charge", "de") + ": Fracht:") in body


def test_prepaid_and_rounding_amounts_are_printed() -> None:
    document = doc(
        locale="en",
        lines=[{"description": "x", "unit_price": "100"}],
        prepaid="50.00",
        rounding_amount="0.01",
    )
    body = squash(text(render(document)))
    # 119.00 - 50.00 + 0.01 = 69.01
    assert squash(translate("Prepaid amount", "en")) + squash("-€50.00") in body
    assert squash(translate("Rounding", "en")) + squash("€0.01") in body
    assert squash("€69.01") in body


def test_negative_document_allowance_is_printed_with_its_sign() -> None:
    document = doc(
        locale="en",
        lines=[{"description": "x", "unit_price": "100"}],
        allowances=[{"reason": "Reversal", "amount": "-10"}],
    )
    body = squash(text(render(document)))
    # an allowance of -10 is printed as +10 on its row (it raises the total): 110 net, 130.90 gross
    assert squash("Allowance: Reversal") + squash("19% €10.00") in body
    assert squash("€130.90") in body


def test_tax_representative_is_printed_under_the_seller() -> None:
    rep = {
        "name": "Fiscal Rep SARL",
        "address": {"country": "FR", "city": "Paris"},
        "vat_id": "FR40303265045",
    }
    body = squash(text(render(doc(locale="fr", tax_representative=rep))))
    assert squash(translate("Tax representative", "fr") + "Fiscal Rep SARL") in body
    assert squash("FR40303265045") in body


def test_vat_in_the_national_currency_is_printed() -> None:
    document = doc(
        locale="en",
        lines=[{"description": "x", "unit_price": "100"}],
        tax_currency={"currency": "DKK", "exchange_rate": "7.4604"},
    )
    body = squash(text(render(document)))
    # 19.00 EUR x 7.4604 = 141.7476 -> DKK 141.75
    label = translate(
        "Total tax in %(currency)s (exchange rate %(rate)s)", "en", currency="DKK", rate="7.4604"
    )
    assert squash(label) + squash("DKK 141.75") in body


def test_document_allowance_percentage_is_printed() -> None:
    allowance = {"reason": "Early payment", "amount": "6.00", "percent": "3", "base": "200"}
    body = squash(
        text(
            render(
                doc(locale="en", lines=[{"description": "x", "unit_price": "200"}], allowances=[allowance])
            )
        )
    )
    # 3 % of 200 = 6.00
    assert squash("Allowance: Early payment (3%)") + squash("19% -€6.00") in body
