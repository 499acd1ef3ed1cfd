"""Which jurisdiction's tax applies to a line, and why.

This version decides domestic sales: the supply is taxed where the seller is (its
subdivision when the data has one, e.g. ``CA-QC``, else its country). Cross-border rules
(place of supply, reverse charge, exports) build on :class:`Treatment`.
"""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from ..errors import RateNotFound
from ..model import Invoice
from ..taxtable.provider import Component, RateProvider


@frozen
class Treatment:
    """The decision for one line: where it is taxed, the tax components, a one-sentence reason,
    whether the buyer self-accounts, and the legal notes the invoice must carry."""

    jurisdiction: str
    components: tuple[Component, ...]
    reason: str
    reverse_charge: bool = False
    notes: tuple[str, ...] = ()


def _domestic(provider: RateProvider, invoice: Invoice, category: str, on: dt.date) -> Treatment:
    seller = invoice.seller.address
    candidates = [c for c in (seller.subdivision, seller.country) if c]
    error: RateNotFound | None = None
    for code in candidates:
        try:
            resolution = provider.resolve(code, on, category)
        except RateNotFound as exc:
            # A subdivision without data of its own (DE-BY) is taxed as its country.
            if code == seller.subdivision and "no tax data for jurisdiction" in str(exc):
                continue
            error = exc
            break
        return Treatment(
            jurisdiction=resolution.jurisdiction,
            components=resolution.components,
            reason=f"Domestic sale in {resolution.jurisdiction}: {resolution.explanation}.",
        )
    assert error is not None
    raise error


def decide(provider: RateProvider, invoice: Invoice, category: str, supply: str) -> Treatment:
    """The treatment of a line of ``category`` and kind of ``supply`` on the invoice's tax point."""
    del supply  # domestic sales are taxed alike for goods, services and digital supplies
    return _domestic(provider, invoice, category, invoice.tax_point)
