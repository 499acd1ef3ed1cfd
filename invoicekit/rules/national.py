"""A single national tax outside the EU (GB, CH with LI, NO, JP, AU, NZ, SG, KR, RU, UA, BY,
KZ, TR, the Gulf states, MX, IL, CN, ZA, the other countries of issue #14 ...; Northern
Ireland for services). Jurisdictions that levy no tax are :mod:`.untaxed`'s.

Domestic sales (the same VAT territory: Liechtenstein belongs to Switzerland's) take the
domestic rates; goods sent abroad are zero-rated exports (G); services to a business abroad
and digital services to a consumer abroad are outside the scope of the tax (O); other
services to a consumer abroad keep the domestic tax.
"""

from __future__ import annotations

from ..regimes import Regime, register
from . import notes as n
from .sale import Sale, country_name
from .treatment import Treatment


def decide(sale: Sale, seller_jurisdiction: str | None = None) -> Treatment:
    """``seller_jurisdiction`` overrides where the seller's own tax comes from (India: IGST
    for supplies abroad, not the State's CGST + SGST)."""
    seller, buyer = seller_jurisdiction or sale.code(sale.seller), sale.code(sale.buyer)
    home = sale.facts.territory(seller)
    path = [f"The seller is in {country_name(seller)} ({seller}), which applies its own tax."]
    if sale.same_territory():
        path.append(f"The buyer is in the same tax territory ({buyer}): a domestic sale.")
        return sale.taxed(seller, f"Domestic sale in {country_name(home)}.", path)
    tax = (sale.facts.taxes(seller) or ("VAT",))[0] if sale.facts.has(seller) else "VAT"
    if sale.supply == "goods":
        path.append(f"Goods sent to {country_name(buyer)}: a zero-rated export.")
        reason = f"Export of goods from {country_name(home)} to {country_name(buyer)}: zero-rated."
        return sale.untaxed(seller, "G", reason, path, (n.note(n.EXPORT),))
    if sale.buyer.business or sale.supply == "digital":
        who = "a business" if sale.buyer.business else "a consumer"
        path.append(f"Services to {who} abroad: outside the scope of {country_name(home)}'s {tax}.")
        reason = (
            f"Service to {who} in {country_name(buyer)}: outside the scope of {country_name(home)}'s {tax}."
        )
        notes = (n.note(n.SERVICE_ABROAD, country=home.split("-")[0], tax=tax),)
        return sale.untaxed(buyer, "O", reason, path, notes, home=seller)
    path.append("Services to a consumer abroad: taxed where the supplier is.")
    return sale.taxed(
        seller, f"Service to a consumer in {country_name(buyer)}: {country_name(home)}'s {tax}.", path
    )


REGIME = register(Regime("national", decide, "A single national VAT, GST or sales tax"))
