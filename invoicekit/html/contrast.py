"""Colour contrast as WCAG 2.x defines it, to warn when a brand colour is hard to read.

Relative luminance and contrast ratio follow the definitions of WCAG 2.2 (section "Relative
luminance", success criterion 1.4.3): each sRGB channel ``c`` in 0..1 is linearised as
``c / 12.92`` when ``c <= 0.04045``, else ``((c + 0.055) / 1.055) ** 2.4``; luminance is
``0.2126 R + 0.7152 G + 0.0722 B``; the ratio of two colours is ``(L1 + 0.05) / (L2 + 0.05)``
with ``L1`` the lighter. Level AA asks 4.5:1 for normal text and 3:1 for large text (18 pt,
or 14 pt bold). The ratio is a reading aid, not money: floats are fine here.
"""

from __future__ import annotations

import re
import warnings

from attrs import frozen

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")

#: WCAG 2.x level AA: normal text, and large text (18 pt, or 14 pt bold).
AA_NORMAL = 4.5
AA_LARGE = 3.0
WHITE = "#ffffff"  # the documents' background


class ContrastWarning(UserWarning):
    """A brand colour that fails WCAG AA against the background it is printed on."""


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``"#1f4e79"`` as ``(31, 78, 121)``; ValueError for anything else."""
    match = _HEX.match(colour.strip())
    if not match:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of an sRGB colour (0 for black, 1 for white)."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@frozen
class ContrastCheck:
    """One pairing of the document: what is printed on what, and the ratio AA asks of it."""

    what: str
    foreground: str
    background: str
    ratio: float
    needed: float

    @property
    def passes(self) -> bool:
        return self.ratio >= self.needed

    def message(self) -> str:
        return (
            f"brand accent: {self.what} {self.foreground} on {self.background} has contrast "
            f"{self.ratio:.2f}:1, below WCAG AA's {self.needed:g}:1"
        )


def accent_checks(accent: str, background: str = WHITE) -> tuple[ContrastCheck, ...]:
    """The accent as text on the page: the title, headings, links and the amount payable.
    The title is large text, but the headings (13 px bold) and links are not, so the accent
    is held to the normal-text ratio."""
    return (ContrastCheck("text", accent, background, contrast_ratio(accent, background), AA_NORMAL),)


def warn_contrast(accent: str, background: str = WHITE) -> tuple[ContrastCheck, ...]:
    """Issue a :class:`ContrastWarning` for every failing pairing; return the failing ones."""
    failing = tuple(check for check in accent_checks(accent, background) if not check.passes)
    for check in failing:
        warnings.warn(check.message(), ContrastWarning, stacklevel=3)
    return failing
