"""EU VAT (Directive 2006/112/EC): the seller is in the EU VAT area for this supply.

- domestic sales: the seller's rates;
- to a business in another member state with a valid VAT ID: goods are an exempt
  intra-Community supply (Article 138, category K); services and digital services are taxed
  where the buyer is (Article 44) and the buyer self-accounts (Article 196, category AE);
- a business buyer without a valid VAT ID is charged the seller's VAT;
- to consumers in another member state: goods (distance sales) and digital services are
  taxed at the buyer's rates when the seller is over the EUR 10,000 threshold or opted in
  (``eu_distance_sales = "destination"``, Articles 33 and 58, OSS from 2021-07-01), else at
  the seller's; other services at the seller's (Article 45);
- outside the EU VAT area (third countries and special territories): goods are exempt
  exports (Article 146, G); services to businesses and digital services to consumers are
  outside the scope of EU VAT (O); other services to consumers take the seller's VAT.
"""

from __future__ import annotations

import datetime as dt

from ..regimes import Regime, register
from . import notes as n
from .sale import Sale, country_name
from .treatment import Treatment
from .vatid import check_buyer_vat_id

OSS_START = dt.date(2021, 7, 1)  # Council Directive (EU) 2017/2455 as amended by 2019/1995
MOSS_START = dt.date(2015, 1, 1)  # Council Directive 2008/8/EC, Article 5
DIGITAL_THRESHOLD_START = dt.date(2019, 1, 1)  # Council Directive (EU) 2017/2455, Article 1


def decide(sale: Sale) -> Treatment:
    seller, buyer = sale.code(sale.seller), sale.code(sale.buyer)
    path = [f"The seller is in the EU VAT area ({seller}) on {sale.on} for a supply of {sale.supply}."]
    if sale.same_territory():
        path.append(f"The buyer is in the same country ({buyer}): a domestic sale.")
        return sale.taxed(seller, f"Domestic sale in {country_name(seller)}.", path)
    if not sale.in_eu(sale.buyer):
        path.append(f"The buyer ({buyer}) is outside the EU VAT area.")
        return _outside(sale, seller, buyer, path)
    path.append(f"The buyer is in another member state ({buyer}).")
    if sale.buyer.business:
        valid, found = check_buyer_vat_id(sale)
        path.append(f"The buyer is a business and {found}.")
        if not valid:
            reason = f"Business buyer in {country_name(buyer)} {found}: charged the seller's VAT."
            return sale.taxed(seller, reason, path)
        vat_note = n.note(n.BUYER_VAT_ID, vat_id=sale.buyer.vat_id or "")
        if sale.supply == "goods":
            path.append("Goods dispatched to a business in another member state: exempt (Article 138).")
            reason = (
                f"Intra-Community supply of goods to a business in {country_name(buyer)} "
                f"with valid VAT ID {sale.buyer.vat_id}: exempt, Article 138."
            )
            return sale.untaxed(seller, "K", reason, path, (n.note(n.INTRA_COMMUNITY), vat_note))
        path.append("Services to a business: taxed where the buyer is established (Article 44);")
        path.append("the buyer accounts for the VAT (reverse charge, Article 196).")
        reason = (
            f"B2B service to a business in {country_name(buyer)} with valid VAT ID "
            f"{sale.buyer.vat_id}: reverse charge, Article 196."
        )
        return sale.untaxed(
            buyer, "AE", reason, path, (n.note(n.REVERSE_CHARGE), vat_note), home=seller, reverse_charge=True
        )
    path.append("The buyer is a consumer.")
    if sale.supply in ("goods", "digital"):
        kind = "Distance sale of goods" if sale.supply == "goods" else "Digital service"
        scheme = (
            "OSS"
            if sale.on >= OSS_START
            else ("MOSS" if sale.supply == "digital" else "distance-selling rules")
        )
        # Digital services: taxed where the supplier is until 2014 (Article 45), where the
        # consumer is from 2015 (Article 58, MOSS) with no threshold until the EUR 10,000 one
        # of 2019 (Council Directive (EU) 2017/2455).
        if sale.supply == "digital" and sale.on < MOSS_START:
            path.append(
                "A digital service to a consumer before 2015: taxed where the supplier is (Article 45)."
            )
            return sale.taxed(
                seller,
                f"Digital service to a consumer in {country_name(buyer)} before 2015: the seller's VAT.",
                path,
            )
        threshold_applies = sale.supply == "goods" or sale.on >= DIGITAL_THRESHOLD_START
        if sale.seller.eu_distance_sales == "destination" or not threshold_applies:
            path.append(
                f"{kind} to a consumer; the seller is over the EU threshold or opted in: "
                f"taxed in the buyer's member state ({scheme})."
            )
            reason = f"{kind} to a consumer in {country_name(buyer)}: {country_name(buyer)}'s VAT ({scheme})."
            return sale.taxed(buyer, reason, path)
        path.append(f"{kind} to a consumer; the seller is under the EU threshold: taxed where the seller is.")
        reason = f"{kind} to a consumer in {country_name(buyer)} under the EU threshold: the seller's VAT."
        return sale.taxed(seller, reason, path)
    path.append("Services to a consumer: taxed where the supplier is established (Article 45).")
    return sale.taxed(
        seller, f"Service to a consumer in {country_name(buyer)}: the seller's VAT, Article 45.", path
    )


def _outside(sale: Sale, seller: str, buyer: str, path: list[str]) -> Treatment:
    if sale.supply == "goods":
        path.append("Goods dispatched outside the EU: an exempt export (Article 146).")
        reason = f"Export of goods to {country_name(buyer)}: exempt, Article 146."
        return sale.untaxed(seller, "G", reason, path, (n.note(n.EU_EXPORT),))
    if sale.buyer.business or sale.supply == "digital":
        who = "a business" if sale.buyer.business else "a consumer"
        rule = "Article 44" if sale.buyer.business else "Article 58"
        path.append(f"Services to {who} outside the EU: the place of supply is outside the EU ({rule}).")
        reason = f"Service to {who} in {country_name(buyer)}: outside the scope of EU VAT, {rule}."
        return sale.untaxed(
            buyer, "O", reason, path, (n.note(n.EU_OUTSIDE_SCOPE, country=seller.split("-")[0]),), home=seller
        )
    path.append("Services to a consumer: taxed where the supplier is established (Article 45).")
    return sale.taxed(
        seller, f"Service to a consumer in {country_name(buyer)}: the seller's VAT, Article 45.", path
    )


REGIME = register(
    Regime(
        "eu",
        decide,
        "EU VAT: Council Directive 2006/112/EC (place of supply: Articles 31-59a)",
        claims=lambda sale: sale.in_eu(sale.seller),
        area="EU",
        priority=20,
    )
)
