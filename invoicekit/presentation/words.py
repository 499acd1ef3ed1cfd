"""The amount payable in words, as Russian, Ukrainian and Belarusian documents write it.

``num2words`` spells the whole units with the currency's noun in the right case and number
("одна тысяча двести тридцать четыре рубля", "двадцять одна гривня", "два беларускія
рублі"); accountants write the minor units in digits after it ("56 копеек"), so the
kopecks come from the same library's noun for that count. What num2words lacks, worked
around here: with ``to="currency"`` an ``int`` is read as minor units (21 -> "ноль рублей,
двадцать одна копейка"), so a Decimal is always passed; it capitalises nothing (documents
start with a capital); currencies outside its list raise NotImplementedError, so those
amounts are spelled as a number followed by the ISO code.
"""

from __future__ import annotations

from decimal import Decimal

from ..money import EXACT, minor_units

_LANGUAGES = ("ru", "uk", "be")


def _currency_words(amount: Decimal, language: str, currency: str) -> str:
    from num2words import num2words

    return str(num2words(amount, lang=language, to="currency", currency=currency))


def amount_in_words(amount: Decimal, currency: str, language: str) -> str | None:
    """``1234.56 RUB`` in ru: "Одна тысяча двести тридцать четыре рубля 56 копеек";
    ``None`` for a language this does not cover."""
    if language not in _LANGUAGES:
        return None
    from num2words import num2words

    units = minor_units(currency)
    whole = amount.to_integral_value(rounding="ROUND_DOWN")
    cents = int(((amount - whole) * (10**units)).to_integral_value(context=EXACT)) if units else 0
    try:
        major = _currency_words(Decimal(f"{whole}.00"), language, currency).split(", ")[0]
        text = major
        if units:
            minor_noun = _currency_words(Decimal(cents) / 100, language, currency).split(" ")[-1]
            text = f"{major} {cents:0{units}d} {minor_noun}"
    except NotImplementedError:
        text = f"{num2words(int(whole), lang=language)} {currency}"
        if units:
            text += f" {cents:0{units}d}"
    return text[:1].upper() + text[1:]
