"""Which writing system a character belongs to: enough of Unicode's Script property to pick a font.

Codes are ISO 15924 (``Latn``, ``Arab``, ``Hani`` ...). Characters shared by several scripts
(digits, punctuation, spaces) are ``Zyyy`` and combining marks are ``Zinh``: both take the
script of the text around them (:func:`resolve_scripts`).
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache

COMMON = "Zyyy"
INHERITED = "Zinh"

# (first, last, script), sorted by first; gaps are COMMON.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latn"),
    (0x0061, 0x007A, "Latn"),
    (0x00AA, 0x00AA, "Latn"),
    (0x00BA, 0x00BA, "Latn"),
    (0x00C0, 0x00D6, "Latn"),
    (0x00D8, 0x00F6, "Latn"),
    (0x00F8, 0x024F, "Latn"),
    (0x0250, 0x02AF, "Latn"),
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"),
    (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x1C80, 0x1C8F, "Cyrl"),
    (0x1E00, 0x1EFF, "Latn"),
    (0x1F00, 0x1FFF, "Grek"),
    (0x2C60, 0x2C7F, "Latn"),
    (0x2DE0, 0x2DFF, "Cyrl"),
    (0x2E80, 0x2FDF, "Hani"),
    (0x3005, 0x3007, "Hani"),
    (0x3021, 0x3029, "Hani"),
    (0x3038, 0x303B, "Hani"),
    (0x3041, 0x309F, "Hira"),
    (0x30A1, 0x30FA, "Kana"),
    (0x30FD, 0x30FF, "Kana"),
    (0x3131, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3300, 0x33FF, "Hani"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"),
    (0xA720, 0xA7FF, "Latn"),
    (0xA8E0, 0xA8FF, "Deva"),
    (0xA960, 0xA97F, "Hang"),
    (0xAC00, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB00, 0xFB06, "Latn"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
    (0xFF66, 0xFF9F, "Kana"),
    (0xFFA0, 0xFFDC, "Hang"),
    (0x20000, 0x3134F, "Hani"),
)
_STARTS = [r[0] for r in _RANGES]

# The CJK scripts that share one font per language.
CJK = frozenset({"Hani", "Hira", "Kana", "Hang"})


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str:
    """The script of one character, ``Zinh`` for combining marks, ``Zyyy`` when shared."""
    if unicodedata.category(ch).startswith("M"):
        return INHERITED
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1]:
        return _RANGES[i][2]
    return COMMON


def resolve_scripts(text: str, default: str) -> list[str]:
    """The script of each character of ``text``, shared characters taking the script of the
    preceding letter (else the following one, else ``default``)."""
    raw = [script_of(ch) for ch in text]
    shared = (COMMON, INHERITED)
    out: list[str | None] = []
    last: str | None = None
    for s in raw:
        if s not in shared:
            last = s
        out.append(last)
    following: str | None = None
    for i in range(len(raw) - 1, -1, -1):
        if raw[i] not in shared:
            following = raw[i]
        elif out[i] is None:
            out[i] = following or default
    return [s or default for s in out]
