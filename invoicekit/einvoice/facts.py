"""What an EN 16931 e-invoice states, from a :class:`Computed`: formatted once, for both syntaxes.

The UBL and CII writers only place these values; every amount is one of ``compute``'s,
formatted with the currency's minor units (EN 16931 allows at most two decimals,
BR-DEC-*). What the model cannot say in EN 16931 (a tax that is not VAT, two taxes on one
line, three-decimal currencies) is refused with an :class:`InvoiceError` naming the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
from attrs import frozen

from ..errors import InvoiceError, Problem
from ..model import Address, Contact, Invoice, Party
from ..money import DIVIDE, EXACT, format_amount, format_rate, minor_units
from ..result import Computed, ComputedAdjustment, ComputedLine
from ..taxid.schemes import vat_prefixes
from ..taxtable.provider import Component
from . import codes, tolerance
from .profiles import Profile


@frozen
class Tax:
    """A VAT category and rate as written in a line, an allowance or the breakdown."""

    category: codes.VatCategory
    rate: str | None  # None for "not subject to VAT" (O): no rate is stated


@frozen
class Row:
    """One VAT breakdown row (BG-23)."""

    tax: Tax
    base: str
    amount: str
    reason: str | None  # BT-120
    reason_code: str | None  # BT-121


@frozen
class Adjustment:
    """A document-level allowance (BG-20) or charge (BG-21), signed as stated."""

    charge: bool
    amount: str  # BT-92 / BT-99
    reason: str | None  # BT-97 / BT-104 (BR-33, BR-38: this or the code)
    tax: Tax
    reason_code: str | None = None  # BT-98 / BT-105
    percent: str | None = None  # BT-94 / BT-101
    base: str | None = None  # BT-93 / BT-100


@frozen
class LineAdjustmentFacts:
    """A line allowance (BG-27) or charge (BG-28)."""

    charge: bool
    amount: str  # BT-136 / BT-141
    reason: str | None  # BT-139 / BT-144
    reason_code: str | None  # BT-140 / BT-145
    percent: str | None = None  # BT-138 / BT-143
    base: str | None = None  # BT-137 / BT-142


@frozen
class LineFacts:
    """One invoice line (BG-25)."""

    id: str
    name: str
    quantity: str
    unit: str
    net: str
    price: str  # BT-146, per base quantity
    tax: Tax
    adjustments: tuple[LineAdjustmentFacts, ...] = ()  # BG-27 then BG-28
    base_quantity: str | None = None  # BT-149, when not 1
    gross_price: str | None = None  # BT-148
    price_discount: str | None = None  # BT-147

    @property
    def allowances(self) -> tuple[LineAdjustmentFacts, ...]:
        return tuple(a for a in self.adjustments if not a.charge)


@frozen
class Facts:
    """Everything both writers need, formatted."""

    invoice: Invoice
    profile: Profile
    credit: bool
    currency: str
    lines: tuple[LineFacts, ...]
    adjustments: tuple[Adjustment, ...]
    rows: tuple[Row, ...]
    line_total: str
    allowance_total: str
    charge_total: str
    net: str
    tax: str
    gross: str
    rounding: str | None
    payable: str
    notes: tuple[str, ...]
    due_date: dt.date | None
    delivery_date: dt.date | None
    delivery_address: Address | None  # BG-15: the buyer's, for an intra-Community supply (K)
    means: str | None
    seller_vat_as_registration: bool  # category O: the VAT ID is no VAT identifier (BR-O-02)
    seller_vat: str | None
    buyer_vat: str | None
    prepaid: str | None = None  # BT-113
    representative: Party | None = None  # BG-11
    representative_vat: str | None = None  # BT-63
    tax_currency: str | None = None  # BT-6
    tax_in_tax_currency: str | None = None  # BT-111, in BT-6
    seller_contact: Contact | None = None  # BG-6


def build(computed: Computed, profile: Profile) -> Facts:
    """The facts of ``computed`` for ``profile``, or an InvoiceError listing what EN 16931
    (or the profile) cannot express."""
    inv = computed.invoice
    cur = computed.currency
    problems = _problems(computed, profile)
    if problems:
        raise InvoiceError(problems)

    def money(value: Decimal) -> str:
        return format_amount(value, cur)

    rows = tuple(
        _row(r.tax, r.rate, r.category, money(r.base), money(r.amount), r.reason) for r in computed.taxes
    )
    not_subject = any(r.tax.category.code == "O" for r in rows)
    intra = any(r.tax.category.code == "K" for r in rows)
    return Facts(
        invoice=inv,
        profile=profile,
        credit=inv.kind == "credit_note",
        currency=cur,
        lines=tuple(_line(line, cur, inv.prices_include_tax) for line in computed.lines),
        adjustments=tuple(
            _adjustment(a, money, charge=charge)
            for charge, entries in ((False, computed.allowances), (True, computed.charges))
            for a in entries
        ),
        rows=rows,
        line_total=money(computed.line_total),
        allowance_total=money(computed.allowance_total),
        charge_total=money(computed.charge_total),
        net=money(computed.net),
        tax=money(computed.tax),
        gross=money(computed.gross),
        rounding=money(computed.rounding) if computed.rounding else None,
        payable=money(computed.payable),
        notes=computed.notes,
        due_date=_due_date(inv),
        delivery_date=inv.tax_point if intra else inv.supply_date,
        delivery_address=inv.buyer.address if intra else None,
        means=_means(inv),
        seller_vat_as_registration=not_subject,
        seller_vat=inv.seller.vat_id if not_subject else vat_identifier(inv.seller),
        buyer_vat=None if not_subject else vat_identifier(inv.buyer),
        prepaid=money(computed.prepaid) if inv.prepaid is not None else None,
        representative=inv.tax_representative,
        seller_contact=seller_contact(inv.seller),
        representative_vat=vat_identifier(inv.tax_representative) if inv.tax_representative else None,
        **_tax_currency(computed),
    )


def seller_contact(seller: Party) -> Contact | None:
    """BG-6: the seller's contact; the seller's ``email`` is its e-mail BT-43 when the
    contact gives none (EN 16931 has no other seller e-mail term)."""
    contact = seller.contact
    if seller.email and (contact is None or contact.email is None):
        return attrs.evolve(contact or Contact(), email=seller.email)
    return contact


def _tax_currency(computed: Computed) -> dict[str, str]:
    """BT-6 and BT-111 (BR-53: the one needs the other), when the document states BT-6."""
    chosen = computed.invoice.tax_currency
    if chosen is None or computed.tax_in_tax_currency is None:
        return {}
    converted = format_amount(computed.tax_in_tax_currency, chosen.currency)
    return {"tax_currency": chosen.currency, "tax_in_tax_currency": converted}


_ZERO = Decimal(0)


def vat_identifier(party: Party) -> str | None:
    """BT-31/BT-48 as EN 16931 BR-CO-09 wants it: prefixed with the country's code. A
    number stated without one (an Israeli or Mexican VAT number) gets the party's country.
    The prefixes that are not the ISO code (Greece's EL, which BR-CO-09 names; Northern
    Ireland's XI) come from the tax-ID scheme table."""
    vat_id = party.vat_id
    if not vat_id:
        return None
    if vat_id[:2].upper() in vat_prefixes(party.country):
        return vat_id
    return f"{party.country}{vat_id}"


def _due_date(inv: Invoice) -> dt.date | None:
    """BT-9. EN 16931 needs a due date or payment terms when an amount is payable (BR-CO-25):
    without either, the amount is due on the issue date (as German civil law has it,
    BGB section 271, and as a receipt is paid)."""
    if inv.due_date is not None:
        return inv.due_date
    if inv.payment is not None and inv.payment.terms:
        return None
    return inv.issue_date


def _means(inv: Invoice) -> str | None:
    """BT-81: the document's code, else a credit transfer when an IBAN is given."""
    pay = inv.payment
    if pay is None:
        return None
    if pay.means:
        return pay.means
    if pay.iban:
        return codes.SEPA_CREDIT_TRANSFER if inv.currency == "EUR" else codes.CREDIT_TRANSFER
    return None


def _tax(component: Component) -> Tax:
    category = codes.VAT_CATEGORIES[component.category]
    return Tax(category, format_rate(component.rate) if category.rate else None)


def _row(tax: str, rate: Decimal, category: str, base: str, amount: str, reason: str | None) -> Row:
    # the breakdown states the rate even for O (0): XRechnung's BR-DE-14 needs BT-119 there, and
    # EN 16931 forbids a rate for O only on lines, allowances and charges (BR-O-05 to 07)
    entry = Tax(codes.VAT_CATEGORIES[category], format_rate(rate))
    if not entry.category.exemption:
        return Row(entry, base, amount, None, None)
    return Row(entry, base, amount, reason or entry.category.default_reason, entry.category.vatex)


def _plain(value: Decimal) -> str:
    """A quantity or price as a plain decimal, without exponent or needless zeros."""
    text = f"{value.normalize(context=EXACT):f}"
    return "0" if text in ("-0", "") else text


def _line(line: ComputedLine, currency: str, inclusive: bool) -> LineFacts:
    """BG-25. The price (BT-146) is never negative (BR-27): a negative price is written as a
    positive one on the negated quantity, the same net. With prices including tax, EN 16931
    has only net prices: the price is the line's net per unit, and the discount, allowances
    and charges (gross amounts) are inside it."""
    src = line.line
    flip = src.unit_price < 0
    quantity = -src.quantity if flip else src.quantity
    if inclusive:
        return _inclusive_line(line, quantity, currency)
    gross, off = src.gross_price, src.price_discount
    return LineFacts(
        id=str(line.index + 1),
        name=src.description,
        quantity=_plain(quantity),
        unit=src.unit,
        net=format_amount(line.net, currency),
        price=_plain(-src.unit_price if flip else src.unit_price),
        tax=_tax(line.taxes[0]),
        adjustments=_line_adjustments(line, currency),
        base_quantity=_plain(src.base_quantity) if src.base_quantity != 1 else None,
        gross_price=None if gross is None else _plain(-gross if flip else gross),
        price_discount=None if gross is None else _plain(-(off or _ZERO) if flip else (off or _ZERO)),
    )


def _inclusive_line(line: ComputedLine, quantity: Decimal, currency: str) -> LineFacts:
    """A line of an invoice with prices including tax: EN 16931 has only net prices, so the
    price is the line's net per unit with the discount, allowances and charges (gross
    amounts) inside it. When no price can carry the net (a quantity of zero, or allowances
    larger than the line), the price is 0 and one allowance or charge states the net."""
    src = line.line
    net = format_amount(line.net, currency)
    facts = LineFacts(str(line.index + 1), src.description, _plain(quantity), src.unit, net, "0",
                      _tax(line.taxes[0]))  # fmt: skip
    if quantity and (line.net == 0 or (line.net > 0) == (quantity > 0)):
        price = abs(DIVIDE.divide(line.net, quantity).quantize(Decimal("1e-10"), context=DIVIDE))
        return attrs.evolve(facts, price=_plain(price))
    if line.net == 0:
        return facts
    labels = [a.source.label for a in (*line.allowances, *line.charges)] or ["Discount"]
    amount = format_amount(abs(line.net), currency)
    balance = LineAdjustmentFacts(line.net > 0, amount, "; ".join(labels), None)
    return attrs.evolve(facts, adjustments=(balance,))


def _line_adjustments(line: ComputedLine, currency: str) -> tuple[LineAdjustmentFacts, ...]:
    """The line's allowances (BG-27: the one-field discount first, as reason code 95
    "Discount", then the EN 16931 ones) and charges (BG-28), each with its percentage and
    base (BT-138/137, BT-143/142) when it was given as a percentage."""
    out = []
    discount = line.line.discount
    if line.discount:
        rate = discount.percent if discount is not None else None
        amount = format_amount(line.discount, currency)
        out.append(LineAdjustmentFacts(
            False, amount, "Discount", codes.DISCOUNT_REASON, None if rate is None else _plain(rate),
            None if rate is None else format_amount(line.amount, currency),
        ))  # fmt: skip
    for entry in (*line.allowances, *line.charges):
        given = entry.source
        of = entry.base if given.percent is not None else None
        out.append(LineAdjustmentFacts(
            given.charge, format_amount(entry.amount, currency), given.reason, given.reason_code,
            None if of is None or given.percent is None else _plain(given.percent),
            None if of is None else format_amount(of, currency),
        ))  # fmt: skip
    return tuple(out)


def _adjustment(entry: ComputedAdjustment, money: Callable[[Decimal], str], *, charge: bool) -> Adjustment:
    """BG-20/BG-21 with the reason, its code, and the percentage of a base as stated."""
    src = entry.source
    stated = src.percent is not None and src.base is not None
    return Adjustment(
        charge,
        money(entry.net),
        src.reason or None,
        _tax(entry.taxes[0]),
        reason_code=src.reason_code,
        percent=format_rate(src.percent) if stated and src.percent is not None else None,
        base=money(src.base) if stated and src.base is not None else None,
    )


def _problems(computed: Computed, profile: Profile) -> list[Problem]:
    """What EN 16931 or the profile cannot express, each with the field to change."""
    inv = computed.invoice
    out: list[Problem] = []
    if minor_units(computed.currency) > 2:
        out.append(
            Problem("currency", f"{computed.currency} has 3 decimals; EN 16931 amounts have at most 2")
        )
    if not inv.seller.vat_id:
        out.append(Problem("seller.vat_id", "an e-invoice needs the seller's VAT ID (EN 16931 BR-CO-26)"))
    items = [(f"lines[{c.index}]", c.taxes) for c in computed.lines]
    items += [(f"allowances[{i}]", a.taxes) for i, a in enumerate(computed.allowances)]
    items += [(f"charges[{i}]", c.taxes) for i, c in enumerate(computed.charges)]
    for path, taxes in items:
        if len(taxes) != 1 or taxes[0].tax not in codes.TAX_SCHEMES:
            names = " + ".join(t.tax for t in taxes) or "no tax"
            out.append(Problem(path, f"taxed with {names}: EN 16931 e-invoices state exactly one VAT"))
    categories = {row.category for row in computed.taxes}
    if "O" in categories and len(categories) > 1:
        out.append(Problem("lines", "EN 16931 (BR-O-11): 'not subject to VAT' cannot share an invoice "
                                    "with other VAT categories; issue two invoices"))  # fmt: skip
    out += _rounding_problems(computed)
    out += _base_problems(computed)
    if profile.basic and computed.rounding:
        field = "rounding_amount" if inv.rounding_amount else "cash_rounding"
        out.append(Problem(field, "Factur-X BASIC has no rounding amount (BT-114): use en16931"))
    out += profile.problems(inv)
    return out


def _base_problems(computed: Computed) -> list[Problem]:
    """A stated base of a percentage (BT-93, BT-100, BT-137, BT-142) is an amount: at most
    the currency's decimals (BR-DEC-05, 10, 25, 28), which rounding it would silently change."""
    unit = Decimal(1).scaleb(-minor_units(computed.currency))
    bases = [(f"allowances[{i}].base" if not a.source.charge else f"charges[{i}].base", a.source.base)
             for group in (computed.allowances, computed.charges) for i, a in enumerate(group)]  # fmt: skip
    for line in computed.lines:
        for kind, entries in (("allowances", line.allowances), ("charges", line.charges)):
            bases += [(f"lines[{line.index}].{kind}[{j}].base", e.source.base) for j, e in enumerate(entries)]
    return [
        Problem(path, f"{base} has more decimals than {computed.currency} amounts: EN 16931 cannot state it")
        for path, base in bases
        if base is not None and EXACT.remainder(base, unit) != 0
    ]


def _rounding_problems(computed: Computed) -> list[Problem]:
    """EN 16931's rules let a category's VAT differ from base x rate by less than one unit
    (BR-CO-17, :mod:`.tolerance`). Rounding each line can drift further (a few lines in yen,
    hundreds in euros): such an invoice is computed right for its rounding rule, but an
    e-invoice cannot carry it."""
    out = []
    for row in computed.taxes:
        if not tolerance.accepted(row.amount, row.base, row.rate):
            stated = format_amount(row.amount, computed.currency)
            message = (
                f"the {format_rate(row.rate)} % VAT rounded per line is {stated}, base x rate is"
                f" {tolerance.expected(row.base, row.rate)}: EN 16931 (BR-CO-17) allows less than 1"
                ' between them; round per document ("document")'
            )
            out.append(Problem("rounding.level", message))
    return out
