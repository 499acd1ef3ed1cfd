"""Categories the CIS, Asian and EU files did not map, followed up in the seventh audit round's
second look at the unmapped categories (the leads of the "eu" and "world" parts).

A category a file does not map takes the standard rate; where the law reduces, zero-rates or
exempts the supply, that fallback is silently wrong. Expected rates come from the texts read:
- India, passenger transport (heading 9964): Notification No. 11/2017-Central Tax (Rate), item 8,
  and its Integrated Tax twin No. 8/2017, read in copies: rail in first class or an air-conditioned
  coach, air-conditioned buses and radio taxis, air travel in economy class at 2.5 % CGST + 2.5 %
  SGST (5 % IGST); air travel in other classes 12 %; other passenger transport 18 % (item 8 (vii));
  the exemptions of No. 12/2017-Central Tax (Rate), item 17 (ordinary rail, metro, metered cabs).
- Kenya: the Kenya Revenue Authority's eTIMS item-code list of 2023 (First Schedule items "E",
  Second Schedule items "C"), in Odoo's copy: passenger transport other than hired or chartered
  conveyances exempt, international air transport zero-rated; medicaments of 3003 and 3004
  exempt; syringes, catheters, orthopaedic appliances and hearing aids exempt; the unprocessed
  foods of First Schedule Part I Section A paras 18-25 exempt (also in the Act's 2013 wording).
- Greece: TEDB's EL country file (situation 2025-01-01, read in full): fertilisers (CN 3101-3105)
  and animal feed other than pet food at 6 %, pesticides and crop services at 13 %; on-line
  visual or audio editions of books (LOAN_LIBRARIES, CPA 58.11.3) at 6 %. The standard rate then
  was 24 %; the day the 6 % began was not read, so the day before stays at the fallback.
- Croatia: TEDB's HR country file (situation 2026-07-01): fertilisers of chapter 31, pesticides of
  CN 3808 and animal feed of chapter 23 other than pet food at 5 % (the standard rate is 25 %).
- Italy: TEDB's rows by code (situation 2026-07-01): seeds for sowing (1209) and plant protection
  products (3808) at 10 %, fertilisers of Law No 748/1984 at 4 % (the standard rate is 22 %).
- Czechia: příloha č. 3 of zákon č. 235/2004 Sb. (wording of 2017-04-01: animal feed, live animals,
  seeds and plants at the first reduced rate, 15 %) and zákon č. 349/2023 Sb., čl. LX bod 32 (the
  new příloha č. 3 from 2024-01-01: the same goods at the single reduced rate, 12 %), both in the
  legalize-cz mirror of e-Sbírka; fertilisers and plant protection products are not listed (21 %).
Where a period starts on TEDB's situation day, the day before was not read: the tests assert that
it is unmapped, not that the standard rate it falls back to is the law's.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, d, mapping_period, reason

from invoicekit import default_table


def unmapped(code: str, day: str, category: str) -> bool:
    """No period of the data covers the day (it was not read): the lookup falls back."""
    series = default_table().category_series(code, category)
    return series is None or series.at(d(day)) is None


@pytest.mark.parametrize("day", ["2017-07-01", "2020-01-01", "2025-09-21", "2025-09-22", "2026-07-01"])
def test_indian_passenger_transport_takes_five_percent(day: str) -> None:
    """Item 8 (i)-(vi): IGST 5 % inter-State, CGST 2.5 % + SGST 2.5 % within a State."""
    assert answer("IN", day, "passenger_transport") == [("IGST", Decimal("5"), "S")]
    assert answer("IN-MH", day, "passenger_transport") == [
        ("CGST", Decimal("2.5"), "S"),
        ("SGST", Decimal("2.5"), "S"),
    ]


def test_indian_passenger_transport_limit_names_the_other_rates() -> None:
    """Business-class air (12 %), item 8 (vii) (18 %) and the exempt modes stay in the limit."""
    text = reason("IN", "2020-01-01", "passenger_transport")
    assert "condition not checked by invoicekit" in text
    for phrase in ("12 %", "18 %", "exempt", "metro", "No. 12/2017"):
        assert phrase in text


def test_indian_passenger_transport_is_secondary_and_unchecked() -> None:
    """The notifications were read in private copies, not on CBIC's site or in the Gazette."""
    period = mapping_period("IN", "2020-01-01", "passenger_transport")
    assert "11/2017-Central Tax (Rate)" in period.source
    assert period.secondary is True
    assert period.checked is None


KENYAN_EXEMPTIONS = ["passenger_transport", "medicines", "medical_devices", "basic_food"]


@pytest.mark.parametrize("category", KENYAN_EXEMPTIONS)
@pytest.mark.parametrize("day", ["2015-01-01", "2020-06-01", "2023-07-01", "2026-07-01"])
def test_kenyan_schedule_items_are_exempt(category: str, day: str) -> None:
    """First Schedule items are exempt (E), not taxed at the 16 % (14 % in 2020) standard rate."""
    assert answer("KE", day, category) == [("VAT", Decimal("0"), "E")]


@pytest.mark.parametrize(
    ("category", "phrases"),
    [
        ("passenger_transport", ["hired or chartered", "zero-rated"]),
        ("medicines", ["3003", "16 %"]),
        ("medical_devices", ["hearing aids", "approval", "16 %"]),
        ("basic_food", ["paras 18-25", "bread", "16 %"]),
    ],
)
def test_kenyan_limits_name_what_stays_taxed(category: str, phrases: list[str]) -> None:
    text = reason("KE", "2024-01-01", category)
    assert "condition not checked by invoicekit" in text
    for phrase in phrases:
        assert phrase in text


@pytest.mark.parametrize("category", KENYAN_EXEMPTIONS)
def test_kenyan_mappings_are_secondary_and_unchecked(category: str) -> None:
    """Read in a private copy of KRA's 2023 list, not in the Act in force on 2015-01-01."""
    period = mapping_period("KE", "2015-01-01", category)
    assert "Value Added Tax Act, 2013, First Schedule" in period.source
    assert period.secondary is True
    assert period.checked is None


def test_kenyan_books_keep_the_standard_rate() -> None:
    """The 2023 list, read in full, names no printed books: the fallback, 16 %, stands."""
    assert answer("KE", "2024-01-01", "books") == [("VAT", Decimal("16"), "S")]


@pytest.mark.parametrize("category", ["agricultural", "ebooks"])
def test_greek_six_percent_from_the_tedb_day(category: str) -> None:
    """6 % on TEDB's situation day. For e-books the day before was not read and stays unmapped;
    agricultural inputs were mapped from 2019-05-20 in the ninth round (laws 4611/2019 and 4916/2022
    read in the Government Gazette: fertilisers at 6 % from 2022-03-15; test_categories_audit_r9_eu)."""
    assert answer("GR", "2025-01-01", category) == [("VAT", Decimal("6"), "S")]
    assert answer("GR", "2026-07-01", category) == [("VAT", Decimal("6"), "S")]
    if category == "ebooks":
        assert unmapped("GR", "2024-12-31", category)
    else:
        assert answer("GR", "2024-12-31", category) == [("VAT", Decimal("6"), "S")]
    period = mapping_period("GR", "2025-01-01", category)
    assert "EL.json" in period.source
    assert period.checked is None


def test_greek_agricultural_limit_names_the_thirteen_percent_inputs() -> None:
    text = reason("GR", "2025-06-01", "agricultural")
    assert "condition not checked by invoicekit" in text
    for phrase in ("3101-3105", "3808", "13 %", "24 %"):
        assert phrase in text


def test_greek_printed_books_are_unchanged_by_the_ebook_mapping() -> None:
    assert answer("GR", "2025-01-01", "books") == [("VAT", Decimal("6"), "S")]
    assert "on-line" in reason("GR", "2025-01-01", "ebooks")


def test_croatian_agricultural_inputs_take_five_percent_from_the_tedb_day() -> None:
    """The eighth round moved the start back to 2022-04-01 (NN 39/2022): see the r8 tests."""
    assert answer("HR", "2026-07-01", "agricultural") == [("VAT", Decimal("5"), "S")]
    assert answer("HR", "2026-06-30", "agricultural") == [("VAT", Decimal("5"), "S")]
    text = reason("HR", "2026-07-01", "agricultural")
    for phrase in ("chapter 31", "3808", "dog and cat food", "25 %"):
        assert phrase in text
    assert mapping_period("HR", "2026-07-01", "agricultural").checked is None


def test_italian_seeds_and_plant_protection_take_ten_percent_from_the_tedb_day() -> None:
    """The eighth round extended the period back to 2015-01-01 from Tabella A itself and checked
    it (see the r8 tests)."""
    assert answer("IT", "2026-07-01", "agricultural") == [("VAT", Decimal("10"), "S")]
    assert answer("IT", "2026-06-30", "agricultural") == [("VAT", Decimal("10"), "S")]
    text = reason("IT", "2026-07-01", "agricultural")
    for phrase in ("1209", "3808", "748", "4 %", "22 %"):
        assert phrase in text


def test_czech_feed_animals_seeds_and_plants_take_the_reduced_rate() -> None:
    """15 % under the old příloha č. 3 (read in its 2017-04-01 wording: unchecked), 12 % under the
    new one, which the amending act gives on 2024-01-01, the period's first day: checked."""
    assert answer("CZ", "2024-01-01", "agricultural") == [("VAT", Decimal("12"), "S")]
    assert answer("CZ", "2026-07-01", "agricultural") == [("VAT", Decimal("12"), "S")]
    assert answer("CZ", "2023-12-31", "agricultural") == [("VAT", Decimal("15"), "S")]
    assert answer("CZ", "2017-04-01", "agricultural") == [("VAT", Decimal("15"), "S")]
    assert mapping_period("CZ", "2023-12-31", "agricultural").checked is None
    period = mapping_period("CZ", "2024-01-01", "agricultural")
    assert "čl. LX bod 32" in period.source
    assert period.checked is not None
    text = reason("CZ", "2024-01-01", "agricultural")
    assert "fertilisers" in text
    assert "21 %" in text
