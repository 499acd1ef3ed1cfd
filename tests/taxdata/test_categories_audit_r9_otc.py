"""The over-the-counter and prescription medicine periods added in the ninth audit round, where
a file's `medicines` mapping gave non-prescription (or prescription) medicines the wrong answer
through the vocabulary's fallback, each pinned on both sides of its start.

Expected answers are read from the sources, not from the data files:
- Canada, GST: the Excise Tax Act, Schedule VI, Part I zero-rates drugs dispensed on prescription;
  other drugs take the 5 % GST.
- British Columbia, PST (7 %): the Provincial Sales Tax Exemption and Refund Regulation, B.C. Reg.
  97/2013, effective 2013-04-01 (bclaws.gov.bc.ca), s. 3 (1) exempts drugs of Schedule I or IA of
  the Drug Schedules Regulation and drugs sold on prescription ((a), (c) (i)) and drugs and other
  substances that alleviate pain ((e)); s. 4 exempts household medical aids, which the Ministry's
  exemptions page illustrates with cough syrup and pain medications. A non-prescription medicine
  is therefore PST-exempt when it is one of those, and pays the GST.
- Saskatchewan, PST (5 %, 6 % from 2017-03-23): Information Bulletin PST-2 (revisions of November
  2011 and June 2015) exempts "prescription drugs and medicines (that can only be obtained by
  prescription ...)"; non-prescription medicines are not in its exempt categories.
- Manitoba, RST (8 % from 2013-07-01, 7 % from 2019-07-01): RST Bulletin No. 002 exempts prescription
  drugs and, with or without a prescription, nicotine replacement products (Ryan's summary of the
  2010 revisions); non-prescription and proprietary drugs such as pain relievers and cold remedies
  are taxable (a quotation of the taxable list). Secondary: the bulletin itself was not read.
The data of the three provinces starts on 2015-01-01 (CA.toml's data_from), the day the pins start.
- Croatia (standard 25 %, 5 % for medicines): the Porezna uprava's opinion of 2015-01-05 quotes čl. 38.
  st. 2. t. d) of the VAT Act as amended to NN 143/14: 5 % for "lijekove koji se izdaju na liječnički
  recept" approved by the competent authority; its opinion of 2018-12-19 says NN 106/18, članak 6.,
  changes that point from 2019-01-01, and the Chamber of Pharmacists lists the non-prescription
  medicines moving from 25 % to 5 % that day; the opinion of 2023-11-16 gives the new wording, every
  medicine approved by the competent authority.
- Montenegro (7 % for medicines): Legita's summary of the VAT Act (secondary) gives 7 % to medicines
  "except for medicines issued at the expense of the Republic Health Insurance Fund", whose supplies
  take the zero rate.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, d, mapping_period, rate, reason

from invoicekit import default_table
from invoicekit.errors import RateNotModelled

Component = tuple[str, str, str]

# (code, day, category, components as (tax, rate, EN 16931 code)) on both sides of each start
# added in this round; the answers are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, list[Component]]] = [
    ("CA-BC", "2015-01-01", "medicines_otc", [("GST", "5", "S"), ("PST", "0", "E")]),
    ("CA-BC", "2024-12-14", "medicines_otc", [("GST", "5", "S"), ("PST", "0", "E")]),
    ("CA-BC", "2026-12-06", "medicines_otc", [("GST", "5", "S"), ("PST", "0", "E")]),
    ("CA-BC", "2015-01-01", "medicines_prescription", [("GST", "0", "Z"), ("PST", "0", "E")]),
    ("CA-BC", "2026-12-06", "medicines_prescription", [("GST", "0", "Z"), ("PST", "0", "E")]),
    ("CA-SK", "2015-01-01", "medicines_prescription", [("GST", "0", "Z"), ("PST", "0", "E")]),
    ("CA-SK", "2026-12-06", "medicines_prescription", [("GST", "0", "Z"), ("PST", "0", "E")]),
    ("CA-MB", "2015-01-01", "medicines_prescription", [("GST", "0", "Z"), ("RST", "0", "E")]),
    ("CA-MB", "2026-12-06", "medicines_prescription", [("GST", "0", "Z"), ("RST", "0", "E")]),
    # unchanged: Saskatchewan taxes non-prescription medicines (PST-2), before and after the
    # PST rate rose to 6 % on 2017-03-23
    ("CA-SK", "2015-01-01", "medicines_otc", [("GST", "5", "S"), ("PST", "5", "S")]),
    ("CA-SK", "2026-12-06", "medicines_otc", [("GST", "5", "S"), ("PST", "6", "S")]),
    # Manitoba's own OTC mapping: taxed, before and after the RST cut to 7 % on 2019-07-01
    ("CA-MB", "2015-01-01", "medicines_otc", [("GST", "5", "S"), ("RST", "8", "S")]),
    ("CA-MB", "2019-06-30", "medicines_otc", [("GST", "5", "S"), ("RST", "8", "S")]),
    ("CA-MB", "2019-07-01", "medicines_otc", [("GST", "5", "S"), ("RST", "7", "S")]),
]

# (code, day, category, rate) for the single-tax files corrected this round.
PINNED_VAT: list[tuple[str, str, str, str]] = [
    ("HR", "2015-01-01", "medicines_otc", "25"),
    ("HR", "2018-12-31", "medicines_otc", "25"),
    ("HR", "2019-01-01", "medicines_otc", "5"),
    ("HR", "2026-12-06", "medicines_otc", "5"),
    ("HR", "2015-01-01", "medicines", "5"),
    ("HR", "2018-12-31", "medicines", "5"),
    ("HR", "2019-01-01", "medicines", "5"),
    ("HR", "2018-12-31", "medicines_prescription", "5"),
    ("HR", "2019-01-01", "medicines_prescription", "5"),
    ("ME", "2015-01-01", "medicines_reimbursable", "0"),
    ("ME", "2026-12-06", "medicines_reimbursable", "0"),
    ("ME", "2015-01-01", "medicines", "7"),
    ("ME", "2026-12-06", "medicines_otc", "7"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED_VAT)
def test_pinned_vat_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_answer(
    code: str, day: str, category: str, expected: list[Component]
) -> None:
    want = [(tax, Decimal(value), cat) for tax, value, cat in expected]
    assert answer(code, day, category) == want


@pytest.mark.parametrize("code", ["CA-BC", "CA-SK", "CA-MB"])
def test_the_day_before_the_data_starts_is_not_modelled(code: str) -> None:
    """The periods begin before 2015-01-01 (B.C. on 2013-04-01); the data does not."""
    with pytest.raises(RateNotModelled):
        default_table().resolve(code, d("2014-12-31"), "medicines_otc")


# (code, day, category, words the source must name) for the periods marked checked this round.
CHECKED: list[tuple[str, str, str, str]] = [
    ("CA-BC", "2015-01-01", "medicines_prescription", "B.C. Reg. 97/2013"),
    ("CA-SK", "2015-01-01", "medicines_prescription", "PST-2"),
    ("HR", "2015-01-01", "medicines_otc", "410-19/14-01/675"),
    ("HR", "2019-01-01", "medicines_otc", "410-19/18-02/299"),
    ("HR", "2015-01-01", "medicines", "410-19/14-01/675"),
    ("HR", "2019-01-01", "medicines", "NN 106/18"),
]


@pytest.mark.parametrize(("code", "day", "category", "act"), CHECKED)
def test_period_read_in_an_official_text_is_checked(code: str, day: str, category: str, act: str) -> None:
    period = mapping_period(code, day, category)
    assert period.checked is not None
    assert act in period.source


# Periods added this round whose rule was not read in full in an official text.
UNCHECKED: list[tuple[str, str, str]] = [
    ("CA-BC", "2015-01-01", "medicines_otc"),
    ("CA-MB", "2015-01-01", "medicines_prescription"),
    ("CA-MB", "2015-01-01", "medicines_otc"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_rule_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_bc_otc_medicines_are_the_provinces_own_mapping() -> None:
    """Not CA.toml's medicines_otc (PST 7 %) any more; the reason names the exempt kinds."""
    period = mapping_period("CA-BC", "2020-06-30", "medicines_otc")
    assert "97/2013" in period.source
    text = reason("CA-BC", "2020-06-30", "medicines_otc")
    assert "PSTERR s. 3 (1) (e)" in text
    assert "household medical aid" in text
    assert "PST 7 %" in text


def test_manitoba_otc_mapping_is_secondary_and_names_nicotine_replacement() -> None:
    period = mapping_period("CA-MB", "2020-06-30", "medicines_otc")
    assert period.secondary
    assert "nicotine replacement" in reason("CA-MB", "2020-06-30", "medicines_otc")


def test_canadian_otc_limit_points_to_the_provinces_mappings() -> None:
    """Saskatchewan still falls back to CA.toml's medicines_otc, whose limit names the others."""
    text = reason("CA-SK", "2020-06-30", "medicines_otc")
    assert "CA-BC.toml" in text
    assert "CA-MB.toml" in text
    assert "PST-2" in text


def test_croatian_prescription_condition_ends_on_2018_12_31() -> None:
    assert "prescription" in reason("HR", "2016-06-30", "medicines")
    assert "prescription" not in reason("HR", "2019-06-30", "medicines")


def test_montenegrin_fund_medicines_are_secondary_and_name_the_fund() -> None:
    period = mapping_period("ME", "2020-06-30", "medicines_reimbursable")
    assert period.secondary
    assert period.checked is None
    assert "Health Insurance Fund" in reason("ME", "2020-06-30", "medicines_reimbursable")
