"""Rate changes of LT, LU, MT, NL, PL, PT (with the Azores and Madeira), RO, SK, SI, ES
(with the Canary Islands, Ceuta and Melilla) and SE, pinned on both sides of each date.

Every expected value was checked by hand against the sources cited in the data files.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicekit import default_table, rates
from invoicekit.errors import RateNotFound

D = Decimal

# (jurisdiction, day, category or rate class, expected VAT rate in percent)
CHANGES = [
    # --- Lithuania: 9 % -> 12 % (accommodation, transport), books 9 -> 5, 2026-01-01 ---
    ("LT", date(2019, 1, 1), "standard", "21"),
    ("LT", date(2026, 1, 1), "standard", "21"),
    ("LT", date(2025, 12, 31), "accommodation", "9"),
    ("LT", date(2026, 1, 1), "accommodation", "12"),
    ("LT", date(2025, 12, 31), "passenger_transport", "9"),
    ("LT", date(2026, 1, 1), "passenger_transport", "12"),
    ("LT", date(2025, 12, 31), "books", "9"),
    ("LT", date(2026, 1, 1), "books", "5"),
    ("LT", date(2022, 12, 31), "ebooks", "21"),
    ("LT", date(2023, 1, 1), "ebooks", "9"),
    ("LT", date(2025, 12, 31), "ebooks", "9"),
    ("LT", date(2026, 1, 1), "ebooks", "5"),
    ("LT", date(2021, 6, 30), "restaurant_food", "21"),
    ("LT", date(2021, 7, 1), "restaurant_food", "9"),
    ("LT", date(2023, 12, 31), "restaurant_food", "9"),
    ("LT", date(2024, 1, 1), "restaurant_food", "21"),
    ("LT", date(2019, 1, 1), "newspapers", "5"),
    ("LT", date(2024, 6, 1), "medicines", "5"),
    ("LT", date(2024, 6, 1), "food", "21"),
    # --- Luxembourg: temporary one-point cut for 2023 (3 % unchanged) ---
    ("LU", date(2022, 12, 31), "standard", "17"),
    ("LU", date(2023, 1, 1), "standard", "16"),
    ("LU", date(2023, 12, 31), "standard", "16"),
    ("LU", date(2024, 1, 1), "standard", "17"),
    ("LU", date(2022, 12, 31), "parking", "14"),
    ("LU", date(2023, 1, 1), "parking", "13"),
    ("LU", date(2024, 1, 1), "parking", "14"),
    ("LU", date(2022, 12, 31), "reduced", "8"),
    ("LU", date(2023, 1, 1), "reduced", "7"),
    ("LU", date(2023, 12, 31), "reduced", "7"),
    ("LU", date(2024, 1, 1), "reduced", "8"),
    ("LU", date(2023, 6, 30), "super_reduced", "3"),
    ("LU", date(2023, 6, 30), "food", "3"),
    ("LU", date(2019, 5, 1), "ebooks", "3"),
    ("LU", date(2023, 6, 30), "children_clothing", "3"),
    # --- Malta: 12 % rate from 2024-01-01 ---
    ("MT", date(2019, 1, 1), "standard", "18"),
    ("MT", date(2024, 1, 1), "parking", "12"),
    ("MT", date(2024, 1, 1), "accommodation", "7"),
    ("MT", date(2024, 1, 1), "books", "5"),
    ("MT", date(2019, 1, 1), "ebooks", "5"),
    ("MT", date(2024, 1, 1), "food", "0"),
    # --- Netherlands: 9 % from 2019, e-books 2020, accommodation to 21 % in 2026 ---
    ("NL", date(2019, 1, 1), "standard", "21"),
    ("NL", date(2019, 1, 1), "reduced", "9"),
    ("NL", date(2019, 12, 31), "ebooks", "21"),
    ("NL", date(2020, 1, 1), "ebooks", "9"),
    ("NL", date(2025, 12, 31), "accommodation", "9"),
    ("NL", date(2026, 1, 1), "accommodation", "21"),
    ("NL", date(2026, 1, 1), "restaurant_food", "9"),
    ("NL", date(2026, 1, 1), "books", "9"),
    # --- Poland: 0 % food shield 2022-02-01..2024-03-31, e-books 2019-11-01 ---
    ("PL", date(2019, 1, 1), "standard", "23"),
    ("PL", date(2022, 1, 31), "food", "5"),
    ("PL", date(2022, 2, 1), "food", "0"),
    ("PL", date(2024, 3, 31), "food", "0"),
    ("PL", date(2024, 4, 1), "food", "5"),
    ("PL", date(2022, 2, 1), "basic_food", "0"),
    ("PL", date(2024, 4, 1), "basic_food", "5"),
    ("PL", date(2019, 10, 31), "ebooks", "23"),
    ("PL", date(2019, 11, 1), "ebooks", "5"),
    ("PL", date(2022, 1, 31), "agricultural", "8"),
    ("PL", date(2022, 2, 1), "agricultural", "0"),
    ("PL", date(2022, 12, 31), "agricultural", "0"),
    ("PL", date(2023, 1, 1), "agricultural", "8"),
    ("PL", date(2023, 1, 1), "restaurant_food", "8"),
    # --- Portugal (mainland): IVA Zero 2023-04-18..2024-01-04 ---
    ("PT", date(2019, 1, 1), "standard", "23"),
    ("PT", date(2023, 4, 17), "basic_food", "6"),
    ("PT", date(2023, 4, 18), "basic_food", "0"),
    ("PT", date(2024, 1, 4), "basic_food", "0"),
    ("PT", date(2024, 1, 5), "basic_food", "6"),
    ("PT", date(2023, 6, 1), "restaurant_food", "13"),
    ("PT", date(2019, 1, 1), "ebooks", "6"),
    # --- Azores: standard 18 -> 16 on 2021-07-01 ---
    ("PT-20", date(2021, 6, 30), "standard", "18"),
    ("PT-20", date(2021, 7, 1), "standard", "16"),
    ("PT-20", date(2021, 7, 1), "books", "4"),
    ("PT-20", date(2021, 7, 1), "restaurant_food", "9"),
    ("PT-20", date(2023, 4, 18), "basic_food", "0"),
    # --- Madeira: reduced 5 -> 4 on 2024-10-01 ---
    ("PT-30", date(2024, 10, 1), "standard", "22"),
    ("PT-30", date(2024, 9, 30), "basic_food", "5"),
    ("PT-30", date(2024, 10, 1), "basic_food", "4"),
    ("PT-30", date(2024, 9, 30), "books", "5"),
    ("PT-30", date(2024, 10, 1), "books", "4"),
    ("PT-30", date(2024, 10, 1), "restaurant_food", "12"),
    # --- Romania: 19 -> 21, 9 % and 5 % -> 11 % on 2025-08-01; HoReCa 5 -> 9 in 2023 ---
    ("RO", date(2025, 7, 31), "standard", "19"),
    ("RO", date(2025, 8, 1), "standard", "21"),
    ("RO", date(2025, 7, 31), "food", "9"),
    ("RO", date(2025, 8, 1), "food", "11"),
    ("RO", date(2025, 7, 31), "medicines", "9"),
    ("RO", date(2025, 8, 1), "medicines", "11"),
    ("RO", date(2025, 7, 31), "books", "5"),
    ("RO", date(2025, 8, 1), "books", "11"),
    ("RO", date(2022, 12, 31), "accommodation", "5"),
    ("RO", date(2023, 1, 1), "accommodation", "9"),
    ("RO", date(2025, 8, 1), "accommodation", "11"),
    ("RO", date(2022, 12, 31), "restaurant_food", "5"),
    ("RO", date(2023, 1, 1), "restaurant_food", "9"),
    ("RO", date(2025, 8, 1), "restaurant_food", "11"),
    ("RO", date(2025, 7, 31), "reduced2", "5"),
    # --- Slovakia: 20 -> 23, 10 -> 5, new 19 on 2025-01-01 ---
    ("SK", date(2024, 12, 31), "standard", "20"),
    ("SK", date(2025, 1, 1), "standard", "23"),
    ("SK", date(2024, 12, 31), "basic_food", "10"),
    ("SK", date(2025, 1, 1), "basic_food", "5"),
    ("SK", date(2024, 12, 31), "food", "20"),
    ("SK", date(2025, 1, 1), "food", "19"),
    ("SK", date(2024, 12, 31), "medicines", "10"),
    ("SK", date(2025, 1, 1), "medicines", "5"),
    ("SK", date(2024, 12, 31), "books", "10"),
    ("SK", date(2025, 1, 1), "books", "5"),
    ("SK", date(2019, 1, 1), "accommodation", "10"),
    ("SK", date(2025, 1, 1), "accommodation", "5"),
    ("SK", date(2022, 12, 31), "restaurant_food", "20"),
    ("SK", date(2023, 1, 1), "restaurant_food", "10"),
    ("SK", date(2025, 1, 1), "restaurant_food", "5"),
    ("SK", date(2024, 12, 31), "reduced2", "5"),
    ("SK", date(2025, 1, 1), "reduced2", "19"),
    # --- Slovenia: 5 % for books and e-books from 2020-01-01 ---
    ("SI", date(2019, 1, 1), "standard", "22"),
    ("SI", date(2019, 12, 31), "books", "9.5"),
    ("SI", date(2020, 1, 1), "books", "5"),
    ("SI", date(2019, 12, 31), "ebooks", "22"),
    ("SI", date(2020, 1, 1), "ebooks", "5"),
    ("SI", date(2020, 1, 1), "food", "9.5"),
    # --- Spain: basic food 4 -> 0 (2023) -> 2 (Q4 2024) -> 4 (2025); e-books 2020 ---
    ("ES", date(2019, 1, 1), "standard", "21"),
    ("ES", date(2022, 12, 31), "basic_food", "4"),
    ("ES", date(2023, 1, 1), "basic_food", "0"),
    ("ES", date(2024, 9, 30), "basic_food", "0"),
    ("ES", date(2024, 10, 1), "basic_food", "2"),
    ("ES", date(2024, 12, 31), "basic_food", "2"),
    ("ES", date(2025, 1, 1), "basic_food", "4"),
    ("ES", date(2023, 6, 1), "food", "10"),
    ("ES", date(2022, 7, 1), "reduced2", "5"),
    ("ES", date(2024, 9, 30), "reduced2", "5"),
    ("ES", date(2024, 10, 1), "reduced2", "2"),
    ("ES", date(2020, 4, 22), "ebooks", "21"),
    ("ES", date(2020, 4, 23), "ebooks", "4"),
    ("ES", date(2023, 6, 1), "restaurant_food", "10"),
    ("ES", date(2023, 6, 1), "medicines", "4"),
    # --- Canary Islands (IGIC): general rate 6.5 % in 2019, 7 % from 2020 ---
    ("ES-CN", date(2019, 12, 31), "standard", "6.5"),
    ("ES-CN", date(2020, 1, 1), "standard", "7"),
    ("ES-CN", date(2023, 1, 1), "basic_food", "0"),
    ("ES-CN", date(2023, 1, 1), "books", "0"),
    ("ES-CN", date(2023, 1, 1), "medicines", "0"),
    ("ES-CN", date(2023, 1, 1), "food", "3"),
    # --- Ceuta and Melilla (IPSI): only the general services rate is recorded ---
    ("ES-CE", date(2023, 1, 1), "standard", "3"),
    ("ES-CE", date(2023, 1, 1), "books", "3"),
    ("ES-ML", date(2023, 1, 1), "standard", "4"),
    ("ES-ML", date(2024, 10, 1), "basic_food", "4"),
    # --- Sweden: food 12 -> 6 from 2026-04-01 to 2027-12-31; e-books 2019-07-01 ---
    ("SE", date(2019, 1, 1), "standard", "25"),
    ("SE", date(2026, 3, 31), "food", "12"),
    ("SE", date(2026, 4, 1), "food", "6"),
    ("SE", date(2027, 12, 31), "food", "6"),
    ("SE", date(2028, 1, 1), "food", "12"),
    ("SE", date(2026, 4, 1), "basic_food", "6"),
    ("SE", date(2026, 4, 1), "restaurant_food", "12"),
    ("SE", date(2026, 4, 1), "accommodation", "12"),
    ("SE", date(2019, 6, 30), "ebooks", "25"),
    ("SE", date(2019, 7, 1), "ebooks", "6"),
    ("SE", date(2024, 1, 1), "passenger_transport", "6"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), CHANGES)
def test_rate_changes(code: str, day: date, category: str, expected: str) -> None:
    assert [(c.tax, c.rate) for c in rates(code, on=day, category=category)] == [("VAT", D(expected))]


@pytest.mark.parametrize(
    ("code", "day", "category"),
    [
        ("RO", date(2025, 8, 1), "reduced2"),  # the 5 % rate was abolished
        ("ES", date(2025, 1, 1), "reduced2"),  # the temporary 5 % / 2 % rate ended
        ("MT", date(2023, 12, 31), "parking"),  # the 12 % rate starts in 2024
    ],
)
def test_ended_or_not_yet_started_classes(code: str, day: date, category: str) -> None:
    with pytest.raises(RateNotFound):
        rates(code, on=day, category=category)


@pytest.mark.parametrize(
    ("code", "day", "category", "expected"),
    [
        ("ES-CN", date(2023, 1, 1), "standard", "L"),
        ("ES-CE", date(2023, 1, 1), "standard", "M"),
        ("ES-ML", date(2023, 1, 1), "standard", "M"),
        ("ES", date(2023, 1, 1), "standard", "S"),
        ("ES", date(2023, 1, 1), "basic_food", "Z"),
        ("MT", date(2023, 1, 1), "passenger_transport", "E"),
    ],
)
def test_category_codes(code: str, day: date, category: str, expected: str) -> None:
    assert [c.category for c in rates(code, on=day, category=category)] == [expected]


@pytest.mark.parametrize(
    ("code", "in_eu"),
    [
        ("LT", True),
        ("LU", True),
        ("MT", True),
        ("NL", True),
        ("PL", True),
        ("PT", True),
        ("PT-20", True),
        ("PT-30", True),
        ("RO", True),
        ("SK", True),
        ("SI", True),
        ("ES", True),
        ("SE", True),
        ("ES-CN", False),
        ("ES-CE", False),
        ("ES-ML", False),
    ],
)
def test_eu_vat_area(code: str, in_eu: bool) -> None:
    assert default_table().in_vat_area(code, date(2024, 6, 1)) is in_eu
