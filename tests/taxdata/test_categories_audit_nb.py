"""The category mappings of the northern, Baltic and Benelux member states, Germany and Romania
checked in the fifth audit round, each pinned on the day its official source describes, and the
changes made, on both sides.

Expected rates are read from the sources, not from the data files:
- Latvia: Pievienotās vērtības nodokļa likums, 41. pants (21 %, 12 %, 5 %) and 42. pants, in the
  consolidated text of likumi.lv (read in the legalize-lv mirror) that includes the amendments of
  Latvijas Vēstnesis 2025/244.30: medicines (part 1), medical devices (part 2) and regular domestic
  passenger transport (part 4) at 12 %; books (part 5) and press publications (part 7), printed or
  electronic, at 5 % when in Latvian or a listed language; bread, milk, poultry meat and eggs of
  Annex 2 at 12 % from 2026-07-01 to 2027-06-30 (part 16, point 2, with transitional provision 48).
- Estonia: the Käibemaksuseaduse muutmise seadus of 2022-05-18 (RT I, 04.06.2022, 4; § 15 lg 2 p 3
  repealed and lg 2¹ at 5 % for press publications from 2022-08-01), the Maksu- ja Tolliamet's page
  on the changes from 2020-05-01 (books and press at 9 %, on any medium from that day) and the
  Sotsiaalministri määrus nr 63 as amended in force 2015-09-11 and 2017-06-16 (medicines and the
  listed medical devices at 9 % under § 15 lg 2 p 2), and the amending act RT I, 01.07.2023, 2
  (press moved into the 9 % list of § 15 lg 2, which keeps medicines and medical devices).
- Finland: TEDB, situation 2026-07-01 (country file): restaurant and catering services at 13.5 %,
  alcoholic beverages excluded; newspapers and periodicals at 10 %, electronic ones from July 2019;
  Vero's guidance on books and newspapers (2019-06-24): 10 % for printed books and, from 2019-07-01,
  e-books, under a general rate of 24 % (the data's standard rate in 2019).
- Sweden: mervärdesskattelag (1994:200), 7 kap. 1 § in the wording of Lag (2023:80), in force until
  the Act's repeal on 2023-07-01: passenger transport (tredje stycket 12) and electronically supplied
  books and newspapers (tredje stycket 5) at 6 %; Skatteverket's Rättslig vägledning 2019.6 and
  Prop. 2018/19:73: electronic publications at 6 % only from 2019-07-01 (the general 25 % before).
- Romania: Codul fiscal (Legea nr. 227/2015), art. 291, in the consolidated text of legislatie.just.ro
  in force in 2022 (read in the legalize-ro mirror): 9 % (alin. 2) for prostheses and orthopaedic
  products (a, b), medicines for human and veterinary use (c), irrigation water (g) and, inserted on
  2016-06-30 by OUG nr. 32/2016, fertilisers, pesticides, seeds for sowing and agricultural
  services (h); 5 % (alin. 3) for books, newspapers and magazines on physical support or supplied
  electronically (a, worded so from 2022-01-01 by Legea nr. 291/2021), hotel accommodation (d) and
  restaurant and catering services (e). The standard rate was 20 % in 2016 and 19 % from 2017.
- Denmark: momsloven § 34, stk. 1, nr. 18 as described by SKAT (newspapers normally published at
  least once a month are exempt with credit, the 0 % class) and bill L 222 (2018-19, enacted), which
  adds electronically supplied newspapers from 2019-07-01.
- Luxembourg: TEDB, situation 2026-07-01 (country file): restaurant and catering services without
  alcoholic beverages, hotel, holiday and camping accommodation, medicinal products and children's
  clothing and footwear, books, newspapers and periodicals, printed or on-line, at the super-reduced
  rate of 3 %.
- Ireland: Finance Act 2018, s. 43 (from 2019-01-01 the 9 % of VATCA 2010 s. 46(1)(ca) covers only
  Schedule 3 paragraphs 7(a), 7A (new: electronic books, newspapers and periodicals) and 12; the
  restaurant, catering and accommodation paragraphs fall to the 13.5 % of s. 46(1)(c)); Finance Act
  2020, s. 39 (VATCA 2010 s. 46(1)(cb)): 9 % from 2020-11-01 to 2021-12-31 for
  restaurant and catering services (Schedule 3 para. 3(1)) and hotel and holiday accommodation
  (para. 11), which were otherwise at the 13.5 % of s. 46(1)(c); TEDB (2026-07-01) dates the end of
  the temporary 9 % for items of the same list on 2023-08-31.
- Lithuania: Law No XIV-1551 of 2022-11-22 replacing art. 19(3) of the PVM įstatymas (e-tar.lt): 9 %
  for printed and electronic books (point 2) and, until 2023-12-31, for catering and take-away food
  without alcoholic drinks (point 6); the VMI letter of 2012-07-10 (9 % for periodicals from
  2013-01-01).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason, withdrawn_r9_tedb

LATVIA_2026 = [
    ("basic_food", "12"),
    ("passenger_transport", "12"),
    ("medicines", "12"),
    ("medical_devices", "12"),
    ("books", "5"),
    ("ebooks", "5"),
    ("newspapers", "5"),
]
ESTONIA = [
    ("2015-09-11", "medical_devices", "9"),
    ("2017-06-16", "medical_devices", "9"),
    ("2017-06-16", "medicines", "9"),
    ("2020-05-01", "books", "9"),
    ("2020-05-01", "newspapers", "9"),
    ("2022-07-31", "newspapers", "9"),
    ("2022-08-01", "newspapers", "5"),
    ("2026-07-01", "medicines", "9"),
    ("2026-07-01", "medical_devices", "9"),
    ("2026-07-01", "newspapers", "9"),
]
ROMANIA_2022 = [
    ("medicines", "9"),
    ("medical_devices", "9"),
    ("agricultural", "9"),
    ("books", "5"),
    ("newspapers", "5"),
    ("ebooks", "5"),
    ("accommodation", "5"),
    ("restaurant_food", "5"),
    ("hospitality", "5"),
]
LUXEMBOURG_2026 = [
    "restaurant_food",
    "hospitality",
    "accommodation",
    "children_clothing",
    "newspapers",
]
# 13.5 % under s. 46(1)(c) until 2020-10-31, 9 % under s. 46(1)(cb) from 2020-11-01.
IRELAND_HOSPITALITY = [("2020-10-31", "13.5"), ("2020-11-01", "9"), ("2021-12-31", "9")]
FINLAND_2026 = [("restaurant_food", "13.5"), ("hospitality", "13.5"), ("newspapers", "10")]
CASES = (
    [("LV", "2026-07-01", c, r) for c, r in LATVIA_2026]
    + [("EE", d, c, r) for d, c, r in ESTONIA]
    + [("FI", "2026-07-01", c, r) for c, r in FINLAND_2026]
    + [("SE", "2023-06-30", c, "6") for c in ("passenger_transport", "ebooks", "books", "newspapers")]
    + [("RO", "2022-07-01", c, r) for c, r in ROMANIA_2022]
    + [("LU", "2026-07-01", c, "3") for c in LUXEMBOURG_2026]
    + [
        ("IE", d, c, r)
        for d, r in IRELAND_HOSPITALITY
        for c in ("restaurant_food", "hospitality", "accommodation")
    ]
    + [("LT", "2023-06-30", "books", "9")]
    + [("LT", "2018-12-31", "newspapers", "9"), ("LT", "2019-01-01", "newspapers", "5")]
    + [("LT", "2024-01-01", "restaurant_food", "21")]
    + [("FI", "2019-07-01", "books", "10"), ("FI", "2019-07-01", "ebooks", "10")]
    + [("IE", "2018-12-31", c, "9") for c in ("restaurant_food", "accommodation", "newspapers")]
    + [("IE", "2019-01-01", c, r) for c, r in (("restaurant_food", "13.5"), ("accommodation", "13.5"))]
    + [("IE", "2019-01-01", "ebooks", "9"), ("IE", "2019-01-01", "newspapers", "9")]
    + [("DK", "2018-12-31", "newspapers", "0"), ("DK", "2019-07-01", "newspapers", "0")]
    + [("SE", "2019-06-30", "ebooks", "25"), ("SE", "2019-07-01", "ebooks", "6")]
)


@pytest.mark.parametrize(("code", "day", "category", "expected"), CASES)
def test_checked_mapping_gives_the_source_rate(code: str, day: str, category: str, expected: str) -> None:
    """The rate on the source's day, and the period in force that day carries a checked date, unless
    the ninth round withdrew it (the source's day is later than the period's first day and no text
    in force on that first day was read: test_categories_audit_r9_tedb.py)."""
    assert rate(code, day, category) == Decimal(expected)
    withdrawn = withdrawn_r9_tedb(code, day, category)
    assert (mapping_period(code, day, category).checked is None) is withdrawn


def test_latvian_basic_food_pilot_runs_from_2026_07_01_to_2027_06_30() -> None:
    """Transitional provision 48: 42. panta 16. daļas 2. punkts applies only in that year; the
    standard 21 % before and after."""
    assert rate("LV", "2026-06-30", "basic_food") == Decimal("21")
    assert rate("LV", "2026-07-01", "basic_food") == Decimal("12")
    assert rate("LV", "2027-06-30", "basic_food") == Decimal("12")
    assert rate("LV", "2027-07-01", "basic_food") == Decimal("21")


@pytest.mark.parametrize("category", ["books", "ebooks", "newspapers"])
def test_latvian_publications_take_the_language_condition_from_2026(category: str) -> None:
    """5 % on both sides of 2026-01-01; from that day only in the listed languages."""
    assert rate("LV", "2025-12-31", category) == Decimal("5")
    assert rate("LV", "2026-01-01", category) == Decimal("5")
    assert mapping_period("LV", "2025-12-31", category).limit is None
    assert "Latgalian" in (mapping_period("LV", "2026-01-01", category).limit or "")


def test_irish_ebooks_take_9_percent_from_2019() -> None:
    """Finance Act 2018, s. 43: electronic publications (Schedule 3 para. 7A) at 9 % from 2019-01-01;
    the data gives the standard 23 % before, and the cited section is s. 43 (not s. 41, a VRT section)."""
    assert rate("IE", "2018-12-31", "ebooks") == Decimal("23")
    assert rate("IE", "2019-01-01", "ebooks") == Decimal("9")
    period = mapping_period("IE", "2019-01-01", "ebooks")
    assert "s. 43" in period.source
    assert "s. 41" not in period.source


def test_finnish_ebooks_take_the_general_rate_before_2019_07_01() -> None:
    """Vero: e-books at the reduced 10 % only from 2019-07-01; the general rate (24 %) before."""
    assert rate("FI", "2019-06-30", "ebooks") == Decimal("24")
    assert rate("FI", "2019-07-01", "ebooks") == Decimal("10")


def test_romanian_ebooks_take_5_percent_from_2022() -> None:
    """Art. 291 alin. (3) lit. a) as worded by Legea nr. 291/2021 from 2022-01-01 covers books
    supplied electronically; the data gave the standard rate (19 %) until 2025-07-31."""
    assert rate("RO", "2021-12-31", "ebooks") == Decimal("19")
    assert rate("RO", "2022-01-01", "ebooks") == Decimal("5")
    assert rate("RO", "2025-07-31", "ebooks") == Decimal("5")


def test_romanian_agricultural_inputs_reduced_only_from_2016_06_30() -> None:
    """Art. 291 alin. (2) lit. h) was inserted by OUG nr. 32/2016 on 2016-06-30; under the Code of
    2015 fertilisers and pesticides took the standard rate (20 % in 2016) before that day."""
    assert rate("RO", "2016-01-01", "agricultural") == Decimal("20")
    assert rate("RO", "2016-06-29", "agricultural") == Decimal("20")
    assert rate("RO", "2016-06-30", "agricultural") == Decimal("9")
    assert mapping_period("RO", "2016-06-29", "agricultural").checked is None


@pytest.mark.parametrize(
    ("code", "day", "category", "words"),
    [
        ("LV", "2026-07-01", "basic_food", "not UHT"),
        ("LV", "2026-07-01", "passenger_transport", "regular (scheduled)"),
        ("LV", "2026-07-01", "medicines", "register of medicines"),
        ("LV", "2026-07-01", "medical_devices", "functional disorder"),
        ("LV", "2026-07-01", "books", "Russian"),
        ("EE", "2022-08-01", "newspapers", "mainly of advertising"),
        ("EE", "2017-06-16", "medicines", "Ravimiseadus"),
        ("EE", "2017-06-16", "medical_devices", "regulation no 63"),
        ("NL", "2026-07-01", "agricultural", "hatching eggs (a.5)"),
        ("FI", "2026-07-01", "restaurant_food", "alcoholic beverages"),
        ("FI", "2018-01-01", "newspapers", "only from 2019-07-01"),
        ("SE", "2023-06-30", "passenger_transport", "journey itself is of minor importance"),
        ("RO", "2022-07-01", "restaurant_food", "NC 2203 00 10"),
        ("LU", "2026-07-01", "children_clothing", "aged 13 or under"),
        ("LU", "2026-07-01", "ebooks", "predominantly adult content"),
        ("LT", "2023-06-30", "restaurant_food", "alcoholic drinks take the standard rate"),
        ("LT", "2023-06-30", "ebooks", "music or video content"),
        ("DK", "2019-07-01", "newspapers", "at least once a month"),
        ("RO", "2022-07-01", "medical_devices", "orthopaedic products only"),
        ("RO", "2022-07-01", "agricultural", "fertilisers and pesticides"),
        ("RO", "2022-07-01", "ebooks", "mainly for advertising"),
    ],
)
def test_conditions_the_format_cannot_express_reach_the_reason(
    code: str, day: str, category: str, words: str
) -> None:
    assert words in reason(code, day, category)
