"""Whether a business buyer's VAT ID allows a supply free of the seller's VAT (offline)."""

from __future__ import annotations

from ..taxid.schemes import schemes_for
from .sale import Sale

_DEFAULT_SCHEMES = ("eu.vat",)


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
    schemes = membership.vat_ids if membership else _DEFAULT_SCHEMES
    if result.scheme not in schemes:
        return False, f"gives {result.normalized}, which is not {_wanted(schemes, sale.buyer.country)}"
    if result.country != sale.buyer.country:
        return False, f"gives VAT ID {result.normalized} of {result.country}, not of {sale.buyer.country}"
    return True, f"has a valid VAT ID {result.normalized} (offline check)"


def _wanted(schemes: tuple[str, ...], country: str) -> str:
    """The schemes a buyer in ``country`` may give, by their titles ("a Northern Ireland VAT
    number", "an EU VAT number (FR)")."""
    titles = {s.name: s.title for s in schemes_for(country)}
    named = [titles.get(name, name) for name in schemes]
    return " or ".join(f"{'an' if t[0] in 'AEIOU' else 'a'} {t}" for t in named)
