"""Page layout: paragraphs, unbreakable blocks and tables that break across pages.

Positions are logical: ``x`` runs from the start edge of the text area (left in a
left-to-right document, right in a right-to-left one), so one layout serves both directions
and is mirrored when drawn. Everything is placed first and drawn afterwards, so the number of
pages is known when the footers ("Page 1 of 3") are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Literal

from attrs import define, field, frozen
from reportlab.lib.rl_accel import fp_str as rl_fp_str
from reportlab.pdfgen.canvas import Canvas

from .draw import RunWriter, set_fill, stroke_is
from .errors import RenderError
from .text import ShapedLine, TextEngine

if TYPE_CHECKING:  # frozen for the type checker, as in .runs
    from attrs import frozen as shared_value
else:
    from .runs import shared_value

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


@shared_value
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
_NO_ROOM = "a line of text does not fit on a page (the page or its margins are too small)"
DrawOp = Callable[[Canvas, "Painter"], None]
# The running-subtotal row of a table after row i: carry(i, "carried" or "brought").
Carry = Callable[[int, Literal["carried", "brought"]], Sequence[Cell]]


@frozen
class Box:
    """A cell of a free-standing row (see :meth:`Layout.boxes`): its paragraphs, drawn top
    down in the logical box ``[x, x + width]``."""

    x: float
    width: float
    cell: tuple[Para, ...]


def cell_height(cell: Cell) -> float:
    return sum(p.height for p in cell)


def split_cell(cell: Cell, room: float) -> tuple[tuple[Para, ...], tuple[Para, ...]]:
    """The lines of ``cell`` that fit in ``room`` points, and the rest (the paragraph that
    crosses the edge is cut between two of its lines)."""
    head: list[Para] = []
    used = 0.0
    for k, para in enumerate(cell):
        step = para.style.size * para.style.leading
        fit = min(len(para.lines), int((room - used + 1e-6) // step))
        if fit == len(para.lines):
            head.append(para)
            used += para.height
            continue
        rest = list(cell[k + 1 :])
        if fit > 0:
            head.append(Para(para.lines[:fit], para.style, para.align))
        rest.insert(0, Para(para.lines[fit:], para.style, para.align))
        return tuple(head), tuple(rest)
    return tuple(head), ()


def split_row(row: Sequence[Cell], room: float) -> tuple[list[tuple[Para, ...]], list[tuple[Para, ...]]]:
    """:func:`split_cell` for every cell of a row: what fits in ``room``, and the rest."""
    parts = [split_cell(cell, room) for cell in row]
    return [head for head, _ in parts], [rest for _, rest in parts]


@define
class Painter:
    """Turns logical positions into page coordinates and draws paragraphs."""

    page: PageSpec
    rtl: bool
    writer: RunWriter | None = None  # set by :meth:`Layout.draw` for its canvas

    def x(self, x: float, width: float) -> float:
        """The left page coordinate of a logical box ``[x, x + width]``."""
        if self.rtl:
            return self.page.width - self.page.right - x - width
        return self.page.left + x

    def y(self, y: float) -> float:
        """The page coordinate of a distance ``y`` below the top margin."""
        return self.page.height - self.page.top - y

    def para(
        self, canvas: Canvas, para: Para, x: float, width: float, y: float, align: Align | None = None
    ) -> None:
        """Draw ``para`` in the logical box starting at ``x``, top at ``y``, aligned as
        ``align`` (a table column's) or else as its own."""
        ops: list[str] = []
        self._para_ops(canvas, ops, para, x, width, y, _physical(align or para.align, self.rtl))
        if ops:  # _flush, inline
            canvas.addLiteral("\n".join(ops))

    def cells(
        self,
        canvas: Canvas,
        row: Sequence[Cell],
        columns: Sequence[Column],
        xs: Sequence[float],
        pad: float,
        top: float,
    ) -> None:
        """Draw a table row's cells, each paragraph under the one before from ``top + pad``
        in its column (starting at ``xs``, ``pad`` inside each side), aligned as the column.
        The row's text is one literal rather than one per line: the same content stream
        (the page's operators are joined by newlines), a tenth of the calls."""
        self.boxed_cells(canvas, row, cell_boxes(columns, xs, pad, self.rtl), top + pad)

    def boxed_cells(
        self,
        canvas: Canvas,
        row: Sequence[Cell],
        boxes: Sequence[CellBox],
        y0: float,
        rule_y: float | None = None,
        rule_width: float = 0.0,
    ) -> None:
        """:meth:`cells` with the text boxes of the columns found (:func:`cell_boxes`, once
        per table) and ``y0`` the top of their text. A one-line paragraph in the fill colour
        already set (most cells) is written here, the page's values read once per row. With
        ``rule_y``, the row's rule (:meth:`hline` at ``rule_y`` from 0, ``rule_width`` long)
        follows: in the row's literal when its colour and weight are set, as
        ``Canvas.line`` writes it."""
        ops: list[str] = []
        page, rtl = self.page, self.rtl
        top = page.height - page.top  # self.y(baseline) is top - baseline
        run_ops = (self.writer or RunWriter(canvas)).run
        for (x, width, physical), cell in zip(boxes, row, strict=True):
            y = y0
            for para in cell:
                style, lines = para.style, para.lines
                line = lines[0] if len(lines) == 1 else None
                current = canvas._fillColorObj  # type: ignore[attr-defined]
                if (
                    line is None
                    or line.synthetic_bold
                    or type(current) is not tuple
                    or current != style.color
                ):
                    self._para_ops(canvas, ops, para, x, width, y, physical)
                else:  # a one-line paragraph in the current colour: _para_ops, inline
                    size = style.size
                    step = size * style.leading
                    left = page.width - page.right - x - width if rtl else page.left + x
                    if physical == "left":
                        lx = left
                    elif physical == "right":
                        lx = left + width - line.width
                    else:
                        lx = left + (width - line.width) / 2
                    ty = top - (y + size * 0.95 + (step - size * 1.2) / 2)
                    for run in line.runs:
                        if run.width or run.glyphs:
                            ops.append(run_ops(run, lx + run.x, ty))
                y += len(lines) * style.size * style.leading  # para.height, inline
        if rule_y is not None:
            current = canvas._strokeColorObj  # type: ignore[attr-defined]
            if type(current) is tuple and current == RULE and canvas._lineWidth == 0.5:  # type: ignore[attr-defined]
                px = page.width - page.right - 0 - rule_width if rtl else page.left + 0  # hline's, x = 0
                py = top - rule_y
                ops.append(f"n {rl_fp_str(px, py)} m {rl_fp_str(px + rule_width, py)} l S")  # Canvas.line
            else:
                _flush(canvas, ops)
                self.hline(canvas, 0, rule_y, rule_width)
        _flush(canvas, ops)

    def _para_ops(
        self, canvas: Canvas, ops: list[str], para: Para, x: float, width: float, y: float, physical: str
    ) -> None:
        """Append the operators of ``para`` (box at ``x``, top at ``y``, aligned to the
        ``physical`` side) to ``ops``. A colour it needs is set on the canvas after what
        ``ops`` holds is written, so the operators keep their order."""
        page, style, lines = self.page, para.style, para.lines
        left = page.width - page.right - x - width if self.rtl else page.left + x  # self.x(x, width)
        step = style.size * style.leading
        color = style.color
        current = canvas._fillColorObj  # type: ignore[attr-defined]  # fill_is, inline
        if type(current) is not tuple or current != color:
            _flush(canvas, ops)
            canvas.setFillColorRGB(*color)
        for line in lines:
            if line.synthetic_bold:  # bold drawn by stroking the outlines too
                if not stroke_is(canvas, color):
                    _flush(canvas, ops)
                    canvas.setStrokeColorRGB(*color)
                break
        run_ops = (self.writer or RunWriter(canvas)).run
        baseline = y + style.size * 0.95 + (step - style.size * 1.2) / 2
        top = page.height - page.top  # self.y(baseline) is top - baseline
        for line in lines:
            if physical == "left":
                lx = left
            elif physical == "right":
                lx = left + width - line.width
            else:
                lx = left + (width - line.width) / 2
            for run in line.runs:  # RunWriter.ops, inline; a run with a width has glyphs
                if run.width or run.glyphs:
                    ops.append(run_ops(run, lx + run.x, top - baseline))
            baseline += step

    def rect(self, canvas: Canvas, x: float, y: float, width: float, height: float, fill: RGB) -> None:
        set_fill(canvas, fill)
        canvas.rect(self.x(x, width), self.y(y + height), width, height, stroke=0, fill=1)

    def hline(
        self, canvas: Canvas, x: float, y: float, width: float, color: RGB = RULE, weight: float = 0.5
    ) -> None:
        # set_stroke, set_line_width, self.x and self.y, inline: a rule under every table row
        current = canvas._strokeColorObj  # type: ignore[attr-defined]
        if type(current) is not tuple or current != color:
            canvas.setStrokeColorRGB(*color)
        if canvas._lineWidth != weight:  # type: ignore[attr-defined]
            canvas.setLineWidth(weight)
        page = self.page
        px = page.width - page.right - x - width if self.rtl else page.left + x
        py = page.height - page.top - y
        canvas.line(px, py, px + width, py)


# a table column's text box: its logical x and width inside the padding, and the physical
# side its cells align to
CellBox = tuple[float, float, str]


def cell_boxes(columns: Sequence[Column], xs: Sequence[float], pad: float, rtl: bool) -> list[CellBox]:
    """The text boxes of ``columns`` starting at ``xs``, ``pad`` inside each side."""
    return [
        (x + pad, col.width - 2 * pad, _physical(col.align, rtl)) for col, x in zip(columns, xs, strict=True)
    ]


def _para_op(para: Para, x: float, width: float, top: float) -> DrawOp:
    def op(canvas: Canvas, painter: Painter) -> None:
        painter.para(canvas, para, x, width, top)

    return op


def _flush(canvas: Canvas, ops: list[str]) -> None:
    """Write the operators gathered in ``ops`` as one literal and empty it."""
    if ops:
        canvas.addLiteral("\n".join(ops))
        ops.clear()


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
        self._fresh: tuple[Callable[[Layout], None] | None, float] | None = None  # (hook, room)

    @property
    def width(self) -> float:
        return self.page.text_width

    @property
    def height(self) -> float:
        return self.page.height - self.page.top - self.page.bottom

    @property
    def room(self) -> float:
        return self.height - self.y

    def fresh_room(self) -> float:
        """The room on a page after the first, below its running header (found once per
        header: the running header is the same on every page)."""
        hook = self.on_new_page
        if self._fresh is not None and self._fresh[0] == hook:
            return self._fresh[1]
        probe = Layout(self.page, self.engine, self.rtl)
        if hook is not None:
            hook(probe)
        room = probe.room
        probe.release()
        self._fresh = (hook, room)
        return room

    def text(
        self,
        text: str,
        style: Style,
        width: float | None = None,
        align: Align = "start",
        han_hint: str | None = None,
    ) -> Para:
        """``text`` wrapped to ``width`` (default: the text area)."""
        lines = self.engine.shaped_lines(
            text, style.size, self.width if width is None else width, style.bold, None, han_hint
        )
        return Para(lines, style, align)

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

    def boxes(
        self, boxes: Sequence[Box], height: float, draw: Callable[[Canvas, Painter, float], None]
    ) -> None:
        """A block of ``height`` drawn by ``draw`` like :meth:`block` when it fits on a page;
        when it is taller than a page, its ``boxes`` (the same paragraphs side by side) are
        placed line by line, running over as many pages as they need."""
        if height <= self.fresh_room():
            self.block(height, draw)
        else:
            self.flow(boxes)

    def flow(self, boxes: Sequence[Box]) -> None:
        """Paragraphs side by side (``boxes``), placed line by line from the cursor on, over as
        many pages as they need."""

        def put(cells: Sequence[Cell], top: float) -> DrawOp:
            def op(canvas: Canvas, painter: Painter) -> None:
                for box, cell in zip(boxes, cells, strict=True):
                    y = top
                    for para in cell:
                        painter.para(canvas, para, box.x, box.width, y)
                        y += para.height

            return op

        rest: list[tuple[Para, ...]] = [box.cell for box in boxes]
        while True:
            head, rest = split_row(rest, self.room)
            if any(head):
                self.place(put(head, self.y))
                self.y += max(cell_height(c) for c in head)
            elif self.y <= self.fresh_top() + 1e-6:
                raise RenderError(_NO_ROOM)
            if not any(rest):
                return
            self.new_page()

    def fresh_top(self) -> float:
        """Where content starts on a page after the first."""
        return self.height - self.fresh_room()

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
        carry: Carry | None = None,
    ) -> None:
        """A table whose header row is repeated on every page it runs onto. Cells are lists of
        paragraphs already wrapped to their column's width minus ``2 * pad``; rows listed in
        ``emphasis`` get a rule above them. A row taller than a page is split between lines,
        the header repeated above each part. With ``carry``, every page break in the table
        (between rows, or inside a split row) ends the page with ``carry(i, "carried")`` and
        begins the next with ``carry(i, "brought")``, ``i`` the last row whose amount is on
        the pages so far (room for it is kept on every page)."""
        table = _Table(self, columns, header, header_fill, header_rule, pad, row_rules)
        carry_h = table.row_height(carry(0, "carried")) if carry and rows else 0.0
        capacity = self.fresh_room() - table.header_h - 2 * carry_h  # a taller row is split
        first = table.row_height(rows[0]) if rows else 0.0
        if first > capacity:  # start it here if its first line fits below the header
            first = 2 * pad + max((p.style.size * p.style.leading for c in rows[0] for p in c[:1]), default=0)
        self.ensure(table.header_h + first)
        table.put_header()
        page_h, last = self.height, len(rows) - 1  # self.room is page_h - self.y (the page stays)
        height_of, draw_row = table.row_height, table.draw_row
        for i, row in enumerate(rows):
            h = height_of(row)
            if h > capacity:
                table.put_split(row, i in emphasis, carry, i, carry_h)
                continue
            reserve = carry_h if i < last else 0.0  # the last row carries nothing on
            if h + reserve > page_h - self.y:
                self.page_break(table, carry, i - 1)
            self.pages[-1].append(partial(draw_row, row, self.y, None, i in emphasis, h))  # row_op
            self.y += h

    def page_break(self, table: _Table, carry: Carry | None, last: int) -> None:
        """A new page for ``table``, with the header; with ``carry`` and a row before the
        break, the running subtotal at the foot of this page and the head of the next."""
        if carry is None or last < 0:
            self.new_page()
            table.put_header()
            return
        table.put_row(carry(last, "carried"))
        self.new_page()
        table.put_header()
        table.put_row(carry(last, "brought"))

    def draw(self, canvas: Canvas, furniture: Callable[[Canvas, Painter, int, int], None]) -> None:
        """Paint every page; ``furniture(canvas, painter, page_number, page_count)`` adds
        what every page carries (footer, page numbers)."""
        painter = Painter(self.page, self.rtl, RunWriter(canvas))
        count = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            for op in ops:
                op(canvas, painter)
            furniture(canvas, painter, number, count)
            canvas.showPage()

    def release(self) -> None:
        """Forget the drawn pages and the running header: their operations refer back to
        the layout (a table's rows to the table, which holds the layout; the header to the
        document, which holds it too), cycles that only the cyclic collector would free."""
        self.pages = [[]]
        self.on_new_page = None
        self._fresh = None


@define
class _Table:
    """A table being placed by :meth:`Layout.table`: its geometry and how to draw a row."""

    layout: Layout
    columns: Sequence[Column]
    header: Sequence[Cell]
    header_fill: RGB
    header_rule: RGB
    pad: float
    row_rules: bool
    xs: list[float] = field(init=False)  # where each column starts
    boxes: list[CellBox] = field(init=False)  # the columns' text boxes
    total: float = field(init=False)  # the width of all columns

    def __attrs_post_init__(self) -> None:
        """The geometry of the columns, found once for every row."""
        self.xs = [sum(c.width for c in self.columns[:i]) for i in range(len(self.columns))]
        self.boxes = cell_boxes(self.columns, self.xs, self.pad, self.layout.rtl)
        self.total = sum(c.width for c in self.columns)

    @property
    def header_h(self) -> float:
        return self.row_height(self.header)

    def row_height(self, row: Sequence[Cell]) -> float:
        """The tallest cell's :func:`cell_height` and the padding (the paragraphs' heights
        summed inline, in the same order and the same products: a call for every row)."""
        tallest = 0.0
        for cell in row:
            if len(cell) == 1:  # sum([h]) is 0 + h, the same float
                p = cell[0]
                height = len(p.lines) * p.style.size * p.style.leading
            else:
                height = sum([len(p.lines) * p.style.size * p.style.leading for p in cell])
            if height > tallest:
                tallest = height
        return tallest + 2 * self.pad

    def row_op(
        self, row: Sequence[Cell], top: float, fill: RGB | None, rule_above: bool, height: float | None = None
    ) -> DrawOp:
        """Drawing ``row`` at ``top`` (``height``: its :meth:`row_height`, when known): a
        partial of :meth:`draw_row` (no closure and its cells made for every row)."""
        height = self.row_height(row) if height is None else height
        return partial(self.draw_row, row, top, fill, rule_above, height)

    def draw_row(
        self,
        row: Sequence[Cell],
        top: float,
        fill: RGB | None,
        rule_above: bool,
        height: float,
        canvas: Canvas,
        painter: Painter,
    ) -> None:
        """Draw ``row`` at ``top``, ``height`` tall (see :meth:`row_op`)."""
        total = self.total
        if fill is not None:
            painter.rect(canvas, 0, top, total, height, fill)
        if rule_above:
            painter.hline(canvas, 0, top, total, BLACK, 0.6)
        if self.row_rules and fill is None:  # the rule under the row: hline's defaults
            painter.boxed_cells(canvas, row, self.boxes, top + self.pad, top + height, total)
        else:
            painter.boxed_cells(canvas, row, self.boxes, top + self.pad)
            if fill is not None:
                painter.hline(canvas, 0, top + height, total, self.header_rule, 0.8)

    def put_row(self, row: Sequence[Cell]) -> None:
        lay = self.layout
        lay.place(self.row_op(row, lay.y, None, False))
        lay.y += self.row_height(row)

    def put_header(self) -> None:
        lay = self.layout
        lay.place(self.row_op(self.header, lay.y, self.header_fill, False))
        lay.y += self.header_h

    def put_split(
        self, row: Sequence[Cell], rule_above: bool, carry: Carry | None, index: int, carry_h: float
    ) -> None:
        """Row ``index``, taller than a page: as many of its lines as fit on each page (room
        for the carried-forward row kept below them), under the header repeated on each. A
        break inside the row carries the subtotal of this row once every cell of it has
        begun (its amount is then on the page), else of the row before."""
        lay = self.layout
        rest: Sequence[Cell] = row
        begun = [not cell for cell in row]  # an empty cell has nothing to wait for
        while True:
            head, rest = split_row(rest, lay.room - 2 * self.pad - carry_h)
            if any(head):
                lay.place(self.row_op(head, lay.y, None, rule_above))
                lay.y += self.row_height(head)
                rule_above = False
                begun = [was or bool(part) for was, part in zip(begun, head, strict=True)]
            elif lay.y <= lay.fresh_top() + self.header_h + carry_h + 1e-6:
                raise RenderError(_NO_ROOM)
            if not any(rest):
                return
            lay.page_break(self, carry, index if all(begun) else index - 1)
