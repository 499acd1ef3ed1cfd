"""The words headers and totals use for a document's taxes: VAT, a named tax, or "tax".

The catalog's "Tax rate", "Total tax", "Prices include tax" read as VAT in most languages
(Taux de TVA, Итого НДС). That is right where the tax is a VAT and wrong for a Québec
invoice (GST and QST), a US one (sales tax) or an Indian one (GST). Whether a country's
tax is a VAT, and what its headers call it, is profile data (``vat``, ``labels.tax``;
docs/profiles.md): VAT documents keep the catalog's VAT wording byte for byte; a document
whose tax has one local name in its language says it ("Taux de TPS", "Total GST",
"消費税率"); any other (several taxes, no local name) says "tax" ("Total des taxes").
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from ..profiles import profile
from ..result import Computed
from .model import Label

if TYPE_CHECKING:
    from ..printed_notes import NoteWords
    from .labels import Labels

# VAT wording msgid -> (msgid naming the tax with %(tax)s, or None; neutral msgid)
_WORDING: dict[str, tuple[str | None, str]] = {
    "Tax": (None, "Tax (not VAT)"),
    "Tax rate": ("%(tax)s rate", "Tax rate (not VAT)"),
    "Tax amount": ("%(tax)s amount", "Tax amount (not VAT)"),
    "Tax breakdown": ("%(tax)s breakdown", "Tax breakdown (not VAT)"),
    "Total tax": ("Total %(tax)s", "Total tax (not VAT)"),
    "Total tax included": ("%(tax)s included", "Total tax included (not VAT)"),
    "Prices include tax": ("Prices include %(tax)s", "Prices include tax (not VAT)"),
    "Total tax in %(currency)s (exchange rate %(rate)s)": (
        None,
        "Total tax in %(currency)s (exchange rate %(rate)s) (not VAT)",
    ),
    # "Сумма без НДС", "Total TTC": the amounts before and with tax, worded for VAT in many languages
    "Net amount": (None, "Net amount (not VAT)"),
    "Total net amount": (None, "Total net amount (not VAT)"),
    "Total amount": (None, "Total amount (not VAT)"),
    "Taxable amount": (None, "Taxable amount (not VAT)"),
}


def tax_countries(computed: Computed) -> tuple[str, ...]:
    """The countries whose taxes the document charges: those of its lines' and
    adjustments' jurisdictions (``CA-QC`` is Canada's), else the seller's. Found once for
    the last document asked about (a document's headers ask about a dozen times, and each
    time read every line)."""
    last = _LAST
    if last is not None and last[0]() is computed:
        return last[1]
    places = [line.jurisdiction for line in computed.lines]
    places += [adjustment.jurisdiction for adjustment in (*computed.allowances, *computed.charges)]
    found = [place.split("-")[0] for place in places if place]
    countries = tuple(dict.fromkeys(found or [computed.invoice.seller.country]))
    _remember_countries(computed, countries)
    return countries


# the last document's tax_countries: a weak reference (the document is not kept) and the result
_LAST: tuple[weakref.ref[Computed], tuple[str, ...]] | None = None


def _remember_countries(computed: Computed, countries: tuple[str, ...]) -> None:
    global _LAST  # one tuple, replaced whole: a thread reads the old pair or the new one
    _LAST = (weakref.ref(computed), countries)


def is_vat(computed: Computed) -> bool:
    """Whether the document's taxes are VATs (every taxing country's profile says so),
    or it has no tax at all: then headers keep the catalog's VAT wording."""
    return not computed.taxes or all(profile(c).vat for c in tax_countries(computed))


def tax_word(computed: Computed, language: str) -> str | None:
    """The one name headers use for a non-VAT document's taxes in ``language``: the taxing
    country's ``labels.tax`` (GST for India's CGST and SGST), else the local name of its only
    tax (TPS, Sales Tax); ``None`` (say "tax") for several countries, several taxes or no
    name in ``language``. Only the profile's own words count: no fallback to English."""
    countries = [c for c in tax_countries(computed) if not profile(c).vat]
    if len(countries) != 1:
        return None
    country = profile(countries[0])
    group = country.labels.get("tax", {}).get(language)
    if group:
        return group
    names = {country.tax_name(row.tax, language) for row in computed.taxes}
    return names.pop() if len(names) == 1 else None


def _text(words: NoteWords, computed: Computed, msgid: str, vat: bool, **params: str) -> str:
    if vat or msgid not in _WORDING:
        return words.t(msgid, **params)
    named, neutral = _WORDING[msgid]
    word = tax_word(computed, words.language) if named else None
    if named and word:
        return words.t(named, tax=word, **params)
    return words.t(neutral, **params)


def tax_text(words: NoteWords, computed: Computed, msgid: str, **params: str) -> str:
    """``msgid`` (one of the VAT-worded msgids) in the document language, worded for the
    document's taxes (``words``: the document's :class:`Labels`, or the summary's catalog)."""
    return _text(words, computed, msgid, is_vat(computed), **params)


def tax_label(labels: Labels, computed: Computed, msgid: str, **params: str) -> Label:
    """:func:`tax_text` in the document language and the second language (when it reads
    differently): each language names the tax in its own words (Taux de TPS / GST rate)."""
    vat = is_vat(computed)
    first = _text(labels, computed, msgid, vat, **params)
    if labels.second is None:
        return Label(first)
    second = _text(labels.second, computed, msgid, vat, **params)
    return Label(first, None if second == first else second)
