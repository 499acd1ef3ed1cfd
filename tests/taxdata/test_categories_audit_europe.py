"""The category mappings of European jurisdictions checked in the third audit round, each pinned
on the day its official source describes, and the mappings corrected or split, on both sides.

Expected rates are read from the sources, not from the data files:
- Germany: the Umsatzsteuergesetz as in force in May 2012 and in June 2026 (gesetze-im-internet.de),
  § 12 Abs. 2 Nr. 1 (Anlage 2), 10, 11, 14 and 15;
- the European Commission's Taxes in Europe Database (TEDB), VAT rates on 2026-07-01 as reported
  by each member state (Netherlands: Wet OB 1968 Tabel I; Poland: Annexes 3 and 10 to the VAT Act;
  Austria: § 10 UStG 1994 with Anlagen 1 and 3; the rows for books (CN 4901), accommodation
  (CPA 55), restaurants (CPA 56.10), scheduled road transport (CPA 49.31) and bread (CN 1905 90 30));
- France: the Bulletin officiel des finances publiques, BOI-TVA-LIQ-30-10-10 (2014-09-19 and
  2024-08-21, food 5.5 %), BOI-TVA-LIQ-30-10-40 (2013-04-17, books on any support, downloads
  included, 5.5 %), BOI-TVA-LIQ-30-20-10-20 (2020-10-14 and 2024-08-07, on-site meals 10 %);
- Switzerland: Art. 25 MWSTG in the ESTV's information version, Stand 2025-01-01 (2.6 %, 3.8 %);
- United Kingdom: HMRC VAT Notice 709/1 (catering 20 %, 5 % from 2020-07-15, 12.5 % from
  2021-10-01, 20 % again from 2022-04-01);
- Sweden: Skatteverket, Rättslig vägledning 2015.14 and "Momssats på varor och tjänster" (food 12 %).
"""

import datetime as dt
from decimal import Decimal

import pytest
from taxdata_audit import withdrawn_r9_tedb

from invoicekit import default_table, rates


def rate(code: str, day: str, category: str) -> Decimal:
    (component,) = rates(code, on=dt.date.fromisoformat(day), category=category)
    return component.rate


def reason(code: str, day: str, category: str) -> str:
    return default_table().resolve(code, dt.date.fromisoformat(day), category).explanation


# Germany, UStG text of 2012: restaurant meals and e-books not in § 12 Abs. 2, so 19 %.
GERMANY_2014 = [
    ("food", "7"),
    ("basic_food", "7"),
    ("agricultural", "7"),
    ("books", "7"),
    ("newspapers", "7"),
    ("accommodation", "7"),
    ("restaurant_food", "19"),
    ("ebooks", "19"),
]
# Germany, UStG text of 2026-06-29: Nr. 14 (electronic publications), Nr. 15 (restaurant food).
GERMANY_2026 = [
    ("food", "7"),
    ("books", "7"),
    ("newspapers", "7"),
    ("accommodation", "7"),
    ("restaurant_food", "7"),
    ("ebooks", "7"),
    ("passenger_transport", "7"),
]
NETHERLANDS_2026 = [
    ("food", "9"),
    ("basic_food", "9"),
    ("restaurant_food", "9"),
    ("hospitality", "9"),
    ("accommodation", "21"),  # Tabel I b.10 keeps only camping at 9 %
    ("passenger_transport", "9"),
    ("books", "9"),
    ("ebooks", "9"),
    ("newspapers", "9"),
    ("medicines", "9"),
    ("medical_devices", "9"),
]
POLAND_2026 = [
    ("food", "5"),
    ("basic_food", "5"),
    ("books", "5"),
    ("ebooks", "5"),
    ("restaurant_food", "8"),
    ("hospitality", "8"),
    ("accommodation", "8"),
    ("passenger_transport", "8"),
    ("newspapers", "8"),
    ("medicines", "8"),
    ("medical_devices", "8"),
    ("agricultural", "8"),
]
AUSTRIA_2026 = [
    ("food", "10"),
    ("basic_food", "4.9"),
    ("restaurant_food", "10"),
    ("accommodation", "10"),
    ("books", "10"),
    ("newspapers", "10"),
    ("ebooks", "10"),
]
# TEDB rows read by commodity code, 2026-07-01 (Greece's books row: 2025-01-01; Portugal's: 2026-01-01).
TEDB_BY_CODE = {
    "books": "BE=6 BG=9 CZ=0 EE=9 GR=6 HR=5 HU=5 IT=4 LT=5 LU=3 MT=5 PT=6 RO=11 SE=6 SI=5 SK=5 FR=5.5",
    "ebooks": "BG=9 CZ=0 EE=9 IE=0 LT=5 MT=5 RO=11 SE=6 SI=5",
    "newspapers": "BG=9 IE=0 IT=4 PT=6 RO=11 SE=6",
    "accommodation": "CZ=12 EE=13 ES=10 FR=10 IT=10 LV=12 SK=5",
    "restaurant_food": "FR=10 HU=5 IE=9 PT=13",
    "basic_food": "HR=5 IT=4 SK=5",
    "food": "SK=19",
    "passenger_transport": "DK=0 LU=3",
}
# TEDB rows read in the country files, 2026-07-01.
TEDB_BY_COUNTRY = {
    "RO": "food=11 basic_food=11 restaurant_food=11 hospitality=11 accommodation=11",
    "LU": "food=3 basic_food=3 agricultural=3",
    "CZ": "food=12 restaurant_food=12 hospitality=12 passenger_transport=12 newspapers=12 medicines=12",
    "FI": "food=13.5",
    "IE": "food=0 basic_food=0 accommodation=13.5 medicines=0",
    "SI": "food=9.5 basic_food=9.5",
    "LT": (
        "restaurant_food=21 hospitality=21 accommodation=12 passenger_transport=12 newspapers=5"
        " medicines=5 medicines_otc=21 medical_devices=5"
    ),
}
SWITZERLAND_2026 = [
    ("food", "2.6"),
    ("basic_food", "2.6"),
    ("agricultural", "2.6"),
    ("medicines", "2.6"),
    ("books", "2.6"),
    ("newspapers", "2.6"),
    ("ebooks", "2.6"),
    ("accommodation", "3.8"),
]
UK_CATERING = [
    ("2020-07-14", "20"),
    ("2020-07-15", "5"),
    ("2021-09-30", "5"),
    ("2021-10-01", "12.5"),
    ("2022-03-31", "12.5"),
    ("2022-04-01", "20"),
]
FRANCE_2015 = [
    ("food", "5.5"),
    ("basic_food", "5.5"),
    ("books", "5.5"),
    ("ebooks", "5.5"),
    ("restaurant_food", "10"),
]
CASES = (
    [("DE", "2014-01-01", c, r) for c, r in GERMANY_2014]
    + [("FR", "2015-01-01", c, r) for c, r in FRANCE_2015]
    + [
        (code, "2026-07-01", pair.split("=")[0], pair.split("=")[1])
        for code, pairs in TEDB_BY_COUNTRY.items()
        for pair in pairs.split()
    ]
    + [("CH", "2026-07-01", c, r) for c, r in SWITZERLAND_2026]
    + [("GB", day, "restaurant_food", r) for day, r in UK_CATERING]
    + [
        ("SE", "2015-01-01", "food", "12"),
        ("SE", "2026-03-31", "food", "12"),
        ("SE", "2015-01-01", "basic_food", "12"),
    ]
    + [
        (pair.split("=")[0], "2026-07-01", category, pair.split("=")[1])
        for category, pairs in TEDB_BY_CODE.items()
        for pair in pairs.split()
    ]
    + [("DE", "2026-07-01", c, r) for c, r in GERMANY_2026]
    + [("NL", "2026-07-01", c, r) for c, r in NETHERLANDS_2026]
    + [("PL", "2026-07-01", c, r) for c, r in POLAND_2026]
    + [("AT", "2026-07-01", c, r) for c, r in AUSTRIA_2026]
)


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_every_case_is_a_checked_period() -> None:
    """The pinned days fall in periods that carry a checked date (the test follows the data), except
    those whose date the ninth round withdrew (TEDB's day is later than the period's first day and
    no text in force on that first day was read: test_categories_audit_r9_tedb.py)."""
    table = default_table()
    for code, day, category, _ in CASES:
        series = table.category_series(code, category)
        assert series is not None, (code, category)
        period = series.at(dt.date.fromisoformat(day))
        assert period is not None, (code, day, category)
        assert (period.checked is None) is withdrawn_r9_tedb(code, day, category), (code, day, category)


def test_austrian_basic_food_basket_from_2026_07_01() -> None:
    assert rate("AT", "2026-06-30", "basic_food") == Decimal("10")
    assert rate("AT", "2026-07-01", "basic_food") == Decimal("4.9")
    assert "Anlage 3" in reason("AT", "2026-07-01", "basic_food")
    assert rate("AT", "2026-07-01", "food") == Decimal("10")


def test_dutch_hospitality_names_the_accommodation_rule_from_2026() -> None:
    """Split on 2026-01-01: the food served stays at 9 %, the hotel room no longer does."""
    assert rate("NL", "2025-12-31", "hospitality") == Decimal("9")
    assert "condition not checked" not in reason("NL", "2025-12-31", "hospitality")
    assert rate("NL", "2026-01-01", "hospitality") == Decimal("9")
    assert "hotel accommodation takes 21 %" in reason("NL", "2026-01-01", "hospitality")
    assert rate("NL", "2025-12-31", "accommodation") == Decimal("9")
    assert rate("NL", "2026-01-01", "accommodation") == Decimal("21")
    assert "camping" in reason("NL", "2026-01-01", "accommodation")


@pytest.mark.parametrize(
    ("code", "category", "words"),
    [
        ("DE", "passenger_transport", "up to 50 km"),
        ("NL", "passenger_transport", "balloon"),
        ("NL", "medical_devices", "Tabel I a.31 to a.37"),
        ("PL", "restaurant_food", "seafood"),
        ("PL", "newspapers", "regional or local periodicals"),
        ("RO", "food", "10 g per 100 g"),
        ("RO", "restaurant_food", "CN 2202"),
        ("AT", "basic_food", "Anlage 3"),
        ("LU", "passenger_transport", "departure and arrival in Luxembourg"),
        ("CZ", "food", "milk"),
        ("IE", "newspapers", "other periodicals take 9 %"),
        ("IE", "food", "vending machines"),
        ("SI", "food", "added sugar or sweeteners"),
        ("CZ", "passenger_transport", "domestic air transport takes 21 %"),
        ("LT", "passenger_transport", "regular routes"),
        ("LT", "hospitality", "accommodation takes 12 %"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(code: str, category: str, words: str) -> None:
    assert words in reason(code, "2026-07-01", category)


def test_ebooks_and_periodicals_added_where_tedb_shows_the_reduced_rate() -> None:
    """Bulgaria and Romania gave electronic books (and Bulgarian periodicals) the standard rate
    while TEDB lists them at the reduced rate; the added periods say their start is not known."""
    assert rate("BG", "2026-07-01", "ebooks") == Decimal("9")
    assert rate("BG", "2026-07-01", "newspapers") == Decimal("9")
    assert rate("RO", "2025-08-01", "ebooks") == Decimal("11")
    for code, category in (("BG", "ebooks"), ("BG", "newspapers"), ("RO", "ebooks")):
        series = default_table().category_series(code, category)
        assert series is not None
        assert "needs review" in (series.periods[0].note or "")


def test_irish_food_service_rate_on_both_sides_of_2026_07_01() -> None:
    assert rate("IE", "2026-06-30", "restaurant_food") == Decimal("13.5")
    assert rate("IE", "2026-07-01", "restaurant_food") == Decimal("9")
    assert "accommodation stays at 13.5 %" in reason("IE", "2026-07-01", "hospitality")


def test_danish_passenger_transport_is_exempt_not_zero_rated() -> None:
    (component,) = rates("DK", on=dt.date(2026, 7, 1), category="passenger_transport")
    assert component.category == "E"
    assert "tourist coaches" in reason("DK", "2026-07-01", "passenger_transport")


def test_swiss_restaurant_meals_take_the_standard_rate_and_takeaway_is_a_limit() -> None:
    """Art. 25 Abs. 3 MWSTG: food served on the premises takes the Normalsatz (8.1 %)."""
    assert rate("CH", "2026-07-01", "restaurant_food") == Decimal("8.1")
    assert "takeaway" in reason("CH", "2026-07-01", "food")
