"""Regenerate the reference images that tests/render/test_render_visual.py compares against.

Run from the repository root, then look at every image before keeping it (shaping, right to
left, no boxes)::

    .venv/bin/python tests/render/make_references.py

One document per script family (examples/i18n/), first page, 100 dpi, 8-bit grayscale PNG.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "reference"
DPI = 100

# script family -> example document (rendered in its own locale)
DOCUMENTS: dict[str, str] = {
    "latin": "fr-latin-invoice.toml",
    "cyrillic": "uk-cyrillic-credit-note.toml",
    "greek": "el-greek-invoice.toml",
    "arabic": "ar-arabic-invoice.toml",
    "hebrew": "he-hebrew-invoice.toml",
    "devanagari": "hi-devanagari-invoice.toml",
    "thai": "th-thai-receipt.toml",
    "japanese": "ja-japanese-invoice.toml",
    "chinese": "zh-chinese-invoice.toml",
    "korean": "ko-korean-invoice.toml",
}


def page_image(name: str) -> Any:
    """The first page of an example document as a grayscale PIL image."""
    import pypdfium2 as pdfium

    import invoicekit
    from invoicekit.render import render_bytes

    pdf = render_bytes(invoicekit.compute(invoicekit.load(ROOT / "examples" / "i18n" / name)))
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def main() -> None:
    REFERENCE.mkdir(exist_ok=True)
    for family, name in DOCUMENTS.items():
        path = REFERENCE / f"{family}.png"
        page_image(name).save(path, optimize=True)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
