"""The pieces both syntaxes (UBL and CII) map onto: lines, parties, tax categories, the result.

A reader walks its syntax and hands this module plain values; building the model, the
stated figures and the checks that do not depend on the syntax happen once, here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from attrs import frozen

from ..einvoice.codes import VAT_CATEGORIES
from ..limits import MAX_LINES
from ..model import (
    Address,
    AllowanceCharge,
    Contact,
    Endpoint,
    Invoice,
    Kind,
    Line,
    LineAdjustment,
    OriginalInvoice,
    Party,
    Payment,
    TaxCurrency,
)
from ..money import DIVIDE, EXACT, quantum, round_to
from .figures import Figure, Incoming, StatedAdjustment, StatedLine, StatedSubtotal, StatedTotals, Syntax
from .stated import EN16931_ROUNDING, stated_category
from .xml import Node, Problems

#: UNTDID 1001 document types EN 16931 reads as credit notes (the code list of BR-CL-01 /
#: the Peppol BIS CreditNote type codes); every other type code is an invoice.
CREDIT_NOTE_TYPES: Final = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
_ZERO = Decimal(0)


def kind_of(type_code: str | None, *, credit_note_root: bool = False) -> Kind:
    """The invoicekit kind of a document type code (BT-3)."""
    return "credit_note" if credit_note_root or type_code in CREDIT_NOTE_TYPES else "invoice"


def tax_category(node: Node, code_route: str, rate_route: str) -> tuple[str, Decimal] | None:
    """The VAT category code (BT-151, BT-95, BT-102, BT-118) and rate at ``node``.

    A missing rate is 0 (EN 16931 omits it for category O); a standard-rated one must
    state it."""
    code = node.text(code_route, required=True)
    rate = node.decimal(rate_route)
    if code is None:
        return None
    if code not in VAT_CATEGORIES:
        known = ", ".join(VAT_CATEGORIES)
        node.problems.fail(
            node.child_path(code_route), f'unknown VAT category code "{code}" (EN 16931 uses {known})'
        )
        return None
    if rate is None:
        if code == "S" and node.at(rate_route) is None:
            node.problems.fail(
                node.child_path(rate_route), "missing (a standard-rated category states its rate)"
            )
            return None
        rate = _ZERO
    if rate < 0:
        node.problems.fail(node.child_path(rate_route), f"a negative rate: {rate}")
        return None
    return code, rate


@frozen
class LineParts:
    """One invoice line as a syntax states it."""

    where: str
    id: str | None
    name: str | None
    quantity: Decimal | None
    unit: str
    price: Figure | None  # BT-146
    adjustments: tuple[LineAdjustment, ...]  # BG-27 and BG-28, in document order
    net: Figure | None
    tax: tuple[str, Decimal] | None
    base_quantity: Decimal | None = None  # BT-149
    gross_price: Decimal | None = None  # BT-148
    price_discount: Decimal | None = None  # BT-147


def line(parts: LineParts) -> tuple[Line, StatedLine] | None:
    """The model line (its category the stated one) and its stated figures; None when a
    required part was missing (the reader has reported it)."""
    if None in (parts.id, parts.name, parts.quantity, parts.price, parts.net, parts.tax):
        return None
    assert parts.name is not None and parts.quantity is not None and parts.price is not None
    assert parts.net is not None and parts.tax is not None and parts.id is not None
    code, rate = parts.tax
    model = Line(
        description=parts.name,
        unit_price=parts.price.value,
        quantity=parts.quantity,
        unit=parts.unit,
        category=stated_category(code, rate),
        allowances=tuple(a for a in parts.adjustments if not a.charge),
        charges=tuple(c for c in parts.adjustments if c.charge),
        base_quantity=parts.base_quantity if parts.base_quantity is not None else Decimal(1),
        gross_price=parts.gross_price,
        price_discount=parts.price_discount,
    )
    return model, StatedLine(parts.where, parts.id, parts.net, code, rate, parts.price.where)


def line_adjustment(
    node: Node, charge: bool, routes: tuple[str, str, str, str, str]
) -> LineAdjustment | None:
    """A line allowance or charge: its stated amount (BT-136/141, which counts), and the
    percentage, base, reason and reason code as stated (``routes``, in that order)."""
    amount, percent, base, reason, code = routes
    value = node.decimal(amount, required=True)
    if value is None:
        return None
    return LineAdjustment(
        charge=charge,
        amount=value,
        percent=node.decimal(percent),
        base=node.decimal(base),
        reason=node.text(reason),
        reason_code=node.text(code),
    )


@frozen
class AdjustmentParts:
    """A document-level allowance or charge as a syntax states it."""

    where: str
    charge: bool
    amount: Figure | None
    reason: str | None
    tax: tuple[str, Decimal] | None
    reason_code: str | None = None
    percent: Decimal | None = None  # BT-94 / BT-101
    base: Decimal | None = None  # BT-93 / BT-100


def adjustment(parts: AdjustmentParts) -> tuple[AllowanceCharge, StatedAdjustment] | None:
    """The model allowance or charge (its category the stated one) and its stated amount."""
    if parts.amount is None or parts.tax is None:
        return None
    code, rate = parts.tax
    model = AllowanceCharge(
        reason=parts.reason or "",  # empty when only the code is given (AllowanceCharge.label)
        amount=parts.amount.value,
        category=stated_category(code, rate),
        charge=parts.charge,
        reason_code=parts.reason_code,
        percent=parts.percent,
        base=parts.base,
    )
    return model, StatedAdjustment(parts.where, parts.charge, parts.amount, code, rate)


@frozen
class PartyParts:
    name: str | None
    country: str | None
    lines: tuple[str, ...] = ()
    city: str | None = None
    postal_code: str | None = None
    vat_id: str | None = None
    endpoint: Endpoint | None = None  # BT-34, BT-49
    contact: Contact | None = None  # BG-6 for the seller; its e-mail is BT-58 for the buyer


def party(parts: PartyParts, *, seller: bool) -> Party | None:
    """A seller or buyer; a party with a VAT identifier is taken to be a business. The
    seller keeps its contact (BG-6); of the buyer's, the model holds the e-mail (BT-58)."""
    if parts.name is None or parts.country is None:
        return None
    address = Address(parts.country, parts.lines, parts.city, parts.postal_code)
    contact = parts.contact if parts.contact != Contact() else None
    return Party(
        parts.name,
        address,
        parts.vat_id,
        business=parts.vat_id is not None,
        email=None if seller or contact is None else contact.email,
        endpoint=parts.endpoint,
        contact=contact if seller else None,
    )


def endpoint(node: Node | None) -> Endpoint | None:
    """An electronic address: the identifier and its ``schemeID`` (CEF EAS)."""
    if node is None or not node.value:
        return None
    value = node.text(".")
    scheme = node.attribute("schemeID")
    if scheme is None:
        node.problems.fail(
            f"{node.path}/@schemeID", "missing (BR-62, BR-63: an electronic address names its scheme)"
        )
        return None
    return Endpoint(value, scheme) if value else None


@frozen
class Header:
    """The document-level terms invoicekit's model holds."""

    number: str | None
    issue_date: dt.date | None
    currency: str | None
    kind: Kind
    seller: Party | None
    buyer: Party | None
    supply_date: dt.date | None = None
    due_date: dt.date | None = None
    notes: tuple[str, ...] = ()
    payment: Payment | None = None
    original: OriginalInvoice | None = None
    buyer_reference: str | None = None  # BT-10
    order_reference: str | None = None  # BT-13
    contract_reference: str | None = None  # BT-12
    prepaid: Decimal | None = None  # BT-113
    rounding_amount: Decimal | None = None  # BT-114
    tax_representative: Party | None = None  # BG-11
    tax_currency: TaxCurrency | None = None  # BT-6, with the rate BT-111 implies


def check_line_count(root: Node, name: str, count: int) -> None:
    """At least one line (BR-16), at most the loader's MAX_LINES."""
    if count == 0:
        root.problems.fail(root.child_path(name), "missing: an invoice has at least one line (BR-16)")
    elif count > MAX_LINES:
        root.problems.fail(root.child_path(name), f"too many lines: {count} (at most {MAX_LINES})")


@frozen
class Read:
    """Everything a syntax reader found, before assembly."""

    syntax: Syntax
    root: str
    profile: str | None
    header: Header
    lines: list[tuple[Line, StatedLine] | None]
    adjustments: list[tuple[AllowanceCharge, StatedAdjustment] | None]
    subtotals: list[StatedSubtotal]
    totals: StatedTotals | None


def assemble(read: Read, problems: Problems) -> Incoming:
    """The received invoice, or an InvoiceError with every problem found."""
    problems.raise_any()
    h = read.header
    assert h.number and h.issue_date and h.currency and h.seller and h.buyer and read.totals
    lines = [entry for entry in read.lines if entry is not None]
    adjustments = [entry for entry in read.adjustments if entry is not None]
    invoice = Invoice(
        number=h.number,
        issue_date=h.issue_date,
        currency=h.currency,
        seller=h.seller,
        buyer=h.buyer,
        lines=tuple(model for model, _ in lines),
        kind=h.kind,
        supply_date=h.supply_date,
        due_date=h.due_date,
        rounding=EN16931_ROUNDING,
        allowances=tuple(model for model, _ in adjustments if not model.charge),
        charges=tuple(model for model, _ in adjustments if model.charge),
        notes=h.notes,
        payment=h.payment,
        original=h.original,
        buyer_reference=h.buyer_reference,
        order_reference=h.order_reference,
        contract_reference=h.contract_reference,
        prepaid=h.prepaid,
        rounding_amount=h.rounding_amount,
        tax_representative=h.tax_representative,
        tax_currency=h.tax_currency,
    )
    return Incoming(
        syntax=read.syntax,
        root=read.root,
        profile=read.profile,
        invoice=invoice,
        lines=tuple(stated for _, stated in lines),
        adjustments=tuple(stated for _, stated in adjustments),
        subtotals=tuple(read.subtotals),
        totals=read.totals,
    )


def tax_currency(
    node: Node, route: str, currency: str | None, tax: Figure | None, converted: Figure | None
) -> TaxCurrency | None:
    """BT-6 with the exchange rate BT-111 implies: an e-invoice states the VAT total in the
    accounting currency, not the rate, so the rate is the shortest decimal with which
    invoicekit's rounding of BT-110 x rate gives BT-111 back (hence BT-111 itself is carried,
    never checked)."""
    if currency is None:
        return None
    if converted is None:
        node.problems.fail(
            node.child_path(route), "missing: the VAT total in the accounting currency (BT-111, BR-53)"
        )
        return None
    if tax is None or tax.value == 0:
        node.problems.fail(converted.where, "no exchange rate follows from a VAT total (BT-110) of zero")
        return None
    unit = quantum(currency)
    exact = DIVIDE.divide(converted.value, tax.value)
    for places in range(0, 16):
        rate = exact.quantize(Decimal(1).scaleb(-places), context=DIVIDE)
        if (
            rate > 0
            and round_to(EXACT.multiply(tax.value, rate), unit, EN16931_ROUNDING.mode) == converted.value
        ):
            return TaxCurrency(currency, rate)
    return None  # pragma: no cover - 15 decimals always reproduce a two-decimal amount


def figure(node: Node, route: str, *, required: bool = False) -> Figure | None:
    """A stated amount at ``route`` with its XPath."""
    value = node.decimal(route, required=required)
    return None if value is None else Figure(node.child_path(route), value)
