"""Fixtures of the rendering tests: documents, rendering, text extraction."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _install_i18n_shim() -> None:
    """Only while the catalogs (invoicekit.i18n) are not there yet: English for every locale."""
    try:
        from invoicekit.i18n import best_locale, translate  # noqa: F401
    except ImportError:
        shim = types.ModuleType("invoicekit.i18n")
        shim.LOCALES = ("en",)  # type: ignore[attr-defined]
        shim.best_locale = lambda locale: "en"  # type: ignore[attr-defined]
        shim.translate = lambda msgid, locale, **params: msgid % params if params else msgid  # type: ignore[attr-defined]
        sys.modules["invoicekit.i18n"] = shim
        import invoicekit

        invoicekit.i18n = shim  # type: ignore[attr-defined]


_install_i18n_shim()


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES
