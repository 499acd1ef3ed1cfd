"""Reading user input: upper case, separators removed, characters checked."""

from __future__ import annotations

import re

#: Characters dropped anywhere in a number: the separators people write (spaces of any
#: kind are handled separately, through ``str.isspace``) and the Unicode dashes.
SEPARATORS = frozenset(".-/,:;_'()\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

# ASCII letters and digits, plus Cyrillic letters: Belarusian UNPs are written with the
# Cyrillic prefix "УНП" and may use Cyrillic look-alike letters, which stdnum maps.
_ALLOWED = re.compile(r"[0-9A-Z\u0400-\u04FF]")


def clean(value: str) -> str:
    """Upper-case ``value`` and drop whitespace and separators.

    >>> clean(" che-107.787.577 iva ")
    'CHE107787577IVA'
    >>> clean("FR 40 303\\u00a0265 045")
    'FR40303265045'
    """
    return "".join(ch for ch in value.upper() if not ch.isspace() and ch not in SEPARATORS)


def first_bad_character(cleaned: str) -> str | None:
    """The first character that cannot be part of any supported number, if any.

    >>> first_bad_character("DE136695976") is None
    True
    >>> first_bad_character("DE13669597€")
    '€'
    """
    for ch in cleaned:
        if not _ALLOWED.fullmatch(ch):
            return ch
    return None


def leading_letters(cleaned: str) -> str:
    """The run of ASCII letters at the start of ``cleaned``.

    >>> leading_letters("QQ123")
    'QQ'
    >>> leading_letters("123")
    ''
    """
    match = re.match(r"[A-Z]*", cleaned)
    return match.group(0) if match else ""
