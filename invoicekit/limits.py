"""What a document may hold: sizes and characters, checked when it is loaded.

The bounds keep the largest accepted document computable and renderable in seconds, and
the character rules keep every text field printable as written: no lone surrogates (they
cannot be encoded), no control characters (they reach terminals as escape sequences), and
no explicit bidirectional embeddings, overrides or isolates (they reorder what the reader
sees: a Hebrew word inside an embedding prints scrambled). Text is data, in logical order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

#: Characters in one text field (a description, a name, one address line, one note): a
#: 714-word description fits.
MAX_TEXT_LENGTH: Final = 5_000
#: Characters in all the text fields of one document together: what bounds the time to lay
#: it out (about 100,000 characters a second; docs/performance.md).
MAX_DOCUMENT_TEXT: Final = 300_000
#: Lines of one document.
MAX_LINES: Final = 10_000
#: Bytes of a document file.
MAX_DOCUMENT_BYTES: Final = 8 * 1024 * 1024
#: Characters of a value echoed in an error message.
ECHO_LENGTH: Final = 60

# U+202A-U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066-U+2069 (LRI, RLI, FSI, PDI).
_BIDI_CONTROLS: Final = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_MULTILINE_ALLOWED: Final = frozenset("\n\t")


@cache
def _refused(multiline: bool) -> re.Pattern[str]:
    """The characters _char_problem refuses, as one search (a 5,000-character text is one
    call); compiled on first use, as each pattern's surrogate range costs about 4.5M
    instructions to compile, and most documents never need it (see text_problem)."""
    if multiline:
        return re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
    return re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """What is wrong with ``value`` as a document's text, or None.

    >>> text_problem("Widget")
    >>> text_problem("Wid\\x1bget")
    'contains a control character U+001B at position 4'
    >>> text_problem("a\\nb"), text_problem("a\\nb", multiline=True)
    ('contains a control character U+000A at position 2', None)
    >>> text_problem("x\\u202ey").split(":")[0]
    'contains U+202E RIGHT-TO-LEFT OVERRIDE at position 2'
    """
    if len(value) > MAX_TEXT_LENGTH:
        return f"too long: {len(value)} characters (at most {MAX_TEXT_LENGTH})"
    if value.isprintable():
        # every refused character is a control (Cc), a surrogate (Cs) or a format
        # character (Cf), none of which is printable: a printable text has none of them
        return None
    found = _refused(multiline).search(value)
    if found is None:
        return None
    char = found.group()
    problem = _char_problem(char, multiline)
    return f"{problem} at position {found.start() + 1}" + (_BIDI_HINT if char in _BIDI_CONTROLS else "")


_BIDI_HINT: Final = (
    ": bidirectional embeddings, overrides and isolates are not accepted (write the text in logical order)"
)


def _char_problem(char: str, multiline: bool) -> str | None:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return f"contains a lone surrogate U+{code:04X} (not text)"
    if code < 0x20 or 0x7F <= code <= 0x9F:
        if multiline and char in _MULTILINE_ALLOWED:
            return None
        return f"contains a control character U+{code:04X}"
    if char in _BIDI_CONTROLS:
        return f"contains U+{code:04X} {unicodedata.name(char)}"
    return None


def echo(text: str) -> str:
    """``text`` shortened for an error message: a 5,000-digit number is not repeated whole.

    >>> echo("1" * 100)
    '111111111111111111111111111111111111111111111111111111111111... (100 characters)'
    """
    if len(text) <= ECHO_LENGTH:
        return text
    return f"{text[:ECHO_LENGTH]}... ({len(text)} characters)"
