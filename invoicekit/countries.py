"""ISO 3166 codes as data: which country and subdivision codes exist, and a country's name.

The lists (``invoicekit/data/countries.tsv``, ``invoicekit/data/subdivisions.txt``) are
written from pycountry's copy of the Debian iso-codes tables
(https://salsa.debian.org/iso-codes-team/iso-codes) by ``python -m invoicekit.countries``,
so that loading and computing a document does not import pycountry (its database and
``importlib.metadata`` cost more than the rest of a ``compute``); a test checks that they
agree with the installed pycountry. Lookups ignore case, as pycountry's do.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Final

from .paths import path_attributes, read_text

_DATA: Final = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data")
_COUNTRIES_FILE: Final = os.path.join(_DATA, "countries.tsv")
_SUBDIVISIONS_FILE: Final = os.path.join(_DATA, "subdivisions.txt")
# DATA, COUNTRIES_FILE and SUBDIVISIONS_FILE as pathlib.Paths, made when first asked for
__getattr__ = path_attributes(
    __name__, {"DATA": _DATA, "COUNTRIES_FILE": _COUNTRIES_FILE, "SUBDIVISIONS_FILE": _SUBDIVISIONS_FILE}
)

if TYPE_CHECKING:
    from pathlib import Path

    DATA: Path
    COUNTRIES_FILE: Path
    SUBDIVISIONS_FILE: Path


@cache
def _countries() -> dict[str, str]:
    """Lower-cased alpha-2 code -> common name (else the short name)."""
    rows = (line.split("\t") for line in read_text(_COUNTRIES_FILE).splitlines())
    return {code.lower(): name for code, name in rows}


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(read_text(_SUBDIVISIONS_FILE).lower().split())


def known_country(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code (any case)."""
    return code.lower() in _countries()


def known_subdivision(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 subdivision code such as ``US-CA`` (any case)."""
    return code.lower() in _subdivisions()


def country_name(code: str) -> str | None:
    """The English name of the country with alpha-2 ``code``, ``None`` if there is none."""
    return _countries().get(code.lower())


def tables() -> tuple[str, str]:
    """The two files' contents from the installed pycountry (which is imported only here)."""
    import pycountry

    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    names = "".join(f"{c.alpha_2}\t{getattr(c, 'common_name', None) or c.name}\n" for c in countries)
    codes = "".join(f"{code}\n" for code in sorted(s.code for s in pycountry.subdivisions))
    return names, codes


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped lists
    from pathlib import Path

    names, codes = tables()
    Path(_COUNTRIES_FILE).write_text(names, encoding="utf-8")
    Path(_SUBDIVISIONS_FILE).write_text(codes, encoding="utf-8")
