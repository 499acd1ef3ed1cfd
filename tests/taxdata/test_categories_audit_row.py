"""The fourth round of the category audit (2026-12-02) for the files outside Europe: each mapping
marked `checked` in that round is pinned on a day the official text read shows in force, and each
correction on both sides of its change.

Expected rates come from the texts, not from the data files:
- Canada: the Tax Break for All Canadians Act, S.C. 2024, c. 32 (Excise Tax Act, Schedule VI,
  Part XI: zero-rating from 2024-12-14 to 2025-02-15 of children's clothing and footwear (s. 3),
  printed books (s. 4), qualifying newspapers (s. 8), food read without the exclusions of Part III
  s. 1(c) to (o.5) and (q) (s. 11) and restaurant services (s. 13)); outside the holiday GST 5 %,
  and the HST less the provincial point-of-sale rebate (5 %) in Ontario and Nova Scotia.
- South Korea: 부가가치세법 제26조 제1항 제1호 and 제8호 (exempt) in the versions in force on
  2003-08-30 (then 제12조) and 2026-01-02.
- China: 增值税暂行条例 art. 2 (2017-11-19 wording: 11 % for grains, farm products, edible oils,
  books, newspapers and transport; 6 % for other services) and the VAT Law of 2024-12-25, art. 10
  (13 %, 9 %, 6 %), in force 2026-01-01.
"""

import datetime as dt
from decimal import Decimal

import pytest

from invoicekit import default_table, rates


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def answer(code: str, day: str, category: str) -> list[tuple[str, Decimal, str]]:
    return [(c.tax, c.rate, c.category) for c in rates(code, on=d(day), category=category)]


def reason(code: str, day: str, category: str) -> str:
    return default_table().resolve(code, d(day), category).explanation


Z = Decimal(0)

# --- Canada: the GST/HST holiday (S.C. 2024, c. 32) ---------------------------------------------------


@pytest.mark.parametrize("category", ["food", "restaurant_food", "children_clothing", "books", "newspapers"])
def test_canada_holiday_zero_rates_gst_only_inside_the_period(category: str) -> None:
    assert answer("CA", "2024-12-14", category) == [("GST", Z, "Z")]
    assert answer("CA", "2025-02-15", category) == [("GST", Z, "Z")]
    for outside in ("2024-12-13", "2025-02-16"):
        assert answer("CA", outside, category) == [("GST", Decimal(5), "S")], outside


@pytest.mark.parametrize("category", ["children_clothing", "books", "newspapers"])
def test_canada_holiday_limit_says_paid_and_delivered_in_the_period(category: str) -> None:
    text = reason("CA", "2025-01-10", category)
    assert "[condition not checked by invoicekit:" in text
    assert "delivered or made available, between 2024-12-14 and 2025-02-15" in text
    assert "condition not checked" not in reason("CA", "2025-02-16", category)


def test_canada_holiday_food_excludes_vending_machines_and_spirits() -> None:
    # Part XI s. 11 reads Part III s. 1 without (c) to (o.5) and (q): (a) alcohol, (b) cannabis,
    # (p) vending machines and (r) unbottled water stay excluded (an earlier note said vending
    # machine food was zero-rated)
    text = reason("CA", "2025-01-10", "food")
    assert "vending machine" in text
    assert "eligible beverages" in text
    assert "stayed taxable" in text


@pytest.mark.parametrize(
    ("code", "category", "inside", "after"),
    [
        # HST provinces: the whole HST zero-rated; outside the holiday the point-of-sale rebates
        ("CA-ON", "books", [("HST", Z, "Z")], [("HST", Decimal(5), "S")]),
        ("CA-ON", "children_clothing", [("HST", Z, "Z")], [("HST", Decimal(5), "S")]),
        ("CA-ON", "newspapers", [("HST", Z, "Z")], [("HST", Decimal(5), "S")]),
        ("CA-NS", "books", [("HST", Z, "Z")], [("HST", Decimal(5), "S")]),
        ("CA-NS", "children_clothing", [("HST", Z, "Z")], [("HST", Decimal(5), "S")]),
        # provincial sales taxes unchanged by the holiday
        ("CA-BC", "books", [("GST", Z, "Z"), ("PST", Z, "E")], [("GST", Decimal(5), "S"), ("PST", Z, "E")]),
        ("CA-BC", "food", [("GST", Z, "Z"), ("PST", Z, "E")], [("GST", Decimal(5), "S"), ("PST", Z, "E")]),
        (
            "CA-BC",
            "restaurant_food",
            [("GST", Z, "Z"), ("PST", Z, "E")],
            [("GST", Decimal(5), "S"), ("PST", Z, "E")],
        ),
        (
            "CA-MB",
            "children_clothing",
            [("GST", Z, "Z"), ("RST", Z, "E")],
            [("GST", Decimal(5), "S"), ("RST", Z, "E")],
        ),
        ("CA-QC", "books", [("GST", Z, "Z"), ("QST", Z, "Z")], [("GST", Decimal(5), "S"), ("QST", Z, "Z")]),
    ],
)
def test_canada_holiday_in_the_provinces(
    code: str, category: str, inside: list[tuple[str, Decimal, str]], after: list[tuple[str, Decimal, str]]
) -> None:
    assert answer(code, "2024-12-14", category) == inside
    assert answer(code, "2025-02-15", category) == inside
    assert answer(code, "2025-02-16", category) == after


# --- South Korea: 부가가치세법 제26조 (제12조 before the full revision of 2013) ---------------------


@pytest.mark.parametrize("category", ["basic_food", "agricultural", "books", "newspapers"])
@pytest.mark.parametrize("day", ["2015-01-01", "2026-01-02", "2026-12-02"])
def test_korea_exemptions(category: str, day: str) -> None:
    assert answer("KR", day, category) == [("VAT", Z, "E")]
    assert answer("KR", day, "standard") == [("VAT", Decimal(10), "S")]


# --- China: 增值税暂行条例 art. 2 (2017-11-19) and 增值税法 art. 10 (from 2026-01-01) -------------


@pytest.mark.parametrize(
    ("category", "on_2017_11_19", "on_2026_12_02"),
    [
        ("basic_food", "11", "9"),
        ("agricultural", "11", "9"),
        ("books", "11", "9"),
        ("newspapers", "11", "9"),
        ("passenger_transport", "11", "9"),
        ("restaurant_food", "6", "6"),
        ("accommodation", "6", "6"),
        ("standard", "17", "13"),
    ],
)
def test_china_rates_on_the_days_of_the_texts(category: str, on_2017_11_19: str, on_2026_12_02: str) -> None:
    assert [r for _, r, _ in answer("CN", "2017-11-19", category)] == [Decimal(on_2017_11_19)]
    assert [r for _, r, _ in answer("CN", "2026-12-02", category)] == [Decimal(on_2026_12_02)]


# --- Argentina: Ley de IVA (t.o. 1997), art. 7 inc. a) (Infoleg texto actualizado) ------------------


@pytest.mark.parametrize("category", ["books", "newspapers"])
@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-02"])
def test_argentina_books_and_periodicals_exempt(category: str, day: str) -> None:
    assert answer("AR", day, category) == [("VAT", Z, "E")]


def test_argentina_ebooks_exempt_from_ley_27467() -> None:
    # art. 7 inc. a), first paragraph as substituted by Ley 27.467, art. 90: "cualquiera fuere el
    # soporte", for taxable events from 2019-01-01 (art. 94). Before it, the download of digital
    # books was already exempt under art. 7 inc. h) ap. 29 from 2018-02-01 (Ley 27.430, art. 91
    # and 97: seventh round, test_categories_audit_r7_row.py); before 2018-02-01, the general 21 %
    assert answer("AR", "2018-01-31", "ebooks") == [("VAT", Decimal(21), "S")]
    assert answer("AR", "2018-12-31", "ebooks") == [("VAT", Z, "E")]
    assert answer("AR", "2019-01-01", "ebooks") == [("VAT", Z, "E")]
    assert answer("AR", "2026-12-02", "ebooks") == [("VAT", Z, "E")]


# --- Thailand: s. 81(1)(f) exempts textbooks, not every book (a limit, not checked) ------------------


def test_thai_books_say_the_textbook_condition() -> None:
    assert answer("TH", "2026-12-02", "books") == [("VAT", Z, "E")]
    text = reason("TH", "2026-12-02", "books")
    assert "[condition not checked by invoicekit:" in text
    assert "textbook" in text
    assert "condition not checked" not in reason("TH", "2026-12-02", "newspapers")
