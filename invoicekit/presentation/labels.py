"""Words and numbers in the document's language: translated labels and Babel formatting.

Amounts arrive rounded to the currency's minor units (:mod:`invoicekit.money`); they are
printed with exactly those digits and never rounded again (a value that would need rounding
raises). Numbers use Latin digits in every locale (CLDR's ``latn`` system) and are wrapped
as left-to-right isolates, so amounts, rates, IBANs and invoice numbers keep their order in
Arabic and Hebrew text.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import NumberPattern, get_currency_name, get_currency_symbol, parse_pattern
from babel.units import get_unit_name

from ..money import EXACT, minor_units, quantum
from ..profiles import date_pattern, label_separator, local_tax_name
from ..rules.notes import LegalNote
from .amount_shapes import shaped_money
from .errors import RenderError
from .isolates import FSI, PDI, ltr

_MARKS = str.maketrans("", "", "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")

# UN/ECE Recommendation 20 unit codes -> CLDR unit (short names from Babel); C62 ("one") is blank.
UNITS: dict[str, str | None] = {
    "C62": None,
    "H87": None,
    "EA": None,
    "HUR": "duration-hour",
    "MIN": "duration-minute",
    "SEC": "duration-second",
    "DAY": "duration-day",
    "WEE": "duration-week",
    "MON": "duration-month",
    "ANN": "duration-year",
    "KGM": "mass-kilogram",
    "GRM": "mass-gram",
    "TNE": "mass-tonne",
    "MTR": "length-meter",
    "CMT": "length-centimeter",
    "MMT": "length-millimeter",
    "KMT": "length-kilometer",
    "LTR": "volume-liter",
    "MLT": "volume-milliliter",
    "MTK": "area-square-meter",
    "MTQ": "volume-cubic-meter",
    "KWH": "energy-kilowatt-hour",
    "GB": "digital-gigabyte",
    "E34": "digital-gigabyte",
}

# EN 16931 tax category codes -> label msgid.
CATEGORY_MSGIDS: dict[str, str] = {
    "S": "Standard rated",
    "Z": "Zero rated",
    "E": "Exempt from tax",
    "AE": "Reverse charge",
    "K": "Intra-Community supply",
    "G": "Export",
    "O": "Outside the scope of tax",
}


# "2006/112/EC", "2006/112/CE" and the Cyrillic forms: in right-to-left text a left-to-right isolate,
# or the bidi algorithm shows "EC/2006/112"
_LEGAL_REFERENCE = re.compile(r"\b\d{2,4}/\d{1,4}/\w{2,4}\b")


@lru_cache(maxsize=1024)
def _symbol(currency: str, locale: Locale) -> str:
    """Babel's symbol of ``currency`` in ``locale`` (``€``, ``CHF``), looked up once."""
    return str(get_currency_symbol(currency, locale=locale))


def _apply_pattern(pattern: NumberPattern, value: Decimal, locale: Locale, currency: str | None) -> str:
    """``pattern.apply(value, locale, currency=currency, ...)`` with the currency symbol put in
    from a cache: Babel looks the symbol and the plural currency name up on every call, which
    was a third of the time of formatting an amount. Where a quote could make the order of
    Babel's steps matter (its quote removal runs after the symbol is put in), Babel does it all."""

    def apply(currency: str | None) -> str:
        text = pattern.apply(value, locale, currency=currency, currency_digits=False, numbering_system="latn")
        return str(text)

    symbol = _symbol(currency, locale) if currency else ""
    if not currency or "'" in symbol or "'" in currency:
        return apply(currency)
    text = apply(None)
    if "¤" not in text:
        return text
    if "¤¤¤" in text:  # the plural name: never in the patterns used here, but as Babel does it
        text = text.replace("¤¤¤", get_currency_name(currency, value, locale))
    return text.replace("¤¤", currency.upper()).replace("¤", symbol)


@lru_cache(maxsize=1024)
def _pattern(locale: Locale, kind: str, min_frac: int, max_frac: int) -> NumberPattern:
    """The locale's CLDR pattern for ``kind`` ("currency", "percent", else decimal), parsed
    once, with ``min_frac`` to ``max_frac`` fraction digits (never changed after: Babel's
    ``apply`` only reads it)."""
    if kind == "currency":
        source = locale.currency_formats["standard"]
    elif kind == "percent":
        source = locale.percent_formats[None]
    else:
        source = locale.decimal_formats[None]
    pattern = copy.copy(parse_pattern(source))
    pattern.frac_prec = (min_frac, max_frac)
    return pattern


# Formatted values shared between documents (strings), bounded; see Labels._apply.
_FORMATTED: dict[tuple[str, str, str, int, str | None], str] = {}
_FORMATTED_MAX = 20_000


def _currency_spacing(text: str, locale: Locale, currency: str) -> str:
    """CLDR's currency spacing: a no-break space between a symbol that ends (or begins) with
    a letter and the digits beside it ("CHF 1,450.00", never "CHF1,450.00"); Babel's pattern
    application leaves it out."""
    symbol = _symbol(currency, locale)
    if symbol and unicodedata.category(symbol[-1]).startswith("L"):
        text = re.sub(re.escape(symbol) + r"(?=\d)", symbol + "\u00a0", text)
    if symbol and unicodedata.category(symbol[0]).startswith("L"):
        text = re.sub(r"(?<=\d)" + re.escape(symbol), "\u00a0" + symbol, text)
    return text


def parse_locale(name: str) -> Locale:
    """A Babel locale from ``"uk"``, ``"fr_CA"`` or ``"fr-CA"``; :class:`RenderError` if unknown."""
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise RenderError(f"unknown locale {name!r} ({exc})") from None


def cjk_font_script(locale: Locale) -> str | None:
    """The CJK font (``Jpan``, ``Hans``, ``Kore``) a locale prefers, if it is a CJK language."""
    return {"ja": "Jpan", "zh": "Hans", "ko": "Kore"}.get(locale.language)


class Labels:
    """Translated labels and formatted values for one document language (and, optionally, a
    second language printed beside the labels)."""

    def __init__(self, locale: str, second: str | None = None, *, date_style: str | None = None) -> None:
        from ..i18n import best_locale  # the catalogs are a separate part of invoicekit

        self.babel = parse_locale(locale)
        self.name = str(self.babel)
        self.catalog = best_locale(self.name) or "en"
        self.rtl = self.babel.character_order == "right-to-left"
        self.colon = label_separator(self.babel.language)  # ": ", "\u00a0: " in fr
        self.date_style = date_style  # the issuing country's date pattern, before the language's
        self.second: Labels | None = None
        if second:
            other = Labels(second)
            if other.catalog != self.catalog:
                self.second = other

    @property
    def language(self) -> str:
        """The document language's code (``de``, ``zh``), as the notes and profiles read it."""
        return str(self.babel.language)

    # --- words ---

    def t(self, msgid: str, **params: str) -> str:
        """``msgid`` in the document language."""
        from ..i18n import translate

        return translate(msgid, self.catalog, **params)

    def both(self, msgid: str, **params: str) -> str:
        """``msgid`` in the document language, then `` / `` and the second language when it
        reads differently (``Rechnung / Invoice``, but ``IBAN``)."""
        first, second = self.pair(msgid, **params)
        if second is None:
            return first
        # each language keeps its own direction ("صفحة 1 من 3 / Page 1 of 3")
        return f"{FSI}{first}{PDI} / {FSI}{second}{PDI}"

    def pair(self, msgid: str, **params: str) -> tuple[str, str | None]:
        """(document language, second language or ``None`` when there is none or it is the same)."""
        first = self.t(msgid, **params)
        if self.second is None:
            return first, None
        second = self.second.t(msgid, **params)
        return first, (None if second == first else second)

    def legal(self, note: LegalNote) -> str:
        """A legal note of the tax rules in the document language; identifiers stay left to
        right and country codes become the locale's names."""
        params, country = {}, dict(note.params).get("country", "")
        for key, value in note.params:
            if key == "tax":  # the tax of the note's country in its local name (TPS, not GST)
                value = local_tax_name((country,), value, self.babel.language)
            elif key == "country":
                value = self.country(value)
            elif key in ("vat_id", "jurisdiction"):
                value = ltr(value)
            params[key] = value
        text = self.t(note.msgid, **params)
        return _LEGAL_REFERENCE.sub(lambda m: ltr(m.group(0)), text) if self.rtl else text

    def category(self, code: str) -> str:
        """The label of an EN 16931 category; none for S, which covers every positive rate
        (reduced ones too) and whose rate column says all ("standard rate" on a 7 % row
        would mislead)."""
        if code == "S":
            return ""
        msgid = CATEGORY_MSGIDS.get(code)
        return self.t(msgid) if msgid else code

    # --- values ---

    def _apply(self, kind: str, value: Decimal, min_frac: int, currency: str | None = None) -> str:
        """``value`` formatted, remembered per locale, kind, value as written (``str`` keeps
        its digits and exponent), minimum fraction digits and currency: amounts, quantities
        and rates repeat between lines and documents."""
        key = (self.name, kind, str(value), min_frac, currency)
        found = _FORMATTED.get(key)
        if found is None:
            if len(_FORMATTED) >= _FORMATTED_MAX:
                _FORMATTED.clear()
            found = _FORMATTED[key] = self._format(kind, value, min_frac, currency)
        return found

    def _format(self, kind: str, value: Decimal, min_frac: int, currency: str | None) -> str:
        shown = value.scaleb(2, context=EXACT) if kind == "percent" else value
        exponent = shown.as_tuple().exponent
        digits = max(min_frac, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
        pattern = _pattern(self.babel, kind, min_frac, digits)
        text = _apply_pattern(pattern, value, self.babel, currency)
        text = text.translate(_MARKS)
        return _currency_spacing(text, self.babel, currency) if currency else text

    def money(self, amount: Decimal, currency: str, *, isolate: bool = True) -> str:
        """An amount with exactly the currency's minor units: ``1.234,50 €`` (de)."""
        exact = amount.quantize(quantum(currency), context=EXACT)  # raises rather than rounds
        minor = minor_units(currency)
        key = (self.name, "currency", str(exact), minor, currency)
        text = _FORMATTED.get(key)
        if text is None:  # as _apply, from the text of an amount of the same shape
            if len(_FORMATTED) >= _FORMATTED_MAX:
                _FORMATTED.clear()
            text = _FORMATTED[key] = shaped_money(
                self.name, exact, minor, currency, lambda v: self._format("currency", v, minor, currency)
            )
        return ltr(text) if isolate else text

    def price(self, amount: Decimal, currency: str) -> str:
        """A unit price: at least the currency's minor units, more when the price has them."""
        return ltr(self._apply("currency", amount, minor_units(currency), currency))

    def number(self, value: Decimal) -> str:
        """A quantity as written: ``0,238`` (de), ``1,000`` (en)."""
        return ltr(self._apply("decimal", value, 0))

    def rate(self, percent: Decimal) -> str:
        """A tax rate in percent, exactly: ``5,5 %`` (fr), ``9.975%`` (en)."""
        value = percent.normalize(EXACT) if percent == percent.to_integral_value() else percent
        return ltr(self._apply("percent", value.scaleb(-2, context=EXACT), 0))

    def date(self, day: dt.date) -> str:
        """A date as the language's business documents write it: the issuing country's pattern
        (``06/10/2025`` in India), else the language's (``02.11.2026`` in ru, uk, be;
        data/profiles/languages.toml), else CLDR's medium format."""
        pattern = self.date_style or date_pattern(self.babel.language) or "medium"
        text = format_date(day, pattern, locale=self.babel).translate(_MARKS)
        return f"{FSI}{text}{PDI}"

    def unit(self, code: str) -> str:
        """A unit of measure's short name (``Std.``, ``kg``), blank for pieces, else the code."""
        if code in UNITS:
            cldr = UNITS[code]
            if cldr is None:
                return ""
            try:
                return get_unit_name(cldr, length="short", locale=self.babel) or code
            except Exception:
                return code
        return code

    def country(self, code: str) -> str:
        name: str = self.babel.territories.get(code, code)
        return name

    @staticmethod
    def code(text: str) -> str:
        """An identifier (invoice number, VAT ID, BIC, reference) kept left to right."""
        return ltr(text)

    @staticmethod
    def iban(text: str) -> str:
        """An IBAN in groups of four, left to right."""
        compact = "".join(text.split()).upper()
        return ltr(" ".join(compact[i : i + 4] for i in range(0, len(compact), 4)))


@cache
def legal_text(note: LegalNote, locale: str) -> str:
    """A legal note in ``locale`` as plain text (no isolate marks): ``Computed.notes``."""
    from .isolates import plain

    return plain(Labels(locale).legal(note))
