"""Reading rendered PDFs back: text, fonts, glyphs, positions and pixels."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pypdf
from pypdf.generic import ContentStream

import invoicekit
from invoicekit.render import render_bytes


def computed(source: Any) -> invoicekit.Computed:
    """A path or dict, loaded and computed with the shipped tax data."""
    return invoicekit.compute(invoicekit.load(source))


def render(source: Any, **options: Any) -> bytes:
    return render_bytes(computed(source), **options)


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, NFC, with no-break spaces as spaces."""
    return [normal(page.extract_text()) for page in reader(pdf).pages]


def pdfium_page_texts(pdf: bytes) -> list[str]:
    """The text of each page as pdfium extracts it, NFC, lines separated by newlines.

    pypdf carries its right-to-left state from a Hebrew or Arabic line into the next one
    (after "שלום" it reads "क्षप्रे" as "प्रक्षे"); pdfium reads each line on its own."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [normal(page.get_textpage().get_text_bounded().replace("\r\n", "\n")) for page in document]
    finally:
        document.close()


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def normal(value: str) -> str:
    """NFC; no-break and narrow no-break spaces as plain spaces; isolate marks dropped."""
    value = unicodedata.normalize("NFC", value)
    for ch in "\u00a0\u202f\u2009":
        value = value.replace(ch, " ")
    for ch in "\u2066\u2067\u2068\u2069\u200e\u200f":
        value = value.replace(ch, "")
    return value


def shown_codes(operator: bytes, operands: Any) -> Iterator[int]:
    """The character codes a text-showing operator draws (none for other operators)."""
    if operator not in (b"Tj", b"TJ", b"'", b'"'):
        return
    items = operands[0] if operator == b"TJ" else operands[-1:]
    for item in items:
        if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
            raw = item.original_bytes if hasattr(item, "original_bytes") else item
            if isinstance(raw, str):
                raw = raw.encode("latin-1")
            yield from raw


def drawn_codes(pdf: bytes) -> Iterator[tuple[int, str, Any, int]]:
    """(page number, font resource name, font dictionary, character code) of every glyph drawn."""
    for number, page in enumerate(reader(pdf).pages, start=1):
        fonts = page["/Resources"]["/Font"]
        content = ContentStream(page.get_contents(), page.pdf)
        current = None
        for operands, operator in content.operations:
            if operator == b"Tf":
                current = operands[0]
            for code in shown_codes(operator, operands):
                yield number, current, fonts[current].get_object(), code


def glyph_ids(font: Any) -> dict[int, int]:
    """Character code -> glyph index of an embedded TrueType subset (its (1, 0) cmap)."""
    from fontTools.ttLib import TTFont

    data = font["/FontDescriptor"]["/FontFile2"].get_data()
    tt = TTFont(io.BytesIO(data))
    table = tt["cmap"].getcmap(1, 0) or tt["cmap"].getcmap(3, 1) or tt["cmap"].getcmap(3, 0)
    return {code: tt.getGlyphID(name) for code, name in table.cmap.items()}


def missing_glyphs(pdf: bytes) -> list[tuple[int, str, int]]:
    """Every (page, font, code) drawn with the font's .notdef glyph (a box), or with code 0,
    which reportlab gives characters the font lacks (its glyph may be an empty NULL glyph)."""
    return notdef((page, font, code) for page, _name, font, code in drawn_codes(pdf))


def notdef(codes: Iterable[tuple[int, Any, int]]) -> list[tuple[int, str, int]]:
    """The (page, font, code) of ``codes`` (page, font dictionary, code) that draw no glyph."""
    cache: dict[int, dict[int, int]] = {}
    missing = []
    for page, font, code in codes:
        key = id(font)
        if key not in cache:
            cache[key] = glyph_ids(font)
        if code == 0 or cache[key].get(code, 0) == 0:
            missing.append((page, str(font["/BaseFont"]), code))
    return missing


@dataclass(frozen=True)
class Reading:
    """A PDF read once: the text pieces of each page in drawing order, and the glyphs drawn
    without a glyph in their font (as :func:`missing_glyphs`)."""

    pages: list[list[Piece]]
    missing: list[tuple[int, str, int]]


@dataclass(frozen=True)
class Piece:
    """A piece of text as pypdf reports it (one drawn run, or part of one), NFC and with
    no-break spaces as spaces; ``x`` and ``y`` where it starts, in page coordinates."""

    text: str
    x: float
    y: float


def read(pdf: bytes) -> Reading:
    """Text pieces and missing glyphs in a single pass over each page's content stream."""
    codes: list[tuple[int, Any, int]] = []
    pages = [read_page(page, number, codes) for number, page in enumerate(reader(pdf).pages, start=1)]
    return Reading(pages, notdef(codes))


def read_page(page: Any, number: int, codes: list[tuple[int, Any, int]]) -> list[Piece]:
    """The text pieces of a page; appends (page number, font dictionary, code) of every glyph
    drawn to ``codes``."""
    fonts = page["/Resources"]["/Font"]
    pieces: list[Piece] = []
    font: list[Any] = [None]  # the current font

    def operation(operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
        if operator == b"Tf":
            font[0] = fonts[operands[0]].get_object()
        codes.extend((number, font[0], code) for code in shown_codes(operator, operands))

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            pieces.append(Piece(normal(text), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_operand_before=operation, visitor_text=visit)
    return pieces


def positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text piece pypdf sees on a page, in page coordinates."""
    out: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            out.append((normal(text), x, y))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return out


def png(pdf: bytes, page: int = 0, dpi: int = 100) -> Any:
    """A page as a grayscale PIL image."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
