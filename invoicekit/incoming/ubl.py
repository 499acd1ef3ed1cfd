"""Read an OASIS UBL 2.1 Invoice or CreditNote (the EN 16931 UBL syntax binding)."""

from __future__ import annotations

from typing import Final

import attrs
from lxml import etree

from ..model import Address, AllowanceCharge, Contact, Line, OriginalInvoice, Party, Payment, TaxCurrency
from .build import (
    AdjustmentParts,
    Header,
    LineParts,
    PartyParts,
    Read,
    adjustment,
    check_line_count,
    endpoint,
    figure,
    kind_of,
    line,
    line_adjustment,
    party,
    tax_category,
    tax_currency,
)
from .figures import Figure, StatedAdjustment, StatedLine, StatedSubtotal, StatedTotals
from .xml import Node, Problems

INVOICE_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC: Final = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC: Final = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
PREFIXES: Final = {CAC: "cac", CBC: "cbc"}
ROOTS: Final = {f"{{{INVOICE_NS}}}Invoice": "Invoice", f"{{{CREDIT_NOTE_NS}}}CreditNote": "CreditNote"}


def read_ubl(root: etree._Element, problems: Problems) -> Read:
    """The terms of a UBL document whose root is Invoice or CreditNote."""
    name = ROOTS[root.tag]
    credit = name == "CreditNote"
    doc = Node(root, f"/{name}", PREFIXES, problems)
    currency = doc.currency("cbc:DocumentCurrencyCode", required=True)
    line_name = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    line_nodes = doc.all(line_name)
    check_line_count(doc, line_name, len(line_nodes))
    tax_totals, converted = _tax_totals(doc, currency)
    return Read(
        syntax="ubl",
        root=doc.path,
        profile=doc.text("cbc:CustomizationID"),
        header=_header(doc, credit, currency, tax_totals, converted),
        lines=[_line(node, credit) for node in line_nodes],
        adjustments=[_adjustment(node) for node in doc.all("cac:AllowanceCharge")],
        subtotals=_subtotals(tax_totals),
        totals=_totals(doc, tax_totals),
    )


def _header(
    doc: Node, credit: bool, currency: str | None, tax_totals: list[Node], converted: Figure | None
) -> Header:
    """The document-level terms (BT-1 to BT-26 the model holds) of a UBL invoice or credit note."""
    type_code = doc.text("cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode")
    means = doc.all("cac:PaymentMeans")
    # BT-9: a CreditNote has no DueDate; the binding puts it on the first payment means
    due = (means[0].date("cbc:PaymentDueDate") if means else None) if credit else doc.date("cbc:DueDate")
    return Header(
        number=doc.text("cbc:ID", required=True),
        issue_date=doc.date("cbc:IssueDate", required=True),
        currency=currency,
        kind=kind_of(type_code, credit_note_root=credit),
        seller=_party(doc, "cac:AccountingSupplierParty"),
        buyer=_party(doc, "cac:AccountingCustomerParty"),
        supply_date=doc.date("cbc:TaxPointDate") or doc.date("cac:Delivery/cbc:ActualDeliveryDate"),
        due_date=due,
        notes=tuple(n for n in (node.text(".", multiline=True) for node in doc.all("cbc:Note")) if n),
        payment=_payment(doc),
        original=_original(doc),
        buyer_reference=doc.text("cbc:BuyerReference"),
        order_reference=doc.text("cac:OrderReference/cbc:ID"),
        contract_reference=doc.text("cac:ContractDocumentReference/cbc:ID"),
        prepaid=doc.decimal("cac:LegalMonetaryTotal/cbc:PrepaidAmount"),
        rounding_amount=doc.decimal("cac:LegalMonetaryTotal/cbc:PayableRoundingAmount"),
        tax_representative=_representative(doc),
        tax_currency=_tax_currency(doc, currency, tax_totals, converted),
    )


def _tax_currency(
    doc: Node, currency: str | None, tax_totals: list[Node], converted: Figure | None
) -> TaxCurrency | None:
    """BT-6 when it is another currency than the invoice's (BT-5)."""
    code = doc.currency("cbc:TaxCurrencyCode")
    if code is None or code == currency:
        return None
    tax = figure(tax_totals[0], "cbc:TaxAmount") if tax_totals else None
    return tax_currency(doc, "cac:TaxTotal", code, tax, converted)


def _representative(doc: Node) -> Party | None:
    """The seller's tax representative (BG-11): name BT-62, address BG-12, VAT ID BT-63."""
    node = doc.at("cac:TaxRepresentativeParty")
    if node is None:
        return None
    parts = _party_parts(node, node.text("cac:PartyName/cbc:Name", required=True))
    if parts is None or parts.name is None or parts.country is None:
        return None
    address = Address(parts.country, parts.lines, parts.city, parts.postal_code)
    return Party(parts.name, address, parts.vat_id, business=True)


def _party(doc: Node, role: str) -> Party | None:
    """The supplier or customer party, with its contact and electronic address."""
    node = doc.at(f"{role}/cac:Party")
    if node is None:
        doc.problems.fail(doc.child_path(f"{role}/cac:Party"), "missing")
        return None
    legal = node.text("cac:PartyLegalEntity/cbc:RegistrationName")
    name = legal or node.text("cac:PartyName/cbc:Name")
    if name is None:
        node.problems.fail(node.child_path("cac:PartyLegalEntity/cbc:RegistrationName"), "missing")
    parts = _party_parts(node, name)
    if parts is None:
        return None
    contact = Contact(
        node.text("cac:Contact/cbc:Name"),
        node.text("cac:Contact/cbc:Telephone"),
        node.text("cac:Contact/cbc:ElectronicMail"),
    )
    endpoint_id = endpoint(node.at("cbc:EndpointID"))
    return party(
        attrs.evolve(parts, endpoint=endpoint_id, contact=contact),
        seller=role == "cac:AccountingSupplierParty",
    )


def _party_parts(node: Node, name: str | None) -> PartyParts | None:
    """The name given, the postal address and the VAT identifier of a UBL party."""
    address = node.at("cac:PostalAddress")
    if address is None:
        node.problems.fail(node.child_path("cac:PostalAddress"), "missing")
        return None
    vat_ids = [
        scheme.text("cbc:CompanyID")
        for scheme in node.all("cac:PartyTaxScheme")
        if scheme.text("cac:TaxScheme/cbc:ID") == "VAT"
    ]
    street = [
        address.text(r) for r in ("cbc:StreetName", "cbc:AdditionalStreetName", "cac:AddressLine/cbc:Line")
    ]
    return PartyParts(
        name=name,
        country=address.country("cac:Country/cbc:IdentificationCode", required=True),
        lines=tuple(s for s in street if s),
        city=address.text("cbc:CityName"),
        postal_code=address.text("cbc:PostalZone"),
        vat_id=next((v for v in vat_ids if v), None),
    )


def _payment(doc: Node) -> Payment | None:
    """Payment terms BT-20 and the first payment means (BT-81, BT-83, BT-84, BT-86)."""
    means = doc.all("cac:PaymentMeans")
    first = means[0] if means else None
    terms = doc.text("cac:PaymentTerms/cbc:Note", multiline=True)
    if first is None and terms is None:
        return None
    return Payment(
        terms=terms,
        iban=first.text("cac:PayeeFinancialAccount/cbc:ID") if first else None,
        bic=first.text("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID") if first else None,
        reference=first.text("cbc:PaymentID") if first else None,
        means=first.text("cbc:PaymentMeansCode") if first else None,
    )


def _original(doc: Node) -> OriginalInvoice | None:
    """The preceding invoice (BG-3), when both its number and date are stated."""
    refs = doc.all("cac:BillingReference")
    if not refs:
        return None
    ref = refs[0]
    number = ref.text("cac:InvoiceDocumentReference/cbc:ID")
    date = ref.date("cac:InvoiceDocumentReference/cbc:IssueDate")
    return OriginalInvoice(number, date) if number and date else None


#: Where a UBL line allowance or charge states its amount, percentage, base, reason, code.
_LINE_ADJUSTMENT: Final = (
    "cbc:Amount", "cbc:MultiplierFactorNumeric", "cbc:BaseAmount",
    "cbc:AllowanceChargeReason", "cbc:AllowanceChargeReasonCode",
)  # fmt: skip


def _line(node: Node, credit: bool) -> tuple[Line, StatedLine] | None:
    """One invoice or credit note line: quantity, prices, allowances and charges, VAT, BT-131."""
    adjustments = []
    for entry in node.all("cac:AllowanceCharge"):  # BG-27, BG-28
        charge = entry.boolean("cbc:ChargeIndicator", required=True)
        adjustment = line_adjustment(entry, bool(charge), _LINE_ADJUSTMENT)
        if adjustment is not None:
            adjustments.append(adjustment)
    quantity_name = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    quantity_node = node.at(quantity_name)
    discount = node.at("cac:Price/cac:AllowanceCharge")
    return line(
        LineParts(
            where=node.path,
            id=node.text("cbc:ID", required=True),
            name=node.text("cac:Item/cbc:Name", required=True),
            quantity=node.decimal(quantity_name, required=True),
            unit=(quantity_node.attribute("unitCode") if quantity_node is not None else None) or "C62",
            price=figure(node, "cac:Price/cbc:PriceAmount", required=True),
            adjustments=tuple(adjustments),
            net=figure(node, "cbc:LineExtensionAmount", required=True),
            tax=tax_category(
                node,
                "cac:Item/cac:ClassifiedTaxCategory/cbc:ID",
                "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent",
            ),
            base_quantity=node.decimal("cac:Price/cbc:BaseQuantity"),
            gross_price=discount.decimal("cbc:BaseAmount") if discount is not None else None,  # BT-148
            price_discount=discount.decimal("cbc:Amount") if discount is not None else None,  # BT-147
        )
    )


def _adjustment(node: Node) -> tuple[AllowanceCharge, StatedAdjustment] | None:
    """A document-level allowance or charge (BG-20, BG-21)."""
    charge = node.boolean("cbc:ChargeIndicator", required=True)
    return adjustment(
        AdjustmentParts(
            where=node.path,
            charge=bool(charge),
            amount=figure(node, "cbc:Amount", required=True),
            reason=node.text("cbc:AllowanceChargeReason"),
            tax=tax_category(node, "cac:TaxCategory/cbc:ID", "cac:TaxCategory/cbc:Percent"),
            reason_code=node.text("cbc:AllowanceChargeReasonCode"),
            percent=node.decimal("cbc:MultiplierFactorNumeric"),
            base=node.decimal("cbc:BaseAmount"),
        )
    )


def _subtotals(tax_totals: list[Node]) -> list[StatedSubtotal]:
    """The VAT breakdown (BG-23) of the TaxTotal in the document currency."""
    rows: list[StatedSubtotal] = []
    for total in tax_totals:
        for sub in total.all("cac:TaxSubtotal"):
            tax = tax_category(sub, "cac:TaxCategory/cbc:ID", "cac:TaxCategory/cbc:Percent")
            base = figure(sub, "cbc:TaxableAmount", required=True)
            tax_amount = figure(sub, "cbc:TaxAmount", required=True)
            if tax is not None and base is not None and tax_amount is not None:
                rows.append(StatedSubtotal(sub.path, tax[0], tax[1], base, tax_amount))
    return rows


def _tax_totals(doc: Node, currency: str | None) -> tuple[list[Node], Figure | None]:
    """The TaxTotal in the document currency (BT-110 and its breakdown), and the VAT total
    of the one in another currency (BT-111, in the VAT accounting currency)."""
    totals = []
    converted: Figure | None = None
    for total in doc.all("cac:TaxTotal"):
        amount = total.at("cbc:TaxAmount")
        if amount is not None and currency and amount.attribute("currencyID") not in (None, currency):
            if converted is not None:
                total.problems.fail(amount.path, "a second VAT total in another currency")
            converted = figure(total, "cbc:TaxAmount")
        else:
            totals.append(total)
    if len(totals) > 1:
        doc.problems.fail(totals[1].path, "a second VAT total in the document currency")
    return totals, converted


def _totals(doc: Node, tax_totals: list[Node]) -> StatedTotals | None:
    """The legal monetary totals (BG-22) and BT-110."""
    node = doc.at("cac:LegalMonetaryTotal")
    if node is None:
        doc.problems.fail(doc.child_path("cac:LegalMonetaryTotal"), "missing")
        return None
    line_total = figure(node, "cbc:LineExtensionAmount", required=True)
    net = figure(node, "cbc:TaxExclusiveAmount", required=True)
    gross = figure(node, "cbc:TaxInclusiveAmount", required=True)
    payable = figure(node, "cbc:PayableAmount", required=True)
    if line_total is None or net is None or gross is None or payable is None:
        return None
    return StatedTotals(
        line_total=line_total,
        net=net,
        gross=gross,
        payable=payable,
        allowance_total=figure(node, "cbc:AllowanceTotalAmount"),
        charge_total=figure(node, "cbc:ChargeTotalAmount"),
        tax=figure(tax_totals[0], "cbc:TaxAmount") if tax_totals else None,
    )
