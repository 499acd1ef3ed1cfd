"""The US States' prescription-medicine periods looked at again in the ninth audit round's second
US pass: none could be checked, so the test pins what the texts read give and that the periods stay
unchecked.

Expected rates are read from the sources, not from the data files:
- Kentucky: bill 14 RS BR 330 (unofficial copy of 2014-01-23, docsbay.net) sets out KRS 139.472(1)
  as amended by it; apart from the livestock items it would add, its wording is that of the
  current copies: the taxes "shall not apply to the sale or purchase of: (a) A drug purchased for
  the treatment of ... A human being for which a prescription is required by state or federal
  law ..." and "(b) An over-the-counter drug purchased for the treatment of ... A human being for
  which a prescription is issued". No official text dated nearer 2015-01-01 and no history note of
  the section was read.
- South Dakota: SDCL § 10-45-14.10 (statutes.laws.com's undated copy, "Source: SL 2003, ch 61,
  § 6"): gross receipts from drugs used by humans, "if the drugs are prescribed by prescription,
  dispensed, or administered by" a physician and the other listed practitioners, are exempt. No
  official or dated copy was found.
- South Carolina: § 12-36-2120(28)(a) in the Legislature's bills (H. 3297 of 2005, which became Act
  89 of 2005, effective 2005-07-01; H. 952 of 2008 quoting it "as last amended by Act 89 of 2005"):
  "medicine and prosthetic devices sold by prescription" are exempt. No text of the item dated
  between 2008 and 2015-01-01 was read.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate

# (code, day, category, rate): the class the texts read give on the period's first day.
PINNED: list[tuple[str, str, str, str]] = [
    ("US-KY", "2015-01-01", "medicines_prescription", "0"),
    ("US-SD", "2015-01-01", "medicines_prescription", "0"),
    ("US-SC", "2015-01-01", "medicines_prescription", "0"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_prescription_medicines_are_exempt_as_the_texts_read_say(
    code: str, day: str, category: str, expected: str
) -> None:
    assert rate(code, day, category) == Decimal(expected)


# No text read shows the wording in force on 2015-01-01 in an official or dated copy.
UNCHECKED: list[tuple[str, str, str]] = [
    ("US-KY", "2015-01-01", "medicines_prescription"),
    ("US-SD", "2015-01-01", "medicines_prescription"),
    ("US-SC", "2015-01-01", "medicines_prescription"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_without_a_dated_official_text_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None
