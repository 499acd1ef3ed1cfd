"""BIN (БСН, Kazakhstan Business Identification Number), in python-stdnum's module style.

python-stdnum 2.2 has no Kazakh module, so this one is written here. A BIN has
12 digits:

* digits 1-4: year (two digits) and month of registration;
* digit 5: entity type (4 resident legal entity, 5 non-resident legal entity,
  6 individual entrepreneur in joint business);
* digit 6: 0 head unit, 1 branch, 2 representative office, 3 peasant farm;
* digits 7-11: serial number;
* digit 12: check digit, shared with the personal IIN: the weighted sum of the first
  eleven digits with weights 1..11, modulo 11; if that gives 10, the sum with weights
  3..11, 1, 2, modulo 11; if that gives 10 again, no number is issued.

Sources: OECD, "Kazakhstan - Information on Tax Identification Numbers"; Government
decree of the Republic of Kazakhstan on the IIN/BIN (adilet.zan.kz, P070000406).
Examples below are from the (unmerged) python-stdnum proposal for ``stdnum.kz.bin``.

>>> validate("940140000385")
'940140000385'
>>> validate("990 140 004 654")
'990140004654'
>>> validate("940140000386")
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

_WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_ENTITY_TYPES = "456"
_DIVISIONS = "0123"


def compact(number: str) -> str:
    """The number without spaces, dashes and dots.

    >>> compact("940 140-000.385")
    '940140000385'
    """
    return clean(number, " -.").strip()


def calc_check_digit(number: str) -> str:
    """The check digit for the first 11 digits of ``number``.

    Raises ``InvalidChecksum`` for the digit sequences that cannot get a check digit.

    >>> calc_check_digit("94014000038")
    '5'
    """
    total = sum(w * int(d) for w, d in zip(_WEIGHTS_FIRST, number, strict=False)) % 11
    if total == 10:
        total = sum(w * int(d) for w, d in zip(_WEIGHTS_SECOND, number, strict=False)) % 11
    if total == 10:
        raise InvalidChecksum()
    return str(total)


def validate(number: str) -> str:
    """Check a BIN; return its compact form or raise a stdnum ``ValidationError``."""
    number = compact(number)
    if not isdigits(number):
        raise InvalidFormat()
    if len(number) != 12:
        raise InvalidLength()
    if not 1 <= int(number[2:4]) <= 12:
        raise InvalidComponent()
    if number[4] not in _ENTITY_TYPES or number[5] not in _DIVISIONS:
        raise InvalidComponent()
    if calc_check_digit(number[:11]) != number[11]:
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid BIN.

    >>> is_valid("949940000385")
    False
    """
    try:
        return bool(validate(number))
    except ValidationError:
        return False
