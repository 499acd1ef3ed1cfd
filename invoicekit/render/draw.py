"""Drawing shaped lines on a reportlab canvas: PDF text operators written directly.

Glyphs are placed where HarfBuzz put them (``TJ`` adjustments, ``Ts`` for marks raised or
lowered) and written in visual order, as PDF text extractors expect: pypdf and pdfium turn
right-to-left runs back into reading order. Bold without a bold font is
drawn by stroking the glyph outlines as well as filling them.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any, Protocol, cast

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas

from .fonts import PdfFont
from .runs import PlainGlyphs
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
    """A number for the content stream: at most 3 decimals, no trailing zeros (remembered:
    the same positions and sizes recur on every row and page)."""
    text = _FP_STRS.get(value)
    if text is None:
        if len(_FP_STRS) >= _FP_STRS_MAX:
            _FP_STRS.clear()
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        text = _FP_STRS[value] = "0" if text in ("", "-0") else text
    return text


_FP_STRS: dict[float, str] = {}
_FP_STRS_MAX = 20_000


class _CanvasState(Protocol):
    """The graphics state reportlab's Canvas keeps (saved and restored with it, carried over
    to a new page); types-reportlab leaves these attributes out."""

    _fillColorObj: object
    _strokeColorObj: object
    _lineWidth: float


def fill_is(canvas: Canvas, rgb: tuple[float, float, float]) -> bool:
    """Whether the canvas's fill colour is ``rgb`` already (set by :func:`set_fill`)."""
    current = cast(_CanvasState, canvas)._fillColorObj
    return type(current) is tuple and current == rgb


def stroke_is(canvas: Canvas, rgb: tuple[float, float, float]) -> bool:
    """Whether the canvas's stroke colour is ``rgb`` already (set by :func:`set_stroke`)."""
    current = cast(_CanvasState, canvas)._strokeColorObj
    return type(current) is tuple and current == rgb


def set_fill(canvas: Canvas, rgb: tuple[float, float, float]) -> None:
    """Set the fill colour unless it is already ``rgb``: the same page, fewer operators."""
    if not fill_is(canvas, rgb):
        canvas.setFillColorRGB(*rgb)


def set_stroke(canvas: Canvas, rgb: tuple[float, float, float]) -> None:
    """Set the stroke colour unless it is already ``rgb``."""
    if not stroke_is(canvas, rgb):
        canvas.setStrokeColorRGB(*rgb)


def set_line_width(canvas: Canvas, width: float) -> None:
    """Set the line width unless it is already ``width``."""
    if cast(_CanvasState, canvas)._lineWidth != width:
        canvas.setLineWidth(width)


# A run's operators from an earlier document, by the run's id: (run, its glyph codes,
# the numbers reportlab gave its glyphs, the subset names, head, tail). Reused when this
# document gives the run the same numbers and names: ASCII glyphs have the same numbers in
# every document, labels and amounts repeat between invoices.
_TEMPLATES: dict[int, tuple[GlyphRun, Sequence[int], tuple[int, ...], tuple[str, ...], str, str]] = {}
_TEMPLATES_MAX = 10_000  # as many as the laid-out lines (text._LINES_MAX)


class _FontStates(Protocol):
    """reportlab's TTFont keeps its per-document state (``assignments``: character code ->
    number, subset * 256 + byte) in ``state``; types-reportlab leaves it out."""

    state: dict[PDFDocument, Any]


_code = attrgetter("code")  # a glyph's code, read without a Python-level call
_BYTE = 0xFF  # a glyph number's byte in its subset: number & 0xFF


class RunWriter:
    """Writes shaped lines into one canvas's document. A run's operators do not depend on
    where it is drawn except for its text matrix (``Tm``), so they are made once per run and
    document (a font numbers its subsets per document) and reused: labels, amounts and
    quantities repeat on every page and row. Between documents they are reused when the
    run's glyphs have the same numbers and subset names in both."""

    def __init__(self, canvas: Canvas) -> None:
        self.doc = _document(canvas)
        self._runs: dict[int, tuple[GlyphRun, str, str]] = {}  # id(run) -> (run, head, tail)
        self._names: dict[tuple[str, int], str] = {}  # (font, subset) -> name in this document
        self._states: dict[str, Any] = {}  # font name -> reportlab's state of it in this document

    def line(self, canvas: Canvas, line: ShapedLine, x: float, y: float) -> None:
        """Draw ``line`` with its left end at ``x`` and its baseline at ``y`` (fill colour: the canvas's)."""
        ops: list[str] = []
        self.ops(ops, line, x, y)
        if ops:
            canvas.addLiteral("\n".join(ops))

    def ops(self, out: list[str], line: ShapedLine, x: float, y: float) -> None:
        """Append the operators of ``line`` (left end at ``x``, baseline at ``y``) to ``out``:
        a caller joins many lines' into one literal (the page's operators are joined by
        newlines, so the content stream is the same as with one literal per run)."""
        for run in line.runs:
            if run.glyphs:
                out.append(self.run(run, x + run.x, y))

    def run(self, run: GlyphRun, x0: float, y0: float) -> str:
        """The operators of ``run`` (it has glyphs) with its origin at ``x0``, ``y0``."""
        found = self._runs.get(id(run))
        if found is None or found[0] is not run:  # the run is kept: its id stays its own
            head, tail = self._template(run)
            self._runs[id(run)] = (run, head, tail)
        else:
            _, head, tail = found
        glyphs = run.glyphs
        x = x0 + (0.0 if type(glyphs) is PlainGlyphs else glyphs[0].x)  # a plain line's starts at 0
        known = _FP_STRS.get  # fp_str, its remembered results read inline
        return f"{head}\n1 0 0 1 {known(x) or fp_str(x)} {known(y0) or fp_str(y0)} Tm\n{tail}"

    def _template(self, run: GlyphRun) -> tuple[str, str]:
        """The run's head and tail in this document: its glyphs are numbered (and the
        font's subsets named) as before, then an earlier document's operators are reused if
        they are the same."""
        earlier = _TEMPLATES.get(id(run))
        if earlier is not None and earlier[0] is not run:
            earlier = None
        glyphs, face = run.glyphs, run.face
        plain = type(glyphs) is PlainGlyphs
        if earlier is not None:
            codes = earlier[1]
        else:
            codes = glyphs.codes if plain else list(map(_code, glyphs))  # type: ignore[union-attr]
        font = face.font
        numbers = self._numbers(font, codes)
        if earlier is None and plain and not face.synthetic_bold:
            data = _subset_0(numbers)  # the bytes of a run in subset 0, else None
            subset = 0 if data is not None else numbers[0] >> 8
            if data is not None or min(numbers) >> 8 == subset == max(numbers) >> 8:  # a new cell's run
                name = self._names.get((font.fontName, subset)) or self._name(font, subset)
                head, tail = _one_string(name, run.size, numbers, data)
                self._remember(run, codes, numbers, (name,), head, tail)
                return head, tail
        subsets, names = self._subset_names(font, numbers)
        if earlier is not None and earlier[2] == numbers and earlier[3] == names:
            return earlier[4], earlier[5]
        if run.plain and len(subsets) == 1:  # one PDF string: no list of (subset, byte) needed
            first = [(subsets[0], numbers[0] & 0xFF)]
            head, tail = _run_template(run, first, {subsets[0]: names[0]}, numbers)
        else:
            pairs = [(n >> 8, n & 0xFF) for n in numbers]
            head, tail = _run_template(run, pairs, dict(zip(subsets, names, strict=True)))
        self._remember(run, codes, numbers, names, head, tail)
        return head, tail

    @staticmethod
    def _remember(
        run: GlyphRun,
        codes: Sequence[int],
        numbers: tuple[int, ...],
        names: tuple[str, ...],
        head: str,
        tail: str,
    ) -> None:
        """Keep ``run``'s operators for a later document (see ``_TEMPLATES``)."""
        if len(_TEMPLATES) >= _TEMPLATES_MAX:
            _TEMPLATES.clear()
        _TEMPLATES[id(run)] = (run, codes, numbers, names, head, tail)

    def _numbers(self, font: PdfFont, codes: Sequence[int]) -> tuple[int, ...]:
        """reportlab's number of each character code of ``codes`` in this document (subset *
        256 + byte): read from the font's assignments when it has them all, as
        ``splitString`` would, else from ``splitString``, which gives the new ones."""
        state = self._states.get(font.fontName)
        if state is None:  # the font's state in this document, once it has one (a weak mapping)
            state = cast(_FontStates, font).state.get(self.doc)
            if state is not None:
                self._states[font.fontName] = state
        if state is not None:
            try:  # a no-break space is never assigned (splitString draws it as a space)
                return tuple(map(state.assignments.__getitem__, codes))
            except KeyError:
                pass
        text = "".join(map(chr, codes))
        return tuple((subset << 8) | b for subset, chunk in font.splitString(text, self.doc) for b in chunk)

    def _subset_names(self, font: PdfFont, numbers: tuple[int, ...]) -> tuple[list[int], tuple[str, ...]]:
        """The subsets of ``numbers`` in order of first use and their names in this document
        (the first name asked for registers the font with the document, as before)."""
        first, last = min(numbers) >> 8, max(numbers) >> 8
        subsets = [first] if first == last else list(dict.fromkeys(n >> 8 for n in numbers))
        names = []
        for subset in subsets:  # self._name, inline: every run of every document
            name = self._names.get((font.fontName, subset))
            names.append(self._name(font, subset) if name is None else name)
        return subsets, tuple(names)

    def _name(self, font: PdfFont, subset: int) -> str:
        """The name of ``font``'s ``subset`` in this document (the first asked for registers
        the font with the document)."""
        key = (font.fontName, subset)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = font.getSubsetInternalName(subset, self.doc)
        return name


def _subset_0(numbers: tuple[int, ...]) -> bytes | None:
    """The glyph numbers as bytes when they are all in subset 0 (under 256; never negative)."""
    try:
        return bytes(numbers)
    except ValueError:
        return None


def _one_string(
    name: str, size: float, numbers: tuple[int, ...], data: bytes | None = None
) -> tuple[str, str]:
    """:func:`_run_template` of a plain run in one subset (named ``name``) with no synthetic
    bold and no rise, made at once: the glyphs' bytes are one PDF string (``data``, when
    the caller has them: in subset 0 the numbers are the bytes)."""
    if data is None:
        data = bytes(map(_BYTE.__and__, numbers))
    return f"BT\n{name} {fp_str(size)} Tf", f"[({escapePDF(data)})] TJ\nET"


def _run_template(
    run: GlyphRun, codes: list[tuple[int, int]], names: dict[int, str], one_subset: tuple[int, ...] = ()
) -> tuple[str, str]:
    """The operators of ``run`` before its text matrix and after it, for its glyphs'
    ``codes`` and the ``names`` of their subsets. Glyph positions are relative to the run's
    first glyph: consecutive glyphs with no adjustment share one PDF string, others get a
    ``TJ`` adjustment, a subset or rise change a ``Tf`` or ``Ts``. ``one_subset``: the
    numbers of a plain run's glyphs, all in one subset (``codes`` then has the first only),
    written as one string."""
    glyphs = run.glyphs
    size = run.size
    lazy = type(glyphs) is PlainGlyphs  # no rise: left unmade
    head: list[str] = []
    if run.face.synthetic_bold:
        head.append(f"q {fp_str(size * SYNTHETIC_BOLD_STROKE)} w 2 Tr")
    head.append("BT")
    subset0, _ = codes[0]
    head.append(f"{names[subset0]} {fp_str(size)} Tf")
    if not lazy and glyphs[0].dy:
        head.append(f"{fp_str(glyphs[0].dy)} Ts")
    if one_subset:
        tail = [f"[({escapePDF(bytes(map(_BYTE.__and__, one_subset)))})] TJ"]
    else:
        tail = _glyph_ops(run, codes, names)
    if not lazy and glyphs[-1].dy:  # the rise of the last glyph is still set
        tail.append("0 Ts")
    tail.append("ET")
    if run.face.synthetic_bold:
        tail.append("Q")
    return "\n".join(head), "\n".join(tail)


def _plain_ops(run: GlyphRun, codes: list[tuple[int, int]], names: dict[int, str]) -> list[str]:
    """:func:`_glyph_ops` of a plain run: no glyph needs an adjustment (each is where the pen
    is; the two floats differ by rounding, orders of magnitude under the 0.001 written) or
    a rise, so each subset's consecutive glyphs are one PDF string."""
    ops: list[str] = []
    literal = bytearray()
    current_subset = codes[0][0]
    for subset, byte in codes:
        if subset != current_subset:
            ops.append(f"[({escapePDF(bytes(literal))})] TJ")
            ops.append(f"{names[subset]} {fp_str(run.size)} Tf")
            literal.clear()
            current_subset = subset
        literal.append(byte)
    ops.append(f"[({escapePDF(bytes(literal))})] TJ")
    return ops


def _glyph_ops(run: GlyphRun, codes: list[tuple[int, int]], names: dict[int, str]) -> list[str]:
    """The ``TJ``, ``Tf`` and ``Ts`` operators of ``run``'s glyphs after the first ``Tf``."""
    if run.plain:
        return _plain_ops(run, codes, names)
    font = run.face.font
    size = run.size
    widths, default = font.face.charWidths, font.face.defaultWidth  # as PdfFont.width_1000
    ops: list[str] = []
    segment: list[str] = []
    literal = bytearray()  # consecutive glyphs with no adjustment: one PDF string
    current_subset = codes[0][0]
    rise = run.glyphs[0].dy
    pen = run.glyphs[0].x
    for glyph, (subset, byte) in zip(run.glyphs, codes, strict=True):
        gx = glyph.x
        if subset != current_subset or glyph.dy != rise:
            if literal:
                segment.append(f"({escapePDF(bytes(literal))})")
                literal.clear()
            if segment:
                ops.append(f"[{' '.join(segment)}] TJ")
                segment.clear()
            if subset != current_subset:
                ops.append(f"{names[subset]} {fp_str(size)} Tf")
                current_subset = subset
            if glyph.dy != rise:
                ops.append(f"{fp_str(glyph.dy)} Ts")
                rise = glyph.dy
        adjust = (pen - gx) * 1000 / size
        if abs(adjust) > 0.001:
            if literal:
                segment.append(f"({escapePDF(bytes(literal))})")
                literal.clear()
            segment.append(fp_str(adjust))
        literal.append(byte)
        pen = gx + float(widths.get(glyph.code, default)) * size / 1000
    if literal:
        segment.append(f"({escapePDF(bytes(literal))})")
    if segment:
        ops.append(f"[{' '.join(segment)}] TJ")
    return ops
