"""The US States' category periods checked or corrected in the ninth audit round's US States
audit, each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- District of Columbia: D.C. Code § 47-2002(a)(3)(A) in the Council's own XML of the Code
  (DCCouncil/law-xml, history to D.C. Law 21-36 of 2015-10-22; no amendment since 2011 touches
  (a)(3)): 9 % on food or drink prepared for immediate consumption, while the general rate of the
  lead-in is 5.75 % from 2013-10-01; § 47-2002.02(2)(A) (last amended 2011, in (1)(B)): a separate
  1 % on the same sales. Together 10 % on 2015-01-01, against 5.75 % for other goods.
- Connecticut: the DRS page on the revoked PS 2019(5): "meals currently taxed at 6.35% will be taxed
  at 7.35% starting October 1, 2019" (Public Act 19-117, § 323), not from 2023-10-01 as the file's
  food note said; groceries stay exempt (§ 12-412(13)).
- Arkansas: Ark. Code § 26-52-406(a)(1) in justia's copy of the 2014 Code (history to Acts 1997,
  the next amendment of 2019 only retitles the Director): prescription drugs sold for human use
  are exempt from the 6.5 % gross receipts tax; drugs that may be bought without a prescription
  are not (GR-38 C).
- New Mexico: NMSA 1978, § 7-9-73.2 in justia's 2019 copy (history to 2007, next amendment 2021):
  receipts from prescription drugs are deducted from gross receipts; over-the-counter drugs pay
  the gross receipts tax (5.125 % in 2015).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start checked or corrected in this round;
# the rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("US-DC", "2015-01-01", "prepared_food", "10"),
    ("US-DC", "2015-01-01", "restaurant_food", "10"),
    ("US-DC", "2015-01-01", "standard", "5.75"),
    ("US-DC", "2015-01-01", "food", "0"),
    ("US-CT", "2019-09-30", "restaurant_food", "6.35"),
    ("US-CT", "2019-10-01", "restaurant_food", "7.35"),
    ("US-CT", "2019-10-01", "food", "0"),
    ("US-AR", "2015-01-01", "medicines_prescription", "0"),
    ("US-AR", "2015-01-01", "medicines_otc", "6.5"),
    ("US-NM", "2015-01-01", "medicines_prescription", "0"),
    ("US-NM", "2015-01-01", "medicines_otc", "5.125"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# (code, day, category, words the source must name) for the periods marked checked this round.
CHECKED: list[tuple[str, str, str, str]] = [
    ("US-DC", "2015-01-01", "prepared_food", "DCCouncil/law-xml"),
    ("US-DC", "2015-01-01", "restaurant_food", "DCCouncil/law-xml"),
    ("US-AR", "2015-01-01", "medicines_prescription", "2014 Arkansas Code"),
    ("US-NM", "2015-01-01", "medicines_prescription", "2019 New Mexico Statutes"),
]


@pytest.mark.parametrize(("code", "day", "category", "act"), CHECKED)
def test_period_read_in_an_official_text_is_checked(code: str, day: str, category: str, act: str) -> None:
    period = mapping_period(code, day, category)
    assert period.checked is not None
    assert act in period.source
    assert not period.secondary


# Periods annotated this round whose start no official text read confirms.
UNCHECKED: list[tuple[str, str, str]] = [
    ("US-NH", "2015-01-01", "prepared_food"),
    ("US-NH", "2015-01-01", "restaurant_food"),
    ("US-CT", "2019-10-01", "prepared_food"),
    ("US-CT", "2019-10-01", "restaurant_food"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_start_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


@pytest.mark.parametrize("category", ["prepared_food", "restaurant_food"])
def test_district_meals_check_leaves_the_2026_rate_open(category: str) -> None:
    """The texts read are of 2015: the rate after the general rate's rise to 7 % is not claimed."""
    assert "2026-10-01" in reason("US-DC", "2027-01-01", category)


def test_connecticut_food_note_dates_the_meals_rate_to_2019() -> None:
    note = mapping_period("US-CT", "2019-10-01", "food").note or ""
    assert "from 2019-10-01 an extra 1 %" in note
    assert "from 2023-10-01" not in note


def test_district_meals_cite_both_sections() -> None:
    for category in ("prepared_food", "restaurant_food"):
        source = mapping_period("US-DC", "2015-01-01", category).source
        assert "47-2002(a)(3)" in source
        assert "47-2002.02(2)" in source
