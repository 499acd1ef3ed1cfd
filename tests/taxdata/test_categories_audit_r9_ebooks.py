"""Electronically supplied books (`ebooks`) in the files that map books but not e-books, ninth audit
round: the mappings added (IN, RS, SK, MX, TR, KR) and the days on which the standard-rate fallback was found
right, each pinned with the rate its source gives.

Expected rates are read from the sources, not from the data files:
- India: Notification No. 13/2018-Central Tax (Rate) of 2018-07-26 (in force 2018-07-27) substitutes
  serial number 22 (Heading 9984) of Notification No. 11/2017-Central Tax (Rate): item (i) "Supply
  consisting only of e-book", 2.5 % CGST, the Explanation defining e-books as an electronic version
  of a printed book of tariff item 4901 supplied online; its IGST twin (No. 14/2018-Integrated Tax
  (Rate), amending No. 8/2017) gives 5 % IGST. The item came with that substitution of serial
  number 22, so before it e-books took the general 18 % (9 % CGST + 9 % SGST). Unofficial copies,
  so unchecked.
- Serbia: the Ministry of Finance's opinion as the publishers' association reports it: monographic
  and serial publications in electronic form take the special rate (8 % when written; the special
  rate is 10 % from 2014-01-01), so e-books with a CIP record and ISBN take 10 % from 2015-01-01.
- Slovakia from 2025-01-01: zákon č. 278/2024 Z. z. gives 5 % to the services of príloha č. 7a
  bod 2 (§ 27 ods. 3 písm. b), in the Parliament's table of concordance), which NB Consult
  summarises as including online books; the finance minister announced that e-books, until then
  always at the standard rate, would take 5 % (TREND). Reports only, so unchecked.
- Mexico: the SAT's criterio normativo 18/IVA/N (quoted by IPS Global Consulting) reads the Law's
  definition of a book ("impresa en cualquier soporte", art. 2-A I i)) with the copyright law as
  including books in electronic, tactile and audio media: the publisher's own sale takes 0 %, as
  for printed books, instead of the general 16 %.
- Turkey: BKK 2013/5595 (in force 2013-12-02) put the sale of e-books in electronic form in list
  (II) at 8 %; Presidential Decision No. 475 returned them to the general rate (18 %) from
  2019-01-01, 20 % from 2023-07-10 (reports by Yusuf Artar and the Bursa chamber of accountants).
- South Korea: 부가가치세법 시행령 제38조 제1항 counts among exempt books the electronic publications
  of 시행규칙 제26조 (book or periodical content on an electronic medium, meeting the culture
  minister's standard; music, film and game products excluded), read in the 2026 texts of the
  legalize-kr mirror: exempt, where the general rate is 10 %.
- Fallback right (no mapping added): Croatia, the Porezna uprava's opinion (reproduced by RRiF) on
  electronic textbooks used only online: čl. 38 st. 2 t. c) ZPDV (NN 73/13 to 153/13) gives 5 % to
  books "u svim fizičkim oblicima" only, so they take 25 %; Hungary, Áfa tv. 3. melléklet point 15
  (from 2011-01-01) covers books on other physical media only, the explanatory memorandum saying
  digital books supplied electronically are not covered (quoted by MKKE), and 24.hu reports the
  27 % still on 2019-11-05; Slovakia, príloha č. 7a in the wording of zákon č. 323/2018 Z. z. lists
  accommodation (CPA 55) as the only service at a reduced rate (Verlag Dashöfer's copy), so
  electronically supplied books took the standard 20 % to 2024-12-31.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate) on both sides of the starts of the mappings added this round, and on
# the days where the fallback was found right; the rates are the sources'.
PINNED: list[tuple[str, str, str, str]] = [
    ("IN", "2017-07-01", "ebooks", "18"),
    ("IN", "2018-07-26", "ebooks", "18"),
    ("IN", "2018-07-27", "ebooks", "5"),
    ("IN", "2025-09-21", "ebooks", "5"),
    ("RS", "2015-01-01", "ebooks", "10"),
    ("RS", "2026-06-30", "ebooks", "10"),
    ("HR", "2015-01-01", "ebooks", "25"),
    ("HU", "2015-01-01", "ebooks", "27"),
    ("HU", "2019-11-05", "ebooks", "27"),
    ("SK", "2015-01-01", "ebooks", "20"),
    ("SK", "2024-12-31", "ebooks", "20"),
    ("SK", "2025-01-01", "ebooks", "5"),
    ("MX", "2015-01-01", "ebooks", "0"),
    ("MX", "2026-06-30", "ebooks", "0"),
    ("TR", "2015-01-01", "ebooks", "8"),
    ("TR", "2018-12-31", "ebooks", "8"),
    ("TR", "2019-01-01", "ebooks", "18"),
    ("TR", "2023-07-10", "ebooks", "20"),
    ("KR", "2015-01-01", "ebooks", "0"),
    ("KR", "2026-06-30", "ebooks", "0"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_indian_intra_state_e_book_splits_into_central_and_state_halves() -> None:
    """Serial number 22 (i): 2.5 % CGST, and the State notifications mirror it with 2.5 % SGST."""
    before = [(tax, pct) for tax, pct, _ in answer("IN-DL", "2018-07-26", "ebooks")]
    after = [(tax, pct) for tax, pct, _ in answer("IN-DL", "2018-07-27", "ebooks")]
    assert before == [("CGST", Decimal("9")), ("SGST", Decimal("9"))]
    assert after == [("CGST", Decimal("2.5")), ("SGST", Decimal("2.5"))]


# The periods added this round rest on unofficial copies or reports: none may carry a checked date.
ADDED: list[tuple[str, str, str]] = [
    ("IN", "2018-07-27", "13/2018-Central Tax (Rate)"),
    ("RS", "2015-01-01", "izdavaci.rs"),
    ("SK", "2025-01-01", "278/2024"),
    ("MX", "2015-01-01", "18/IVA/N"),
    ("TR", "2015-01-01", "2013/5595"),
    ("TR", "2019-01-01", "No. 475"),
]


@pytest.mark.parametrize(("code", "day", "act"), ADDED)
def test_added_period_names_its_source_and_stays_unchecked(code: str, day: str, act: str) -> None:
    period = mapping_period(code, day, "ebooks")
    assert period.checked is None
    assert period.secondary
    assert act in period.source
    assert "ninth audit round" in (period.note or "")


def test_indian_e_book_is_limited_to_electronic_versions_of_printed_books() -> None:
    assert "4901" in reason("IN", "2019-06-30", "ebooks")
    assert "18 %" in reason("IN", "2019-06-30", "ebooks")


def test_serbian_e_book_needs_a_cip_record_with_an_isbn() -> None:
    assert "ISBN" in reason("RS", "2019-06-30", "ebooks")
    assert "20 %" in reason("RS", "2019-06-30", "ebooks")


def test_mexican_e_book_is_zero_rated_like_the_publishers_printed_book() -> None:
    """Art. 2-A I i): the 0 % needs the seller to publish the book itself, printed or electronic."""
    assert answer("MX", "2019-06-30", "ebooks") == answer("MX", "2019-06-30", "books")
    assert "edita" in reason("MX", "2019-06-30", "ebooks")


def test_korean_e_book_is_exempt_not_zero_rated_and_names_the_ministers_standard() -> None:
    """시행령 제38조: an exemption (면세, EN 16931 code E), like the printed book."""
    assert answer("KR", "2019-06-30", "ebooks") == [("VAT", Decimal("0"), "E")]
    assert "Minister of Culture" in reason("KR", "2019-06-30", "ebooks")


def test_korean_e_book_period_read_in_a_later_text_stays_unchecked() -> None:
    period = mapping_period("KR", "2015-01-01", "ebooks")
    assert period.checked is None
    assert "시행규칙 제26조" in period.source
