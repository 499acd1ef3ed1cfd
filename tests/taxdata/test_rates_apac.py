"""Asia-Pacific tax data (taxdata/asia-pacific/): every rate change pinned on both sides of its date.

Hand-checked against the sources cited in the data files:
AU, NZ, KR single rate; SG 7 -> 8 (2023-01-01) -> 9 (2024-01-01); JP 8 -> 10 with the reduced 8 %
for food and newspapers (2019-10-01); IN GST slabs and the 2025-09-22 rationalisation
(12 % slab abolished, demerit 28 -> 40), per State / Union territory component split.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicekit import RateNotFound, Rounding, default_table, rates


def pairs(jurisdiction: str, on: date, category: str = "standard") -> list[tuple[str, Decimal]]:
    return [(c.tax, c.rate) for c in rates(jurisdiction, on=on, category=category)]


def D(value: str) -> Decimal:
    return Decimal(value)


# --- single-rate countries, and Singapore's two steps ------------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "on", "expected"),
    [
        ("AU", date(2019, 1, 1), [("GST", D("10"))]),
        ("AU", date(2027, 6, 30), [("GST", D("10"))]),
        ("NZ", date(2019, 1, 1), [("GST", D("15"))]),
        ("NZ", date(2027, 6, 30), [("GST", D("15"))]),
        ("KR", date(2019, 1, 1), [("VAT", D("10"))]),
        ("KR", date(2027, 6, 30), [("VAT", D("10"))]),
        ("SG", date(2019, 1, 1), [("GST", D("7"))]),
        ("SG", date(2022, 12, 31), [("GST", D("7"))]),
        ("SG", date(2023, 1, 1), [("GST", D("8"))]),
        ("SG", date(2023, 12, 31), [("GST", D("8"))]),
        ("SG", date(2024, 1, 1), [("GST", D("9"))]),
        ("SG", date(2027, 6, 30), [("GST", D("9"))]),
    ],
)
def test_standard_rates(jurisdiction: str, on: date, expected: list[tuple[str, Decimal]]) -> None:
    assert pairs(jurisdiction, on) == expected


# --- Japan: 8 -> 10 on 2019-10-01, reduced 8 % from the same day -------------------------------


@pytest.mark.parametrize(
    ("on", "category", "expected"),
    [
        (date(2019, 1, 1), "standard", [("VAT", D("8"))]),
        (date(2019, 9, 30), "standard", [("VAT", D("8"))]),
        (date(2019, 10, 1), "standard", [("VAT", D("10"))]),
        (date(2026, 11, 23), "standard", [("VAT", D("10"))]),
        (date(2019, 10, 1), "reduced", [("VAT", D("8"))]),
        # food and newspapers: the single 8 % before, the reduced 8 % after
        (date(2019, 9, 30), "food", [("VAT", D("8"))]),
        (date(2019, 10, 1), "food", [("VAT", D("8"))]),
        (date(2019, 10, 1), "basic_food", [("VAT", D("8"))]),
        (date(2019, 9, 30), "newspapers", [("VAT", D("8"))]),
        (date(2019, 10, 1), "newspapers", [("VAT", D("8"))]),
        # eating out and books take the standard rate
        (date(2019, 10, 1), "restaurant_food", [("VAT", D("10"))]),
        (date(2019, 10, 1), "books", [("VAT", D("10"))]),
    ],
)
def test_japan(on: date, category: str, expected: list[tuple[str, Decimal]]) -> None:
    assert pairs("JP", on, category) == expected


def test_japan_has_no_reduced_rate_before_2019_10_01() -> None:
    with pytest.raises(RateNotFound):
        rates("JP", on=date(2019, 9, 30), category="reduced")


def test_japan_food_and_newspapers_use_the_reduced_class() -> None:
    for category in ("food", "newspapers"):
        (component,) = rates("JP", on=date(2019, 10, 1), category=category)
        assert component.rate_class == "reduced"


# --- product categories: zero-rated (GST-free) vs exempt ---------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "category", "tax", "category_code"),
    [
        ("AU", "food", "GST", "Z"),
        ("AU", "basic_food", "GST", "Z"),
        ("AU", "medicines", "GST", "Z"),
        ("AU", "medical_devices", "GST", "Z"),
        ("KR", "basic_food", "VAT", "E"),
        ("KR", "agricultural", "VAT", "E"),
        ("KR", "books", "VAT", "E"),
        ("KR", "newspapers", "VAT", "E"),
    ],
)
def test_zero_and_exempt_categories(jurisdiction: str, category: str, tax: str, category_code: str) -> None:
    (component,) = rates(jurisdiction, on=date(2024, 1, 1), category=category)
    assert (component.tax, component.rate, component.category) == (tax, D("0"), category_code)


@pytest.mark.parametrize(
    ("jurisdiction", "category", "expected"),
    [
        ("AU", "restaurant_food", [("GST", D("10"))]),
        ("NZ", "food", [("GST", D("15"))]),
        ("SG", "food", [("GST", D("9"))]),
        ("KR", "food", [("VAT", D("10"))]),
    ],
)
def test_categories_without_relief_take_the_standard_rate(
    jurisdiction: str, category: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert pairs(jurisdiction, date(2024, 6, 1), category) == expected


# --- India: IGST (inter-State) and the 2025-09-22 rationalisation ------------------------------


@pytest.mark.parametrize(
    ("on", "category", "expected"),
    [
        (date(2017, 7, 1), "standard", [("IGST", D("18"))]),
        (date(2025, 9, 21), "standard", [("IGST", D("18"))]),
        (date(2025, 9, 22), "standard", [("IGST", D("18"))]),
        (date(2025, 9, 21), "reduced", [("IGST", D("12"))]),
        (date(2025, 9, 21), "reduced2", [("IGST", D("5"))]),
        (date(2025, 9, 22), "reduced2", [("IGST", D("5"))]),
        (date(2025, 9, 21), "merit", [("IGST", D("5"))]),
        (date(2025, 9, 22), "merit", [("IGST", D("5"))]),
        (date(2019, 1, 1), "demerit", [("IGST", D("28"))]),
        (date(2025, 9, 21), "demerit", [("IGST", D("28"))]),
        (date(2025, 9, 22), "demerit", [("IGST", D("40"))]),
        (date(2027, 6, 30), "demerit", [("IGST", D("40"))]),
        # medicines and medical devices: 12 % slab -> 5 %
        (date(2025, 9, 21), "medicines", [("IGST", D("12"))]),
        (date(2025, 9, 22), "medicines", [("IGST", D("5"))]),
        (date(2025, 9, 21), "medical_devices", [("IGST", D("12"))]),
        (date(2025, 9, 22), "medical_devices", [("IGST", D("5"))]),
        # packaged food: mixed slabs before (standard), 5 % after
        (date(2025, 9, 21), "food", [("IGST", D("18"))]),
        (date(2025, 9, 22), "food", [("IGST", D("5"))]),
        # restaurant service 5 % since 2017-11-15
        (date(2017, 11, 14), "restaurant_food", [("IGST", D("18"))]),
        (date(2017, 11, 15), "restaurant_food", [("IGST", D("5"))]),
        (date(2025, 9, 22), "restaurant_food", [("IGST", D("5"))]),
        # nil rated
        (date(2025, 9, 21), "books", [("IGST", D("0"))]),
        (date(2025, 9, 22), "books", [("IGST", D("0"))]),
        (date(2025, 9, 22), "newspapers", [("IGST", D("0"))]),
        (date(2025, 9, 22), "basic_food", [("IGST", D("0"))]),
    ],
)
def test_india_igst(on: date, category: str, expected: list[tuple[str, Decimal]]) -> None:
    assert pairs("IN", on, category) == expected


def test_india_12_percent_slab_ends_2025_09_21() -> None:
    assert pairs("IN", date(2025, 9, 21), "reduced") == [("IGST", D("12"))]
    with pytest.raises(RateNotFound):
        rates("IN", on=date(2025, 9, 22), category="reduced")
    with pytest.raises(RateNotFound):
        rates("IN-KA", on=date(2025, 9, 22), category="reduced")


def test_india_nil_rated_goods_are_exempt_supplies() -> None:
    for category in ("books", "newspapers", "basic_food"):
        assert [c.category for c in rates("IN-MH", on=date(2024, 1, 1), category=category)] == ["E", "E"]


def test_india_no_data_before_gst() -> None:
    with pytest.raises(RateNotFound):
        rates("IN", on=date(2017, 6, 30))


STATES = [
    "IN-AP", "IN-AR", "IN-AS", "IN-BR", "IN-CG", "IN-GA", "IN-GJ", "IN-HP", "IN-HR", "IN-JH",
    "IN-KA", "IN-KL", "IN-MH", "IN-ML", "IN-MN", "IN-MP", "IN-MZ", "IN-NL", "IN-OD", "IN-PB",
    "IN-RJ", "IN-SK", "IN-TN", "IN-TR", "IN-TS", "IN-UK", "IN-UP", "IN-WB",
]  # fmt: skip
UTS_WITH_LEGISLATURE = ["IN-DL", "IN-PY", "IN-JK"]
UTS_WITHOUT_LEGISLATURE = ["IN-AN", "IN-CH", "IN-DH", "IN-LA", "IN-LD"]


@pytest.mark.parametrize("code", STATES + UTS_WITH_LEGISLATURE)
def test_india_states_charge_cgst_and_sgst(code: str) -> None:
    assert pairs(code, date(2025, 9, 21)) == [("CGST", D("9")), ("SGST", D("9"))]
    assert pairs(code, date(2025, 9, 22)) == [("CGST", D("9")), ("SGST", D("9"))]


@pytest.mark.parametrize("code", UTS_WITHOUT_LEGISLATURE)
def test_india_union_territories_charge_cgst_and_utgst(code: str) -> None:
    assert pairs(code, date(2025, 9, 21)) == [("CGST", D("9")), ("UTGST", D("9"))]
    assert pairs(code, date(2025, 9, 22)) == [("CGST", D("9")), ("UTGST", D("9"))]


@pytest.mark.parametrize(
    ("code", "on", "category", "expected"),
    [
        ("IN-KA", date(2025, 9, 21), "reduced", [("CGST", D("6")), ("SGST", D("6"))]),
        ("IN-KA", date(2025, 9, 21), "merit", [("CGST", D("2.5")), ("SGST", D("2.5"))]),
        ("IN-KA", date(2025, 9, 22), "merit", [("CGST", D("2.5")), ("SGST", D("2.5"))]),
        ("IN-KA", date(2025, 9, 21), "demerit", [("CGST", D("14")), ("SGST", D("14"))]),
        ("IN-KA", date(2025, 9, 22), "demerit", [("CGST", D("20")), ("SGST", D("20"))]),
        ("IN-DL", date(2025, 9, 22), "demerit", [("CGST", D("20")), ("SGST", D("20"))]),
        ("IN-CH", date(2025, 9, 21), "reduced", [("CGST", D("6")), ("UTGST", D("6"))]),
        ("IN-CH", date(2025, 9, 21), "demerit", [("CGST", D("14")), ("UTGST", D("14"))]),
        ("IN-CH", date(2025, 9, 22), "demerit", [("CGST", D("20")), ("UTGST", D("20"))]),
        ("IN-LA", date(2025, 9, 22), "merit", [("CGST", D("2.5")), ("UTGST", D("2.5"))]),
        ("IN-TN", date(2025, 9, 21), "medicines", [("CGST", D("6")), ("SGST", D("6"))]),
        ("IN-TN", date(2025, 9, 22), "medicines", [("CGST", D("2.5")), ("SGST", D("2.5"))]),
    ],
)
def test_india_intra_state_split(
    code: str, on: date, category: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert pairs(code, on, category) == expected


# --- usual rounding -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["AU", "NZ", "JP", "SG", "KR", "IN", "IN-KA"])
def test_rounding_is_half_up_per_document(code: str) -> None:
    # Japan: one rounding per rate per invoice; the mode is the issuer's choice (half_up default).
    assert default_table().default_rounding(code) == Rounding(mode="half_up", level="document")
