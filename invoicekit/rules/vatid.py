"""Whether a business buyer's VAT ID allows a supply free of the seller's VAT (offline)."""

from __future__ import annotations

import datetime as dt

from .sale import Sale

BREXIT = dt.date(2021, 1, 1)  # end of the transition period (Withdrawal Agreement, Art. 126)


def check_buyer_vat_id(sale: Sale) -> tuple[bool, str]:
    """(valid, what was found) for the buyer's VAT ID, checked offline with python-stdnum.

    The ID must be a valid EU VAT number of the buyer's own member state (``XI`` for a
    buyer in Northern Ireland)."""
    vat_id = sale.buyer.vat_id
    if not vat_id:
        return False, "gives no VAT ID"
    from ..taxid import validate_tax_id  # python-stdnum only for a buyer's VAT ID to check

    result = validate_tax_id(vat_id)
    if not result.valid:
        return False, f"has an invalid VAT ID {vat_id} ({result.reason})"
    # A UK buyer inside the EU VAT area: any UK number before Brexit, an XI number after it.
    if sale.buyer.country == "GB":
        schemes = ("xi.vat",) if sale.on >= BREXIT else ("gb.vat", "xi.vat")
    else:
        schemes = ("eu.vat",)
    if result.scheme not in schemes:
        wanted = "an XI VAT ID" if schemes == ("xi.vat",) else "an EU VAT ID"
        return False, f"gives {result.normalized}, which is not {wanted}"
    if result.country != sale.buyer.country:
        return False, f"gives VAT ID {result.normalized} of {result.country}, not of {sale.buyer.country}"
    return True, f"has a valid VAT ID {result.normalized} (offline check)"
