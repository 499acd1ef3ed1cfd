"""QR codes drawn as vector squares (no image: same input, same bytes), with ``segno``."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .layout import Painter

QrMatrix = tuple[tuple[bool, ...], ...]
QUIET = 4  # modules of white border (ISO/IEC 18004, 5.3.8)


def qr_matrix(payload: str) -> QrMatrix:
    """The dark modules of ``payload``'s QR code (error correction M, byte mode as needed)."""
    import segno

    code = segno.make_qr(payload, error="m", boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def draw_qr(canvas: Canvas, painter: Painter, matrix: QrMatrix, x: float, top: float, size: float) -> None:
    """Draw ``matrix`` as a ``size``-point square (quiet zone included) at logical ``x``, ``top``."""
    count = len(matrix) + 2 * QUIET
    module = size / count
    left = painter.x(x, size)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        y = painter.y(top + (r + QUIET + 1) * module)
        c = 0
        while c < len(row):  # one rectangle per run of dark modules: a smaller file
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            canvas.rect(left + (start + QUIET) * module, y, (c - start) * module, module, stroke=0, fill=1)
    canvas.restoreState()
