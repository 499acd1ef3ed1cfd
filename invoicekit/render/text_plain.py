"""The shortest way through the layout: a cell that is one run of known, plain characters.

Most cells of a long invoice (descriptions, amounts and numbers in their isolate) are one
line of one run: their characters, once chosen for their script
(:meth:`invoicekit.render.text.TextEngine._choice`), are shown as themselves in the script's
usual face, unshaped, at one level, and the text is no wider than its column. For such a cell
the run is built straight from the character widths; the analysis, line breaking and
shaping of :mod:`invoicekit.render.text` would find the same single range and run, with the
same floats summed in the same order (tests/render/test_render_plain_runs.py compares both).
"""

from __future__ import annotations

import unicodedata

from . import bidi
from .bidi import LRI, PDI
from .fonts import Face
from .runs import GlyphRun, PlainGlyphs, ShapedLine
from .text_simple import CONTROLS, ISOLATE_MARKS, simple_script

_MEASURED_MAX = 4096  # measured texts kept for their layout (a column's values, one by one)


class Choices:
    """The characters chosen for one script, weight and Han hint (:meth:`TextEngine._choice`),
    and those shown as themselves in the face and font script of the first one chosen."""

    def __init__(self) -> None:
        self.chosen: dict[str, tuple[str, Face, str]] = {}
        self.usual: tuple[Face, str] | None = None
        self.as_usual: set[str] = set()
        self.shaping: bool | None = None  # whether the usual font script is shaped (found once)

    def add(self, ch: str, choice: tuple[str, Face, str]) -> None:
        shown, face, font_script = choice
        self.chosen[ch] = choice
        if self.usual is None:
            self.usual = (face, font_script)
        if shown == ch and face is self.usual[0] and font_script == self.usual[1]:
            self.as_usual.add(ch)


class PlainCells:
    """The one-run shortcut of :class:`~invoicekit.render.text.TextEngine` (its base class):
    the engine's direction, default script, choice tables and shaping test."""

    rtl: bool
    default_script: str
    _tables: dict[tuple[str, bool, str | None], Choices]
    # :meth:`_plain_advances` of texts measured for a column's width, by (text, bold, Han
    # hint), taken by :meth:`_one_plain_line` when it lays the same text out (an amount is
    # measured, then drawn). A found result stays right: a table's usual face is its first
    # and the characters shown in it only grow.
    _measured: dict[tuple[str, bool, str | None], tuple[str, Face, list[int], list[float]]]

    def _shaped(self, text: str, font_script: str) -> bool:
        raise NotImplementedError  # TextEngine's

    def _plain_core(self, text: str) -> tuple[str, str] | None:
        """For :meth:`_one_plain_line`: the characters of ``text`` to draw and their script,
        when the analysis would find them left to right in one script at one level (0, or 2
        inside one ``LRI ... PDI`` around the whole text: the presentation's numbers) in a
        left-to-right paragraph; else None."""
        core = text
        if text.startswith(LRI) and text.endswith(PDI) and len(text) > 1:
            core = text[1:-1]
            if self.rtl:  # nothing strong outside the isolate: the document's direction
                return None
        if not core or "\t" in core or "\r" in core:
            return None
        if core.isascii():  # no isolate mark in it
            lettered = core.upper() != core.lower()  # ASCII letters are strong left to right
            if not lettered and self.rtl and core is text:
                return None
            return core, "Latn" if lettered else self.default_script
        if not ISOLATE_MARKS.isdisjoint(core) or not unicodedata.is_normalized("NFC", core):
            return None
        script = simple_script(set(core), CONTROLS, self.default_script)
        if script is None or (core is text and bidi.paragraph_rtl(text, self.rtl)):
            return None
        return core, script

    def _plain_advances(
        self, text: str, bold: bool, han_hint: str | None
    ) -> tuple[str, Face, list[int], list[float]] | None:
        """The :meth:`_plain_core` characters of ``text``, their face, codes and advances (in
        1/1000 em, as :func:`_plain` finds them) when they are all shown as themselves in their
        script's usual face, unshaped; else None."""
        found = self._plain_core(text)
        if found is None:
            return None
        core, script = found
        table = self._tables.get((script, bold, han_hint))
        if table is None or table.usual is None or not table.as_usual.issuperset(core):
            return None
        face, font_script = table.usual
        shaping = table.shaping
        if shaping is None:  # "" has no marks: whether the script alone is shaped
            shaping = table.shaping = self._shaped("", font_script)
        if shaping or (not core.isascii() and self._shaped(core, font_script)):  # ASCII has no marks
            return None
        known = face.font.char_advances  # float(widths.get(code, default)) of each, as _plain
        try:
            advances = list(map(known.__getitem__, core))
        except KeyError:  # characters not met before
            widths, default = face.font.face.charWidths, face.font.face.defaultWidth
            for ch in set(core).difference(known):
                known[ch] = float(widths.get(32 if ch == "\u00a0" else ord(ch), default))
            advances = list(map(known.__getitem__, core))
        codes = list(map(ord, core.replace("\u00a0", " ")))  # as _plain
        return core, face, codes, advances

    def _measure(
        self, text: str, bold: bool, han_hint: str | None
    ) -> tuple[str, Face, list[int], list[float]] | None:
        """:meth:`_plain_advances` of a text measured for its width, kept for :meth:`_one_plain_line`."""
        found = self._plain_advances(text, bold, han_hint)
        if found is not None:
            if len(self._measured) >= _MEASURED_MAX:
                self._measured.clear()
            self._measured[(text, bold, han_hint)] = found
        return found

    def _one_plain_line(
        self, text: str, size: float, width: float | None, bold: bool, han_hint: str | None
    ) -> ShapedLine | None:
        """:meth:`_lines` of a one-line paragraph of :meth:`_plain_core` characters all shown
        as themselves in their script's usual face, unshaped and no wider than ``width``:
        the one run built at once (the same glyphs, floats summed in the same order: the
        analysis, :meth:`_wrap` and :meth:`_line` would find one range and one run); else None."""
        found = self._measured.pop((text, bold, han_hint), None) or self._plain_advances(text, bold, han_hint)
        if found is None:
            return None
        core, face, codes, advances = found
        line = core
        whole = sum(advances)
        if width is not None:
            if whole * size / 1000 > width:  # _wrap's test of the whole paragraph
                return None
            line = core.rstrip(" ")  # _strip_end
            if not line:
                return None
        if core is not text and line[-1].isspace():  # at level 2 rule L1 would apply
            return None
        n = len(line)
        scale = size / 1000
        if n < len(codes):  # trailing spaces dropped (the lists are this call's own otherwise)
            codes, advances = codes[:n], advances[:n]
            whole = sum(advances)
        run_width = whole * scale
        run = GlyphRun(face, size, False, PlainGlyphs(codes, advances, scale), 0.0, run_width, True)
        return ShapedLine((run,), 0.0 + run_width, line, bool(face.synthetic_bold))  # any([...])
