"""Categories the European files did not map, found in the seventh audit round's look at the
unmapped categories, and the day before each new mapping's first day where the file answers.

A category a file does not map takes the standard rate; where the law gives the supply a reduced
or zero rate, that fallback was a silently wrong rate. Expected rates are read from the sources,
not from the data files:
- Germany: UStG § 12 Abs. 2 Nr. 1 with Anlage 2 Nr. 51 (wheelchairs and other carriages for the
  disabled, CN 8713) and Nr. 52 (artificial joints, orthopaedic appliances, prostheses, hearing
  aids, pacemakers of CN 9021) at the reduced 7 % (5 % from 2020-07-01 to 2020-12-31, § 28 Abs. 2),
  in the legalize-dev/legalize-de mirror of gesetze-im-internet.de. Anlage 2 lists nothing of
  chapter 30: medicines take the 19 % of § 12 Abs. 1, the fallback.
- The European Commission's TEDB rows for CN 9021 (docs/data/by-code/9021.json of the CC BY copy
  humora2504/eu-vat-by-commodity-code): Belgium 6 % (Royal Decree No. 20, Table A, XXIII, 2),
  Greece 13 % (2025-01-01), Ireland 0 %, Italy 4 %, Luxembourg 3 %.
- Czechia: příloha č. 3 of zákon č. 235/2004 Sb. (version of 2017-04-01) and the new příloha č. 3
  of zákon č. 349/2023 Sb., čl. LX bod 32 (from 2024-01-01), in the legalize-dev/legalize-cz mirror.
- Takeaway food: Art. 25 Abs. 3 MWSTG of Liechtenstein (LGBl. 2009 Nr. 330, version of 2017-05-01,
  legalize-dev/legalize-li), with the Swiss Art. 25 Abs. 3 of the same wording; for Norway
  merverdiavgiftsloven § 5-2 første ledd in Skatteetaten's handbook of 2016-08-31.
- Cyprus's farm inputs (5 %): TEDB's CY country file, read in full.
- Ireland's animal feed (0 %) and farm tools (13.5 %): TEDB's IE country file, read in full.
- Austria's agricultural inputs: TEDB's AT country file (AGRICULTURAL_PRODUCTION, 13 %, Anlage 2).
- Hospitality (AT, IS, TR): derived from the files' own restaurant_food and accommodation mappings,
  whose days are pinned by the earlier rounds' tests against their sources.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate): the sources' rates on a day of each new mapping.
PINNED: list[tuple[str, str, str, str]] = [
    ("DE", "2014-01-01", "medical_devices", "7"),
    ("DE", "2020-07-01", "medical_devices", "5"),
    ("DE", "2020-12-31", "medical_devices", "5"),
    ("DE", "2021-01-01", "medical_devices", "7"),
    ("DE", "2026-07-01", "medical_devices", "7"),
    ("BE", "2026-07-01", "medical_devices", "6"),
    ("GR", "2025-01-01", "medical_devices", "13"),
    ("IT", "2026-07-01", "medical_devices", "4"),
    ("LU", "2026-07-01", "medical_devices", "3"),
    # CZ: příloha č. 3 at the first reduced rate (15 %) to 2023-12-31, then the new příloha č. 3
    # of zákon č. 349/2023 Sb. at the single reduced rate (12 %) from 2024-01-01.
    ("CZ", "2015-01-01", "medical_devices", "15"),
    ("CZ", "2023-12-31", "medical_devices", "15"),
    ("CZ", "2024-01-01", "medical_devices", "12"),
    ("CH", "2015-01-01", "prepared_food", "2.5"),
    ("CH", "2024-01-01", "prepared_food", "2.6"),
    ("CH", "2024-01-01", "restaurant_food", "8.1"),
    ("LI", "2017-05-01", "prepared_food", "2.5"),
    ("LI", "2017-05-01", "restaurant_food", "8"),
    ("LI", "2024-01-01", "prepared_food", "2.6"),
    ("NO", "2016-08-31", "prepared_food", "15"),
    ("NO", "2016-08-31", "restaurant_food", "25"),
    # hospitality follows the file's restaurant_food and accommodation (the same class each day;
    # AT 2016-05-01 .. 2018-10-31 gives the meals' 10 %, the limit naming the rooms' 13 %).
    ("AT", "2015-01-01", "hospitality", "10"),
    ("AT", "2016-05-01", "hospitality", "10"),
    ("AT", "2020-06-30", "hospitality", "10"),
    ("AT", "2020-07-01", "hospitality", "5"),
    ("AT", "2021-12-31", "hospitality", "5"),
    ("AT", "2022-01-01", "hospitality", "10"),
    ("IS", "2015-01-01", "hospitality", "11"),
    ("TR", "2020-07-30", "hospitality", "8"),
    ("TR", "2020-07-31", "hospitality", "1"),
    ("TR", "2022-01-01", "hospitality", "8"),
    ("TR", "2023-07-10", "hospitality", "10"),
    # AT: the 13 % of Anlage 2 for farm animals, plants, seeds, fodder and fertilisers (TEDB AT).
    ("AT", "2016-01-01", "agricultural", "13"),
    ("AT", "2026-07-01", "agricultural", "13"),
    ("IE", "2026-07-01", "agricultural", "0"),
    ("CY", "2026-01-01", "agricultural", "5"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_irish_aids_and_feed_are_zero_rated_not_exempt() -> None:
    """TEDB reports Ireland's aids and feed at 0 % (rate type EXEMPTED, with deduction): Z."""
    assert answer("IE", "2026-07-01", "medical_devices") == [("VAT", Decimal("0"), "Z")]
    assert answer("IE", "2026-07-01", "agricultural") == [("VAT", Decimal("0"), "Z")]
    assert "13.5 %" in reason("IE", "2026-07-01", "agricultural")


@pytest.mark.parametrize(
    ("code", "excluded"),
    [
        ("DE", "19 %"),
        ("BE", "21 %"),
        ("GR", "24 %"),
        ("IE", "contact lenses"),
        ("IT", "22 %"),
        ("LU", "17 %"),
    ],
)
def test_the_limit_sends_other_medical_devices_to_the_standard_rate(code: str, excluded: str) -> None:
    """Each reduced rate covers a list of aids, not every medical device: the reason says so."""
    text = reason(code, "2026-07-01", "medical_devices")
    assert "condition not checked by invoicekit" in text
    assert excluded in text


@pytest.mark.parametrize("code", ["DE", "BE", "GR", "LU"])
def test_new_mappings_cite_their_source_and_stay_unchecked(code: str) -> None:
    """The texts read give the class on a day of 2025 or 2026, not on the period's first day.
    (IT was checked in the eighth round against Tabella A, parte II, n. 30: see the r8 tests. GR was
    split on 2019-05-20 in the ninth round, whose later part is checked against law 4611/2019: the
    period of the data's first day, 2015, stays unchecked. IE was checked in the ninth round against
    Schedule 2, paragraph 11(3), of the Act as enacted: see the r9 tests.)"""
    day = "2018-06-30" if code == "GR" else "2026-07-01"
    period = mapping_period(code, day, "medical_devices")
    assert ("9021" in period.source) or ("Anlage 2 Nr. 52" in period.source)
    assert period.checked is None


def test_german_medicines_keep_the_standard_rate() -> None:
    """Anlage 2 has no item of chapter 30: medicines are not treated specially (19 %)."""
    assert rate("DE", "2026-07-01", "medicines") == Decimal("19")
    assert "not treated specially" in reason("DE", "2026-07-01", "medicines")


def test_czech_2024_list_is_checked_against_the_amending_act() -> None:
    """Zákon č. 349/2023 Sb. sets the new list from 2024-01-01: the period's first day."""
    period = mapping_period("CZ", "2024-01-01", "medical_devices")
    assert "čl. LX bod 32" in period.source
    assert period.checked is not None
    assert mapping_period("CZ", "2023-12-31", "medical_devices").checked is None
    assert "21 %" in reason("CZ", "2024-01-01", "medical_devices")


# Takeaway food: Art. 25 Abs. 3 MWSTG (LI, read in its 2017-05-01 version; CH the same wording)
# gives the reduced rate to food for taking away or delivery, and merverdiavgiftsloven § 5-2 (NO)
# the reduced rate to food not sold as part of a serving service. Served food keeps the standard
# rate, the fallback of restaurant_food (their days are in PINNED).
@pytest.mark.parametrize(("code", "phrase"), [("CH", "alcoholic"), ("LI", "alcoholic"), ("NO", "25 %")])
def test_takeaway_limit_keeps_served_food_at_the_standard_rate(code: str, phrase: str) -> None:
    text = reason(code, "2024-01-01", "prepared_food")
    assert "condition not checked by invoicekit" in text
    assert phrase in text
    assert mapping_period(code, "2024-01-01", "prepared_food").checked is None


@pytest.mark.parametrize("code", ["AT", "IS", "TR"])
def test_hospitality_matches_restaurants_and_rooms_where_they_agree(code: str) -> None:
    """A hotel-and-restaurant supply no longer falls back to the standard rate."""
    for day in ("2015-01-01", "2019-01-01", "2024-01-01"):
        assert rate(code, day, "hospitality") == rate(code, day, "accommodation")
        assert rate(code, day, "hospitality") == rate(code, day, "restaurant_food")


def test_austrian_hospitality_of_2016_to_2018_names_the_rooms_rate() -> None:
    assert "13 %" in reason("AT", "2017-01-01", "hospitality")


def test_austrian_agricultural_inputs_name_anlage_2() -> None:
    """The 13 % list of Anlage 2 from 2016-01-01. The ninth round read Anlage 2 and § 28 Abs. 42 in
    the RIS mirror and checked the period (and mapped 2015 at 10 %: test_categories_audit_r9_eu)."""
    assert "Anlage 2" in reason("AT", "2020-01-01", "agricultural")
    assert mapping_period("AT", "2016-01-01", "agricultural").checked is not None
