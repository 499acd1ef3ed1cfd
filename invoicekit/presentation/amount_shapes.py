"""Amounts formatted from the text of another amount of the same shape.

An amount with exactly its currency's minor units (``1234.50`` in EUR) is written by Babel
as the pattern's prefix and suffix for its sign around its integer digits, grouped by the
locale's rules, and its fraction digits: the characters other than the digits depend only
on the locale, the currency, the sign and how many digits there are before and after the
point. So one amount of each shape is formatted by Babel (all its digits ``1``) and the
others take its text with their own digits put in the places of its digits. A running
subtotal is new on every line of a long invoice; formatting it this way is several times
cheaper than Babel's pattern application, and gives the same text (tested against Babel in
tests/presentation/test_amount_shapes.py). Where a shape's text does not have exactly one
ASCII digit per digit of the amount (a currency symbol with a digit in it, another
numbering system), Babel formats every amount of that shape.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

# (locale name, currency, negative, integer digits, fraction digits) -> the shape's text as
# a format string with a field in the place of each digit, or None: Babel formats those amounts
_SHAPES: dict[tuple[str, str, bool, int, int], str | None] = {}
_SHAPES_MAX = 4096
_DIGITS = frozenset("0123456789")


def shaped_money(
    name: str, value: Decimal, minor: int, currency: str, babel: Callable[[Decimal], str]
) -> str:
    """``babel(value)`` for ``value`` with exactly ``minor`` fraction digits (a finite
    Decimal of exponent ``-minor``), in locale ``name`` and ``currency``: from the text of
    the amount of the same shape, which ``babel`` formats once."""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    negative = value.is_signed()
    key = (name, currency, negative, len(whole), minor)
    if key not in _SHAPES:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        _SHAPES[key] = _shape(babel, negative, len(whole), minor)
    shape = _SHAPES[key]
    if shape is None:
        return babel(value)
    return shape.format(*whole, *fraction)  # each digit in its place, in order


def _shape(babel: Callable[[Decimal], str], negative: bool, whole: int, minor: int) -> str | None:
    """The text of the amount with ``whole`` integer and ``minor`` fraction digits, all ``1``
    (negative: with a minus), as a format string: ``{}`` in the place of each digit, the
    other characters as they are (braces doubled); None when the text does not have one
    ASCII digit ``1`` per digit and no other digit."""
    digits = "1" * whole + ("." + "1" * minor if minor else "")
    text = babel(Decimal(("-" if negative else "") + digits))
    places = [k for k, ch in enumerate(text) if ch in _DIGITS]
    if len(places) != whole + minor or any(text[k] != "1" for k in places):
        return None
    return "".join("{}" if ch in _DIGITS else ch.replace("{", "{{").replace("}", "}}") for ch in text)
