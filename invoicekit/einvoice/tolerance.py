"""BR-CO-17 as the official rules check it: a VAT category's tax amount (BT-117) against its
taxable amount (BT-116) x rate (BT-119) / 100, rounded to two decimals.

EN 16931-1's text gives no tolerance, but the CEN validation artefacts (the UBL and CII
Schematrons, 1.3.x, that :mod:`invoicekit.einvoice.validate` runs) accept a difference of
strictly less than one currency unit, on purpose, for sellers that round VAT per line
(ConnectingEurope/eInvoicing-EN16931 issue #370, "Tolerance of 1 € on BR-S-09", and #160):
``|BT-117| - 1 < round(|BT-116| x BT-119 / 100, 2) < |BT-117| + 1``. The writers refuse
what falls outside it; ``verify`` reports what falls inside it as tolerated, not as an error.
Pure arithmetic, no XML.
"""

from __future__ import annotations

from decimal import Decimal

from ..money import percent_of, round_to

#: The artefacts' slack, in currency units (1 EUR, not 1 cent).
SLACK = Decimal(1)
_CENT = Decimal("0.01")


def expected(base: Decimal, rate: Decimal) -> Decimal:
    """BT-116 x BT-119 / 100 rounded to two decimals as the artefacts do (XPath ``round``,
    half towards positive infinity, on the absolute base), with the base's sign."""
    magnitude = _target(base, rate)
    return -magnitude if base < 0 else magnitude


def _target(base: Decimal, rate: Decimal) -> Decimal:
    """round(|base| x rate / 100, 2), half up (XPath round() on a non-negative value)."""
    return round_to(percent_of(abs(base), rate), _CENT, "half_up")


def accepted(amount: Decimal, base: Decimal, rate: Decimal) -> bool:
    """Whether the rules accept ``amount`` as the VAT of ``base`` at ``rate`` (BR-CO-17): within
    less than one unit of :func:`expected`, or zero at a rate of zero."""
    if round_to(rate, Decimal(1), "half_up") == 0:
        return round_to(amount, Decimal(1), "half_up") == 0
    return abs(abs(amount) - _target(base, rate)) < SLACK
