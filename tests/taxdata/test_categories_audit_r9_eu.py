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
- Greece: law 4611/2019 (Government Gazette A 73/2019), article 121, replaces Annex III of the VAT
  Code from 2019-05-20: live farm animals, plants, seeds for sowing, forage, animal feed,
  fertilisers, agricultural plant-protection products, services for agricultural production and the
  listed medical devices (wheelchairs, orthopaedic appliances, prostheses, hearing aids ...) at the
  reduced 13 % (white canes and Braille typewriters at 6 %); the standard rate is 24 %. Law 4916/2022
  (Government Gazette A 65/2022), article 51, puts fertilisers at 6 % from 2022-03-15 (article 92
  par. 4 e).
- Ireland: the Value-Added Tax Consolidation Act 2010 as enacted (in force from 2010-11-01; the
  legalize-dev/legalize-ie mirror, ie/IE-2010-act-31.md), Schedule 2: paragraph 11(3) zero-rates
  invalid carriages, orthopaedic appliances, surgical belts, deaf aids, artificial limbs and other
  artificial parts of the body (not artificial teeth, corrective spectacles or contact lenses),
  walking frames, crutches and their parts; paragraph 12 zero-rates fertiliser in units of at least
  10 kg, animal feeding stuff other than pet food and seeds for sowing to produce food; Schedule 3,
  paragraph 4, gives greyhound feed and live poultry the reduced 13.5 %. The Minister for Finance's
  written answers of 2015-04-15 (feed zero-rated "since the 1970s") and 2017-05-02 (the aids at
  the zero rate) give the class in those years.
- Sweden (not checked): the Government's bill, Prop. 2025/26:55, proposes 6 % for food from
  2026-04-01 to 2027-12-31 and 12 % again from 2028-01-01.
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
    ("GR", "2019-05-20", "agricultural", "13"),
    ("GR", "2022-03-14", "agricultural", "13"),
    ("GR", "2022-03-15", "agricultural", "6"),
    ("GR", "2024-12-31", "agricultural", "6"),
    ("GR", "2019-05-20", "medical_devices", "13"),
    ("GR", "2025-01-01", "medical_devices", "13"),
    ("IE", "2015-01-01", "medical_devices", "0"),
    ("IE", "2026-07-01", "medical_devices", "0"),
    ("IE", "2015-01-01", "agricultural", "0"),
    ("IE", "2026-07-01", "agricultural", "0"),
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
    ("GR", "2020-06-30", "agricultural", "4611/2019"),
    ("GR", "2020-06-30", "medical_devices", "4611/2019"),
    ("IE", "2015-06-30", "medical_devices", "paragraph 11(3)"),
    ("IE", "2015-06-30", "agricultural", "paragraph 12"),
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


# Periods split, added or annotated this round whose class or day no official text read confirms.
UNCHECKED: list[tuple[str, str, str]] = [
    ("GR", "2023-06-30", "agricultural"),
    ("GR", "2018-06-30", "medical_devices"),
    ("SE", "2026-06-30", "food"),
    ("SE", "2026-06-30", "basic_food"),
    ("CY", "2020-10-01", "hospitality"),
    ("CY", "2020-10-01", "accommodation"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_day_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_greek_feed_rate_is_named_as_secondary() -> None:
    """The 6 % for animal feed (reported from 2021-10-01) rests on press reports, not the Gazette."""
    assert "secondary" in reason("GR", "2021-06-30", "agricultural")
    text = reason("GR", "2023-06-30", "agricultural")
    assert "3808" in text
    assert "13 %" in text


def test_greek_agricultural_days_before_law_4334_stay_unmapped_as_a_lead() -> None:
    """The second EU part mapped 2015-07-20 .. 2019-05-19 (law 4334/2015); the days before stay a lead."""
    assert "2015-07-20" in (mapping_period("GR", "2019-05-20", "agricultural").note or "")


def test_greek_white_canes_take_six_percent_in_the_device_limit() -> None:
    assert "6 %" in reason("GR", "2020-06-30", "medical_devices")


def test_swedish_food_cut_cites_the_bill_read_in_the_government_database() -> None:
    period = mapping_period("SE", "2026-06-30", "food")
    assert "rkrattsbaser.gov.se" in period.source
    assert rate("SE", "2026-03-31", "food") == Decimal("12")
    assert rate("SE", "2026-04-01", "food") == Decimal("6")
    assert rate("SE", "2027-12-31", "food") == Decimal("6")
    assert rate("SE", "2028-01-01", "food") == Decimal("12")


def test_irish_aids_exclude_spectacles_and_the_zero_rate_dates_from_1981() -> None:
    text = reason("IE", "2015-06-30", "medical_devices")
    assert "corrective spectacles" in text
    assert "23 %" in text
    assert "1981" in (mapping_period("IE", "2015-06-30", "medical_devices").note or "")


def test_irish_farm_inputs_name_the_ten_kilogram_fertiliser_and_greyhound_feed() -> None:
    """Schedule 2, paragraph 12(2): fertiliser only in units of not less than 10 kg; greyhound feed
    takes 13.5 % under Schedule 3, paragraph 4(1); livestock the 4.8 % livestock rate."""
    text = reason("IE", "2015-06-30", "agricultural")
    assert "10 kg" in text
    assert "greyhound feed" in text
    assert "4.8 %" in text
    assert "14807/15" in mapping_period("IE", "2015-06-30", "agricultural").source
