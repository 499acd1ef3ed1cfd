"""The computed invoice: line results, the tax breakdown and the totals, all exact.

``Computed.to_dict()`` gives the JSON shape documented in docs/format.md.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from .builders import Weakrefable, builder
from .errors import Problem
from .first_use import ModuleOnFirstUse, names_from
from .model import Invoice, Line, Rounding
from .money import format_amount, format_rate
from .reprs import fields_repr
from .taxtable.provider import Component

if TYPE_CHECKING:
    from . import model_parts, result_parts
    from .result_parts import ComputedAdjustment as ComputedAdjustment
    from .result_parts import ComputedLineAdjustment as ComputedLineAdjustment
    from .rules import legal_note
else:  # the model's stand-in: the annotations of result_parts' classes (whose home is this
    # module, where typing.get_type_hints looks names up) name the model's parts through it
    from .model import model_parts  # noqa: F401

    legal_note = ModuleOnFirstUse("invoicekit.rules.legal_note", globals(), "legal_note")

#: The computed allowances and charges (of lines and of the document), defined in
#: :mod:`invoicekit.result_parts` when first asked for, as a document without them does not
#: need their classes (start-up); their ``__module__`` is this module, which names them.
PARTS = frozenset({"ComputedAdjustment", "ComputedLineAdjustment"})
if not TYPE_CHECKING:  # the annotations below name them through it
    result_parts = ModuleOnFirstUse("invoicekit.result_parts", globals(), "result_parts")
__getattr__ = names_from("invoicekit.result_parts", __name__, PARTS)


@frozen
class ComputedLine(Weakrefable):
    """One line after computation. ``net + tax = gross``; ``tax`` is the line's share of the
    group taxes (exact to the minor unit, the shares of a group add up to its tax).

    ``net`` is the line net amount BT-131 = ``amount - discount - sum(allowances) +
    sum(charges)`` (with prices including tax, the same on gross amounts)."""

    __repr__ = fields_repr

    index: int
    line: Line
    amount: Decimal  # quantity x net price / base quantity, rounded, before the discount
    discount: Decimal  # the discount amount, rounded
    net: Decimal
    tax: Decimal
    gross: Decimal
    taxes: tuple[Component, ...]
    jurisdiction: str
    reason: str
    allowances: tuple[result_parts.ComputedLineAdjustment, ...] = ()
    charges: tuple[result_parts.ComputedLineAdjustment, ...] = ()


@frozen
class TaxSubtotal(Weakrefable):
    """One row of the tax breakdown: a tax at one rate and category, its base and amount."""

    __repr__ = fields_repr

    tax: str
    rate: Decimal
    category: str
    base: Decimal
    amount: Decimal
    reason: str | None = None


@frozen
class Computed(Weakrefable):
    """Everything an invoice states after computation. Amounts are Decimals with the
    currency's minor units; credit notes carry positive amounts (the kind says credit)."""

    __repr__ = fields_repr

    invoice: Invoice
    currency: str
    rounding_rule: Rounding
    lines: tuple[ComputedLine, ...]
    allowances: tuple[result_parts.ComputedAdjustment, ...]
    charges: tuple[result_parts.ComputedAdjustment, ...]
    taxes: tuple[TaxSubtotal, ...]
    line_total: Decimal
    allowance_total: Decimal
    charge_total: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    rounding: Decimal
    payable: Decimal
    reverse_charge: bool
    #: the document's own notes (BT-22) as written; ``notes`` adds the legal notes in ``locale``
    own_notes: tuple[str, ...] = field(alias="notes")
    #: the tax rules' notes as message ids and codes: each output words them in its language
    legal_notes: tuple[legal_note.LegalNote, ...] = ()
    locale: str = "en"
    #: Computable but probably unintended (a negative invoice total): the CLI prints them.
    warnings: tuple[Problem, ...] = ()
    #: BT-113, the amount already paid; ``payable = gross - prepaid + rounding`` (BR-CO-16)
    prepaid: Decimal = Decimal(0)
    #: BT-111, the total tax in the VAT accounting currency (``invoice.tax_currency``), when given
    tax_in_tax_currency: Decimal | None = None

    @property
    def notes(self) -> tuple[str, ...]:
        """The document's notes, then the legal notes worded in ``locale`` (the presentation
        step translates them; the computed result itself holds codes only)."""
        return (*self.own_notes, *(note.text(self.locale) for note in self.legal_notes))

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready shape: amounts as strings with the currency's minor units,
        rates as plain decimals in percent."""
        cur = self.currency

        def money(value: Decimal) -> str:
            return format_amount(value, cur)

        def breakdown(row: TaxSubtotal) -> dict[str, str]:
            out = {
                "tax": row.tax,
                "rate": format_rate(row.rate),
                "category": row.category,
                "base": money(row.base),
                "amount": money(row.amount),
            }
            if row.reason:
                out["reason"] = row.reason
            return out

        def adjustment(entry: result_parts.ComputedAdjustment) -> dict[str, Any]:
            src = entry.source
            code = {"reason_code": src.reason_code} if src.reason_code else {}
            if src.percent is not None and src.base is not None:  # BT-94/101 of BT-93/100, as stated
                code |= {"percent": format_rate(src.percent), "base": money(src.base)}
            return {"reason": entry.source.label, **code, "net": money(entry.net), "tax": money(entry.tax),
                    "gross": money(entry.gross), "taxes": components(entry.taxes)}  # fmt: skip

        def components(taxes: tuple[Component, ...]) -> list[dict[str, str]]:
            return [{"tax": c.tax, "rate": format_rate(c.rate), "category": c.category} for c in taxes]

        inv = self.invoice
        return {
            "kind": inv.kind,
            "number": inv.number,
            "issue_date": inv.issue_date.isoformat(),
            "tax_point": inv.tax_point.isoformat(),
            "due_date": inv.due_date.isoformat() if inv.due_date else None,
            "currency": cur,
            "net": money(self.net),
            "tax": money(self.tax),
            "gross": money(self.gross),
            "rounding": money(self.rounding),
            **({"prepaid": money(self.prepaid)} if inv.prepaid is not None else {}),
            "payable": money(self.payable),
            "reverse_charge": self.reverse_charge,
            "taxes": [breakdown(row) for row in self.taxes],
            "lines": [_line_dict(line, money, components(line.taxes)) for line in self.lines],
            "allowances": [adjustment(a) for a in self.allowances],
            "charges": [adjustment(c) for c in self.charges],
            **self._tax_currency_dict(),
            "notes": list(self.notes),
            "warnings": [str(w) for w in self.warnings],
        }

    def _tax_currency_dict(self) -> dict[str, Any]:
        """``"tax_currency"``: BT-6, the rate and BT-111, only when the document gives them."""
        chosen = self.invoice.tax_currency
        if chosen is None or self.tax_in_tax_currency is None:
            return {}
        tax = format_amount(self.tax_in_tax_currency, chosen.currency)
        rate = f"{chosen.exchange_rate:f}"
        return {"tax_currency": {"currency": chosen.currency, "exchange_rate": rate, "tax": tax}}


def _line_adjustment_dict(
    entry: result_parts.ComputedLineAdjustment, money: Callable[[Decimal], str]
) -> dict[str, str]:
    """A line allowance or charge: its reason, code, percentage and base as given, amount computed."""
    out = {"amount": money(entry.amount)}
    if entry.source.percent is not None:
        out["percent"] = format_rate(entry.source.percent)
    if entry.base is not None:
        out["base"] = f"{entry.base:f}"
    if entry.source.reason:
        out["reason"] = entry.source.reason
    if entry.source.reason_code:
        out["reason_code"] = entry.source.reason_code
    return out


def _line_dict(
    line: ComputedLine, money: Callable[[Decimal], str], taxes: list[dict[str, str]]
) -> dict[str, Any]:
    """One line of :meth:`Computed.to_dict`; line allowances and charges only when it has them
    (so that documents without them keep their JSON unchanged)."""
    out: dict[str, Any] = {
        "net": money(line.net),
        "tax": money(line.tax),
        "gross": money(line.gross),
        "taxes": taxes,
        "jurisdiction": line.jurisdiction,
        "reason": line.reason,
    }
    if line.allowances:
        out["allowances"] = [_line_adjustment_dict(a, money) for a in line.allowances]
    if line.charges:
        out["charges"] = [_line_adjustment_dict(c, money) for c in line.charges]
    return out


# The engine's own constructors of its result values (a ComputedLine per line, a
# TaxSubtotal per breakdown row, a Computed per invoice): a builder with the same slots,
# filled by plain attribute stores and then turned into the frozen class (see
# invoicekit/builders.py: attrs' generated ``__init__`` sets each field through
# ``object.__setattr__``). These classes have no validators or converters, and the
# factories take every field, defaults included, so nothing is skipped;
# tests/test_compute_factories.py checks that the objects equal the public constructor's,
# with the same repr and hash, and that every field is set.

#: filled inline by the short way of invoicekit/plain.py, one per line
ComputedLineBuilder = builder(ComputedLine)
_SubtotalBuilder = builder(TaxSubtotal)
_ComputedBuilder = builder(Computed)


def computed_line(
    index: int,
    line: Line,
    amount: Decimal,
    discount: Decimal,
    net: Decimal,
    tax: Decimal,
    gross: Decimal,
    taxes: tuple[Component, ...],
    jurisdiction: str,
    reason: str,
    allowances: tuple[result_parts.ComputedLineAdjustment, ...],
    charges: tuple[result_parts.ComputedLineAdjustment, ...],
) -> ComputedLine:
    """``ComputedLine(index, line, ...)``, for the engine (the arguments are its own values)."""
    made = ComputedLineBuilder()
    made.index = index
    made.line = line
    made.amount = amount
    made.discount = discount
    made.net = net
    made.tax = tax
    made.gross = gross
    made.taxes = taxes
    made.jurisdiction = jurisdiction
    made.reason = reason
    made.allowances = allowances
    made.charges = charges
    made.__class__ = ComputedLine
    result: ComputedLine = made
    return result


def tax_subtotal(
    tax: str, rate: Decimal, category: str, base: Decimal, amount: Decimal, reason: str | None
) -> TaxSubtotal:
    """``TaxSubtotal(tax, rate, ...)``, for the engine."""
    made = _SubtotalBuilder()
    made.tax = tax
    made.rate = rate
    made.category = category
    made.base = base
    made.amount = amount
    made.reason = reason
    made.__class__ = TaxSubtotal
    result: TaxSubtotal = made
    return result


def computed(
    invoice: Invoice,
    currency: str,
    rounding_rule: Rounding,
    lines: tuple[ComputedLine, ...],
    allowances: tuple[ComputedAdjustment, ...],
    charges: tuple[ComputedAdjustment, ...],
    taxes: tuple[TaxSubtotal, ...],
    line_total: Decimal,
    allowance_total: Decimal,
    charge_total: Decimal,
    net: Decimal,
    tax: Decimal,
    gross: Decimal,
    rounding: Decimal,
    payable: Decimal,
    reverse_charge: bool,
    notes: tuple[str, ...],
    legal_notes: tuple[legal_note.LegalNote, ...],
    locale: str,
    warnings: tuple[Problem, ...],
    prepaid: Decimal,
    tax_in_tax_currency: Decimal | None,
    /,
) -> Computed:
    """``Computed(invoice, ...)`` with every field given in the class's order, for the engine
    (``notes`` is the ``own_notes`` field). Positional only: binding 22 keyword arguments
    costs about 13,000 instructions a call under callgrind, 1,000 for 22 positional ones."""
    made = _ComputedBuilder()
    made.invoice = invoice
    made.currency = currency
    made.rounding_rule = rounding_rule
    made.lines = lines
    made.allowances = allowances
    made.charges = charges
    made.taxes = taxes
    made.line_total = line_total
    made.allowance_total = allowance_total
    made.charge_total = charge_total
    made.net = net
    made.tax = tax
    made.gross = gross
    made.rounding = rounding
    made.payable = payable
    made.reverse_charge = reverse_charge
    made.own_notes = notes
    made.legal_notes = legal_notes
    made.locale = locale
    made.warnings = warnings
    made.prepaid = prepaid
    made.tax_in_tax_currency = tax_in_tax_currency
    made.__class__ = Computed
    result: Computed = made
    return result
