"""Shaped text ready to draw: glyphs, runs of one face and direction, and lines.

The layout (:mod:`invoicekit.render.text`) makes them and the writer
(:mod:`invoicekit.render.draw`) turns them into PDF operators; they are frozen values, shared
between documents through the layout's line cache.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from attrs import frozen

from .fonts import Face


class Glyph(NamedTuple):
    """One glyph of a run: its embedding ``code``, pen position ``x`` and vertical offset ``dy``
    in points from the run's origin. (An immutable tuple, not attrs: a 10,000-line invoice
    has a quarter of a million glyphs, and a tuple is made several times faster.)"""

    code: int
    x: float
    dy: float


# Glyph(*values) without the Python-level __new__ of a named tuple, for a whole run at once
new_glyph = partial(tuple.__new__, Glyph)


@frozen
class GlyphRun:
    """Glyphs of one face, size and direction, in visual order; ``x`` is the run's offset in its line.
    ``plain``: not shaped, so each glyph sits at the pen position the one before it left
    (its x plus its width in the font), no vertical offset (the PDF needs no adjustments)."""

    face: Face
    size: float
    rtl: bool
    glyphs: tuple[Glyph, ...]
    x: float
    width: float
    plain: bool = False


@frozen
class ShapedLine:
    """One line of text, ready to draw: runs in visual order, total ``width`` in points."""

    runs: tuple[GlyphRun, ...]
    width: float
    text: str  # the line's characters in logical order (for tests and debugging)
    synthetic_bold: bool = False  # a run is bold drawn by stroking (set by the engine)
