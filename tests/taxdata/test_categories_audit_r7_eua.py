"""The category periods of HU, CY, LT, LV, RO, SI, SK, BG, CZ, HR, EE and PL checked or corrected in
the seventh audit round, each pinned on both sides of its start (and of its end where it ends).

Expected rates are read from the sources, not from the data files:
- Slovakia: zákon č. 385/2025 Z. z., Čl. I body 72-76 and Čl. VIII (slov-lex, read in the
  legalize-sk mirror): from 2026-01-01 the 19 % list of príloha č. 7 bod 1 keeps the foods it
  lists, but the cocoa, sweet bakery and sugared fruit products named there (dietetic foods
  excepted) take the standard rate, 23 % since 2025-01-01 (§ 27 ods. 1).
- Romania: TEDB (situation 2026-07-01), pharmaceutical products: 11 % for medicines for human use
  only (art. 291 alin. (2) lit. a)); the 9 % list of the Code in its 2022 wording covered human and
  veterinary medicines. Medical equipment: prostheses and orthopaedic products exempt with the
  right of deduction (art. 294 alin. (5) lit. c) and d)), a zero rate; 9 % under the 2022 wording
  of art. 291 alin. (2) lit. a) and b).
- Bulgaria: ЗДДС art. 66a, point 2, in the lex.bg consolidated text (a publisher's copy, secondary):
  9 % for newspapers and magazines in the wording in force from 2023-01-01; 20 % (чл. 66, ал. 1)
  for what is not listed.
- Czechia: zákon č. 235/2004 Sb., příloha č. 3 in the version of 2017-04-01 (legalize-cz mirror of
  e-Sbírka): foods including drinks other than alcoholic ones at the first reduced rate (15 %);
  zákon č. 349/2023 Sb., čl. LX body 30 and 32 (in force 2024-01-01): the new příloha č. 3 (12 %)
  keeps foods, drinking water and milk and plant-based milk drinks only.
- Romania, food: TEDB (2026-07-01) lists the exclusions of art. 291 alin. (2) lit. b) (CN 2202,
  sugared foods, food supplements) under the wording of Legea nr. 141/2025; the 9 % list before
  2023 excluded alcoholic drinks only (the dates 2023-01-01 and 2024-01-01 of the exclusions in
  between are from reports, secondary).
- Slovenia: TEDB (situation 2026-07-01): foodstuffs at 9.5 %, sugared drinks of CN 2202 at 22 %;
  the exclusion dates from 2025-01-01 by press reports (secondary), so the period before it has
  no such limit and no checked date.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# "code day category=rate" on both sides of each start and end pinned in this round; the rates are
# the sources' (see the module docstring), not the data's.
RATES_ON_DAYS = """
SK 2025-12-31 food=19
SK 2026-01-01 food=19
RO 2025-07-31 medicines=9
RO 2025-08-01 medicines=11
RO 2026-07-01 medicines=11
RO 2022-12-31 food=9
RO 2023-01-01 food=9
RO 2025-07-31 food=9
RO 2025-08-01 food=11
BG 2022-12-31 newspapers=20
BG 2023-01-01 newspapers=9
BG 2026-06-30 newspapers=9
BG 2026-07-01 newspapers=9
CZ 2023-12-31 food=15
CZ 2024-01-01 food=12
SI 2024-12-31 food=9.5
SI 2025-01-01 food=9.5
SI 2026-07-01 food=9.5
""".split("\n")


@pytest.mark.parametrize("line", [line for line in RATES_ON_DAYS if line])
def test_rate_on_each_pinned_day(line: str) -> None:
    code, day, pair = line.split()
    category, expected = pair.split("=")
    assert rate(code, day, category) == Decimal(expected)


def test_slovak_sugar_and_salt_exclusions_start_on_2026_01_01() -> None:
    """The limit naming the moved goods applies from 2026-01-01, not before; the moved goods take
    the standard rate, 23 % (§ 27 ods. 1 as amended by zákon č. 278/2024 Z. z.)."""
    after = reason("SK", "2026-01-01", "food")
    assert "standard rate (23 %)" in after
    assert "dietetic foods" in after
    assert "1905 90 45" in after
    assert "chapter 18" not in reason("SK", "2025-12-31", "food")


def test_slovak_food_period_of_2026_cites_the_amending_act() -> None:
    before = mapping_period("SK", "2025-12-31", "food")
    after = mapping_period("SK", "2026-01-01", "food")
    assert before.end is not None and before.end.isoformat() == "2025-12-31"
    assert "385/2025" in after.source and "Čl. I body 72 to 76" in after.source
    assert after.checked is not None


def test_romanian_veterinary_medicines_leave_the_reduced_list_on_2025_08_01() -> None:
    assert mapping_period("RO", "2025-07-31", "medicines").limit is None
    after = mapping_period("RO", "2025-08-01", "medicines")
    assert after.limit is not None
    assert "veterinary medicines" in after.limit and "21 %" in after.limit
    # the ninth round withdrew the checked date: Legea nr. 141/2025 was read in reports only
    assert after.checked is None and "medicines for human use" in after.source


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2023-06-10", [("VAT", Decimal("9"), "S")]),
        ("2023-06-11", [("VAT", Decimal("0"), "Z")]),
        ("2025-08-01", [("VAT", Decimal("0"), "Z")]),
        ("2026-07-01", [("VAT", Decimal("0"), "Z")]),
    ],
)
def test_romanian_prostheses_are_zero_rated_from_2023_06_11(
    day: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert answer("RO", day, "medical_devices") == expected


def test_romanian_zero_rated_prostheses_rest_on_secondary_dates() -> None:
    """TEDB gives the class today; the start rests on advisers' reports, so it stays unchecked."""
    before = mapping_period("RO", "2023-06-10", "medical_devices")
    after = mapping_period("RO", "2023-06-11", "medical_devices")
    assert before.checked is not None
    assert after.checked is None
    assert "art. 294 alin. (5) lit. c) and d)" in after.source


def test_bulgarian_newspapers_of_2023_rest_on_a_publishers_consolidation() -> None:
    period = mapping_period("BG", "2023-01-01", "newspapers")
    assert period.secondary and period.checked is None
    assert "01.01.2023" in period.source and "lex.bg" in period.source
    assert mapping_period("BG", "2026-07-01", "newspapers").checked is not None


def test_czech_soft_drinks_leave_the_reduced_rate_only_on_2024_01_01() -> None:
    """Before 2024 příloha č. 3 covered non-alcoholic drinks; from 2024-01-01 only selected drinks."""
    before = reason("CZ", "2023-12-31", "food")
    after = reason("CZ", "2024-01-01", "food")
    assert "foods and non-alcoholic drinks" in before
    assert "2202 99 11" not in before
    assert "2202 99 11" in after and "other drinks, alcoholic or not, take 21 %" in after
    assert "349/2023" in mapping_period("CZ", "2024-01-01", "food").source


def test_slovenian_sugared_drinks_exclusion_starts_on_2025_01_01() -> None:
    before = mapping_period("SI", "2024-12-31", "food")
    after = mapping_period("SI", "2025-01-01", "food")
    assert "sugared drinks included" in reason("SI", "2024-12-31", "food")
    assert "CN 2202 with added sugar" in reason("SI", "2025-01-01", "food")
    # the ninth round withdrew the later period's checked date: the 2025 amendment is known from
    # press reports only, and TEDB's day (2026-07-01) confirms that day only
    assert before.checked is None and after.checked is None


def test_romanian_food_exclusions_start_in_2023_not_2015() -> None:
    """Art. 291 alin. (2) lit. e) as worded in 2022: food including drinks, alcoholic ones and the
    high-quality foods of alin. (3) lit. k) (5 %, from 2019-06-01) excepted."""
    assert "CN 2202" not in reason("RO", "2022-12-31", "food")
    assert "mountain, organic and traditional products" in reason("RO", "2022-12-31", "food")
    middle = mapping_period("RO", "2023-01-01", "food")
    assert middle.secondary and middle.checked is None
    assert "2202 10 00" in reason("RO", "2023-01-01", "food")
    after = mapping_period("RO", "2025-08-01", "food")
    # the ninth round withdrew the checked date: Legea nr. 141/2025 was read in reports only
    assert after.checked is None and "food supplements take 21 %" in reason("RO", "2025-08-01", "food")
