"""The Canadian category periods reviewed in the ninth audit round (2026-12-06): one limit made
explicit, the rest searched and left unchecked (docs/taxdata.md, "Ninth round (2026-12-06): Canada").

Expected values are read from the sources, not from the data files:
- Saskatchewan, children's clothing before the 2017-18 budget: the Government of Saskatchewan's
  news release of 2011-11-08 widens the PST exemption on children's clothing from clothing bought
  for children 14 and under to children 17 and under from 2011-11-15. Retailers record a
  declaration for adult-sized clothing. Information Bulletin PST-2 (revised June 2015) still lists
  children's clothing and footwear among the exempt categories. The GST is 5 % (Excise Tax Act,
  s. 165(1)). So on 2015-01-01 and 2017-03-31 the line takes GST 5 % and no PST.
- Quebec, children's clothing during the GST/HST holiday: Revenu Québec's GST/HST Break page says
  the break does not apply to the QST and lists diapers (which the QST zero-rates) among the
  qualifying items. No text in force on 2024-12-14 that gives the QST class of children's
  clothing was read, so the period stays unchecked. The Zero-Rated Supplies pages of after 2020-12-07
  and of 2026 name no clothing.
- Manitoba books, newspapers and medicines, and Saskatchewan newspapers: the exemption sections of The Retail
  Sales Tax Act (C.C.S.M. c. R130) and of The Provincial Sales Tax Act (Saskatchewan) were not
  reached. Their periods stay unchecked.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason

GST = ("GST", Decimal("5"), "S")
PST_EXEMPT = ("PST", Decimal("0"), "E")

# (code, day, category, components) on both sides of the period whose limit changed this round.
PINNED: list[tuple[str, str, str, list[tuple[str, Decimal, str]]]] = [
    ("CA-SK", "2015-01-01", "children_clothing", [GST, PST_EXEMPT]),
    ("CA-SK", "2017-03-31", "children_clothing", [GST, PST_EXEMPT]),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_components(
    code: str, day: str, category: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert answer(code, day, category) == expected


def test_saskatchewan_childrens_clothing_names_the_age_17_declaration() -> None:
    """The 2011 release: adult-sized clothing bought for a person 17 or under is exempt too."""
    text = reason("CA-SK", "2016-06-30", "children_clothing")
    assert "17 or under" in text
    assert "declaration" in text
    assert "size limits of Saskatchewan's former exemption" not in text
    assert "2011-11-08" in mapping_period("CA-SK", "2016-06-30", "children_clothing").source


# Periods searched this round whose rule was not read in a text in force on their first day.
UNCHECKED: list[tuple[str, str, str]] = [
    ("CA-QC", "2024-12-14", "children_clothing"),
    ("CA-QC", "2026-07-15", "food"),
    ("CA-MB", "2015-01-01", "books"),
    ("CA-MB", "2015-01-01", "newspapers"),
    ("CA-MB", "2015-01-01", "medicines"),
    ("CA-SK", "2015-01-01", "newspapers"),
    ("CA-SK", "2017-04-01", "children_clothing"),
    ("CA-SK", "2024-12-14", "children_clothing"),
    ("CA", "1991-01-01", "medical_devices"),
    ("CA", "1991-01-01", "agricultural"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_start_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_quebec_holiday_note_says_why_the_break_page_does_not_settle_the_qst() -> None:
    note = mapping_period("CA-QC", "2024-12-14", "children_clothing").note or ""
    assert "diapers" in note
    assert "Zero-Rated Supplies" in note
