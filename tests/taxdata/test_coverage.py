"""Every jurisdiction the data promises answers on any date from 2019-01-01 to the end of 2027."""

import datetime as dt

import pycountry
import pytest

from invoicekit import RateNotFound, RateNotInForce, default_table

COUNTRIES = (
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "
    "GB NO CH LI IS TR RU UA BY KZ AU NZ JP SG KR IN CA US AE SA BH"
).split()
DAYS = [dt.date(2019, 1, 1), dt.date(2020, 7, 1), dt.date(2022, 6, 15), dt.date(2024, 2, 29), dt.date(2026, 11, 23), dt.date(2027, 12, 31)]


def test_promised_jurisdictions_are_there() -> None:
    table = default_table()
    codes = set(table.codes())
    assert set(COUNTRIES) <= codes
    for country, expected in (("CA", 13), ("US", 51), ("IN", 36)):
        subdivisions = {s.code for s in pycountry.subdivisions.get(country_code=country)}
        ours = {c for c in codes if c.startswith(f"{country}-")}
        assert ours <= subdivisions and len(ours) == expected, country
    assert {"PT-20", "PT-30", "ES-CN", "ES-CE", "ES-ML", "GR-69", "GB-NIR"} <= codes


# Mount Athos (GR-69), French Guiana, Mayotte, Hong Kong, Qatar and Kuwait levy no VAT: asked for
# a rate, they say so. Brazil and Malaysia are files that say their taxes are not modelled.
UNTAXED = {"GR-69", "FR-973", "FR-976", "HK", "QA", "KW"}
NOT_MODELLED = {"BR", "MY"}
# Jurisdictions whose VAT started after 2019-01-01: before, there is no rate to answer.
VAT_FROM = {"OM": dt.date(2021, 4, 16)}


@pytest.mark.parametrize("code", sorted(set(default_table().codes()) - UNTAXED - NOT_MODELLED))
def test_every_jurisdiction_answers_on_every_date(code: str) -> None:
    table = default_table()
    for day in DAYS:
        if day < VAT_FROM.get(code, day):
            with pytest.raises(RateNotInForce, match=f"not modelled before {VAT_FROM[code]}"):
                table.resolve(code, day, "standard")
            continue
        components = table.resolve(code, day, "standard").components
        assert components and all(c.rate >= 0 for c in components), (code, day)


@pytest.mark.parametrize("code", sorted(NOT_MODELLED))
def test_not_modelled_jurisdiction_says_so_on_every_date(code: str) -> None:
    for day in DAYS:
        with pytest.raises(RateNotFound, match=rf"{code} \(.+\): taxes not modelled\. .*docs/taxdata\.md"):
            default_table().resolve(code, day, "standard")


def test_untaxed_territory_says_so() -> None:
    with pytest.raises(RateNotFound, match="GR-69: no taxes defined"):
        default_table().resolve("GR-69", dt.date(2024, 1, 1), "standard")
