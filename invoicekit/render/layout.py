"""Page layout: paragraphs, unbreakable blocks and tables that break across pages.

Positions are logical: ``x`` runs from the start edge of the text area (left in a
left-to-right document, right in a right-to-left one), so one layout serves both directions
and is mirrored when drawn. Everything is placed first and drawn afterwards, so the number of
pages is known when the footers ("Page 1 of 3") are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from attrs import define, frozen
from reportlab.pdfgen.canvas import Canvas

from .draw import draw_line
from .text import ShapedLine, TextEngine

Align = Literal["start", "end", "center"]
RGB = tuple[float, float, float]
BLACK: RGB = (0.1, 0.1, 0.12)
GREY: RGB = (0.42, 0.42, 0.46)
RULE: RGB = (0.8, 0.8, 0.83)


@frozen
class Style:
    """Text style: size in points, weight, colour, line height as a multiple of the size."""

    size: float = 9.0
    bold: bool = False
    color: RGB = BLACK
    leading: float = 1.3


@frozen
class PageSpec:
    """Paper size and margins in points."""

    width: float
    height: float
    left: float = 42.0
    right: float = 42.0
    top: float = 40.0
    bottom: float = 56.0

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


@frozen
class Para:
    """Wrapped text: lines in display order, with the style and alignment to draw them."""

    lines: tuple[ShapedLine, ...]
    style: Style
    align: Align = "start"

    @property
    def height(self) -> float:
        return len(self.lines) * self.style.size * self.style.leading

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0.0)


@frozen
class Column:
    """A table column: logical width in points and alignment of its cells."""

    width: float
    align: Align = "start"


Cell = Sequence[Para]
DrawOp = Callable[[Canvas, "Painter"], None]


@define
class Painter:
    """Turns logical positions into page coordinates and draws paragraphs."""

    page: PageSpec
    rtl: bool

    def x(self, x: float, width: float) -> float:
        """The left page coordinate of a logical box ``[x, x + width]``."""
        if self.rtl:
            return self.page.width - self.page.right - x - width
        return self.page.left + x

    def y(self, y: float) -> float:
        """The page coordinate of a distance ``y`` below the top margin."""
        return self.page.height - self.page.top - y

    def para(self, canvas: Canvas, para: Para, x: float, width: float, y: float) -> None:
        """Draw ``para`` in the logical box starting at ``x``, top at ``y``."""
        left = self.x(x, width)
        step = para.style.size * para.style.leading
        canvas.setFillColorRGB(*para.style.color)
        canvas.setStrokeColorRGB(*para.style.color)
        baseline = y + para.style.size * 0.95 + (step - para.style.size * 1.2) / 2
        for line in para.lines:
            physical = _physical(para.align, self.rtl)
            if physical == "left":
                lx = left
            elif physical == "right":
                lx = left + width - line.width
            else:
                lx = left + (width - line.width) / 2
            draw_line(canvas, line, lx, self.y(baseline))
            baseline += step

    def rect(self, canvas: Canvas, x: float, y: float, width: float, height: float, fill: RGB) -> None:
        canvas.setFillColorRGB(*fill)
        canvas.rect(self.x(x, width), self.y(y + height), width, height, stroke=0, fill=1)

    def hline(
        self, canvas: Canvas, x: float, y: float, width: float, color: RGB = RULE, weight: float = 0.5
    ) -> None:
        canvas.setStrokeColorRGB(*color)
        canvas.setLineWidth(weight)
        px = self.x(x, width)
        canvas.line(px, self.y(y), px + width, self.y(y))


def _para_op(para: Para, x: float, width: float, top: float) -> DrawOp:
    def op(canvas: Canvas, painter: Painter) -> None:
        painter.para(canvas, para, x, width, top)

    return op


def _physical(align: Align, rtl: bool) -> str:
    if align == "center":
        return "center"
    return "left" if (align == "start") != rtl else "right"


class Layout:
    """Places content top to bottom on pages; :meth:`draw` paints them.

    ``on_new_page`` is called at the top of every page after the first (a running header);
    it may place content with this layout."""

    def __init__(self, page: PageSpec, engine: TextEngine, rtl: bool) -> None:
        self.page = page
        self.engine = engine
        self.rtl = rtl
        self.pages: list[list[DrawOp]] = [[]]
        self.y = 0.0
        self.on_new_page: Callable[[Layout], None] | None = None

    @property
    def width(self) -> float:
        return self.page.text_width

    @property
    def height(self) -> float:
        return self.page.height - self.page.top - self.page.bottom

    @property
    def room(self) -> float:
        return self.height - self.y

    def text(
        self,
        text: str,
        style: Style,
        width: float | None = None,
        align: Align = "start",
        han_hint: str | None = None,
    ) -> Para:
        """``text`` wrapped to ``width`` (default: the text area)."""
        lines = self.engine.lines(
            text, style.size, self.width if width is None else width, style.bold, han_hint=han_hint
        )
        return Para(tuple(lines), style, align)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0
        if self.on_new_page is not None:
            self.on_new_page(self)

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if height > self.room and self.y > 0:
            self.new_page()

    def place(self, op: DrawOp) -> None:
        self.pages[-1].append(op)

    def space(self, height: float) -> None:
        self.y = min(self.y + height, self.height)

    def block(self, height: float, draw: Callable[[Canvas, Painter, float], None]) -> None:
        """An unbreakable block of ``height``; ``draw(canvas, painter, top)``."""
        self.ensure(height)
        top = self.y
        self.place(lambda c, p: draw(c, p, top))
        self.y += height

    def para(self, para: Para, x: float = 0.0, width: float | None = None) -> None:
        """A paragraph that may break between its lines."""
        width = self.width if width is None else width
        step = para.style.size * para.style.leading
        lines = list(para.lines)
        while lines:
            fit = max(1, int((self.room + 1e-6) // step)) if self.y == 0 else int((self.room + 1e-6) // step)
            if fit <= 0:
                self.new_page()
                continue
            chunk = Para(tuple(lines[:fit]), para.style, para.align)
            self.place(_para_op(chunk, x, width, self.y))
            self.y += chunk.height
            lines = lines[fit:]
            if lines:
                self.new_page()

    def table(
        self,
        columns: Sequence[Column],
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        *,
        header_fill: RGB,
        header_rule: RGB,
        pad: float = 3.0,
        row_rules: bool = True,
        emphasis: Sequence[int] = (),
    ) -> None:
        """A table whose header row is repeated on every page it runs onto. Cells are lists of
        paragraphs already wrapped to their column's width minus ``2 * pad``; rows listed in
        ``emphasis`` get a rule above them."""
        xs = [sum(c.width for c in columns[:i]) for i in range(len(columns))]
        total = sum(c.width for c in columns)

        def cell_height(cell: Cell) -> float:
            return sum(p.height for p in cell)

        def row_height(row: Sequence[Cell]) -> float:
            return max((cell_height(c) for c in row), default=0.0) + 2 * pad

        header_h = row_height(header)

        def draw_row(row: Sequence[Cell], top: float, fill: RGB | None, rule_above: bool) -> DrawOp:
            height = row_height(row)

            def op(canvas: Canvas, painter: Painter) -> None:
                if fill is not None:
                    painter.rect(canvas, 0, top, total, height, fill)
                if rule_above:
                    painter.hline(canvas, 0, top, total, BLACK, 0.6)
                for col, x, cell in zip(columns, xs, row, strict=True):
                    y = top + pad
                    for para in cell:
                        aligned = Para(para.lines, para.style, col.align)
                        painter.para(canvas, aligned, x + pad, col.width - 2 * pad, y)
                        y += para.height
                if row_rules and fill is None:
                    painter.hline(canvas, 0, top + height, total)
                elif fill is not None:
                    painter.hline(canvas, 0, top + height, total, header_rule, 0.8)

            return op

        def put_header() -> None:
            self.place(draw_row(header, self.y, header_fill, False))
            self.y += header_h

        first = row_height(rows[0]) if rows else 0.0
        self.ensure(header_h + first)
        put_header()
        for i, row in enumerate(rows):
            h = row_height(row)
            if h > self.room:
                self.new_page()
                put_header()
            self.place(draw_row(row, self.y, None, i in emphasis))
            self.y += h

    def draw(self, canvas: Canvas, furniture: Callable[[Canvas, Painter, int, int], None]) -> None:
        """Paint every page; ``furniture(canvas, painter, page_number, page_count)`` adds
        what every page carries (footer, page numbers)."""
        painter = Painter(self.page, self.rtl)
        count = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            for op in ops:
                op(canvas, painter)
            furniture(canvas, painter, number, count)
            canvas.showPage()
