"""A table row's text is written as one literal (``Painter.cells``) instead of one per line:
the page's operators must be the same as drawing each paragraph on its own, colour changes
between cells included, in both directions and for every alignment."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from invoicekit.render.draw import _TEMPLATES, RunWriter, _run_template
from invoicekit.render.fonts import FontChooser
from invoicekit.render.layout import Column, PageSpec, Painter, Para, Style
from invoicekit.render.runs import Glyph, PlainGlyphs
from invoicekit.render.text import TextEngine

GREY = (0.4, 0.4, 0.4)
RED = (0.7, 0.1, 0.1)


def row(engine: TextEngine, columns: list[Column]) -> list[list[Para]]:
    """Three cells: a description with a grey detail line below it, a bold red quantity, a
    two-line black amount (a colour change inside a cell and between cells)."""
    body, small, bold = Style(9.0), Style(7.5, color=GREY), Style(9.0, True, RED)

    def para(text: str, style: Style, k: int) -> Para:
        lines = engine.shaped_lines(text, style.size, columns[k].width - 6.0, style.bold, None, None)
        return Para(lines, style)

    return [
        [para("Tamper 58 mm, Edelstahl", body, 0), para("Art. 4711, Charge 12", small, 0)],
        [para("12", bold, 1)],
        [para("1.234,56 €\n99,00 €", body, 2)],
    ]


def content(canvas: Canvas) -> str:
    return "\n".join(canvas._code)  # type: ignore[attr-defined]


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("aligns", [("start", "end", "end"), ("center", "start", "center")])
def test_a_row_drawn_at_once_is_the_row_drawn_paragraph_by_paragraph(
    rtl: bool, aligns: tuple[str, ...]
) -> None:
    engine = TextEngine(FontChooser(), rtl, "de", "Latn")
    columns = [Column(200.0, aligns[0]), Column(40.0, aligns[1]), Column(80.0, aligns[2])]  # type: ignore[arg-type]
    xs = [0.0, 200.0, 240.0]
    cells = row(engine, columns)
    page = PageSpec(*A4)
    at_once, one_by_one = (Canvas(io.BytesIO(), pagesize=A4, invariant=1) for _ in range(2))
    Painter(page, rtl, RunWriter(at_once)).cells(at_once, cells, columns, xs, 3.0, 100.0)
    painter = Painter(page, rtl, RunWriter(one_by_one))
    for col, x, cell in zip(columns, xs, cells, strict=True):  # the row as drawn before
        y = 103.0
        for para in cell:
            painter.para(one_by_one, para, x + 3.0, col.width - 6.0, y, col.align)
            y += para.height
    assert content(at_once) == content(one_by_one)
    text = content(at_once)
    # two description lines, the quantity, two amount lines (in a right-to-left paragraph
    # an amount's digits and sign are runs of their own)
    assert text.count("BT") == 5 if not rtl else text.count("BT") > 5
    assert text.index(" rg") < text.index("BT")  # each colour set before the text in it


def test_a_row_of_one_colour_is_one_literal() -> None:
    engine = TextEngine(FontChooser(), False, "de", "Latn")
    columns = [Column(200.0), Column(80.0, "end")]
    body = Style(9.0)
    cells = [
        [Para(engine.shaped_lines(text, 9.0, col.width - 6.0, False, None, None), body)]
        for text, col in (("Mahlwerk", columns[0]), ("12,00 €", columns[1]))
    ]
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    painter = Painter(PageSpec(*A4), False, RunWriter(canvas))
    painter.cells(canvas, cells, columns, [0.0, 200.0], 3.0, 50.0)
    painter.cells(canvas, cells, columns, [0.0, 200.0], 3.0, 70.0)  # the colour is set already
    code = canvas._code  # type: ignore[attr-defined]
    assert [op.count("BT") for op in code if "BT" in op] == [2, 2]


def test_a_plain_cells_glyphs_are_made_only_when_read() -> None:
    """A one-line cell's run keeps codes and advances: drawing it needs no glyph values,
    and the glyphs made when asked for are where the font's widths put them."""
    engine = TextEngine(FontChooser(), False, "de", "Latn")
    engine.lines("Qx 64 Mahlwerk", 9.0, 200.0)  # the characters' face chosen once (as the shortcut needs)
    text = "Mahlwerk 64 Qx"  # not laid out by another test (the line cache is shared)
    line = engine.shaped_lines(text, 9.0, 200.0, False, None, None)[0]
    (run,) = line.runs
    glyphs = run.glyphs
    assert isinstance(glyphs, PlainGlyphs) and len(glyphs) == 14
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    RunWriter(canvas).line(canvas, line, 42.0, 700.0)
    assert glyphs._made is None  # drawn from the codes
    assert "1 0 0 1 42 700 Tm" in content(canvas)
    widths = run.face.font.face.charWidths
    pen, expected = 0.0, []
    for ch in text:
        expected.append(Glyph(ord(ch), pen * 9.0 / 1000, 0.0))
        pen += widths[ord(ch)]
    assert [g.code for g in glyphs] == [g.code for g in expected]
    assert [g.dy for g in glyphs] == [0.0] * 14
    assert [g.x for g in glyphs] == pytest.approx([g.x for g in expected], abs=1e-9)
    made = glyphs.made()
    assert glyphs == made and made == glyphs and hash(glyphs) == hash(made)
    assert glyphs[0].x == 0.0 and glyphs[-1].code == ord("x") and glyphs[1:3] == made[1:3]


def test_a_new_cells_run_is_written_as_the_general_template_writes_it() -> None:
    """A plain one-subset run's operators made at once (``_one_string``) are those of the
    general template, and the run is remembered for the next document as before."""
    engine = TextEngine(FontChooser(), False, "de", "Latn")
    engine.lines("Zn 7 Bohnen", 9.0, 200.0)  # the characters' face chosen once (as the shortcut needs)
    (run,) = engine.shaped_lines("Bohnen 7 Zn", 9.5, 200.0, False, None, None)[0].runs
    assert isinstance(run.glyphs, PlainGlyphs)
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    writer = RunWriter(canvas)
    head, tail = writer._template(run)
    codes = [ord(ch) for ch in "Bohnen 7 Zn"]
    numbers = writer._numbers(run.face.font, codes)
    name = writer._name(run.face.font, numbers[0] >> 8)
    general = _run_template(run, [(numbers[0] >> 8, numbers[0] & 0xFF)], {numbers[0] >> 8: name}, numbers)
    assert (head, tail) == general
    assert head == f"BT\n{name} 9.5 Tf" and tail.endswith(")] TJ\nET")
    assert _TEMPLATES[id(run)] == (run, codes, numbers, (name,), head, tail)
    # a no-break space is numbered as the space it is drawn as (as splitString does)
    assert writer._numbers(run.face.font, [0xA0, ord("B")]) == writer._numbers(run.face.font, [32, ord("B")])


@pytest.mark.parametrize("rtl", [False, True])
def test_a_rows_rule_in_its_literal_is_the_rule_drawn_after_it(rtl: bool) -> None:
    """``boxed_cells`` with ``rule_y`` writes the row's rule as ``hline`` after the row would:
    in the row's literal once the rule's colour and weight are set, else after setting them
    (as after another stroke colour, set before the last row)."""
    from invoicekit.render.layout import cell_boxes

    engine = TextEngine(FontChooser(), rtl, "de", "Latn")
    columns = [Column(200.0), Column(40.0, "end"), Column(80.0, "end")]
    xs = [0.0, 200.0, 240.0]
    cells = row(engine, columns)
    page = PageSpec(*A4)
    boxes = cell_boxes(columns, xs, 3.0, rtl)
    at_once, after = (Canvas(io.BytesIO(), pagesize=A4, invariant=1) for _ in range(2))
    one, two = Painter(page, rtl, RunWriter(at_once)), Painter(page, rtl, RunWriter(after))
    for top in (100.0, 140.0, 180.0):  # the first rule sets colour and weight, the others find them
        one.boxed_cells(at_once, cells[:1], boxes[:1], top + 3.0, top + 30.0, 320.0)
        two.boxed_cells(after, cells[:1], boxes[:1], top + 3.0)
        two.hline(after, 0, top + 30.0, 320.0)
    for canvas in (at_once, after):
        canvas.setStrokeColorRGB(*RED)
    one.boxed_cells(at_once, cells, boxes, 223.0, 250.0, 320.0)
    two.boxed_cells(after, cells, boxes, 223.0)
    two.hline(after, 0, 250.0, 320.0)
    assert content(at_once) == content(after)
    assert content(at_once).count(" l S") == 4
    code = at_once._code  # type: ignore[attr-defined]
    assert sum(" l S" in op and "BT" in op for op in code) == 2  # the second and third rows'
    assert content(at_once).count(" RG") == 3  # the rule's colour, red, the rule's again
