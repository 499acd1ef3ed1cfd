"""Shaped text ready to draw: glyphs, runs of one face and direction, and lines.

The layout (:mod:`invoicekit.render.text`) makes them and the writer
(:mod:`invoicekit.render.draw`) turns them into PDF operators; they are values never changed
once made (read-only to the type checker, see ``shared_value``), shared between documents
through the layout's line cache.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, NamedTuple, overload

from attrs import define

from .fonts import Face

if TYPE_CHECKING:  # read-only for the type checker: mypy rejects an assignment to a field
    from attrs import frozen as shared_value
else:
    # At run time a plain slotted attrs class, equal and hashed by its fields as a frozen
    # one is: a frozen class's __init__ sets each field through object.__setattr__, which
    # was about 6% of the instructions of a long invoice's render (a run, a line and a
    # paragraph per new table cell), where a slotted store is one instruction of the
    # interpreter. Nothing assigns to their fields after __init__ (mypy --strict checks it).
    shared_value = define(unsafe_hash=True)


class Glyph(NamedTuple):
    """One glyph of a run: its embedding ``code``, pen position ``x`` and vertical offset ``dy``
    in points from the run's origin. (An immutable tuple, not attrs: a 10,000-line invoice
    has a quarter of a million glyphs, and a tuple is made several times faster.)"""

    code: int
    x: float
    dy: float


# Glyph(*values) without the Python-level __new__ of a named tuple, for a whole run at once
new_glyph = partial(tuple.__new__, Glyph)


class PlainGlyphs(Sequence[Glyph]):
    """The glyphs of a plain run of one line's characters (``TextEngine._one_plain_line``),
    kept as their codes and advances (1/1000 em) and made as :class:`Glyph` values only
    when read one by one: drawing such a run needs the codes alone (the first glyph is at
    0, none has a vertical offset), and a tuple per character was most of the cost of a
    new table cell. The glyphs made are those the shortcut made before: pen positions
    summed in the same order, scaled the same way. Equal to the tuple of its glyphs."""

    __slots__ = ("_made", "advances", "codes", "scale")

    def __init__(self, codes: list[int], advances: list[float], scale: float) -> None:
        self.codes = codes
        self.advances = advances
        self.scale = scale
        self._made: tuple[Glyph, ...] | None = None

    def made(self) -> tuple[Glyph, ...]:
        """The glyphs as a tuple (made once)."""
        if self._made is None:
            scale = self.scale
            xs = [pen * scale for pen in accumulate(self.advances, initial=0.0)]
            self._made = tuple(map(new_glyph, zip(self.codes, xs, repeat(0.0))))
        return self._made

    def __len__(self) -> int:
        return len(self.codes)

    def __bool__(self) -> bool:
        return bool(self.codes)

    @overload
    def __getitem__(self, index: int) -> Glyph: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Glyph, ...]: ...
    def __getitem__(self, index: int | slice) -> Glyph | tuple[Glyph, ...]:
        return self.made()[index]

    def __iter__(self) -> Iterator[Glyph]:
        return iter(self.made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PlainGlyphs):
            return self.made() == other.made()
        if isinstance(other, tuple):
            return self.made() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.made())

    def __repr__(self) -> str:
        return repr(self.made())


@shared_value
class GlyphRun:
    """Glyphs of one face, size and direction, in visual order; ``x`` is the run's offset in its line.
    ``plain``: not shaped, so each glyph sits at the pen position the one before it left
    (its x plus its width in the font), no vertical offset (the PDF needs no adjustments)."""

    face: Face
    size: float
    rtl: bool
    glyphs: tuple[Glyph, ...] | PlainGlyphs
    x: float
    width: float
    plain: bool = False


@shared_value
class ShapedLine:
    """One line of text, ready to draw: runs in visual order, total ``width`` in points."""

    runs: tuple[GlyphRun, ...]
    width: float
    text: str  # the line's characters in logical order (for tests and debugging)
    synthetic_bold: bool = False  # a run is bold drawn by stroking (set by the engine)
