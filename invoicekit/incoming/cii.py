"""Read a UN/CEFACT Cross Industry Invoice (D16B, the EN 16931 CII syntax binding; also
the XML inside Factur-X and ZUGFeRD 2.x)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from lxml import etree

from ..model import AllowanceCharge, Contact, Line, OriginalInvoice, Party, Payment
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
    party,
    tax_category,
)
from .figures import Figure, StatedAdjustment, StatedLine, StatedSubtotal, StatedTotals
from .xml import Node, Problems

RSM: Final = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM: Final = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT: Final = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT: Final = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
ROOT: Final = f"{{{RSM}}}CrossIndustryInvoice"
_TX: Final = "rsm:SupplyChainTradeTransaction"
_SETTLEMENT: Final = f"{_TX}/ram:ApplicableHeaderTradeSettlement"
_SUMMATION: Final = f"{_SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"


def read_cii(root: etree._Element, problems: Problems) -> Read:
    """The terms of a CrossIndustryInvoice."""
    doc = Node(root, "/rsm:CrossIndustryInvoice", {RSM: "rsm", RAM: "ram", UDT: "udt", QDT: "qdt"}, problems)
    tx = doc.at(_TX)
    settlement = doc.at(_SETTLEMENT)
    if tx is None or settlement is None:
        problems.fail(doc.child_path(_SETTLEMENT), "missing")
        return Read("cii", doc.path, None, Header(None, None, None, "invoice", None, None), [], [], [], None)
    currency = settlement.currency("ram:InvoiceCurrencyCode", required=True)
    _refuse_unsupported(doc, settlement, currency)
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


def _refuse_unsupported(doc: Node, settlement: Node, currency: str | None) -> None:
    """Terms that change the figures and that invoicekit's model does not hold yet."""
    doc.unsupported(f"{_TX}/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty",
                    "the seller's tax representative (BG-11)")  # fmt: skip
    tax_currency = settlement.text("ram:TaxCurrencyCode")
    if tax_currency and tax_currency != currency:
        settlement.unsupported("ram:TaxCurrencyCode", "a VAT accounting currency (BT-6)")
    doc.unsupported(f"{_SUMMATION}/ram:TotalPrepaidAmount", "a prepaid amount (BT-113)", unless_zero=True)
    doc.unsupported(f"{_SUMMATION}/ram:RoundingAmount", "a stated rounding amount (BT-114)", unless_zero=True)


def _header(doc: Node, tx: Node, settlement: Node, currency: str | None) -> Header:
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
        buyer_reference=agreement.text("ram:BuyerReference") if agreement else None,
        order_reference=agreement.text("ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID")
        if agreement
        else None,
        contract_reference=agreement.text("ram:ContractReferencedDocument/ram:IssuerAssignedID")
        if agreement
        else None,
    )


def _party(agreement: Node | None, role: str, tx: Node) -> Party | None:
    node = agreement.at(role) if agreement is not None else None
    if node is None:
        tx.problems.fail(tx.child_path(f"ram:ApplicableHeaderTradeAgreement/{role}"), "missing")
        return None
    address = node.at("ram:PostalTradeAddress")
    if address is None:
        node.problems.fail(node.child_path("ram:PostalTradeAddress"), "missing")
        return None
    vat_ids = [r.text("ram:ID") for r in node.all("ram:SpecifiedTaxRegistration") if _scheme(r) == "VA"]
    street = [address.text(r) for r in ("ram:LineOne", "ram:LineTwo", "ram:LineThree")]
    return party(
        PartyParts(
            name=node.text("ram:Name", required=True),
            country=address.country("ram:CountryID", required=True),
            lines=tuple(s for s in street if s),
            city=address.text("ram:CityName"),
            postal_code=address.text("ram:PostcodeCode"),
            vat_id=next((v for v in vat_ids if v), None),
            endpoint=endpoint(node.at("ram:URIUniversalCommunication/ram:URIID")),
            contact=Contact(
                node.text("ram:DefinedTradeContact/ram:PersonName"),
                node.text("ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber"),
                node.text("ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"),
            ),
        ),
        seller=role == "ram:SellerTradeParty",
    )


def _scheme(registration: Node) -> str | None:
    node = registration.at("ram:ID")
    return node.attribute("schemeID") if node is not None else None


def _payment(settlement: Node, terms: list[Node]) -> Payment | None:
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


def _line(node: Node) -> tuple[Line, StatedLine] | None:
    agreement = "ram:SpecifiedLineTradeAgreement"
    settlement = "ram:SpecifiedLineTradeSettlement"
    node.unsupported(
        f"{agreement}/ram:GrossPriceProductTradePrice", "a gross price and price discount (BT-148/BT-147)"
    )
    base = node.decimal(f"{agreement}/ram:NetPriceProductTradePrice/ram:BasisQuantity")
    if base is not None and base != 1:
        node.unsupported(f"{agreement}/ram:NetPriceProductTradePrice/ram:BasisQuantity",
                         "a price base quantity other than 1 (BT-149)")  # fmt: skip
    settle = node.at(settlement)
    allowances = Decimal(0)
    for entry in settle.all("ram:SpecifiedTradeAllowanceCharge") if settle is not None else []:
        if entry.boolean("ram:ChargeIndicator/udt:Indicator", required=True):
            entry.problems.fail(
                entry.path,
                "a line charge (BG-28) is not supported yet: invoicekit cannot read this invoice faithfully",
            )
            continue
        allowances += entry.decimal("ram:ActualAmount", required=True) or 0
    quantity = "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
    quantity_node = node.at(quantity)
    tax = f"{settlement}/ram:ApplicableTradeTax"
    return line(
        LineParts(
            where=node.path,
            id=node.text("ram:AssociatedDocumentLineDocument/ram:LineID", required=True),
            name=node.text("ram:SpecifiedTradeProduct/ram:Name", required=True),
            quantity=node.decimal(quantity, required=True),
            unit=(quantity_node.attribute("unitCode") if quantity_node is not None else None) or "C62",
            price=node.decimal(f"{agreement}/ram:NetPriceProductTradePrice/ram:ChargeAmount", required=True),
            allowances=allowances,
            net=figure(
                node,
                f"{settlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
                required=True,
            ),
            tax=tax_category(node, f"{tax}/ram:CategoryCode", f"{tax}/ram:RateApplicablePercent"),
        )
    )


def _adjustment(node: Node) -> tuple[AllowanceCharge, StatedAdjustment] | None:
    charge = node.boolean("ram:ChargeIndicator/udt:Indicator", required=True)
    return adjustment(
        AdjustmentParts(
            where=node.path,
            charge=bool(charge),
            amount=figure(node, "ram:ActualAmount", required=True),
            reason=node.text("ram:Reason") or node.text("ram:ReasonCode"),
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
    """BT-110: the TaxTotalAmount in the invoice currency; one in another currency is BT-111."""
    found: Figure | None = None
    for i, node in enumerate(summation.all("ram:TaxTotalAmount")):
        if currency and node.attribute("currencyID") not in (None, currency):
            what = "a VAT total in the accounting currency (BT-111)"
            node.problems.fail(
                node.path, f"{what} is not supported yet: invoicekit cannot read this invoice faithfully"
            )
        elif found is None:
            value = node.number()
            where = summation.child_path("ram:TaxTotalAmount") if i == 0 else node.path
            found = None if value is None else Figure(where, value)
    return found
