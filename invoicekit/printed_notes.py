"""The notes a document prints: its own, the legal notes of the tax rules, "prices include
tax" and the seller's country's notes, in the document language.

Shared by the view (:func:`~invoicekit.presentation.present`) and the summary of
``invoicekit compute``, which asks :func:`document_notes` for them alone: without a legal note
(whose country names and direction need the locale's CLDR data) the notes are catalog words
only, so the summary does not load Babel, the tables or the party blocks (hence a module
outside :mod:`invoicekit.presentation`, whose package loads all of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from .language import document_locale
from .locale_names import canonical_locale
from .result import Computed

if TYPE_CHECKING:
    from .profiles import Profile
    from .rules.notes import LegalNote


class NoteWords(Protocol):
    """What the notes read of the document language (:class:`~invoicekit.presentation.Labels` is one)."""

    @property
    def language(self) -> str: ...

    def t(self, msgid: str, **params: str) -> str: ...

    def legal(self, note: LegalNote) -> str: ...


class _CatalogWords:
    """The words of one locale's catalog, for a document without legal notes (the catalogs
    are opened only when a note needs a word). A plain class, not attrs: it is made once a
    summary and never compared, and defining an attrs class costs about 2M instructions of
    the start-up (docs/performance.md)."""

    __slots__ = ("language", "locale")

    def __init__(self, locale: str, language: str) -> None:
        self.locale = locale
        self.language = language

    def t(self, msgid: str, **params: str) -> str:
        from .i18n import best_locale, translate

        return translate(msgid, best_locale(self.locale) or "en", **params)

    def legal(self, note: LegalNote) -> str:  # pragma: no cover - used only without legal notes
        raise AssertionError("legal notes are worded by Labels")


def _seller_profile(computed: Computed) -> Profile:
    """The seller's country profile, asked for only when a note depends on it: a summary
    whose document gives its date of supply and whose buyer is a consumer reads no profile
    (nor imports :mod:`invoicekit.profiles`, its class and its two TOML files: start-up)."""
    from .profiles import profile

    return profile(computed.invoice.seller.country)


def supply_date_defaulted(computed: Computed) -> bool:
    """Whether the issue date is printed as the date of supply: the document gives none and
    the seller's country requires one on every invoice (UStG § 14 Abs. 4 Nr. 6)."""
    invoice = computed.invoice
    return (
        invoice.supply_date is None
        and invoice.kind != "receipt"
        and _seller_profile(computed).supply_date_default
    )


def country_notes(words: NoteWords, computed: Computed) -> tuple[str, ...]:
    """The seller's country's notes: the defaulted date of supply, the late-payment terms."""
    invoice, language, texts = computed.invoice, words.language, []
    if supply_date_defaulted(computed):
        texts.append(_seller_profile(computed).words("notes", "supply_date", language))
    b2b = invoice.buyer.business or bool(invoice.buyer.vat_id)
    if b2b and invoice.kind == "invoice" and _seller_profile(computed).late_payment_notice:
        texts.append(_seller_profile(computed).words("notes", "late_payment", language))
    return tuple(t for t in texts if t)


def notes(words: NoteWords, computed: Computed) -> tuple[str, ...]:
    """The document's own notes, the legal notes of the tax rules in the document language,
    "prices include tax" where they do, and the country's notes."""
    invoice = computed.invoice
    texts = list(invoice.notes)
    if computed.legal_notes:
        texts += [words.legal(n) for n in computed.legal_notes]
    else:  # notes of a received e-invoice, without message ids: as written
        texts += [n for n in computed.own_notes if n not in invoice.notes]
    if invoice.prices_include_tax:
        from .presentation.taxwords import tax_text  # profiles and catalog words, no Babel

        texts.append(tax_text(words, computed, "Prices include tax"))
    return (*texts, *country_notes(words, computed))


def document_notes(computed: Computed) -> tuple[str, ...]:
    """``present(computed).notes``: the same texts, with Babel loaded only where a legal note
    or a locale name Babel must resolve needs it."""
    wanted = document_locale(computed.invoice)
    name = canonical_locale(wanted)
    if computed.legal_notes or name is None:
        from .presentation.labels import Labels  # raises RenderError for an unknown locale, as present does

        return notes(Labels(wanted), computed)
    return notes(_CatalogWords(name, name.split("_")[0]), computed)
