"""ISO 4217 List One as data: which codes are currencies and how many minor units each has.

The table (``invoicekit/data/iso4217.toml``) is transcribed from the list the maintenance
agency publishes; it, not babel's CLDR data, decides rounding. CLDR records the digits in
everyday cash and accounting use (0 for HUF, COP, IDR), ISO the official minor unit (2).
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

from .first_use import names_from
from .paths import path_attributes, read_text
from .reprs import fields_repr

_TABLE_FILE: Final = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data", "iso4217.toml")
_PATHS = path_attributes(__name__, {"TABLE_FILE": _TABLE_FILE})  # a pathlib.Path when asked for
# the whole table (iso_4217() and its class), which a document's load never needs
_WHOLE = names_from("invoicekit.currency_table", __name__, frozenset({"CurrencyTable", "iso_4217"}))


def __getattr__(name: str) -> object:
    """``TABLE_FILE``, ``iso_4217`` and ``CurrencyTable``, made or imported when first asked for."""
    return _PATHS(name) if name == "TABLE_FILE" else _WHOLE(name)


if TYPE_CHECKING:
    from pathlib import Path

    from .currency_table import CurrencyTable as CurrencyTable
    from .currency_table import iso_4217 as iso_4217

    TABLE_FILE: Path


@frozen
class Currency:
    """One ISO 4217 entry. ``minor_units`` is None where the list says "N.A." (gold, SDR,
    test codes): such a code is not money an invoice can be rounded in."""

    __repr__ = fields_repr

    code: str
    name: str
    numeric: str
    minor_units: int | None
    fund: bool = False


def _entry(code: str, fields: dict[str, Any]) -> Currency:
    minor = fields.get("minor_units")
    return Currency(code, str(fields["name"]), str(fields["numeric"]), None if minor is None else int(minor),
                    bool(fields.get("fund", False)))  # fmt: skip


def currency(code: str) -> Currency | None:
    """The ISO 4217 entry of ``code`` (upper case), or None when the list has no such code.
    Read for every document loaded, so from the code's own line of the table: parsing the
    whole table costs more than the rest of loading a small document."""
    found = _READ.get(code)
    if found is None:
        row = _rows().get(code)
        if row is None:
            return None
        found = _READ[code] = _entry(code, tomllib.loads(row)[code])
    return found


_READ: dict[str, Currency] = {}  # the entries read so far (only codes of the table: bounded)


# one entry a line under [currencies]: ``AED = { name = "UAE Dirham", numeric = "784", ... }``
_ROW: Final = re.compile(r"^([A-Z]{3}) = \{[^\n]*\}$", re.MULTILINE)


@cache
def _rows() -> dict[str, str]:
    """Each code's line of the table (tests check that these lines give the whole table)."""
    text = read_text(_TABLE_FILE)
    return {found[1]: found[0] for found in _ROW.finditer(text.split("\n[currencies]\n", 1)[1])}
