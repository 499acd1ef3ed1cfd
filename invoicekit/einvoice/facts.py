"""What an EN 16931 e-invoice states, from a :class:`Computed`: formatted once, for both syntaxes.

The UBL and CII writers only place these values; every amount is one of ``compute``'s,
formatted with the currency's minor units (EN 16931 allows at most two decimals,
BR-DEC-*). What the model cannot say in EN 16931 (a tax that is not VAT, two taxes on one
line, three-decimal currencies) is refused with an :class:`InvoiceError` naming the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from attrs import frozen

from ..errors import InvoiceError, Problem
from ..model import Address, Invoice, Party
from ..money import DIVIDE, EXACT, format_amount, format_rate, minor_units, percent_of
from ..result import Computed, ComputedAdjustment, ComputedLine
from ..taxtable.provider import Component
from . import codes
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
    """A document-level allowance (BG-20) or charge (BG-21)."""

    charge: bool
    amount: str
    reason: str
    tax: Tax


@frozen
class LineFacts:
    """One invoice line (BG-25)."""

    id: str
    name: str
    quantity: str
    unit: str
    net: str
    price: str
    tax: Tax
    discount: str | None  # a line allowance (BG-27): amount
    discount_base: str | None
    discount_percent: str | None


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
    )


# VAT identifiers whose prefix is not the ISO 3166-1 code of the country: Greece (EL, which
# BR-CO-09 names) and Northern Ireland's XI (HMRC, under the Windsor Framework).
_PREFIXES = {"GR": ("EL",), "GB": ("GB", "XI")}


def vat_identifier(party: Party) -> str | None:
    """BT-31/BT-48 as EN 16931 BR-CO-09 wants it: prefixed with the country's code. A
    number stated without one (an Israeli or Mexican VAT number) gets the party's country."""
    vat_id = party.vat_id
    if not vat_id:
        return None
    if vat_id[:2].upper() in _PREFIXES.get(party.country, (party.country,)):
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
    has only net prices: the price is the line's net per unit and the discount is inside it."""
    src = line.line
    quantity, price = src.quantity, src.unit_price
    if price < 0:
        quantity, price = -quantity, -price
    discount = base = percent = None
    if inclusive:
        if quantity:
            price = abs(DIVIDE.divide(line.net, quantity).quantize(Decimal("1e-10"), context=DIVIDE))
    elif line.discount:
        discount = format_amount(line.discount, currency)
        if src.discount is not None and src.discount.percent is not None:
            base = format_amount(line.amount, currency)
            percent = _plain(src.discount.percent)
    return LineFacts(
        id=str(line.index + 1),
        name=src.description,
        quantity=_plain(quantity),
        unit=src.unit,
        net=format_amount(line.net, currency),
        price=_plain(price),
        tax=_tax(line.taxes[0]),
        discount=discount,
        discount_base=base,
        discount_percent=percent,
    )


def _adjustment(entry: ComputedAdjustment, money: Callable[[Decimal], str], *, charge: bool) -> Adjustment:
    return Adjustment(charge, money(entry.net), entry.source.reason, _tax(entry.taxes[0]))


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
    if profile.basic and computed.rounding:
        out.append(Problem("cash_rounding", "Factur-X BASIC has no rounding amount (BT-114): use en16931"))
    out += profile.problems(inv)
    return out


def _rounding_problems(computed: Computed) -> list[Problem]:
    """EN 16931 lets a category's VAT differ from base x rate by at most one unit (BR-CO-17).
    Rounding each line can drift further (a few lines in yen, hundreds in euros): such an
    invoice is computed right for its rounding rule, but an e-invoice cannot carry it."""
    out = []
    for row in computed.taxes:
        expected = percent_of(row.base, row.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if abs(row.amount - expected) > 1:
            stated = format_amount(row.amount, computed.currency)
            message = (
                f"the {format_rate(row.rate)} % VAT rounded per line is {stated}, base x rate is {expected}:"
                ' EN 16931 (BR-CO-17) allows 1 between them; round per document ("document")'
            )
            out.append(Problem("rounding.level", message))
    return out

