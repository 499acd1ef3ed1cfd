"""The ninth round's leads for medicines and take-away food: Indonesia's take-away food (a mapping
added) and the five member states whose medicines mapping rests on TEDB's rows of 2026 only.

Expected rates are read from the sources, not from the data files:
- Indonesia: the Ministry of Finance's DJPK answer on bakeries (djpk.kemenkeu.go.id) quotes UU No. 28
  of 2009, art. 37(1)-(2): the restaurant tax covers sales of food and drink "baik yang dikonsumsi di
  tempat pelayanan maupun di tempat lain", and UU No. 42 of 2009, art. 4A(2)(c): food and drink
  served in hotels, restaurants, rumah makan and warung, "baik dikonsumsi di tempat maupun tidak",
  and food delivered by caterers, are not subject to VAT; PMK No. 18/PMK.010/2015, art. 2, keeps
  sales through shops and kiosks out of catering, so that bakeries and kiosks are VAT objects. The
  press (wartabanjar.com, DDTC) quotes art. 4A(2)(c) as amended by UU No. 7 of 2021 with the same
  words. So take-away food of a restaurant is outside VAT (0 %, category code E) on every day from
  2015-01-01, and ready-to-eat food sold by a shop takes the standard rate of the `food` line: 10 %
  (UU No. 42 of 2009, art. 7(1)) and 11 % from 2022-04-01 (UU No. 7 of 2021, art. 7(1)(a)).
- Medicines (BE, CY, LU, MT, SI): TEDB's situation of 2026 (read in the CC BY copy
  humora2504/eu-vat-by-commodity-code) gives Belgian medicinal products 6 % (AR n° 20, tableau A,
  rubrique XVII), Cypriot pharmaceutical products of CN 30 5 % (situation 2026-01-01), Luxembourg's
  proprietary and ready-made medicinal products 3 % (annexe B), Malta's pharmaceutical products of
  CN 3001-3004 0 % (exempt with credit) and Slovenia's pharmaceutical products of CN 3002-3005
  9.5 % (Priloga I), none with a prescription condition. Those rates are pinned on TEDB's day only:
  no text in force on 2015-01-01 was found, and the mappings' notes now say so (a press report of
  2009 has Malta's zero rate for "prescribed pharmaceuticals and medicines").
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate): the rates the sources give on these days.
PINNED: list[tuple[str, str, str, str]] = [
    ("ID", "2015-01-01", "prepared_food", "0"),
    ("ID", "2022-03-31", "prepared_food", "0"),
    ("ID", "2022-04-01", "prepared_food", "0"),
    ("ID", "2015-01-01", "food", "10"),
    ("ID", "2022-03-31", "food", "10"),
    ("ID", "2022-04-01", "food", "11"),
    ("BE", "2026-07-01", "medicines", "6"),
    ("BE", "2026-07-01", "medicines_otc", "6"),
    ("CY", "2026-01-01", "medicines", "5"),
    ("CY", "2026-01-01", "medicines_otc", "5"),
    ("LU", "2026-07-01", "medicines", "3"),
    ("LU", "2026-07-01", "medicines_otc", "3"),
    ("MT", "2026-07-01", "medicines", "0"),
    ("MT", "2026-07-01", "medicines_otc", "0"),
    ("SI", "2026-07-01", "medicines", "9.5"),
    ("SI", "2026-07-01", "medicines_otc", "9.5"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


@pytest.mark.parametrize("day", ["2015-01-01", "2022-04-01"])
def test_indonesian_take_away_food_is_outside_vat(day: str) -> None:
    assert answer("ID", day, "prepared_food") == [("VAT", Decimal("0"), "E")]


def test_indonesian_take_away_food_has_its_own_mapping() -> None:
    period = mapping_period("ID", "2020-01-01", "prepared_food")
    assert period.start.isoformat() == "2015-01-01"
    assert period.checked is None
    assert "djpk.kemenkeu.go.id" in period.source
    assert "baik dikonsumsi di tempat maupun tidak" in period.source
    assert "18/PMK.010/2015" in period.source


def test_indonesian_shop_food_is_sent_to_food() -> None:
    text = reason("ID", "2020-01-01", "prepared_food")
    assert "shop, kiosk, bakery" in text
    assert "send those lines as food" in text
    assert "PB1/PBJT" in text


MEDICINES_ON_TEDB_ONLY = ["BE", "CY", "LU", "MT", "SI"]


@pytest.mark.parametrize("code", MEDICINES_ON_TEDB_ONLY)
def test_medicines_note_says_the_2015_rule_was_not_read(code: str) -> None:
    period = mapping_period(code, "2015-01-01", "medicines")
    assert period.start.isoformat() == "2015-01-01"
    assert "TEDB" in period.source
    assert period.note is not None
    assert "no text in force on 2015-01-01 was read" in period.note


def test_maltese_medicines_note_names_the_prescription_report() -> None:
    note = mapping_period("MT", "2015-01-01", "medicines").note
    assert note is not None
    assert "prescribed pharmaceuticals and medicines" in note


@pytest.mark.parametrize("code", MEDICINES_ON_TEDB_ONLY)
def test_medicines_resting_on_a_2026_text_only_are_not_checked(code: str) -> None:
    """The audit's rule: a text in force on a later day confirms that day, not the period's first
    day; the lead withdrew the checked date these periods carried from the sixth round."""
    assert mapping_period(code, "2015-01-01", "medicines").checked is None
