"""Text runs: from a string to positioned glyphs, line by line.

A string is split into runs of one face and one bidi level (a face per character from
:class:`~invoicekit.render.fonts.FontChooser`, so every character is drawn by a font that
has it), wrapped to a width, reordered for display (:mod:`invoicekit.render.bidi`) and shaped
with HarfBuzz where the script needs it (Arabic, Devanagari, Thai, and any text with combining
marks). CJK text is not shaped: its fonts' discretionary ligatures would merge words (株式会社).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, repeat

import uharfbuzz as hb
from attrs import define, frozen
from bidi.mirror import MIRRORED

from . import bidi
from .fonts import Face, FontChooser, PdfFont
from .runs import Glyph as Glyph
from .runs import GlyphRun as GlyphRun
from .runs import ShapedLine as ShapedLine
from .runs import new_glyph as _new_glyph
from .scripts import resolve_scripts
from .text_plain import Choices, PlainCells
from .text_simple import CONTROLS, ISOLATE_MARKS, isolate_levels, simple_script

_CONTROLS = CONTROLS  # dropped before drawing (text_simple.py)
_ISOLATE_MARKS = ISOLATE_MARKS  # LRI, FSI, PDI: the fast path drops them

_CJK_FONTS = frozenset({"Jpan", "Hans", "Kore"})
# Characters a line may not start with (closing punctuation, small kana: kinsoku shori).
_NO_LINE_START = frozenset(
    # closing CJK punctuation, the ideographic iteration mark and the prolonged sound mark
    "\u3001\u3002\uff0c\uff0e\u30fb\uff1a\uff1b\uff1f\uff01"
    "\uff09\u300d\u300f\u3011\u3015\u3009\u300b\u30fc\u3005"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"  # small kana
    ",.:;!?)]}%"
)
# Characters a line may not end with (opening brackets).
_NO_LINE_END = frozenset("\uff08\u300c\u300e\u3010\u3014\u3008\u300a([")
_NO_BREAK_SPACE = "\u00a0\u202f\u2007"
_FEATURES_OFF = {"dlig": False}
_REPLACEMENT = "\ufffd"


def _ignorable(ch: str) -> bool:
    """Joiners and other format characters: used by shaping, never drawn."""
    return unicodedata.category(ch) == "Cf"


@frozen
class _Shape:
    """A run's glyphs in 1/1000 em: (code, advance, x offset, y offset), in visual order;
    ``plain``: every offset is 0 (not shaped)."""

    glyphs: tuple[tuple[int, float, float, float], ...]
    advance: float
    plain: bool = False


def _placed(shape: _Shape, scale: float) -> tuple[Glyph, ...]:
    """The glyphs of ``shape`` at ``scale`` points per 1/1000 em: each at its pen position
    plus its offsets (the pen summed in order, so the same floats either way)."""
    if shape.plain:  # (pen + 0.0) * scale is pen * scale, and 0.0 * scale is 0.0
        codes, advances, _, _ = zip(*shape.glyphs, strict=True) if shape.glyphs else ((),) * 4
        xs = [pen * scale for pen in accumulate(advances, initial=0.0)]
        return tuple(map(_new_glyph, zip(codes, xs, repeat(0.0))))  # zip drops the end's x
    glyphs = []
    pen = 0.0
    for code, adv, xoff, yoff in shape.glyphs:
        glyphs.append(Glyph(code, (pen + xoff) * scale, yoff * scale))
        pen += adv
    return tuple(glyphs)


@define
class _Paragraph:
    """A paragraph after analysis: each visible character with its level, face and font script."""

    chars: list[str]
    levels: list[int]
    faces: list[Face]
    font_scripts: list[str]
    base: int  # the paragraph level: 1 right to left, 0 left to right
    simple: bool = False  # left to right in one script (text_simple.py): every level 0
    uniform: bool = False  # one face and one level for every character: one run
    # a uniform paragraph's character advances (1/1000 em) once measured, () if it is shaped
    # or right to left
    advances: list[float] | tuple[()] | None = None


# Laid-out lines and one-line widths shared between documents (frozen values), bounded;
# clearing it (as the benchmarks do) forgets both.
_LINES: dict[tuple[object, ...], tuple[ShapedLine, ...] | float] = {}
_LINES_MAX = 10_000
_PARAGRAPHS_MAX = 50_000  # analyses remembered by one document's engine


class TextEngine(PlainCells):
    """Lays out strings for one document: fonts from ``chooser``, paragraph direction ``rtl``,
    HarfBuzz language ``lang`` (e.g. ``"ar"``)."""

    def __init__(self, chooser: FontChooser, rtl: bool, lang: str, default_script: str) -> None:
        self.chooser = chooser
        self.rtl = rtl
        self.lang = lang
        self.default_script = default_script
        self._choices: dict[tuple[str, str, bool, str | None], tuple[str, Face, str]] = {}
        self._tables: dict[tuple[str, bool, str | None], Choices] = {}  # by script, bold, hint
        self._measured = {}
        # a cell is measured (width) and then laid out (lines): one analysis serves both
        self._paragraphs: dict[tuple[str, bool, bool | None, str | None], _Paragraph] = {}

    # --- analysis ---

    def _analyse(self, text: str, bold: bool, rtl: bool | None, han_hint: str | None) -> _Paragraph:
        """The analysis of ``text``, remembered for this document (never changed once made)."""
        key = (text, bold, rtl, han_hint)
        found = self._paragraphs.get(key)
        if found is None:
            if len(self._paragraphs) >= _PARAGRAPHS_MAX:
                self._paragraphs.clear()
            found = self._paragraphs[key] = self._analysis(text, bold, rtl, han_hint)
        return found

    def _analysis(self, text: str, bold: bool, rtl: bool | None, han_hint: str | None) -> _Paragraph:
        """Per visible character: its bidi level, face and font script. The paragraph's
        direction is ``rtl``, else that of its first strong letter, else the document's."""
        if text.isascii():  # its own NFC; no control, right-to-left letter or other script
            return self._ascii_analysis(text.replace("\t", " ").replace("\r", ""), bold, rtl, han_hint)
        text = unicodedata.normalize("NFC", text).replace("\t", " ").replace("\r", "")
        distinct = set(text)
        script = simple_script(distinct, _CONTROLS, self.default_script)
        if script is not None and not rtl and not (rtl is None and bidi.paragraph_rtl(text, self.rtl)):
            return self._simple_analysis(text, distinct, script, bold, han_hint)
        return self._full_analysis(text, bold, rtl, han_hint)

    def _ascii_analysis(self, text: str, bold: bool, rtl: bool | None, han_hint: str | None) -> _Paragraph:
        """:meth:`_analysis` of ASCII text: with a letter it is Latin and left to right (its
        first strong letter), without one it has the document's direction and default script;
        left to right, it is simple (every level 0), each distinct character's face chosen once."""
        lettered = text.upper() != text.lower()  # ASCII letters are the only cased characters
        if rtl or (rtl is None and not lettered and self.rtl):
            return self._full_analysis(text, bold, rtl, han_hint)
        script = "Latn" if lettered else self.default_script
        return self._picked(text, set(text), script, bold, han_hint, [0] * len(text))

    def _full_analysis(self, text: str, bold: bool, rtl: bool | None, han_hint: str | None) -> _Paragraph:
        """The general analysis of NFC ``text``: bidi levels, then scripts, then faces."""
        base_rtl = bidi.paragraph_rtl(text, self.rtl) if rtl is None else rtl
        lv = bidi.levels(text, base_rtl)
        keep = [i for i, ch in enumerate(text) if ch not in _CONTROLS]
        chars = "".join(text[i] for i in keep)
        scripts = resolve_scripts(chars, self.default_script)
        para = _Paragraph([], [lv[i] for i in keep], [], [], int(base_rtl))
        for ch, script in zip(chars, scripts, strict=True):
            shown, face, font_script = self._choice(ch, script, bold, han_hint)
            para.chars.append(shown)
            para.faces.append(face)
            para.font_scripts.append(font_script)
        return para

    def _simple_analysis(
        self, text: str, distinct: set[str], script: str, bold: bool, han_hint: str | None
    ) -> _Paragraph:
        """:meth:`_analysis` of a left-to-right paragraph in one ``script`` (text_simple.py):
        the same result, each distinct character's face chosen once."""
        levels = [0] * len(text)
        if not _ISOLATE_MARKS.isdisjoint(distinct):
            found = isolate_levels(text)
            if found is None:
                return self._full_analysis(text, bold, False, han_hint)
            levels = found
            for mark in _ISOLATE_MARKS:
                text = text.replace(mark, "")
                distinct.discard(mark)
        return self._picked(text, distinct, script, bold, han_hint, levels)

    def _picked(
        self, text: str, distinct: set[str], script: str, bold: bool, han_hint: str | None, levels: list[int]
    ) -> _Paragraph:
        """The left-to-right paragraph of ``text`` (its characters ``distinct``) at ``levels``,
        each character drawn as chosen for ``script``. When every character is shown as
        itself in the usual face and font script of the script, the lists are made without
        looking a choice up per character."""
        table = self._tables.get((script, bold, han_hint))
        if table is None:
            table = self._tables[(script, bold, han_hint)] = Choices()
        if not table.chosen.keys() >= distinct:
            for ch in distinct.difference(table.chosen):
                table.add(ch, self._choice(ch, script, bold, han_hint))
        n = len(text)
        if table.usual is not None and table.as_usual.issuperset(distinct):
            face, font_script = table.usual
            uniform = bool(n) and levels.count(levels[0]) == n
            return _Paragraph(list(text), levels, [face] * n, [font_script] * n, 0, not any(levels), uniform)
        picked = list(map(table.chosen.__getitem__, text))
        chars, faces, scripts = [c[0] for c in picked], [c[1] for c in picked], [c[2] for c in picked]
        return _Paragraph(chars, levels, faces, scripts, 0, not any(levels))

    def _choice(self, ch: str, script: str, bold: bool, han_hint: str | None) -> tuple[str, Face, str]:
        key = (ch, script, bold, han_hint)
        found = self._choices.get(key)
        if found is None:
            found = self._choices[key] = self._choose(ch, script, bold, han_hint)
        return found

    def _choose(self, ch: str, script: str, bold: bool, han_hint: str | None) -> tuple[str, Face, str]:
        """The character to draw for ``ch`` (itself, or a replacement mark when no font has
        it), its face and font script."""
        face, font_script = self.chooser.choose(ch, script, bold, han_hint)
        if not face.font.has(ch) and not _ignorable(ch):
            ch = _REPLACEMENT if face.font.has(_REPLACEMENT) else "?"  # no font has it: show that
        return ch, face, font_script

    # --- public ---

    def width(self, text: str, size: float, bold: bool = False, han_hint: str | None = None) -> float:
        """The width of ``text`` on one line, in points (shared between documents as
        :meth:`lines` is: column widths measure the same labels on every invoice)."""
        if self.chooser.brand is not None:
            return self._width(text, size, bold, han_hint)
        settings = (self.chooser.cjk, self.rtl, self.lang, self.default_script)
        key = ("width", *settings, text, size, bold, han_hint)
        found = _LINES.get(key)
        if not isinstance(found, float):
            if len(_LINES) >= _LINES_MAX:
                _LINES.clear()
            found = _LINES[key] = self._width(text, size, bold, han_hint)
        return found

    def _width(self, text: str, size: float, bold: bool, han_hint: str | None) -> float:
        found = self._measure(text, bold, han_hint) if "\n" not in text else None
        if found is not None:  # _span_width of its one plain run: the same sum
            return sum(found[3]) * size / 1000
        para = self._analyse(text, bold, None, han_hint)
        return self._span_width(para, 0, len(para.chars), size)

    def lines(
        self,
        text: str,
        size: float,
        width: float | None = None,
        bold: bool = False,
        rtl: bool | None = None,
        han_hint: str | None = None,
    ) -> list[ShapedLine]:
        """``text`` (newlines start new paragraphs) wrapped to ``width`` points (``None``: no
        wrapping), each line shaped and in visual order.

        Without a brand's fonts the result depends only on the arguments and the engine's
        settings, so it is shared between documents (labels repeat on every invoice)."""
        return list(self.shaped_lines(text, size, width, bold, rtl, han_hint))

    def shaped_lines(
        self, text: str, size: float, width: float | None, bold: bool, rtl: bool | None, han_hint: str | None
    ) -> tuple[ShapedLine, ...]:
        """:meth:`lines` as the tuple a paragraph keeps (the shared one: no copy)."""
        if self.chooser.brand is None:
            key = (
                self.chooser.cjk,
                self.rtl,
                self.lang,
                self.default_script,
                text,
                size,
                width,
                bold,
                rtl,
                han_hint,
            )
            found = _LINES.get(key)
            if not isinstance(found, tuple):
                if len(_LINES) >= _LINES_MAX:
                    _LINES.clear()
                one = None  # _lines's shortcut, without its list
                if rtl is None and "\n" not in text:
                    one = self._one_plain_line(text, size, width, bold, han_hint)
                if one is not None:
                    found = _LINES[key] = (one,)
                else:
                    found = _LINES[key] = tuple(self._lines(text, size, width, bold, rtl, han_hint))
            return found
        return tuple(self._lines(text, size, width, bold, rtl, han_hint))

    def _lines(
        self, text: str, size: float, width: float | None, bold: bool, rtl: bool | None, han_hint: str | None
    ) -> list[ShapedLine]:
        if rtl is None and "\n" not in text:
            found = self._one_plain_line(text, size, width, bold, han_hint)
            if found is not None:
                return [found]
        out: list[ShapedLine] = []
        for line in text.split("\n"):
            para = self._analyse(line, bold, rtl, han_hint)
            ranges = [(0, len(para.chars))] if width is None else self._wrap(para, size, width)
            out += [self._line(para, start, end, size) for start, end in ranges]
        return out

    # --- wrapping ---

    def _span_width(self, para: _Paragraph, start: int, end: int, size: float) -> float:
        """The width of characters ``start:end`` on one line, in points: the sum of its runs'
        advances (a uniform plain paragraph's from its list of character advances, the same
        floats :func:`_plain_advance` sums, in the same order)."""
        if para.uniform:
            if para.advances is None:
                para.advances = self._uniform_advances(para)
            if para.advances:
                return (0.0 + sum(para.advances[start:end])) * size / 1000
        total = 0.0
        for a, b in _para_runs(para, start, end):
            text = "".join(para.chars[a:b])
            rtl = para.levels[a] % 2 == 1
            if not rtl and not self._shaped(text, para.font_scripts[a]):
                total += _plain_advance(para.faces[a].font, text)  # what _plain would sum
                continue
            total += self._shape(para.faces[a].font, text, rtl, para.font_scripts[a]).advance
        return total * size / 1000

    def _uniform_advances(self, para: _Paragraph) -> list[float] | tuple[()]:
        """The advance of each character of a uniform paragraph, unshaped, as
        :func:`_plain_advance` reads them; () when its one run is shaped or right to left."""
        text = "".join(para.chars)
        if para.levels[0] % 2 == 1 or self._shaped(text, para.font_scripts[0]):
            return ()
        widths, default = para.faces[0].font.face.charWidths, para.faces[0].font.face.defaultWidth
        return list(map(float, map(widths.get, map(ord, text.replace("\u00a0", " ")), repeat(default))))

    def _plain_width(self, para: _Paragraph, size: float) -> float | None:
        """The width of the whole paragraph when none of its runs is shaped or right to left
        (each run's width is then the sum of its characters' widths), else ``None``."""
        total = 0.0
        for a, b in _para_runs(para, 0, len(para.chars)):
            text = "".join(para.chars[a:b])
            if para.levels[a] % 2 == 1 or self._shaped(text, para.font_scripts[a]):
                return None
            total += _plain_advance(para.faces[a].font, text)
        return total * size / 1000

    def _wrap(self, para: _Paragraph, size: float, width: float) -> list[tuple[int, int]]:
        """Greedy line breaking at the break opportunities of :func:`_segments`.

        An unshaped paragraph no wider than ``width`` is one line without trying its
        segments: their widths are sums of the same non-negative character widths, so each
        line-so-far the greedy loop would measure is at most the whole (give or take float
        rounding far below the loop's 1e-6 points of slack) and it would never break."""
        chars = para.chars
        n = len(chars)
        if n == 0:
            return [(0, 0)]
        whole = self._plain_width(para, size)
        if whole is not None and whole <= width:
            return [(0, _strip_end(chars, 0, n))]
        segments = _segments(chars)
        lines: list[tuple[int, int]] = []
        line_start = segments[0][0]
        used = 0.0
        for seg_start, seg_end in segments:
            core_end = seg_end
            while core_end > seg_start and chars[core_end - 1] == " ":
                core_end -= 1
            core = self._span_width(para, seg_start, core_end, size)
            full = core + self._span_width(para, core_end, seg_end, size)
            if used + core <= width + 1e-6 or seg_start == line_start:
                if seg_start == line_start and core > width + 1e-6:
                    # a word longer than the line: break it between clusters
                    pieces = self._hard_break(para, seg_start, seg_end, size, width)
                    lines += pieces[:-1]
                    line_start = pieces[-1][0]
                    used = self._span_width(para, line_start, seg_end, size)
                    continue
                used += full
                continue
            lines.append((line_start, seg_start))
            line_start = seg_start
            used = full
        lines.append((line_start, n))
        return [(a, _strip_end(chars, a, b)) for a, b in lines]

    def _hard_break(
        self, para: _Paragraph, start: int, end: int, size: float, width: float
    ) -> list[tuple[int, int]]:
        """Pieces of an over-long word, each as many whole grapheme clusters as fit (never
        splitting a cluster HarfBuzz shaped as one: a conjunct, a letter and its marks)."""
        breaks = self._break_points(para, start, end)
        pieces: list[tuple[int, int]] = []
        piece_start = start
        last = start  # the last break point that still fits
        for k in [*breaks, end]:
            if self._span_width(para, piece_start, k, size) > width + 1e-6 and last > piece_start:
                pieces.append((piece_start, last))
                piece_start = last
            last = k
        pieces.append((piece_start, end))
        return pieces

    def _break_points(self, para: _Paragraph, start: int, end: int) -> list[int]:
        """Positions inside ``start:end`` where a word may be cut: grapheme cluster boundaries
        that are also boundaries of HarfBuzz's clusters in each run."""
        chars = para.chars
        allowed: set[int] = set()
        for a, b in _para_runs(para, start, end):
            text = "".join(chars[a:b])
            starts = self._clusters(para.faces[a].font, text, para.levels[a] % 2 == 1, para.font_scripts[a])
            allowed.update(a + s for s in starts if s > 0)
            if a > start:
                allowed.add(a)
        return [k for k in sorted(allowed) if grapheme_break(chars, k)]

    # --- shaping ---

    def _line(self, para: _Paragraph, start: int, end: int, size: float) -> ShapedLine:
        """Characters ``start:end`` as one line: runs reordered for display, then shaped."""
        line_chars = "".join(para.chars[start:end])
        lv = para.levels[start:end]
        if para.simple or (para.uniform and not line_chars[-1:].isspace()):
            # every level 0, or one level and no trailing space (a number in its isolate):
            # rule L1 changes nothing, and one level (a single run) reads the same either way
            visual = _para_runs(para, start, end)
        else:
            lv = bidi.line_levels(line_chars, lv, para.base)
            logical = [(a + start, b + start) for a, b in _runs(lv, para.faces[start:end], 0, end - start)]
            visual = bidi.visual_order(logical, [lv[a - start] for a, _ in logical])
        runs: list[GlyphRun] = []
        x = 0.0
        scale = size / 1000
        for a, b in visual:
            rtl = lv[a - start] % 2 == 1
            face = para.faces[a]
            before, after = _context(para.chars, start, end) if a == start or b == end else ("", "")
            text = "".join(para.chars[a:b])
            shape = self._shape(
                face.font,
                text,
                rtl,
                para.font_scripts[a],
                before if a == start else "",
                after if b == end else "",
            )
            width = shape.advance * scale
            runs.append(GlyphRun(face, size, rtl, _placed(shape, scale), x, width, shape.plain))
            x += width
        return ShapedLine(tuple(runs), x, line_chars, any(run.face.synthetic_bold for run in runs))

    def _shaped(self, text: str, font_script: str) -> bool:
        if font_script in _CJK_FONTS:
            return False
        # ASCII has no marks: tested before the cache of _has_marks (every new cell asks)
        return self.chooser.shaping(font_script) or (not text.isascii() and _has_marks(text))

    def _shape(
        self, font: PdfFont, text: str, rtl: bool, font_script: str, before: str = "", after: str = ""
    ) -> _Shape:
        """``text`` shaped; ``before`` and ``after``: the rest of a word cut at a line's edge,
        as HarfBuzz context (the letters at the cut keep their joining forms), never drawn."""
        shaped = self._shaped(text, font_script)
        if not shaped:
            before = after = ""
        return _shape_cached(font, text, rtl, shaped, self.lang, before, after)

    def _clusters(self, font: PdfFont, text: str, rtl: bool, font_script: str) -> frozenset[int]:
        """Where HarfBuzz's clusters of ``text`` start (every position when not shaped)."""
        if not self._shaped(text, font_script):
            return frozenset(range(len(text)))
        return _harfbuzz_clusters(font, text, rtl, self.lang)


def _para_runs(para: _Paragraph, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`_runs` of ``para``'s characters ``start:end`` (one run when it is uniform)."""
    if para.uniform:
        return [(start, end)] if start < end else []
    return _runs(para.levels, para.faces, start, end)


def _runs(levels: Sequence[int], faces: Sequence[Face], start: int, end: int) -> list[tuple[int, int]]:
    """Maximal ranges of one level and one face, in logical order."""
    out: list[tuple[int, int]] = []
    a = start
    for k in range(start + 1, end + 1):
        if k == end or levels[k] != levels[a] or (faces[k] is not faces[a] and faces[k] != faces[a]):
            out.append((a, k))
            a = k
    return out


def _is_cjk_char(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
    )


def _segments(chars: Sequence[str]) -> list[tuple[int, int]]:
    """Pieces between line-break opportunities: after spaces (not no-break ones), after a
    hyphen or slash between letters, and around CJK characters (except before closing marks)."""
    out: list[tuple[int, int]] = []
    a = 0
    n = len(chars)
    for k in range(1, n):
        prev, ch = chars[k - 1], chars[k]
        if ch in _NO_LINE_START or ch == " ":
            continue
        if prev == " " and ch not in _NO_BREAK_SPACE:
            brk = True
        elif prev in "-/" and k >= 2 and chars[k - 2].isalpha() and ch.isalpha():
            brk = True
        elif _is_cjk_char(ch) or _is_cjk_char(prev):
            brk = prev not in _NO_LINE_END
        else:
            brk = False
        if brk:
            out.append((a, k))
            a = k
    out.append((a, n))
    return out


def _strip_end(chars: Sequence[str], a: int, b: int) -> int:
    while b > a and chars[b - 1] == " ":
        b -= 1
    return b


# Hangul jamo (UAX #29 GB6-GB8): leading, vowel and trailing consonants.
_JAMO_L = ((0x1100, 0x115F), (0xA960, 0xA97C))
_JAMO_V = ((0x1160, 0x11A7), (0xD7B0, 0xD7C6))
_JAMO_T = ((0x11A8, 0x11FF), (0xD7CB, 0xD7FB))
_SPACING_MARKS = frozenset("\u0e33\u0eb3")  # Thai and Lao SARA AM: letters that extend a cluster
_ZWJ = "\u200d"


def _hangul(ch: str) -> str:
    """The Hangul syllable type of ``ch`` ("L", "V", "T", "LV", "LVT") or ""."""
    cp = ord(ch)
    for kind, ranges in (("L", _JAMO_L), ("V", _JAMO_V), ("T", _JAMO_T)):
        if any(a <= cp <= b for a, b in ranges):
            return kind
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return ""


def grapheme_break(chars: Sequence[str], k: int) -> bool:
    """Whether an extended grapheme cluster boundary (UAX #29) lies before ``chars[k]``: not
    before a mark, joiner, variation selector or emoji modifier, not after a zero-width
    joiner or a virama before a letter (an Indic conjunct), not inside a Hangul syllable
    or a pair of regional indicators."""
    prev, ch = chars[k - 1], chars[k]
    cp = ord(ch)
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _SPACING_MARKS or ch in "\u200c\u200d":
        return False
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:  # emoji modifiers and tag characters
        return False
    if prev == _ZWJ or (unicodedata.combining(prev) == 9 and unicodedata.category(ch) == "Lo"):
        return False
    before, after = _hangul(prev), _hangul(ch)
    if (
        (before == "L" and after)
        or (before in ("V", "LV") and after in ("V", "T"))
        or (before in ("T", "LVT") and after == "T")
    ):
        return False
    if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators pair up
        run = 0
        while k - 1 - run >= 0 and 0x1F1E6 <= ord(chars[k - 1 - run]) <= 0x1F1FF:
            run += 1
        return run % 2 == 0
    return True


@lru_cache(maxsize=4096)
def _harfbuzz_clusters(font: PdfFont, text: str, rtl: bool, lang: str) -> frozenset[int]:
    return frozenset(info.cluster for info in _hb_shaped(font, text, rtl, lang).glyph_infos)


def _hb_shaped(
    font: PdfFont, text: str, rtl: bool, lang: str, before: str = "", after: str = ""
) -> hb.Buffer:
    """``text`` shaped by HarfBuzz in ``font``, in the given direction and language, with the
    characters ``before`` and ``after`` it as context (clusters count from ``before``'s start)."""
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in before + text + after], len(before), len(text))
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    if lang:
        buf.language = lang
    buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    hb.shape(font.hb_font, buf, _FEATURES_OFF)
    return buf


@lru_cache(maxsize=20000)
def _has_marks(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.category(c).startswith("M") for c in text)


@lru_cache(maxsize=20000)
def _shape_cached(
    font: PdfFont, text: str, rtl: bool, shaped: bool, lang: str, before: str = "", after: str = ""
) -> _Shape:
    if shaped:
        return _harfbuzz(font, text, rtl, lang, before, after)
    return _plain(font, text, rtl)


_CONTEXT = 4  # characters of a cut word given to HarfBuzz on each side of a line's edge


def _context(chars: Sequence[str], start: int, end: int) -> tuple[str, str]:
    """The characters of a word cut at the edges of the line ``start:end``, before and after."""
    before = after = ""
    if 0 < start and not chars[start - 1].isspace():
        k = start
        while k > max(0, start - _CONTEXT) and not chars[k - 1].isspace():
            k -= 1
        before = "".join(chars[k:start])
    if end < len(chars) and not chars[end].isspace():
        k = end
        while k < min(len(chars), end + _CONTEXT) and not chars[k].isspace():
            k += 1
        after = "".join(chars[end:k])
    return before, after


@lru_cache(maxsize=20000)
def _plain_advance(font: PdfFont, text: str) -> float:
    """The advance of left-to-right ``text`` unshaped, in 1/1000 em: the sum :func:`_plain`
    makes, in the same order (the same float), without building its glyphs (line breaking
    measures every word)."""
    widths, default = font.face.charWidths, font.face.defaultWidth
    return sum(map(float, map(widths.get, map(ord, text.replace("\u00a0", " ")), repeat(default))))


def _plain(font: PdfFont, text: str, rtl: bool) -> _Shape:
    """No shaping: one glyph per character from the cmap (mirrored brackets when right to left)."""
    chars = "".join(MIRRORED.get(ch, ch) for ch in reversed(text)) if rtl else text
    widths, default = font.face.charWidths, font.face.defaultWidth  # as PdfFont.width_1000
    codes = list(map(ord, chars.replace("\u00a0", " ")))  # a no-break space is drawn as a space
    advances = list(map(float, map(widths.get, codes, repeat(default))))
    return _Shape(tuple(zip(codes, advances, repeat(0.0), repeat(0.0))), sum(advances), plain=True)


def _harfbuzz(font: PdfFont, text: str, rtl: bool, lang: str, before: str = "", after: str = "") -> _Shape:
    """HarfBuzz shaping; each glyph is embedded with the text of its cluster."""
    buf = _hb_shaped(font, text, rtl, lang, before, after)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    cluster_of = [info.cluster - len(before) for info in infos]  # in ``text``
    k = 1000 / font.units_per_em
    clusters = sorted(set(cluster_of))
    end_of = {c: (clusters[i + 1] if i + 1 < len(clusters) else len(text)) for i, c in enumerate(clusters)}
    # glyph indexes of each cluster in reading order
    members: dict[int, list[int]] = {}
    visual = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    for g in visual:
        members.setdefault(cluster_of[g], []).append(g)
    texts = [""] * len(infos)
    for cluster, gs in members.items():
        for g, t in zip(
            gs,
            _cluster_texts(font, [infos[g].codepoint for g in gs], text[cluster : end_of[cluster]]),
            strict=True,
        ):
            texts[g] = t
    glyphs = []
    for g, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        code = font.code_for(info.codepoint, texts[g])
        glyphs.append((code, pos.x_advance * k, pos.x_offset * k, pos.y_offset * k))
    return _Shape(tuple(glyphs), sum(g[1] for g in glyphs))


def _cluster_texts(font: PdfFont, gids: list[int], text: str) -> list[str]:
    """Share a cluster's text among its glyphs (in reading order): each glyph the cmap maps to
    one of the cluster's characters takes it, when that keeps the characters in order (Arabic
    letters and their dots, Thai marks); otherwise, as for a Devanagari vowel sign drawn before
    its consonant, the first glyph takes the whole text and the others none."""
    if len(gids) == 1:
        return [text]
    remaining = list(text)
    out: list[str | None] = []
    for gid in gids:
        natural = next((chr(c) for c in font.natural_chars(gid) if chr(c) in remaining), None)
        if natural is not None:
            remaining.remove(natural)
        out.append(natural)
    rest = "".join(remaining)
    result = []
    for t in out:
        if t is None:
            t, rest = rest, ""
        result.append(t)
    if "".join(result) != text:
        return [text] + [""] * (len(gids) - 1)
    return result
