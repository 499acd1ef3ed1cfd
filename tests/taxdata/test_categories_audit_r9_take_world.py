"""Take-away food (`prepared_food`) outside the EU, ninth audit round: the mappings added for GB and
MD, and the days on which the fallback to `restaurant_food` was found right, each pinned with the
rate its source gives.

Expected rates are read from the sources, not from the data files:
- United Kingdom: VATA 1994, Schedule 8 Group 1 makes "a supply in the course of catering" an
  excepted item (standard-rated, 20 %), and Note (3)(b) says such a supply includes "any supply of
  hot food for consumption off those premises" (legislation.gov.uk, the 2002 point-in-time text);
  the Finance Act 2012, Schedule 26, para. 2, moves the definition of hot food to new Notes (3B) to
  (3D) without touching Note (3)(b). Cold food taken away stays zero-rated food. Schedule 7A Group 14
  item 1(b), inserted by SI 2020/728 from 2020-07-15 to 2021-09-30 (end set by the Finance Act 2021,
  s. 92), gives the reduced 5 % to "any hot food or hot drink for consumption off those premises";
  the Finance Act 2021, s. 93, gives the Group 12.5 % from 2021-10-01 to 2022-03-31; from 2022-04-01
  the standard rate again.
- Moldova: the Fiscal Code, art. 96 b), ninth indent, as amended by Law No. 212/2023 (in force
  2024-01-01; the State Tax Service's generalisation, question 28.17.38), gives 8 % to food and
  non-alcoholic drinks "însoţite de servicii conexe care să permită consumul imediat al acestora"
  supplied by CAEM section I businesses; food sold without such services falls under art. 96 a),
  20 %. The 6 % of the state of emergency of 2024-12-16 .. 2025-02-13 derogates for the same HoReCa
  supplies only.
- United States, meals taxed above the general rate (the earlier rounds gave prepared food the
  general rate and left restaurant meals unmapped): Maine, 36 M.R.S. § 1811(1), "Eight percent on
  the value of prepared food" (the general rate 5.5 %); Connecticut, the additional 1 % on meals
  from 2019-10-01 (6.35 % to 7.35 %, Public Act 19-117, § 323, as the DRS page on the revoked
  PS 2019(5) says: at grocery stores only meals sold in eating areas, prepared sandwiches and hot or
  iced coffee or tea); Rhode Island, the 1 %
  local meals and beverage tax of R.I. Gen. Laws § 44-18-18.1 on meals sold in or from an eating
  establishment, "whether consumed at the premises or not", on top of the 7 %; Vermont, the meals
  and rooms tax of 32 V.S.A. § 9241(b), nine percent of each taxable meal; New Hampshire, which has
  no sales tax, the meals and rooms tax of RSA 78-A:6 (9 % from 2009, "Eight and a half percent"
  from 2021-10-01); the District of Columbia, 9 % (D.C. Code § 47-2002(a)(3)) and 1 % (§ 47-2002.02(2))
  on food or drink prepared for immediate consumption, 10 % in all, which OTR said stayed unchanged
  when the general rate went to 6 % on 2018-10-01.
- Japan: 消費税法 別表第一 第一号 (e-Gov's text in force on 2025-06-01, yno9/legalize-jp): the
  reduced 8 % covers the sale of food and non-alcoholic drinks except 食事の提供 at places with
  tables, chairs or counters, which "does not include" food put in containers or wrapped to be taken
  away, and catering at the customer's place; from 2019-10-01 eating in takes the standard 10 %.
  Before 2019-10-01 the single 8 % rate applied to both.
- Fallback right (no mapping added): Canada's GST taxes prepared food and restaurant meals alike
  (5 %; zero-rated in the holiday of 2024-12-14 .. 2025-02-15, Schedule VI, Part XI, s. 1 and 13),
  Saskatchewan's PST reached restaurant meals and prepared food from 2017-04-01 (6 %; exempt
  before), British Columbia's PST exempts food including prepared food and meals, Ontario's HST is
  13 % on both (a mapping added for Ontario names the point-of-sale rebate of the 8 % Ontario part on
  prepared food and beverages sold for CAD 4.00 or less, GST/HST Info Sheet GI-064); Iceland's 11 % covers food and restaurant services alike; India's 5 % restaurant
  entry (Notification No. 46/2017-Central Tax (Rate), from 2017-11-15) covers food supplied "whether
  for consumption on or away from the premises"; Colombia's art. 426 of the Estatuto Tributario puts
  prepared food eaten there, taken away or delivered outside IVA.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start and end of the mappings added this round,
# and on the days where the fallback was found right; the rates are the sources'.
PINNED: list[tuple[str, str, str, str]] = [
    ("GB", "2015-01-01", "prepared_food", "20"),
    ("GB", "2020-07-14", "prepared_food", "20"),
    ("GB", "2020-07-15", "prepared_food", "5"),
    ("GB", "2021-09-30", "prepared_food", "5"),
    ("GB", "2021-10-01", "prepared_food", "12.5"),
    ("GB", "2022-03-31", "prepared_food", "12.5"),
    ("GB", "2022-04-01", "prepared_food", "20"),
    ("GB", "2022-04-01", "food", "0"),
    ("MD", "2023-12-31", "prepared_food", "20"),
    ("MD", "2024-01-01", "prepared_food", "20"),
    ("MD", "2024-01-01", "restaurant_food", "8"),
    ("MD", "2024-12-16", "prepared_food", "20"),
    ("MD", "2025-02-13", "prepared_food", "20"),
    ("MD", "2025-02-14", "prepared_food", "20"),
    ("MD", "2025-02-14", "restaurant_food", "8"),
    ("IS", "2015-01-01", "prepared_food", "11"),
    ("IN", "2017-11-15", "prepared_food", "5"),
    ("CO", "2015-01-01", "prepared_food", "0"),
    ("CA", "2024-12-13", "prepared_food", "5"),
    ("CA", "2024-12-14", "prepared_food", "0"),
    ("CA", "2025-02-15", "prepared_food", "0"),
    ("CA", "2025-02-16", "prepared_food", "5"),
    ("CA-ON", "2020-01-01", "prepared_food", "13"),
    ("CA-ON", "2024-12-13", "prepared_food", "13"),
    ("CA-ON", "2024-12-14", "prepared_food", "0"),
    ("CA-ON", "2025-02-15", "prepared_food", "0"),
    ("CA-ON", "2025-02-16", "prepared_food", "13"),
    ("JP", "2019-09-30", "prepared_food", "8"),
    ("JP", "2019-10-01", "prepared_food", "8"),
    ("JP", "2019-10-01", "restaurant_food", "10"),
    ("US-ME", "2015-01-01", "prepared_food", "8"),
    ("US-ME", "2015-01-01", "restaurant_food", "8"),
    ("US-ME", "2015-01-01", "standard", "5.5"),
    ("US-CT", "2019-09-30", "prepared_food", "6.35"),
    ("US-CT", "2019-10-01", "prepared_food", "7.35"),
    ("US-CT", "2019-09-30", "restaurant_food", "6.35"),
    ("US-CT", "2019-10-01", "restaurant_food", "7.35"),
    ("US-RI", "2015-01-01", "prepared_food", "8"),
    ("US-RI", "2015-01-01", "restaurant_food", "8"),
    ("US-VT", "2015-01-01", "prepared_food", "9"),
    ("US-VT", "2015-01-01", "restaurant_food", "9"),
    ("US-DC", "2015-01-01", "prepared_food", "10"),
    ("US-DC", "2015-01-01", "restaurant_food", "10"),
    ("US-DC", "2015-01-01", "standard", "5.75"),
    ("US-DC", "2018-10-01", "prepared_food", "10"),
    ("US-DC", "2018-10-01", "standard", "6"),
    ("US-NH", "2015-01-01", "prepared_food", "9"),
    ("US-NH", "2021-09-30", "prepared_food", "9"),
    ("US-NH", "2021-10-01", "prepared_food", "8.5"),
    ("US-NH", "2021-10-01", "restaurant_food", "8.5"),
    ("US-NH", "2021-10-01", "food", "0"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# Provinces with two taxes: (code, day, [(tax, rate, EN 16931 code)]).
PINNED_PROVINCES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("CA-SK", "2017-03-31", [("GST", "5", "S"), ("PST", "0", "E")]),
    ("CA-SK", "2017-04-01", [("GST", "5", "S"), ("PST", "6", "S")]),
    ("CA-BC", "2020-01-01", [("GST", "5", "S"), ("PST", "0", "E")]),
    ("CA-QC", "2020-01-01", [("GST", "5", "S"), ("QST", "9.975", "S")]),
]


@pytest.mark.parametrize(("code", "day", "expected"), PINNED_PROVINCES)
def test_provincial_take_away_food_takes_the_sources_rates(
    code: str, day: str, expected: list[tuple[str, str, str]]
) -> None:
    want = [(tax, Decimal(value), cat) for tax, value, cat in expected]
    assert answer(code, day, "prepared_food") == want


GB_DAYS = ["2015-01-01", "2020-07-15", "2021-10-01", "2022-04-01"]


@pytest.mark.parametrize("day", GB_DAYS)
def test_british_take_away_food_is_checked_against_the_act(day: str) -> None:
    period = mapping_period("GB", day, "prepared_food")
    assert period.checked is not None
    assert "Group" in period.source
    assert "1(b)" in period.source or "Note (3)(b)" in period.source


@pytest.mark.parametrize("day", GB_DAYS)
def test_british_cold_take_away_food_is_sent_to_food(day: str) -> None:
    text = reason("GB", day, "prepared_food")
    assert "hot" in text
    assert "send those lines as food" in text


def test_british_hot_drinks_and_alcohol_in_the_hospitality_cut() -> None:
    text = reason("GB", "2021-01-01", "prepared_food")
    assert "hot drinks" in text
    assert "alcoholic beverages" in text


def test_moldovan_take_away_food_is_no_horeca_supply() -> None:
    period = mapping_period("MD", "2024-06-30", "prepared_food")
    assert period.checked is None
    assert "servicii conexe" in period.source
    text = reason("MD", "2024-06-30", "prepared_food")
    assert "take-away" in text
    assert "basic_food" in text


def test_moldovan_take_away_food_before_2024_is_not_mapped() -> None:
    """The HoReCa rates before 2024 are not recorded (the file's note): no period starts earlier."""
    series_start = mapping_period("MD", "2024-01-01", "prepared_food").start
    assert series_start.isoformat() == "2024-01-01"
    assert "not treated specially" in reason("MD", "2023-12-31", "prepared_food")


# US meals mappings corrected this round and still unchecked (no text in force on 2015-01-01 read;
# US-DC was checked in the US States audit of the same round, test_categories_audit_r9_us.py).
US_MEALS = ["US-ME", "US-RI", "US-VT", "US-NH"]


@pytest.mark.parametrize("code", US_MEALS)
def test_us_meals_mappings_stay_unchecked(code: str) -> None:
    for category in ("prepared_food", "restaurant_food"):
        assert mapping_period(code, "2020-01-01", category).checked is None


def test_connecticut_prepared_food_before_the_meals_rate_keeps_its_check() -> None:
    """The split keeps the 2015 period's class and its check; the 7.35 % part cites the DRS page."""
    before = mapping_period("US-CT", "2019-09-30", "prepared_food")
    after = mapping_period("US-CT", "2019-10-01", "prepared_food")
    assert before.checked is not None
    assert after.checked is None
    assert "Announcement 2019(10)" in after.source
    assert "prepared sandwiches" in reason("US-CT", "2019-10-01", "prepared_food")


def test_vermont_and_new_hampshire_name_the_meals_tax() -> None:
    assert "10 %" in reason("US-VT", "2020-01-01", "prepared_food")
    assert "USD 0.36" in reason("US-NH", "2020-01-01", "prepared_food")
    assert "eating and/or drinking establishment" in reason("US-RI", "2020-01-01", "prepared_food")


def test_japanese_take_away_food_is_no_meal_service() -> None:
    period = mapping_period("JP", "2020-06-30", "prepared_food")
    assert "持帰りのための容器" in period.source
    assert "restaurant_food" in reason("JP", "2020-06-30", "prepared_food")


@pytest.mark.parametrize("day", ["2020-01-01", "2025-06-30"])
def test_ontario_prepared_food_names_the_four_dollar_rebate(day: str) -> None:
    text = reason("CA-ON", day, "prepared_food")
    assert "CAD 4.00" in text
    assert "reduced" in text
    assert rate("CA-ON", day, "reduced") == Decimal("5")
