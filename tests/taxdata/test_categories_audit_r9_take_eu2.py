"""Take-away food (``prepared_food``) in the remaining EU files, ninth audit round: BG, MT, FR-20R,
MC, PT-20, PT-30, GR (2015-07-20 .. 2019-05-19), FR and PT. The category falls back to
``restaurant_food``; Bulgaria now maps it, the others keep the fallback (see docs/taxdata.md).

Expected rates are read from the sources, not from the data files:
- Bulgaria: ZDDS (the VAT Act), art. 66(2)(3) (State Gazette, DV No. 55 of 2020) put restaurant and
  catering services at 9 % from 2020-07-01; the revenue agency's (NAP) statement of 2020-06-24
  (24plovdiv.bg) and its checks reported by BNR: food sold from a pavilion, shop or vending machine
  and food delivered or taken home stay at 20 %. The point was supplemented by DV No. 104 of 2020,
  in force 2020-12-01, to include the supply of food for taking home (the NAP's opinions 20-00-163
  of 2021-12-06 and M-94-I-46 of 2021-06-08: food for taking home at 9 % from 2020-12-01 when the
  supplier usually provides restaurant services; 24-39-168 of 2021-03-26: a professional kitchen
  without consumption places supplies goods, not at 9 %). Paragraph 15d(1)(2) of the transitional
  provisions carried the 9 % to 2024-12-31 inclusive, food for taking home included (the Ministry
  of Finance's guidance UK-2 of 2022-07-13); food itself takes the standard 20 % throughout (the
  Act has no reduced food rate).
- France: CGI art. 279 n, 10 % for take-away or delivered food prepared for immediate consumption
  (BOFiP BOI-RES-TVA-000205, 2025-11-19), the same 10 % as restaurant services (art. 279 m).
- Portugal: Código do IVA, Lista II, verba 1.8, ready meals to take away or delivered at the
  intermediate rate (13 % on the mainland) from 2016-07-01 (Lei n.º 7-A/2016; the AT's
  Ofício-Circulado n.º 30181/2016), as restaurant services (verba 3.1); 23 % before.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

from invoicekit import default_table

# (code, day, category, rate) on both sides of each start and end mapped in this round; the rates
# are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("BG", "2020-06-30", "prepared_food", "20"),
    ("BG", "2020-07-01", "prepared_food", "20"),
    ("BG", "2020-11-30", "prepared_food", "20"),
    ("BG", "2020-12-01", "prepared_food", "9"),
    ("BG", "2022-07-09", "prepared_food", "9"),
    ("BG", "2024-12-31", "prepared_food", "9"),
    ("BG", "2025-01-01", "prepared_food", "20"),
    # Restaurant services served on the spot took 9 % while take-away food took 20 %.
    ("BG", "2020-07-01", "restaurant_food", "9"),
    ("BG", "2020-11-30", "restaurant_food", "9"),
    # The fallback to restaurant_food, already the sources' rate (no mapping added).
    ("FR", "2015-01-01", "prepared_food", "10"),
    ("FR", "2025-11-19", "prepared_food", "10"),
    ("PT", "2016-06-30", "prepared_food", "23"),
    ("PT", "2016-07-01", "prepared_food", "13"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


@pytest.mark.parametrize("day", ["2020-09-30", "2023-06-30"])
def test_bulgarian_periods_are_added_unchecked_and_secondary(day: str) -> None:
    period = mapping_period("BG", day, "prepared_food")
    assert period.checked is None
    assert period.secondary
    assert "Added in the ninth audit round" in (period.note or "")


def test_bulgarian_take_away_from_2020_12_needs_a_restaurant_supplier() -> None:
    text = reason("BG", "2023-06-30", "prepared_food")
    assert "restaurant or catering establishment" in text
    assert "20 % (send as standard)" in text
    assert "104" in mapping_period("BG", "2023-06-30", "prepared_food").source


def test_bulgarian_2020_take_away_food_was_goods() -> None:
    assert "supply of goods at 20 %" in reason("BG", "2020-09-30", "prepared_food")


# Files whose fallback gives take-away food its rate on the sources read, or where the question
# stays open (MT, FR-20R, GR 2015-07-20 .. 2019-05-19): no mapping added.
FALLBACK_KEPT = ["FR", "PT", "MC", "PT-20", "PT-30", "MT", "FR-20R", "GR"]


@pytest.mark.parametrize("code", FALLBACK_KEPT)
def test_file_where_the_fallback_is_kept_maps_no_take_away_food(code: str) -> None:
    assert default_table().category_series(code, "prepared_food") is None


def test_french_note_names_article_279_n() -> None:
    note = mapping_period("FR", "2020-06-30", "restaurant_food").note or ""
    assert "art. 279 n" in note
    assert "BOI-RES-TVA-000205" in note


def test_portuguese_notes_name_verba_1_8() -> None:
    assert "verba 1.8" in (mapping_period("PT", "2020-06-30", "restaurant_food").note or "")
    assert "verba 1.8" in (mapping_period("PT", "2016-06-30", "restaurant_food").note or "")
