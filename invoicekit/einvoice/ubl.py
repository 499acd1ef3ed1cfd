"""UBL 2.1 Invoice and CreditNote (OASIS) as EN 16931 binds them.

Element order follows the UBL 2.1 schemas; the business terms (BT-n) are noted where
they are written and listed in docs/einvoice.md.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..errors import InvoiceError, Problem, expect
from ..model import Address, Party
from ..result import Computed
from . import codes
from .facts import Adjustment, Facts, LineAdjustmentFacts, LineFacts, Tax, build
from .profiles import profile as find_profile
from .xmlout import opt, serialize, sub

_NS = {
    "Invoice": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "CreditNote": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


def to_ubl(computed: Computed, profile: str = "en16931") -> bytes:
    """The UBL 2.1 Invoice (or CreditNote, for a credit note) of ``computed`` for ``profile``
    ("en16931", "xrechnung" or "peppol"), as UTF-8 bytes: the same input gives the same bytes.

    Raises :class:`InvoiceError` naming the fields an e-invoice cannot express or the
    profile needs (a tax that is not VAT, a missing buyer reference under XRechnung)."""
    expect("computed", computed, Computed, "a Computed (from invoicekit.compute)")
    facts = build(computed, find_profile(profile, "ubl"))
    if facts.credit and facts.invoice.due_date is not None and not facts.means:
        # UBL 2.1 CreditNote has no DueDate: BT-9 is cac:PaymentMeans/cbc:PaymentDueDate,
        # and a payment means needs its code (BR-49); dropping the date would be silent
        message = ("a UBL credit note states its due date (BT-9) in the payment means:"
                   " give payment.means or payment.iban, or write CII")  # fmt: skip
        raise InvoiceError([Problem("due_date", message)])
    root_name = "CreditNote" if facts.credit else "Invoice"
    root = ET.Element(root_name, {"xmlns": _NS[root_name], "xmlns:cac": _NS["cac"], "xmlns:cbc": _NS["cbc"]})
    _header(root, facts)
    _parties(root, facts)
    _delivery_and_payment(root, facts)
    for adjustment in facts.adjustments:
        _allowance_charge(root, adjustment, facts.currency)
    _tax_total(root, facts)
    if facts.tax_currency and facts.tax_in_tax_currency:  # BT-111 in BT-6 (BR-53)
        converted = sub(root, "cac:TaxTotal")
        sub(converted, "cbc:TaxAmount", facts.tax_in_tax_currency, currencyID=facts.tax_currency)
    _totals(root, facts)
    for line in facts.lines:
        _line(root, line, facts)
    return serialize(root)


def _header(root: ET.Element, f: Facts) -> None:
    inv = f.invoice
    sub(root, "cbc:CustomizationID", f.profile.guideline)  # BT-24
    opt(root, "cbc:ProfileID", f.profile.process)  # BT-23
    sub(root, "cbc:ID", inv.number)  # BT-1
    sub(root, "cbc:IssueDate", inv.issue_date.isoformat())  # BT-2
    if f.credit:
        sub(root, "cbc:CreditNoteTypeCode", codes.CREDIT_NOTE_TYPE)  # BT-3
    else:
        if f.due_date:
            sub(root, "cbc:DueDate", f.due_date.isoformat())  # BT-9
        sub(root, "cbc:InvoiceTypeCode", codes.INVOICE_TYPE)  # BT-3
    for note in _notes(f):
        sub(root, "cbc:Note", note)  # BT-22
    sub(root, "cbc:DocumentCurrencyCode", f.currency)  # BT-5
    opt(root, "cbc:TaxCurrencyCode", f.tax_currency)  # BT-6
    opt(root, "cbc:BuyerReference", inv.buyer_reference)  # BT-10
    if inv.order_reference:
        sub(sub(root, "cac:OrderReference"), "cbc:ID", inv.order_reference)  # BT-13
    if inv.original is not None:
        ref = sub(sub(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        sub(ref, "cbc:ID", inv.original.number)  # BT-25
        sub(ref, "cbc:IssueDate", inv.original.issue_date.isoformat())  # BT-26
    if inv.contract_reference:
        sub(sub(root, "cac:ContractDocumentReference"), "cbc:ID", inv.contract_reference)  # BT-12


def _notes(f: Facts) -> tuple[str, ...]:
    """BT-22. Peppol BIS allows one note (PEPPOL-EN16931-R002): the notes joined, one per line."""
    if f.profile.name == "peppol" and len(f.notes) > 1:
        return ("\n".join(f.notes),)
    return f.notes


def _parties(root: ET.Element, f: Facts) -> None:
    inv = f.invoice
    seller = _party(sub(root, "cac:AccountingSupplierParty"), inv.seller, f.seller_vat,
                    as_registration=f.seller_vat_as_registration,
                    registration=f.seller_registration)  # fmt: skip
    contact = f.seller_contact
    if contact is not None:  # BG-6
        element = sub(seller, "cac:Contact")
        opt(element, "cbc:Name", contact.name)  # BT-41
        opt(element, "cbc:Telephone", contact.phone)  # BT-42
        opt(element, "cbc:ElectronicMail", contact.email)  # BT-43
    buyer = _party(sub(root, "cac:AccountingCustomerParty"), inv.buyer, f.buyer_vat, as_registration=False)
    if inv.buyer.email:
        sub(sub(buyer, "cac:Contact"), "cbc:ElectronicMail", inv.buyer.email)  # BT-58
    rep = f.representative
    if rep is not None:  # BG-11: name BT-62, address BG-12, VAT ID BT-63
        element = sub(root, "cac:TaxRepresentativeParty")
        sub(sub(element, "cac:PartyName"), "cbc:Name", rep.name)
        _address(sub(element, "cac:PostalAddress"), rep.address)
        scheme = sub(element, "cac:PartyTaxScheme")
        sub(scheme, "cbc:CompanyID", f.representative_vat or "")
        _scheme(scheme)


def _party(
    holder: ET.Element,
    party: Party,
    vat_id: str | None,
    *,
    as_registration: bool,
    registration: str | None = None,
) -> ET.Element:
    """BG-4 or BG-7: electronic address, postal address, VAT ID, the seller's tax
    registration (BT-32) beside it, legal name."""
    element = sub(holder, "cac:Party")
    if party.endpoint is not None:
        sub(element, "cbc:EndpointID", party.endpoint.id, schemeID=party.endpoint.scheme)  # BT-34, BT-49
    if as_registration and vat_id:  # category O: the VAT ID identifies the seller (BT-29, BR-CO-26)
        sub(sub(element, "cac:PartyIdentification"), "cbc:ID", vat_id)
    _address(sub(element, "cac:PostalAddress"), party.address)
    if vat_id:
        scheme = sub(element, "cac:PartyTaxScheme")
        sub(scheme, "cbc:CompanyID", vat_id)  # BT-31, BT-48; BT-32 for category O
        sub(sub(scheme, "cac:TaxScheme"), "cbc:ID", "TAX" if as_registration else "VAT")
    if registration:  # BT-32: a PartyTaxScheme whose TaxScheme is not VAT
        scheme = sub(element, "cac:PartyTaxScheme")
        sub(scheme, "cbc:CompanyID", registration)
        sub(sub(scheme, "cac:TaxScheme"), "cbc:ID", "TAX")
    sub(sub(element, "cac:PartyLegalEntity"), "cbc:RegistrationName", party.name)  # BT-27, BT-44
    return element


def _address(element: ET.Element, address: Address) -> None:
    """BG-5, BG-8, BG-15: three address lines, city, post code, subdivision, country."""
    lines = address.lines
    opt(element, "cbc:StreetName", lines[0] if lines else None)
    opt(element, "cbc:AdditionalStreetName", lines[1] if len(lines) > 1 else None)
    opt(element, "cbc:CityName", address.city)
    opt(element, "cbc:PostalZone", address.postal_code)
    opt(element, "cbc:CountrySubentity", address.subdivision)
    if len(lines) > 2:
        sub(sub(element, "cac:AddressLine"), "cbc:Line", ", ".join(lines[2:]))
    sub(sub(element, "cac:Country"), "cbc:IdentificationCode", address.country)


def _delivery_and_payment(root: ET.Element, f: Facts) -> None:
    inv = f.invoice
    if f.delivery_date or f.delivery_address:
        delivery = sub(root, "cac:Delivery")  # BG-13
        opt(delivery, "cbc:ActualDeliveryDate", f.delivery_date.isoformat() if f.delivery_date else None)
        if f.delivery_address is not None:  # BG-15, BT-80
            _address(sub(sub(delivery, "cac:DeliveryLocation"), "cac:Address"), f.delivery_address)
    pay = inv.payment
    if f.means:
        means = sub(root, "cac:PaymentMeans")  # BG-16
        sub(means, "cbc:PaymentMeansCode", f.means)  # BT-81
        if f.credit and f.due_date:
            sub(means, "cbc:PaymentDueDate", f.due_date.isoformat())  # BT-9 of a credit note
        opt(means, "cbc:PaymentID", pay.reference if pay else None)  # BT-83
        if pay is not None and pay.iban:
            account = sub(means, "cac:PayeeFinancialAccount")
            sub(account, "cbc:ID", pay.iban)  # BT-84
            if pay.bic:
                sub(sub(account, "cac:FinancialInstitutionBranch"), "cbc:ID", pay.bic)  # BT-86
    if pay is not None and pay.terms:
        sub(sub(root, "cac:PaymentTerms"), "cbc:Note", pay.terms)  # BT-20


def _category(parent: ET.Element, tag: str, tax: Tax) -> ET.Element:
    element = sub(parent, tag)
    sub(element, "cbc:ID", tax.category.code)
    opt(element, "cbc:Percent", tax.rate)
    return element


def _scheme(element: ET.Element) -> None:
    sub(sub(element, "cac:TaxScheme"), "cbc:ID", "VAT")


def _allowance_charge(root: ET.Element, adj: Adjustment, currency: str) -> None:
    """BG-20 / BG-21."""
    element = sub(root, "cac:AllowanceCharge")
    _line_adjustment(element, adj, currency)  # BT-98/97/94/92/93, BT-105/104/101/99/100
    _scheme(_category(element, "cac:TaxCategory", adj.tax))  # BT-95/96, BT-102/103


def _tax_total(root: ET.Element, f: Facts) -> None:
    total = sub(root, "cac:TaxTotal")
    sub(total, "cbc:TaxAmount", f.tax, currencyID=f.currency)  # BT-110
    for row in f.rows:  # BG-23
        element = sub(total, "cac:TaxSubtotal")
        sub(element, "cbc:TaxableAmount", row.base, currencyID=f.currency)  # BT-116
        sub(element, "cbc:TaxAmount", row.amount, currencyID=f.currency)  # BT-117
        category = _category(element, "cac:TaxCategory", row.tax)  # BT-118, BT-119
        opt(category, "cbc:TaxExemptionReasonCode", row.reason_code)  # BT-121
        opt(category, "cbc:TaxExemptionReason", row.reason)  # BT-120
        _scheme(category)


def _totals(root: ET.Element, f: Facts) -> None:
    """BG-22."""
    total = sub(root, "cac:LegalMonetaryTotal")
    cur = f.currency
    sub(total, "cbc:LineExtensionAmount", f.line_total, currencyID=cur)  # BT-106
    sub(total, "cbc:TaxExclusiveAmount", f.net, currencyID=cur)  # BT-109
    sub(total, "cbc:TaxInclusiveAmount", f.gross, currencyID=cur)  # BT-112
    if f.adjustments:
        if any(not a.charge for a in f.adjustments):
            sub(total, "cbc:AllowanceTotalAmount", f.allowance_total, currencyID=cur)  # BT-107
        if any(a.charge for a in f.adjustments):
            sub(total, "cbc:ChargeTotalAmount", f.charge_total, currencyID=cur)  # BT-108
    opt(total, "cbc:PrepaidAmount", f.prepaid, currencyID=cur)  # BT-113
    if f.rounding:
        sub(total, "cbc:PayableRoundingAmount", f.rounding, currencyID=cur)  # BT-114
    sub(total, "cbc:PayableAmount", f.payable, currencyID=cur)  # BT-115


def _line(root: ET.Element, line: LineFacts, f: Facts) -> None:
    """BG-25 with its allowance (BG-27), item (BG-31) and price (BG-29)."""
    cur = f.currency
    element = sub(root, "cac:CreditNoteLine" if f.credit else "cac:InvoiceLine")
    sub(element, "cbc:ID", line.id)  # BT-126
    quantity = "cbc:CreditedQuantity" if f.credit else "cbc:InvoicedQuantity"
    sub(element, quantity, line.quantity, unitCode=line.unit)  # BT-129, BT-130
    sub(element, "cbc:LineExtensionAmount", line.net, currencyID=cur)  # BT-131
    for entry in line.adjustments:  # BG-27, BG-28
        _line_adjustment(sub(element, "cac:AllowanceCharge"), entry, cur)
    item = sub(element, "cac:Item")
    sub(item, "cbc:Name", line.name)  # BT-153
    _scheme(_category(item, "cac:ClassifiedTaxCategory", line.tax))  # BT-151, BT-152
    price = sub(element, "cac:Price")
    sub(price, "cbc:PriceAmount", line.price, currencyID=cur)  # BT-146
    opt(price, "cbc:BaseQuantity", line.base_quantity, unitCode=line.unit)  # BT-149, BT-150
    if line.gross_price is not None:
        discount = sub(price, "cac:AllowanceCharge")
        sub(discount, "cbc:ChargeIndicator", "false")
        sub(discount, "cbc:Amount", line.price_discount or "0", currencyID=cur)  # BT-147
        sub(discount, "cbc:BaseAmount", line.gross_price, currencyID=cur)  # BT-148


def _line_adjustment(element: ET.Element, entry: LineAdjustmentFacts | Adjustment, cur: str) -> None:
    """BG-27 / BG-28 (and the same terms of BG-20 / BG-21): indicator, reason code, reason,
    percentage, amount, base."""
    sub(element, "cbc:ChargeIndicator", "true" if entry.charge else "false")
    opt(element, "cbc:AllowanceChargeReasonCode", entry.reason_code)  # BT-140, BT-145
    opt(element, "cbc:AllowanceChargeReason", entry.reason)  # BT-139, BT-144
    opt(element, "cbc:MultiplierFactorNumeric", entry.percent)  # BT-138, BT-143
    sub(element, "cbc:Amount", entry.amount, currencyID=cur)  # BT-136, BT-141
    opt(element, "cbc:BaseAmount", entry.base, currencyID=cur)  # BT-137, BT-142
