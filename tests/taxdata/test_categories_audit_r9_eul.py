"""The category periods of GR and BG corrected or annotated in the ninth audit round's second EU
part (the leads of the round's EU helpers), each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- Greece: law 4334/2015 (FEK A' 80/16.07.2015, in the lighteternal/legalize-gr mirror), article 1
  par. 1 (a) sets the standard rate at 23 % and 13 % for the goods and services of Annex III
  (Parartima III of the VAT Code); (c) replaces Annex III. Its goods items 15 to 18, 21 and 22
  (lifting devices, wheelchairs, the listed EX 9018 items, orthopaedic appliances, prostheses and
  hearing aids without their parts, the listed aids for persons with special needs) take 13 %; of
  the farm inputs only item 4 (live plants, 0602) is listed, and the annex's exceptions clause
  sends all goods not listed to the standard rate. Law 4336/2015 (FEK A' 94/14.08.2015),
  subparagraph D.2 par. 2, only narrows some codes (EX 0602) and moves insulin infusion devices
  from item 18 to item 17. The standard rate is 24 % from 2016-06-01 (art. 21 par. 1 as amended
  by law 4389/2016, in the file's rates). From 2019-05-20 law 4611/2019 lists the farm inputs and
  the devices at 13 % (read by the round's first EU helper). The start day of law 4334/2015
  article 1 is not in the mirror's text (its article 2: in force on publication unless otherwise
  provided); the file's 2015-07-20 is confirmed only indirectly (law 4336/2015 D.2 par. 1 dates
  the reworded education exemption from 20 July 2015), so the new periods stay unchecked.
- Bulgaria: the lex.bg consolidation of the VAT Act (ZDDS; Ahelia-Consulting-EOOD/legalize-bg,
  updated to 2026-07-31; unofficial) annotates para. 1, point 61 of the additional provisions as
  amended by State Gazette (DV) No 104 of 2020 in force 2020-12-01 (food from supermarkets and
  shops is no restaurant service) and point 62 as repealed from 2020-12-01; para. 70 of that
  act's transitional and final provisions puts its para. 14 and para. 62, point 1 (c) in force
  from 2020-12-01, applied until 2022-06-30. Take-away food from a restaurant then takes the 9 %
  of art. 66(2)(3); before, food for taking home was goods at 20 % (the NRA's statement of
  2020-06-24, read in press copies by an earlier helper).
"""

import datetime as dt
from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

from invoicekit import default_table

# (code, day, category, rate) on both sides of each start and end corrected in this round; the
# rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("GR", "2015-07-20", "medical_devices", "13"),
    ("GR", "2016-05-31", "medical_devices", "13"),
    ("GR", "2016-06-01", "medical_devices", "13"),
    ("GR", "2019-05-19", "medical_devices", "13"),
    ("GR", "2019-05-20", "medical_devices", "13"),
    ("GR", "2015-07-20", "agricultural", "23"),
    ("GR", "2016-05-31", "agricultural", "23"),
    ("GR", "2016-06-01", "agricultural", "24"),
    ("GR", "2019-05-19", "agricultural", "24"),
    ("GR", "2019-05-20", "agricultural", "13"),
    ("BG", "2020-11-30", "prepared_food", "20"),
    ("BG", "2020-12-01", "prepared_food", "9"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# Periods added or annotated this round whose start no official text read confirms.
UNCHECKED: list[tuple[str, str, str]] = [
    ("GR", "2015-07-20", "medical_devices"),
    ("GR", "2019-05-19", "medical_devices"),
    ("GR", "2015-07-19", "medical_devices"),
    ("GR", "2015-07-20", "agricultural"),
    ("GR", "2019-05-19", "agricultural"),
    ("BG", "2020-12-01", "prepared_food"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_start_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_greek_periods_from_2015_07_20_cite_the_annex_of_law_4334() -> None:
    for category in ("medical_devices", "agricultural"):
        period = mapping_period("GR", "2017-06-30", category)
        assert period.start == dt.date(2015, 7, 20)
        assert "4334/2015" in period.source
        assert "FEK-A-80-2015" in period.source
    assert mapping_period("GR", "2015-07-19", "medical_devices").end == dt.date(2015, 7, 19)


def test_greek_live_plants_keep_13_percent_while_other_farm_inputs_take_the_standard_rate() -> None:
    text = reason("GR", "2017-06-30", "agricultural")
    assert "EX 0602" in text
    assert "13 %" in text
    assert "fertilisers" in text


def test_greek_farm_inputs_before_law_4334_stay_unmapped() -> None:
    """The Annex III in force before 2015-07-20 was not read: no mapping, the standard rate."""
    series = default_table().category_series("GR", "agricultural")
    assert series is not None
    assert series.at(dt.date(2015, 7, 19)) is None
    assert rate("GR", "2015-07-19", "agricultural") == Decimal("23")


def test_greek_devices_of_2015_name_the_annex_items_and_no_6_percent() -> None:
    limit = mapping_period("GR", "2017-06-30", "medical_devices").limit or ""
    assert "items 15 to 18, 21 and 22" in limit
    assert "6 %" not in limit


def test_bulgarian_take_away_start_day_cites_the_consolidation() -> None:
    source = mapping_period("BG", "2020-12-01", "prepared_food").source
    assert "§ 70" in source
    assert "т. 61" in source
    assert "unofficial" in source
