"""Legal wording an invoice must carry, kept as message ids so that each output (JSON,
PDF) prints it in its own language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..first_use import names_from

if TYPE_CHECKING:  # defined on first use, in invoicekit.rules.legal_note
    from .legal_note import LegalNote as LegalNote

#: ``invoicekit.rules.notes.LegalNote``, from invoicekit.rules.legal_note (its home is here)
__getattr__ = names_from("invoicekit.rules.legal_note", __name__, frozenset({"LegalNote"}))


REVERSE_CHARGE = "Reverse charge: the customer is liable for the VAT (Article 196 of Directive 2006/112/EC)."
INTRA_COMMUNITY = "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC)."
EU_EXPORT = "Exempt export of goods outside the EU (Article 146 of Directive 2006/112/EC)."
EU_OUTSIDE_SCOPE = "Supply outside the scope of VAT in %(country)s: the place of supply is outside the EU."
EXPORT = "Export of goods: zero-rated."
SERVICE_ABROAD = "Service supplied to a business outside %(country)s: outside the scope of %(tax)s."
NOT_REGISTERED = "No sales tax charged: the seller is not registered to collect tax in %(jurisdiction)s."
BUYER_VAT_ID = "Buyer's VAT ID: %(vat_id)s"


def note(msgid: str, **params: str) -> LegalNote:
    """The note ``msgid`` with ``params``, in a fixed order."""
    from .legal_note import LegalNote

    return LegalNote(msgid, tuple(sorted(params.items())))
