"""QST registration number (Québec sales tax, TVQ), in python-stdnum's module style.

python-stdnum 2.2 has no module for it, so this one is written here. Revenu Québec gives a
registrant of the general QST system a number of sixteen characters: ten digits, the
letters ``TQ`` and four digits (the file number, usually ``0001``). The tenth digit is a
check digit: the first nine digits weighted 4, 3, 2, 7, 6, 5, 4, 3, 2, summed modulo 11;
the check digit is ``(11 - sum) mod 10``. Revenu Québec does not publish this rule; it is
the one of the open-source stdnum-js ``ca/qst`` validator and holds for every number of
a registered business found in public sources (1227494057, 1224002901, 1214326422), so a
mistyped digit is caught offline.

Not accepted: the specified system's ``NR`` numbers (suppliers outside Québec), and the
nine-digit GST/HST number that stands in for the QST number of a selected listed
financial institution (give that one as the GST/HST number).

Sources: Revenu Québec, "Application Programming Interface (API) Used to Validate a QST
Registration Number" (revenuquebec.ca: "ten digits followed by the letters TQ and four
more digits"); Revenu Québec, definitions "General system" (numbers with ``TQ``) and
"Specified system" (numbers beginning with ``NR``).

>>> validate("1227494057 TQ 0001")
'1227494057TQ0001'
>>> validate("1227494058TQ0001")
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidChecksum: The number's checksum or check digit is invalid.
"""

from __future__ import annotations

from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.util import clean, isdigits

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2)
_PROGRAM = "TQ"


def compact(number: str) -> str:
    """The number without spaces, dashes and dots, in capitals.

    >>> compact("1227494057-tq-0001")
    '1227494057TQ0001'
    """
    return clean(number, " -.").strip().upper()


def calc_check_digit(number: str) -> str:
    """The check digit (the tenth digit) for the first nine digits of ``number``.

    >>> calc_check_digit("122749405")
    '7'
    """
    total = sum(w * int(d) for w, d in zip(_WEIGHTS, number, strict=False)) % 11
    return str((11 - total) % 10)


def validate(number: str) -> str:
    """Check a QST registration number; return its compact form or raise a stdnum
    ``ValidationError``."""
    number = compact(number)
    if len(number) != 16:
        raise InvalidLength()
    digits, program, file_number = number[:10], number[10:12], number[12:]
    if not isdigits(digits) or not isdigits(file_number):
        raise InvalidFormat()
    if program != _PROGRAM or file_number == "0000":
        raise InvalidComponent()
    if calc_check_digit(digits[:9]) != digits[9]:
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid QST registration number.

    >>> is_valid("1224002901TQ0001")
    True
    >>> is_valid("1224002901TQ0000")
    False
    """
    try:
        return bool(validate(number))
    except ValidationError:
        return False
