"""The category mappings of central and south-eastern EU member states checked in the fifth audit
round, each pinned on the day its official source describes, and the changes made, on both sides.

Expected rates are read from the sources, not from the data files:
- Czechia: zákon č. 235/2004 Sb. in the version the legalize-cz mirror dates 2017-04-01 (e-Sbírka):
  příloha č. 2 lists accommodation (CZ-CPA 55) and regular mass passenger transport (49, 50, 51)
  at the first reduced rate, 15 %; příloha č. 3a lists medicines (CN 3002-3004) at the second
  reduced rate, 10 %;
- Czechia, the amending acts (e-Sbírka, in the same mirror): zákon č. 6/2019 Sb. moves scheduled land
  and water passenger transport to příloha č. 2a (10 %) from 2019-02-01, e-Sbírka's date for it;
  zákon č. 256/2019 Sb., čl. III, moves catering services (not alcohol other than draught beer) to
  10 % and gives electronic books the second reduced rate from 2020-05-01; zákon č. 299/2020 Sb.,
  čl. VIII, moves accommodation to 10 % from 2020-07-01;
- Slovenia: TEDB, situation 2026-07-01, read in full: meals served, accommodation, passenger
  transport, medicines, aids for the disabled and agricultural inputs at 9.5 %; books, newspapers
  and periodicals, printed or electronic, at 5 %; the standard rate is 22 %;
- Croatia: TEDB, situation 2026-07-01, read in full: food served and accommodation at 13 %; daily
  newspapers of a publisher with media status, authorised medicines and aids for the disabled at
  5 %; the standard rate is 25 %;
- Hungary: TEDB, situation 2026-07-01, the row of CPA 56.10: meals and food in restaurants and
  non-alcoholic drinks prepared on site at 5 %;
- Poland: the act of 13 January 2022 (Dz.U. 2022 poz. 196), art. 146da ust. 1: 0 % for the
  foodstuffs of poz. 1-18 of załącznik nr 10 (otherwise 5 %) and for fertilisers, plant-protection
  products and growing media (otherwise 8 %), in force 2022-02-01; the consolidated text of
  Dz.U. 2024 poz. 361 gives art. 146da the end 2022-12-31.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason, withdrawn_r9_tedb

SLOVENIA_2026 = [
    ("restaurant_food", "9.5"),
    ("hospitality", "9.5"),
    ("accommodation", "9.5"),
    ("passenger_transport", "9.5"),
    # medicines: checked withdrawn in the ninth round (a 2026 text only; test_categories_audit_r9_leads.py)
    ("medical_devices", "9.5"),
    ("agricultural", "9.5"),
]
CROATIA_2026 = [
    ("restaurant_food", "13"),
    ("hospitality", "13"),
    ("accommodation", "13"),
    ("newspapers", "5"),
    ("medicines", "5"),
    ("medical_devices", "5"),
]
CZECHIA_2017 = [("accommodation", "15"), ("passenger_transport", "15"), ("medicines", "10")]
# The Polish shield of art. 146da: its first and last day, and the act's first end (2022-07-31).
POLAND_SHIELD = [
    (day, c)
    for day in ("2022-02-01", "2022-07-31", "2022-12-31")
    for c in ("food", "basic_food", "agricultural")
]
CASES = (
    [("CZ", "2017-04-01", c, r) for c, r in CZECHIA_2017]
    + [("SI", "2026-07-01", c, r) for c, r in SLOVENIA_2026]
    + [("HR", "2026-07-01", c, r) for c, r in CROATIA_2026]
    + [("PL", day, c, "0") for day, c in POLAND_SHIELD]
    + [("HU", "2026-07-01", "hospitality", "5"), ("HU", "2026-07-01", "restaurant_food", "5")]
)


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(code: str, day: str, category: str, expected: str) -> None:
    """The rate on the source's day, and the period in force that day carries a checked date, unless
    the ninth round withdrew it (the source's day is later than the period's first day and no text
    in force on that first day was read: test_categories_audit_r9_tedb.py)."""
    assert rate(code, day, category) == Decimal(expected)
    withdrawn = withdrawn_r9_tedb(code, day, category)
    assert (mapping_period(code, day, category).checked is None) is withdrawn


@pytest.mark.parametrize(("category", "before"), [("food", "5"), ("basic_food", "5"), ("agricultural", "8")])
def test_polish_shield_starts_on_the_day_the_act_entered_into_force(category: str, before: str) -> None:
    """Art. 3 of the act: in force 2022-02-01; the day before, the rates of the annexes (5 %, 8 %)."""
    assert rate("PL", "2022-01-31", category) == Decimal(before)
    assert rate("PL", "2022-02-01", category) == Decimal("0")


@pytest.mark.parametrize(("category", "after"), [("food", None), ("basic_food", None), ("agricultural", "8")])
def test_polish_shield_after_art_146da_ends(category: str, after: str | None) -> None:
    """Art. 146da ends on 2022-12-31. Agricultural inputs return to 8 % (załącznik nr 3) on
    2023-01-01; food keeps 0 % to 2024-03-31 under the minister's regulations (art. 146ee and
    146ej), read in the sixth round (Dz.U. 2022 poz. 2495 for 2023; the 2024 quarter is pinned in
    test_categories_audit_eu6.py)."""
    assert mapping_period("PL", "2022-12-31", category).checked is not None
    if after is not None:
        assert rate("PL", "2023-01-01", category) == Decimal(after)
        return
    later = mapping_period("PL", "2023-01-01", category)
    assert rate("PL", "2023-01-01", category) == Decimal("0")
    assert later.checked is not None
    assert "2022 poz. 2495" in later.source
    assert "146ee" in later.source


@pytest.mark.parametrize(
    ("code", "day", "category", "words"),
    [
        ("CZ", "2017-04-01", "passenger_transport", "taxis, takes 21 %"),
        ("CZ", "2017-04-01", "medicines", "CN 3002-3004"),
        ("CZ", "2019-02-01", "passenger_transport", "air transport (CZ-CPA 51) stayed"),
        ("CZ", "2020-05-01", "restaurant_food", "other than draught beer"),
        ("SI", "2026-07-01", "restaurant_food", "alcoholic or not, take 22 %"),
        ("SI", "2026-07-01", "hospitality", "alcoholic or not, take 22 %"),
        ("SI", "2026-07-01", "newspapers", "advertising"),
        ("SI", "2026-07-01", "medical_devices", "listed for the disabled"),
        ("SI", "2026-07-01", "agricultural", "no plant-protection products"),
        ("HR", "2026-07-01", "restaurant_food", "take 25 %"),
        ("HR", "2026-07-01", "newspapers", "take 13 %"),
        ("HR", "2026-07-01", "medicines", "competent authority"),
        ("HR", "2026-07-01", "medical_devices", "orthopaedic and other aids"),
        ("HU", "2026-07-01", "hospitality", "not prepared on site take 27 %"),
        ("HU", "2026-07-01", "restaurant_food", "not prepared on site take 27 %"),
        ("PL", "2022-02-01", "food", "poz. 1-18"),
        ("PL", "2022-02-01", "agricultural", "such as feed, kept 8 %"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(
    code: str, day: str, category: str, words: str
) -> None:
    assert words in reason(code, day, category)


def test_bulgarian_ebooks_take_9_percent_with_printed_books_from_2020_07_01() -> None:
    """The VAT Act (ZDDS), art. 66(2) point 2 as reported from State Gazette No. 55/2020: books on a
    physical medium or supplied electronically at 9 % from 2020-07-01; the day before, the standard
    20 %. The period rests on reports of the law (secondary) until the gazette text is read; TEDB's
    day stays checked."""
    assert rate("BG", "2020-06-30", "ebooks") == Decimal("20")
    assert rate("BG", "2020-07-01", "ebooks") == Decimal("9")
    assert rate("BG", "2026-06-30", "ebooks") == Decimal("9")
    reported = mapping_period("BG", "2020-07-01", "ebooks")
    assert reported.secondary and reported.checked is None
    assert mapping_period("BG", "2026-07-01", "ebooks").checked is not None


@pytest.mark.parametrize(
    ("category", "last_day", "before", "first_day", "after"),
    [
        ("passenger_transport", "2019-01-31", "15", "2019-02-01", "10"),
        ("restaurant_food", "2020-04-30", "15", "2020-05-01", "10"),
        ("hospitality", "2020-04-30", "15", "2020-05-01", "10"),
        ("ebooks", "2020-04-30", "21", "2020-05-01", "10"),
        ("accommodation", "2020-06-30", "15", "2020-07-01", "10"),
    ],
)
def test_czech_moves_to_the_second_reduced_rate_on_the_acts_days(
    category: str, last_day: str, before: str, first_day: str, after: str
) -> None:
    """Each amending act's day: the rate the day before and on it. Both sides are checked, except
    the standard-rate side of e-books, which has no mapping of its own (the standard rate)."""
    assert rate("CZ", last_day, category) == Decimal(before)
    assert rate("CZ", first_day, category) == Decimal(after)
    assert mapping_period("CZ", first_day, category).checked is not None
    if category != "ebooks":
        assert mapping_period("CZ", last_day, category).checked is not None
