"""The sixth round of the category audit (2026-12-02) outside the EU, from the tax authorities' own
pages: each mapping marked `checked` in that round is pinned on a day the page read shows in force,
and each correction on both sides of its change.

Expected rates come from the pages, not from the data files:
- Quebec: Revenu Québec's page "GST/HST Break": the federal zero rating of 2024-12-14 .. 2025-02-15
  does not apply to the QST (9.975 % on the price before GST); its pages "Groceries" (snack foods,
  confections and soft drinks taxable), "Restaurants and Hotels" (restaurants collect GST and QST)
  and "Printed Books" (newspapers and periodicals are not printed books: taxable).
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason

Z = Decimal(0)
QST = ("QST", Decimal("9.975"), "S")
GST_ZERO = ("GST", Z, "Z")
GST = ("GST", Decimal(5), "S")


@pytest.mark.parametrize("category", ["food", "restaurant_food", "newspapers"])
def test_quebec_holiday_zero_rated_the_gst_only(category: str) -> None:
    """GST 0 % from 2024-12-14 to 2025-02-15, QST 9.975 % throughout; GST 5 % again on 2025-02-16."""
    assert answer("CA-QC", "2024-12-13", category) == [GST, QST]
    assert answer("CA-QC", "2024-12-14", category) == [GST_ZERO, QST]
    assert answer("CA-QC", "2025-02-15", category) == [GST_ZERO, QST]
    assert answer("CA-QC", "2025-02-16", category) == [GST, QST]
    period = mapping_period("CA-QC", "2024-12-14", category)
    assert period.checked is not None
    assert "revenuquebec.ca/en/gst-break" in period.source


@pytest.mark.parametrize(
    ("category", "words"),
    [
        ("food", "vending machine"),
        ("restaurant_food", "service rendered entirely"),
        ("newspapers", "all of the consideration is paid"),
    ],
)
def test_quebec_holiday_conditions_reach_the_reason(category: str, words: str) -> None:
    assert words in reason("CA-QC", "2025-01-10", category)


def test_oman_zero_rates_the_listed_foods_only() -> None:
    """Tax Authority Decision No. 2/2021 as extended (press and advisers' reports): listed foods 0 %,
    other food the standard 5 %; the source is secondary, so the mapping stays unchecked."""
    assert answer("OM", "2021-04-16", "basic_food") == [("VAT", Z, "Z")]
    assert answer("OM", "2021-04-16", "food") == [("VAT", Decimal(5), "S")]
    assert "customs tariff code" in reason("OM", "2021-04-16", "basic_food")
    period = mapping_period("OM", "2021-04-16", "basic_food")
    assert period.secondary
    assert period.checked is None
    assert "Decision No. 2/2021" in period.source


def test_uae_local_transport_exemption_names_its_exclusions() -> None:
    """Executive Regulation Art. 45: exempt, but not pleasure trips nor flights in international carriage."""
    assert answer("AE", "2018-01-01", "passenger_transport") == [("VAT", Z, "E")]
    text = reason("AE", "2026-12-02", "passenger_transport")
    assert "pleasure trip" in text
    assert "Warsaw Convention" in text


def test_turkish_scriptures_take_list_one_not_the_book_rate() -> None:
    """List (II) for books (8 %, to 2019-02-21: printed books are exempt from 2019-02-22, KDV
    Kanunu art. 13/1-(n)); the Qur'an and other scriptures in list (I), 1 %."""
    assert answer("TR", "2019-02-21", "books") == [("VAT", Decimal(8), "S")]
    assert answer("TR", "2019-02-21", "super_reduced") == [("VAT", Decimal(1), "S")]
    assert "Resmî Gazete 12.09.2012" in reason("TR", "2019-02-21", "books")


def test_quebec_holiday_childrens_clothing_keeps_the_qst_but_stays_unchecked() -> None:
    """The break left the QST in place; no page read says children's clothing is QST-taxable."""
    assert answer("CA-QC", "2024-12-14", "children_clothing") == [GST_ZERO, QST]
    assert answer("CA-QC", "2025-02-16", "children_clothing") == [GST, QST]
    assert "all of the consideration is paid" in reason("CA-QC", "2025-01-10", "children_clothing")
    assert mapping_period("CA-QC", "2024-12-14", "children_clothing").checked is None


def test_philippine_unprocessed_food_is_exempt_and_processed_food_is_not() -> None:
    """NIRC s. 109(1)(A) as quoted in BIR Ruling No. 333-16 (2016-06-29): food products in their
    original state are exempt; other food takes the standard 12 % (s. 106)."""
    assert answer("PH", "2015-01-01", "basic_food") == [("VAT", Z, "E")]
    assert answer("PH", "2016-06-29", "basic_food") == [("VAT", Z, "E")]
    assert answer("PH", "2016-06-29", "food") == [("VAT", Decimal(12), "S")]
    assert "polished or husked rice" in reason("PH", "2016-06-29", "basic_food")
    assert mapping_period("PH", "2016-06-29", "basic_food").checked is None


def test_philippine_non_food_products_are_taxable_since_ra_9337() -> None:
    """BIR RMC No. 53-2007: non-food agricultural, marine and forest products take VAT; inputs stay exempt."""
    assert answer("PH", "2015-01-01", "agricultural") == [("VAT", Z, "E")]
    text = reason("PH", "2015-01-01", "agricultural")
    assert "non-food agricultural, marine and forest products" in text
    assert "RMC No. 53-2007" in text
    assert "53-2007" in mapping_period("PH", "2015-01-01", "agricultural").source


def test_thai_fresh_food_is_exempt_and_packaged_food_is_not() -> None:
    """Revenue Code s. 81(1)(a), (b): fresh or only preserved produce and animal products are exempt;
    food canned or packaged on a manufacturing basis takes the standard 7 %."""
    assert answer("TH", "2015-01-01", "basic_food") == [("VAT", Z, "E")]
    assert answer("TH", "2025-01-01", "basic_food") == [("VAT", Z, "E")]
    assert answer("TH", "2025-01-01", "food") == [("VAT", Decimal(7), "S")]
    assert "canned or packaged on a manufacturing basis" in reason("TH", "2025-01-01", "basic_food")
    assert mapping_period("TH", "2025-01-01", "basic_food").checked is None
    assert "(c) (fertilizers)" in mapping_period("TH", "2025-01-01", "agricultural").source


def test_indonesian_basic_necessities_say_which_forms_are_exempt() -> None:
    """Basic necessities in fresh or simply processed form are outside VAT (reported); processed
    food takes the effective standard rate (11 % from 2022-04-01, 12 % on 11/12 from 2025)."""
    assert answer("ID", "2025-06-01", "basic_food") == [("VAT", Z, "E")]
    assert answer("ID", "2025-06-01", "food") == [("VAT", Decimal(11), "S")]
    assert "milk powder" in reason("ID", "2025-06-01", "basic_food")
    assert mapping_period("ID", "2025-06-01", "basic_food").checked is None


def test_vietnamese_agricultural_line_names_the_inputs_outside_vat() -> None:
    """Unprocessed products at the commercial stage 5 %; the inputs outside VAT from 2015 (reported)."""
    assert answer("VN", "2015-01-01", "agricultural") == [("VAT", Decimal(5), "S")]
    assert answer("VN", "2025-07-01", "agricultural") == [("VAT", Decimal(5), "S")]
    text = reason("VN", "2025-07-01", "agricultural")
    assert "Law No. 71/2014/QH13" in text
    assert "unprocessed forest products move to 10 %" in text


def test_peruvian_fresh_food_of_apendice_i_is_exempt_and_processed_food_is_not() -> None:
    """TUO de la Ley del IGV, Apéndice I: its goods (fresh produce, live animals ...) are exempt;
    other food takes IGV 16 % and IPM 2 % (art. 17, D.Leg. 776 art. 76)."""
    assert [(tax, cat) for tax, _, cat in answer("PE", "2015-01-01", "basic_food")] == [("VAT", "E")]
    assert [(tax, cat) for tax, _, cat in answer("PE", "2026-12-01", "basic_food")] == [("VAT", "E")]
    assert answer("PE", "2026-12-01", "food") == [("VAT", Decimal(18), "S")]
    assert "Apéndice I" in reason("PE", "2026-12-01", "basic_food")
    assert mapping_period("PE", "2026-12-01", "basic_food").checked is None
