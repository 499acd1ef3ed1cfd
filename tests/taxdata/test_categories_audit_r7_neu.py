"""The seventh audit round for Europe outside the EU, the CIS and India (helper audit-neu): the
periods corrected or added, each pinned on both sides of its start.

Expected rates are read from the sources, not from the data files:
- Montenegro: the amendments to the Zakon o porezu na dodatu vrijednost published in Službeni list
  CG 94/2024 (2024-09-30), as reported by KPMG Montenegro (October 2024) and Sovos (2024-12-09): a
  second reduced rate of 15 % from 2025-01-01 for books and monographic and serial publications,
  accommodation in hotels, motels, tourist resorts, guesthouses, camps, tourist apartments and
  villas, and food and drink served in hospitality facilities (alcoholic drinks, drinks with
  added sugar and coffee excluded); 7 % kept for basic food, medicines, textbooks, daily and
  periodic newspapers and public passenger transport. The press (mondo.me, 2025-08-10) reports
  the 15 % in force in 2025. Secondary sources only: nothing here is marked checked.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

# Montenegro: category -> (rate on 2024-12-31, rate on 2025-01-01).
MONTENEGRO_2025 = {
    "books": ("7", "15"),
    "accommodation": ("7", "15"),
    "newspapers": ("7", "7"),
    "medicines": ("7", "7"),
    "basic_food": ("7", "7"),
    "passenger_transport": ("7", "7"),
}


@pytest.mark.parametrize("category", sorted(MONTENEGRO_2025))
def test_montenegro_second_reduced_rate_of_2025(category: str) -> None:
    before, after = MONTENEGRO_2025[category]
    assert rate("ME", "2024-12-31", category) == Decimal(before)
    assert rate("ME", "2025-01-01", category) == Decimal(after)


def test_montenegro_restaurant_food_takes_the_single_hospitality_rate_from_2025() -> None:
    """Before 2025 the food-service history (7 % or 21 % by period and facility) is not mapped,
    so the standard rate answers on 2024-12-31; from 2025-01-01 the single 15 % rate."""
    assert rate("ME", "2024-12-31", "restaurant_food") == Decimal("21")
    assert rate("ME", "2025-01-01", "restaurant_food") == Decimal("15")
    assert "added sugar" in reason("ME", "2025-01-01", "restaurant_food")


@pytest.mark.parametrize("category", ["books", "accommodation", "restaurant_food"])
def test_montenegro_2025_periods_are_secondary_and_name_the_gazette(category: str) -> None:
    period = mapping_period("ME", "2025-01-01", category)
    assert period.checked is None
    assert period.secondary
    assert "94/2024" in period.source


def test_montenegro_textbooks_stay_at_seven_percent() -> None:
    assert "textbook" in reason("ME", "2025-01-01", "books")
