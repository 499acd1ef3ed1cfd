"""Eighth audit round (2026-12-04): Ceuta, Melilla and the other member states.

Expected rates are taken by hand from the texts read (docs/taxdata.md, "Eighth round (2026-12-04):
Ceuta, Melilla and the other member states"):
- Italy: DPR 633/1972, art. 16 (4 % for Tabella A, parte II; 10 % for parte III; 22 % otherwise)
  and Tabella A in the Normattiva consolidation (legalize-it mirror): parte II n. 30 (orthopaedic
  appliances, prostheses, hearing aids) and n. 19 (fertilisers of Law No 748/1984) at 4 %, parte
  III n. 36 (seeds for sowing) and n. 110 (plant protection products) at 10 %. The items carry no
  amendment marker, so their wording is older than 2015, the file's data_from.
- Croatia: NN 39/2022, čl. 7 (the new čl. 38 ZPDV, 5 % list), in force 2022-04-01 as the advisers
  report it; fertilisers, pesticides, seeds and feed at 5 %, the standard rate 25 %.
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, reason


@pytest.mark.parametrize("day", ["2015-01-01", "2020-07-01", "2026-07-01"])
def test_italian_orthopaedic_aids_take_four_percent_from_2015(day: str) -> None:
    assert answer("IT", day, "medical_devices") == [("VAT", Decimal("4"), "S")]


def test_italian_medical_devices_are_checked_against_tabella_a() -> None:
    period = mapping_period("IT", "2015-01-01", "medical_devices")
    assert "parte II, n. 30" in period.source
    assert period.checked is not None
    text = reason("IT", "2015-01-01", "medical_devices")
    assert "condition not checked by invoicekit" in text
    for phrase in ("22 %", "n. 31", "n. 41-quater"):
        assert phrase in text


@pytest.mark.parametrize("day", ["2015-01-01", "2020-01-01", "2026-06-30", "2026-07-01"])
def test_italian_seeds_and_plant_protection_take_ten_percent_from_2015(day: str) -> None:
    """Parte III n. 36 and n. 110: 10 %, not the 22 % the gap before 2026-07-01 fell back to."""
    assert answer("IT", day, "agricultural") == [("VAT", Decimal("10"), "S")]


def test_italian_agricultural_mapping_names_the_four_percent_fertilisers() -> None:
    period = mapping_period("IT", "2015-01-01", "agricultural")
    assert period.start.isoformat() == "2015-01-01"
    assert "n. 110" in period.source
    assert period.checked is not None
    text = reason("IT", "2015-01-01", "agricultural")
    for phrase in ("748", "4 %", "22 %", "n. 36"):
        assert phrase in text


def test_croatian_agricultural_inputs_take_five_percent_from_april_2022() -> None:
    """Both sides of 2022-04-01: 25 % (not treated specially) the day before, 5 % from it."""
    assert answer("HR", "2022-03-31", "agricultural") == [("VAT", Decimal("25"), "S")]
    assert "not treated specially" in reason("HR", "2022-03-31", "agricultural")
    assert answer("HR", "2022-04-01", "agricultural") == [("VAT", Decimal("5"), "S")]
    assert answer("HR", "2026-07-01", "agricultural") == [("VAT", Decimal("5"), "S")]


def test_croatian_agricultural_start_is_secondary_and_unchecked() -> None:
    """The official NN 39/2022 text was read only to the start of the new čl. 38 st. 2."""
    period = mapping_period("HR", "2022-04-01", "agricultural")
    assert "39/2022" in period.source
    assert period.secondary is True
    assert period.checked is None
    assert "25 %" in reason("HR", "2022-04-01", "agricultural")


# Ceuta and Melilla: Ley 8/1991, art. 3 a) taxes the production or elaboration of goods by their
# producer and their import, not their resale; art. 3 b) taxes supplies of services. The rates are
# the ordinances' (art. 18, 0.5 % to 10 %); the data records only the general rate for services,
# 3 % in Ceuta and 4 % in Melilla (not re-read: the periods stay unchecked).
IPSI_GOODS = ["food", "basic_food", "books", "newspapers", "medicines", "medical_devices", "agricultural"]
IPSI_SERVICES = ["restaurant_food", "hospitality", "accommodation", "passenger_transport", "ebooks"]


@pytest.mark.parametrize(("code", "general"), [("ES-CE", "3"), ("ES-ML", "4")])
@pytest.mark.parametrize("category", IPSI_GOODS)
def test_ipsi_goods_limit_says_resale_is_not_taxed(code: str, general: str, category: str) -> None:
    assert answer(code, "2019-01-01", category) == [("VAT", Decimal(general), "M")]
    text = reason(code, "2019-01-01", category)
    assert "condition not checked by invoicekit" in text
    assert "not their resale" in text
    assert "art. 3 a)" in text
    period = mapping_period(code, "2019-01-01", category)
    assert "BOE-A-1991-7645" in period.source
    assert period.checked is None


@pytest.mark.parametrize(("code", "general"), [("ES-CE", "3"), ("ES-ML", "4")])
@pytest.mark.parametrize("category", IPSI_SERVICES)
def test_ipsi_services_keep_the_general_rate_without_a_limit(code: str, general: str, category: str) -> None:
    assert answer(code, "2026-07-01", category) == [("VAT", Decimal(general), "M")]
    assert "not their resale" not in reason(code, "2026-07-01", category)
    period = mapping_period(code, "2026-07-01", category)
    assert "art. 3 a) and b)" in period.source
    assert period.limit is None
    assert period.checked is None
