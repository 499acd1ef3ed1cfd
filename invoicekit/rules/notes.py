"""Legal wording an invoice must carry, kept as message ids so that each output (JSON,
PDF) prints it in its own language."""

from __future__ import annotations

from attrs import frozen

from ..reprs import fields_repr


@frozen
class LegalNote:
    """A translatable note: an English ``msgid`` of the catalogs and its parameters, free of
    any language: ``country`` is an ISO 3166-1 code, ``jurisdiction`` an ISO 3166-2 code,
    ``vat_id`` and ``tax`` as written. The presentation step words it in a language."""

    __repr__ = fields_repr

    msgid: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, locale: str) -> str:
        """The note in ``locale`` (English where no catalog has it), the country named in it."""
        from ..presentation.labels import legal_text

        return legal_text(self, locale)


REVERSE_CHARGE = "Reverse charge: the customer is liable for the VAT (Article 196 of Directive 2006/112/EC)."
INTRA_COMMUNITY = "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC)."
EU_EXPORT = "Exempt export of goods outside the EU (Article 146 of Directive 2006/112/EC)."
EU_OUTSIDE_SCOPE = "Supply outside the scope of VAT in %(country)s: the place of supply is outside the EU."
EXPORT = "Export of goods: zero-rated."
SERVICE_ABROAD = "Service supplied to a business outside %(country)s: outside the scope of %(tax)s."
NOT_REGISTERED = "No sales tax charged: the seller is not registered to collect tax in %(jurisdiction)s."
BUYER_VAT_ID = "Buyer's VAT ID: %(vat_id)s"


def note(msgid: str, **params: str) -> LegalNote:
    return LegalNote(msgid, tuple(sorted(params.items())))
