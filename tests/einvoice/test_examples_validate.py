"""Every example an e-invoice can express passes the XSD and the official Schematron rules
of its profiles with no fatal finding, and the XML states exactly compute's totals."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

import invoicekit
from invoicekit.einvoice import to_cii, to_ubl

from .conftest import EXAMPLES, fatal

# Not EN 16931 documents: two taxes a line (GST + QST, CGST + SGST), and a Hong Kong sale,
# where no VAT is levied and the seller has no VAT ID.
NOT_EN16931 = ("canada.json", "quebec.json", "india.toml", "hk-invoice.toml")
EXPRESSIBLE = sorted(
    p for p in EXAMPLES.rglob("*") if p.suffix in (".json", ".toml") and "brand" not in p.parts
    and p.name not in NOT_EN16931
)  # fmt: skip
WRITERS = {"ubl": to_ubl, "cii": to_cii}
NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}


def computed(name: str) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(EXAMPLES / name))


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
@pytest.mark.parametrize("path", EXPRESSIBLE, ids=lambda p: p.name)
def test_example_passes_en16931(path, syntax, validate) -> None:  # type: ignore[no-untyped-def]
    xml = WRITERS[syntax](invoicekit.compute(invoicekit.load(path)))
    assert fatal(validate(xml, syntax, "en16931")) == []


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_german_public_buyer_passes_xrechnung(syntax, validate) -> None:  # type: ignore[no-untyped-def]
    xml = WRITERS[syntax](computed("de-xrechnung.toml"), "xrechnung")
    findings = validate(xml, syntax, "xrechnung")
    assert fatal(findings) == []
    assert [f.rule for f in findings] == []  # not even a warning


def test_belgian_b2b_passes_peppol(validate) -> None:  # type: ignore[no-untyped-def]
    xml = to_ubl(computed("be-peppol.json"), "peppol")
    assert fatal(validate(xml, "ubl", "peppol")) == []


def test_a_sale_without_vat_or_a_vat_id_is_refused() -> None:
    with pytest.raises(invoicekit.InvoiceError) as info:
        to_cii(computed("hk-invoice.toml"))
    assert "seller.vat_id: an e-invoice needs the seller's VAT ID (EN 16931 BR-CO-26)" in [
        str(p) for p in info.value.problems
    ]


def test_a_vat_number_without_its_country_prefix_gets_it() -> None:
    """BR-CO-09: BT-31 starts with the ISO 3166-1 code; the Israeli number is stated without."""
    xml = ET.fromstring(to_ubl(computed("il-export.toml")))
    ids = [e.text for e in xml.iterfind(".//cac:PartyTaxScheme/cbc:CompanyID", NS)]
    assert ids == ["IL516179157", "DE136695976"]


def test_taxes_that_are_not_vat_are_refused_with_their_lines() -> None:
    with pytest.raises(invoicekit.InvoiceError) as info:
        to_ubl(computed("canada.json"))
    assert [str(p) for p in info.value.problems] == [
        "lines[0]: taxed with GST + QST: EN 16931 e-invoices state exactly one VAT",
        "lines[1]: taxed with GST + QST: EN 16931 e-invoices state exactly one VAT",
        "charges[0]: taxed with GST + QST: EN 16931 e-invoices state exactly one VAT",
    ]


@pytest.mark.parametrize("path", EXPRESSIBLE, ids=lambda p: p.name)
def test_same_input_same_bytes(path) -> None:  # type: ignore[no-untyped-def]
    first = invoicekit.compute(invoicekit.load(path))
    second = invoicekit.compute(invoicekit.load(path))
    assert to_ubl(first) == to_ubl(second)
    assert to_cii(first) == to_cii(second)


def ubl_totals(xml: bytes) -> dict[str, Decimal]:
    total = ET.fromstring(xml).find("cac:LegalMonetaryTotal", NS)
    assert total is not None
    return {child.tag.split("}")[1]: Decimal(child.text or "") for child in total}


def cii_totals(xml: bytes) -> dict[str, Decimal]:
    total = ET.fromstring(xml).find(".//ram:SpecifiedTradeSettlementHeaderMonetarySummation", NS)
    assert total is not None
    return {child.tag.split("}")[1]: Decimal(child.text or "") for child in total}


def test_austrian_totals_by_hand() -> None:
    # March 2021, Austria's temporary 5 % for accommodation and restaurants:
    # 3 x 89.00 = 267.00 (5 %); 6 x 24.50 = 147.00 (5 %); 150.00 less 10 % = 135.00 (20 %);
    # lines 549.00, allowance 20.00 (5 %), charge 25.00 (20 %): net 554.00;
    # 5 %: 267.00 + 147.00 - 20.00 = 394.00 -> 19.70; 20 %: 135.00 + 25.00 = 160.00 -> 32.00;
    # tax 51.70, gross 605.70
    c = computed("at-invoice-allowance.json")
    assert ubl_totals(to_ubl(c)) == {
        "LineExtensionAmount": Decimal("549.00"), "TaxExclusiveAmount": Decimal("554.00"),
        "TaxInclusiveAmount": Decimal("605.70"), "AllowanceTotalAmount": Decimal("20.00"),
        "ChargeTotalAmount": Decimal("25.00"), "PayableAmount": Decimal("605.70"),
    }  # fmt: skip
    assert cii_totals(to_cii(c)) == {
        "LineTotalAmount": Decimal("549.00"), "ChargeTotalAmount": Decimal("25.00"),
        "AllowanceTotalAmount": Decimal("20.00"), "TaxBasisTotalAmount": Decimal("554.00"),
        "TaxTotalAmount": Decimal("51.70"), "GrandTotalAmount": Decimal("605.70"),
        "DuePayableAmount": Decimal("605.70"),
    }  # fmt: skip


@pytest.mark.parametrize("path", EXPRESSIBLE, ids=lambda p: p.name)
def test_xml_totals_are_computes(path) -> None:  # type: ignore[no-untyped-def]
    c = invoicekit.compute(invoicekit.load(path))
    ubl = ubl_totals(to_ubl(c))
    assert (ubl["LineExtensionAmount"], ubl["TaxExclusiveAmount"], ubl["TaxInclusiveAmount"], ubl["PayableAmount"]) \
        == (c.line_total, c.net, c.gross, c.payable)  # fmt: skip
    assert ubl.get("PayableRoundingAmount", Decimal(0)) == c.rounding
    cii = cii_totals(to_cii(c))
    assert (cii["LineTotalAmount"], cii["TaxBasisTotalAmount"], cii["TaxTotalAmount"], cii["GrandTotalAmount"],
            cii["DuePayableAmount"]) == (c.line_total, c.net, c.tax, c.gross, c.payable)  # fmt: skip
    assert cii.get("RoundingAmount", Decimal(0)) == c.rounding
    ubl_lines = ET.fromstring(to_ubl(c)).findall("cac:InvoiceLine/cbc:LineExtensionAmount", NS) or \
        ET.fromstring(to_ubl(c)).findall("cac:CreditNoteLine/cbc:LineExtensionAmount", NS)  # fmt: skip
    assert [Decimal(e.text or "") for e in ubl_lines] == [line.net for line in c.lines]
    cii_lines = ET.fromstring(to_cii(c)).findall(
        ".//ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount", NS
    )
    assert [Decimal(e.text or "") for e in cii_lines] == [line.net for line in c.lines]
    breakdown = ET.fromstring(to_cii(c)).findall(
        ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", NS
    )
    assert [(Decimal(b.findtext("ram:BasisAmount", "", NS)), Decimal(b.findtext("ram:CalculatedAmount", "", NS)),
             b.findtext("ram:CategoryCode", "", NS)) for b in breakdown] \
        == [(row.base, row.amount, row.category) for row in c.taxes]  # fmt: skip


def test_swiss_cash_rounding_is_bt114(validate) -> None:  # type: ignore[no-untyped-def]
    # gross 42.54 rounded to 0.05: payable 42.55, rounding 0.01 (tests/test_cli.py works it out)
    xml = to_ubl(computed("ch-receipt.toml"))
    totals = ubl_totals(xml)
    assert (totals["TaxInclusiveAmount"], totals["PayableRoundingAmount"], totals["PayableAmount"]) == (
        Decimal("42.54"), Decimal("0.01"), Decimal("42.55"))  # fmt: skip
