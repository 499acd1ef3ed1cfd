"""The category periods of the EU member states checked or corrected in the ninth audit round,
each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- Austria: the UStG 1994 in the RIS text mirrored in legalize-dev/legalize-at (at/AT-10004873.md,
  commit 86fa870, every wording of § 10, § 28 and the Anlagen). In the wording in force on
  2015-01-01, § 10 Abs. 2 gives 10 % to restaurant services (Z 1 lit. d), accommodation (Z 4 lit.
  b) and the goods of the Anlage (Z 1 lit. a), among them live farm animals (Z 1), live plants and
  cut flowers (Z 7 to 10), seeds for sowing and forage (Z 20 lit. b and h), animal feed (Z 32),
  animal or vegetable fertilisers (Z 38) and fuel wood (Z 42 lit. a); the standard rate is 20 %.
  § 28 Abs. 42 Z 1: the Steuerreformgesetz 2015/2016 applies from 2016-01-01 and moves those goods
  to the 13 % of Anlage 2 (§ 10 Abs. 3 Z 1 lit. a), while accommodation keeps the old 10 % to
  2016-04-30; Z 2: accommodation takes 13 % (§ 10 Abs. 3 Z 3) from 2016-05-01. § 28 Abs. 45: the
  10 % for accommodation (§ 10 Abs. 2 Z 3 lit. c, BGBl. I Nr. 12/2018) from 2018-11-01. § 28 Abs.
  52: 5 % for food and drinks served and for accommodation from 2020-07-01 to 2021-12-31; restaurant
  services stay at 10 % throughout (§ 10 Abs. 2 Z 1 lit. b from 2016).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start and end checked or corrected in this
# round; the rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("AT", "2015-01-01", "hospitality", "10"),
    ("AT", "2016-04-30", "hospitality", "10"),
    ("AT", "2016-05-01", "hospitality", "10"),
    ("AT", "2018-10-31", "hospitality", "10"),
    ("AT", "2018-11-01", "hospitality", "10"),
    ("AT", "2020-06-30", "hospitality", "10"),
    ("AT", "2020-07-01", "hospitality", "5"),
    ("AT", "2021-12-31", "hospitality", "5"),
    ("AT", "2022-01-01", "hospitality", "10"),
    ("AT", "2016-04-30", "accommodation", "10"),
    ("AT", "2016-05-01", "accommodation", "13"),
    ("AT", "2018-10-31", "accommodation", "13"),
    ("AT", "2018-11-01", "accommodation", "10"),
    ("AT", "2015-01-01", "agricultural", "10"),
    ("AT", "2015-12-31", "agricultural", "10"),
    ("AT", "2016-01-01", "agricultural", "13"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# (code, day, category, words the source must name) for the periods marked checked this round.
CHECKED: list[tuple[str, str, str, str]] = [
    ("AT", "2015-06-30", "hospitality", "Z 4 lit. b"),
    ("AT", "2017-06-30", "hospitality", "§ 28 Abs. 42 Z 2"),
    ("AT", "2019-06-30", "hospitality", "BGBl. I Nr. 12/2018"),
    ("AT", "2021-06-30", "hospitality", "§ 28 Abs. 52"),
    ("AT", "2023-06-30", "hospitality", "Z 3 lit. c"),
    ("AT", "2015-06-30", "agricultural", "Z 38"),
    ("AT", "2016-06-30", "agricultural", "Anlage 2"),
    ("AT", "2015-06-30", "accommodation", "Z 4 lit. b"),
    ("AT", "2019-06-30", "accommodation", "BGBl. I Nr. 12/2018"),
]


@pytest.mark.parametrize(("code", "day", "category", "act"), CHECKED)
def test_period_read_in_an_official_text_is_checked(code: str, day: str, category: str, act: str) -> None:
    period = mapping_period(code, day, category)
    assert period.checked is not None
    assert act in period.source


def test_austrian_accommodation_cites_the_2015_point_and_the_2018_act() -> None:
    """Z 3 lit. a of the 2015 wording is the rearing of animals; the 2018 return is BGBl. I 12/2018."""
    assert "Z 3 lit. a UStG" not in mapping_period("AT", "2015-06-30", "accommodation").source
    assert "62/2018" not in mapping_period("AT", "2019-06-30", "accommodation").source


def test_austrian_rooms_booked_before_september_2015_keep_ten_percent() -> None:
    """§ 28 Abs. 42 Z 2: stays of 2016-05-01 .. 2017-12-31 booked and paid for before 2015-09-01."""
    assert "2015-09-01" in reason("AT", "2017-06-30", "accommodation")
    assert "2015-09-01" in reason("AT", "2017-06-30", "hospitality")


def test_austrian_agricultural_inputs_of_2015_name_the_old_anlage() -> None:
    text = reason("AT", "2015-06-30", "agricultural")
    assert "seeds for sowing" in text
    assert "20 %" in text
