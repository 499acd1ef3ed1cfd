"""The category mappings of Europe outside the EU, the CIS and India checked in the fifth audit
round, each pinned on the day its official source describes, and the changes made, on both sides.

Expected rates are read from the sources, not from the data files:
- Liechtenstein: Art. 25 MWSTG (LGBl. 2009 Nr. 330) in the consolidated texts of gesetze.li as of
  2017-05-01 (Normalsatz 8 %, reduced rate 2.5 % for Medikamente, Ziff. 8, and Zeitungen,
  Zeitschriften, Bücher, Ziff. 9; special rate 3.8 % for Beherbergungsleistungen, Abs. 4; no item
  for electronic publications) and as of 2026-01-01 (8.1 %, 2.6 % for the same items and, Bst.
  abis, electronic newspapers, periodicals and books; 3.8 % for accommodation, with no end date),
  read in the legalize-li mirror; Abs. 3 (takeaway food at the reduced rate) in both.
- Iceland: Lög nr. 50/1988 in Alþingi's Lagasafn, útgáfa 147 (Icelandic law as of 2017-11-01), read
  in the althingi-net/lagasafn-xml mirror: 14. gr. 2. mgr. gives 11 % for passenger transport not
  exempt under 2. gr. 3. mgr. 6. tölul. (1.), accommodation (2.), printed newspapers and periodicals
  (5.), books and their electronic editions (6., wording of l. 121/2011, in force 2011-11-01) and
  food (8.); 24 % otherwise (1. mgr.).
- India: Notification No. 15/2025-Central Tax (Rate), G.S.R. 663(E), Gazette of India of 2025-09-17
  (CG-DL-E-17092025-266220), its opening: from 2025-09-22 serial number 7 item (i) of No. 11/2017
  takes 2.5 % central tax without input tax credit (5 % in all, against 12 % before).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate

LIECHTENSTEIN = [
    ("2017-05-01", "medicines", "2.5"),
    ("2017-05-01", "books", "2.5"),
    ("2017-05-01", "newspapers", "2.5"),
    ("2017-05-01", "accommodation", "3.8"),
    ("2026-01-01", "food", "2.6"),
    ("2026-01-01", "basic_food", "2.6"),
    ("2026-01-01", "medicines", "2.6"),
    ("2026-01-01", "books", "2.6"),
    ("2026-01-01", "newspapers", "2.6"),
    ("2026-01-01", "accommodation", "3.8"),
]
ICELAND_2017 = ["food", "accommodation", "passenger_transport", "books", "ebooks", "newspapers"]
CASES = [("LI", day, c, r) for day, c, r in LIECHTENSTEIN] + [
    ("IS", "2017-11-01", c, "11") for c in ICELAND_2017
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(code: str, day: str, category: str, expected: str) -> None:
    """The rate on the source's day, and the period in force that day carries a checked date."""
    assert rate(code, day, category) == Decimal(expected)
    assert mapping_period(code, day, category).checked is not None


@pytest.mark.parametrize(("day", "expected"), [("2017-05-01", "8"), ("2026-01-01", "8.1")])
def test_liechtenstein_normalsatz_of_the_consolidated_texts(day: str, expected: str) -> None:
    """Art. 25 Abs. 1: 8 % (LGBl. 2010 Nr. 186) on 2017-05-01, 8.1 % (LGBl. 2023 Nr. 221) on 2026-01-01."""
    assert rate("LI", day, "standard") == Decimal(expected)


def test_liechtenstein_ebooks_standard_before_the_abis_item() -> None:
    """Art. 25 Abs. 2 as of 2017-05-01 has no item for electronic publications: the Normalsatz."""
    assert rate("LI", "2017-05-01", "ebooks") == Decimal("8")
    assert rate("LI", "2026-01-01", "ebooks") == Decimal("2.6")


def test_liechtenstein_keeps_the_special_rate_without_an_end_date() -> None:
    """Unlike the Swiss Art. 25 Abs. 4, Liechtenstein's (as of 2026-01-01) does not end in 2027."""
    assert rate("LI", "2028-01-01", "accommodation") == Decimal("3.8")
    assert rate("CH", "2028-01-01", "accommodation") == Decimal("8.1")
    assert "no end date" in mapping_period("LI", "2026-01-01", "accommodation").source


def test_icelandic_ebooks_reduced_from_the_start_of_the_data() -> None:
    """6. tölul. has covered electronic editions of books since l. 121/2011 (2011-11-01): the 11 % of
    2015-01-01 is confirmed from the file's first day, and the note no longer says it is not."""
    assert rate("IS", "2015-01-01", "ebooks") == Decimal("11")
    period = mapping_period("IS", "2015-01-01", "ebooks")
    assert period.checked is not None
    assert "121/2011" in period.source
    assert "is not." not in (period.note or "")


def test_indian_accommodation_names_the_amending_notification_of_2025() -> None:
    """The 2025-09-22 period of hotel rooms up to INR 7,500 cites No. 15/2025-Central Tax (Rate):
    12 % the day before (6 % + 6 %), 5 % (2.5 % + 2.5 %) from that day."""
    assert rate("IN", "2025-09-21", "accommodation") == Decimal("12")
    assert rate("IN", "2025-09-22", "accommodation") == Decimal("5")
    assert "15/2025-Central Tax (Rate)" in mapping_period("IN", "2025-09-22", "accommodation").source
