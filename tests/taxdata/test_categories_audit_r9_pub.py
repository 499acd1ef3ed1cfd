"""Books, e-books and newspapers, second part of the ninth audit round: Turkey's exemption of printed
books and periodicals, and the newspapers of the Canadian HST provinces whose files map books only.

Expected rates are read from the sources, not from the data files:
- Turkey: KDV Kanunu (Law No. 3065) art. 13/1-(n), as amended by Law No. 7166 (Resmî Gazete
  2019-02-22), exempts the delivery of printed books and periodicals (in Turkish "basili kitap ve
  süreli yayinlarin teslimi", dotless i written as i) from 2019-02-22, at every stage and on import, except those sold bagged
  under Law No. 1117; periodicals are newspapers, magazines and printed news-agency bulletins
  published at intervals; e-books and periodicals sold in electronic form are not covered (a report
  in the wording of the KDV Genel Uygulama Tebliği, istanbulgundemi.com; secondary, so unchecked).
  Before that day printed books took list (II) of BKK 2007/13033 (8 %) and newspapers and
  magazines list (I) (1 %).
- Canada: the CRA's page on the point-of-sale rebate for books (cra-arc.gc.ca, reason code 16,
  "Books", for all the participating provinces) says a newspaper does not qualify as a printed
  book, nor a magazine or periodical unless bought by subscription with no more than 5 % of its
  printed space devoted to advertising; the Deduction for Provincial Rebate (GST/HST) Regulations
  (SOR/2001-65) prescribe printed books, audio recordings of them and printed scripture only. PEI's
  guide RTG 197 lists heating oil, children's clothing and footwear, and books, and no newspapers.
  So in NB, NL, NS and PE a newspaper bears the full HST (15 % on 2020-01-01) outside the
  2024-2025 holiday, where a printed book bears the 5 % federal part only.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate) on both sides of the change, and on days of the fallback found right.
PINNED: list[tuple[str, str, str, str]] = [
    ("TR", "2015-01-01", "books", "8"),
    ("TR", "2019-02-21", "books", "8"),
    ("TR", "2019-02-22", "books", "0"),
    ("TR", "2023-07-10", "books", "0"),
    ("TR", "2015-01-01", "newspapers", "1"),
    ("TR", "2019-02-21", "newspapers", "1"),
    ("TR", "2019-02-22", "newspapers", "0"),
    ("TR", "2023-07-10", "newspapers", "0"),
    ("TR", "2019-02-22", "ebooks", "18"),
    ("CA-NB", "2020-01-01", "newspapers", "15"),
    ("CA-NL", "2020-01-01", "newspapers", "15"),
    ("CA-NS", "2020-01-01", "newspapers", "15"),
    ("CA-PE", "2020-01-01", "newspapers", "15"),
    ("CA-NB", "2020-01-01", "books", "5"),
    ("CA-NL", "2020-01-01", "books", "5"),
    ("CA-NS", "2020-01-01", "books", "5"),
    ("CA-PE", "2020-01-01", "books", "5"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_turkish_printed_publication_is_exempt_not_zero_rated(category: str) -> None:
    """Art. 13 lists exemptions (istisnalar): EN 16931 code E, not Z."""
    assert answer("TR", "2019-02-22", category) == [("VAT", Decimal("0"), "E")]


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_turkish_exemption_names_its_article_and_the_bagged_exclusion(category: str) -> None:
    assert "13/1-(n)" in mapping_period("TR", "2020-06-30", category).source
    assert "1117" in reason("TR", "2020-06-30", category)


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_turkish_exemption_period_rests_on_a_report_and_stays_unchecked(category: str) -> None:
    period = mapping_period("TR", "2019-02-22", category)
    assert period.checked is None
    assert period.secondary
    assert "7166" in period.source
    assert "ninth audit round" in (period.note or "")


def test_turkish_scripture_limit_stays_on_the_period_before_the_exemption() -> None:
    """List (I) item 18 (the Qur'an and other scriptures) matters only while books were taxed."""
    assert "Qur'an" in reason("TR", "2019-02-21", "books")
    assert "Qur'an" not in reason("TR", "2019-02-22", "books")
