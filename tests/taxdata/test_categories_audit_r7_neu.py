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
- Moldova: the State Tax Service's Baza generalizată a practicii fiscale, question 28.17.38
  (sfs.md): 8 % for food and non-alcoholic drinks served for immediate consumption within the
  activities of CAEM section I (art. 96 b), ninth indent), as modified by Law No. 212/2023 in force
  2024-01-01; the SFS monitor: Law No. 212/2023 art. II pct. 22 cut both HoReCa indents (eighth,
  accommodation; ninth, food service) from 12 % to 8 %; the SFS notice on the energy state of
  emergency (Parliament Decision No. 286 of 2024-12-12): 6 % for HoReCa from 2024-12-16 to
  2025-02-13 (Law No. 76/2021). The standard rate is 20 %. Law No. 50 of 2015-04-03
  (lex.justice.md, Monitorul Oficial 2015-04-07): the fifth indent of art. 96 b) gives 8 % to
  livestock in live weight and to plant and horticultural produce in natural form of the listed
  tariff positions (vegetables 0701-0709, fruit 0808-0810, cereals 1001-1007, ...).
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


def test_montenegro_restaurant_food_from_2020_and_the_single_hospitality_rate_from_2025() -> None:
    """KPMG (2020): 7 % for food served in catering facilities from 2020-08-04 (Sl. list CG
    80/2020), restaurants kept it from 2021-09-01; Unija (2023): art. 24a t. 6c for restaurants
    from 2024-01-01; 21 % before; from 2025-01-01 the single 15 % rate."""
    assert rate("ME", "2020-08-03", "restaurant_food") == Decimal("21")
    assert rate("ME", "2020-08-04", "restaurant_food") == Decimal("7")
    assert rate("ME", "2024-12-31", "restaurant_food") == Decimal("7")
    assert rate("ME", "2025-01-01", "restaurant_food") == Decimal("15")
    assert "added sugar" in reason("ME", "2025-01-01", "restaurant_food")
    assert "2022-01-08" in reason("ME", "2022-06-01", "restaurant_food")
    assert mapping_period("ME", "2020-08-04", "restaurant_food").secondary


def test_montenegro_hospitality_takes_the_single_rate_from_2025() -> None:
    assert rate("ME", "2024-12-31", "hospitality") == Decimal("21")
    assert rate("ME", "2025-01-01", "hospitality") == Decimal("15")


@pytest.mark.parametrize("category", ["books", "accommodation", "restaurant_food", "hospitality"])
def test_montenegro_2025_periods_are_secondary_and_name_the_gazette(category: str) -> None:
    period = mapping_period("ME", "2025-01-01", category)
    assert period.checked is None
    assert period.secondary
    assert "94/2024" in period.source


def test_montenegro_textbooks_stay_at_seven_percent() -> None:
    assert "textbook" in reason("ME", "2025-01-01", "books")


# Moldova HoReCa: day -> rate, on both sides of 2024-01-01 and of the state of emergency.
MOLDOVA_HORECA = "2023-12-31=20 2024-01-01=8 2024-12-15=8 2024-12-16=6 2025-02-13=6 2025-02-14=8"


@pytest.mark.parametrize("category", ["restaurant_food", "accommodation", "hospitality"])
@pytest.mark.parametrize("pair", MOLDOVA_HORECA.split())
def test_moldova_horeca_rates_from_2024(category: str, pair: str) -> None:
    day, expected = pair.split("=")
    assert rate("MD", day, category) == Decimal(expected)


def test_moldova_food_service_of_2024_is_checked_against_the_tax_service() -> None:
    period = mapping_period("MD", "2024-01-01", "restaurant_food")
    assert period.checked is not None
    assert "28.17.38" in period.source
    assert "212" in period.source
    assert mapping_period("MD", "2024-12-16", "restaurant_food").secondary
    assert mapping_period("MD", "2025-02-14", "restaurant_food").checked is None
    assert mapping_period("MD", "2024-01-01", "accommodation").checked is None


@pytest.mark.parametrize(
    ("category", "words"),
    [("restaurant_food", "alcoholic products"), ("accommodation", "agritourist"), ("hospitality", "CAEM")],
)
def test_moldova_horeca_limits_reach_the_reason(category: str, words: str) -> None:
    assert words in reason("MD", "2024-01-01", category)


def test_moldova_basic_food_limit_names_the_produce_of_the_fifth_indent() -> None:
    """The basic_food limit said that food other than bread and dairy takes 20 %; Law No. 50/2015
    puts fresh vegetables, fruit and cereals of the listed positions at 8 %."""
    text = reason("MD", "2016-01-01", "basic_food")
    assert "Law No. 50 of 2015-04-03" in text
    assert "0701-0709" in text
