"""A seller in a jurisdiction that levies no tax on sales (Hong Kong, Qatar, Kuwait; French
Guiana and Mayotte, where French VAT does not apply): its data file says ``taxes = []``.

Every sale, domestic or abroad, is outside the scope of tax (EN 16931 category O), the
line's reason saying why; none is a zero-rated export, as there is no tax to zero-rate. A sale by a
seller elsewhere to a buyer here follows the seller's own rules (an export, usually).
"""

from __future__ import annotations

from ..regimes import Regime, register
from .sale import Sale, country_name
from .treatment import Treatment


def applies(sale: Sale) -> bool:
    """Whether the seller's jurisdiction has a data file that defines no taxes (and does not
    say its taxes are not modelled, as Brazil's does)."""
    seller = sale.code(sale.seller)
    facts = sale.facts
    return facts.has(seller) and not facts.taxes(seller) and facts.unmodelled(seller) is None


def decide(sale: Sale) -> Treatment:
    seller = sale.code(sale.seller)
    name = sale.facts.jurisdiction(seller).name if sale.facts.has(seller) else country_name(seller)
    path = [
        f"The seller is in {name} ({seller}), which levies no value added tax, GST or sales tax.",
        "The sale is outside the scope of tax.",
    ]
    reason = f"Sale by a seller in {name}: no tax on sales is levied there."
    return sale.untaxed(seller, "O", reason, path)


REGIME = register(
    Regime(
        "untaxed",
        decide,
        "No tax on sales: the seller's data file says taxes = []",
        claims=applies,
        priority=10,  # before "eu": a taxes = [] file over a member state's region is untaxed
    )
)
