"""The fast path of text analysis: text that is left to right in one script.

Most of an invoice's text (names, Latin or Cyrillic descriptions, amounts, dates) has no
right-to-left letter, no Arabic number, no bidi control and letters of at most one script.
For such a paragraph of direction left to right the general analysis
(:meth:`invoicekit.render.text.TextEngine._analysis`) finds every level 0 (UBA: without
R, AL or AN nothing rises above the paragraph level) and every character in the one script
(:func:`~invoicekit.render.scripts.resolve_scripts`: shared characters take the script of a
letter, and all letters are of one script), so both are known from the distinct characters
alone, without walking the text through the bidi algorithm. The result is the same; only
the work is less.
"""

from __future__ import annotations

from unicodedata import bidirectional

from .scripts import COMMON, INHERITED, script_of

# Bidi classes that need the general analysis: right-to-left letters, Arabic numbers,
# explicit embeddings, overrides and isolates, and "" (unassigned: it takes a default class).
_NOT_SIMPLE = frozenset({"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", ""})


class Simple:
    """What the fast path knows of a simple text: the ``script`` of every character and
    whether it has a strong left-to-right letter (which makes its paragraph left to right)."""

    __slots__ = ("script", "strong_ltr")

    def __init__(self, script: str, strong_ltr: bool) -> None:
        self.script = script
        self.strong_ltr = strong_ltr


def simple(distinct: set[str], controls: frozenset[str], default: str) -> Simple | None:
    """The :class:`Simple` facts of a text made of the characters ``distinct``, or ``None``
    when the text needs the general analysis: a character of :data:`_NOT_SIMPLE`'s classes,
    one of ``controls`` (dropped before drawing), or letters of two scripts. ``default``:
    the script of a text without letters."""
    if not controls.isdisjoint(distinct):
        return None
    script: str | None = None
    strong_ltr = False
    for ch in distinct:
        kind = bidirectional(ch)
        if kind in _NOT_SIMPLE:
            return None
        strong_ltr = strong_ltr or kind == "L"
        found = script_of(ch)
        if found == COMMON or found == INHERITED or found == script:
            continue
        if script is not None:
            return None
        script = found
    return Simple(script or default, strong_ltr)
