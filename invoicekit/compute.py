"""The computation engine: from an :class:`Invoice` to a :class:`Computed`, exactly.

Rules (docs/format.md, "Computation"):

- line amount = round(quantity x unit price / base quantity, less the discount) to the
  currency's minor unit; less each line allowance and plus each line charge, each rounded
  to the minor unit: the line net amount BT-131 (EN 16931; BR-CO-10 sums them into BT-106);
- tax is computed once per tax, rate and category on the sum of the amounts of that group
  (EN 16931), or per line with ``rounding.level = "line"``; each component of a
  multi-component tax (GST + QST) on the same base, rounded separately;
- with prices including tax, a group's tax is round(gross x rate / (100 + total rate)) and
  net = gross - tax;
- each group's tax is shared out over its lines (largest remainder), so that every line,
  allowance and charge has net + tax = gross and the shares add up to the group's tax;
- cash rounding moves the amount payable to a multiple of the step; tax is not re-rounded.
"""

from __future__ import annotations

import decimal
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from .errors import ArgumentError, InvoiceError, Problem, RateNotFound, RateNotInForce, expect
from .model import Invoice, Line, Rounding
from .money import DIVIDE, EXACT, ROUNDING_MODES, percent_of, quantum, round_to
from .plain import plain_invoice
from .result import Computed, ComputedLine, TaxSubtotal, computed_line
from .rules import Treatment, decide
from .rules.treatment import remembered
from .taxtable.provider import Component, RateProvider
from .taxtable.table import TaxTable  # loaded with the rules anyway
from .totals import PER_UNIT as _PER_UNIT
from .totals import GroupKey, floors, result, subtotals

if TYPE_CHECKING:  # invoicekit.model_parts, loaded when a document has them
    from . import result_parts
    from .model import AllowanceCharge, LineAdjustment
else:  # the result's stand-in: imports invoicekit.result_parts when an adjustment is computed
    from .result import result_parts

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_ONE = Decimal(1)


def allocate(
    total: Decimal,
    weights: list[Decimal],
    unit: Decimal,
    own: Callable[[Decimal], Decimal] | None = None,
) -> list[Decimal]:
    """Share ``total`` over ``weights`` (all multiples of ``unit``) in proportion, exactly.

    Largest-remainder method: every share is a multiple of ``unit`` and the shares add up
    to ``total``; ties go to the earlier item, so the result is deterministic. When the
    weights add up to zero (a sale and its return), each item takes ``own(weight)``, its own
    rounded tax, and the largest item absorbs any difference from ``total``. The proportions
    are taken in whole units (Python integers: exact, and far cheaper than 100-digit
    Decimal quotients).

    >>> allocate(Decimal("0.10"), [Decimal(1), Decimal(1), Decimal(1)], Decimal("0.01"))
    [Decimal('0.04'), Decimal('0.03'), Decimal('0.03')]
    """
    if not weights:
        return []
    per_unit = _PER_UNIT[unit] if unit in _PER_UNIT else _ONE / unit  # unit is a power of ten
    # to_integral_exact raises decimal.Inexact (trapped) for a weight that is not a multiple
    # of unit, rather than truncating it
    counts = [int(EXACT.to_integral_exact(EXACT.multiply(w, per_unit))) for w in weights]
    whole = sum(counts)
    if whole == 0:
        return _own_shares(total, weights, unit, own)
    units = int(EXACT.to_integral_exact(EXACT.divide(total, unit)))
    return [EXACT.multiply(Decimal(floor), unit) for floor in floors(units, counts, whole)]


def _own_shares(
    total: Decimal, weights: list[Decimal], unit: Decimal, own: Callable[[Decimal], Decimal] | None
) -> list[Decimal]:
    """Weights that add up to zero: each item's own tax, the largest item absorbing the rest."""
    shares = [own(w) if own else _ZERO * unit for w in weights]
    largest = max(range(len(weights)), key=lambda i: (abs(weights[i]), -i))
    shares[largest] += total - sum(shares, _ZERO)
    return shares


def _shares(
    total: Decimal, weights: list[Decimal], unit: Decimal, own: Callable[[Decimal], Decimal]
) -> list[Decimal]:
    """:func:`allocate` for the engine, whose amounts are all rounded to ``unit`` already
    (so each is a whole number of units and the unchecked ``int`` is exact), in its exact
    context (so the operators need no context argument)."""
    per_unit = _PER_UNIT.get(unit) or _ONE / unit
    counts = [int(w * per_unit) for w in weights]
    whole = sum(counts)
    if whole == 0:
        return _own_shares(total, weights, unit, own)
    return [Decimal(floor) * unit for floor in floors(int(total * per_unit), counts, whole)]


class _Item:
    """A line, allowance or charge while computing: its rounded amount, treatment and share
    of the tax; for a line that is not plain (see :func:`_priced_lines`), its price."""

    __slots__ = ("amount", "price", "sign", "tax", "treatment")

    def __init__(
        self, amount: Decimal, sign: int, treatment: Treatment, price: _LinePrice | None = None
    ) -> None:
        self.amount = amount  # net (or gross with prices including tax), signed for allowances
        self.sign = sign
        self.treatment = treatment
        self.tax = _ZERO
        self.price = price


class _LinePrice(NamedTuple):
    """A line's rounded amounts: before the discount, the discount, the line net amount
    BT-131 (see :func:`_line_price`), its allowances and charges."""

    before: Decimal
    discount: Decimal
    net: Decimal
    allowances: tuple[result_parts.ComputedLineAdjustment, ...] = ()
    charges: tuple[result_parts.ComputedLineAdjustment, ...] = ()


#: The division by a base quantity is carried to 30 decimals (truncated), then the line is
#: rounded once to the minor unit: only a value within 10^-30 of a rounding tie could round
#: differently from the exact quotient, and every later product stays exact.
_BASE_QUOTIENT = Decimal(1).scaleb(-30)


def _line_raw(line: Line) -> Decimal:
    """quantity x net price / base quantity (BT-129 x BT-146 / BT-149), before rounding."""
    raw = EXACT.multiply(line.quantity, line.unit_price)
    if line.base_quantity != _ONE:
        quotient = DIVIDE.divide(raw, line.base_quantity)
        raw = quotient.quantize(_BASE_QUOTIENT, rounding=decimal.ROUND_DOWN, context=DIVIDE)
    return raw


def _line_adjustment(
    entry: LineAdjustment, before: Decimal, unit: Decimal, mode: str
) -> result_parts.ComputedLineAdjustment:
    """A stated amount rounded, or percent x base / 100 rounded (EN 16931 BT-136 = BT-137 x
    BT-138 / 100, Peppol PEPPOL-EN16931-R041/R042); the base defaults to the rounded line
    amount before any discount (an amount itself, BR-DEC-25)."""
    if entry.amount is not None:
        return result_parts.ComputedLineAdjustment(entry, entry.base, round_to(entry.amount, unit, mode))
    assert entry.percent is not None  # the loader requires amount or percent
    base = before if entry.base is None else entry.base
    amount = round_to(percent_of(base, entry.percent), unit, mode)
    return result_parts.ComputedLineAdjustment(entry, base, amount)


def _discount(line: Line, raw: Decimal, where: str, problems: list[Problem]) -> Decimal:
    """The exact amount of the original ``discount`` field: a percentage, or an amount off
    that reduces the line's magnitude (a return line's too)."""
    if line.discount is None:
        return _ZERO
    if line.discount.percent is not None:
        return percent_of(raw, line.discount.percent)
    if line.discount.amount is None:
        return _ZERO
    if line.discount.amount > abs(raw):
        problems.append(Problem(where, f"{line.discount.amount} is more than the line amount {raw}"))
    return line.discount.amount.copy_sign(raw)


def _line_price(line: Line, i: int, unit: Decimal, mode: str, problems: list[Problem]) -> _LinePrice:
    """The rounded amounts of line ``i``. BT-131 = the line amount less the discount and the
    allowances, plus the charges (EN 16931's definition of BT-131; PEPPOL-EN16931-R120)."""
    raw = _line_raw(line)
    before = round_to(raw, unit, mode)
    if line.discount is None:
        after = before  # the common case: one rounding, no discount
    else:
        discount = _discount(line, raw, f"lines[{i}].discount", problems)
        after = round_to(EXACT.subtract(raw, discount), unit, mode)
    if not (line.allowances or line.charges):
        return _LinePrice(before, EXACT.subtract(before, after), after)
    allowances = tuple(_line_adjustment(a, before, unit, mode) for a in line.allowances)
    charges = tuple(_line_adjustment(c, before, unit, mode) for c in line.charges)
    net = after - sum((a.amount for a in allowances), _ZERO) + sum((c.amount for c in charges), _ZERO)
    return _LinePrice(before, EXACT.subtract(before, after), net, allowances, charges)


def _priced_lines(
    invoice: Invoice, unit: Decimal, mode: str, treat: _Treatments, problems: list[Problem]
) -> list[_Item]:
    """Each line with its net amount BT-131 and its treatment (discount problems go to
    ``problems``, treatment problems to ``treat.problems``). The plain line (quantity x
    price, no base quantity, discount, allowance or charge) is priced inline: one product
    and one rounding, as :func:`_line_price` would."""
    rounding = ROUNDING_MODES[mode]
    supply = invoice.supply
    known = treat.known
    items: list[_Item] = []
    for i, line in enumerate(invoice.lines):
        price = None
        if line.base_quantity == _ONE and line.discount is None and not (line.allowances or line.charges):
            amount = (line.quantity * line.unit_price).quantize(unit, rounding, DIVIDE)  # x in EXACT
        else:
            price = _line_price(line, i, unit, mode, problems)
            amount = price.net
        treatment = known.get(line.category) if line.supply is None else None
        if treatment is None:  # not remembered, or decided without a rate: ask (and report)
            treatment = treat(line.category, line.supply or supply, "lines", i)
            if treatment is None:
                continue
        items.append(_Item(amount, 1, treatment, price))
    return items


def compute(invoice: Invoice, provider: RateProvider | None = None) -> Computed:
    """Compute line totals, the tax breakdown and the totals of ``invoice``.

    ``provider`` supplies the rates (the shipped tax data by default). Raises
    :class:`InvoiceError` naming the field when a rate cannot be found. All arithmetic runs
    in invoicekit's own exact context, whatever the caller's decimal context is.
    """
    check_arguments(invoice, provider)
    with decimal.localcontext(EXACT):
        return _compute(invoice, provider)


def _provides_rates(provider: object) -> bool:
    # The two methods by hand: isinstance() with the runtime Protocol costs 7 us a call.
    return all(callable(getattr(provider, name, None)) for name in ("resolve", "default_rounding"))


def check_arguments(invoice: object, provider: object) -> None:
    """An Invoice from :func:`invoicekit.load`, and a RateProvider or None: else an
    ArgumentError naming the argument (not an AttributeError from inside the engine)."""
    if not isinstance(invoice, Invoice):
        expect("invoice", invoice, Invoice, "an Invoice (from invoicekit.load)")
    if provider is not None and not isinstance(provider, TaxTable) and not _provides_rates(provider):
        raise ArgumentError(
            f"provider: expected a RateProvider (resolve and default_rounding), got {type(provider).__name__}"
        )


def _compute(invoice: Invoice, provider: RateProvider | None) -> Computed:
    """The engine in named steps: decide and price each line, allowance and charge; group
    the taxes; then the result's lines, adjustments and totals."""
    if provider is None:
        provider = _default_table()
    unit = quantum(invoice.currency)
    rule = _rounding_rule(invoice, provider)
    inclusive = invoice.prices_include_tax
    known = remembered(provider, invoice, invoice.supply)
    if known and not (inclusive or invoice.allowances or invoice.charges) and rule.level == "document":
        plain = plain_invoice(invoice, rule, unit, known)
        if plain is not None:
            return plain
    treat = _Treatments(invoice, provider, known)
    problems: list[Problem] = []  # the lines' discounts first, then the treatments
    lines = _priced_lines(invoice, unit, rule.mode, treat, problems)
    adjustments = _priced_adjustments(invoice, unit, rule.mode, treat)
    if problems or treat.problems:
        raise InvoiceError(problems + treat.problems)
    items = lines + [item for _, item in adjustments] if adjustments else lines
    groups = _by_treatment(items)
    subtotals = _tax_groups(groups, items, unit, rule.mode, rule.level == "line", inclusive)
    computed_lines = _computed_lines(invoice, lines, unit, inclusive)
    allowances, charges = _computed_adjustments(adjustments, inclusive) if adjustments else ((), ())
    treatments = [members[0].treatment for members in groups.values()]
    return result(invoice, rule, unit, computed_lines, allowances, charges, subtotals, treatments)


def _default_table() -> RateProvider:
    """The shipped tax data (imported on first use: ``compute`` with a provider of its own
    never reads it)."""
    from .taxtable import default_table

    return default_table()


def _rounding_rule(invoice: Invoice, provider: RateProvider) -> Rounding:
    """The document's rounding, else the seller's jurisdiction's usual one, else half up
    per document."""
    seller = invoice.seller.address
    return (
        invoice.rounding
        or provider.default_rounding(seller.subdivision or seller.country)
        or provider.default_rounding(seller.country)
        or Rounding()
    )


class _Treatments:
    """Decides each (category, supply) of an invoice once, collecting a problem per entry
    that has no rate: the first names the cause, later ones point back to it."""

    def __init__(self, invoice: Invoice, provider: RateProvider, known: dict[str, Treatment]) -> None:
        self.invoice = invoice
        self.provider = provider
        self.problems: list[Problem] = []
        self.decided: dict[tuple[str, str], Treatment | None] = {}
        #: the remembered decisions for the invoice's kind of supply, by category (read only)
        self.known = known

    def __call__(self, category: str, supply: str, kind: str, index: int) -> Treatment | None:
        """The treatment of entry ``index`` of ``kind`` (``"lines"``, ``"allowances"`` or
        ``"charges"``: the field path of a problem, spelt out only when there is one)."""
        key = (category, supply)
        if key in self.decided:
            found = self.decided[key]
            if found is None:
                self.problems.append(
                    Problem(f"{kind}[{index}].category", "no rate (see the first line with this category)")
                )
            return found
        where = f"{kind}[{index}].category"
        treatment = None
        try:
            treatment = decide(self.provider, self.invoice, category, supply)
        except RateNotInForce as exc:  # the date is wrong, not the category
            self.problems.append(Problem(self.invoice.tax_point_field, str(exc)))
        except RateNotFound as exc:
            self.problems.append(Problem(getattr(exc, "where", where), str(exc)))
        self.decided[key] = treatment
        return treatment


def _priced_adjustments(
    invoice: Invoice, unit: Decimal, mode: str, treat: _Treatments
) -> list[tuple[AllowanceCharge, _Item]]:
    """Allowances (negative) and charges, rounded; they follow the lines' kind of supply
    when all lines share one."""
    adjustments: list[tuple[AllowanceCharge, _Item]] = []
    if not (invoice.allowances or invoice.charges):
        return adjustments
    line_supplies = {line.supply or invoice.supply for line in invoice.lines}
    adjustment_supply = line_supplies.pop() if len(line_supplies) == 1 else invoice.supply
    for kind, entries, sign in (("allowances", invoice.allowances, -1), ("charges", invoice.charges, 1)):
        for j, entry in enumerate(entries):
            treatment = treat(entry.category, entry.supply or adjustment_supply, kind, j)
            if treatment is not None:
                amount = round_to(entry.amount, unit, mode)
                adjustments.append((entry, _Item(amount if sign > 0 else -amount, sign, treatment)))
    return adjustments


def _net_and_gross(item: _Item, inclusive: bool) -> tuple[Decimal, Decimal]:
    if inclusive:
        return item.amount - item.tax, item.amount
    return item.amount, item.amount + item.tax


def _computed_lines(
    invoice: Invoice, lines: list[_Item], unit: Decimal, inclusive: bool
) -> tuple[ComputedLine, ...]:
    """The result's lines; a plain line's amount before the discount is its net amount, and
    its discount zero in minor units."""
    no_discount = EXACT.subtract(unit, unit)
    out = []
    for i, (line, item) in enumerate(zip(invoice.lines, lines, strict=True)):
        amount, tax, treatment, price = item.amount, item.tax, item.treatment, item.price
        net, gross = (amount - tax, amount) if inclusive else (amount, amount + tax)
        if price is None:  # a plain line: the common case, built without reading a price
            made = computed_line(
                i, line, amount, no_discount, net, tax, gross, treatment.components, treatment.jurisdiction,
                treatment.reason, (), (),
            )
        else:
            made = computed_line(
                i, line, price.before, price.discount, net, tax, gross, treatment.components,
                treatment.jurisdiction, treatment.reason, price.allowances, price.charges,
            )
        out.append(made)
    return tuple(out)


def _computed_adjustment(
    entry: AllowanceCharge, item: _Item, inclusive: bool
) -> result_parts.ComputedAdjustment:
    """An allowance or charge with the sign of its stated amount (the kind says which way it goes)."""
    net, gross = _net_and_gross(item, inclusive)
    return result_parts.ComputedAdjustment(
        source=entry,
        net=net * item.sign,
        tax=item.tax * item.sign,
        gross=gross * item.sign,
        taxes=item.treatment.components,
        jurisdiction=item.treatment.jurisdiction,
    )


def _computed_adjustments(
    adjustments: list[tuple[AllowanceCharge, _Item]], inclusive: bool
) -> tuple[tuple[result_parts.ComputedAdjustment, ...], tuple[result_parts.ComputedAdjustment, ...]]:
    """The allowances and the charges of the result."""
    computed = [_computed_adjustment(entry, item, inclusive) for entry, item in adjustments]
    return tuple(a for a in computed if not a.source.charge), tuple(c for c in computed if c.source.charge)


def _key(component: Component) -> GroupKey:
    return (component.tax, component.rate, component.category)


def _included_tax(rate: Decimal, divisor: Decimal, unit: Decimal, mode: str) -> Callable[[Decimal], Decimal]:
    """The rounded tax at ``rate`` that a gross amount includes (``divisor``: 100 + all its rates)."""

    def tax(gross: Decimal) -> Decimal:
        return round_to(DIVIDE.divide(gross * rate, divisor), unit, mode)

    return tax


def _added_tax(rate: Decimal, unit: Decimal, mode: str) -> Callable[[Decimal], Decimal]:
    """The rounded tax at ``rate`` on a net amount."""

    def tax(net: Decimal) -> Decimal:
        return round_to(percent_of(net, rate), unit, mode)

    return tax


def _by_treatment(items: list[_Item]) -> dict[int, list[_Item]]:
    """The items of each treatment (by identity: the lines of a category share one), in
    document order; the treatments in the order they are first used."""
    groups: dict[int, list[_Item]] = {}
    for item in items:
        members = groups.get(id(item.treatment))
        if members is None:
            groups[id(item.treatment)] = [item]
        else:
            members.append(item)
    return groups


PoolKey = TypeVar("PoolKey", GroupKey, tuple[GroupKey, ...])


def _pools(
    groups: dict[int, list[_Item]], items: list[_Item], keys_of: Callable[[Treatment], tuple[PoolKey, ...]]
) -> dict[PoolKey, list[_Item]]:
    """The items of each pool in document order: a pool holds the items of every treatment
    whose ``keys_of`` names it (once per time it is named). A pool that two treatments share
    is gathered again from ``items``, so that its order is the document's."""
    pools: dict[PoolKey, list[_Item]] = {}
    shared: list[PoolKey] = []
    for members in groups.values():
        for key in keys_of(members[0].treatment):
            if key in pools:
                shared.append(key)
            else:
                pools[key] = members  # not changed later: shared pools get a list of their own
    for key in shared:
        pools[key] = [item for item in items for named in keys_of(item.treatment) if named == key]
    return pools


def _component_keys(treatment: Treatment) -> tuple[GroupKey, ...]:
    return tuple(_key(c) for c in treatment.components)


def _combination(treatment: Treatment) -> tuple[tuple[GroupKey, ...]]:
    return (_component_keys(treatment),)


def _tax_groups(
    groups: dict[int, list[_Item]],
    items: list[_Item],
    unit: Decimal,
    mode: str,
    by_line: bool,
    inclusive: bool,
) -> tuple[TaxSubtotal, ...]:
    """Compute each tax group, share its tax over its items (setting ``item.tax``) and
    return the breakdown rows in a stable order."""
    if inclusive:
        base, amount = _included_groups(_pools(groups, items, _combination), unit, mode, by_line)
    else:
        base, amount = _added_groups(_pools(groups, items, _component_keys), unit, mode, by_line)
    return subtotals(base, amount)


Groups = tuple[dict[GroupKey, Decimal], dict[GroupKey, Decimal]]


def _included_groups(
    combos: dict[tuple[GroupKey, ...], list[_Item]], unit: Decimal, mode: str, by_line: bool
) -> Groups:
    """Prices including tax: per combination of components (all the taxes a gross price
    includes), each component's tax out of the gross sum; the bases and amounts by group."""
    base: dict[GroupKey, Decimal] = defaultdict(lambda: _ZERO)
    amount: dict[GroupKey, Decimal] = defaultdict(lambda: _ZERO)
    for keys, members in combos.items():
        divisor = _HUNDRED + sum((rate for _, rate, _ in keys), _ZERO)
        gross = sum((m.amount for m in members), _ZERO)
        combo_tax = _ZERO
        for key in keys:
            rate = key[1]
            if by_line:
                shares = [round_to(DIVIDE.divide(m.amount * rate, divisor), unit, mode) for m in members]
                tax = sum(shares, _ZERO)
            else:
                tax = round_to(DIVIDE.divide(gross * rate, divisor), unit, mode)
                shares = _shares(
                    tax,
                    [m.amount for m in members],
                    unit,
                    _included_tax(rate, divisor, unit, mode),
                )
            for member, share in zip(members, shares, strict=True):
                member.tax += share
            amount[key] += tax
            combo_tax += tax
        for key in keys:
            base[key] += gross - combo_tax
    return base, amount


def _added_groups(pools: dict[GroupKey, list[_Item]], unit: Decimal, mode: str, by_line: bool) -> Groups:
    """Prices excluding tax: per component, the tax on the group's net sum (or per line);
    the bases and amounts by group."""
    base: dict[GroupKey, Decimal] = {}
    amount: dict[GroupKey, Decimal] = {}
    rounding = ROUNDING_MODES[mode]
    for key, members in pools.items():
        rate = key[1]
        weights = [m.amount for m in members]
        group_base = sum(weights, _ZERO)
        if by_line:
            shares = [round_to(percent_of(w, rate), unit, mode) for w in weights]
            tax = sum(shares, _ZERO)
        else:
            tax = (group_base * rate).scaleb(-2).quantize(unit, rounding, DIVIDE)  # percent_of, round_to
            shares = _shares(tax, weights, unit, _added_tax(rate, unit, mode))
        for member, share in zip(members, shares, strict=True):
            member.tax += share
        base[key] = group_base
        amount[key] = tax
    return base, amount


