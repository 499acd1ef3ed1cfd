"""``verify``: recompute a received invoice from its lines and compare every printed figure.

The recomputation uses the rates as stated (:class:`StatedRates`), EN 16931's arithmetic
(line net = quantity x net price - line allowances, rounded to the currency unit; each VAT
category's tax on its base, rounded half up) and reports, per figure, the XPath of the
stated amount, its business term, the stated and the recomputed value.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from attrs import frozen

from ..compute import compute
from ..einvoice import tolerance
from ..model import Line
from ..money import format_amount, format_rate
from ..result import Computed
from ..taxtable.provider import RateProvider
from .figures import Figure, Incoming, StatedLine
from .stated import StatedRates
from .validation import Validation

_ZERO = Decimal(0)


@frozen
class Difference:
    """A printed figure that the recomputation does not reproduce."""

    where: str  # the XPath of the stated figure
    term: str  # its EN 16931 business term ("BT-131")
    what: str  # in words ("line 3 net amount")
    stated: Decimal | None  # None: the invoice does not state it
    computed: Decimal | None  # None: the recomputation has no such figure

    def __str__(self) -> str:
        stated = "missing" if self.stated is None else f"{self.stated}"
        computed = "none" if self.computed is None else f"{self.computed}"
        return f"{self.where}: {self.what} ({self.term}) states {stated}, recomputed {computed}"


@frozen
class Finding:
    """What ``verify --rules`` notices about the stated tax treatment."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@frozen
class Verification:
    """The outcome: the invoice as read, as recomputed, and what differs."""

    incoming: Incoming
    computed: Computed
    differences: tuple[Difference, ...]
    findings: tuple[Finding, ...] = ()
    #: with ``validate=True``: what the official XSD and Schematron layers found
    validation: Validation | None = None
    #: VAT amounts (BT-117) that differ from the recomputation by less than one currency
    #: unit, which EN 16931's rules accept (BR-CO-17; a seller rounding VAT per line), and
    #: the totals that differ only by them: reported, not counted as differences
    tolerated: tuple[Difference, ...] = ()

    @property
    def ok(self) -> bool:
        """Every printed figure agrees with the recomputation (findings aside)."""
        return not self.differences

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``invoicekit verify --json``."""
        inv = self.incoming.invoice
        cur = inv.currency
        return {
            "number": inv.number,
            "kind": inv.kind,
            "syntax": self.incoming.syntax,
            "profile": self.incoming.profile,
            "currency": cur,
            "ok": self.ok,
            "payable": format_amount(self.computed.payable, cur),
            "differences": [_difference_dict(d) for d in self.differences],
            "findings": [{"where": f.where, "message": f.message} for f in self.findings],
            "tolerated": [_difference_dict(d) for d in self.tolerated],
            **self._validation_dict(),
        }

    def _validation_dict(self) -> dict[str, Any]:
        """``"validation"``: the profile and layers that ran and each finding by rule."""
        if self.validation is None:
            return {}
        found = [{"rule": f.rule, "flag": f.flag, "location": f.location, "text": f.text}
                 for f in self.validation.findings]  # fmt: skip
        layers = list(self.validation.layers)
        return {"validation": {"profile": self.validation.profile, "layers": layers, "findings": found}}


def _difference_dict(d: Difference) -> dict[str, str | None]:
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else f"{value}"

    return {"where": d.where, "term": d.term, "what": d.what, "stated": amount(d.stated),
            "computed": amount(d.computed)}  # fmt: skip


def verify(
    source: str | os.PathLike[str] | bytes | Incoming,
    *,
    rules: bool = False,
    provider: RateProvider | None = None,
    validate: bool = False,
) -> Verification:
    """Read ``source`` (a path, bytes, or an already read :class:`Incoming`), recompute it
    with the rates it states and compare every printed figure. With ``rules``, also
    compare the stated VAT treatment with what invoicekit's rules decide (``provider``:
    the tax data for that, the shipped data by default), reported as findings. With
    ``validate``, also run the official XSD and Schematron layers of the profile the file
    names (needs the validators, else :class:`ValidatorsMissing`)."""
    from .read import read_einvoice

    incoming = source if isinstance(source, Incoming) else read_einvoice(source)
    computed = compute(incoming.invoice, StatedRates())
    findings: tuple[Finding, ...] = ()
    if rules:
        from .rules_check import rules_findings

        findings = rules_findings(incoming, provider)
    validation = None
    if validate:
        from .validation import validate_incoming

        validation = validate_incoming(incoming)
    found = list(differences(incoming, computed))
    tolerated = tolerated_vat(incoming, computed, found)
    rest = tuple(d for d in found if d not in tolerated)
    return Verification(incoming, computed, rest, findings, validation, tolerated)


def differences(incoming: Incoming, computed: Computed) -> Iterator[Difference]:
    """Every stated figure the recomputation does not reproduce, in document order."""
    for stated, line in zip(incoming.lines, computed.lines, strict=True):
        yield from _net_price(stated, line.line)
        yield from _compare(stated.net, line.net, "BT-131", f"line {stated.id} net amount")
    allowances = iter(computed.allowances)
    charges = iter(computed.charges)
    for entry in incoming.adjustments:
        mine = next(charges) if entry.charge else next(allowances)
        what = "document-level charge amount" if entry.charge else "document-level allowance amount"
        yield from _compare(entry.amount, mine.net, "BT-99" if entry.charge else "BT-92", what)
    yield from _breakdown(incoming, computed)
    yield from _totals(incoming, computed)


#: The totals a tolerated VAT amount moves by the same amount (BR-CO-14, BR-CO-15, BR-CO-16).
_FOLLOW_THE_VAT = ("BT-110", "BT-112", "BT-115")


def tolerated_vat(incoming: Incoming, computed: Computed, found: list[Difference]) -> tuple[Difference, ...]:
    """The differences EN 16931's rules accept: a category's VAT (BT-117) on the recomputed
    base, within less than one unit of base x rate (BR-CO-17 as the CEN artefacts check it,
    :mod:`invoicekit.einvoice.tolerance`), and the totals BT-110, BT-112 and BT-115 when each
    differs by exactly the sum of those. Only when the stated VAT total is the sum of the
    stated category amounts (BR-CO-14): else one of them is wrong, not rounded. Anything
    else stays a difference."""
    stated_total = incoming.totals.tax
    stated_sum = sum((r.amount.value for r in incoming.subtotals), _ZERO)
    if stated_total is not None and stated_total.value != stated_sum:
        return ()  # BR-CO-14 broken: the stated amounts are not one seller's rounding
    mine = {(row.category, row.rate): row for row in computed.taxes}
    accepted = []
    for row in incoming.subtotals:
        ours = mine.get((row.category, row.rate))
        if ours is None or row.base.value != ours.base or row.amount.value == ours.amount:
            continue
        if tolerance.accepted(row.amount.value, row.base.value, row.rate):
            accepted += [d for d in found if d.where == row.amount.where and d.term == "BT-117"]
    shift = sum(((d.stated or _ZERO) - (d.computed or _ZERO) for d in accepted), _ZERO)
    if not accepted:
        return ()
    follow = [d for d in found if d.term in _FOLLOW_THE_VAT and d.stated is not None
              and d.stated - (d.computed or _ZERO) == shift]  # fmt: skip
    return (*accepted, *follow)


def _net_price(stated: StatedLine, line: Line) -> Iterator[Difference]:
    """BT-146 = BT-148 - BT-147 when the gross price is given (EN 16931's definition of the
    item net price; Peppol checks it as PEPPOL-EN16931-R046)."""
    if line.gross_price is None:
        return
    expected = line.gross_price - (line.price_discount or _ZERO)
    if line.unit_price != expected:
        what = f"line {stated.id} net price (gross price BT-148 less price discount BT-147)"
        yield Difference(stated.price_where, "BT-146", what, line.unit_price, expected)


def _compare(stated: Figure, computed: Decimal, term: str, what: str) -> Iterator[Difference]:
    if stated.value != computed:
        yield Difference(stated.where, term, what, stated.value, computed)


def _breakdown(incoming: Incoming, computed: Computed) -> Iterator[Difference]:
    """Each stated VAT breakdown row against the recomputed one of its category and rate."""
    mine = {(row.category, row.rate): row for row in computed.taxes}
    seen: set[tuple[str, Decimal]] = set()
    for row in incoming.subtotals:
        key = (row.category, row.rate)
        label = f"VAT category {row.category} at {format_rate(row.rate)} %"
        if key in seen:
            yield Difference(
                row.where, "BG-23", f"a second breakdown row for {label}", row.amount.value, None
            )
            continue
        seen.add(key)
        ours = mine.get(key)
        yield from _compare(row.base, ours.base if ours else _ZERO, "BT-116", f"{label} taxable amount")
        yield from _compare(row.amount, ours.amount if ours else _ZERO, "BT-117", f"{label} tax amount")
    for key, ours in mine.items():
        if key not in seen:
            label = f"VAT category {key[0]} at {format_rate(key[1])} %"
            yield Difference(
                _breakdown_path(incoming), "BG-23", f"breakdown row for {label}", None, ours.amount
            )


def _breakdown_path(incoming: Incoming) -> str:
    if incoming.syntax == "cii":
        return f"{incoming.root}/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    return f"{incoming.root}/cac:TaxTotal"


def _totals(incoming: Incoming, c: Computed) -> Iterator[Difference]:
    """The document totals BT-106 to BT-115 against the recomputation."""
    t = incoming.totals
    yield from _compare(t.line_total, c.line_total, "BT-106", "sum of line net amounts")
    yield from _optional(incoming, t.allowance_total, c.allowance_total, "BT-107", "sum of allowances")
    yield from _optional(incoming, t.charge_total, c.charge_total, "BT-108", "sum of charges")
    yield from _compare(t.net, c.net, "BT-109", "total without VAT")
    yield from _optional(incoming, t.tax, c.tax, "BT-110", "total VAT")
    yield from _compare(t.gross, c.gross, "BT-112", "total with VAT")
    yield from _compare(t.payable, c.payable, "BT-115", "amount due for payment")


def _optional(
    incoming: Incoming, stated: Figure | None, computed: Decimal, term: str, what: str
) -> Iterator[Difference]:
    """An optional total: when absent it must be zero (BR-CO-11, 12, 14 with nothing to add)."""
    if stated is not None:
        yield from _compare(stated, computed, term, what)
    elif computed != 0:
        where = incoming.totals.line_total.where.rsplit("/", 1)[0]
        yield Difference(where, term, what, None, computed)
