"""Read a UN/CEFACT Cross Industry Invoice (D16B, the EN 16931 CII syntax binding; also
the XML inside Factur-X and ZUGFeRD 2.x)."""

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

RSM: Final = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM: Final = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT: Final = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT: Final = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
ROOT: Final = f"{{{RSM}}}CrossIndustryInvoice"
PREFIXES: Final = {RSM: "rsm", RAM: "ram", UDT: "udt", QDT: "qdt"}
_TX: Final = "rsm:SupplyChainTradeTransaction"
_SETTLEMENT: Final = f"{_TX}/ram:ApplicableHeaderTradeSettlement"
_SUMMATION: Final = f"{_SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"


def read_cii(root: etree._Element, problems: Problems) -> Read:
    """The terms of a CrossIndustryInvoice."""
    doc = Node(root, "/rsm:CrossIndustryInvoice", PREFIXES, problems)
    tx = doc.at(_TX)
    settlement = doc.at(_SETTLEMENT)
    if tx is None or settlement is None:
        problems.fail(doc.child_path(_SETTLEMENT), "missing")
        return Read("cii", doc.path, None, Header(None, None, None, "invoice", None, None), [], [], [], None)
    currency = settlement.currency("ram:InvoiceCurrencyCode", required=True)
    line_nodes = tx.all("ram:IncludedSupplyChainTradeLineItem")
    check_line_count(tx, "ram:IncludedSupplyChainTradeLineItem", len(line_nodes))
    return Read(
        syntax="cii",
        root=doc.path,
        profile=doc.text(
            "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
        ),
        header=_header(doc, tx, settlement, currency),
        lines=[_line(node) for node in line_nodes],
        adjustments=[_adjustment(node) for node in settlement.all("ram:SpecifiedTradeAllowanceCharge")],
        subtotals=_subtotals(settlement),
        totals=_totals(doc, currency),
    )


def _header(doc: Node, tx: Node, settlement: Node, currency: str | None) -> Header:
    """The document-level terms (BT-1 to BT-26 the model holds) of a CII invoice."""
    exchanged = doc.at("rsm:ExchangedDocument")
    if exchanged is None:
        doc.problems.fail(doc.child_path("rsm:ExchangedDocument"), "missing")
        return Header(None, None, currency, "invoice", None, None)
    agreement = tx.at("ram:ApplicableHeaderTradeAgreement")
    taxes = settlement.all("ram:ApplicableTradeTax")
    tax_point = next(
        (d for d in (t.date("ram:TaxPointDate/udt:DateString", compact=True) for t in taxes) if d), None
    )
    delivery = "ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"
    terms = settlement.all("ram:SpecifiedTradePaymentTerms")
    notes = (n.text("ram:Content", multiline=True) for n in exchanged.all("ram:IncludedNote"))
    return Header(
        number=exchanged.text("ram:ID", required=True),
        issue_date=exchanged.date("ram:IssueDateTime/udt:DateTimeString", required=True, compact=True),
        currency=currency,
        kind=kind_of(exchanged.text("ram:TypeCode")),
        seller=_party(agreement, "ram:SellerTradeParty", tx),
        buyer=_party(agreement, "ram:BuyerTradeParty", tx),
        supply_date=tax_point or tx.date(f"{delivery}/udt:DateTimeString", compact=True),
        due_date=terms[0].date("ram:DueDateDateTime/udt:DateTimeString", compact=True) if terms else None,
        notes=tuple(n for n in notes if n),
        payment=_payment(settlement, terms),
        original=_original(settlement),
        buyer_reference=_agreed(agreement, "ram:BuyerReference"),
        order_reference=_agreed(agreement, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
        contract_reference=_agreed(agreement, "ram:ContractReferencedDocument/ram:IssuerAssignedID"),
        prepaid=doc.decimal(f"{_SUMMATION}/ram:TotalPrepaidAmount"),
        rounding_amount=doc.decimal(f"{_SUMMATION}/ram:RoundingAmount"),
        tax_representative=_representative(agreement),
        tax_currency=_tax_currency(doc, settlement, currency),
    )


def _agreed(agreement: Node | None, route: str) -> str | None:
    """A reference of the header trade agreement (BT-10, BT-12, BT-13)."""
    return agreement.text(route) if agreement is not None else None


def _tax_currency(doc: Node, settlement: Node, currency: str | None) -> TaxCurrency | None:
    """BT-6 when it is another currency than the invoice's, with BT-111 from the
    TaxTotalAmount in that currency."""
    code = settlement.currency("ram:TaxCurrencyCode")
    summation = doc.at(_SUMMATION)
    if code is None or code == currency or summation is None:
        return None
    tax = _tax_total(summation, currency)
    converted = None
    for node in summation.all("ram:TaxTotalAmount"):
        value = node.number() if node.attribute("currencyID") == code else None
        if value is not None:
            converted = Figure(node.path, value)
    return tax_currency(summation, "ram:TaxTotalAmount", code, tax, converted)


def _representative(agreement: Node | None) -> Party | None:
    """The seller's tax representative (BG-11): name BT-62, address BG-12, VAT ID BT-63."""
    node = agreement.at("ram:SellerTaxRepresentativeTradeParty") if agreement is not None else None
    parts = _party_parts(node) if node is not None else None
    if parts is None or parts.name is None or parts.country is None:
        return None
    address = Address(parts.country, parts.lines, parts.city, parts.postal_code)
    return Party(parts.name, address, parts.vat_id, business=True)


def _party(agreement: Node | None, role: str, tx: Node) -> Party | None:
    """The seller or buyer trade party, with its contact and electronic address."""
    node = agreement.at(role) if agreement is not None else None
    if node is None:
        tx.problems.fail(tx.child_path(f"ram:ApplicableHeaderTradeAgreement/{role}"), "missing")
        return None
    parts = _party_parts(node)
    if parts is None:
        return None
    contact = Contact(
        node.text("ram:DefinedTradeContact/ram:PersonName"),
        node.text("ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber"),
        node.text("ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"),
    )
    endpoint_id = endpoint(node.at("ram:URIUniversalCommunication/ram:URIID"))
    return party(
        attrs.evolve(parts, endpoint=endpoint_id, contact=contact), seller=role == "ram:SellerTradeParty"
    )


def _party_parts(node: Node) -> PartyParts | None:
    """The name, postal address and VAT identifier of a CII trade party."""
    address = node.at("ram:PostalTradeAddress")
    if address is None:
        node.problems.fail(node.child_path("ram:PostalTradeAddress"), "missing")
        return None
    vat_ids = [r.text("ram:ID") for r in node.all("ram:SpecifiedTaxRegistration") if _scheme(r) == "VA"]
    street = [address.text(r) for r in ("ram:LineOne", "ram:LineTwo", "ram:LineThree")]
    return PartyParts(
        name=node.text("ram:Name", required=True),
        country=address.country("ram:CountryID", required=True),
        lines=tuple(s for s in street if s),
        city=address.text("ram:CityName"),
        postal_code=address.text("ram:PostcodeCode"),
        vat_id=next((v for v in vat_ids if v), None),
    )


def _scheme(registration: Node) -> str | None:
    node = registration.at("ram:ID")
    return node.attribute("schemeID") if node is not None else None


def _payment(settlement: Node, terms: list[Node]) -> Payment | None:
    """Payment terms BT-20, the first payment means (BT-81, BT-84, BT-86) and BT-83."""
    means = settlement.all("ram:SpecifiedTradeSettlementPaymentMeans")
    first = means[0] if means else None
    description = terms[0].text("ram:Description", multiline=True) if terms else None
    reference = settlement.text("ram:PaymentReference")
    if first is None and description is None and reference is None:
        return None
    return Payment(
        terms=description,
        iban=first.text("ram:PayeePartyCreditorFinancialAccount/ram:IBANID") if first else None,
        bic=first.text("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID") if first else None,
        reference=reference,
        means=first.text("ram:TypeCode") if first else None,
    )


def _original(settlement: Node) -> OriginalInvoice | None:
    """The preceding invoice (BG-3), when both its number and date are stated."""
    refs = settlement.all("ram:InvoiceReferencedDocument")
    if not refs:
        return None
    number = refs[0].text("ram:IssuerAssignedID")
    date = refs[0].date("ram:FormattedIssueDateTime/qdt:DateTimeString", compact=True)
    return OriginalInvoice(number, date) if number and date else None


#: Where a CII line allowance or charge states its amount, percentage, base, reason, code.
_LINE_ADJUSTMENT: Final = (
    "ram:ActualAmount", "ram:CalculationPercent", "ram:BasisAmount", "ram:Reason", "ram:ReasonCode",
)  # fmt: skip


def _line(node: Node) -> tuple[Line, StatedLine] | None:
    """One line item: quantity, prices, line allowances and charges, VAT, BT-131."""
    agreement = "ram:SpecifiedLineTradeAgreement"
    settlement = "ram:SpecifiedLineTradeSettlement"
    net_price = f"{agreement}/ram:NetPriceProductTradePrice"
    gross = node.at(f"{agreement}/ram:GrossPriceProductTradePrice")
    settle = node.at(settlement)
    adjustments = []
    for entry in settle.all("ram:SpecifiedTradeAllowanceCharge") if settle is not None else []:
        charge = entry.boolean("ram:ChargeIndicator/udt:Indicator", required=True)
        adjustment = line_adjustment(entry, bool(charge), _LINE_ADJUSTMENT)
        if adjustment is not None:
            adjustments.append(adjustment)
    quantity = "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
    quantity_node = node.at(quantity)
    tax = f"{settlement}/ram:ApplicableTradeTax"
    total = f"{settlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
    return line(
        LineParts(
            where=node.path,
            id=node.text("ram:AssociatedDocumentLineDocument/ram:LineID", required=True),
            name=node.text("ram:SpecifiedTradeProduct/ram:Name", required=True),
            quantity=node.decimal(quantity, required=True),
            unit=(quantity_node.attribute("unitCode") if quantity_node is not None else None) or "C62",
            price=figure(node, f"{net_price}/ram:ChargeAmount", required=True),
            adjustments=tuple(adjustments),
            net=figure(node, total, required=True),
            tax=tax_category(node, f"{tax}/ram:CategoryCode", f"{tax}/ram:RateApplicablePercent"),
            base_quantity=node.decimal(f"{net_price}/ram:BasisQuantity"),
            gross_price=gross.decimal("ram:ChargeAmount") if gross is not None else None,  # BT-148
            price_discount=gross.decimal("ram:AppliedTradeAllowanceCharge/ram:ActualAmount")
            if gross is not None
            else None,
        )
    )


def _adjustment(node: Node) -> tuple[AllowanceCharge, StatedAdjustment] | None:
    """A document-level allowance or charge (BG-20, BG-21)."""
    charge = node.boolean("ram:ChargeIndicator/udt:Indicator", required=True)
    return adjustment(
        AdjustmentParts(
            where=node.path,
            charge=bool(charge),
            amount=figure(node, "ram:ActualAmount", required=True),
            reason=node.text("ram:Reason"),
            reason_code=node.text("ram:ReasonCode"),
            percent=node.decimal("ram:CalculationPercent"),
            base=node.decimal("ram:BasisAmount"),
            tax=tax_category(
                node,
                "ram:CategoryTradeTax/ram:CategoryCode",
                "ram:CategoryTradeTax/ram:RateApplicablePercent",
            ),
        )
    )


def _subtotals(settlement: Node) -> list[StatedSubtotal]:
    """The VAT breakdown (BG-23)."""
    rows: list[StatedSubtotal] = []
    for row in settlement.all("ram:ApplicableTradeTax"):
        tax = tax_category(row, "ram:CategoryCode", "ram:RateApplicablePercent")
        base = figure(row, "ram:BasisAmount", required=True)
        amount = figure(row, "ram:CalculatedAmount", required=True)
        if tax is not None and base is not None and amount is not None:
            rows.append(StatedSubtotal(row.path, tax[0], tax[1], base, amount))
    return rows


def _totals(doc: Node, currency: str | None) -> StatedTotals | None:
    """The header monetary summation (BG-22)."""
    node = doc.at(_SUMMATION)
    if node is None:
        doc.problems.fail(doc.child_path(_SUMMATION), "missing")
        return None
    line_total = figure(node, "ram:LineTotalAmount", required=True)
    net = figure(node, "ram:TaxBasisTotalAmount", required=True)
    gross = figure(node, "ram:GrandTotalAmount", required=True)
    payable = figure(node, "ram:DuePayableAmount", required=True)
    if line_total is None or net is None or gross is None or payable is None:
        return None
    return StatedTotals(
        line_total=line_total,
        net=net,
        gross=gross,
        payable=payable,
        allowance_total=figure(node, "ram:AllowanceTotalAmount"),
        charge_total=figure(node, "ram:ChargeTotalAmount"),
        tax=_tax_total(node, currency),
    )


def _tax_total(summation: Node, currency: str | None) -> Figure | None:
    """BT-110: the TaxTotalAmount in the invoice currency (one in another currency is BT-111)."""
    found = [n for n in summation.all("ram:TaxTotalAmount") if n.attribute("currencyID") in (None, currency)]
    if len(found) > 1:
        summation.problems.fail(found[1].path, "a second VAT total in the invoice currency")
    value = found[0].number() if found else None
    single = len(summation.all("ram:TaxTotalAmount")) == 1
    return (
        None
        if value is None
        else Figure(summation.child_path("ram:TaxTotalAmount") if single else found[0].path, value)
    )
