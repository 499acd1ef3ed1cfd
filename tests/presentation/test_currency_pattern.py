"""Amounts put their currency symbol in from a cache: the text must be Babel's own, for
every shipped language and currencies with letter, sign and no symbols."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from babel import Locale

from invoicekit.i18n import LOCALES
from invoicekit.presentation.labels import _apply_pattern

CURRENCIES = ("EUR", "CHF", "JPY", "USD", "UAH", "INR", "SAR", "XAU", "BHD")
VALUES = ("0.00", "-0.00", "1234567.891", "-12.5", "0.005", "1000")


@pytest.mark.parametrize("name", LOCALES)
def test_the_cached_symbol_gives_babels_text(name: str) -> None:
    locale = Locale.parse(name)
    for pattern in (locale.currency_formats["standard"], locale.currency_formats["accounting"]):
        for text in VALUES:
            value = Decimal(text)
            shaped = copy.copy(pattern)
            shaped.frac_prec = (2, 3)
            for currency in CURRENCIES:
                babel = shaped.apply(value, locale, currency=currency, currency_digits=False, numbering_system="latn")
                assert _apply_pattern(shaped, value, locale, currency) == babel


def test_a_plural_name_pattern_is_babels() -> None:
    locale = Locale.parse("de")
    pattern = copy.copy(locale.currency_formats["standard"])
    pattern.prefix, pattern.suffix = ("", "-"), (" ¤¤¤ (¤¤, ¤)", " ¤¤¤ (¤¤, ¤)")
    for value in (Decimal(1), Decimal("2.50")):
        babel = pattern.apply(value, locale, currency="EUR", currency_digits=False, numbering_system="latn")
        assert "Euro" in babel and "EUR" in babel and "€" in babel
        assert _apply_pattern(pattern, value, locale, "EUR") == babel
