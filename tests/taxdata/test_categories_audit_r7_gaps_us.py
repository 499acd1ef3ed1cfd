"""The seventh audit round's gap audit, second US part: prescription drugs, which twelve State files
did not map and which therefore took the full State rate. Each new mapping is pinned on its first
day and on the audit day, and over-the-counter drugs (`medicines_otc`, which falls back through the
unmapped `medicines` to the standard rate) are pinned at the State rate, since every text read
exempts prescriptions only.

Expected rates come from the texts read, not from the data files:
- Arkansas: Ark. Code § 26-52-406(a)(1) exempts prescription drugs sold for human use by licensed
  pharmacists, hospitals or physicians; rule GR-38 C keeps drugs that may be bought without a
  prescription taxable even when prescribed (6.5 % state rate).
- Arizona: A.R.S. § 42-5061(A)(8) takes drugs on a prescription out of the retail classification;
  R15-5-156 counts over-the-counter drugs as nonprescription products (5.6 %).
- Georgia: O.C.G.A. § 48-8-3 as HB 168 (2011) worded it, "drugs which are lawfully dispensable only by
  prescription" (a tax firm's report: secondary); 4 % state rate.
- Indiana: IC 6-2.5-5-19 and 45 IAC 2.2-5-33: drugs sold by a pharmacist on a practitioner's
  prescription are exempt, aspirin and cold pills bought without one are taxable (7 %).
- Louisiana: the Legislative Auditor: the constitutional and statutory exemption of prescription drugs
  (art. VII, § 2.2; R.S. 47:305(D)(1)(j)) covers the State portion of the sales tax only.
- Mississippi: 35 Miss. Code R. § 4-12-02-100: legend drugs and insulin exempt, nonprescription drugs
  taxable at the regular rate (7 %).
- North Carolina: G.S. 105-164.13(13) as S.B. 894 (2011 session) quotes it: drugs dispensable only on
  prescription, over-the-counter drugs sold on prescription and insulin (4.75 %).
- New Mexico: NMSA 1978, § 7-9-73.2: receipts from selling prescription drugs may be deducted.
- Ohio: R.C. 5739.02(B)(18) as the Department's Information Releases ST 2003-10 and ST 2010-03 name
  it (5.75 %).
- Utah: § 59-12-104 as S.B. 147 (2003) amended it from 2004-07-01: drugs sold under a prescription.
- Wyoming: Converse County's answer and the Department's list of exemptions: prescription drugs (4 %).
- Hawaii: HRS § 237-24.3 as the Legislature's 2019 bills and committee reports describe it: sales of
  prescription drugs and prosthetic devices are not taxable under the 4 % general excise tax.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason

EXEMPT = [("SALES_TAX", Decimal("0"), "E")]

# State, over-the-counter rate on the audit day (the State's general rate), whether secondary.
STATES = [
    ("US-AR", "6.5", False),
    ("US-AZ", "5.6", True),
    ("US-GA", "4", True),
    ("US-IN", "7", True),
    ("US-LA", "5", False),
    ("US-MS", "7", True),
    ("US-NC", "4.75", True),
    ("US-NM", "4.875", False),
    ("US-OH", "5.75", False),
    ("US-UT", "6.1", True),
    ("US-WY", "4", True),
    ("US-HI", "4", False),
]


# Checked later, in the ninth round's US States audit (test_categories_audit_r9_us.py): the text in
# force on 2015-01-01 read in justia's copies of the official codes (AR's was secondary before).
CHECKED_IN_R9 = {"US-AR", "US-NM"}


@pytest.mark.parametrize(("code", "otc_rate", "secondary"), STATES)
def test_prescription_drugs_are_exempt_from_2015(code: str, otc_rate: str, secondary: bool) -> None:
    """No State rate on a prescription, where the unmapped category took the full State rate."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "medicines_prescription") == EXEMPT
        period = mapping_period(code, day, "medicines_prescription")
        assert (period.checked is not None) is (code in CHECKED_IN_R9)
        assert bool(period.secondary) is secondary
    assert "medicines_otc" in reason(code, "2026-12-04", "medicines_prescription")


def test_the_mappings_start_on_the_first_day_of_the_data() -> None:
    """The texts read give the exemption as in force before 2015, the first day of the US data."""
    for code, _, _ in STATES:
        assert str(mapping_period(code, "2015-01-01", "medicines_prescription").start) == "2015-01-01"


@pytest.mark.parametrize(("code", "otc_rate", "secondary"), STATES)
def test_over_the_counter_drugs_keep_the_state_rate(code: str, otc_rate: str, secondary: bool) -> None:
    """Only prescriptions are exempt in these States: a drug sold without one is taxed in full."""
    assert answer(code, "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]
    assert answer(code, "2026-12-04", "medicines") == [("SALES_TAX", Decimal(otc_rate), "S")]


@pytest.mark.parametrize(("code", "rate_2015"), [("US-LA", "4"), ("US-NM", "5.125"), ("US-UT", "5.95")])
def test_over_the_counter_drugs_took_the_rate_of_2015(code: str, rate_2015: str) -> None:
    """LA (4 % until 2016-03-31), NM (5.125 % until 2022-06-30), UT (5.95 % until 2019-03-31)."""
    assert answer(code, "2015-01-01", "medicines_otc") == [("SALES_TAX", Decimal(rate_2015), "S")]


def test_louisiana_exempts_prescriptions_from_the_state_tax_only() -> None:
    """Parish and municipal taxes still apply, except the listed statutory cases."""
    text = reason("US-LA", "2026-12-04", "medicines_prescription")
    assert "state sales tax only" in text
    assert "R.S. 47:305(D)(5)" in text


def test_arkansas_keeps_prescribed_over_the_counter_drugs_taxable() -> None:
    assert "stay taxable even when prescribed" in reason("US-AR", "2026-12-04", "medicines_prescription")


def test_north_carolina_also_exempts_insulin_and_prescribed_over_the_counter_drugs() -> None:
    text = reason("US-NC", "2026-12-04", "medicines_prescription")
    assert "over-the-counter drugs sold on prescription" in text
    assert "insulin" in text


def test_new_mexico_deducts_prescription_drugs_from_gross_receipts() -> None:
    period = mapping_period("US-NM", "2026-12-04", "medicines_prescription")
    assert "7-9-73.2" in period.source
    assert "21 U.S.C. 353(b)(1)" in reason("US-NM", "2015-01-01", "medicines_prescription")


# Newspapers: Neb. Rev. Stat. § 77-2704.07 (last amended 2003) and REG-1-054; R.I. Gen. Laws § 44-18-30(2)
# and Regulation SU 90-130 (effective 1990-12-31, refiled unchanged as 280-RICR-20-70-53); NRS 372.315
# (its title only) and Wyoming (a county's list): exempt, magazines and other periodicals taxed.
NEWSPAPERS = [("US-NE", "5.5", True), ("US-RI", "7", True), ("US-NV", "6.85", False), ("US-WY", "4", False)]


@pytest.mark.parametrize(("code", "state_rate", "checked"), NEWSPAPERS)
def test_newspapers_are_exempt_and_books_keep_the_state_rate(
    code: str, state_rate: str, checked: bool
) -> None:
    """Newspapers took the full State rate as an unmapped category; books are still taxed in full."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "newspapers") == EXEMPT
        period = mapping_period(code, day, "newspapers")
        assert (period.checked is not None) is checked
        assert bool(period.secondary) is not checked
    assert "periodicals" in reason(code, "2026-12-04", "newspapers")
    assert answer(code, "2026-12-04", "books") == [("SALES_TAX", Decimal(state_rate), "S")]


def test_nebraska_newspapers_must_appear_at_least_weekly() -> None:
    text = reason("US-NE", "2015-01-01", "newspapers")
    assert "intervals not exceeding one week" in text
    assert "LB 759" in mapping_period("US-NE", "2015-01-01", "newspapers").source


def test_rhode_island_taxes_magazines_and_flyers() -> None:
    text = reason("US-RI", "2015-01-01", "newspapers")
    assert "printed on newsprint" in text
    assert "flyers" in text
    assert "SU 90-130" in mapping_period("US-RI", "2015-01-01", "newspapers").source


# Maryland: Tax-General § 11-211(a)(2) exempts "a sale of medicine", and the Comptroller's page "Medicine and
# Medical Equipment" counts prescription and non-prescription drugs and patent medicines as medicine
# (cosmetics, toothpastes and skin creams are not). The file mapped only prescriptions: a correction.
@pytest.mark.parametrize("category", ["medicines", "medicines_prescription", "medicines_otc"])
@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_maryland_exempts_over_the_counter_medicine_too(category: str, day: str) -> None:
    assert answer("US-MD", day, category) == EXEMPT
    assert "toothpastes" in reason("US-MD", day, category)
    assert "non-prescription drugs" in mapping_period("US-MD", day, "medicines").source


def test_maryland_cosmetics_keep_the_state_rate() -> None:
    """Not medicine under the Comptroller's page: the catalogue sends them as standard, 6 %."""
    assert answer("US-MD", "2026-12-04", "standard") == [("SALES_TAX", Decimal("6"), "S")]


# Arizona: A.R.S. § 42-5061(A)(9)-(13): prosthetic appliances prescribed or recommended, insulin syringes and
# test strips, prescription eyeglasses, hearing aids, and prescribed durable medical equipment with a
# Medicare code are outside the retail classification (private copies: secondary).
@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_arizona_listed_medical_devices_are_exempt(day: str) -> None:
    assert answer("US-AZ", day, "medical_devices") == EXEMPT
    text = reason("US-AZ", day, "medical_devices")
    assert "hearing aids" in text
    assert "other medical equipment takes the standard rate" in text
    assert mapping_period("US-AZ", day, "medical_devices").secondary


# District of Columbia: D.C. Code § 47-2005(14) exempts "medicines, pharmaceuticals, and drugs whether or not
# made on prescriptions", and (15) the listed devices (those of (15)(B) on a written prescription); read in the
# Council's XML of the Code as it stood in March 2015, no amendment of (14) or (15) since 2007.
@pytest.mark.parametrize(
    "category", ["medicines", "medicines_prescription", "medicines_otc", "medical_devices"]
)
@pytest.mark.parametrize("day", ["2015-01-01", "2018-10-01", "2026-12-04"])
def test_district_of_columbia_exempts_every_medicine_and_listed_devices(category: str, day: str) -> None:
    assert answer("US-DC", day, category) == EXEMPT


def test_district_of_columbia_mappings_are_checked_on_the_councils_code() -> None:
    for category in ("medicines", "medical_devices"):
        period = mapping_period("US-DC", "2015-01-01", category)
        assert period.checked is not None
        assert "47-2005" in period.source
    assert "whether or not sold on the prescription" in reason("US-DC", "2015-01-01", "medicines_otc")
    assert "written prescription" in reason("US-DC", "2015-01-01", "medical_devices")


def test_district_of_columbia_other_goods_keep_the_general_rate() -> None:
    """The general rate the unmapped categories took: 5.75 % to 2018-09-30, 6 %, 7 % from 2026-10-01."""
    assert answer("US-DC", "2015-01-01", "standard") == [("SALES_TAX", Decimal("5.75"), "S")]
    assert answer("US-DC", "2018-10-01", "standard") == [("SALES_TAX", Decimal("6"), "S")]
    assert answer("US-DC", "2026-12-04", "standard") == [("SALES_TAX", Decimal("7"), "S")]
