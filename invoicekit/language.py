"""Which language a document is written in."""

from __future__ import annotations

from functools import cache

from .model import Invoice


@cache
def country_language(country: str) -> str:
    """The main language of a country (CLDR's first official language), else English.

    >>> country_language("DE"), country_language("UA"), country_language("CA"), country_language("AQ")
    ('de', 'uk', 'en', 'en')
    """
    # Babel (and its CLDR territory data) only when a document does not name its language
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    for language in get_official_languages(country, de_facto=True):
        try:
            Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            continue
        return language
    return "en"


def document_locale(invoice: Invoice) -> str:
    """The document's language: its ``locale``, else the buyer's, else the main language of
    the buyer's country."""
    return invoice.locale or invoice.buyer.locale or country_language(invoice.buyer.country)
