"""The document's words and numbers now live in :mod:`invoicekit.presentation.labels`
(importable without reportlab); kept here for code that imported them from the renderer."""

from __future__ import annotations

from ..presentation.labels import CATEGORY_MSGIDS, UNITS, Labels, cjk_font_script, parse_locale

__all__ = ["CATEGORY_MSGIDS", "UNITS", "Labels", "cjk_font_script", "parse_locale"]
