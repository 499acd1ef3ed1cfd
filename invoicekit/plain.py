"""The engine's short way for a plain invoice: prices excluding tax, tax per group, no
allowance or charge, and every line plain (quantity x price, no base quantity, discount,
line allowance, line charge or kind of supply of its own) with a remembered treatment that
has components. Most invoices are plain, so they take one pass over the lines for the
amounts and groups and one for the result lines, with the amounts also counted in whole
minor units (Python integers) for the shares, the group sums and the line total.

Every value is the one the general steps of :mod:`invoicekit.compute` give: the same
roundings of the same exact values, with the same exponents (a sum of amounts of exponent
-k, from ``Decimal(0)``, is the unit times their count of units; a line's tax is the sum
of its shares). A document that turns out not to be plain half-way, or a group whose
amounts add up to zero (its shares are each item's own tax), gets None and is computed by
the general steps; ``tests/test_compute_plain.py`` compares the two ways.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Context, Decimal

from .model import Invoice, Rounding
from .money import DIVIDE, ROUNDING_MODES
from .result import Computed, ComputedLine, computed_line
from .rules import Treatment
from .totals import ONE, PER_UNIT, GroupKey, floors, result, subtotals


def _rounding(mode: str) -> Context:
    """DIVIDE with the rounding ``mode``: ``x.quantize(unit, mode, DIVIDE)`` as one call of
    a bound method (``Decimal.quantize`` with a rounding argument parses its keywords and
    copies the context on every call)."""
    context = DIVIDE.copy()
    context.rounding = mode
    return context


_QUANTIZE = {name: _rounding(mode).quantize for name, mode in ROUNDING_MODES.items()}


def plain_invoice(
    invoice: Invoice, rule: Rounding, unit: Decimal, known: dict[str, Treatment]
) -> Computed | None:
    """The result of a plain invoice (run in the engine's exact context), or None."""
    quantize = _QUANTIZE[rule.mode]
    per_unit = PER_UNIT.get(unit) or ONE / unit
    amounts: list[Decimal] = []
    counts: list[int] = []  # each amount in whole units
    treatments: list[Treatment] = []
    groups: dict[str, list[int]] = {}  # the lines of each category, in document order
    for i, line in enumerate(invoice.lines):
        category = line.category
        treatment = known.get(category)
        if (
            treatment is None
            or line.supply is not None
            or line.discount is not None
            or line.allowances
            or line.charges
            or line.base_quantity != ONE
        ):
            return None
        amount = quantize(line.quantity * line.unit_price, unit)
        amounts.append(amount)
        counts.append(int(amount * per_unit))
        treatments.append(treatment)
        members = groups.get(category)
        if members is None:
            groups[category] = [i]
        else:
            members.append(i)
    taxed = _taxes(groups, treatments, counts, unit, quantize, per_unit)
    if taxed is None:
        return None
    units, bases, taxes = taxed
    lines = _lines(invoice, amounts, units, treatments, unit)
    first = [treatments[members[0]] for members in groups.values()]
    line_total = unit * sum(counts)  # the sum of the amounts, exponent and all
    return result(invoice, rule, unit, lines, (), (), subtotals(bases, taxes), first, line_total)


def _pools(groups: dict[str, list[int]], treatments: list[Treatment]) -> dict[GroupKey, list[int]] | None:
    """The lines of each tax group (tax, rate, category), in document order; None when a
    treatment has no components (its lines keep a tax of ``Decimal(0)``, not zero units)."""
    pools: dict[GroupKey, list[int]] = {}
    shared: list[GroupKey] = []
    for members in groups.values():
        components = treatments[members[0]].components
        if not components:
            return None
        for c in components:
            key = (c.tax, c.rate, c.category)
            if key in pools:
                shared.append(key)
            else:
                pools[key] = members
    for key in shared:  # a group named by two treatments: gathered again, in document order
        pools[key] = [
            i for i, t in enumerate(treatments) for c in t.components if (c.tax, c.rate, c.category) == key
        ]
    return pools


def _taxes(
    groups: dict[str, list[int]],
    treatments: list[Treatment],
    counts: list[int],
    unit: Decimal,
    quantize: Callable[[Decimal, Decimal], Decimal],
    per_unit: Decimal,
) -> tuple[list[int], dict[GroupKey, Decimal], dict[GroupKey, Decimal]] | None:
    """Each line's tax in whole units, and the bases and amounts by group, as the general
    steps' ``_added_groups``; None for a group that adds up to zero."""
    pools = _pools(groups, treatments)
    if pools is None:
        return None
    units = [0] * len(counts)
    base: dict[GroupKey, Decimal] = {}
    amount: dict[GroupKey, Decimal] = {}
    for key, members in pools.items():
        weights = [counts[i] for i in members]
        whole = sum(weights)
        if whole == 0:
            return None
        group_base = unit * whole  # sum(amounts, Decimal(0)): the same value and exponent
        tax = quantize((group_base * key[1]).scaleb(-2), unit)  # round_to(percent_of(...))
        for i, share in zip(members, floors(int(tax * per_unit), weights, whole), strict=True):
            units[i] += share
        base[key] = group_base
        amount[key] = tax
    return units, base, amount


def _lines(
    invoice: Invoice, amounts: list[Decimal], units: list[int], treatments: list[Treatment], unit: Decimal
) -> tuple[ComputedLine, ...]:
    """The result lines: net = amount, tax = its units, gross = net + tax (made by
    :func:`invoicekit.result.computed_line`, as the general steps make theirs)."""
    no_discount = unit - unit
    out = []
    for i, line in enumerate(invoice.lines):
        amount = amounts[i]
        treatment = treatments[i]
        tax = unit * units[i]
        out.append(
            computed_line(
                i, line, amount, no_discount, amount, tax, amount + tax, treatment.components,
                treatment.jurisdiction, treatment.reason, (), (),
            )
        )  # fmt: skip
    return tuple(out)
