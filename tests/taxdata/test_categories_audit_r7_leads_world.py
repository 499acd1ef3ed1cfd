"""The seventh audit round's follow-up outside Europe (CO, MX, PE, MA, NG, EG, TH, VN, ID, PH, CN,
JP, OM, BH): the leads the round left, followed to official texts where they could be reached.
Each correction is pinned on both sides of its dates.

Expected rates come from the texts read, not from the data files:
- Colombia, newspapers: the Ley 1607 de 2012 (Diario Oficial n. 48655 of 2012-12-26, in force from
  its promulgation), art. 55, rewrote art. 481 of the Estatuto Tributario: its lit. f) keeps the
  printed newspapers and periodicals of heading 49.02, with or without advertising, among the
  exempt goods with the right to a refund (0 %, category Z); art. 38 of the same law rewrote the
  excluded goods of art. 424 without 49.02. The later wording of lit. f) (Ley 1819 de 2016) keeps
  them and adds digital editions. Both read in SUIN-Juriscol's texts as legalize-dev/legalize-co
  mirrors them.
- Colombia, basic food: art. 477 as rewritten by the Ley 1607, art. 54, makes fresh, chilled or
  frozen meat and fish, milk, fresh cheese and eggs exempt with the right to compensation and refund:
  the basic food mapping (excluded goods of art. 424) sends them to the zero class in its limit.
- Colombia, medical devices: art. 424 excludes wheelchairs (87.13) and their parts, contact and
  spectacle lenses (90.01.30-50), catheters and infusion sets (90.18.39, 90.18.90.90) and the
  orthopaedic and prosthetic appliances, hearing aids and braille equipment of 90.21, in the
  Ley 1607's wording (art. 38) and in the later ones the mirror gives.
- Colombia, agricultural inputs: the same art. 424 (Ley 1607, art. 38) excludes fertilisers
  (31.01-31.05), plant-protection products (38.08), irrigation systems and the agricultural
  machines of 84.24, 84.33 and 84.36, and agricultural tractors; art. 468-1 (its art. 48) puts
  animal feed, hand tools and soil-working machines at 5 % from 2013-01-01.
- Colombia, e-books: art. 481 lit. f) in the wording SUIN-Juriscol gives as modified by the Ley
  1819 de 2016, art. 189, adds the contents and subscriptions of digital editions of newspapers,
  magazines and books to the exempt goods with a refund; the Ley 1607 wording before it names
  printed matter only. Its start is taken as 2017-01-01 (the Ley 1819 itself was not read).
- Morocco, medicines: the Finance Law 2024, art. 6, exempts all pharmaceutical products with the
  right to deduction from 2024-01-01, at home and on import (the DGI's note circulaire as
  reported by lematin.ma on 2024-02-09): a zero rate (Z), as exemptions with deduction are given
  elsewhere, not an exemption without deduction (E); 7 % (S) until 2023-12-31.
- Nigeria, passenger transport and books: the VAT (Modification) Order 2020, effective 2020-02-03,
  exempts shared passenger road transport available to the general public and reads "books and
  educational materials" as educational ones (vi-m.com, tonbofa.com); the Finance Act 2020 adds
  airline tickets of commercial airlines registered in Nigeria from 2021-01-01 (mondaq.com); the
  VAT (Modification) Order 2021, from 2021-07-30, restates both (PwC Nigeria). The 2020 Order also
  reads "medical and pharmaceutical products" as including medical equipment that cures diseases
  or preserves health and life (vi-m.com). All from reports.
- Indonesia, basic food: PMK No. 116/PMK.010/2017, promulgated 2017-08-16 and in force 30 days
  later, adds tubers, spices and consumer sugar to the eleven basic necessities of KMK No.
  653/KMK.03/2001 (Kontan, DDTC, Tempo); PP No. 49/2022 lists the eleven again (pajakku.com).
  All exempt either way: only the limit's list changes.
- Japan, food and newspapers: e-Gov's consolidated 消費税法 in force on 2020-04-01 (mirrored in
  yno9/legalize-jp) has a single 7.8 % in art. 29 and the non-taxable list as 別表第一, so the
  reduced rate of 2019-10-01 stood in the supplementary provisions of 平成28年法律第15号: the
  notes say so (no class changes).
- Mexico, books and newspapers: the initiatives to extend the 0 % to bookshops (Senator Anaya
  Mota's as chanboox.com reports it; the CANIEM) describe booksellers' sales as exempt today, so
  the limit no longer leaves 0 % open for a reseller (reports only).
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason


@pytest.mark.parametrize("day", ["2015-01-01", "2016-12-31", "2017-01-01", "2026-12-04"])
def test_colombian_printed_newspapers_are_zero_rated_since_the_ley_1607(day: str) -> None:
    """0 % with a refund (Z) on 2015-01-01 already, where the first mapping gave 2015-2016 as
    excluded (E); the general rate (16 %, then 19 %) stays the rate of other printed matter."""
    assert answer("CO", day, "newspapers") == [("VAT", Decimal("0"), "Z")]
    assert rate("CO", day, "standard") == Decimal("16" if day < "2017-01-01" else "19")
    assert "49.02" in reason("CO", day, "newspapers")
    period = mapping_period("CO", day, "newspapers")
    assert period.checked is not None
    assert "Ley 1607 de 2012, art. 55" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_colombian_meat_fish_eggs_and_milk_go_to_the_zero_class(day: str) -> None:
    """The excluded foods of art. 424 take 0 % (E); the limit names the exempt foods of art. 477."""
    assert answer("CO", day, "basic_food") == [("VAT", Decimal("0"), "E")]
    assert "art. 477" in reason("CO", day, "basic_food")
    assert "give them as zero" in reason("CO", day, "basic_food")
    assert "art. 54" in mapping_period("CO", day, "basic_food").note


@pytest.mark.parametrize(
    ("day", "expected", "code"),
    [("2016-12-31", "16", "S"), ("2017-01-01", "0", "Z"), ("2026-12-04", "0", "Z")],
)
def test_colombian_digital_editions_of_books_are_zero_rated_from_the_ley_1819(
    day: str, expected: str, code: str
) -> None:
    """The general rate until 2016-12-31 (the Ley 1607's lit. f) names printed matter only), then
    exempt with a refund; unchecked, the Ley 1819's date not having been read."""
    assert answer("CO", day, "ebooks") == [("VAT", Decimal(expected), code)]
    if code == "Z":
        assert "digital edition" in reason("CO", day, "ebooks")
        period = mapping_period("CO", day, "ebooks")
        assert period.checked is None
        assert "Ley 1819 de 2016, art. 189" in period.source


@pytest.mark.parametrize(
    ("day", "expected", "code"),
    [("2023-12-31", "7", "S"), ("2024-01-01", "0", "Z"), ("2026-12-04", "0", "Z")],
)
def test_moroccan_medicines_are_exempt_with_deduction_from_2024(day: str, expected: str, code: str) -> None:
    assert answer("MA", day, "medicines") == [("VAT", Decimal(expected), code)]
    period = mapping_period("MA", day, "medicines")
    assert period.secondary and period.checked is None
    if code == "Z":
        assert "avec droit à déduction" in period.source


def test_moroccan_medicines_of_article_92_before_2024_go_to_the_zero_class() -> None:
    """The anticancer drugs, vaccines and the others of art. 92 were exempt with deduction already."""
    assert "give them as zero" in reason("MA", "2023-12-31", "medicines")


NIGERIAN_TRANSPORT = "2020-02-02=7.5 2020-02-03=0 2020-12-31=0 2021-01-01=0 2025-12-31=0 2026-01-01=0"


@pytest.mark.parametrize("pair", NIGERIAN_TRANSPORT.split())
def test_nigerian_shared_road_transport_is_exempt_from_the_2020_order(pair: str) -> None:
    day, expected = pair.split("=")
    code = "S" if expected == "7.5" else "E"
    assert answer("NG", day, "passenger_transport") == [("VAT", Decimal(expected), code)]


@pytest.mark.parametrize(
    ("day", "words"),
    [("2020-12-31", "general public"), ("2021-01-01", "airline ticket"), ("2025-12-31", "ride hailing")],
)
def test_nigerian_transport_limits_follow_the_orders_and_the_finance_act(day: str, words: str) -> None:
    assert words in reason("NG", day, "passenger_transport")
    assert mapping_period("NG", day, "passenger_transport").secondary


@pytest.mark.parametrize(
    ("day", "limited"), [("2020-02-02", False), ("2020-02-03", True), ("2025-12-31", True)]
)
def test_nigerian_books_are_exempt_only_as_educational_books_from_2020(day: str, limited: bool) -> None:
    assert answer("NG", day, "books") == [("VAT", Decimal("0"), "E")]
    assert ("educational book" in reason("NG", day, "books")) is limited


@pytest.mark.parametrize(
    ("day", "sugar"),
    [("2017-09-14", False), ("2017-09-15", True), ("2022-12-11", True), ("2022-12-12", False)],
)
def test_indonesian_basic_food_list_follows_pmk_116_2017(day: str, sugar: bool) -> None:
    assert answer("ID", day, "basic_food") == [("VAT", Decimal("0"), "E")]
    assert ("consumer sugar" in reason("ID", day, "basic_food")) is sugar
    assert mapping_period("ID", day, "basic_food").secondary


@pytest.mark.parametrize("category", ["food", "basic_food", "newspapers"])
def test_japanese_reduced_rate_notes_name_the_2016_act(category: str) -> None:
    """Unchecked in this round; the ninth round read the Act's 附則第34条 and checked them
    (tests/taxdata/test_categories_audit_r9_row.py)."""
    assert "平成28年法律第15号" in mapping_period("JP", "2020-04-01", category).note
    assert "平成28年法律第15号" in mapping_period("JP", "2020-04-01", category).source


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_mexican_bookshop_resale_is_not_zero_rated(category: str) -> None:
    """The publisher's own sale is at 0 % (Z); the limit says a reseller's is not."""
    assert answer("MX", "2026-12-04", category) == [("VAT", Decimal("0"), "Z")]
    assert "bookshop's resale is not zero-rated" in reason("MX", "2026-12-04", category)


@pytest.mark.parametrize("day", ["2015-01-01", "2016-12-31", "2017-01-01", "2026-12-04"])
def test_colombian_medical_aids_of_article_424_are_excluded(day: str) -> None:
    """The general rate (16 %, then 19 %) before the mapping; excluded (0 %, E) now."""
    assert answer("CO", day, "medical_devices") == [("VAT", Decimal("0"), "E")]
    assert "90.21" in reason("CO", day, "medical_devices")
    period = mapping_period("CO", day, "medical_devices")
    assert period.checked is not None
    assert "Ley 1607 de 2012, art. 38" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2017-01-01", "2026-12-04"])
def test_colombian_fertilisers_and_farm_machines_are_excluded(day: str) -> None:
    assert answer("CO", day, "agricultural") == [("VAT", Decimal("0"), "E")]
    assert rate("CO", day, "reduced") == Decimal("5")
    assert "animal feed (23.09)" in reason("CO", day, "agricultural")
    period = mapping_period("CO", day, "agricultural")
    assert period.checked is not None
    assert "31.01-31.05" in period.source


NIGERIAN_MEDICAL_DEVICES = "2020-02-02=7.5=S 2020-02-03=0=E 2025-12-31=0=E 2026-01-01=0=Z"


@pytest.mark.parametrize("triple", NIGERIAN_MEDICAL_DEVICES.split())
def test_nigerian_medical_equipment_is_exempt_from_the_2020_order(triple: str) -> None:
    day, expected, code = triple.split("=")
    assert answer("NG", day, "medical_devices") == [("VAT", Decimal(expected), code)]
