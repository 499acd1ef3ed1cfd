"""Tax data for NO, IS, TR (taxdata/europe/), RU, UA, BY, KZ (taxdata/cis/), AE, SA, BH (taxdata/middle-east/).

Every rate change pinned on both sides of its date, hand-checked against the sources cited in the files:
RU 18 -> 20 (2019-01-01, 303-FZ) -> 22 (2026-01-01, 425-FZ of 28.11.2025), reduced 10 %, hotels 0 % 2022-07-01..2027-06-30;
KZ 12 -> 16 (2026-01-01, Tax Code No. 214-VIII) with 5 % (2026) / 10 % (2027) for medicines and 10 % for periodicals;
TR 18 -> 20 and 8 -> 10 (2023-07-10, Decision 7346), food 8 -> 1 (2022-02-14, Decision 5189),
COVID-19 1 % for restaurants and hotels (2020-07-31..2021-12-31); NO lav sats 12 -> 6 -> 12
(2020-04-01..2021-09-30), e-books 0 % from 2019-07-01; UA 14 % from 2021-03-01; SA 5 -> 15 (2020-07-01);
BH 5 -> 10 (2022-01-01); AE 5 % since 2018-01-01.
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


# --- standard rates on both sides of every change -------------------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "on", "rate"),
    [
        # Russia
        ("RU", date(2018, 12, 31), "18"),
        ("RU", date(2019, 1, 1), "20"),
        ("RU", date(2025, 12, 31), "20"),
        ("RU", date(2026, 1, 1), "22"),
        ("RU", date(2027, 12, 31), "22"),
        # Kazakhstan
        ("KZ", date(2019, 1, 1), "12"),
        ("KZ", date(2025, 12, 31), "12"),
        ("KZ", date(2026, 1, 1), "16"),
        ("KZ", date(2027, 12, 31), "16"),
        # Turkey
        ("TR", date(2019, 1, 1), "18"),
        ("TR", date(2023, 7, 9), "18"),
        ("TR", date(2023, 7, 10), "20"),
        ("TR", date(2027, 12, 31), "20"),
        # Saudi Arabia
        ("SA", date(2018, 1, 1), "5"),
        ("SA", date(2020, 6, 30), "5"),
        ("SA", date(2020, 7, 1), "15"),
        ("SA", date(2027, 12, 31), "15"),
        # Bahrain
        ("BH", date(2019, 1, 1), "5"),
        ("BH", date(2021, 12, 31), "5"),
        ("BH", date(2022, 1, 1), "10"),
        ("BH", date(2027, 12, 31), "10"),
        # United Arab Emirates
        ("AE", date(2018, 1, 1), "5"),
        ("AE", date(2027, 12, 31), "5"),
        # Norway, Iceland, Ukraine, Belarus: unchanged over the period
        ("NO", date(2019, 1, 1), "25"),
        ("NO", date(2027, 12, 31), "25"),
        ("IS", date(2019, 1, 1), "24"),
        ("IS", date(2027, 12, 31), "24"),
        ("UA", date(2019, 1, 1), "20"),
        ("UA", date(2027, 12, 31), "20"),
        ("BY", date(2019, 1, 1), "20"),
        ("BY", date(2027, 12, 31), "20"),
    ],
)
def test_standard_rate(jurisdiction: str, on: date, rate: str) -> None:
    assert pairs(jurisdiction, on) == [("VAT", D(rate))]


def test_no_data_before_vat_in_the_gulf() -> None:
    with pytest.raises(RateNotFound):
        rates("SA", on=date(2017, 12, 31))
    with pytest.raises(RateNotFound):
        rates("AE", on=date(2017, 12, 31))
    with pytest.raises(RateNotFound):
        rates("BH", on=date(2018, 12, 31))


# --- reduced rate classes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "on", "rate_class", "rate"),
    [
        ("RU", date(2019, 1, 1), "reduced", "10"),
        ("RU", date(2026, 1, 1), "reduced", "10"),
        ("TR", date(2023, 7, 9), "reduced", "8"),
        ("TR", date(2023, 7, 10), "reduced", "10"),
        ("TR", date(2023, 7, 9), "super_reduced", "1"),
        ("TR", date(2023, 7, 10), "super_reduced", "1"),
        ("NO", date(2019, 1, 1), "reduced", "15"),
        ("NO", date(2027, 12, 31), "reduced", "15"),
        ("NO", date(2020, 3, 31), "reduced2", "12"),
        ("NO", date(2020, 4, 1), "reduced2", "6"),
        ("NO", date(2021, 9, 30), "reduced2", "6"),
        ("NO", date(2021, 10, 1), "reduced2", "12"),
        ("IS", date(2019, 1, 1), "reduced", "11"),
        ("IS", date(2027, 12, 31), "reduced", "11"),
        ("UA", date(2019, 1, 1), "reduced", "7"),
        ("UA", date(2021, 3, 1), "reduced2", "14"),
        ("BY", date(2019, 1, 1), "reduced", "10"),
        ("KZ", date(2026, 1, 1), "reduced", "10"),
        ("KZ", date(2026, 12, 31), "super_reduced", "5"),
    ],
)
def test_reduced_rates(jurisdiction: str, on: date, rate_class: str, rate: str) -> None:
    assert pairs(jurisdiction, on, rate_class) == [("VAT", D(rate))]


@pytest.mark.parametrize(
    ("jurisdiction", "on", "rate_class"),
    [
        ("UA", date(2021, 2, 28), "reduced2"),  # 14 % introduced 2021-03-01
        ("KZ", date(2025, 12, 31), "reduced"),  # no reduced rate under the 2017 Code
        ("KZ", date(2025, 12, 31), "super_reduced"),
        ("KZ", date(2027, 1, 1), "super_reduced"),  # the 5 % was for 2026 only
        ("SA", date(2024, 1, 1), "reduced"),
        ("AE", date(2024, 1, 1), "reduced"),
        ("BH", date(2024, 1, 1), "reduced"),
    ],
)
def test_classes_not_in_force(jurisdiction: str, on: date, rate_class: str) -> None:
    with pytest.raises(RateNotFound):
        rates(jurisdiction, on=on, category=rate_class)


# --- product categories ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "on", "category", "rate"),
    [
        # Russia: 10 % social goods; 0 % hotels 2022-07-01..2027-06-30
        ("RU", date(2025, 12, 31), "food", "10"),
        ("RU", date(2026, 1, 1), "food", "10"),
        ("RU", date(2026, 1, 1), "children_clothing", "10"),
        ("RU", date(2026, 1, 1), "medicines", "10"),
        ("RU", date(2026, 1, 1), "books", "10"),
        ("RU", date(2022, 6, 30), "accommodation", "20"),
        ("RU", date(2022, 7, 1), "accommodation", "0"),
        ("RU", date(2027, 6, 30), "accommodation", "0"),
        ("RU", date(2027, 7, 1), "accommodation", "22"),
        ("RU", date(2026, 1, 1), "restaurant_food", "22"),
        # Kazakhstan: medicines exempt to 2025, 5 % in 2026, 10 % from 2027; periodicals 10 % from 2026
        ("KZ", date(2025, 12, 31), "medicines", "0"),
        ("KZ", date(2026, 1, 1), "medicines", "5"),
        ("KZ", date(2026, 12, 31), "medical_devices", "5"),
        ("KZ", date(2027, 1, 1), "medicines", "10"),
        ("KZ", date(2027, 1, 1), "medical_devices", "10"),
        ("KZ", date(2025, 12, 31), "newspapers", "12"),
        ("KZ", date(2026, 1, 1), "newspapers", "10"),
        ("KZ", date(2025, 12, 31), "books", "12"),
        ("KZ", date(2026, 1, 1), "food", "16"),
        # Turkey: food 8 -> 1 on 2022-02-14; COVID-19 1 % for restaurants and hotels
        ("TR", date(2022, 2, 13), "food", "8"),
        ("TR", date(2022, 2, 14), "food", "1"),
        ("TR", date(2023, 7, 10), "food", "1"),
        ("TR", date(2020, 7, 30), "restaurant_food", "8"),
        ("TR", date(2020, 7, 31), "restaurant_food", "1"),
        ("TR", date(2021, 12, 31), "restaurant_food", "1"),
        ("TR", date(2022, 1, 1), "restaurant_food", "8"),
        ("TR", date(2023, 7, 10), "restaurant_food", "10"),
        ("TR", date(2020, 7, 30), "accommodation", "8"),
        ("TR", date(2020, 7, 31), "accommodation", "1"),
        ("TR", date(2022, 1, 1), "accommodation", "8"),
        ("TR", date(2023, 7, 10), "accommodation", "10"),
        ("TR", date(2020, 7, 30), "passenger_transport", "18"),
        ("TR", date(2020, 7, 31), "passenger_transport", "8"),
        ("TR", date(2022, 1, 1), "passenger_transport", "18"),
        ("TR", date(2023, 7, 10), "medicines", "10"),
        ("TR", date(2024, 1, 1), "ebooks", "20"),
        # Norway: food 15 %, lav sats for transport and hotels, zero for books; e-books from 2019-07-01
        ("NO", date(2024, 1, 1), "food", "15"),
        ("NO", date(2024, 1, 1), "restaurant_food", "25"),
        ("NO", date(2020, 3, 31), "accommodation", "12"),
        ("NO", date(2020, 4, 1), "accommodation", "6"),
        ("NO", date(2021, 10, 1), "passenger_transport", "12"),
        ("NO", date(2024, 1, 1), "books", "0"),
        ("NO", date(2019, 6, 30), "ebooks", "25"),
        ("NO", date(2019, 7, 1), "ebooks", "0"),
        # Iceland: 11 % for food, books, hotels
        ("IS", date(2024, 1, 1), "food", "11"),
        ("IS", date(2024, 1, 1), "books", "11"),
        ("IS", date(2024, 1, 1), "accommodation", "11"),
        # Ukraine: 7 % medicines and hotels, 14 % grain from 2021-03-01
        ("UA", date(2024, 1, 1), "medicines", "7"),
        ("UA", date(2024, 1, 1), "accommodation", "7"),
        ("UA", date(2021, 2, 28), "agricultural", "20"),
        ("UA", date(2021, 3, 1), "agricultural", "14"),
        # Belarus: 10 % listed food and children's goods
        ("BY", date(2024, 1, 1), "food", "10"),
        ("BY", date(2024, 1, 1), "children_clothing", "10"),
        # Gulf
        ("SA", date(2020, 7, 1), "medicines", "0"),
        ("SA", date(2020, 7, 1), "food", "15"),
        ("BH", date(2022, 1, 1), "basic_food", "0"),
        ("BH", date(2022, 1, 1), "food", "10"),
        ("BH", date(2022, 1, 1), "medicines", "0"),
        ("AE", date(2024, 1, 1), "medicines", "0"),
        ("AE", date(2024, 1, 1), "food", "5"),
    ],
)
def test_category_rates(jurisdiction: str, on: date, category: str, rate: str) -> None:
    assert pairs(jurisdiction, on, category) == [("VAT", D(rate))]


@pytest.mark.parametrize(
    ("jurisdiction", "on", "category", "code"),
    [
        ("RU", date(2023, 1, 1), "accommodation", "Z"),
        ("NO", date(2024, 1, 1), "books", "Z"),
        ("NO", date(2024, 1, 1), "newspapers", "Z"),
        ("BH", date(2024, 1, 1), "basic_food", "Z"),
        ("SA", date(2024, 1, 1), "medical_devices", "Z"),
        ("AE", date(2024, 1, 1), "medicines", "Z"),
        ("AE", date(2024, 1, 1), "passenger_transport", "E"),
        ("KZ", date(2025, 1, 1), "medicines", "E"),
        ("KZ", date(2026, 1, 1), "books", "E"),
        ("UA", date(2024, 1, 1), "books", "E"),
        ("BY", date(2024, 1, 1), "medicines", "E"),
    ],
)
def test_zero_and_exempt_are_distinct(jurisdiction: str, on: date, category: str, code: str) -> None:
    assert [c.category for c in rates(jurisdiction, on=on, category=category)] == [code]


# --- file-level fields ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "level"),
    [
        ("RU", "line"),
        ("BY", "line"),
        ("KZ", "line"),
        ("UA", "document"),
        ("NO", "document"),
        ("IS", "document"),
        ("TR", "document"),
        ("AE", "document"),
        ("SA", "document"),
        ("BH", "document"),
    ],
)
def test_rounding(code: str, level: str) -> None:
    assert default_table().default_rounding(code) == Rounding(mode="half_up", level=level)
