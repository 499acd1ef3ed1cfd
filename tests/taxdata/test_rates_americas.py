"""Americas tax data (taxdata/americas/): every rate change pinned on both sides of its date.

Hand-checked against the sources cited in the data files:
Canada: GST 5 % (Excise Tax Act s. 165); HST ON 13, NB/NL/PE 15, NS 15 -> 14 (2025-04-01, CRA Notice
342); BC PST 7, SK PST 6, MB RST 8 -> 7 (2019-07-01), QC QST 9.975; the GST/HST holiday of
2024-12-14..2025-02-15 (Tax Break for All Canadians Act, Bill C-78); the provinces' point-of-sale
rebates of the provincial part of the HST (GI-063, GI-065, ontario.ca) and PST exemptions.
United States: statewide base rates; UT 5.95 -> 6.10 (2019-04-01), NM 5.125 -> 5 -> 4.875,
SD 4.5 -> 4.2 (2023-07-01) -> 4.5 (2027-07-01 sunset), LA 4.45 -> 5 (2025-01-01), DC 6 -> 7
(2026-10-01); grocery rates in AL, AR, IL, KS, MO, MS, OK, TN, UT, VA.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicekit import RateNotFound, rates


def pairs(jurisdiction: str, on: date, category: str = "standard") -> list[tuple[str, Decimal]]:
    return [(c.tax, c.rate) for c in rates(jurisdiction, on=on, category=category)]


def D(value: str) -> Decimal:
    return Decimal(value)


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- Canada: standard rates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("CA", "2019-01-01", [("GST", D("5"))]),
        ("CA", "2027-12-31", [("GST", D("5"))]),
        ("CA-AB", "2019-01-01", [("GST", D("5"))]),
        ("CA-NT", "2025-01-01", [("GST", D("5"))]),
        ("CA-NU", "2025-01-01", [("GST", D("5"))]),
        ("CA-YT", "2027-12-31", [("GST", D("5"))]),
        ("CA-ON", "2019-01-01", [("HST", D("13"))]),
        ("CA-ON", "2027-12-31", [("HST", D("13"))]),
        ("CA-NB", "2019-01-01", [("HST", D("15"))]),
        ("CA-NB", "2027-12-31", [("HST", D("15"))]),
        ("CA-NL", "2019-01-01", [("HST", D("15"))]),
        ("CA-NL", "2027-12-31", [("HST", D("15"))]),
        ("CA-PE", "2019-01-01", [("HST", D("15"))]),
        ("CA-PE", "2027-12-31", [("HST", D("15"))]),
        # Nova Scotia: provincial part 10 -> 9 on 2025-04-01
        ("CA-NS", "2019-01-01", [("HST", D("15"))]),
        ("CA-NS", "2025-03-31", [("HST", D("15"))]),
        ("CA-NS", "2025-04-01", [("HST", D("14"))]),
        ("CA-NS", "2027-12-31", [("HST", D("14"))]),
        ("CA-BC", "2019-01-01", [("GST", D("5")), ("PST", D("7"))]),
        ("CA-BC", "2027-12-31", [("GST", D("5")), ("PST", D("7"))]),
        ("CA-SK", "2019-01-01", [("GST", D("5")), ("PST", D("6"))]),
        ("CA-SK", "2027-12-31", [("GST", D("5")), ("PST", D("6"))]),
        # Manitoba: RST 8 -> 7 on 2019-07-01
        ("CA-MB", "2019-01-01", [("GST", D("5")), ("RST", D("8"))]),
        ("CA-MB", "2019-06-30", [("GST", D("5")), ("RST", D("8"))]),
        ("CA-MB", "2019-07-01", [("GST", D("5")), ("RST", D("7"))]),
        ("CA-MB", "2027-12-31", [("GST", D("5")), ("RST", D("7"))]),
        ("CA-QC", "2019-01-01", [("GST", D("5")), ("QST", D("9.975"))]),
        ("CA-QC", "2027-12-31", [("GST", D("5")), ("QST", D("9.975"))]),
    ],
)
def test_canada_standard(code: str, day: str, expected: list[tuple[str, Decimal]]) -> None:
    assert pairs(code, d(day)) == expected


# --- Canada: zero-rated basic groceries and prescription drugs; PST exemptions ------------------


@pytest.mark.parametrize(
    ("code", "category", "expected"),
    [
        ("CA", "basic_food", [("GST", D("0"))]),
        ("CA-AB", "basic_food", [("GST", D("0"))]),
        ("CA-ON", "basic_food", [("HST", D("0"))]),
        ("CA-NS", "medicines", [("HST", D("0"))]),
        ("CA-QC", "basic_food", [("GST", D("0")), ("QST", D("0"))]),
        ("CA-QC", "medicines", [("GST", D("0")), ("QST", D("0"))]),
        ("CA-BC", "basic_food", [("GST", D("0")), ("PST", D("0"))]),
        ("CA-SK", "medicines", [("GST", D("0")), ("PST", D("0"))]),
        ("CA-MB", "basic_food", [("GST", D("0")), ("RST", D("0"))]),
        # food other than basic groceries takes both taxes outside the holiday
        ("CA-SK", "food", [("GST", D("5")), ("PST", D("6"))]),
        ("CA-ON", "food", [("HST", D("13"))]),
        ("CA-BC", "food", [("GST", D("5")), ("PST", D("0"))]),
    ],
)
def test_canada_zero_rated_and_exempt(code: str, category: str, expected: list[tuple[str, Decimal]]) -> None:
    assert pairs(code, d("2023-06-01"), category) == expected


def test_zero_rated_versus_exempt_components() -> None:
    components = rates("CA-BC", on=d("2023-06-01"), category="basic_food")
    assert [(c.tax, c.category) for c in components] == [("GST", "Z"), ("PST", "E")]
    components = rates("CA-QC", on=d("2023-06-01"), category="books")
    assert [(c.tax, c.rate, c.category) for c in components] == [("GST", D("5"), "S"), ("QST", D("0"), "Z")]


# --- Canada: the GST/HST holiday 2024-12-14 .. 2025-02-15 ---------------------------------------


@pytest.mark.parametrize(
    ("code", "category", "before", "during", "after"),
    [
        # GST only
        ("CA-AB", "restaurant_food", [("GST", D("5"))], [("GST", D("0"))], [("GST", D("5"))]),
        ("CA-AB", "food", [("GST", D("5"))], [("GST", D("0"))], [("GST", D("5"))]),
        ("CA-YT", "children_clothing", [("GST", D("5"))], [("GST", D("0"))], [("GST", D("5"))]),
        ("CA-NT", "books", [("GST", D("5"))], [("GST", D("0"))], [("GST", D("5"))]),
        ("CA", "newspapers", [("GST", D("5"))], [("GST", D("0"))], [("GST", D("5"))]),
        # whole HST
        ("CA-ON", "restaurant_food", [("HST", D("13"))], [("HST", D("0"))], [("HST", D("13"))]),
        ("CA-NB", "children_clothing", [("HST", D("15"))], [("HST", D("0"))], [("HST", D("15"))]),
        ("CA-NL", "newspapers", [("HST", D("15"))], [("HST", D("0"))], [("HST", D("15"))]),
        ("CA-NS", "food", [("HST", D("15"))], [("HST", D("0"))], [("HST", D("15"))]),
        # point-of-sale rebates (HST 5 %) around the holiday
        ("CA-ON", "books", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-ON", "children_clothing", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-ON", "newspapers", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-NS", "books", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-NS", "children_clothing", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-NB", "books", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-NL", "books", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-PE", "books", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        ("CA-PE", "children_clothing", [("HST", D("5"))], [("HST", D("0"))], [("HST", D("5"))]),
        # provincial sales taxes were not part of the holiday
        (
            "CA-BC",
            "restaurant_food",
            [("GST", D("5")), ("PST", D("0"))],
            [("GST", D("0")), ("PST", D("0"))],
            [("GST", D("5")), ("PST", D("0"))],
        ),
        (
            "CA-BC",
            "books",
            [("GST", D("5")), ("PST", D("0"))],
            [("GST", D("0")), ("PST", D("0"))],
            [("GST", D("5")), ("PST", D("0"))],
        ),
        (
            "CA-SK",
            "restaurant_food",
            [("GST", D("5")), ("PST", D("6"))],
            [("GST", D("0")), ("PST", D("6"))],
            [("GST", D("5")), ("PST", D("6"))],
        ),
        (
            "CA-SK",
            "children_clothing",
            [("GST", D("5")), ("PST", D("6"))],
            [("GST", D("0")), ("PST", D("6"))],
            [("GST", D("5")), ("PST", D("6"))],
        ),
        (
            "CA-SK",
            "newspapers",
            [("GST", D("5")), ("PST", D("0"))],
            [("GST", D("0")), ("PST", D("0"))],
            [("GST", D("5")), ("PST", D("0"))],
        ),
        (
            "CA-MB",
            "restaurant_food",
            [("GST", D("5")), ("RST", D("7"))],
            [("GST", D("0")), ("RST", D("7"))],
            [("GST", D("5")), ("RST", D("7"))],
        ),
        (
            "CA-MB",
            "children_clothing",
            [("GST", D("5")), ("RST", D("0"))],
            [("GST", D("0")), ("RST", D("0"))],
            [("GST", D("5")), ("RST", D("0"))],
        ),
        (
            "CA-QC",
            "restaurant_food",
            [("GST", D("5")), ("QST", D("9.975"))],
            [("GST", D("0")), ("QST", D("9.975"))],
            [("GST", D("5")), ("QST", D("9.975"))],
        ),
        (
            "CA-QC",
            "food",
            [("GST", D("5")), ("QST", D("9.975"))],
            [("GST", D("0")), ("QST", D("9.975"))],
            [("GST", D("5")), ("QST", D("9.975"))],
        ),
        (
            "CA-QC",
            "newspapers",
            [("GST", D("5")), ("QST", D("9.975"))],
            [("GST", D("0")), ("QST", D("9.975"))],
            [("GST", D("5")), ("QST", D("9.975"))],
        ),
        (
            "CA-QC",
            "books",
            [("GST", D("5")), ("QST", D("0"))],
            [("GST", D("0")), ("QST", D("0"))],
            [("GST", D("5")), ("QST", D("0"))],
        ),
    ],
)
def test_gst_hst_holiday(code, category, before, during, after) -> None:  # type: ignore[no-untyped-def]
    assert pairs(code, d("2024-12-13"), category) == before
    assert pairs(code, d("2024-12-14"), category) == during
    assert pairs(code, d("2025-02-15"), category) == during
    assert pairs(code, d("2025-02-16"), category) == after


def test_holiday_is_zero_rated_not_exempt() -> None:
    assert [(c.tax, c.category) for c in rates("CA-ON", on=d("2025-01-10"), category="books")] == [
        ("HST", "Z")
    ]
    bc = rates("CA-BC", on=d("2025-01-10"), category="books")
    assert [(c.tax, c.category) for c in bc] == [("GST", "Z"), ("PST", "E")]


def test_canada_has_no_generic_reduced_rate() -> None:
    with pytest.raises(RateNotFound):
        rates("CA-AB", on=d("2023-06-01"), category="reduced")
    # the HST "reduced" class exists only as the point-of-sale rebate in the HST provinces
    assert pairs("CA-ON", d("2023-06-01"), "reduced") == [("HST", D("5"))]
    assert pairs("CA-NS", d("2025-04-01"), "reduced") == [("HST", D("5"))]


def test_canada_no_data_before_gst_at_five_percent() -> None:
    with pytest.raises(RateNotFound):
        rates("CA", on=d("2007-12-31"))


# --- United States: statewide base rates -------------------------------------------------------

STATE_RATES = {
    "AL": "4", "AK": "0", "AZ": "5.6", "AR": "6.5", "CA": "7.25", "CO": "2.9", "CT": "6.35",
    "DE": "0", "FL": "6", "GA": "4", "HI": "4", "ID": "6", "IL": "6.25", "IN": "7", "IA": "6",
    "KS": "6.5", "KY": "6", "ME": "5.5", "MD": "6", "MA": "6.25", "MI": "6", "MN": "6.875",
    "MS": "7", "MO": "4.225", "MT": "0", "NE": "5.5", "NV": "6.85", "NH": "0", "NJ": "6.625",
    "NY": "4", "NC": "4.75", "ND": "5", "OH": "5.75", "OK": "4.5", "OR": "0", "PA": "6",
    "RI": "7", "SC": "6", "TN": "7", "TX": "6.25", "VT": "6", "VA": "5.3", "WA": "6.5",
    "WV": "6", "WI": "5", "WY": "4",
}  # fmt: skip


@pytest.mark.parametrize(("state", "rate"), sorted(STATE_RATES.items()))
def test_us_unchanged_state_rates(state: str, rate: str) -> None:
    for day in ("2019-01-01", "2023-06-30", "2027-12-31"):
        assert pairs(f"US-{state}", d(day)) == [("SALES_TAX", D(rate))]


@pytest.mark.parametrize(
    ("code", "day", "rate"),
    [
        # Utah: Proposition 3, state 4.70 -> 4.85 on 2019-04-01 (statewide base 5.95 -> 6.10)
        ("US-UT", "2019-01-01", "5.95"),
        ("US-UT", "2019-03-31", "5.95"),
        ("US-UT", "2019-04-01", "6.1"),
        ("US-UT", "2027-12-31", "6.1"),
        # New Mexico gross receipts tax, state rate
        ("US-NM", "2019-01-01", "5.125"),
        ("US-NM", "2022-06-30", "5.125"),
        ("US-NM", "2022-07-01", "5"),
        ("US-NM", "2023-06-30", "5"),
        ("US-NM", "2023-07-01", "4.875"),
        ("US-NM", "2027-12-31", "4.875"),
        # South Dakota: HB 1137 reduction with its 2027-06-30 sunset
        ("US-SD", "2019-01-01", "4.5"),
        ("US-SD", "2023-06-30", "4.5"),
        ("US-SD", "2023-07-01", "4.2"),
        ("US-SD", "2027-06-30", "4.2"),
        ("US-SD", "2027-07-01", "4.5"),
        # Louisiana: Act 11 (2024 3rd Ex. Sess.)
        ("US-LA", "2019-01-01", "4.45"),
        ("US-LA", "2024-12-31", "4.45"),
        ("US-LA", "2025-01-01", "5"),
        ("US-LA", "2027-12-31", "5"),
        # District of Columbia: the 6.5 % step of 2025-10-01 was repealed; 7 % from 2026-10-01
        ("US-DC", "2019-01-01", "6"),
        ("US-DC", "2025-10-01", "6"),
        ("US-DC", "2026-09-30", "6"),
        ("US-DC", "2026-10-01", "7"),
    ],
)
def test_us_state_rate_changes(code: str, day: str, rate: str) -> None:
    assert pairs(code, d(day)) == [("SALES_TAX", D(rate))]


def test_us_country_file_has_no_sales_tax() -> None:
    assert pairs("US", d("2024-01-01")) == [("SALES_TAX", D("0"))]


# --- United States: groceries -------------------------------------------------------------------


@pytest.mark.parametrize("category", ["food", "basic_food"])
@pytest.mark.parametrize(
    ("code", "day", "rate", "cat_code"),
    [
        # Kansas: 6.5 -> 4 -> 2 -> 0 (state rate on food and food ingredients)
        ("US-KS", "2022-12-31", "6.5", "S"),
        ("US-KS", "2023-01-01", "4", "S"),
        ("US-KS", "2023-12-31", "4", "S"),
        ("US-KS", "2024-01-01", "2", "S"),
        ("US-KS", "2024-12-31", "2", "S"),
        ("US-KS", "2025-01-01", "0", "Z"),
        # Illinois: 1 %, suspended 2022-07-01 .. 2023-06-30, repealed from 2026-01-01
        ("US-IL", "2019-01-01", "1", "S"),
        ("US-IL", "2022-06-30", "1", "S"),
        ("US-IL", "2022-07-01", "0", "Z"),
        ("US-IL", "2023-06-30", "0", "Z"),
        ("US-IL", "2023-07-01", "1", "S"),
        ("US-IL", "2025-12-31", "1", "S"),
        ("US-IL", "2026-01-01", "0", "E"),
        # Alabama: 4 -> 3 (2023-09-01) -> 2 (2025-09-01)
        ("US-AL", "2023-08-31", "4", "S"),
        ("US-AL", "2023-09-01", "3", "S"),
        ("US-AL", "2025-08-31", "3", "S"),
        ("US-AL", "2025-09-01", "2", "S"),
        # Mississippi: 7 -> 5 on 2025-07-01
        ("US-MS", "2025-06-30", "7", "S"),
        ("US-MS", "2025-07-01", "5", "S"),
        # Tennessee: 4 % with food tax holidays in August 2022 and August-October 2023
        ("US-TN", "2019-01-01", "4", "S"),
        ("US-TN", "2022-07-31", "4", "S"),
        ("US-TN", "2022-08-01", "0", "E"),
        ("US-TN", "2022-08-31", "0", "E"),
        ("US-TN", "2022-09-01", "4", "S"),
        ("US-TN", "2023-07-31", "4", "S"),
        ("US-TN", "2023-08-01", "0", "E"),
        ("US-TN", "2023-10-31", "0", "E"),
        ("US-TN", "2023-11-01", "4", "S"),
        # Virginia: 2.5 -> 1 on 2023-01-01 (state 1.5 % eliminated)
        ("US-VA", "2019-01-01", "2.5", "S"),
        ("US-VA", "2022-12-31", "2.5", "S"),
        ("US-VA", "2023-01-01", "1", "S"),
        # Arkansas: 0.125 % until 2025-12-31, exempt from 2026-01-01
        ("US-AR", "2019-01-01", "0.125", "S"),
        ("US-AR", "2025-12-31", "0.125", "S"),
        ("US-AR", "2026-01-01", "0", "E"),
        # Oklahoma: state tax on groceries removed on 2024-08-29
        ("US-OK", "2024-08-28", "4.5", "S"),
        ("US-OK", "2024-08-29", "0", "E"),
        # Utah 3 % and Missouri 1.225 %, unchanged
        ("US-UT", "2019-01-01", "3", "S"),
        ("US-UT", "2027-12-31", "3", "S"),
        ("US-MO", "2019-01-01", "1.225", "S"),
        ("US-MO", "2027-12-31", "1.225", "S"),
    ],
)
def test_us_groceries(category: str, code: str, day: str, rate: str, cat_code: str) -> None:
    components = rates(code, on=d(day), category=category)
    assert [(c.tax, c.rate, c.category) for c in components] == [("SALES_TAX", D(rate), cat_code)]


def test_illinois_medicines_low_rate() -> None:
    assert pairs("US-IL", d("2026-06-01"), "medicines") == [("SALES_TAX", D("1"))]
    assert pairs("US-IL", d("2026-06-01"), "medical_devices") == [("SALES_TAX", D("1"))]


def test_us_names_and_currency() -> None:
    from invoicekit import default_table

    table = default_table()
    assert table.currency("US-TX") == "USD"
    assert table.currency("CA-QC") == "CAD"
    assert table.tax_names("US-HI")["SALES_TAX"] == "General Excise Tax"
    assert table.tax_names("CA-QC")["QST"] == "taxe de vente du Québec"
    assert table.taxes("CA-ON") == ("HST",)
    assert table.taxes("CA-MB") == ("GST", "RST")
