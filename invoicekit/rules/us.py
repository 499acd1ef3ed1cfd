"""United States: sales tax of the buyer's State where the seller is registered to collect
it there (``seller.registrations``), else no tax with a note. Only the State-level base rate
is shipped; local rates come through a shop's own :class:`RateProvider`."""

from __future__ import annotations

from ..regimes import Regime, register
from . import notes as n
from .sale import RuleProblem, Sale, country_name
from .treatment import Treatment


def decide(sale: Sale) -> Treatment:
    if sale.buyer.country != "US":
        path = [f"The seller is in the United States; the buyer is in {country_name(sale.buyer.country)}."]
        path.append("US sales tax does not apply to a sale delivered abroad.")
        reason = f"Sale to {country_name(sale.buyer.country)}: no US sales tax."
        return sale.untaxed(sale.buyer.country, "O", reason, path, home="US")
    region = sale.buyer.address.region
    if not region:
        raise RuleProblem(
            "buyer.address.region", 'US sales tax depends on the buyer\'s State: give its code (e.g. "TX")'
        )
    state = f"US-{region}"
    path = [f"The buyer is in {state}."]
    if state in sale.seller.registrations:
        path.append(f"The seller is registered to collect sales tax in {state}.")
        return sale.taxed(state, f"Sale to a buyer in {state}, where the seller collects sales tax.", path)
    registered = ", ".join(sale.seller.registrations) or "none"
    path.append(f"The seller is not registered in {state} (registrations: {registered}).")
    reason = f"Sale to a buyer in {state}: the seller is not registered there, no sales tax charged."
    return sale.untaxed(state, "O", reason, path, (n.note(n.NOT_REGISTERED, jurisdiction=state),), home=state)


REGIME = register(Regime("us", decide, "United States: State sales tax where the seller is registered"))
