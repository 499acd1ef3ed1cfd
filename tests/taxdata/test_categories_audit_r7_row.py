"""The seventh audit round outside Europe (CA, MX, PE, AR, CO, the US States, PH, ID, TH, VN, CN,
JP, AU, TW, OM, BH, AE, SA, MA, NG, EG, ZA): the corrections it made, each pinned on both sides of
its dates.

Expected rates come from the texts read, not from the data files. Most of them are reports of the
law, so those periods carry no `checked` date; the Argentine and Colombian ones were read in
Infoleg's and SUIN-Juriscol's texts (the legalize-dev/legalize-ar and legalize-co mirrors) and are
checked (Colombia's newspapers since the follow-up round, which read the Ley 1607 de 2012):
- Argentina, passenger transport: Ley de IVA art. 28 inc. h) (10.5 % for taxis, remises with
  driver and every other domestic passenger transport not exempt), art. 7 inc. h) ap. 12 (taxis and
  remises with driver on trips up to 100 km exempt) and ap. 13 (international transport exempt).
- Argentina, medicines: art. 7 inc. f) exempts the resale of medicinal specialities by drugstores
  and pharmacies once the importer's or manufacturer's first sale in the country bore the tax.
- Argentina, e-books: art. 7 inc. h) ap. 29 (access to and download of digital books exempt),
  added by Ley 27.430 art. 91 with effect from the first day of the second month after the law's
  entry into force (art. 97): published 2017-12-29, in force 2017-12-30, so from 2018-02-01.
- Colombia, passenger transport: Estatuto Tributario art. 476 excludes from IVA public passenger
  transport by land, river and sea within the country (num. 9 of the current wording, num. 2 of the
  earlier ones, all read in SUIN-Juriscol's text as legalize-dev/legalize-co mirrors it); art. 424
  excludes the medicines of tariff headings 30.03 and 30.04, and fresh vegetables and fruit, rice,
  bread and salt among other foods, in every wording read; printed newspapers (heading 49.02) are
  exempt with a refund under art. 481 lit. f) (corrected in the follow-up round: it was already
  so on 2015-01-01).
- Peru, passenger transport: Apéndice II, numeral 2 of the TUO de la Ley del IGV exempts public
  passenger transport within the country except by rail and air (as two public code projects
  quote it).
- Morocco, passenger transport: the Finance Law 2024 (loi de finances n° 55-23, BO n° 7259 bis)
  lowers urban and road transport of passengers and goods from 14 % to 13 % on 2024-01-01, 12 % on
  2025-01-01 and 10 % on 2026-01-01 (the amendment adopted by the Chambre des conseillers as
  reported by actu-maroc.com; the same 14/13/12/10 row in a summary of the Finance Law; 13 % in
  PwC's 2024 table).
- Morocco, books and newspapers: CGI art. 91-I-E-1° exempts, without right to deduction, the sale
  of newspapers, publications and books, advertising revenue excepted (the DGI's answer of
  2014-09-10 as reproduced by tax-news.ma; PwC's 2024 list of exemptions without deduction).
- Vietnam, books and newspapers: books of all kinds take 5 % except the political books,
  textbooks, curricula, books of legal texts, scientific and technical books and books in
  ethnic-minority scripts, which with newspapers, journals and specialised bulletins are not
  subject to VAT (Law No. 13/2008/QH12, art. 5(15) and art. 8(2); from 2025-07-01 Law No.
  48/2024/QH15, art. 9(2); as quoted by lawnet.vn and the GDT's Official Letter No. 2479/TCT-CS).
  Goods at 5 % are outside the temporary 8 % reductions, which cut only the 10 % rate.
- South Africa, passenger transport: VAT Act s. 12(g) exempts the transport of fare-paying
  passengers by road or railway by the operator of the vehicle (as quoted in the Department of
  Finance's Practice Note 7 of 1991, reproduced by acts.co.za); domestic flights take the standard rate.
- Bahrain, passenger transport: Art. 78 of the VAT Executive Regulations zero-rates local transport
  of passengers by land, water or air, except unlicensed carriers, vehicle hire without a driver,
  sightseeing or leisure trips, food delivery and transport ancillary to a standard-rated supply
  (gccfintax.com's copy; the same five exceptions in Aurifer's note on jiac.it).
- Indonesia, books: PMK No. 122/PMK.011/2013 exempted general textbooks, scriptures and religious
  textbooks; PMK No. 5/PMK.010/2020, in force 2020-01-10, replaced it and covers printed and
  electronic books alike unless a court finds a book unlawful (as reported by enforcea.com,
  bekesah.co and holopis.com, the last quoting the Directorate General of Taxes in 2024).
- Indonesia, passenger transport: public transport on land and water is outside VAT under art.
  4A(3)(j) of the VAT Law (as a public code project reproduces the list), exempt under the HPP.
- Nigeria, passenger transport: the Nigeria Tax Act 2025, s. 186(1)(g), exempts shared passenger
  road-transport service from 2026-01-01 (lawglobalhub.com's copy of the section); the follow-up
  round found the exemption from 2020-02-03 under the VAT (Modification) Orders.
- Thailand, passenger transport: s. 81(1)(ณ) of the Revenue Code exempts transport within the
  Kingdom (as public code projects cite it; by land, as two summaries give it).
- Thailand, the standard rate: the Revenue Department's press release No. 18/2569 extends the 7 %
  to 2027-09-30 (as quoted in public code projects of August 2026, with its URL on rd.go.th).
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, d, mapping_period, rate, reason

from invoicekit import default_table

# day=rate on both sides of each step of the Moroccan road transport rate.
MOROCCAN_ROAD_TRANSPORT = "2023-12-31=14 2024-01-01=13 2024-12-31=13 2025-01-01=12 2025-12-31=12 2026-01-01=10 2026-12-04=10"


@pytest.mark.parametrize("pair", MOROCCAN_ROAD_TRANSPORT.split())
def test_moroccan_road_passenger_transport_steps_down_to_ten_percent(pair: str) -> None:
    day, expected = pair.split("=")
    assert rate("MA", day, "passenger_transport") == Decimal(expected)


@pytest.mark.parametrize("day", ["2015-01-01", "2023-12-31", "2024-01-01", "2025-12-31", "2026-01-01"])
def test_moroccan_transport_periods_rest_on_reports_and_name_rail(day: str) -> None:
    period = mapping_period("MA", day, "passenger_transport")
    assert period.secondary
    assert period.checked is None
    assert "rail" in reason("MA", day, "passenger_transport")


@pytest.mark.parametrize(
    ("day", "words"),
    [("2024-01-01", "16 % in 2024"), ("2025-01-01", "12 % in 2025"), ("2026-01-01", "road transport")],
)
def test_moroccan_transport_limits_say_which_transport_takes_the_rate(day: str, words: str) -> None:
    assert words in reason("MA", day, "passenger_transport")


def test_moroccan_transport_finance_law_periods_name_the_law() -> None:
    for day in ("2024-01-01", "2025-01-01", "2026-01-01"):
        assert "55-23" in mapping_period("MA", day, "passenger_transport").source, day


@pytest.mark.parametrize("category", ["books", "newspapers"])
@pytest.mark.parametrize("day", ["2015-01-01", "2023-12-31", "2024-01-01", "2026-12-04"])
def test_moroccan_books_and_newspapers_are_exempt_without_deduction(category: str, day: str) -> None:
    assert answer("MA", day, category) == [("VAT", Decimal("0"), "E")]
    assert "advertising" in reason("MA", day, category)
    period = mapping_period("MA", day, category)
    assert "91-I-E-1°" in period.source
    assert period.secondary and period.checked is None


def test_moroccan_restaurants_keep_ten_percent_beside_the_new_transport_rates() -> None:
    """The Finance Law 2024 leaves restaurant services at 10 % (art. 99-2°): the new series of
    the transport steps does not touch them."""
    for day in ("2023-12-31", "2024-01-01", "2025-01-01", "2026-01-01"):
        assert rate("MA", day, "restaurant_food") == Decimal("10"), day


# Vietnam: 10 % until 2022-01-31, 8 % in 2022 and from 2023-07-01, 10 % in 2023-H1; books keep 5 %.
VIETNAMESE_BOOKS = ["2015-01-01", "2022-01-31", "2022-02-01", "2022-12-31", "2023-01-01", "2025-06-30", "2025-07-01", "2027-01-01"]


@pytest.mark.parametrize("day", VIETNAMESE_BOOKS)
def test_vietnamese_books_take_five_percent_through_the_reductions(day: str) -> None:
    assert rate("VN", day, "books") == Decimal("5")
    assert "textbook" in reason("VN", day, "books")


@pytest.mark.parametrize("day", VIETNAMESE_BOOKS)
def test_vietnamese_newspapers_are_outside_vat(day: str) -> None:
    assert answer("VN", day, "newspapers") == [("VAT", Decimal("0"), "E")]


@pytest.mark.parametrize(("day", "standard"), [("2022-02-01", "8"), ("2023-01-01", "10")])
def test_vietnamese_books_differ_from_the_standard_rate_of_the_day(day: str, standard: str) -> None:
    """What the correction changes: without the mapping a book took the standard rate."""
    assert rate("VN", day, "standard") == Decimal(standard)
    assert rate("VN", day, "books") != rate("VN", day, "standard")


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_vietnamese_publication_mappings_rest_on_reports(category: str) -> None:
    period = mapping_period("VN", "2025-07-01", category)
    assert period.secondary and period.checked is None
    assert "art. 5(15)" in period.source
    assert "48/2024/QH15" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2018-03-31", "2018-04-01", "2026-12-04"])
def test_south_african_road_and_rail_fares_are_exempt(day: str) -> None:
    """Before the mapping a bus or train fare took the standard rate (14 %, 15 % from 2018-04-01)."""
    assert answer("ZA", day, "passenger_transport") == [("VAT", Decimal("0"), "E")]
    words = reason("ZA", day, "passenger_transport")
    assert "road or railway" in words
    assert "domestic air transport takes the standard rate" in words
    period = mapping_period("ZA", day, "passenger_transport")
    assert "s. 12(g)" in period.source
    assert period.secondary and period.checked is None


@pytest.mark.parametrize("day", ["2019-01-01", "2022-01-01", "2026-12-04"])
def test_bahraini_local_transport_is_zero_rated_with_the_exceptions_in_the_reason(day: str) -> None:
    """Bahrain's standard rate went from 5 % to 10 % on 2022-01-01; the zero rate is unaffected."""
    assert answer("BH", day, "passenger_transport") == [("VAT", Decimal("0"), "Z")]
    words = reason("BH", day, "passenger_transport")
    assert "sightseeing or leisure" in words
    assert "without a driver" in words
    assert mapping_period("BH", day, "passenger_transport").checked is None


@pytest.mark.parametrize(
    ("day", "source_words"),
    [("2026-09-30", "2025-10-01 to 2026-09-30"), ("2026-10-01", "18/2569"), ("2027-09-30", "18/2569"), ("2027-10-01", "s. 80")],
)
def test_thai_seven_percent_to_september_2027_rests_on_the_press_release(day: str, source_words: str) -> None:
    assert rate("TH", day, "standard") == Decimal("7")
    series = default_table().series("TH", "VAT", "standard")
    assert series is not None
    period = series.at(d(day))
    assert period is not None
    assert source_words in period.source
    assert period.secondary == (source_words == "18/2569")


@pytest.mark.parametrize(
    ("day", "regulation"),
    [("2015-01-01", "122/PMK.011/2013"), ("2020-01-09", "122/PMK.011/2013"), ("2020-01-10", "5/PMK.010/2020"), ("2025-01-01", "5/PMK.010/2020")],
)
def test_indonesian_books_are_exempt_under_the_two_regulations(day: str, regulation: str) -> None:
    assert answer("ID", day, "books") == [("VAT", Decimal("0"), "E")]
    period = mapping_period("ID", day, "books")
    assert regulation in period.source
    assert period.secondary and period.checked is None


@pytest.mark.parametrize(("day", "expected"), [("2020-01-09", "10"), ("2020-01-10", "0"), ("2022-04-01", "0"), ("2025-02-01", "0")])
def test_indonesian_ebooks_are_exempt_from_january_2020(day: str, expected: str) -> None:
    """PMK 5/2020 defines a book as bound print or a non-periodical electronic publication; before
    it the data keeps e-books at the standard rate."""
    assert rate("ID", day, "ebooks") == Decimal(expected)


def test_indonesian_book_limits_name_the_conditions() -> None:
    assert "religious textbook" in reason("ID", "2019-12-31", "books")
    assert "court" in reason("ID", "2020-01-10", "books")
    assert "court" in reason("ID", "2020-01-10", "ebooks")


@pytest.mark.parametrize("day", ["2015-01-01", "2019-12-31", "2026-12-04"])
def test_argentine_domestic_passenger_transport_takes_ten_and_a_half_percent(day: str) -> None:
    assert rate("AR", day, "passenger_transport") == Decimal("10.5")
    assert rate("AR", day, "standard") == Decimal("21")
    words = reason("AR", day, "passenger_transport")
    assert "100 km" in words and "taxi" in words
    period = mapping_period("AR", day, "passenger_transport")
    assert period.checked is not None
    assert "inc. h)" in period.source


@pytest.mark.parametrize(("day", "expected"), [("2018-01-31", "21"), ("2018-02-01", "0"), ("2018-12-31", "0"), ("2019-01-01", "0")])
def test_argentine_ebooks_are_exempt_from_february_2018(day: str, expected: str) -> None:
    assert rate("AR", day, "ebooks") == Decimal(expected)


def test_argentine_ebook_period_of_2018_names_ley_27430() -> None:
    period = mapping_period("AR", "2018-02-01", "ebooks")
    assert period.checked is not None
    assert "Ley 27.430, art. 91" in period.source
    assert "art. 97" in period.source
    assert "digital book" in reason("AR", "2018-02-01", "ebooks")


@pytest.mark.parametrize(("day", "standard"), [("2015-01-01", "16"), ("2016-12-31", "16"), ("2017-01-01", "19"), ("2026-12-04", "19")])
def test_colombian_public_passenger_transport_is_excluded_from_iva(day: str, standard: str) -> None:
    assert answer("CO", day, "passenger_transport") == [("VAT", Decimal("0"), "E")]
    assert rate("CO", day, "standard") == Decimal(standard)
    assert "air" in reason("CO", day, "passenger_transport")
    period = mapping_period("CO", day, "passenger_transport")
    assert period.checked is not None
    assert "art. 476" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2025-12-31", "2026-01-01"])
def test_peruvian_public_passenger_transport_is_exempt(day: str) -> None:
    """IGV 16 % + IPM 2 % (one 18 % line) without the mapping; the Apéndice II exemption runs on
    past 2025-12-31 with its reported extension."""
    assert answer("PE", day, "passenger_transport") == [("VAT", Decimal("0"), "E")]
    assert rate("PE", day, "standard") == Decimal("18")
    assert "rail or air" in reason("PE", day, "passenger_transport")
    period = mapping_period("PE", day, "passenger_transport")
    assert period.secondary and period.checked is None


@pytest.mark.parametrize("day", ["2015-01-01", "2022-04-01", "2025-02-01"])
def test_indonesian_public_transport_on_land_and_water_is_exempt(day: str) -> None:
    assert answer("ID", day, "passenger_transport") == [("VAT", Decimal("0"), "E")]
    assert "domestic air transport" in reason("ID", day, "passenger_transport")
    assert mapping_period("ID", day, "passenger_transport").secondary


# Colombia, art. 424: (category, words of its limit) for the two excluded-goods mappings.
COLOMBIAN_EXCLUDED_GOODS = [("medicines", "30.04"), ("basic_food", "give them as zero")]


@pytest.mark.parametrize(("category", "words"), COLOMBIAN_EXCLUDED_GOODS)
@pytest.mark.parametrize("day", ["2015-01-01", "2017-01-01", "2026-12-04"])
def test_colombian_excluded_goods_of_article_424(category: str, words: str, day: str) -> None:
    """The general rate (16 %, then 19 %) before the mappings; excluded (0 %, category E) now. The
    basic food limit sends the meats, fish, eggs and milk of art. 477 to the zero class."""
    assert answer("CO", day, category) == [("VAT", Decimal("0"), "E")]
    assert words in reason("CO", day, category)
    period = mapping_period("CO", day, category)
    assert period.checked is not None
    assert "art. 424" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_argentine_pharmacy_resale_of_medicines_is_exempt(day: str) -> None:
    assert answer("AR", day, "medicines") == [("VAT", Decimal("0"), "E")]
    assert "first sale" in reason("AR", day, "medicines")
    period = mapping_period("AR", day, "medicines")
    assert period.checked is not None
    assert "inc. f)" in period.source


@pytest.mark.parametrize("day", ["2015-01-01", "2016-12-31", "2017-01-01", "2026-12-04"])
def test_colombian_printed_newspapers_are_untaxed(day: str) -> None:
    """Heading 49.02: exempt with a refund under art. 481 lit. f) since the Ley 1607 de 2012 (the
    follow-up round corrected the excluded class this round gave 2015-2016: see
    test_categories_audit_r7_leads_world.py); the general rate before the mapping."""
    assert answer("CO", day, "newspapers") == [("VAT", Decimal("0"), "Z")]
    assert "49.02" in reason("CO", day, "newspapers")


@pytest.mark.parametrize(("day", "expected", "code"), [("2020-02-02", "7.5", "S"), ("2026-01-01", "0", "E")])
def test_nigerian_shared_road_transport_is_exempt_under_the_2025_act(day: str, expected: str, code: str) -> None:
    """7.5 % until the VAT (Modification) Order 2020 (the follow-up round moved the start from
    2026-01-01 to 2020-02-03: see test_categories_audit_r7_leads_world.py)."""
    assert answer("NG", day, "passenger_transport") == [("VAT", Decimal(expected), code)]


@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_thai_land_transport_is_exempt(day: str) -> None:
    assert answer("TH", day, "passenger_transport") == [("VAT", Decimal("0"), "E")]
    assert "by land" in reason("TH", day, "passenger_transport")
    assert mapping_period("TH", day, "passenger_transport").secondary
