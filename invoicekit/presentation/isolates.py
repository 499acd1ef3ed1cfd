"""Unicode directional isolates: what keeps an amount, a rate or an invoice number left to
right inside Arabic or Hebrew text (UAX #9, isolates ``LRI``/``RLI``/``FSI`` ... ``PDI``).

Plain strings, without the bidi algorithm, so that the presentation model (and the CLI and
HTML outputs built on it) mark runs without importing the PDF renderer."""

from __future__ import annotations

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def ltr(text: str) -> str:
    """``text`` as a left-to-right isolate (a number, an amount, an IBAN inside any sentence)."""
    return f"{LRI}{text}{PDI}"


def fsi(text: str) -> str:
    """``text`` as a first-strong isolate: it keeps its own direction (a date, a label)."""
    return f"{FSI}{text}{PDI}"


def plain(text: str) -> str:
    """``text`` without isolate marks (for plain-text output such as the CLI's)."""
    return text.translate(_STRIP)


_STRIP = str.maketrans("", "", LRI + RLI + FSI + PDI)
