"""The fifth round of the category audit (2026-12-02) for the Americas, Asia-Pacific, Africa and the
Gulf: each mapping marked `checked` in that round is pinned on a day the official text read shows in
force, and each correction on both sides of its change.

Expected rates come from the texts, not from the data files:
- Colombia: the Estatuto Tributario in SUIN-Juriscol's consolidated text. Art. 478 exempts books and
  magazines of a scientific or cultural character and art. 481 keeps them exempt with the right to a
  refund (the `zero` class, 0 %); art. 426, in its current wording and the one before it, makes the
  sale of prepared food and drink in restaurants a service excluded from IVA (the `exempt` class),
  subject instead to the 8 % impuesto nacional al consumo (art. 512-1, 512-9).
- Saskatchewan: Information Notice IN 2017-03 (issued 2017-03-22): from 2017-04-01 restaurant meals
  and food other than basic groceries take PST (6 % from 2017-03-23) on the same basis as the GST
  (5 %); until 2017-03-31 prepared meals were exempt from PST.
- Quebec: Revenu Québec's page on zero-rated supplies: from 2026-07-15 some single-portion foods
  (ice cream under 500 g or ml, pastries under 230 g, puddings under 425 g ...) are zero-rated for the
  QST only; other food outside the basic groceries takes GST 5 % and QST 9.975 %.
- Philippines: BIR Revenue Memorandum Circular No. 75-2012 on NIRC s. 109(1)(R): printed books and
  periodicals are exempt, e-books and other electronic editions are not (12 %).
- Taiwan: 加值型及非加值型營業稅法 art. 8 para. 1 in the national law database's text of 2014-06-04
  and 2015-12-30 (art. 8 unchanged since 2011-04-01): unprocessed fresh farm, fishery and livestock
  products, rice and flour (subparas. 19-21), feed and farm inputs (19, 27) exempt; otherwise 5 %.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason

Z = Decimal(0)
GST = ("GST", Decimal(5), "S")

# (code, day, category, expected components): each on a day the text read shows in force.
CASES = [
    ("CO", "2015-01-01", "books", [("VAT", Z, "Z")]),
    ("CO", "2026-12-02", "books", [("VAT", Z, "Z")]),
    ("CO", "2015-01-01", "restaurant_food", [("VAT", Z, "E")]),
    ("CO", "2026-12-02", "restaurant_food", [("VAT", Z, "E")]),
    ("CA-SK", "2017-03-31", "restaurant_food", [GST, ("PST", Z, "E")]),
    ("CA-SK", "2017-04-01", "restaurant_food", [GST, ("PST", Decimal(6), "S")]),
    ("CA-SK", "2017-04-01", "food", [GST, ("PST", Decimal(6), "S")]),
    ("TW", "2015-01-01", "basic_food", [("VAT", Z, "E")]),
    ("TW", "2015-12-30", "basic_food", [("VAT", Z, "E")]),
    ("TW", "2015-01-01", "agricultural", [("VAT", Z, "E")]),
    ("TW", "2015-12-30", "agricultural", [("VAT", Z, "E")]),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(
    code: str, day: str, category: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert answer(code, day, category) == expected
    assert mapping_period(code, day, category).checked is not None


def test_saskatchewan_food_takes_pst_from_2017_04_01() -> None:
    """IN 2017-03: food outside the basic groceries exempt until 2017-03-31, taxable from 2017-04-01."""
    assert answer("CA-SK", "2017-03-31", "food") == [GST, ("PST", Z, "E")]
    assert answer("CA-SK", "2017-04-01", "food") == [GST, ("PST", Decimal(6), "S")]
    assert answer("CA-SK", "2017-04-01", "basic_food") == [("GST", Z, "Z"), ("PST", Z, "E")]


@pytest.mark.parametrize(
    ("code", "day", "category", "words"),
    [
        ("CO", "2026-12-02", "books", "scientific or cultural character"),
        ("CO", "2026-12-02", "restaurant_food", "franchise, concession, royalty"),
        ("CO", "2015-01-01", "restaurant_food", "8 % impuesto nacional al consumo"),
        ("CA-SK", "2017-04-01", "restaurant_food", "school cafeterias"),
        ("CA-SK", "2017-04-01", "food", "not a basic grocery"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(
    code: str, day: str, category: str, words: str
) -> None:
    assert words in reason(code, day, category)


def test_sources_name_the_text_read() -> None:
    assert "art. 478" in mapping_period("CO", "2026-12-02", "books").source
    assert "suin-juriscol" in mapping_period("CO", "2026-12-02", "restaurant_food").source
    assert "IN 2017-03" in mapping_period("CA-SK", "2017-04-01", "food").source


def test_quebec_food_says_the_qst_zero_rating_from_2026_07_15() -> None:
    """Both taxes on either side of the day; from it, the reason names the QST-only zero rating."""
    both = [GST, ("QST", Decimal("9.975"), "S")]
    assert answer("CA-QC", "2026-07-14", "food") == both
    assert answer("CA-QC", "2026-07-15", "food") == both
    assert "zero-rated for the QST only" not in reason("CA-QC", "2026-07-14", "food")
    text = reason("CA-QC", "2026-07-15", "food")
    assert "zero-rated for the QST only from 2026-07-15" in text
    assert "portions under 425 g" in text
    # The list was read only in part: the period stays unchecked.
    assert mapping_period("CA-QC", "2026-07-15", "food").checked is None


def test_philippine_publications_are_printed_copies_only() -> None:
    """RMC No. 75-2012: the exemption covers hard copies; e-books take the standard 12 %."""
    assert answer("PH", "2026-12-02", "books") == [("VAT", Z, "E")]
    assert answer("PH", "2026-12-02", "ebooks") == [("VAT", Decimal(12), "S")]
    assert "printed hard copy" in reason("PH", "2026-12-02", "books")
    assert "not devoted principally to paid advertisements" in reason("PH", "2026-12-02", "newspapers")
    # The circular shows the law of 2012, before the period: not checked.
    assert mapping_period("PH", "2015-01-01", "books").checked is None


def test_taiwan_processed_food_takes_the_standard_rate() -> None:
    """Art. 8(1)(19) exempts unprocessed products only: other food takes art. 10's 5 %."""
    assert answer("TW", "2015-12-30", "food") == [("VAT", Decimal(5), "S")]
    assert "unprocessed fresh" in reason("TW", "2015-12-30", "basic_food")
    assert "rice or flour" in reason("TW", "2015-12-30", "basic_food")
