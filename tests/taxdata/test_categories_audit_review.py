"""The independent review of the fifth audit round (issue #14): what it changed, pinned on both
sides.

Expected values come from the official texts the review read, not from the data files:
- Canaries: the texto refundido of the IGIC (Decreto Legislativo 1/2025) is in force from
  2025-10-21; it gives tipo cero to the staples, books, newspapers, medicines and the Anexo 1.º
  devices, 3 % to land passenger transport and agricultural inputs, and no reduced rate to
  restaurants or hotels (general 7 %). A text in force from 2025-10-21 cannot confirm the days
  before it, and the Ley 4/2012 wording was not read: the periods are split on that day, the later
  part checked, the earlier one not, the class the same on both sides.
- Lithuania: Law No XIV-1551 (2022-11-22, e-tar.lt) gives catering 9 % "iki 2023 m. gruodžio 31 d."
  and electronic books 9 %, but neither the start of the catering rate (2021-07-01, Law No XIV-429)
  nor the law's own commencement was read: those periods keep their rates and lose `checked`.
- Liechtenstein: Art. 25 Abs. 2 Bst. abis (electronic publications) is absent from the consolidated
  text of 2017-05-01 and present in that of 2026-01-01; the day it took effect was not read.
- Luxembourg: the règlement grand-ducal du 26 avril 2019 (Mémorial A n° 278, legilux.public.lu)
  puts publications supplied electronically at the super-reduced rate (3 %); the data starts that
  rate on 2019-01-01, which a regulation of April 2019 does not confirm: not checked.
- Slovenia: TEDB (2026-07-01) gives newspapers 5 %; the amendment moving them from 9.5 % on
  2020-01-01 was not read: not checked.
- Austria: the Bundesministerium für Finanzen's FAQ on § 28 Abs. 52 UStG 1994 (bmf.gv.at): the 5 %
  ran from 2020-07-01 to 2021-12-31, for newspapers and periodicals only to 2020-12-31 (the round's
  correction, confirmed here on the day after each end).
"""

import datetime as dt
from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate

CANARY_SPLIT = [
    ("basic_food", "0"),
    ("books", "0"),
    ("newspapers", "0"),
    ("medicines", "0"),
    ("medical_devices", "0"),
    ("passenger_transport", "3"),
    ("agricultural", "3"),
    ("restaurant_food", "7"),
    ("hospitality", "7"),
    ("accommodation", "7"),
]


@pytest.mark.parametrize(("category", "expected"), CANARY_SPLIT)
def test_canary_periods_split_where_the_texto_refundido_takes_effect(category: str, expected: str) -> None:
    before = mapping_period("ES-CN", "2025-10-20", category)
    after = mapping_period("ES-CN", "2025-10-21", category)
    assert rate("ES-CN", "2025-10-20", category) == Decimal(expected)
    assert rate("ES-CN", "2025-10-21", category) == Decimal(expected)
    assert before.end == dt.date(2025, 10, 20)
    assert after.start == dt.date(2025, 10, 21)
    # the seventh round checked most earlier parts on 2015-01-01 (Ley 4/2012); the split stays
    assert after.checked is not None
    assert "Decreto Legislativo 1/2025" in after.source
    assert "Decreto Legislativo 1/2025" not in before.source


@pytest.mark.parametrize("category", [c for c, _ in CANARY_SPLIT])
def test_canary_earlier_part_starts_with_the_data(category: str) -> None:
    assert mapping_period("ES-CN", "2015-01-01", category).start == dt.date(2015, 1, 1)
    # checked in the seventh round against the Ley 4/2012 wording of 2015-01-01
    assert mapping_period("ES-CN", "2015-01-01", category).checked is not None
    assert "BOE-A-2014-11996" in mapping_period("ES-CN", "2015-01-01", category).source


@pytest.mark.parametrize(
    ("day", "category", "expected"),
    [
        ("2021-06-30", "restaurant_food", "21"),
        ("2021-07-01", "restaurant_food", "9"),
        ("2023-12-31", "restaurant_food", "9"),
        ("2024-01-01", "restaurant_food", "21"),
        ("2021-07-01", "hospitality", "9"),
        ("2023-12-31", "hospitality", "9"),
        ("2022-12-31", "ebooks", "21"),
        ("2023-01-01", "ebooks", "9"),
    ],
)
def test_lithuanian_rates_kept_where_the_start_was_not_read(day: str, category: str, expected: str) -> None:
    assert rate("LT", day, category) == Decimal(expected)


# E-books left this list in the eighth round: Law No XIV-1551's commencement article (2023-01-01)
# was read then (tests/taxdata/test_categories_audit_r8_a_ce.py).
@pytest.mark.parametrize(
    ("day", "category"),
    [("2023-06-30", "restaurant_food"), ("2023-06-30", "hospitality")],
)
def test_lithuanian_periods_with_an_unread_start_are_not_checked(day: str, category: str) -> None:
    period = mapping_period("LT", day, category)
    assert period.checked is None
    assert "audit review" in (period.note or "")


def test_lithuanian_books_stay_checked() -> None:
    """Printed books were at 9 % before and after XIV-1551: no class change hangs on its start."""
    assert rate("LT", "2023-06-30", "books") == Decimal("9")
    assert mapping_period("LT", "2023-06-30", "books").checked is not None


def test_liechtenstein_ebooks_not_checked_without_the_start_day() -> None:
    assert rate("LI", "2017-05-01", "ebooks") == Decimal("8")
    assert rate("LI", "2026-01-01", "ebooks") == Decimal("2.6")
    assert mapping_period("LI", "2026-01-01", "ebooks").checked is None


@pytest.mark.parametrize(
    ("day", "category", "expected"),
    [
        ("2021-01-01", "newspapers", "10"),
        ("2021-01-01", "books", "5"),
        ("2021-01-01", "ebooks", "5"),
        ("2021-01-01", "restaurant_food", "5"),
        ("2022-01-01", "books", "10"),
        ("2022-01-01", "accommodation", "10"),
    ],
)
def test_austrian_covid_rate_ends_as_the_bmf_faq_says(day: str, category: str, expected: str) -> None:
    assert rate("AT", day, category) == Decimal(expected)


@pytest.mark.parametrize(
    ("code", "day", "category", "expected"),
    [
        ("SI", "2026-07-01", "newspapers", "5"),
        ("SI", "2019-12-31", "newspapers", "9.5"),
    ],
)
def test_rates_kept_where_the_start_of_the_class_is_doubtful(
    code: str, day: str, category: str, expected: str
) -> None:
    """The rates the review kept. The start it found unconfirmed was read in the eighth round
    (ZDDV-1L in the Uradni list), so the period is checked again and its note says so."""
    assert rate(code, day, category) == Decimal(expected)
    if day == "2026-07-01":
        period = mapping_period(code, day, category)
        assert period.checked is not None
        assert "ZDDV-1L" in period.source
        assert "review of 2026-12-02" in (period.note or "")


def test_luxembourg_ebooks_note_names_the_regulation_of_april_2019() -> None:
    note = mapping_period("LU", "2026-07-01", "ebooks").note or ""
    assert "26 avril 2019" in note
