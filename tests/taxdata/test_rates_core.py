"""DE, FR, AT, CH, LI, GB: each rate change pinned on both sides of its date.

Expected rates are from the sources cited in the data files (UStG §§ 12, 28; CGI
art. 278-281; UStG 1994 §§ 10, 28; MWSTG Art. 25; VATA 1994 and HMRC guidance)."""

import datetime as dt
from decimal import Decimal

import pytest

from invoicekit import RateNotFound, rates


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("code", "day", "category", "rate"),
    [
        # Germany: temporary COVID-19 reduction 2020-07-01 .. 2020-12-31
        ("DE", "2020-06-30", "standard", "19"),
        ("DE", "2020-07-01", "standard", "16"),
        ("DE", "2020-12-31", "standard", "16"),
        ("DE", "2021-01-01", "standard", "19"),
        ("DE", "2020-06-30", "food", "7"),
        ("DE", "2020-07-01", "food", "5"),
        ("DE", "2021-01-01", "food", "7"),
        # restaurant food: 7 % from 2020-07-01 to 2023-12-31, 19 % in 2024-2025, 7 % from 2026
        ("DE", "2020-06-30", "restaurant_food", "19"),
        ("DE", "2020-07-01", "restaurant_food", "5"),
        ("DE", "2021-01-01", "restaurant_food", "7"),
        ("DE", "2023-12-31", "restaurant_food", "7"),
        ("DE", "2024-01-01", "restaurant_food", "19"),
        ("DE", "2025-12-31", "restaurant_food", "19"),
        ("DE", "2026-01-01", "restaurant_food", "7"),
        ("DE", "2019-12-17", "ebooks", "19"),
        ("DE", "2019-12-18", "ebooks", "7"),
        # France
        ("FR", "2024-01-01", "standard", "20"),
        ("FR", "2024-01-01", "food", "5.5"),
        ("FR", "2024-01-01", "restaurant_food", "10"),
        ("FR", "2024-01-01", "newspapers", "2.1"),
        # Austria: 5 % for restaurants, accommodation and publications 2020-07-01 .. 2021-12-31
        ("AT", "2020-06-30", "restaurant_food", "10"),
        ("AT", "2020-07-01", "restaurant_food", "5"),
        ("AT", "2021-12-31", "accommodation", "5"),
        ("AT", "2022-01-01", "accommodation", "10"),
        ("AT", "2022-01-01", "books", "10"),
        ("AT", "2019-12-31", "ebooks", "20"),
        ("AT", "2020-01-01", "ebooks", "10"),
        ("AT", "2024-01-01", "standard", "20"),
        # basic foods: 10 % until 2026-06-30, 4.9 % from 2026-07-01
        ("AT", "2026-06-30", "basic_food", "10"),
        ("AT", "2026-07-01", "basic_food", "4.9"),
        ("AT", "2026-07-01", "food", "10"),
        # Switzerland and Liechtenstein: 7.7/2.5/3.7 until 2023-12-31, 8.1/2.6/3.8 from 2024-01-01
        ("CH", "2023-12-31", "standard", "7.7"),
        ("CH", "2024-01-01", "standard", "8.1"),
        ("CH", "2023-12-31", "food", "2.5"),
        ("CH", "2024-01-01", "food", "2.6"),
        ("CH", "2023-12-31", "accommodation", "3.7"),
        ("CH", "2024-01-01", "accommodation", "3.8"),
        ("LI", "2023-12-31", "standard", "7.7"),
        ("LI", "2024-01-01", "standard", "8.1"),
        # United Kingdom: hospitality 5 % 2020-07-15 .. 2021-09-30, 12.5 % to 2022-03-31
        ("GB", "2020-07-14", "restaurant_food", "20"),
        ("GB", "2020-07-15", "restaurant_food", "5"),
        ("GB", "2021-09-30", "accommodation", "5"),
        ("GB", "2021-10-01", "accommodation", "12.5"),
        ("GB", "2022-03-31", "hospitality", "12.5"),
        ("GB", "2022-04-01", "hospitality", "20"),
        ("GB", "2020-04-30", "ebooks", "20"),
        ("GB", "2020-05-01", "ebooks", "0"),
        ("GB", "2024-01-01", "food", "0"),
        ("GB-NIR", "2024-01-01", "standard", "20"),
    ],
)
def test_rate_boundaries(code: str, day: str, category: str, rate: str) -> None:
    assert [(c.tax, c.rate) for c in rates(code, on=d(day), category=category)] == [("VAT", Decimal(rate))]


def test_zero_is_not_exempt() -> None:
    (zero,) = rates("GB", on=d("2024-01-01"), category="food")
    (exempt,) = rates("GB", on=d("2024-01-01"), category="exempt")
    assert (zero.rate, zero.category) == (Decimal(0), "Z")
    assert (exempt.rate, exempt.category) == (Decimal(0), "E")


def test_category_not_treated_specially_falls_back_to_standard() -> None:
    from invoicekit import default_table

    resolution = default_table().resolve("CH", d("2024-01-01"), "children_clothing")
    assert [c.rate for c in resolution.components] == [Decimal("8.1")]
    assert "not treated specially" in resolution.explanation


@pytest.mark.parametrize(
    ("code", "day", "category", "message"),
    [
        ("DE", "2024-01-01", "parking", 'DE has no "parking" rate for VAT'),
        ("QQ", "2024-01-01", "standard", 'no tax data for jurisdiction "QQ"'),
        ("DE", "2024-01-01", "caviar", 'unknown tax category "caviar"'),
        ("BY", "2014-06-01", "standard", "BY: not modelled before 2015-01-01 (asked for 2014-06-01)"),
        ("IN-KA", "2017-06-30", "standard", "IN-KA: not modelled before 2017-07-01 (asked for 2017-06-30): India's"),
        ("GB", "2023-01-01", "reduced2", "GB: no reduced2 VAT rate in force on 2023-01-01"),
    ],
)
def test_no_answer_is_an_error(code: str, day: str, category: str, message: str) -> None:
    with pytest.raises(RateNotFound, match=message.replace("(", r"\(").replace(")", r"\)")):
        rates(code, on=d(day), category=category)


def test_gb_leaves_the_eu_vat_area_and_northern_ireland_stays_for_goods() -> None:
    from invoicekit import default_table

    table = default_table()
    assert table.in_vat_area("GB", d("2020-12-31")) and not table.in_vat_area("GB", d("2021-01-01"))
    assert table.in_vat_area("GB-NIR", d("2020-12-31")) and table.in_vat_area("GB-NIR", d("2021-01-01"))
    assert table.in_vat_area("DE", d("2021-01-01"))


def test_a_subdivision_with_its_own_series_owns_that_tax() -> None:
    # The Canary Islands apply IGIC, not Spanish VAT: Spain's super-reduced 4 % must not leak in.
    with pytest.raises(RateNotFound, match='ES-CN has no "super_reduced" rate for VAT'):
        rates("ES-CN", on=d("2025-01-01"), category="super_reduced")
    # Quebec defines QST only; GST comes from Canada's file.
    assert [(c.tax, c.rate) for c in rates("CA-QC", on=d("2025-01-01"))] == [
        ("GST", Decimal("5")),
        ("QST", Decimal("9.975")),
    ]


@pytest.mark.parametrize(
    ("code", "category", "rate"),
    [
        ("FR-20R", "standard", "20"),
        ("FR-20R", "food", "2.1"),
        ("FR-20R", "accommodation", "2.1"),
        ("FR-20R", "restaurant_food", "10"),
        ("FR-971", "standard", "8.5"),
        ("FR-972", "food", "2.1"),
        ("FR-974", "restaurant_food", "2.1"),
        ("FR-974", "newspapers", "1.05"),
    ],
)
def test_corsica_and_overseas_departments(code: str, category: str, rate: str) -> None:
    (component,) = rates(code, on=d("2024-01-01"), category=category)
    assert component.rate == Decimal(rate)
