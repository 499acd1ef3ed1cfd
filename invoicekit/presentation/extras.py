"""What a country's documents must carry beyond the EN 16931 content, from its profile:
the title of a tax invoice (Saudi Arabia, India), the date of supply defaulted to the issue
date (Germany, Austria), the total in words (ru, uk, be), the ZATCA QR code, the place of
supply (India) and the French late-payment notice."""

from __future__ import annotations

import datetime as dt

from ..profiles import language_fact, profile
from ..result import Computed
from ..taxid.india import GSTIN_STATE_CODES, gstin_state
from .labels import Labels
from .model import Field, Label, QrCode
from .words import amount_in_words
from .zatca import zatca_payload


def local_title(labels: Labels, computed: Computed, receipt: bool) -> tuple[str, str | None] | None:
    """The seller's country's title for a tax invoice (``فاتورة ضريبية``, "Tax Invoice"), or a
    simplified one for a receipt or a buyer without a VAT number; ``None`` where the catalog's
    "Invoice" stands. Credit notes keep theirs."""
    invoice = computed.invoice
    if invoice.kind == "credit_note":
        return None
    seller = profile(invoice.seller.country)
    kind = (
        "simplified" if (receipt or not invoice.buyer.vat_id) and "simplified" in seller.titles else "invoice"
    )
    if kind not in seller.titles or (receipt and kind != "simplified"):
        return None
    first = seller.title(kind, labels.babel.language) or seller.title(kind, "en")
    if first is None:
        return None
    second = None
    if labels.second is not None:
        second = seller.title(kind, labels.second.babel.language) or labels.second.t("Invoice")
    return first, (None if second == first else second)


def in_words(labels: Labels, computed: Computed) -> str | None:
    """ "Сумма прописью: ..." where the document language writes it and the seller's or
    buyer's country asks for it."""
    invoice = computed.invoice
    language = labels.babel.language
    caption = language_fact("in_words", language)
    countries = (invoice.seller.country, invoice.buyer.country)
    if caption is None or not any(profile(c).total_in_words for c in countries):
        return None
    text = amount_in_words(computed.payable, computed.currency, language)
    return f"{caption}{labels.colon}{text}" if text else None


def qr_codes(labels: Labels, computed: Computed) -> tuple[QrCode, ...]:
    """The ZATCA QR code of a Saudi seller's invoice, receipt or credit note. The model has
    no time of issue, so the time stamp is the issue date at 00:00:00 UTC."""
    invoice = computed.invoice
    seller = profile(invoice.seller.country)
    if not seller.zatca_qr or not invoice.seller.vat_id:
        return ()
    issued = dt.datetime.combine(invoice.issue_date, dt.time(), dt.UTC)
    payload = zatca_payload(invoice.seller.name, invoice.seller.vat_id, issued, computed.gross, computed.tax)
    caption = seller.words("labels", "zatca_qr", labels.babel.language)
    return (QrCode("zatca", payload, Label(caption) if caption else None),)


def _gstin_subdivision(number: str) -> str | None:
    found = gstin_state(number)
    return found.subdivision if found else None


#: The tax-ID schemes whose number tells the holder's subdivision: a GSTIN's first two digits
#: are its State's code. A country whose profile asks for the place of supply but whose IDs
#: say nothing of it falls back to the buyer's address.
_SUBDIVISION_OF_ID = {"in.gstin": _gstin_subdivision}


def _subdivision_of_id(country: str, vat_id: str) -> list[str]:
    """The subdivision the buyer's tax ID names, read by a scheme of ``country`` that says it."""
    from ..taxid.schemes import schemes_for

    for scheme in schemes_for(country):
        reader = _SUBDIVISION_OF_ID.get(scheme.name)
        found = reader(vat_id) if reader else None
        if found:
            return [found]
    return []


def place_of_supply(labels: Labels, computed: Computed) -> Field | None:
    """India: the State of the place of supply, with its GST state code (CGST Rules 2017,
    rule 46(n)): the State the tax rules chose for the lines, else the recipient's (IGST Act
    ss. 10(1)(a) and 12(2)(a): where goods are delivered, where a registered recipient is),
    from the GSTIN's state code or the address region."""
    invoice = computed.invoice
    country = invoice.seller.country  # whose profile asks for the place of supply (India's)
    seller = profile(country)
    if not seller.place_of_supply:
        return None
    places = [line.jurisdiction for line in computed.lines if line.jurisdiction.startswith(f"{country}-")]
    buyer = invoice.buyer
    if not places and buyer.vat_id and buyer.country == country:
        places = _subdivision_of_id(country, buyer.vat_id)
    if not places and buyer.address.subdivision and buyer.country == country:
        places = [buyer.address.subdivision]
    if not places:
        return None
    state = next((s for s in GSTIN_STATE_CODES.values() if s.subdivision == places[0]), None)
    value = f"{state.name} ({state.code})" if state else places[0]
    text = seller.words("labels", "place_of_supply", labels.babel.language) or "Place of supply"
    return Field("place_of_supply", Label(text), value)
