"""The seventh audit round's gap audit outside Europe: vocabulary categories that a file did not map
and that therefore fell back to the standard rate where the law gives the supply a zero rate or an
exemption. Each new mapping is pinned on both sides of its start where the data reaches it, and the
fallback of the sibling category (the one the law still taxes) is pinned too.

Expected rates come from the texts read, not from the data files:
- Canada, medical and assistive devices: Excise Tax Act, Schedule VI, Part II zero-rates hearing aids,
  artificial limbs, eyes and teeth, orthodontic appliances, insulin pumps, syringes and pens,
  lancets, wheelchairs and walkers specially designed for an individual with a disability, eyeglasses
  and contact lenses on a prescription, and other listed devices (Justice Canada's consolidation);
  Revenu Québec gives the same lists for the GST and the QST. The federal part of the HST follows
  the GST, so the HST provinces charge 0 % as well.
- Canada, agriculture: Schedule VI, Part IV zero-rates farm livestock, grains, seeds, hay and fodder in
  larger-than-consumer quantities, hatching eggs, fertilizer in bulk and wool (same consolidation).
- Michigan: Const 1963, art IX, § 8 forbids sales and use tax "from and after January 1, 1975" on
  prescription drugs for human use; MCL 205.54g exempts drugs dispensable only by prescription and
  over-the-counter drugs dispensed by prescription (Treasury's RAB 2024-21). Other drugs are taxed at
  the 6 % rate.
- Washington: RCW 82.08.0281(1) exempts drugs for human use dispensed pursuant to a prescription;
  over-the-counter drugs are exempt only when so dispensed (RCW 82.08.940); the state rate is 6.5 %.
- Tennessee: the Department of Revenue's page: drugs purchased under a prescription are exempt,
  over-the-counter drugs purchased without one are taxable (7 % state rate).
- Wisconsin: Tax 11.09(4)(a) and the Department's note of 2017-06-15: drugs prescribed and dispensed on a
  prescription filled by a registered pharmacist are exempt; over-the-counter drugs stay taxable (5 %).
- Virginia: Va. Code § 58.1-609.10 (9) and (14) and VTB 98-4: prescription and nonprescription drugs
  alike are exempt, from the state and the local taxes.
- Minnesota: the Department of Revenue: all drugs for human use, prescribed and over-the-counter, are
  exempt; vitamins and minerals are taxable dietary supplements.
- Massachusetts: G.L. c. 64H, § 6(l) exempts medicine sold on prescription; the Department's directives
  keep over-the-counter medicines taxable (6.25 %) unless sold on a prescription.
- New Jersey: N.J.S.A. 54:32B-8.1 exempts drugs sold on a prescription and over-the-counter drugs (read
  in private copies only: secondary).
- Japan: 消費税法 別表第一 (e-Gov's text in force 2020-04-01) makes non-taxable the goods for physically
  disabled persons the Cabinet Order designates (第十号) and care under the public medical insurance
  (第六号); an explainer (shouhizei-quiz.com) reads the latter as covering insured prescriptions.
- South Africa: VAT Act s. 11(1)(g) and Schedule 2, Part A zero-rate animal feed, remedies, fertilizer,
  pesticides and seeds supplied to a farmer authorised on the notice of registration (commercial
  compilations of the Act: secondary).
- Iowa: r. 701-220.1(1) (the Legislature's publication) exempts newspapers, free newspapers and
  shoppers' guides, not magazines; r. 701-220.5 exempts prescription drugs (private copy: secondary).
- Missouri, Colorado: RSMo § 144.030.2 and 12 CSR 10-110.013, C.R.S. § 39-26-717 exempt prescription
  drugs (private copies: secondary); Missouri exempts over-the-counter drugs only for disabled buyers.
- Maryland: Tax-General § 11-211 (the General Assembly's site) exempts a sale of medicine and the
  devices of subsection (b). Kentucky: KRS 139.472(1) (copies: secondary) exempts prescription drugs.
- Connecticut: the DRS's IP 2007(10): prescription medicines exempt, the nonprescription exemption
  repealed from 2011-07-01; SN 2015(1) (copies: secondary) exempts nonprescription medicines again
  from 2015-04-01.
- South Carolina: § 12-36-2120(28)(a) and (8) (the Department's page): medicine sold by prescription and
  newspapers exempt. Nebraska: § 77-2704.09(1) (the Legislature's site): prescription drugs, not
  over-the-counter ones. Vermont: 32 V.S.A. § 9741(2)-(3): drugs for human use, medical equipment,
  prosthetics and farm inputs exempt.
- Rhode Island (280-RICR-20-70-47.6 and 47.7), Maine (36 M.R.S. § 1760(5)), West Virginia (110-15-92)
  and North Dakota (the Commissioner's guideline): prescription drugs exempt, over-the-counter drugs
  sold without a prescription taxed (RI from 2011-10-01).
- Kansas (K.S.A. 79-3606(p) as the Department's rulings quote it), Idaho (§ 63-3622N, also devices on
  prescription) and Oklahoma (OAC 710:65-13-170): prescription drugs exempt, over-the-counter taxed.
- Alabama (§ 40-23-4.1, r. 810-6-3-.47.01), Nevada (NRS 372.283, 374.287) and South Dakota (SDCL
  10-45-14.10): prescription drugs exempt (private copies: secondary).
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason

HST_PROVINCES = ["CA-ON", "CA-NS", "CA-NB", "CA-NL", "CA-PE"]


@pytest.mark.parametrize("day", ["2015-01-01", "2024-12-13", "2026-12-04"])
def test_canadian_medical_devices_are_zero_rated_under_the_gst(day: str) -> None:
    """Listed devices take 0 % (Z), not the 5 % they took as an unmapped category."""
    assert answer("CA", day, "medical_devices") == [("GST", Decimal("0"), "Z")]
    assert "Schedule VI, Part II" in reason("CA", day, "medical_devices")
    assert "hearing aids" in reason("CA", day, "medical_devices")
    assert "other medical equipment takes the standard rate" in reason("CA", day, "medical_devices")


@pytest.mark.parametrize("code", HST_PROVINCES)
def test_medical_devices_take_no_hst_in_the_participating_provinces(code: str) -> None:
    assert answer(code, "2026-12-04", "medical_devices") == [("HST", Decimal("0"), "Z")]


def test_quebec_zero_rates_medical_devices_for_both_taxes() -> None:
    """Revenu Québec: the devices are zero-rated for the GST and the QST."""
    assert answer("CA-QC", "2026-12-04", "medical_devices") == [
        ("GST", Decimal("0"), "Z"),
        ("QST", Decimal("0"), "Z"),
    ]


def test_canadian_device_mapping_warns_about_the_provincial_sales_taxes() -> None:
    """BC, SK and MB have exemption lists of their own, not read: the reason says so."""
    assert "have their own exemption lists (not read)" in reason("CA-BC", "2026-12-04", "medical_devices")


def test_canadian_device_mapping_is_unchecked_the_consolidation_being_later_than_its_start() -> None:
    period = mapping_period("CA", "2015-01-01", "medical_devices")
    assert period.checked is None
    assert "2018-06-21" in period.note


@pytest.mark.parametrize("code", ["CA", "CA-AB", "CA-YT"])
def test_canadian_farm_supplies_are_zero_rated(code: str) -> None:
    assert answer(code, "2015-01-01", "agricultural") == [("GST", Decimal("0"), "Z")]
    assert "farm livestock" in reason(code, "2026-12-04", "agricultural")
    assert "at least 500 kg" in reason(code, "2026-12-04", "agricultural")


def test_ontario_farm_supplies_take_no_hst() -> None:
    assert answer("CA-ON", "2026-12-04", "agricultural") == [("HST", Decimal("0"), "Z")]


@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_michigan_prescription_drugs_are_exempt_and_checked(day: str) -> None:
    assert answer("US-MI", day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
    period = mapping_period("US-MI", day, "medicines_prescription")
    assert period.checked is not None
    assert "art IX, § 8" in period.source


def test_michigan_over_the_counter_drugs_keep_the_state_rate() -> None:
    assert answer("US-MI", "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal("6"), "S")]


@pytest.mark.parametrize(
    ("code", "otc_rate"),
    [("US-WA", "6.5"), ("US-TN", "7"), ("US-WI", "5")],
)
def test_prescription_drugs_are_exempt_and_over_the_counter_ones_taxed(code: str, otc_rate: str) -> None:
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert mapping_period(code, day, "medicines_prescription").checked is None
    assert answer(code, "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]
    assert "prescription" in reason(code, "2026-12-04", "medicines_prescription")


@pytest.mark.parametrize("category", ["medicines", "medicines_prescription", "medicines_otc"])
def test_virginia_exempts_prescription_and_nonprescription_medicines(category: str) -> None:
    for day in ("2015-01-01", "2026-12-04"):
        assert answer("US-VA", day, category) == [("SALES_TAX", Decimal("0"), "E")]
    assert "cosmetics" in reason("US-VA", "2026-12-04", category)


@pytest.mark.parametrize("category", ["medicines_prescription", "medicines_otc"])
def test_minnesota_and_new_jersey_exempt_every_drug_for_human_use(category: str) -> None:
    for code in ("US-MN", "US-NJ"):
        assert answer(code, "2015-01-01", category) == [("SALES_TAX", Decimal("0"), "E")]
    assert "dietary supplements" in reason("US-MN", "2026-12-04", category)
    assert mapping_period("US-NJ", "2026-12-04", "medicines").secondary


def test_massachusetts_exempts_medicine_on_prescription_only() -> None:
    assert answer("US-MA", "2015-01-01", "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
    assert answer("US-MA", "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal("6.25"), "S")]
    assert "§ 6(l)" in mapping_period("US-MA", "2026-12-04", "medicines_prescription").source


@pytest.mark.parametrize("day", ["2015-01-01", "2019-10-01", "2026-12-04"])
def test_japanese_goods_for_disabled_persons_are_non_taxable(day: str) -> None:
    """消費税法 別表第一 第十号 (身体障害者用物品): no tax, where the category took 8 % or 10 %."""
    assert answer("JP", day, "medical_devices") == [("VAT", Decimal("0"), "E")]
    assert "身体障害者用物品" in reason("JP", day, "medical_devices")


def test_japanese_insured_prescriptions_are_non_taxable_and_private_ones_taxed() -> None:
    """別表第一 第六号: care under the public medical insurance is non-taxable; other medicines 10 %."""
    assert answer("JP", "2026-12-04", "medicines_prescription") == [("VAT", Decimal("0"), "E")]
    assert "自由診療" in reason("JP", "2026-12-04", "medicines_prescription")
    assert answer("JP", "2026-12-04", "medicines_otc") == [("VAT", Decimal("10"), "S")]
    period = mapping_period("JP", "2026-12-04", "medicines_prescription")
    # Secondary until the ninth round read 健康保険法 第63条 (test_categories_audit_r9_row.py).
    assert period.checked is None


@pytest.mark.parametrize("day", ["2015-01-01", "2018-04-01", "2026-12-04"])
def test_south_african_farming_inputs_are_zero_rated_for_authorised_farmers(day: str) -> None:
    """Schedule 2, Part A: 0 % (Z) where the category took 14 % and then 15 %."""
    assert answer("ZA", day, "agricultural") == [("VAT", Decimal("0"), "Z")]
    assert "notice of registration authorises" in reason("ZA", day, "agricultural")
    assert mapping_period("ZA", day, "agricultural").secondary


@pytest.mark.parametrize(("code", "otc_rate"), [("US-IA", "6"), ("US-MO", "4.225"), ("US-CO", "2.9")])
def test_prescription_drugs_exempt_from_private_copies_of_the_rules(code: str, otc_rate: str) -> None:
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert mapping_period(code, day, "medicines_prescription").secondary
    assert answer(code, "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]


def test_missouri_over_the_counter_drugs_are_exempt_only_for_disabled_buyers() -> None:
    assert "individual with a disability" in reason("US-MO", "2026-12-04", "medicines_prescription")


@pytest.mark.parametrize("day", ["2015-01-01", "2026-12-04"])
def test_iowa_newspapers_are_exempt_and_magazines_are_not(day: str) -> None:
    """Rule 701-220.1(1): newspapers, free newspapers and shoppers' guides exempt, periodicals taxed."""
    assert answer("US-IA", day, "newspapers") == [("SALES_TAX", Decimal("0"), "E")]
    assert "magazines, newsletters and other periodicals" in reason("US-IA", day, "newspapers")


def test_maryland_exempts_medicine_and_the_listed_medical_devices() -> None:
    """Tax-General § 11-211(a)(2) and (b): medicine, artificial limbs, wheelchairs, hearing devices."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer("US-MD", day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert answer("US-MD", day, "medical_devices") == [("SALES_TAX", Decimal("0"), "E")]
    assert "a wheelchair" in reason("US-MD", "2026-12-04", "medical_devices")
    assert "blood pressure devices" in reason("US-MD", "2026-12-04", "medical_devices")


def test_kentucky_prescription_drugs_are_exempt() -> None:
    assert answer("US-KY", "2015-01-01", "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
    assert answer("US-KY", "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal("6"), "S")]


@pytest.mark.parametrize(
    ("day", "expected", "code"),
    [
        ("2015-01-01", "6.35", "S"),
        ("2015-03-31", "6.35", "S"),
        ("2015-04-01", "0", "E"),
        ("2026-12-04", "0", "E"),
    ],
)
def test_connecticut_nonprescription_medicines_are_exempt_again_from_april_2015(
    day: str, expected: str, code: str
) -> None:
    """Repealed from 2011-07-01 (IP 2007(10)), enacted again from 2015-04-01 (SN 2015(1))."""
    assert answer("US-CT", day, "medicines_otc") == [("SALES_TAX", Decimal(expected), code)]
    assert answer("US-CT", day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]


def test_south_carolina_exempts_prescription_medicine_and_newspapers() -> None:
    """§ 12-36-2120(28)(a) and (8), as the Department of Revenue's page quotes them."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer("US-SC", day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert answer("US-SC", day, "newspapers") == [("SALES_TAX", Decimal("0"), "E")]
    assert answer("US-SC", "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal("6"), "S")]


def test_nebraska_exempts_prescription_drugs_but_not_over_the_counter_ones() -> None:
    """§ 77-2704.09(1): drugs, not including over-the-counter drugs, sold under a prescription."""
    assert answer("US-NE", "2015-01-01", "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
    assert answer("US-NE", "2026-12-04", "medicines_otc") == [("SALES_TAX", Decimal("5.5"), "S")]


@pytest.mark.parametrize("category", ["medicines", "medicines_otc", "medical_devices", "agricultural"])
def test_vermont_exempts_drugs_medical_equipment_and_farm_inputs(category: str) -> None:
    """32 V.S.A. § 9741(2) and (3)."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer("US-VT", day, category) == [("SALES_TAX", Decimal("0"), "E")]


@pytest.mark.parametrize(
    ("code", "otc_rate"), [("US-RI", "7"), ("US-ME", "5.5"), ("US-WV", "6"), ("US-ND", "5")]
)
def test_prescription_drugs_exempt_and_over_the_counter_drugs_taxed(code: str, otc_rate: str) -> None:
    """RI (rules 47.6-47.7: OTC taxed from 2011-10-01), ME (§ 1760(5)), WV (110-15-92), ND (guideline)."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert answer(code, day, "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]


@pytest.mark.parametrize(("code", "otc_rate"), [("US-KS", "6.15"), ("US-ID", "6"), ("US-OK", "4.5")])
def test_kansas_idaho_oklahoma_exempt_prescription_drugs_only(code: str, otc_rate: str) -> None:
    """K.S.A. 79-3606(p), Idaho Code § 63-3622N(a)(1), 68 O.S. § 1357(9) with OAC 710:65-13-170."""
    assert answer(code, "2015-01-01", "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
    assert answer(code, "2015-01-01", "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]


def test_idaho_medical_devices_are_exempt_on_prescription() -> None:
    assert answer("US-ID", "2026-12-04", "medical_devices") == [("SALES_TAX", Decimal("0"), "E")]
    assert "under a prescription or work order" in reason("US-ID", "2026-12-04", "medical_devices")


@pytest.mark.parametrize(("code", "otc_rate"), [("US-AL", "4"), ("US-NV", "6.85"), ("US-SD", "4")])
def test_alabama_nevada_south_dakota_exempt_prescription_drugs(code: str, otc_rate: str) -> None:
    """§ 40-23-4.1 and r. 810-6-3-.47.01; NRS 372.283(1)(d) and 374.287(1)(d); SDCL 10-45-14.10."""
    for day in ("2015-01-01", "2026-12-04"):
        assert answer(code, day, "medicines_prescription") == [("SALES_TAX", Decimal("0"), "E")]
        assert mapping_period(code, day, "medicines_prescription").secondary
    assert answer(code, "2015-01-01", "medicines_otc") == [("SALES_TAX", Decimal(otc_rate), "S")]
