"""Canada (Excise Tax Act, Part IX; provincial sales tax acts): a sale within Canada takes
the taxes of the buyer's province or territory (HST; GST + PST or RST; GST + QST; GST
alone); exports are treated as in :mod:`.national`."""

from __future__ import annotations

from ..regimes import Regime, register
from . import national
from .sale import RuleProblem, Sale, country_name
from .treatment import Treatment


def decide(sale: Sale) -> Treatment:
    if sale.buyer.country != "CA":
        return national.decide(sale)
    region = sale.buyer.address.region
    if not region:
        raise RuleProblem(
            "buyer.address.region",
            'a sale within Canada is taxed by the buyer\'s province: give its code (e.g. "QC")',
        )
    province = f"CA-{region}"
    path = [
        "The seller is in Canada and the buyer is in Canada.",
        f"The place of supply is the buyer's province or territory ({province}).",
    ]
    name = sale.facts.jurisdiction(province).name if sale.facts.has(province) else province
    return sale.taxed(province, f"Sale in Canada to a buyer in {name}: {name}'s taxes.", path)


REGIME = register(Regime("canada", decide, "Canada: Excise Tax Act Part IX (GST/HST), provincial sales acts"))

__all__ = ["country_name", "decide"]
