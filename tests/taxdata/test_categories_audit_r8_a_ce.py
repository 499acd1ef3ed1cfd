"""The category periods of LT, SK and SI checked or corrected in the eighth audit round
(CY, HU, LT, LV, BG, SK, SI), each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- Lithuania: Law No XIV-1551 of 2022-11-22 (e-TAR, read in the legalize-dev/legalize-lt mirror)
  gives 'spausdintoms ir elektroninėms knygoms' 9 % in art. 19(3)(2), in force 2023-01-01 (its
  art. 2); e-TAR's consolidated version of 2022-05-05 names books without the electronic ones, so
  they took the standard 21 % before; Law No XV-287 moves books to 5 % from 2026-01-01. The VMI's
  page on the 5 % rate gives it to reimbursed medicines and, from 2017-01-01 to 2017-12-31, to
  prescription medicines above EUR 300 a pack (every prescription medicine from 2018-01-01).
- Slovakia: zákon č. 516/2022 Z. z., new § 85km ods. 10 of the VAT Act (in force 2023-01-01):
  10 % for restaurant and catering services until 2023-03-31 (the standard rate was 20 %); zákon
  č. 530/2023 Z. z., Čl. XI (in force 2024-01-01): the serving of alcoholic drinks above 0.5 % vol.
  is excluded from the reduced rate of príloha č. 7a; from 2025-01-01 meals take 5 %. The reduced
  rate covers restaurant services as Art. 6 of Implementing Regulation (EU) No 282/2011 defines
  them (§ 85km's footnote 40), so food sold to take away stays a supply of goods at the food rate:
  20 % to 2024-12-31, 19 % from 2025-01-01 (zákon č. 278/2024 Z. z., príloha č. 7 bod 1).
- Slovenia: ZDDV-1L (Uradni list RS, št. 72/2019, in force 2020-01-01) deletes point (6) of
  Priloga I (books at 9.5 %) and adds Priloga IV at 5 % for books, newspapers and periodicals,
  printed or supplied electronically; electronic supplies took the general 22 % before.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start and end checked or corrected in this
# round; the rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("LT", "2022-12-31", "ebooks", "21"),
    ("LT", "2023-01-01", "ebooks", "9"),
    ("LT", "2025-12-31", "ebooks", "9"),
    ("LT", "2026-01-01", "ebooks", "5"),
    ("LT", "2016-12-31", "medicines", "5"),
    ("LT", "2017-01-01", "medicines", "5"),
    ("LT", "2017-12-31", "medicines", "5"),
    ("LT", "2018-01-01", "medicines", "5"),
    ("SK", "2022-12-31", "restaurant_food", "20"),
    ("SK", "2023-01-01", "restaurant_food", "10"),
    ("SK", "2023-03-31", "restaurant_food", "10"),
    ("SK", "2023-04-01", "restaurant_food", "10"),
    ("SK", "2023-12-31", "restaurant_food", "10"),
    ("SK", "2024-01-01", "restaurant_food", "10"),
    ("SK", "2024-12-31", "restaurant_food", "10"),
    ("SK", "2025-01-01", "restaurant_food", "5"),
    ("SK", "2022-12-31", "prepared_food", "20"),
    ("SK", "2023-01-01", "prepared_food", "20"),
    ("SK", "2024-12-31", "prepared_food", "20"),
    ("SK", "2025-01-01", "prepared_food", "19"),
    ("SI", "2019-12-31", "books", "9.5"),
    ("SI", "2020-01-01", "books", "5"),
    ("SI", "2019-12-31", "ebooks", "22"),
    ("SI", "2020-01-01", "ebooks", "5"),
    ("SI", "2019-12-31", "newspapers", "9.5"),
    ("SI", "2020-01-01", "newspapers", "5"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# (code, day, category, words the source must name) for the periods marked checked this round.
CHECKED: list[tuple[str, str, str, str]] = [
    ("LT", "2023-01-01", "ebooks", "XIV-1551"),
    ("LT", "2017-06-30", "medicines", "vmi.lt"),
    ("SK", "2023-02-01", "restaurant_food", "516/2022"),
    ("SK", "2024-06-30", "restaurant_food", "530/2023"),
    ("SI", "2020-01-01", "books", "ZDDV-1L"),
    ("SI", "2020-01-01", "ebooks", "ZDDV-1L"),
    ("SI", "2020-01-01", "newspapers", "ZDDV-1L"),
]


@pytest.mark.parametrize(("code", "day", "category", "act"), CHECKED)
def test_period_read_in_an_official_text_is_checked(code: str, day: str, category: str, act: str) -> None:
    period = mapping_period(code, day, category)
    assert period.checked is not None
    assert act in period.source


# Periods split or annotated this round whose start no official text read confirms.
UNCHECKED: list[tuple[str, str, str]] = [
    ("LT", "2016-06-30", "medicines"),
    ("SK", "2023-06-30", "restaurant_food"),
    ("SK", "2025-06-30", "restaurant_food"),
    ("SK", "2020-06-30", "restaurant_food"),
    ("SK", "2023-06-30", "prepared_food"),
    ("SK", "2025-06-30", "prepared_food"),
    ("SI", "2019-06-30", "books"),
    ("SI", "2019-06-30", "ebooks"),
    ("SI", "2019-06-30", "newspapers"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_start_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_lithuanian_costly_prescription_medicines_are_named_for_2017_only() -> None:
    assert "EUR 300" in reason("LT", "2017-06-30", "medicines")
    assert "EUR 300" not in reason("LT", "2016-06-30", "medicines")


def test_slovak_alcoholic_drinks_served_leave_the_reduced_rate_in_2024() -> None:
    """Zákon č. 530/2023 Z. z. excludes them from 2024-01-01; in 2023 the wording has no exclusion."""
    assert "alcoholic drinks above 0.5 % vol." in reason("SK", "2024-06-30", "restaurant_food")
    assert "20 %" in reason("SK", "2024-06-30", "restaurant_food")
    assert "alcoholic" not in (mapping_period("SK", "2023-02-01", "restaurant_food").limit or "")


def test_slovak_meals_from_2025_name_the_drinks_rates() -> None:
    text = reason("SK", "2025-06-30", "restaurant_food")
    assert "19 %" in text
    assert "23 %" in text


def test_slovenian_publications_name_the_priloga_iv_exclusions() -> None:
    for category in ("books", "ebooks", "newspapers"):
        text = reason("SI", "2021-06-30", category)
        assert "advertising" in text
        assert "22 %" in text


def test_slovak_take_away_food_is_no_restaurant_service() -> None:
    """The category no longer falls back to restaurant_food: its own mapping names the goods rule."""
    assert "take-away" in (mapping_period("SK", "2023-06-30", "prepared_food").limit or "")
    assert "basic_food" in reason("SK", "2025-06-30", "prepared_food")
