"""Bidirectional text: embedding levels (Unicode UBA) with isolates, and visual reordering.

python-bidi's reference implementation resolves the levels; it predates isolates, so each
isolate (``LRI``/``RLI``/``FSI`` ... ``PDI``) is resolved on its own and stands as one
neutral character in the text around it — which is what the UBA specifies for isolates.
The renderer wraps numbers, amounts, IBANs and invoice numbers in ``LRI``...``PDI`` so they
stay left to right inside Arabic or Hebrew sentences.

Bad controls never raise: a ``PDI`` that closes no isolate is a neutral (UBA X6a: it is
ignored as a closer), isolates nested deeper than :data:`MAX_ISOLATE_DEPTH` are neutrals
(X5a-X5c: an overflow isolate is ignored), and the characters python-bidi removes at X9
(embeddings, overrides, ``PDF``, boundary neutrals such as ZWJ) take the level of the
character before them, so every character keeps its own level.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from bidi import algorithm as uba
from bidi.algorithm import X9_REMOVED

from ..presentation.isolates import FSI, LRI, PDI, RLI, ltr

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLI",
    "first_strong_rtl",
    "levels",
    "line_levels",
    "ltr",
    "paragraph_rtl",
    "visual_order",
]
_OPENERS = (LRI, RLI, FSI)
_PLACEHOLDER = "\ufffc"  # bidi class ON: an isolate is a neutral in its surroundings
_STRONG_RTL = frozenset({"R", "AL"})
_RTL_OR_NUMBER = frozenset({"R", "AL", "AN"})
_X9_REMOVED = frozenset(X9_REMOVED)
# Nested isolates deeper than this are neutrals: UBA's limit is 125 levels, and each isolate
# here is one recursion of ``_levels``.
MAX_ISOLATE_DEPTH = 60

T = TypeVar("T")


def first_strong_rtl(text: str) -> bool | None:
    """The direction of the first strong letter (``None`` when there is none), as FSI decides."""
    from unicodedata import bidirectional

    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return None


def paragraph_rtl(text: str, default: bool) -> bool:
    """Rules P2-P3: a paragraph's direction is that of its first strong letter outside
    isolates; ``default`` (the document's direction) when it has none."""
    from unicodedata import bidirectional

    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = bidirectional(ch)
            if kind == "L":
                return False
            if kind in _STRONG_RTL:
                return True
    return default


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of ``text`` in a paragraph of direction
    ``rtl``. Isolate marks get the level of their surroundings (they are not drawn)."""
    return _levels(text, 1 if rtl else 0)


def _levels(text: str, base: int, depth: int = 0) -> list[int]:
    outer, spans = _outer(text, depth)
    outer_levels = _resolve("".join(outer), base)
    if not spans:
        return outer_levels
    result: list[int] = []
    n = len(text)
    j = 0  # index into outer
    i = 0
    for start, end, at, opener in spans:
        while i < start:
            result.append(outer_levels[j])
            i += 1
            j += 1
        level = outer_levels[at] if at < len(outer_levels) else base
        inner = text[start + 1 : end]
        rtl = opener == RLI or (opener == FSI and bool(first_strong_rtl(inner)))
        result.append(level)
        if rtl:
            result += [((base + 1) | 1) - 1 + lv for lv in _levels(inner, 1, depth + 1)]
        else:
            result += [((base + 2) & ~1) + lv for lv in _levels(inner, 0, depth + 1)]
        if end < n:
            result.append(level)
        i = end + 1
        j = at + 1
    while i < n:
        result.append(outer_levels[j])
        i += 1
        j += 1
    return result


def _outer(text: str, depth: int) -> tuple[list[str], list[tuple[int, int, int, str]]]:
    """``text`` with each isolate replaced by one neutral, and the isolates as (start, end,
    placeholder index, opener). A ``PDI`` closing nothing, and every isolate mark below
    :data:`MAX_ISOLATE_DEPTH`, is a neutral too."""
    outer: list[str] = []
    spans: list[tuple[int, int, int, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPENERS and depth < MAX_ISOLATE_DEPTH:
            end = _matching_pdi(text, i)
            spans.append((i, end, len(outer), ch))
            outer.append(_PLACEHOLDER)
            i = end + 1 if end < n else n
        else:
            outer.append(_PLACEHOLDER if ch == PDI or ch in _OPENERS else ch)
            i += 1
    return outer, spans


def _matching_pdi(text: str, start: int) -> int:
    depth = 0
    for k in range(start, len(text)):
        ch = text[k]
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth -= 1
            if depth == 0:
                return k
    return len(text)


# UAX #9 section 3.2 (DerivedBidiClass.txt): unassigned code points take R in the Hebrew and
# other right-to-left blocks, AL in the Arabic ones, L elsewhere. python-bidi asserts on a
# character without a class, so each stands in for its default class in level resolution.
_DEFAULT_R = ((0x0590, 0x05FF), (0x07C0, 0x085F), (0xFB1D, 0xFB4F), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))
_DEFAULT_AL = ((0x0600, 0x07BF), (0x0860, 0x08FF), (0xFB50, 0xFDCF), (0xFDF0, 0xFDFF), (0xFE70, 0xFEFF))


def _unassigned_stand_in(ch: str) -> str:
    """A character of the default bidi class of the unassigned ``ch`` (same length)."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _DEFAULT_AL):
        return "\u0627"  # ARABIC LETTER ALEF: AL
    if any(lo <= code <= hi for lo, hi in _DEFAULT_R):
        return "\u05d0"  # HEBREW LETTER ALEF: R
    return "a"  # L


def _resolve(text: str, base: int) -> list[int]:
    """UBA levels of text without isolates (python-bidi's reference implementation)."""
    from unicodedata import bidirectional

    if base == 0 and not any(bidirectional(ch) in _RTL_OR_NUMBER for ch in text):
        return [0] * len(text)
    text = "".join(ch if bidirectional(ch) else _unassigned_stand_in(ch) for ch in text)
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    kept = iter([c["level"] for c in storage["chars"]])
    out: list[int] = []
    level = base
    for ch in text:
        if bidirectional(ch) not in _X9_REMOVED:  # removed at X9: the level before it
            level = next(kept)
        out.append(level)
    return out


def line_levels(chars: str, lvls: Sequence[int], base: int) -> list[int]:
    """Rule L1 for one line: trailing whitespace and isolate marks take the paragraph level."""
    out = list(lvls)
    k = len(chars) - 1
    while k >= 0 and (chars[k].isspace() or chars[k] in (LRI, RLI, FSI, PDI)):
        out[k] = base
        k -= 1
    return out


def visual_order(items: Sequence[T], item_levels: Sequence[int]) -> list[T]:
    """Rule L2: ``items`` (runs in logical order, each at one level) in visual order."""
    order = list(range(len(items)))
    if not items:
        return []
    highest = max(item_levels)
    odd = [lv for lv in item_levels if lv % 2]
    if not odd and highest == 0:
        return list(items)
    lowest_odd = min(odd) if odd else highest + 1
    lv_of = list(item_levels)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if lv_of[order[k]] >= level:
                end = k
                while end < len(order) and lv_of[order[end]] >= level:
                    end += 1
                order[k:end] = reversed(order[k:end])
                k = end
            else:
                k += 1
    return [items[k] for k in order]
