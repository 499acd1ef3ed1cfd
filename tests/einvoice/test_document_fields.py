"""The document fields e-invoices need: references, electronic addresses, seller contact,
payment means. Optional, checked with located errors, written where EN 16931 puts them."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from support import doc

import invoicekit
from invoicekit import Contact, Endpoint, InvoiceError, load

from .conftest import Validate, fatal
from .test_examples_validate import NS


def problems(raw: dict[str, object]) -> list[str]:
    with pytest.raises(InvoiceError) as info:
        load(raw)
    return [str(p) for p in info.value.problems]


def test_fields_load() -> None:
    raw = doc(buyer_reference="04011000-12345-34", order_reference="PO-1", contract_reference="C-7")
    raw["seller"] |= {"endpoint": {"id": "4000001123452", "scheme": "0088"},
                      "contact": {"name": "Accounts", "phone": "+49 30 1", "email": "a@example.de"}}  # fmt: skip
    raw["buyer"]["endpoint"] = {"id": "b@example.de", "scheme": "em"}
    raw["payment"] = {"means": "58", "iban": "DE89370400440532013000"}
    inv = load(raw)
    assert (inv.buyer_reference, inv.order_reference, inv.contract_reference) == (
        "04011000-12345-34",
        "PO-1",
        "C-7",
    )
    assert inv.seller.endpoint == Endpoint("4000001123452", "0088")
    assert inv.buyer.endpoint == Endpoint("b@example.de", "EM")  # the scheme is upper-cased
    assert inv.seller.contact == Contact("Accounts", "+49 30 1", "a@example.de")
    assert inv.payment is not None and inv.payment.means == "58"


def test_bad_values_are_located() -> None:
    raw = doc(buyer_reference="")
    raw["seller"]["endpoint"] = {"id": "123", "scheme": "0999"}
    raw["buyer"]["endpoint"] = {"scheme": "0088"}
    raw["buyer"]["contact"] = {"name": "x"}  # the buyer's contact is not a field (yet)
    raw["payment"] = {"means": "99"}
    assert problems(raw) == [
        'seller.endpoint.scheme: unknown electronic address scheme "0999" (a CEF EAS code such as "0088", "9930", "EM")',
        "buyer.contact: unknown field",
        "buyer.endpoint.id: required field is missing",
        'payment.means: not a UNTDID 4461 payment means code (e.g. "58", "30"): "99"',
        "buyer_reference: must not be empty",
    ]


def test_credit_note_without_original_emits_both(validate, tmp_path) -> None:  # type: ignore[no-untyped-def]
    raw = doc(kind="credit_note")
    raw["seller"]["vat_id"] = "DE136695976"
    c = invoicekit.compute(load(raw))
    invoicekit.render_pdf(c, tmp_path / "credit.pdf")  # and renders
    assert (tmp_path / "credit.pdf").read_bytes().startswith(b"%PDF")
    ubl = invoicekit.to_ubl(c)
    root = ET.fromstring(ubl)
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"
    assert root.find("cac:BillingReference", NS) is None
    assert [(f.rule, f.text) for f in validate(ubl, "ubl", "en16931") if f.fatal] == []
    cii = invoicekit.to_cii(c)
    assert ET.fromstring(cii).find(".//ram:InvoiceReferencedDocument", NS) is None
    assert [(f.rule, f.text) for f in validate(cii, "cii", "en16931") if f.fatal] == []


def test_profiles_name_what_they_need() -> None:
    raw = doc()
    raw["seller"]["vat_id"] = "DE136695976"
    c = invoicekit.compute(load(raw))
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_ubl(c, "xrechnung")
    assert [str(p) for p in info.value.problems] == [
        "buyer_reference: required by the xrechnung profile (the Leitweg-ID for a public buyer)",
        "seller.endpoint: required by the xrechnung profile",
        "buyer.endpoint: required by the xrechnung profile",
        "seller.contact: required by the xrechnung profile (name, phone and email)",
        "seller.address.city: required by the xrechnung profile",
        "seller.address.postal_code: required by the xrechnung profile",
        "buyer.address.city: required by the xrechnung profile",
        "buyer.address.postal_code: required by the xrechnung profile",
        "payment: required by the xrechnung profile: payment instructions (means or iban)",
    ]
    raw["seller"]["contact"] = {"name": "Accounts"}
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_cii(invoicekit.compute(load(raw)), "xrechnung")
    assert [p.where for p in info.value.problems if p.where.startswith("seller.contact")] == [
        "seller.contact.phone",
        "seller.contact.email",
    ]
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_ubl(c, "peppol")
    assert [p.where for p in info.value.problems] == ["buyer_reference", "seller.endpoint", "buyer.endpoint"]


def test_seller_vat_id_and_unknown_profile() -> None:
    c = invoicekit.compute(load(doc()))
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_cii(c)
    assert [str(p) for p in info.value.problems] == [
        "seller.vat_id: an e-invoice needs the seller's VAT ID (EN 16931 BR-CO-26)"
    ]
    with pytest.raises(invoicekit.ArgumentError, match='UBL profiles are "en16931", "xrechnung", "peppol"'):
        invoicekit.to_ubl(c, "zugferd")
    with pytest.raises(invoicekit.ArgumentError, match="computed: expected a Computed"):
        invoicekit.to_cii(c.invoice)  # type: ignore[arg-type]


def test_compute_never_loads_the_xml_writers() -> None:
    code = (
        "import sys, invoicekit; c = invoicekit.compute(invoicekit.load('examples/de-invoice.toml'));"
        "print(sorted(m for m in sys.modules if m.startswith(('invoicekit.einvoice.', 'xml.etree', 'lxml', 'saxonche'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_peppol_refuses_email_endpoints() -> None:
    raw = doc(buyer_reference="R-1")
    raw["seller"] |= {"vat_id": "DE136695976", "endpoint": {"id": "x@example.de", "scheme": "EM"}}
    raw["buyer"]["endpoint"] = {"id": "4000001123452", "scheme": "0088"}
    c = invoicekit.compute(load(raw))
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_ubl(c, "peppol")
    assert [str(p) for p in info.value.problems] == [
        "seller.endpoint.scheme: required by the peppol profile: Peppol does not deliver to e-mail addresses (EM)"
    ]
    assert b'<cbc:EndpointID schemeID="EM">x@example.de</cbc:EndpointID>' in invoicekit.to_ubl(c)


def test_line_rounding_past_br_co_17_is_refused() -> None:
    # yen, rounded per line: -0.56 x 2.679 = -1.50 -> -2; 1.26 x -1.191 = -1.50 -> -2;
    # -1.54 x 0.975 = -1.50 -> -2; each line's 19 % of -2 = -0.38 -> 0, so the VAT is 0
    # where base x rate = -6 x 0.19 = -1.14: more than the 1 that BR-CO-17 allows
    lines = [{"description": "W", "quantity": q, "unit_price": p}
             for q, p in (("-0.56", "2.679"), ("1.26", "-1.191"), ("-1.54", "0.975"))]  # fmt: skip
    raw = doc(currency="JPY", rounding={"mode": "half_up", "level": "line"}, lines=lines)
    raw["seller"]["vat_id"] = "DE136695976"
    c = invoicekit.compute(load(raw))
    with pytest.raises(InvoiceError) as info:
        invoicekit.to_cii(c)
    assert [str(p) for p in info.value.problems] == [
        "rounding.level: the 19 % VAT rounded per line is 0, base x rate is -1.14: EN 16931 (BR-CO-17)"
        ' allows less than 1 between them; round per document ("document")'
    ]


def test_line_rounding_exactly_one_unit_off_is_refused(validate: Validate) -> None:
    # 233 lines of 0.03 at 19 %, rounded per line: 0.0057 -> 0.01 each, VAT 2.33; base
    # 233 x 0.03 = 6.99, x 19 % = 1.3281 -> 1.33: exactly 1.00 apart. The CEN rules accept
    # strictly less than 1 (|BT-117| - 1 < round(BT-116 x BT-119 / 100) < |BT-117| + 1), so
    # such XML would fail BR-CO-17 and BR-S-09: the writer refuses it instead.
    line = {"description": "W", "unit_price": "0.03"}
    raw = doc(rounding={"mode": "half_up", "level": "line"}, lines=[line] * 233)
    raw["seller"]["vat_id"] = "DE136695976"
    c = invoicekit.compute(load(raw))
    assert c.taxes[0].amount - c.taxes[0].base * 19 / 100 == Decimal("1.0019")
    with pytest.raises(InvoiceError, match=r"the 19 % VAT rounded per line is 2\.33, base x rate is 1\.33"):
        invoicekit.to_ubl(c)
    # 100 lines: 1.00 against 3.00 x 19 % = 0.57, 0.43 apart: written, and the rules pass
    raw["lines"] = raw["lines"][:100]
    xml = invoicekit.to_ubl(invoicekit.compute(load(raw)))
    assert fatal(validate(xml, "ubl", "en16931")) == []


def test_a_ubl_credit_note_due_date_needs_payment_means() -> None:
    # UBL 2.1 CreditNote has no DueDate: EN 16931's binding puts BT-9 in the payment means
    # (cac:PaymentMeans/cbc:PaymentDueDate), which needs its code BT-81 (BR-49). A stated
    # due date without a means was dropped silently; CII carries it in the payment terms.
    raw = doc(kind="credit_note", due_date="2024-06-01")
    raw["seller"]["vat_id"] = "DE136695976"
    c = invoicekit.compute(load(raw))
    with pytest.raises(InvoiceError, match=r"due_date: a UBL credit note states its due date \(BT-9\) in"):
        invoicekit.to_ubl(c)
    assert b"<udt:DateTimeString format=\"102\">20240601<" in invoicekit.to_cii(c)
    raw["payment"] = {"means": "30"}
    xml = invoicekit.to_ubl(invoicekit.compute(load(raw)))
    assert b"<cbc:PaymentDueDate>2024-06-01</cbc:PaymentDueDate>" in xml
