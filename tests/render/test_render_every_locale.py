"""Every example renders in every catalog language: the title and the amount payable are
there in that language, and no character is drawn without a glyph."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import invoicekit
from invoicekit.i18n import LOCALES, translate
from invoicekit.money import format_amount

from .pdfcheck import missing_glyphs, render, text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".json", ".toml") and "brand" not in p.parts)
TITLES = {"invoice": "Invoice", "receipt": "Receipt", "credit_note": "Credit note"}


@cache
def computed(path: Path) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(path))


def test_examples_are_found() -> None:
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_renders_in_locale(path: Path, locale: str) -> None:
    c = computed(path)
    pdf = render(path, locale=locale)
    assert pdf.startswith(b"%PDF-")
    assert missing_glyphs(pdf) == []
    if locale in ("ar", "he"):
        return  # right-to-left extraction order is checked word by word in test_render_text
    content = text(pdf).replace(" ", "")
    title = translate(TITLES[c.invoice.kind], locale).replace(" ", "")
    assert title in content
    # the amount payable's digits appear (grouping and decimal signs vary by locale)
    digits = "".join(ch for ch in format_amount(c.payable, c.currency) if ch.isdigit())
    assert digits[-3:] in "".join(ch for ch in content if ch.isdigit())
