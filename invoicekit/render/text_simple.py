"""The fast path of text analysis: text that is left to right in one script.

Most of an invoice's text (names, Latin or Cyrillic descriptions, amounts, dates) has no
right-to-left letter, no Arabic number, no bidi control other than the left-to-right
isolates the presentation puts around numbers, and letters of at most one script. For such
a paragraph of direction left to right, the general analysis
(:meth:`invoicekit.render.text.TextEngine._full_analysis`) finds every level even: 0
outside isolates and two more inside each ``LRI`` or ``FSI`` (UBA: without R, AL or AN
nothing rises above the embedding level, and an ``FSI`` without a strong right-to-left
letter is an ``LRI``), and every character in the one script
(:func:`~invoicekit.render.scripts.resolve_scripts`: shared characters take the script of a
letter, and all letters are of one script). Both are known without the bidi algorithm;
the result is the same, only the work is less.
"""

from __future__ import annotations

from unicodedata import bidirectional

from ..presentation.isolates import FSI, LRI, PDI
from .scripts import COMMON, INHERITED, script_of

# Bidi classes that need the general analysis: right-to-left letters, Arabic numbers,
# explicit embeddings, overrides and isolates other than those of _MARKS, and ""
# (unassigned: it takes a default class).
_NOT_SIMPLE = frozenset({"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", ""})
_MARKS = frozenset({LRI, FSI, PDI})
ISOLATE_MARKS = _MARKS  # LRI, FSI, PDI: the fast paths drop them
# Controls dropped before drawing: marks, embeddings, overrides, isolates, BOM, soft hyphen
CONTROLS = frozenset("\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad")
_MAX_DEPTH = 30  # nested isolates the fast path follows (bidi.MAX_ISOLATE_DEPTH is 60)


def simple_script(distinct: set[str], controls: frozenset[str], default: str) -> str | None:
    """The one script of every character of a text made of the characters ``distinct``, or
    ``None`` when the text needs the general analysis: a character of :data:`_NOT_SIMPLE`'s
    classes (except the isolate marks ``LRI``, ``FSI``, ``PDI``), one of the other
    ``controls`` (dropped before drawing), or letters of two scripts. ``default``: the
    script of a text without letters."""
    letters = distinct - _MARKS
    if not controls.isdisjoint(letters):
        return None
    script: str | None = None
    for ch in letters:
        if bidirectional(ch) in _NOT_SIMPLE:
            return None
        found = script_of(ch)
        if found == COMMON or found == INHERITED or found == script:
            continue
        if script is not None:
            return None
        script = found
    return script or default


def isolate_levels(text: str) -> list[int] | None:
    """The levels of the characters of ``text`` other than its isolate marks, in a
    left-to-right paragraph of simple text: twice the number of isolates around each
    (an isolate without its ``PDI`` runs to the end, a ``PDI`` closing none is dropped like
    the others). ``None`` past :data:`_MAX_DEPTH`."""
    levels: list[int] = []
    depth = 0
    for ch in text:
        if ch == LRI or ch == FSI:
            if depth == _MAX_DEPTH:
                return None
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        else:
            levels.append(2 * depth)
    return levels
