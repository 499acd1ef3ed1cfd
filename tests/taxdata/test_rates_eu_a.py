"""BE, BG, HR, CY, CZ, DK, EE, FI, GR (with Mount Athos), HU, IE, IT, LV: each rate change
pinned on both sides of its date.

Expected rates are hand-checked against the sources cited in the data files (Estonian
Käibemaksuseadus § 15; Finnish Arvonlisäverolaki §§ 84-85 a and HE 141/2024; Czech zákon
č. 235/2004 Sb. with zákony 256/2019, 299/2020 and 349/2023 Sb.; Irish VATCA 2010 and the
Finance Acts; Belgian AR n° 20 and the COVID-19 royal decrees; Bulgarian ЗДДС чл. 66;
Croatian Zakon o PDV-u čl. 38; Cypriot law 95(I)/2000 and decree KDP 268/2020; Greek laws 2859/2000,
4611/2019, 4690/2020 and 5073/2023; Hungarian Áfa tv. 82. §; Italian DPR 633/1972;
Latvian PVN likums 41.-42. pants).
"""

import datetime as dt
from decimal import Decimal

import pytest

from invoicekit import RateNotFound, rates


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("code", "day", "category", "rate"),
    [
        # Estonia: standard 20 -> 22 on 2024-01-01, 22 -> 24 on 2025-07-01
        ("EE", "2023-12-31", "standard", "20"),
        ("EE", "2024-01-01", "standard", "22"),
        ("EE", "2025-06-30", "standard", "22"),
        ("EE", "2025-07-01", "standard", "24"),
        ("EE", "2026-06-01", "standard", "24"),
        # accommodation 9 -> 13 on 2025-01-01
        ("EE", "2024-12-31", "accommodation", "9"),
        ("EE", "2025-01-01", "accommodation", "13"),
        # press 9 -> 5 on 2022-08-01, 5 -> 9 on 2025-01-01
        ("EE", "2022-07-31", "newspapers", "9"),
        ("EE", "2022-08-01", "newspapers", "5"),
        ("EE", "2024-12-31", "newspapers", "5"),
        ("EE", "2025-01-01", "newspapers", "9"),
        # e-books 20 -> 9 on 2020-05-01; books and medicines stay at 9
        ("EE", "2020-04-30", "ebooks", "20"),
        ("EE", "2020-05-01", "ebooks", "9"),
        ("EE", "2024-12-31", "books", "9"),
        ("EE", "2025-01-01", "books", "9"),
        ("EE", "2025-07-01", "medicines", "9"),
        ("EE", "2025-07-01", "restaurant_food", "24"),
        # Finland: standard 24 -> 25.5 on 2024-09-01
        ("FI", "2024-08-31", "standard", "24"),
        ("FI", "2024-09-01", "standard", "25.5"),
        # 14 % rate -> 13.5 % on 2026-01-01 (food, restaurants)
        ("FI", "2025-12-31", "food", "14"),
        ("FI", "2026-01-01", "food", "13.5"),
        ("FI", "2025-12-31", "restaurant_food", "14"),
        ("FI", "2026-01-01", "restaurant_food", "13.5"),
        # 10 -> 14 on 2025-01-01, then 13.5 on 2026-01-01
        ("FI", "2024-12-31", "medicines", "10"),
        ("FI", "2025-01-01", "medicines", "14"),
        ("FI", "2026-01-01", "medicines", "13.5"),
        ("FI", "2024-12-31", "accommodation", "10"),
        ("FI", "2025-01-01", "accommodation", "14"),
        ("FI", "2024-12-31", "passenger_transport", "10"),
        ("FI", "2025-01-01", "passenger_transport", "14"),
        ("FI", "2024-12-31", "books", "10"),
        ("FI", "2025-01-01", "books", "14"),
        ("FI", "2026-01-01", "books", "13.5"),
        # e-books 24 -> 10 on 2019-07-01
        ("FI", "2019-06-30", "ebooks", "24"),
        ("FI", "2019-07-01", "ebooks", "10"),
        ("FI", "2025-01-01", "ebooks", "14"),
        # newspapers stay at 10
        ("FI", "2024-12-31", "newspapers", "10"),
        ("FI", "2026-01-01", "newspapers", "10"),
        # Czechia: 15 % and 10 % merged into 12 % on 2024-01-01
        ("CZ", "2023-12-31", "standard", "21"),
        ("CZ", "2024-01-01", "standard", "21"),
        ("CZ", "2023-12-31", "reduced", "15"),
        ("CZ", "2024-01-01", "reduced", "12"),
        ("CZ", "2023-12-31", "reduced2", "10"),
        ("CZ", "2023-12-31", "food", "15"),
        ("CZ", "2024-01-01", "food", "12"),
        # restaurant services 15 -> 10 on 2020-05-01 -> 12 on 2024-01-01
        ("CZ", "2020-04-30", "restaurant_food", "15"),
        ("CZ", "2020-05-01", "restaurant_food", "10"),
        ("CZ", "2023-12-31", "restaurant_food", "10"),
        ("CZ", "2024-01-01", "restaurant_food", "12"),
        # accommodation 15 -> 10 on 2020-07-01 -> 12 on 2024-01-01
        ("CZ", "2020-06-30", "accommodation", "15"),
        ("CZ", "2020-07-01", "accommodation", "10"),
        ("CZ", "2024-01-01", "accommodation", "12"),
        # public passenger transport 15 -> 10 on 2019-02-01 -> 12 on 2024-01-01
        ("CZ", "2019-01-31", "passenger_transport", "15"),
        ("CZ", "2019-02-01", "passenger_transport", "10"),
        ("CZ", "2024-01-01", "passenger_transport", "12"),
        # books 10 -> 0 on 2024-01-01; e-books 21 -> 10 on 2020-05-01 -> 0
        ("CZ", "2023-12-31", "books", "10"),
        ("CZ", "2024-01-01", "books", "0"),
        ("CZ", "2020-04-30", "ebooks", "21"),
        ("CZ", "2020-05-01", "ebooks", "10"),
        ("CZ", "2024-01-01", "ebooks", "0"),
        ("CZ", "2023-12-31", "newspapers", "10"),
        ("CZ", "2024-01-01", "newspapers", "12"),
        ("CZ", "2023-12-31", "medicines", "10"),
        ("CZ", "2024-01-01", "medicines", "12"),
        # Ireland: standard 23 -> 21 from 2020-09-01 to 2021-02-28
        ("IE", "2020-08-31", "standard", "23"),
        ("IE", "2020-09-01", "standard", "21"),
        ("IE", "2021-02-28", "standard", "21"),
        ("IE", "2021-03-01", "standard", "23"),
        # hospitality 13.5 (from 2019) -> 9 (2020-11-01 .. 2023-08-31) -> 13.5 -> 9 for food from 2026-07-01
        ("IE", "2019-01-01", "restaurant_food", "13.5"),
        ("IE", "2020-10-31", "restaurant_food", "13.5"),
        ("IE", "2020-11-01", "restaurant_food", "9"),
        ("IE", "2023-08-31", "restaurant_food", "9"),
        ("IE", "2023-09-01", "restaurant_food", "13.5"),
        ("IE", "2026-06-30", "restaurant_food", "13.5"),
        ("IE", "2026-07-01", "restaurant_food", "9"),
        ("IE", "2026-06-30", "hospitality", "13.5"),
        ("IE", "2026-07-01", "hospitality", "9"),
        ("IE", "2020-10-31", "accommodation", "13.5"),
        ("IE", "2020-11-01", "accommodation", "9"),
        ("IE", "2023-08-31", "accommodation", "9"),
        ("IE", "2023-09-01", "accommodation", "13.5"),
        ("IE", "2026-07-01", "accommodation", "13.5"),
        # newspapers 9 -> 0 on 2023-01-01; e-books 9 -> 0 on 2024-01-01
        ("IE", "2022-12-31", "newspapers", "9"),
        ("IE", "2023-01-01", "newspapers", "0"),
        ("IE", "2023-12-31", "ebooks", "9"),
        ("IE", "2024-01-01", "ebooks", "0"),
        ("IE", "2024-01-01", "books", "0"),
        ("IE", "2024-01-01", "food", "0"),
        ("IE", "2024-01-01", "children_clothing", "0"),
        ("IE", "2024-01-01", "super_reduced", "4.8"),
        # Belgium: restaurant 12 -> 6 (2020-06-08 .. 2020-12-31), 12, 6 (2021-05-08 .. 2021-09-30), 12
        ("BE", "2020-06-07", "restaurant_food", "12"),
        ("BE", "2020-06-08", "restaurant_food", "6"),
        ("BE", "2020-12-31", "restaurant_food", "6"),
        ("BE", "2021-01-01", "restaurant_food", "12"),
        ("BE", "2021-05-07", "restaurant_food", "12"),
        ("BE", "2021-05-08", "restaurant_food", "6"),
        ("BE", "2021-09-30", "restaurant_food", "6"),
        ("BE", "2021-10-01", "restaurant_food", "12"),
        # accommodation 6 -> 12 on 2026-03-01; e-books 21 -> 6 on 2019-04-01
        ("BE", "2026-02-28", "accommodation", "6"),
        ("BE", "2026-03-01", "accommodation", "12"),
        ("BE", "2019-03-31", "ebooks", "21"),
        ("BE", "2019-04-01", "ebooks", "6"),
        ("BE", "2024-01-01", "standard", "21"),
        ("BE", "2024-01-01", "food", "6"),
        ("BE", "2024-01-01", "newspapers", "0"),
        # Bulgaria: catering 9 % 2020-07-01 .. 2024-12-31; books 9 % from 2020-07-01
        ("BG", "2020-06-30", "restaurant_food", "20"),
        ("BG", "2020-07-01", "restaurant_food", "9"),
        ("BG", "2024-12-31", "restaurant_food", "9"),
        ("BG", "2025-01-01", "restaurant_food", "20"),
        ("BG", "2020-06-30", "books", "20"),
        ("BG", "2020-07-01", "books", "9"),
        ("BG", "2025-01-01", "books", "9"),
        ("BG", "2025-01-01", "accommodation", "9"),
        ("BG", "2026-01-01", "standard", "20"),
        # Croatia: catering 25 -> 13 on 2020-01-01
        ("HR", "2019-12-31", "restaurant_food", "25"),
        ("HR", "2020-01-01", "restaurant_food", "13"),
        ("HR", "2024-01-01", "standard", "25"),
        ("HR", "2024-01-01", "accommodation", "13"),
        ("HR", "2024-01-01", "basic_food", "5"),
        ("HR", "2024-01-01", "books", "5"),
        # Cyprus: hospitality 9 -> 5 from 2020-07-01 to 2021-01-10
        ("CY", "2020-06-30", "restaurant_food", "9"),
        ("CY", "2020-07-01", "restaurant_food", "5"),
        ("CY", "2021-01-10", "restaurant_food", "5"),
        ("CY", "2021-01-11", "restaurant_food", "9"),
        ("CY", "2020-07-01", "accommodation", "5"),
        ("CY", "2021-01-11", "accommodation", "9"),
        # books and newspapers 5 -> 3 on 2023-07-21
        ("CY", "2023-07-20", "books", "5"),
        ("CY", "2023-07-21", "books", "3"),
        ("CY", "2023-07-21", "newspapers", "3"),
        ("CY", "2023-07-21", "ebooks", "3"),
        # temporary zero rate on bread, milk, eggs from 2023-05-05
        ("CY", "2023-05-04", "basic_food", "5"),
        ("CY", "2023-05-05", "basic_food", "0"),
        ("CY", "2024-09-30", "basic_food", "0"),
        ("CY", "2024-01-01", "standard", "19"),
        # Denmark
        ("DK", "2024-01-01", "standard", "25"),
        ("DK", "2024-01-01", "newspapers", "0"),
        # Greece: catering 24 -> 13 on 2019-05-20; passenger transport 24 -> 13 on 2020-06-01
        ("GR", "2019-05-19", "restaurant_food", "24"),
        ("GR", "2019-05-20", "restaurant_food", "13"),
        ("GR", "2020-05-31", "passenger_transport", "24"),
        ("GR", "2020-06-01", "passenger_transport", "13"),
        ("GR", "2023-12-31", "passenger_transport", "13"),
        ("GR", "2024-01-01", "passenger_transport", "13"),
        ("GR", "2024-01-01", "standard", "24"),
        ("GR", "2024-01-01", "food", "13"),
        ("GR", "2024-01-01", "books", "6"),
        # Hungary: accommodation 18 -> 5 on 2020-01-01
        ("HU", "2019-12-31", "accommodation", "18"),
        ("HU", "2020-01-01", "accommodation", "5"),
        ("HU", "2024-01-01", "standard", "27"),
        ("HU", "2024-01-01", "restaurant_food", "5"),
        ("HU", "2024-01-01", "books", "5"),
        # Italy
        ("IT", "2024-01-01", "standard", "22"),
        ("IT", "2024-01-01", "food", "10"),
        ("IT", "2024-01-01", "basic_food", "4"),
        ("IT", "2024-01-01", "restaurant_food", "10"),
        ("IT", "2024-01-01", "ebooks", "4"),
        ("IT", "2024-01-01", "reduced2", "5"),
        # Latvia: books and press 12 -> 5 on 2022-01-01
        ("LV", "2021-12-31", "books", "12"),
        ("LV", "2022-01-01", "books", "5"),
        ("LV", "2021-12-31", "newspapers", "12"),
        ("LV", "2022-01-01", "newspapers", "5"),
        # bread, milk, poultry, eggs at 12 % from 2026-07-01 to 2027-06-30
        ("LV", "2026-06-30", "basic_food", "21"),
        ("LV", "2026-07-01", "basic_food", "12"),
        ("LV", "2027-06-30", "basic_food", "12"),
        ("LV", "2027-07-01", "basic_food", "21"),
        ("LV", "2024-01-01", "standard", "21"),
        ("LV", "2024-01-01", "medicines", "12"),
    ],
)
def test_rate_boundaries(code: str, day: str, category: str, rate: str) -> None:
    assert [(c.tax, c.rate) for c in rates(code, on=d(day), category=category)] == [("VAT", Decimal(rate))]


@pytest.mark.parametrize(
    ("code", "day", "category", "en16931"),
    [
        ("IE", "2024-01-01", "passenger_transport", "E"),
        ("DK", "2024-01-01", "passenger_transport", "E"),
        ("IE", "2024-01-01", "food", "Z"),
        ("CZ", "2024-01-01", "books", "Z"),
        ("DK", "2024-01-01", "newspapers", "Z"),
    ],
)
def test_zero_and_exempt_are_distinct(code: str, day: str, category: str, en16931: str) -> None:
    (component,) = rates(code, on=d(day), category=category)
    assert (component.rate, component.category) == (Decimal(0), en16931)


@pytest.mark.parametrize(
    ("code", "day", "category", "message"),
    [
        ("CZ", "2024-01-01", "reduced2", "CZ: no reduced2 VAT rate in force on 2024-01-01"),
        ("DK", "2024-01-01", "reduced", 'DK has no "reduced" rate for VAT'),
        ("EE", "2022-07-31", "reduced2", "EE: no reduced2 VAT rate in force on 2022-07-31"),
        ("GR-69", "2024-01-01", "standard", "GR-69: no taxes defined"),
    ],
)
def test_no_answer_is_an_error(code: str, day: str, category: str, message: str) -> None:
    with pytest.raises(RateNotFound, match=message):
        rates(code, on=d(day), category=category)


def test_eu_vat_area_membership() -> None:
    from invoicekit import default_table

    table = default_table()
    for code in ("BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "GR", "HU", "IE", "IT", "LV"):
        assert table.in_vat_area(code, d("2025-01-01")), code
    assert not table.in_vat_area("HR", d("2013-06-30"))
    assert table.in_vat_area("HR", d("2013-07-01"))
    # Mount Athos is outside the EU VAT territory
    assert not table.in_vat_area("GR-69", d("2025-01-01"))
