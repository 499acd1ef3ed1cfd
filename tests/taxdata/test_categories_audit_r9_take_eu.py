"""Take-away food (``prepared_food``) in the EU member states, ninth audit round: the category fell
back to ``restaurant_food``; each file where take-away food takes another rate now maps it, pinned
on both sides of each start and end.

Expected rates are read from the sources, not from the data files:
- Council Implementing Regulation (EU) No 282/2011, Art. 6 (EUR-Lex consolidated text, unamended
  since 2011-07-01): restaurant and catering services are food or drink supplied with sufficient
  support services for its immediate consumption; food supplied without them, with or without
  transport, is not such a service (Art. 6(2)), so it is a supply of goods at the food's rate.
- Germany: § 12 Abs. 2 Nr. 1 UStG with Anlage 2, 7 % (5 % from 2020-07-01 to 2020-12-31); the
  'Außer-Haus-Verkauf' is a supply at that rate (BMF guidance, as the commentaries give it), while
  restaurant services took 19 % to 2020-06-30 and in 2024-2025.
- Austria: foodstuffs of the Anlage at 10 %; from 2020-07-01 to 2021-12-31, 5 % for food and drinks
  supplied by businesses needing a gastronomy licence (§ 28 Abs. 52 Z 1 lit. a UStG 1994, as the
  summaries read it), which reached their take-away and delivery; other sellers kept 10 %.
- Belgium: foodstuffs of tableau A at 6 %; restaurant services of tableau B at 12 %.
- Sweden: 12 % for livsmedel (Skatteverket); prop. 2025/26:55: 6 % for livsmedel from 2026-04-01 to
  2027-12-31, restaurant and catering services staying at 12 %; take-away food is livsmedel (PwC).
- Poland: to 2020-06-30 a take-away meal was a ready dish of załącznik nr 10, poz. 28, at 5 %
  (the CJEU's C-703/19: no catering service without support services; as reported), catering 8 %;
  from 2020-07-01 catering (PKWiU 56) takes 8 % whether the dish is served or taken away.
- Czechia: foods of příloha č. 3 at 15 %, 12 % from 2024-01-01; the explanatory report to zákon č.
  256/2019 Sb.: food 's sebou' from a restaurant is a supply of foods at their own rate.
- Hungary: take-away and delivered food is a supply of goods at the general 27 % (the NAV, 2017, as
  reported; afaklub.hu, 2021), not the 18 % (2017) or 5 % (from 2018) of on-site restaurant services.
- Cyprus: Tax Department circular 11/2022 (as reported): food supplied with or without delivery and
  without support services is food at 5 %, not the 9 % of restaurant services.
- Romania: food at 9 % from 2015-06-01 (OUG nr. 6/2015), 11 % from 2025-08-01 (Legea nr. 141/2025),
  24 % before; restaurant services took 5 % from 2018-11-01 to 2022-12-31 (OUG nr. 89/2018).
- Ireland: VATCA 2010, Schedule 3 paragraph 3(3): food heated, kept heated or supplied warm and
  above the ambient air temperature when handed over is a reduced-rate supply, catering or not;
  Revenue's VAT rates database, 'Take-away cooked meals': cold, chilled or frozen meals at zero;
  Finance Act 2018, s. 43: paragraphs 3(1) to (3) leave the 9 % on 2019-01-01 (13.5 %); Finance
  Act 2020, s. 39: 9 % again for paragraph 3(3) from 2020-11-01 (to 2023-08-31); 9 % from
  2026-07-01 for food and catering, takeaways included.
- Croatia: the Porezna uprava's opinion of 2013: food handed over without additional services is
  not the reduced-rate catering service, so 25 %; its opinion of 2020: from 2020 a dish handed over
  in suitable packaging with cutlery counts as the preparation and serving of dishes at 13 %.
- Where the fallback was already right, the sources say so: Portugal's Lista II verba 1.8, 13 %
  for take-away meals from 2016-07-01 with restaurant services (23 % before); Lithuania's VMI, 9 %
  for food from catering establishments however ordered and delivered (2021-07-01 to 2023-12-31);
  France, 10 % for food prepared for immediate consumption sold to take away (service-public.fr);
  the Canaries, the general IGIC rate for restaurants' take-away (consulta vinculante n° 1617).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

from invoicekit import default_table

# (code, day, category, rate) on both sides of each start and end mapped in this round; the rates
# are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("DE", "2014-01-01", "prepared_food", "7"),
    ("DE", "2020-06-30", "prepared_food", "7"),
    ("DE", "2020-07-01", "prepared_food", "5"),
    ("DE", "2020-12-31", "prepared_food", "5"),
    ("DE", "2021-01-01", "prepared_food", "7"),
    ("DE", "2023-12-31", "prepared_food", "7"),
    ("DE", "2024-01-01", "prepared_food", "7"),
    ("DE", "2025-12-31", "prepared_food", "7"),
    ("DE", "2026-01-01", "prepared_food", "7"),
    ("DE", "2024-06-30", "restaurant_food", "19"),
    ("AT", "2015-01-01", "prepared_food", "10"),
    ("AT", "2020-06-30", "prepared_food", "10"),
    ("AT", "2020-07-01", "prepared_food", "5"),
    ("AT", "2021-12-31", "prepared_food", "5"),
    ("AT", "2022-01-01", "prepared_food", "10"),
    ("BE", "2015-01-01", "prepared_food", "6"),
    ("BE", "2020-06-07", "prepared_food", "6"),
    ("BE", "2021-01-01", "prepared_food", "6"),
    ("BE", "2021-10-01", "prepared_food", "6"),
    ("BE", "2026-02-28", "prepared_food", "6"),
    ("BE", "2021-10-01", "restaurant_food", "12"),
    ("SE", "2015-01-01", "prepared_food", "12"),
    ("SE", "2026-03-31", "prepared_food", "12"),
    ("SE", "2026-04-01", "prepared_food", "6"),
    ("SE", "2027-12-31", "prepared_food", "6"),
    ("SE", "2028-01-01", "prepared_food", "12"),
    ("SE", "2026-04-01", "restaurant_food", "12"),
    ("PL", "2015-01-01", "prepared_food", "5"),
    ("PL", "2020-06-30", "prepared_food", "5"),
    ("PL", "2020-07-01", "prepared_food", "8"),
    ("PL", "2022-02-01", "prepared_food", "8"),
    ("PL", "2024-04-01", "prepared_food", "8"),
    ("PL", "2019-06-30", "restaurant_food", "8"),
    ("CZ", "2015-01-01", "prepared_food", "15"),
    ("CZ", "2016-11-30", "prepared_food", "15"),
    ("CZ", "2016-12-01", "prepared_food", "15"),
    ("CZ", "2020-04-30", "prepared_food", "15"),
    ("CZ", "2020-05-01", "prepared_food", "15"),
    ("CZ", "2023-12-31", "prepared_food", "15"),
    ("CZ", "2024-01-01", "prepared_food", "12"),
    ("HU", "2015-01-01", "prepared_food", "27"),
    ("HU", "2016-12-31", "prepared_food", "27"),
    ("HU", "2017-01-01", "prepared_food", "27"),
    ("HU", "2017-12-31", "prepared_food", "27"),
    ("HU", "2018-01-01", "prepared_food", "27"),
    ("CY", "2015-01-01", "prepared_food", "5"),
    ("CY", "2020-06-30", "prepared_food", "5"),
    ("CY", "2021-01-11", "prepared_food", "5"),
    ("CY", "2022-09-01", "prepared_food", "5"),
    ("RO", "2015-05-31", "prepared_food", "24"),
    ("RO", "2015-06-01", "prepared_food", "9"),
    ("RO", "2018-10-31", "prepared_food", "9"),
    ("RO", "2018-11-01", "prepared_food", "9"),
    ("RO", "2022-12-31", "prepared_food", "9"),
    ("RO", "2023-01-01", "prepared_food", "9"),
    ("RO", "2025-07-31", "prepared_food", "9"),
    ("RO", "2025-08-01", "prepared_food", "11"),
    ("IE", "2015-01-01", "prepared_food", "9"),
    ("IE", "2018-12-31", "prepared_food", "9"),
    ("IE", "2019-01-01", "prepared_food", "13.5"),
    ("IE", "2020-10-31", "prepared_food", "13.5"),
    ("IE", "2020-11-01", "prepared_food", "9"),
    ("IE", "2023-08-31", "prepared_food", "9"),
    ("IE", "2023-09-01", "prepared_food", "13.5"),
    ("IE", "2026-06-30", "prepared_food", "13.5"),
    ("IE", "2026-07-01", "prepared_food", "9"),
    ("HR", "2015-01-01", "prepared_food", "25"),
    ("HR", "2016-12-31", "prepared_food", "25"),
    ("HR", "2017-01-01", "prepared_food", "25"),
    ("HR", "2019-12-31", "prepared_food", "25"),
    ("HR", "2020-01-01", "prepared_food", "13"),
    # The fallback to restaurant_food, already the sources' rate (no mapping added).
    ("PT", "2016-06-30", "prepared_food", "23"),
    ("PT", "2016-07-01", "prepared_food", "13"),
    ("LT", "2021-06-30", "prepared_food", "21"),
    ("LT", "2021-07-01", "prepared_food", "9"),
    ("LT", "2023-12-31", "prepared_food", "9"),
    ("LT", "2024-01-01", "prepared_food", "21"),
    ("FR", "2015-01-01", "prepared_food", "10"),
    ("ES-CN", "2020-01-01", "prepared_food", "7"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# A day in each period added this round: none was marked checked (see docs/taxdata.md, ninth round).
UNCHECKED: list[tuple[str, str]] = [
    ("DE", "2016-06-30"),
    ("AT", "2016-06-30"),
    ("AT", "2021-06-30"),
    ("AT", "2023-06-30"),
    ("BE", "2016-06-30"),
    ("BE", "2026-06-30"),
    ("SE", "2016-06-30"),
    ("SE", "2026-06-30"),
    ("SE", "2028-06-30"),
    ("PL", "2016-06-30"),
    ("PL", "2021-06-30"),
    ("CZ", "2016-06-30"),
    ("HU", "2016-06-30"),
    ("CY", "2016-06-30"),
    ("RO", "2015-03-31"),
    ("RO", "2016-06-30"),
    ("IE", "2016-06-30"),
    ("IE", "2021-06-30"),
    ("IE", "2024-06-30"),
    ("IE", "2026-08-31"),
    ("HR", "2016-06-30"),
    ("HR", "2021-06-30"),
]


@pytest.mark.parametrize(("code", "day"), UNCHECKED)
def test_added_period_stays_unchecked(code: str, day: str) -> None:
    period = mapping_period(code, day, "prepared_food")
    assert period.checked is None
    assert "Added in the ninth audit round" in (period.note or "")


def test_irish_hot_take_away_food_from_2019_is_checked_on_both_amending_acts() -> None:
    """Finance Act 2018, s. 43(a): paragraphs 3(1) to (3) of Schedule 3 leave the 9 % on 2019-01-01;
    Finance Act 2020, s. 39: paragraph 3(3), hot food, takes 9 % again from 2020-11-01."""
    period = mapping_period("IE", "2019-06-30", "prepared_food")
    assert period.checked is not None
    assert "Finance Act 2018" in period.source
    assert "Finance Act 2020" in period.source
    assert "paragraph 3(3)" in period.source


# Periods resting on advisers' or the press's reports.
SECONDARY: list[tuple[str, str]] = [
    ("AT", "2021-06-30"),
    ("BE", "2026-06-30"),
    ("SE", "2026-06-30"),
    ("PL", "2016-06-30"),
    ("PL", "2021-06-30"),
    ("HU", "2020-06-30"),
    ("CY", "2020-06-30"),
    ("IE", "2026-08-31"),
]


@pytest.mark.parametrize(("code", "day"), SECONDARY)
def test_period_from_a_secondary_report_says_so(code: str, day: str) -> None:
    assert mapping_period(code, day, "prepared_food").secondary


# Member states whose fallback gives take-away food its rate on every day (the restaurant and the
# food rates coincide, or the sources in the docstring put take-away food at the restaurant rate).
FALLBACK_STANDS = ["PT", "LT", "FR", "ES-CN", "NL", "LU", "IT", "ES", "FI", "SI"]


@pytest.mark.parametrize("code", FALLBACK_STANDS)
def test_member_state_where_the_fallback_stands_maps_no_take_away_food(code: str) -> None:
    assert default_table().category_series(code, "prepared_food") is None


def test_irish_cold_take_away_food_is_sent_to_the_zero_rate() -> None:
    """Revenue: chilled, cold or frozen cooked meals at zero, heated or warm food at the reduced rate."""
    assert "zero-rated (send as food)" in reason("IE", "2024-06-30", "prepared_food")
    assert rate("IE", "2024-06-30", "food") == Decimal("0")


def test_belgian_2026_take_away_increase_is_named_but_not_applied() -> None:
    text = reason("BE", "2026-06-30", "prepared_food")
    assert "two days" in text
    assert "12 %" in text


def test_austrian_5_percent_is_tied_to_the_gastronomy_licence() -> None:
    text = reason("AT", "2021-06-30", "prepared_food")
    assert "§ 111 Abs. 1 GewO 1994" in text
    assert "10 % (send as food)" in text


def test_hungarian_lockdown_take_away_rate_is_named() -> None:
    assert "484/2020" in reason("HU", "2021-01-31", "prepared_food")


def test_croatian_packaging_with_cutlery_condition_from_2020() -> None:
    assert "cutlery" in reason("HR", "2021-06-30", "prepared_food")
    assert "without additional services" in reason("HR", "2016-06-30", "prepared_food")


def test_german_drinks_are_sent_to_the_standard_rate() -> None:
    text = reason("DE", "2024-06-30", "prepared_food")
    assert "19 % (send as standard)" in text
