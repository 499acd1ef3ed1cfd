"""The documents the browser tests open: e-mail and page, LTR and RTL, CJK."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import invoicekit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BRAND = EXAMPLES / "i18n" / "brand" / "brand.toml"

# name: (document, locale, mode, second locale)
CASES = {
    "email-de": (EXAMPLES / "de-invoice.toml", "de", "email", None),
    "page-de-en": (EXAMPLES / "de-invoice.toml", "de", "page", "en"),
    "email-ar": (EXAMPLES / "i18n" / "ar-arabic-invoice.toml", None, "email", None),
    "page-ja": (EXAMPLES / "i18n" / "ja-japanese-invoice.toml", None, "page", None),
    "email-ru-receipt": (EXAMPLES / "ch-receipt.toml", "ru", "email", None),
}
SHOTS = [("email-de", 800), ("email-de", 360), ("email-ar", 360), ("page-ja", 800)]


@cache
def markup(case: str) -> str:
    path, locale, mode, second = CASES[case]
    computed = invoicekit.compute(invoicekit.load(path))
    brand = invoicekit.load_brand(BRAND)
    return invoicekit.render_html(
        computed,
        locale=locale,
        second_locale=second,
        brand=brand,
        mode=mode,
        images="data",  # type: ignore[arg-type]
    )
