"""The erasure confirmation's text in the buyer's language, from the message catalogs.

The sentences are msgids of the ``invoicekit`` catalogs (docs/translations.md); the counts
take the catalog's plural forms (Babel's rules: Russian 1 / 2-4 / 5-20, Arabic six forms),
the request date is the locale's long date and the numbers are a list in the locale's
style ("2026-00001, 2026-00002 und 2026-00003"), both from Babel's CLDR data.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list

from ..i18n import best_locale, translate, translate_count
from ..language import country_language

DONE = "Your request of %(date)s to erase your personal data has been carried out."
ERASED = (
    "We have removed your name, address and e-mail address from %(count)s document and "
    "deleted its stored PDF copy: %(numbers)s.",
    "We have removed your name, address and e-mail address from %(count)s documents and "
    "deleted their stored PDF copies: %(numbers)s.",
)
NONE = "No document was found from which your personal data could be erased."
KEPT = (
    "As VAT law requires, we keep the invoice numbers, dates, amounts and tax details "
    "(Articles 226 and 247 of Directive 2006/112/EC; Article 17(3)(b) of Regulation (EU) 2016/679)."
)
RETAINED = (
    "%(count)s document is still within its legal retention period and will be kept "
    "unchanged until that period ends: %(numbers)s.",
    "%(count)s documents are still within their legal retention period and will be kept "
    "unchanged until that period ends: %(numbers)s.",
)
REFERENCE = "Reference: %(reference)s"


def _cldr(locale: str, catalog: str) -> Locale:
    """Babel's locale for dates and lists: the one asked for (``de_AT``) if CLDR knows it,
    else the catalog's."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(catalog)


def confirmation_text(
    requested: dt.date, erased: Sequence[str], retained: Sequence[str], reference: str, locale: str
) -> str:
    """The confirmation of an erasure request, one sentence a line, in ``locale``."""
    catalog = best_locale(locale)
    cldr = _cldr(locale, catalog)
    lines = [translate(DONE, catalog, date=format_date(requested, "long", locale=cldr))]
    if erased:
        numbers = format_list(list(erased), locale=cldr)
        lines.append(translate_count(*ERASED, len(erased), catalog, numbers=numbers))
    else:
        lines.append(translate(NONE, catalog))
    lines.append(translate(KEPT, catalog))
    if retained:
        kept = format_list(list(retained), locale=cldr)
        lines.append(translate_count(*RETAINED, len(retained), catalog, numbers=kept))
    lines.append(translate(REFERENCE, catalog, reference=reference))
    return "\n".join(lines)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def stored_locale(document_json: str) -> str:
    """The language of an archived (redacted) document, decided as
    :func:`~invoicekit.language.document_locale` does: its ``locale``, the buyer's, else the
    main language of the buyer's country (erasure keeps these: they are not personal data)."""
    doc = _object(json.loads(document_json))
    buyer = _object(doc.get("buyer"))
    for value in (doc.get("locale"), buyer.get("locale")):
        if isinstance(value, str) and value:
            return value
    country = _object(buyer.get("address")).get("country")
    return country_language(country) if isinstance(country, str) and country else "en"
