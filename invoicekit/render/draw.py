"""Drawing shaped lines on a reportlab canvas: PDF text operators written directly.

Glyphs are placed where HarfBuzz put them (``TJ`` adjustments, ``Ts`` for marks raised or
lowered) and written in visual order, as PDF text extractors expect: pypdf and pdfium turn
right-to-left runs back into reading order. Bold without a bold font is
drawn by stroking the glyph outlines as well as filling them.
"""

from __future__ import annotations

from typing import Protocol, cast

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas

from .text import GlyphRun, ShapedLine

SYNTHETIC_BOLD_STROKE = 0.035  # of the font size


class _CanvasDocument(Protocol):
    """Every reportlab Canvas keeps the document it writes in ``_doc``; types-reportlab
    leaves the attribute out."""

    _doc: PDFDocument


def _document(canvas: Canvas) -> PDFDocument:
    """The document of ``canvas``: a font numbers its subsets per document."""
    return cast(_CanvasDocument, canvas)._doc


def fp_str(value: float) -> str:
    """A number for the content stream: at most 3 decimals, no trailing zeros."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_line(canvas: Canvas, line: ShapedLine, x: float, y: float) -> None:
    """Draw ``line`` with its left end at ``x`` and its baseline at ``y`` (fill colour: the canvas's)."""
    ops: list[str] = []
    for run in line.runs:
        _run_ops(canvas, run, x + run.x, y, ops)
    if ops:
        canvas.addLiteral("\n".join(ops))


def _run_ops(canvas: Canvas, run: GlyphRun, x0: float, y0: float, ops: list[str]) -> None:
    font = run.face.font
    doc = _document(canvas)
    glyphs = run.glyphs
    if not glyphs:
        return
    codes: list[tuple[int, int]] = []  # (subset, byte) per glyph
    for subset, chunk in font.splitString("".join(chr(g.code) for g in glyphs), doc):
        codes += [(subset, b) for b in chunk]
    size = run.size
    if run.face.synthetic_bold:
        ops.append(f"q {fp_str(size * SYNTHETIC_BOLD_STROKE)} w 2 Tr")
    ops.append("BT")
    current_subset = -1
    segment: list[str] = []
    literal = bytearray()  # consecutive glyphs with no adjustment: one PDF string
    pen = 0.0
    rise = 0.0

    def close_literal() -> None:
        if literal:
            segment.append(f"({escapePDF(bytes(literal))})")
            literal.clear()

    def flush() -> None:
        close_literal()
        if segment:
            ops.append(f"[{' '.join(segment)}] TJ")
            segment.clear()

    started = False
    for glyph, (subset, byte) in zip(glyphs, codes, strict=True):
        gx = x0 + glyph.x
        if subset != current_subset or glyph.dy != rise:
            flush()
            if subset != current_subset:
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
                current_subset = subset
            if glyph.dy != rise:
                ops.append(f"{fp_str(glyph.dy)} Ts")
                rise = glyph.dy
        if not started:
            ops.append(f"1 0 0 1 {fp_str(gx)} {fp_str(y0)} Tm")
            started = True
        else:
            adjust = (pen - gx) * 1000 / size
            if abs(adjust) > 0.001:
                close_literal()
                segment.append(fp_str(adjust))
        literal.append(byte)
        pen = gx + font.width_1000(glyph.code) * size / 1000
    flush()
    if rise:
        ops.append("0 Ts")
    ops.append("ET")
    if run.face.synthetic_bold:
        ops.append("Q")
