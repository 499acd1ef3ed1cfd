"""GSTIN validation: python-stdnum's ``stdnum.in_.gstin``, extended to state codes it lacks.

python-stdnum 2.2 rejects GSTINs of Ladakh (38) and "Other Territory" (97). For those,
the same tests are made with stdnum's own building blocks (``stdnum.in_.pan`` for the
embedded PAN, ``stdnum.luhn`` with the base-36 alphabet for the check character); no
checksum is reimplemented here. The module offers stdnum's ``compact``/``validate``/
``is_valid`` interface.

>>> validate("27AAPFU0939F1ZV")
'27AAPFU0939F1ZV'
"""

from __future__ import annotations

from stdnum import luhn
from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.in_ import gstin as _stdnum_gstin
from stdnum.in_ import pan

from invoicekit.taxid.india import CODES_MISSING_FROM_STDNUM

# The alphabet of GSTIN characters for the Luhn mod 36 check (digits, then A-Z).
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def compact(number: str) -> str:
    """The number without separators, upper case.

    >>> compact("27 aapfu 0939 f1zv")
    '27AAPFU0939F1ZV'
    """
    return _stdnum_gstin.compact(number)


def validate(number: str) -> str:
    """Check a GSTIN; return its compact form or raise a stdnum ``ValidationError``."""
    try:
        return _stdnum_gstin.validate(number)
    except InvalidComponent:
        number = compact(number)
        if number[:2] not in CODES_MISSING_FROM_STDNUM:
            raise
    # stdnum has already checked length and character pattern; repeat its remaining
    # component tests, then the PAN and the check character.
    if number[12] == "0" or number[13] != "Z":
        raise InvalidComponent()
    pan.validate(number[2:12])
    luhn.validate(number, _ALPHABET)
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid GSTIN.

    >>> is_valid("27AAPFU0939F1ZO")
    False
    """
    try:
        return bool(validate(number))
    except ValidationError:
        return False
