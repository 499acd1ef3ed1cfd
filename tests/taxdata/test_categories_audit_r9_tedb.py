"""The ninth round's review of the checked periods of taxdata/eu/ that start before 2026 and cite the
European Commission's TEDB (the lead's review item of 2026-12-06).

The audit's rule: a text in force on a later day confirms that day, not the period's first day; a
period keeps `checked` only where an official text in force on its first day, or the act making the
change on that day, was read. TEDB's rows are of 2025-01-01 (GR), 2026-01-01 (CY, PT) or 2026-07-01
(the others), so a period starting earlier that rests on them alone lost its date (the list is
`WITHDRAWN_R9_TEDB` in taxdata_audit.py; no rate changed).

Kept, each on the first-day text its source names:
- AT agricultural from 2016-01-01: § 10 Abs. 3 and Anlage 2 UStG 1994 in the wording of BGBl. I
  Nr. 118/2015, in force 2016-01-01 (§ 28 Abs. 42 Z 1), in the RIS text as mirrored;
- CZ agricultural from 2024-01-01: zákon č. 349/2023 Sb., the new příloha č. 3, in force that day;
- ES medical_devices from 2015-01-01: Ley 28/2014 as enacted, in force that day;
- GR restaurant_food and hospitality from 2019-05-20 (read again in this round) and medical_devices
  from that day: law 4611/2019, article 121, in the Government Gazette (FEK A 73/2019): the new
  Annex III of the VAT Code at the reduced rate of article 21 paragraph 1 (13 %), services item 2
  (hotel and holiday accommodation, camping) and item 6 (cafes, restaurants and the like, except
  entertainment centres and except the supply of drinks, alcoholic or not, juices and beverages),
  and paragraph 2: in force from 20.5.2019 (the Greek words are pinned in the tests below);
- HR medicines from 2019-01-01: the Porezna uprava's opinion of 2018-12-19 on the change that day;
- IE restaurant_food, hospitality and accommodation 2019-01-01 .. 2020-10-31 and 2020-11-01 ..
  2023-08-31: the Finance Acts 2018 (s. 43) and 2020 (s. 39) that made the changes; medical_devices
  and agricultural from 2015-01-01: the VAT Consolidation Act 2010 as enacted;
- IT medical_devices and agricultural from 2015-01-01: Tabella A items without an amendment marker
  in the Normattiva consolidation;
- LT restaurant_food and hospitality from 2024-01-01: Law No XIV-1551, 19 str. 3 d. 6 p., 9 % for
  catering 'iki 2023 m. gruodžio 31 d.' (read in the fifth round);
- LU ebooks from 2019-05-01: the règlement grand-ducal du 26 avril 2019, in force that day;
- SI newspapers from 2020-01-01: ZDDV-1L in the Uradni list, in force that day.
"""

from decimal import Decimal

import pytest
from taxdata_audit import WITHDRAWN_R9_TEDB, mapping_period, rate, reason

# (code, day, category, rate) on the first day of the periods read again in this round; the rates
# are the source's (law 4611/2019: the reduced rate of art. 21 par. 1, 13 %), not the data's. The day
# before (24 % for restaurants) is pinned in test_categories_audit_eua.py.
PINNED: list[tuple[str, str, str, str]] = [
    ("GR", "2019-05-20", "restaurant_food", "13"),
    ("GR", "2019-05-20", "hospitality", "13"),
    ("GR", "2019-05-20", "accommodation", "13"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# (code, first day, category, words the source or note must name) for the periods kept checked: the
# text in force on the first day, or the act that made the change that day.
KEPT: list[tuple[str, str, str, str]] = [
    ("AT", "2016-01-01", "agricultural", "BGBl. I Nr. 118/2015"),
    ("CZ", "2024-01-01", "agricultural", "349/2023"),
    ("ES", "2015-01-01", "medical_devices", "Ley 28/2014"),
    ("GR", "2019-05-20", "restaurant_food", "ισχύουν από 20.5.2019"),
    ("GR", "2019-05-20", "hospitality", "ισχύουν από 20.5.2019"),
    ("GR", "2019-05-20", "medical_devices", "ισχύουν από 20.5.2019"),
    ("HR", "2019-01-01", "medicines", "2018-12-19"),
    ("IE", "2019-01-01", "restaurant_food", "Finance Act 2018"),
    ("IE", "2019-01-01", "hospitality", "Finance Act 2018"),
    ("IE", "2019-01-01", "accommodation", "Finance Act 2018"),
    ("IE", "2020-11-01", "restaurant_food", "Finance Act 2020"),
    ("IE", "2020-11-01", "hospitality", "Finance Act 2020"),
    ("IE", "2020-11-01", "accommodation", "Finance Act 2020"),
    ("IE", "2015-01-01", "medical_devices", "as enacted"),
    ("IE", "2015-01-01", "agricultural", "as enacted"),
    ("IT", "2015-01-01", "medical_devices", "Normattiva"),
    ("IT", "2015-01-01", "agricultural", "Normattiva"),
    ("LT", "2024-01-01", "restaurant_food", "XIV-1551"),
    ("LT", "2024-01-01", "hospitality", "XIV-1551"),
    ("LU", "2019-05-01", "ebooks", "26 avril 2019"),
    ("SI", "2020-01-01", "newspapers", "ZDDV-1L"),
]


@pytest.mark.parametrize(("code", "day", "category", "words"), KEPT)
def test_period_read_on_its_first_day_keeps_its_checked_date(
    code: str, day: str, category: str, words: str
) -> None:
    period = mapping_period(code, day, category)
    assert period.start.isoformat() == day
    assert period.checked is not None
    assert words in period.source + (period.note or "")


@pytest.mark.parametrize(("code", "category", "day"), sorted(WITHDRAWN_R9_TEDB))
def test_period_resting_on_a_later_tedb_row_is_not_checked(code: str, category: str, day: str) -> None:
    """The note says the date was withdrawn and why; the source still cites TEDB."""
    period = mapping_period(code, day, category)
    assert period.start.isoformat() == day
    assert period.checked is None
    assert "withdrawn in the ninth" in (period.note or "")
    assert "TEDB" in period.source


def test_the_review_covers_seventy_periods_in_fifteen_files() -> None:
    assert len(WITHDRAWN_R9_TEDB) == 70
    assert len({code for code, _, _ in WITHDRAWN_R9_TEDB}) == 15


def test_greek_restaurants_exclude_night_clubs_and_drinks_from_2019_05_20() -> None:
    """Annex III, services item 6: entertainment centres and the supply of drinks are excluded."""
    assert "night club" in reason("GR", "2019-05-20", "restaurant_food")
    assert "take 24 %" in reason("GR", "2019-05-20", "hospitality")
    assert "κέντρων διασκέδασης" in mapping_period("GR", "2019-05-20", "restaurant_food").source


def test_withdrawn_and_kept_periods_do_not_overlap() -> None:
    kept = {(code, category, day) for code, day, category, _ in KEPT}
    assert not kept & WITHDRAWN_R9_TEDB
