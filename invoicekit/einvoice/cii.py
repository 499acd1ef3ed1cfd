"""UN/CEFACT Cross Industry Invoice D16B as EN 16931 binds it (also the XML of Factur-X/ZUGFeRD).

Element order follows the D16B schemas; the business terms (BT-n) are noted where they
are written and listed in docs/einvoice.md.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from ..errors import expect
from ..model import Address, Contact, Party
from ..result import Computed
from . import codes
from .facts import Adjustment, Facts, LineAdjustmentFacts, LineFacts, Tax, build
from .profiles import profile as find_profile
from .xmlout import compact_date, opt, serialize, sub

_NS = {
    "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


def to_cii(computed: Computed, profile: str = "en16931") -> bytes:
    """The CII D16B CrossIndustryInvoice of ``computed`` for ``profile`` ("en16931",
    "xrechnung", or the Factur-X profiles "basic" and "extended"), as UTF-8 bytes: the same
    input gives the same bytes. Raises :class:`InvoiceError` like :func:`to_ubl`."""
    expect("computed", computed, Computed, "a Computed (from invoicekit.compute)")
    facts = build(computed, find_profile(profile, "cii"))
    root = ET.Element("rsm:CrossIndustryInvoice", _NS)
    context = sub(root, "rsm:ExchangedDocumentContext")
    if facts.profile.process:  # BT-23
        sub(
            sub(context, "ram:BusinessProcessSpecifiedDocumentContextParameter"),
            "ram:ID",
            facts.profile.process,
        )
    sub(
        sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", facts.profile.guideline
    )  # BT-24
    _document(sub(root, "rsm:ExchangedDocument"), facts)
    transaction = sub(root, "rsm:SupplyChainTradeTransaction")
    for line in facts.lines:
        _line(transaction, line, facts)
    _agreement(sub(transaction, "ram:ApplicableHeaderTradeAgreement"), facts)
    _delivery(sub(transaction, "ram:ApplicableHeaderTradeDelivery"), facts)
    _settlement(sub(transaction, "ram:ApplicableHeaderTradeSettlement"), facts)
    return serialize(root)


def _date(parent: ET.Element, tag: str, day: dt.date, qualified: bool = False) -> None:
    holder = sub(parent, tag)
    sub(holder, "qdt:DateTimeString" if qualified else "udt:DateTimeString", compact_date(day), format="102")


def _document(element: ET.Element, f: Facts) -> None:
    sub(element, "ram:ID", f.invoice.number)  # BT-1
    sub(element, "ram:TypeCode", codes.CREDIT_NOTE_TYPE if f.credit else codes.INVOICE_TYPE)  # BT-3
    _date(element, "ram:IssueDateTime", f.invoice.issue_date)  # BT-2
    for note in f.notes:
        sub(sub(element, "ram:IncludedNote"), "ram:Content", note)  # BT-22


def _tax(parent: ET.Element, tag: str, tax: Tax) -> ET.Element:
    element = sub(parent, tag)
    sub(element, "ram:TypeCode", "VAT")
    sub(element, "ram:CategoryCode", tax.category.code)
    opt(element, "ram:RateApplicablePercent", tax.rate)
    return element


def _line(transaction: ET.Element, line: LineFacts, f: Facts) -> None:
    """BG-25: line ID, item, net price, quantity, VAT, allowance, net amount."""
    element = sub(transaction, "ram:IncludedSupplyChainTradeLineItem")
    sub(sub(element, "ram:AssociatedDocumentLineDocument"), "ram:LineID", line.id)  # BT-126
    sub(sub(element, "ram:SpecifiedTradeProduct"), "ram:Name", line.name)  # BT-153
    agreement = sub(element, "ram:SpecifiedLineTradeAgreement")
    if line.gross_price is not None:
        gross = sub(agreement, "ram:GrossPriceProductTradePrice")
        sub(gross, "ram:ChargeAmount", line.gross_price)  # BT-148
        opt(gross, "ram:BasisQuantity", line.base_quantity, unitCode=line.unit)  # BT-149
        discount = sub(gross, "ram:AppliedTradeAllowanceCharge")
        sub(sub(discount, "ram:ChargeIndicator"), "udt:Indicator", "false")
        sub(discount, "ram:ActualAmount", line.price_discount or "0")  # BT-147
    net_price = sub(agreement, "ram:NetPriceProductTradePrice")
    sub(net_price, "ram:ChargeAmount", line.price)  # BT-146
    opt(net_price, "ram:BasisQuantity", line.base_quantity, unitCode=line.unit)  # BT-149, BT-150
    delivery = sub(element, "ram:SpecifiedLineTradeDelivery")
    sub(delivery, "ram:BilledQuantity", line.quantity, unitCode=line.unit)  # BT-129, BT-130
    settlement = sub(element, "ram:SpecifiedLineTradeSettlement")
    _tax(settlement, "ram:ApplicableTradeTax", line.tax)  # BT-151, BT-152
    for entry in line.adjustments:  # BG-27, BG-28
        _line_adjustment(sub(settlement, "ram:SpecifiedTradeAllowanceCharge"), entry, f)
    summation = sub(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    sub(summation, "ram:LineTotalAmount", line.net)  # BT-131


def _line_adjustment(element: ET.Element, entry: LineAdjustmentFacts, f: Facts) -> None:
    """BG-27 / BG-28: indicator, percentage and base (not in Factur-X BASIC), amount, code, reason."""
    sub(sub(element, "ram:ChargeIndicator"), "udt:Indicator", "true" if entry.charge else "false")
    if not f.profile.basic:
        opt(element, "ram:CalculationPercent", entry.percent)  # BT-138, BT-143
        opt(element, "ram:BasisAmount", entry.base)  # BT-137, BT-142
    sub(element, "ram:ActualAmount", entry.amount)  # BT-136, BT-141
    opt(element, "ram:ReasonCode", entry.reason_code)  # BT-140, BT-145
    opt(element, "ram:Reason", entry.reason)  # BT-139, BT-144


def _agreement(element: ET.Element, f: Facts) -> None:
    inv = f.invoice
    opt(element, "ram:BuyerReference", inv.buyer_reference)  # BT-10
    seller, buyer = inv.seller, inv.buyer
    _party(
        sub(element, "ram:SellerTradeParty"),
        seller,
        f.seller_vat,
        as_registration=f.seller_vat_as_registration,
        f=f,
        registration=f.seller_registration,
    )
    _party(sub(element, "ram:BuyerTradeParty"), buyer, f.buyer_vat, as_registration=False, f=f)
    rep = f.representative
    if rep is not None:  # BG-11: name BT-62, address BG-12, VAT ID BT-63
        element_rep = sub(element, "ram:SellerTaxRepresentativeTradeParty")
        sub(element_rep, "ram:Name", rep.name)
        _address(sub(element_rep, "ram:PostalTradeAddress"), rep.address)
        sub(
            sub(element_rep, "ram:SpecifiedTaxRegistration"),
            "ram:ID",
            f.representative_vat or "",
            schemeID="VA",
        )
    if inv.order_reference:
        sub(
            sub(element, "ram:BuyerOrderReferencedDocument"), "ram:IssuerAssignedID", inv.order_reference
        )  # BT-13
    if inv.contract_reference:
        sub(
            sub(element, "ram:ContractReferencedDocument"), "ram:IssuerAssignedID", inv.contract_reference
        )  # BT-12


def _party(
    element: ET.Element,
    party: Party,
    vat_id: str | None,
    *,
    as_registration: bool,
    f: Facts,
    registration: str | None = None,
) -> None:
    """BG-4 or BG-7; ``registration`` is the seller's tax registration BT-32 beside its VAT ID."""
    if as_registration and vat_id:  # category O: the VAT ID identifies the seller (BT-29, BR-CO-26)
        sub(element, "ram:ID", vat_id)
    sub(element, "ram:Name", party.name)  # BT-27, BT-44
    if not f.profile.basic:  # Factur-X BASIC has no contacts
        _contact(element, party, f.seller_contact if party is f.invoice.seller else None)
    _address(sub(element, "ram:PostalTradeAddress"), party.address)
    if party.endpoint is not None:  # BT-34, BT-49
        sub(sub(element, "ram:URIUniversalCommunication"), "ram:URIID", party.endpoint.id,
            schemeID=party.endpoint.scheme)  # fmt: skip
    if vat_id:  # BT-31, BT-48; BT-32 for category O
        sub(
            sub(element, "ram:SpecifiedTaxRegistration"),
            "ram:ID",
            vat_id,
            schemeID="FC" if as_registration else "VA",
        )
    if registration:  # BT-32: scheme FC (fiscal number)
        sub(sub(element, "ram:SpecifiedTaxRegistration"), "ram:ID", registration, schemeID="FC")


def _contact(element: ET.Element, party: Party, seller: Contact | None) -> None:
    """The seller's contact (BG-6, ``seller``), or the buyer's e-mail (BT-58)."""
    if seller is not None:
        person = sub(element, "ram:DefinedTradeContact")
        opt(person, "ram:PersonName", seller.name)  # BT-41
        if seller.phone:  # BT-42
            sub(sub(person, "ram:TelephoneUniversalCommunication"), "ram:CompleteNumber", seller.phone)
        if seller.email:  # BT-43
            sub(sub(person, "ram:EmailURIUniversalCommunication"), "ram:URIID", seller.email)
    elif party.email:  # the buyer (a seller with an e-mail has a contact: facts.seller_contact)
        mail = sub(sub(element, "ram:DefinedTradeContact"), "ram:EmailURIUniversalCommunication")
        sub(mail, "ram:URIID", party.email)


def _address(element: ET.Element, address: Address) -> None:
    lines = address.lines
    opt(element, "ram:PostcodeCode", address.postal_code)
    opt(element, "ram:LineOne", lines[0] if lines else None)
    opt(element, "ram:LineTwo", lines[1] if len(lines) > 1 else None)
    opt(element, "ram:LineThree", ", ".join(lines[2:]) if len(lines) > 2 else None)
    opt(element, "ram:CityName", address.city)
    sub(element, "ram:CountryID", address.country)
    opt(element, "ram:CountrySubDivisionName", address.subdivision)


def _delivery(element: ET.Element, f: Facts) -> None:
    """BG-13: the deliver-to address (BG-15) and the actual delivery date (BT-72)."""
    if f.delivery_address is not None:  # BG-15, BT-80
        _address(sub(sub(element, "ram:ShipToTradeParty"), "ram:PostalTradeAddress"), f.delivery_address)
    if f.delivery_date:
        _date(sub(element, "ram:ActualDeliverySupplyChainEvent"), "ram:OccurrenceDateTime", f.delivery_date)


def _settlement(element: ET.Element, f: Facts) -> None:
    pay = f.invoice.payment
    opt(element, "ram:PaymentReference", pay.reference if pay else None)  # BT-83
    opt(element, "ram:TaxCurrencyCode", f.tax_currency)  # BT-6
    sub(element, "ram:InvoiceCurrencyCode", f.currency)  # BT-5
    if f.means:  # BG-16
        means = sub(element, "ram:SpecifiedTradeSettlementPaymentMeans")
        sub(means, "ram:TypeCode", f.means)  # BT-81
        if pay is not None and pay.iban:
            sub(sub(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", pay.iban)  # BT-84
            if pay.bic and not f.profile.basic:
                sub(
                    sub(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", pay.bic
                )  # BT-86
    for row in f.rows:  # BG-23
        tax = sub(element, "ram:ApplicableTradeTax")
        sub(tax, "ram:CalculatedAmount", row.amount)  # BT-117
        sub(tax, "ram:TypeCode", "VAT")
        opt(tax, "ram:ExemptionReason", row.reason)  # BT-120
        sub(tax, "ram:BasisAmount", row.base)  # BT-116
        sub(tax, "ram:CategoryCode", row.tax.category.code)  # BT-118
        opt(tax, "ram:ExemptionReasonCode", row.reason_code)  # BT-121
        opt(tax, "ram:RateApplicablePercent", row.tax.rate)  # BT-119
    for adjustment in f.adjustments:
        _allowance_charge(element, adjustment)
    if f.due_date or (pay is not None and pay.terms):
        terms = sub(element, "ram:SpecifiedTradePaymentTerms")
        opt(terms, "ram:Description", pay.terms if pay else None)  # BT-20
        if f.due_date:
            _date(terms, "ram:DueDateDateTime", f.due_date)  # BT-9
    _totals(sub(element, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), f)
    original = f.invoice.original
    if original is not None:  # BG-3
        reference = sub(element, "ram:InvoiceReferencedDocument")
        sub(reference, "ram:IssuerAssignedID", original.number)  # BT-25
        _date(reference, "ram:FormattedIssueDateTime", original.issue_date, qualified=True)  # BT-26


def _allowance_charge(parent: ET.Element, adj: Adjustment) -> None:
    """BG-20 / BG-21."""
    element = sub(parent, "ram:SpecifiedTradeAllowanceCharge")
    sub(sub(element, "ram:ChargeIndicator"), "udt:Indicator", "true" if adj.charge else "false")
    opt(element, "ram:CalculationPercent", adj.percent)  # BT-94, BT-101
    opt(element, "ram:BasisAmount", adj.base)  # BT-93, BT-100
    sub(element, "ram:ActualAmount", adj.amount)  # BT-92, BT-99
    opt(element, "ram:ReasonCode", adj.reason_code)  # BT-98, BT-105
    opt(element, "ram:Reason", adj.reason)  # BT-97, BT-104
    _tax(element, "ram:CategoryTradeTax", adj.tax)  # BT-95/96, BT-102/103


def _totals(element: ET.Element, f: Facts) -> None:
    """BG-22."""
    sub(element, "ram:LineTotalAmount", f.line_total)  # BT-106
    if any(a.charge for a in f.adjustments):
        sub(element, "ram:ChargeTotalAmount", f.charge_total)  # BT-108
    if any(not a.charge for a in f.adjustments):
        sub(element, "ram:AllowanceTotalAmount", f.allowance_total)  # BT-107
    sub(element, "ram:TaxBasisTotalAmount", f.net)  # BT-109
    sub(element, "ram:TaxTotalAmount", f.tax, currencyID=f.currency)  # BT-110
    if f.tax_currency and f.tax_in_tax_currency:  # BT-111 in BT-6 (BR-53)
        sub(element, "ram:TaxTotalAmount", f.tax_in_tax_currency, currencyID=f.tax_currency)
    opt(element, "ram:RoundingAmount", f.rounding)  # BT-114
    sub(element, "ram:GrandTotalAmount", f.gross)  # BT-112
    opt(element, "ram:TotalPrepaidAmount", f.prepaid)  # BT-113
    sub(element, "ram:DuePayableAmount", f.payable)  # BT-115
