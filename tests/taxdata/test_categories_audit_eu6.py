"""The EU category mappings checked in the sixth audit round, from the tax authorities' and
governments' own pages and the official journals, each pinned on both sides of its dates.

Expected rates are read from the sources, not from the data files:
- Belgium: the arrêté royal of 8 June 2020 (Moniteur belge 2020-06-12, numac 2020021226), art. 1
  inserting art. 1ter/1 in arrêté royal n° 20 (6 % for restaurant and catering services until
  2020-12-31, alcoholic drinks excluded) and art. 2 (effect from 2020-06-08); the arrêté royal of
  27 April 2021 (Moniteur belge 2021-04-30, numac 2021031266) replacing art. 1ter/1 (6 % from
  2021-05-08 to 2021-09-30, drinks included), with the Council of Ministers' communiqué of
  2021-04-24; outside those windows, restaurant services take the 12 % of tableau B.
- Poland: the regulations of the Minister of Finance Dz.U. 2022 poz. 2495 (for 2023, § 8) and
  Dz.U. 2023 poz. 2670 (§ 10, to 2024-03-31): 0 % for the foodstuffs of załącznik nr 10 poz. 1-18.
- Canary Islands: Ley 4/2012, art. 52 d), in its 2012 wording (supplies of books, periodicals;
  75 % advertising threshold) and as rewritten by Ley 7/2022, disposición final sexta, Siete, in
  force 2023-01-01 (electronic supplies included, 90 %); the tipo general of 6.5 % in 2019 (Ley
  7/2018, DF séptima, Cinco) and 7 % from 2020 (Ley 19/2019, DF sexta, Uno).
- Ireland: Revenue's VAT rates database (transport of passengers exempt, VATCA 2010 Schedule 1
  paragraph 14(3)) and the Minister for Finance's written answer of 2015-09-22 (children's clothing
  and footwear zero-rated, Schedule 2 paragraph 10(1), under-11 sizes); the Minister's written
  answer of 2023-09-11 (oireachtas.ie: 9 % to 2023-08-31, 13.5 % again from 2023-09-01).
"""

import datetime as dt
from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

from invoicekit import rates

# day=rate on both sides of each end of the two Belgian COVID-19 windows.
BELGIAN_RESTAURANTS = "2020-06-07=12 2020-06-08=6 2020-12-31=6 2021-01-01=12 2021-05-07=12 2021-05-08=6 2021-09-30=6 2021-10-01=12"


@pytest.mark.parametrize("category", ["restaurant_food", "hospitality"])
@pytest.mark.parametrize("pair", BELGIAN_RESTAURANTS.split())
def test_belgian_covid_windows_for_restaurant_services(category: str, pair: str) -> None:
    day, expected = pair.split("=")
    assert rate("BE", day, category) == Decimal(expected)


@pytest.mark.parametrize("category", ["restaurant_food", "hospitality"])
@pytest.mark.parametrize("day", ["2020-06-08", "2020-12-31", "2021-05-08", "2021-09-30"])
def test_belgian_covid_windows_are_checked_against_the_royal_decrees(category: str, day: str) -> None:
    period = mapping_period("BE", day, category)
    assert period.checked is not None
    numac = "2020021226" if day.startswith("2020") else "2021031266"
    assert numac in period.source


@pytest.mark.parametrize(
    ("code", "day", "category", "words"),
    [
        ("BE", "2020-06-08", "restaurant_food", "beer above 0.5 % vol."),
        ("BE", "2020-12-31", "hospitality", "other drinks above 1.2 % vol."),
        ("BE", "2021-05-08", "restaurant_food", "alcoholic ones too"),
        ("BE", "2021-09-30", "hospitality", "take-away"),
        ("ES-CN", "2019-01-01", "basic_food", "joined the list from 2019-01-01 (Ley 7/2018)"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(
    code: str, day: str, category: str, words: str
) -> None:
    assert words in reason(code, day, category)


@pytest.mark.parametrize("category", ["food", "basic_food"])
def test_polish_food_shield_of_2024_is_the_regulation_of_december_2023(category: str) -> None:
    """Dz.U. 2022 poz. 2495 (the regulation 'w roku 2023', § 8 and § 14): 0 % from 2023-01-01;
    Dz.U. 2023 poz. 2670 (§ 10 and § 12): 0 % from 2024-01-01 'do dnia 31 marca 2024 r.', then the
    5 % of załącznik nr 10 again. 0 % on both sides of the split on 2024-01-01."""
    for day, expected in (
        ("2022-12-31", "0"),
        ("2023-01-01", "0"),
        ("2023-12-31", "0"),
        ("2024-01-01", "0"),
        ("2024-03-31", "0"),
        ("2024-04-01", "5"),
    ):
        assert rate("PL", day, category) == Decimal(expected), day
    for day, act in (
        ("2023-01-01", "2022 poz. 2495"),
        ("2023-12-31", "2022 poz. 2495"),
        ("2024-01-01", "2023 poz. 2670"),
        ("2024-03-31", "2023 poz. 2670"),
    ):
        period = mapping_period("PL", day, category)
        assert period.checked is not None, day
        assert act in period.source, day
        assert "PKWiU 56" in reason("PL", day, category)


def test_canary_ebooks_take_tipo_cero_from_2023() -> None:
    """Ley 7/2022 added electronic supplies to art. 52 d) from 2023-01-01; before, the general rate
    (7 %; 6.5 % in 2019). The data had the general rate to 2025-10-20."""
    assert rate("ES-CN", "2019-06-30", "ebooks") == Decimal("6.5")
    assert rate("ES-CN", "2022-12-31", "ebooks") == Decimal("7")
    assert rate("ES-CN", "2023-01-01", "ebooks") == Decimal("0")
    assert rate("ES-CN", "2025-10-20", "ebooks") == Decimal("0")
    assert mapping_period("ES-CN", "2022-12-31", "ebooks").checked is not None  # seventh round
    period = mapping_period("ES-CN", "2023-01-01", "ebooks")
    assert period.checked is not None
    assert "BOE-A-2023-5961" in period.source
    assert "90 %" in reason("ES-CN", "2023-01-01", "ebooks")


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2018-12-31", "7"), ("2019-01-01", "6.5"), ("2019-12-31", "6.5"), ("2020-01-01", "7")],
)
def test_canary_general_rate_of_2019(day: str, expected: str) -> None:
    assert rate("ES-CN", day, "restaurant_food") == Decimal(expected)


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_canary_publications_limit_gives_the_2012_threshold(category: str) -> None:
    assert "75 %" in reason("ES-CN", "2015-01-01", category)
    assert "Ley 7/2022" in reason("ES-CN", "2023-01-01", category)


@pytest.mark.parametrize(
    ("day", "category", "rate_class"),
    [("2015-09-22", "children_clothing", "zero"), ("2017-01-01", "passenger_transport", "exempt")],
)
def test_irish_zero_rated_and_exempt_lines(day: str, category: str, rate_class: str) -> None:
    (component,) = rates("IE", on=dt.date.fromisoformat(day), category=category)
    assert component.rate == Decimal("0")
    assert component.rate_class == rate_class
    assert mapping_period("IE", day, category).checked is not None


@pytest.mark.parametrize(
    ("category", "words"),
    [
        ("children_clothing", "32 in. chest"),
        ("children_clothing", "size 5 1/2"),
        ("passenger_transport", "boat with skipper"),
    ],
)
def test_irish_limits_reach_the_reason(category: str, words: str) -> None:
    assert words in reason("IE", "2020-01-01", category)


@pytest.mark.parametrize("category", ["restaurant_food", "hospitality"])
def test_irish_hospitality_back_at_13_5_from_september_2023(category: str) -> None:
    """The Minister's written answer of 2023-09-11: the 9 % ran to 2023-08-31 and the 13.5 % applied
    again from 2023-09-01; food and catering take 9 % again from 2026-07-01 (answer of 2025-10-21)."""
    for day, expected in (
        ("2023-08-31", "9"),
        ("2023-09-01", "13.5"),
        ("2026-06-30", "13.5"),
        ("2026-07-01", "9"),
    ):
        assert rate("IE", day, category) == Decimal(expected), day
    for day in ("2023-09-01", "2026-06-30"):
        period = mapping_period("IE", day, category)
        assert period.checked is not None
        assert "2023-09-11/485" in period.source
