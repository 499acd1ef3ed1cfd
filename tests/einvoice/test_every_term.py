"""Every EN 16931 term the model holds is written by to_ubl and to_cii, passes every layer of
each profile, and reads back to the same document (read_einvoice, verify: no difference).

The document states them all at once: several line allowances and charges (amounts and
percentages, reasons and reason codes), a price per 100 units reached from a gross price,
a negative document allowance with only a reason code, a percentage allowance with its
base, a prepaid amount, a stated rounding amount, a tax representative and a VAT
accounting currency."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from lxml import etree
from support import doc

import invoicekit
from invoicekit.incoming import read_einvoice, verify

from .conftest import Validate, fatal

SELLER = {
    "name": "Verkäufer GmbH",
    "vat_id": "DE136695976",
    "address": {"lines": ["Am Markt 5"], "city": "Bremen", "postal_code": "28195", "country": "DE"},
    "endpoint": {"id": "DE136695976", "scheme": "9930"},
    "contact": {"name": "Buchhaltung", "phone": "+49 421 5550100", "email": "b@example.com"},
}
BUYER = {
    "name": "Käufer GmbH",
    "vat_id": "DE811907980",
    "address": {"lines": ["Rathausplatz 1"], "city": "Köln", "postal_code": "50667", "country": "DE"},
    "endpoint": {"id": "04011000-12345-34", "scheme": "0204"},
}
REPRESENTATIVE = {"name": "Fiscal Rep SARL", "address": {"country": "FR", "city": "Paris"},
                  "vat_id": "FR40303265045"}  # fmt: skip


def every_term(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "seller": SELLER,
        "buyer": BUYER,
        "issue_date": "2025-03-14",
        "buyer_reference": "04011000-12345-34",
        "payment": {"means": "58", "iban": "DE89370400440532013000", "terms": "30 Tage"},
        "lines": [
            {"description": "Kopierpapier", "quantity": "2500", "unit": "H87", "gross_price": "1.20",
             "price_discount": "0.10", "base_quantity": "100",
             "charges": [{"amount": "4.50", "reason": "Verpackung", "reason_code": "ABL"},
                         {"percent": "2", "reason": "Fracht"}],
             "allowances": [{"percent": "5", "reason_code": "95"}, {"amount": "1.00", "reason": "Treue"}]},
            {"description": "Buch", "category": "books", "unit_price": "19.99", "quantity": "3",
             "discount": "10%"},
        ],
        "allowances": [{"reason": "Rabatt", "amount": "6.00", "percent": "3", "base": "200"},
                       {"reason_code": "95", "amount": "-2.00", "category": "books"}],
        "charges": [{"reason": "Versand", "amount": "5.90", "reason_code": "FC"}],
        "prepaid": "50.00",
        "rounding_amount": "0.01",
        "tax_representative": REPRESENTATIVE,
        "tax_currency": {"currency": "DKK", "exchange_rate": "7.4604"},
    }  # fmt: skip
    fields.update(overrides)
    return doc(**fields)


# Line 1: 2500 x 1.10 / 100 = 27.50; allowances 5 % of 27.50 = 1.375 -> 1.38 and 1.00,
#         charges 4.50 and 2 % of 27.50 = 0.55: 27.50 - 2.38 + 5.05 = 30.17
# Line 2: 3 x 19.99 = 59.97, less 10 % (5.997) = 53.973 -> 53.97
# BT-106 = 84.14; 19 %: 30.17 - 6.00 + 5.90 = 30.07, VAT 5.7133 -> 5.71;
# 7 %: 53.97 + 2.00 (the allowance of -2.00 raises the base) = 55.97, VAT 3.9179 -> 3.92
# BT-109 = 86.04, BT-110 = 9.63, BT-112 = 95.67, BT-115 = 95.67 - 50.00 + 0.01 = 45.68
# BT-111 = 9.63 x 7.4604 = 71.843652 -> DKK 71.84
PROFILES = [("ubl", "en16931"), ("ubl", "xrechnung"), ("ubl", "peppol"),
            ("cii", "en16931"), ("cii", "xrechnung"), ("cii", "extended")]  # fmt: skip
UBL = {"cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
       "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}  # fmt: skip
CII = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}


def write(syntax: str, profile: str, document: dict[str, Any]) -> bytes:
    computed = invoicekit.compute(invoicekit.load(document))
    return (invoicekit.to_ubl if syntax == "ubl" else invoicekit.to_cii)(computed, profile)


@pytest.mark.parametrize(("syntax", "profile"), PROFILES, ids=[f"{s}-{p}" for s, p in PROFILES])
def test_every_term_passes_every_layer(validate: Validate, syntax: str, profile: str) -> None:
    for kind in ("invoice", "credit_note"):
        xml = write(syntax, profile, every_term(kind=kind))
        assert fatal(validate(xml, syntax, profile)) == [], kind


def test_factur_x_basic_carries_every_term_it_has(validate: Validate) -> None:
    """BASIC has no rounding amount (BT-114) and no line percentages: the rest passes its rules."""
    xml = write("cii", "basic", every_term(rounding_amount=None))
    assert fatal(validate(xml, "cii", "basic")) == []
    assert b"<ram:TotalPrepaidAmount>50.00<" in xml


def _texts(tree: Any, path: str, ns: dict[str, str]) -> list[str]:
    return [node.text for node in tree.xpath(path, namespaces=ns)]


def test_ubl_states_each_term() -> None:
    tree = etree.fromstring(write("ubl", "en16931", every_term()))
    line = "cac:InvoiceLine[1]"
    assert _texts(tree, f"{line}/cac:Price/cbc:BaseQuantity", UBL) == ["100"]  # BT-149
    assert _texts(tree, f"{line}/cac:Price/cac:AllowanceCharge/cbc:BaseAmount", UBL) == ["1.2"]  # BT-148
    assert _texts(tree, f"{line}/cac:Price/cac:AllowanceCharge/cbc:Amount", UBL) == ["0.1"]  # BT-147
    adjustments = tree.xpath(f"{line}/cac:AllowanceCharge", namespaces=UBL)
    stated = [(a.findtext("cbc:ChargeIndicator", namespaces=UBL), a.findtext("cbc:Amount", namespaces=UBL),
               a.findtext("cbc:AllowanceChargeReasonCode", namespaces=UBL),
               a.findtext("cbc:MultiplierFactorNumeric", namespaces=UBL),
               a.findtext("cbc:BaseAmount", namespaces=UBL)) for a in adjustments]  # fmt: skip
    assert stated == [
        ("false", "1.38", "95", "5", "27.50"),
        ("false", "1.00", None, None, None),
        ("true", "4.50", "ABL", None, None),
        ("true", "0.55", None, "2", "27.50"),
    ]
    document = tree.xpath("cac:AllowanceCharge", namespaces=UBL)
    assert [a.findtext("cbc:Amount", namespaces=UBL) for a in document] == ["6.00", "-2.00", "5.90"]
    assert document[0].findtext("cbc:BaseAmount", namespaces=UBL) == "200.00"  # BT-93
    assert document[1].findtext("cbc:AllowanceChargeReason", namespaces=UBL) is None  # code only
    total = "cac:LegalMonetaryTotal"
    assert _texts(tree, f"{total}/cbc:PrepaidAmount", UBL) == ["50.00"]  # BT-113
    assert _texts(tree, f"{total}/cbc:PayableRoundingAmount", UBL) == ["0.01"]  # BT-114
    assert _texts(tree, f"{total}/cbc:PayableAmount", UBL) == ["45.68"]  # BT-115
    assert _texts(tree, "cbc:TaxCurrencyCode", UBL) == ["DKK"]  # BT-6
    assert _texts(tree, "cac:TaxTotal/cbc:TaxAmount[@currencyID='DKK']", UBL) == ["71.84"]  # BT-111
    rep = "cac:TaxRepresentativeParty"
    assert _texts(tree, f"{rep}/cac:PartyName/cbc:Name", UBL) == ["Fiscal Rep SARL"]  # BT-62
    assert _texts(tree, f"{rep}/cac:PartyTaxScheme/cbc:CompanyID", UBL) == ["FR40303265045"]  # BT-63


def test_cii_states_each_term() -> None:
    tree = etree.fromstring(write("cii", "en16931", every_term()))
    line = "//ram:IncludedSupplyChainTradeLineItem[1]/ram:SpecifiedLineTradeAgreement"
    assert _texts(tree, f"{line}/ram:GrossPriceProductTradePrice/ram:ChargeAmount", CII) == ["1.2"]
    applied = f"{line}/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount"
    assert _texts(tree, applied, CII) == ["0.1"]
    assert _texts(tree, f"{line}/ram:NetPriceProductTradePrice/ram:BasisQuantity", CII) == ["100"]
    settle = "//ram:IncludedSupplyChainTradeLineItem[1]/ram:SpecifiedLineTradeSettlement"
    amounts = _texts(tree, f"{settle}/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount", CII)
    assert amounts == ["1.38", "1.00", "4.50", "0.55"]
    summation = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    assert _texts(tree, f"{summation}/ram:TotalPrepaidAmount", CII) == ["50.00"]
    assert _texts(tree, f"{summation}/ram:RoundingAmount", CII) == ["0.01"]
    assert _texts(tree, f"{summation}/ram:TaxTotalAmount[@currencyID='DKK']", CII) == ["71.84"]
    assert _texts(tree, "//ram:TaxCurrencyCode", CII) == ["DKK"]
    assert _texts(tree, "//ram:SellerTaxRepresentativeTradeParty/ram:Name", CII) == ["Fiscal Rep SARL"]
    header = "//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge"
    assert _texts(tree, f"{header}/ram:ActualAmount", CII) == ["6.00", "-2.00", "5.90"]
    assert _texts(tree, f"{header}/ram:ReasonCode", CII) == ["95", "FC"]


@pytest.mark.parametrize("kind", ["invoice", "credit_note"])
@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_every_term_reads_back_and_verifies(syntax: str, kind: str) -> None:
    sent = invoicekit.load(every_term(kind=kind))
    xml = write(syntax, "en16931", every_term(kind=kind))
    incoming = read_einvoice(xml)
    got = incoming.invoice
    assert got.kind == kind
    assert got.prepaid == D("50.00") and got.rounding_amount == D("0.01")
    assert got.tax_representative is not None
    assert (got.tax_representative.name, got.tax_representative.vat_id) == (
        "Fiscal Rep SARL",
        "FR40303265045",
    )
    assert got.tax_currency is not None and got.tax_currency.currency == "DKK"
    first = got.lines[0]
    assert (first.base_quantity, first.gross_price, first.price_discount) == (D(100), D("1.2"), D("0.1"))
    assert [c.reason_code for c in first.charges] == ["ABL", None]
    assert [a.amount for a in first.allowances] == [D("1.38"), D("1.00")]
    assert [(a.amount, a.reason_code) for a in got.allowances] == [(D("6.00"), None), (D("-2.00"), "95")]
    assert len(sent.lines) == len(got.lines)
    result = verify(incoming)
    assert result.differences == (), [str(d) for d in result.differences]
    assert result.computed.payable == D("45.68")
    assert result.computed.tax_in_tax_currency == D("71.84")


def test_a_base_with_more_decimals_than_the_currency_is_refused() -> None:
    lines = [
        {
            "description": "x",
            "unit_price": "10",
            "allowances": [{"percent": "10", "base": "10.005", "reason": "x"}],
        }
    ]
    computed = invoicekit.compute(invoicekit.load(doc(seller=SELLER, buyer=BUYER, lines=lines)))
    with pytest.raises(invoicekit.InvoiceError, match=r"lines\[0\]\.allowances\[0\]\.base: 10\.005 has more"):
        invoicekit.to_ubl(computed)


@pytest.mark.parametrize(
    ("quantity", "price", "allowance"),
    [("0", "0", "0.04"), ("1", "1.19", "2.38")],
    ids=["zero-quantity", "allowance-above-the-line"],
)
def test_prices_including_tax_whose_net_no_price_can_carry(
    validate: Validate, quantity: str, price: str, allowance: str
) -> None:
    """With prices including tax the written price is the net per unit; a line of quantity 0
    with an allowance, or whose allowance exceeds it, has a net no such price gives, so the
    price is 0 and one allowance states the net (PEPPOL-EN16931-R120 holds)."""
    lines = [{"description": "x", "quantity": quantity, "unit_price": price,
              "allowances": [{"amount": allowance, "reason": "Bonus"}]},
             {"description": "y", "unit_price": "11.90"}]  # fmt: skip
    document = every_term(lines=lines, allowances=[], charges=[], prices_include_tax=True)
    document.pop("tax_currency")
    xml = write("ubl", "peppol", document)
    assert fatal(validate(xml, "ubl", "peppol")) == []
    tree = etree.fromstring(xml)
    first = "cac:InvoiceLine[1]"
    # the 19 % group's VAT is shared over its lines by gross amount (largest remainder):
    # -0.04 and 11.90: VAT 11.86 x 19/119 = 1.89, shares -0.01 and 1.90, net -0.04 + 0.01 = -0.03;
    # -1.19 and 11.90: VAT 10.71 x 19/119 = 1.71, shares -0.19 and 1.90, net -1.19 + 0.19 = -1.00
    net = _texts(tree, f"{first}/cbc:LineExtensionAmount", UBL)
    assert net == (["-0.03"] if quantity == "0" else ["-1.00"])
    assert _texts(tree, f"{first}/cac:Price/cbc:PriceAmount", UBL) == ["0"]
    assert _texts(tree, f"{first}/cac:AllowanceCharge/cbc:Amount", UBL) == [net[0].lstrip("-")]
    assert verify(xml).differences == ()


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_the_sellers_email_is_its_contact_email(validate: Validate, syntax: str) -> None:
    """``seller.email`` was dropped unless a contact was given: it is BT-43 (BG-6)."""
    seller = {"name": "Verkäufer GmbH", "vat_id": "DE136695976", "email": "rechnung@verkaeufer.example",
              "address": {"country": "DE"}}  # fmt: skip
    xml = write(syntax, "en16931", doc(seller=seller))
    assert fatal(validate(xml, syntax, "en16931")) == []
    contact = read_einvoice(xml).invoice.seller.contact
    assert contact is not None and contact.email == "rechnung@verkaeufer.example"
    with_phone = dict(seller, contact={"phone": "+49 30 1234"})
    contact = read_einvoice(write(syntax, "en16931", doc(seller=with_phone))).invoice.seller.contact
    assert contact is not None and (contact.phone, contact.email) == ("+49 30 1234", "rechnung@verkaeufer.example")
