"""Indian GSTIN state codes and their ISO 3166-2:IN subdivisions.

The first two digits of a GSTIN are the GST state code of the state or union territory
where the taxpayer is registered.

Sources:

* GST state codes: the "State Code" list of the GST system (GSTN / CBIC), as also given
  in python-stdnum's ``stdnum.in_.gstin`` (codes 01-37), plus 38 (Ladakh, created 2019)
  and 97 (Other Territory), which stdnum 2.2 does not list.
* ISO 3166-2:IN codes as shipped in pycountry (Debian iso-codes), which follows the
  ISO 3166 Maintenance Agency newsletters (e.g. IN-CG, IN-OD, IN-UK, IN-TS; Ladakh
  IN-LA; Dadra and Nagar Haveli and Daman and Diu merged into IN-DH in 2020).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs


@attrs.frozen
class GstinState:
    """One GST state code: its name and ISO 3166-2 subdivision (``None`` if it has none).

    >>> GSTIN_STATE_CODES["29"]
    GstinState(code='29', name='Karnataka', subdivision='IN-KA')
    """

    code: str
    name: str
    subdivision: str | None


def _table(*rows: tuple[str, str, str | None]) -> Mapping[str, GstinState]:
    return MappingProxyType({code: GstinState(code, name, iso) for code, name, iso in rows})


#: GST state code -> state. Read-only.
GSTIN_STATE_CODES: Mapping[str, GstinState] = _table(
    ("01", "Jammu and Kashmir", "IN-JK"),
    ("02", "Himachal Pradesh", "IN-HP"),
    ("03", "Punjab", "IN-PB"),
    ("04", "Chandigarh", "IN-CH"),
    ("05", "Uttarakhand", "IN-UK"),
    ("06", "Haryana", "IN-HR"),
    ("07", "Delhi", "IN-DL"),
    ("08", "Rajasthan", "IN-RJ"),
    ("09", "Uttar Pradesh", "IN-UP"),
    ("10", "Bihar", "IN-BR"),
    ("11", "Sikkim", "IN-SK"),
    ("12", "Arunachal Pradesh", "IN-AR"),
    ("13", "Nagaland", "IN-NL"),
    ("14", "Manipur", "IN-MN"),
    ("15", "Mizoram", "IN-MZ"),
    ("16", "Tripura", "IN-TR"),
    ("17", "Meghalaya", "IN-ML"),
    ("18", "Assam", "IN-AS"),
    ("19", "West Bengal", "IN-WB"),
    ("20", "Jharkhand", "IN-JH"),
    ("21", "Odisha", "IN-OD"),
    ("22", "Chhattisgarh", "IN-CG"),
    ("23", "Madhya Pradesh", "IN-MP"),
    ("24", "Gujarat", "IN-GJ"),
    # 25 and 26 were separate union territories until their merger in 2020; both codes
    # remain in GSTINs and both now lie in IN-DH.
    ("25", "Daman and Diu", "IN-DH"),
    ("26", "Dadra and Nagar Haveli and Daman and Diu", "IN-DH"),
    ("27", "Maharashtra", "IN-MH"),
    # 28 is Andhra Pradesh as registered before the 2014 division; 37 after it.
    ("28", "Andhra Pradesh (before 2014)", "IN-AP"),
    ("29", "Karnataka", "IN-KA"),
    ("30", "Goa", "IN-GA"),
    ("31", "Lakshadweep", "IN-LD"),
    ("32", "Kerala", "IN-KL"),
    ("33", "Tamil Nadu", "IN-TN"),
    ("34", "Puducherry", "IN-PY"),
    ("35", "Andaman and Nicobar Islands", "IN-AN"),
    ("36", "Telangana", "IN-TS"),
    ("37", "Andhra Pradesh", "IN-AP"),
    ("38", "Ladakh", "IN-LA"),
    ("97", "Other Territory", None),
)

#: Codes above that python-stdnum 2.2 rejects; :mod:`invoicekit.taxid.gstin` checks
#: those numbers with stdnum's own PAN and Luhn mod 36 routines.
CODES_MISSING_FROM_STDNUM = frozenset({"38", "97"})


def gstin_state(number: str) -> GstinState | None:
    """The state a GSTIN (compact form) is registered in, from its first two digits.

    >>> gstin_state("29AAAAA0000A1Z5").subdivision
    'IN-KA'
    >>> gstin_state("99AAAAA0000A1Z5") is None
    True
    """
    return GSTIN_STATE_CODES.get(number[:2])


def gstin_region(number: str) -> str | None:
    """The ISO 3166-2:IN subdivision of a GSTIN, or ``None``.

    >>> gstin_region("27AAPFU0939F1ZV")
    'IN-MH'
    """
    state = gstin_state(number)
    return state.subdivision if state else None
