"""Whether a business buyer's VAT ID allows a supply free of the seller's VAT (offline)."""

from __future__ import annotations

from .sale import Sale


def check_buyer_vat_id(sale: Sale) -> tuple[bool, str]:
    """(valid, what was found) for the buyer's VAT ID, checked offline with python-stdnum.

    The ID must be of a scheme the buyer's membership of the EU VAT area names (data:
    ``vat_area.vat_ids``; an EU VAT number by default, a Northern Ireland XI number for a
    buyer there after Brexit) and of the buyer's own country."""
    vat_id = sale.buyer.vat_id
    if not vat_id:
        return False, "gives no VAT ID"
    from ..taxid import validate_tax_id  # python-stdnum only for a buyer's VAT ID to check

    result = validate_tax_id(vat_id)
    if not result.valid:
        return False, f"has an invalid VAT ID {vat_id} ({result.reason})"
    membership = sale.facts.membership(sale.code(sale.buyer), sale.on, "EU", sale.supply)
    # only the EU regime checks a buyer's VAT ID, and only for a buyer in the EU VAT area
    assert membership is not None, f"{sale.buyer.country}: a VAT ID checked outside the EU VAT area"
    schemes = membership.vat_ids
    if result.scheme not in schemes:
        return False, f"gives {result.normalized}; expected: {_wanted(schemes, sale.buyer.country)}"
    if result.country != sale.buyer.country:
        return False, f"gives VAT ID {result.normalized} of {result.country}, not of {sale.buyer.country}"
    return True, f"has a valid VAT ID {result.normalized} (offline check)"


def _wanted(schemes: tuple[str, ...], country: str) -> str:
    """The schemes a buyer in ``country`` may give, by their titles and without an article
    (which would follow the sound, not the first letter: "a UK VAT number"):
    "Northern Ireland VAT number", "EU VAT number (FR) or Northern Ireland VAT number"."""
    from ..taxid.schemes import schemes_for  # the schemes table, only for an ID to refuse

    titles = {s.name: s.title for s in schemes_for(country)}
    return " or ".join(titles.get(name, name) for name in schemes)
