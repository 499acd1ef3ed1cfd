"""``verify --rules``: the stated VAT treatment against what invoicekit's rules decide.

An e-invoice states a category and rate per line; it does not say whether the supply is
goods or services, nor which rate class (standard, reduced ...) a line belongs to. So a
stated treatment is accepted when it matches the rules' decision for *some* kind of supply,
and a stated standard rate when it is *one of* the rates of the jurisdiction the rules pick.
What remains is a finding: a hint for a person to check, not an arithmetic error.
"""

from __future__ import annotations

from decimal import Decimal

from ..einvoice.codes import VAT_CATEGORIES
from ..errors import RateNotFound
from ..model import SUPPLIES, Invoice
from ..money import format_rate
from ..rules import Treatment, decide
from ..taxtable import default_table
from ..taxtable.provider import RateProvider
from ..taxtable.vocabulary import RATE_CLASSES
from .figures import Incoming, StatedAdjustment, StatedLine
from .verification import Finding


def rules_findings(incoming: Incoming, provider: RateProvider | None = None) -> tuple[Finding, ...]:
    """One finding per distinct stated (category, rate) the rules would not have chosen."""
    table = provider or default_table()
    stated: dict[tuple[str, Decimal], str] = {}
    items: list[StatedLine | StatedAdjustment] = [*incoming.lines, *incoming.adjustments]
    for item in items:
        stated.setdefault((item.category, item.rate), item.where)
    decisions, problem = _decisions(table, incoming.invoice)
    if problem is not None:
        return (Finding(incoming.root, f"invoicekit's rules cannot decide this sale: {problem}"),)
    findings = []
    for (code, rate), where in stated.items():
        message = _judge(table, incoming.invoice, decisions, code, rate)
        if message:
            findings.append(Finding(where, message))
    return tuple(findings)


def _decisions(table: RateProvider, invoice: Invoice) -> tuple[list[Treatment], str | None]:
    """The rules' treatment of a standard-rated sale between these parties, per kind of supply."""
    decisions = []
    for supply in SUPPLIES:
        try:
            decisions.append(decide(table, invoice, "standard", supply))
        except RateNotFound as exc:
            return [], str(exc)
    return decisions, None


def _judge(
    table: RateProvider, invoice: Invoice, decisions: list[Treatment], code: str, rate: Decimal
) -> str | None:
    """Why the rules would not state ``code`` at ``rate``, or None when some decision agrees."""
    decided = {c.category for d in decisions for c in d.components}
    if code == "S" and "S" in decided:
        jurisdictions = {d.jurisdiction for d in decisions if any(c.category == "S" for c in d.components)}
        rates = {r for j in jurisdictions for r in _rates(table, j, invoice)}
        if rate in rates:
            return None
        known = ", ".join(f"{format_rate(r)} %" for r in sorted(rates, reverse=True))
        return (f"stated VAT {format_rate(rate)} % (S) is not a rate of {', '.join(sorted(jurisdictions))} "
                f"on {invoice.tax_point} (its rates: {known})")  # fmt: skip
    if code in decided:
        return None
    reasons = "; ".join(dict.fromkeys(d.reason.rstrip(".") for d in decisions))
    stated = f"stated {code} ({VAT_CATEGORIES[code].name}) at {format_rate(rate)} %"
    hint = " (an exemption the rules cannot see: check its reason, BT-120)" if code in ("E", "Z") else ""
    return f"{stated}; invoicekit's rules decide {'/'.join(sorted(decided))}: {reasons}{hint}"


def _rates(table: RateProvider, jurisdiction: str, invoice: Invoice) -> set[Decimal]:
    """Every positive rate of ``jurisdiction`` on the tax point, over its rate classes."""
    rates: set[Decimal] = set()
    for rate_class in RATE_CLASSES:
        try:
            resolution = table.resolve(jurisdiction, invoice.tax_point, rate_class)
        except RateNotFound:
            continue
        rates.update(c.rate for c in resolution.components if c.rate > 0)
    return rates
