"""India (CGST, SGST, UTGST and IGST Acts 2017): an intra-State supply takes CGST + SGST
(or CGST + UTGST), an inter-State supply IGST. The States come from the parties' regions,
else from the State code in their GSTINs (its first two digits)."""

from __future__ import annotations

from ..model import Party
from . import national
from .sale import RuleProblem, Sale
from .treatment import Treatment


def _state(party: Party) -> tuple[str | None, str]:
    if party.address.region:
        return f"IN-{party.address.region}", "its address"
    if party.vat_id:
        from ..taxid import validate_tax_id  # python-stdnum only for a GSTIN to read

        result = validate_tax_id(party.vat_id, "IN")
        if result.valid and result.region:
            return result.region, f"its GSTIN {result.normalized}"
    return None, ""


def decide(sale: Sale) -> Treatment:
    if sale.buyer.country != "IN":
        # a supply abroad is inter-State (IGST Act, s. 7(5)): zero-rated or charged as IGST
        return national.decide(sale, seller_jurisdiction="IN")
    seller_state, seller_from = _state(sale.seller)
    if seller_state is None:
        raise RuleProblem(
            "seller.address.region", "an Indian seller needs its State: give the region or a GSTIN"
        )
    buyer_state, buyer_from = _state(sale.buyer)
    path = [f"The seller is in {seller_state} (from {seller_from})."]
    if buyer_state is None:
        buyer_state = seller_state
        path.append("The buyer's State is not known: the place of supply is taken as the seller's State.")
    else:
        path.append(f"The buyer is in {buyer_state} (from {buyer_from}).")
    if buyer_state == seller_state:
        path.append("An intra-State supply: CGST with SGST (or UTGST).")
        return sale.taxed(seller_state, f"Intra-State supply within {seller_state}: CGST + SGST/UTGST.", path)
    path.append("An inter-State supply: IGST (section 5 of the IGST Act).")
    return sale.taxed("IN", f"Inter-State supply from {seller_state} to {buyer_state}: IGST.", path)
