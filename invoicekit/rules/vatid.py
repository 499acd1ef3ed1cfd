"""Whether a business buyer's VAT ID allows a supply free of the seller's VAT (offline)."""

from __future__ import annotations

from ..taxid import validate_tax_id
from .sale import Sale


def check_buyer_vat_id(sale: Sale) -> tuple[bool, str]:
    """(valid, what was found) for the buyer's VAT ID, checked offline with python-stdnum.

    The ID must be a valid EU VAT number of the buyer's own member state (``XI`` for a
    buyer in Northern Ireland)."""
    vat_id = sale.buyer.vat_id
    if not vat_id:
        return False, "gives no VAT ID"
    result = validate_tax_id(vat_id)
    if not result.valid:
        return False, f"has an invalid VAT ID {vat_id} ({result.reason})"
    northern_ireland = sale.code(sale.buyer) == "GB-NIR"
    if result.scheme != ("xi.vat" if northern_ireland else "eu.vat"):
        wanted = "an XI VAT ID" if northern_ireland else "an EU VAT ID"
        return False, f"gives {result.normalized}, which is not {wanted}"
    if result.country != sale.buyer.country:
        return False, f"gives VAT ID {result.normalized} of {result.country}, not of {sale.buyer.country}"
    return True, f"has a valid VAT ID {result.normalized} (offline check)"
