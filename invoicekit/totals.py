"""The engine's last steps, shared by its general steps (:mod:`invoicekit.compute`) and its
short way for plain invoices (:mod:`invoicekit.plain`): the largest-remainder shares in
whole units, the tax breakdown rows, and the document's totals, payable amount, notes and
warnings."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import Problem
from .language import document_locale
from .model import Invoice, Rounding
from .money import EXACT, quantum, round_to, round_to_step
from .result import Computed, ComputedLine, TaxSubtotal, computed, tax_subtotal
from .rules import Treatment
from .taxtable.vocabulary import CATEGORY_CODES, TAX_CODES

if TYPE_CHECKING:  # defined on first use (invoicekit.result_parts): named here for type checkers
    from .result_parts import ComputedAdjustment
    from .rules.notes import LegalNote

ZERO = Decimal(0)
ONE = Decimal(1)
#: 1 / unit for the minor units of ISO 4217 (0 to 4 decimals)
PER_UNIT = {Decimal(1).scaleb(-k): Decimal(10**k) for k in range(5)}
_TAX_ORDER = {code: i for i, code in enumerate(TAX_CODES)}

GroupKey = tuple[str, Decimal, str]  # tax, rate, EN 16931 category


def floors(units: int, counts: list[int], whole: int) -> list[int]:
    """``units`` shared over ``counts`` (adding up to ``whole``, not zero) by largest remainder."""
    shares = [units * count // whole for count in counts]
    left = units - sum(shares)
    if left:
        # units * count % whole / whole is the fraction in [0, 1) (negated when whole < 0)
        if whole > 0:
            remainders = [units * count % whole for count in counts]
        else:
            remainders = [-(units * count % whole) for count in counts]
        for i in sorted(range(len(counts)), key=remainders.__getitem__, reverse=True)[:left]:
            shares[i] += 1
    return shares


def subtotals(base: dict[GroupKey, Decimal], amount: dict[GroupKey, Decimal]) -> tuple[TaxSubtotal, ...]:
    """The breakdown rows, in the order of the taxes, then by falling rate, then category."""
    keys = sorted(base, key=_row_order) if len(base) > 1 else base
    rows = []
    for key in keys:
        tax, rate, category = key
        reason = None if category == "S" else CATEGORY_CODES.get(category)
        rows.append(tax_subtotal(tax, rate, category, base[key], amount[key], reason))
    return tuple(rows)


def _row_order(key: GroupKey) -> tuple[int, Decimal, str]:
    return (_TAX_ORDER.get(key[0], 99), -key[1], key[2])


def result(
    invoice: Invoice,
    rule: Rounding,
    unit: Decimal,
    lines: tuple[ComputedLine, ...],
    allowances: tuple[ComputedAdjustment, ...],
    charges: tuple[ComputedAdjustment, ...],
    rows: tuple[TaxSubtotal, ...],
    treatments: list[Treatment],
    line_total: Decimal | None = None,
) -> Computed:
    """The totals, the payable amount after cash rounding, notes and warnings
    (``treatments``: in the order the lines, allowances and charges first use them;
    ``line_total``: the sum of the lines' net amounts, when the caller has it)."""
    if line_total is None:
        line_total = sum([line.net for line in lines], ZERO)
    allowance_total = sum([a.net for a in allowances], ZERO) if allowances else ZERO
    charge_total = sum([c.net for c in charges], ZERO) if charges else ZERO
    net = line_total - allowance_total + charge_total
    tax = sum([row.amount for row in rows], ZERO)
    gross = net + tax
    prepaid = invoice.prepaid or ZERO
    payable = _payable(invoice, gross, prepaid, unit)
    reverse_charge, legal_notes = _notes(treatments)
    converted = None if invoice.tax_currency is None else _tax_in_tax_currency(invoice, tax, rule)
    warnings = _warnings(invoice, gross, payable) if gross < 0 or payable < 0 else ()
    # the fields in Computed's order (computed() takes them positionally: see its docstring)
    return computed(
        invoice, invoice.currency, rule, lines, allowances, charges, rows,
        line_total, allowance_total, charge_total, net, tax, gross,
        payable - gross + prepaid,  # rounding
        payable, reverse_charge,
        invoice.notes, legal_notes, document_locale(invoice), warnings,
        prepaid, converted,  # tax_in_tax_currency
    )  # fmt: skip


def _notes(treatments: list[Treatment]) -> tuple[bool, tuple[LegalNote, ...]]:
    """Whether any treatment is a reverse charge, and every legal note the treatments ask
    for, once, in the order they first appear."""
    reverse_charge = False
    notes: list[LegalNote] = []
    for treatment in treatments:
        if treatment.reverse_charge:
            reverse_charge = True
        for note in treatment.notes:
            if note not in notes:
                notes.append(note)
    return reverse_charge, tuple(notes)


def _warnings(invoice: Invoice, gross: Decimal, payable: Decimal) -> tuple[Problem, ...]:
    """What is computable but probably not what the seller meant. An invoice or receipt
    that sums to less than zero is a refund in disguise: the document for it is a credit
    note, which names the invoice it corrects. (Some countries accept negative invoices, so
    this warns rather than refuses.) A prepaid amount above the total leaves a negative
    amount payable: money owed back, which is also worth a look."""
    if gross < 0 and invoice.kind != "credit_note":
        where = "allowances" if invoice.allowances else "lines"
        if not invoice.allowances and any(charge.amount < 0 for charge in invoice.charges):
            where = "charges"  # a negative charge took it below zero
        return (Problem(where, f"the {invoice.kind} total is negative ({gross}): a refund is a credit note"),)
    if payable < 0 and invoice.prepaid:
        return (
            Problem(
                "prepaid",
                f"{invoice.prepaid} is more than the total {gross}: the amount payable is {payable}",
            ),
        )
    return ()


def _payable(invoice: Invoice, gross: Decimal, prepaid: Decimal, unit: Decimal) -> Decimal:
    """BT-115 = BT-112 - BT-113 + BT-114 (BR-CO-16). The stated rounding amount is added
    first; cash rounding then moves the result to a multiple of its step, so it applies
    after the prepayment (what is rounded is what is paid) and BT-114 is the sum of both."""
    due = gross - prepaid + (invoice.rounding_amount or ZERO)
    return round_to_step(due, invoice.cash_rounding, unit) if invoice.cash_rounding else due


def _tax_in_tax_currency(invoice: Invoice, tax: Decimal, rule: Rounding) -> Decimal | None:
    """BT-111: the total tax BT-110 x the exchange rate, rounded once to the minor unit of
    the VAT accounting currency BT-6 with the document's rounding mode. Article 230 of
    Directive 2006/112/EC asks for the VAT payable in the national currency: the total, so
    the total is converted (not each rate's amount, which could round to a different sum)."""
    chosen = invoice.tax_currency
    if chosen is None:
        return None
    return round_to(EXACT.multiply(tax, chosen.exchange_rate), quantum(chosen.currency), rule.mode)
