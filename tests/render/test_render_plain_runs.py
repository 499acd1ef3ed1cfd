"""Unshaped text takes two shortcuts that must not change a line or a byte: a paragraph that
fits its width is one line without measuring its words, and an unshaped run is written as
plain PDF strings without per-glyph adjustments."""

from __future__ import annotations

import io

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from invoicekit.render.draw import RunWriter, _glyph_ops, _plain_ops
from invoicekit.render.fonts import FontChooser
from invoicekit.render.text import TextEngine, _Paragraph

ENGINE = TextEngine(FontChooser(), False, "de", "Latn")


class Measuring(TextEngine):
    """The engine without the fitting-paragraph shortcut, counting what it measures."""

    spans = 0

    def _plain_width(self, para: _Paragraph, size: float) -> float | None:
        return None

    def _span_width(self, para: _Paragraph, start: int, end: int, size: float) -> float:
        self.spans += 1
        return super()._span_width(para, start, end, size)


GREEDY = Measuring(FontChooser(), False, "de", "Latn")


def wrapped(engine: TextEngine, text: str, width: float, size: float = 9.0) -> list[tuple[int, int]]:
    return engine._wrap(engine._analyse(text, False, None, None), size, width)


def test_a_paragraph_that_fits_is_one_line_without_measuring_its_words() -> None:
    text = "ab cd  "
    whole = ENGINE.width("ab cd", 9.0)
    para = ENGINE._analyse(text, False, None, None)
    assert ENGINE._plain_width(para, 9.0) == ENGINE.width(text, 9.0)  # the trailing spaces too
    # as wide as "ab cd" (the trailing spaces are cut: the greedy loop lets them overhang)
    assert wrapped(ENGINE, text, whole) == [(0, 5)]
    # a hundredth of a point narrower: "cd" goes to the next line
    assert wrapped(ENGINE, text, whole - 0.01) == [(0, 2), (3, 5)]
    assert wrapped(GREEDY, text, whole - 0.01) == [(0, 2), (3, 5)]
    counting = Measuring(FontChooser(), False, "de", "Latn")
    counting._wrap(para, 9.0, whole + 1)
    assert counting.spans == 4  # without the shortcut: core and trailing space of both words
    assert [line.text for line in ENGINE.lines(text, 9.0, whole)] == ["ab cd"]


def test_shaped_or_right_to_left_text_is_measured_word_by_word() -> None:
    assert ENGINE._plain_width(ENGINE._analyse("नमस्ते दुनिया", False, None, None), 9.0) is None
    assert ENGINE._plain_width(ENGINE._analyse("שלום עולם", False, None, None), 9.0) is None
    assert ENGINE._plain_width(ENGINE._analyse("Prix \u2066 12 €\u2069", False, None, None), 9.0) is not None


WORDS = st.lists(
    st.text(alphabet="aiwmMW.,-/äß€\u00a0", min_size=1, max_size=9), min_size=1, max_size=8
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.floats(min_value=0.2, max_value=1.3), st.sampled_from([7.0, 9.0, 10.5]))
def test_the_shortcut_breaks_lines_where_the_greedy_loop_does(text: str, share: float, size: float) -> None:
    whole = ENGINE.width(text, size)
    for width in (whole * share, whole, whole + 1e-9, whole - 1e-9, whole + 2e-6):
        assert wrapped(ENGINE, text, width, size) == wrapped(GREEDY, text, width, size)


def test_unshaped_runs_are_plain_and_shaped_ones_are_not() -> None:
    (latin,) = ENGINE.lines("Tamper 58 mm", 9.0)[0].runs
    assert latin.plain
    hindi = ENGINE.lines("नमस्ते", 9.0)[0].runs
    assert hindi and not any(run.plain for run in hindi)


def test_plain_operators_hand_checked() -> None:
    (run,) = ENGINE.lines("A(b", 9.0)[0].runs
    codes = [(0, 0x41), (0, 0x28), (1, 0x62)]
    names = {0: "/F1+0", 1: "/F1+1"}
    # one string per subset, the parenthesis escaped, the size of the run in the Tf
    assert _plain_ops(run, codes, names) == ["[(A\\()] TJ", "/F1+1 9 Tf", "[(b)] TJ"]
    assert _glyph_ops(evolve(run, plain=False), codes, names) == _plain_ops(run, codes, names)


TEXTS = st.text(alphabet="Tamper 58,.-äöüÄß€„“()\\\u00a0ФлжДЩ", min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from([6.5, 9.0, 19.0]), st.integers(min_value=0, max_value=40))
def test_plain_operators_are_those_of_the_general_writer(text: str, size: float, switch: int) -> None:
    """The same operators as per-glyph positioning, whatever the subsets (a new subset from
    glyph ``switch`` on): the positions the general writer checks never need an adjustment."""
    for line in ENGINE.lines(text, size, 120.0):
        for run in line.runs:
            assert run.plain
            codes = [(int(k >= switch), g.code & 0xFF) for k, g in enumerate(run.glyphs)]
            names = {0: "/F1+0", 1: "/F1+1"}
            assert _plain_ops(run, codes, names) == _glyph_ops(evolve(run, plain=False), codes, names)


def test_a_drawn_latin_line_is_one_pdf_string() -> None:
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    writer = RunWriter(canvas)
    writer.line(canvas, ENGINE.lines("Tamper 58 mm, Edelstahl", 9.0)[0], 42.0, 700.0)
    content = "\n".join(canvas._code)  # type: ignore[attr-defined]
    assert content.count(" TJ") == 1 and "] TJ" in content
    tj = next(op for op in content.split("\n") if op.endswith(" TJ"))
    assert tj.startswith("[(") and tj.endswith(")] TJ") and ")" not in tj[2:-5].replace("\\)", "")


ISOLATED = st.text(alphabet="0123456789 .,-€", max_size=12).map(lambda t: f"\u2066{t}\u2069")


@settings(max_examples=200, deadline=None)
@given(st.one_of(ISOLATED, WORDS), st.sampled_from([None, 20.0, 60.0]))
def test_one_run_paragraphs_are_laid_out_as_by_the_general_path(text: str, width: float | None) -> None:
    """A paragraph of one face and level (a number in its isolate, a Latin word) is one run
    and skips the run search and, without a trailing space, rule L1: the same lines."""
    para = ENGINE._analyse(text, False, None, None)
    general = evolve(para, uniform=False)
    ranges = [(0, len(para.chars))] if width is None else ENGINE._wrap(para, 9.0, width)
    for start, end in ranges:
        assert ENGINE._line(para, start, end, 9.0) == ENGINE._line(general, start, end, 9.0)


def test_an_isolated_number_is_one_run_at_level_two() -> None:
    para = ENGINE._analyse("\u206612\u2069", False, None, None)
    assert para.uniform and not para.simple and para.levels == [2, 2]
    (run,) = ENGINE._line(para, 0, 2, 9.0).runs
    assert not run.rtl and [g.code for g in run.glyphs] == [ord("1"), ord("2")]


class General(TextEngine):
    """The engine without the one-run shortcuts (:meth:`TextEngine._plain_advances`)."""

    def _plain_advances(self, text: str, bold: bool, han_hint: str | None) -> None:
        return None


ENGINES = {
    (rtl, script): (TextEngine(FontChooser(), rtl, "de", script), General(FontChooser(), rtl, "de", script))
    for rtl in (False, True)
    for script in ("Latn", "Cyrl")
}
# words, amounts in their isolate, trailing (no-break) spaces, umlauts, Cyrillic, a combining
# acute (not NFC), Hebrew, a tab, a soft hyphen, an isolate inside the text
PIECES = st.sampled_from(
    ["Tamper", "58", "mm,", " ", " ", "\u00a0", "Größe", "Фільтр", "e\u0301", "א", "\t", "\u00ad", "\u2066", "€"]
)
CELL = st.lists(PIECES, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(CELL, CELL.map(lambda t: f"\u2066{t}\u2069")),
    st.sampled_from([None, 15.0, 40.0, 400.0]),
    st.booleans(),
    st.sampled_from([(False, "Latn"), (True, "Latn"), (False, "Cyrl"), (True, "Cyrl")]),
)
def test_the_one_line_shortcut_lays_out_what_the_general_path_does(
    text: str, width: float | None, bold: bool, engine: tuple[bool, str]
) -> None:
    fast, general = ENGINES[engine]
    general._lines(text, 9.0, width, bold, None, None)  # both have chosen the characters before
    fast._lines(text, 9.0, width, bold, None, None)
    assert fast._lines(text, 9.0, width, bold, None, None) == general._lines(text, 9.0, width, bold, None, None)
    assert fast._width(text, 9.0, bold, None) == general._width(text, 9.0, bold, None)


def test_the_one_line_shortcut_is_taken_for_cells() -> None:
    engine = TextEngine(FontChooser(), False, "de", "Latn")
    for text in ("Tamper 58 mm", "\u206612,50\u00a0€\u2069", "\u20667\u2069", "Größe  "):
        engine._lines(text, 9.0, 200.0, False, None, None)  # the characters chosen once
        line = engine._one_plain_line(text, 9.0, 200.0, False, None)
        assert line is not None and line.text == text.strip("\u2066\u2069 ")
    assert engine._one_plain_line("Tamper 58 mm", 9.0, 20.0, False, None) is None  # it wraps
    assert engine._one_plain_line("a\u2066b\u2069", 9.0, None, False, None) is None  # two levels


def test_content_stream_numbers_hand_checked_and_remembered() -> None:
    from invoicekit.render.draw import fp_str

    for _ in range(2):  # the second time from the memo
        assert [fp_str(v) for v in (1.5, 2.0, 12.3456, -0.0001, 0.0, -3.25, 9)] == [
            "1.5", "2", "12.346", "0", "0", "-3.25", "9"
        ]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(CELL, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_a_uniform_paragraphs_spans_are_measured_as_run_by_run(text: str, a: int, b: int) -> None:
    """A uniform paragraph's spans summed from its list of character advances: the widths of
    the general sum over runs, to the last bit."""
    for engine in (ENGINE, TextEngine(FontChooser(), False, "hi", "Deva")):
        para = engine._analyse(text, False, None, None)
        start, end = sorted((min(a, len(para.chars)), min(b, len(para.chars))))
        general = evolve(para, uniform=False, advances=None)
        assert engine._span_width(para, start, end, 9.0) == engine._span_width(general, start, end, 9.0)


def test_a_shaped_uniform_paragraph_keeps_the_run_by_run_sum() -> None:
    para = ENGINE._analyse("e\u0301e\u0301", False, None, None)  # NFC: two é, no mark left
    assert ENGINE._span_width(para, 0, 2, 9.0) > 0 and para.advances
    hindi = TextEngine(FontChooser(), False, "hi", "Deva")
    deva = hindi._analyse("नमस्ते", False, None, None)
    hindi._span_width(deva, 0, len(deva.chars), 9.0)
    assert deva.advances is None or deva.advances == ()  # shaped: never from character widths
