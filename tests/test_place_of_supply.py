"""Where the supply is taxed: each rule with a hand-checked amount and its explanation."""

from typing import Any

import pytest

from invoicekit import InvoiceError, compute, explain, load

FR_VAT = "FR40303265045"  # python-stdnum's example of a valid French VAT number
DE_VAT = "DE136695976"


def party(country: str, region: str | None = None, **extra: Any) -> dict[str, Any]:
    address: dict[str, Any] = {"country": country}
    if region:
        address["region"] = region
    return {"name": f"Party {country}", "address": address, **extra}


def run(seller: dict, buyer: dict, *, supply: str = "goods", price: str = "100.00", category: str = "standard", on: str = "2024-05-01", **extra: Any):  # type: ignore[no-untyped-def, type-arg]
    document = {
        "number": "P-1",
        "issue_date": on,
        "currency": extra.pop("currency", "EUR"),
        "supply": supply,
        "seller": seller,
        "buyer": buyer,
        "lines": [{"description": "x", "unit_price": price, "category": category}],
        **extra,
    }
    return compute(load(document))


def summary(c) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    line = c.lines[0]
    return (line.jurisdiction, [(t.tax, str(t.rate), t.category) for t in line.taxes], str(c.tax))


def test_eu_domestic() -> None:
    assert summary(run(party("DE"), party("DE"))) == ("DE", [("VAT", "19", "S")], "19.00")


def test_intra_eu_b2b_goods_is_exempt_with_article_138() -> None:
    c = run(party("DE", vat_id=DE_VAT), party("FR", vat_id=FR_VAT), locale="en")
    assert summary(c) == ("DE", [("VAT", "0", "K")], "0.00")
    assert c.reverse_charge is False
    assert "Article 138" in c.lines[0].reason and FR_VAT in c.lines[0].reason
    assert c.notes == (
        "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC).",
        f"Buyer's VAT ID: {FR_VAT}",
    )
    assert c.to_dict()["taxes"] == [
        {"tax": "VAT", "rate": "0", "category": "K", "base": "100.00", "amount": "0.00", "reason": "Intra-Community supply"}
    ]


def test_intra_eu_b2b_services_is_reverse_charged() -> None:
    c = run(party("DE", vat_id=DE_VAT), party("FR", vat_id=FR_VAT), supply="services", locale="en")
    assert summary(c) == ("FR", [("VAT", "0", "AE")], "0.00")
    assert c.reverse_charge is True and c.to_dict()["reverse_charge"] is True
    assert c.lines[0].reason == (
        f"B2B service to a business in France with valid VAT ID {FR_VAT}: reverse charge, Article 196."
    )
    assert c.notes[0] == "Reverse charge: the customer is liable for the VAT (Article 196 of Directive 2006/112/EC)."


def test_reverse_charge_wording_in_the_invoice_language() -> None:
    c = run(party("DE", vat_id=DE_VAT), party("FR", vat_id=FR_VAT), supply="services", locale="fr")
    assert "Autoliquidation" in c.notes[0]
    c = run(party("FR", vat_id=FR_VAT), party("DE", vat_id=DE_VAT), supply="services", locale="de")
    assert "Steuerschuldnerschaft des Leistungsempfängers" in c.notes[0]


@pytest.mark.parametrize(
    ("vat_id", "why"),
    [
        (None, "gives no VAT ID"),
        ("FR40303265046", "has an invalid VAT ID FR40303265046 (checksum does not match)"),
        (DE_VAT, "gives VAT ID DE136695976 of DE, not of FR"),
    ],
)
def test_business_buyer_without_valid_vat_id_pays_the_sellers_vat(vat_id: str | None, why: str) -> None:
    buyer = party("FR", business=True, **({"vat_id": vat_id} if vat_id else {}))
    c = run(party("DE"), buyer, supply="services")
    assert summary(c) == ("DE", [("VAT", "19", "S")], "19.00")  # 100.00 x 19 %
    assert why in c.lines[0].reason and "charged the seller's VAT" in c.lines[0].reason


def test_b2c_distance_sales_of_goods_take_the_buyers_rate_over_the_threshold() -> None:
    c = run(party("DE"), party("FR"))
    assert summary(c) == ("FR", [("VAT", "20", "S")], "20.00")
    assert "(OSS)" in c.lines[0].reason
    c = run(party("DE", eu_distance_sales="origin"), party("FR"))
    assert summary(c) == ("DE", [("VAT", "19", "S")], "19.00")


def test_b2c_digital_service_takes_the_buyers_rate_and_category() -> None:
    # an e-book sold to a French consumer: France's 5.5 % on 100.00 = 5.50
    c = run(party("DE"), party("FR"), supply="digital", category="ebooks")
    assert summary(c) == ("FR", [("VAT", "5.5", "S")], "5.50")


def test_b2c_general_services_take_the_sellers_rate() -> None:
    c = run(party("DE"), party("FR"), supply="services")
    assert summary(c) == ("DE", [("VAT", "19", "S")], "19.00")
    assert "Article 45" in c.lines[0].reason


def test_export_of_goods_outside_the_eu() -> None:
    c = run(party("DE"), party("US", "NY"), locale="en")
    assert summary(c) == ("DE", [("VAT", "0", "G")], "0.00")
    assert c.notes == ("Exempt export of goods outside the EU (Article 146 of Directive 2006/112/EC).",)


def test_services_to_a_business_outside_the_eu_are_out_of_scope() -> None:
    c = run(party("DE"), party("CH", vat_id="CHE-116.281.710 MWST"), supply="services")
    assert summary(c) == ("CH", [("VAT", "0", "O")], "0.00")


def test_special_territory_outside_eu_vat_counts_as_outside() -> None:
    # The Canary Islands are in Spain but outside the EU VAT area: goods sent there are exports.
    c = run(party("DE"), party("ES", "CN"))
    assert summary(c) == ("DE", [("VAT", "0", "G")], "0.00")


def test_northern_ireland_eu_rules_for_goods_uk_rules_for_services() -> None:
    buyer = party("GB", "NIR", vat_id="XI980780684")
    assert summary(run(party("DE"), buyer)) == ("DE", [("VAT", "0", "K")], "0.00")
    assert summary(run(party("DE"), buyer, supply="services")) == ("GB-NIR", [("VAT", "0", "O")], "0.00")
    # a GB seller selling to Northern Ireland: domestic UK VAT, 20 % of 100.00
    assert summary(run(party("GB"), party("GB", "NIR"), currency="GBP")) == ("GB", [("VAT", "20", "S")], "20.00")


@pytest.mark.parametrize(
    ("buyer", "on", "taxes", "why"),
    [
        # before Brexit any UK number counts (data: GB's vat_area.vat_ids = gb.vat, xi.vat)
        (party("GB", vat_id="GB980780684"), "2020-12-31", ("DE", [("VAT", "0", "K")], "0.00"), "with valid VAT ID GB980780684"),
        (party("GB", "NIR", vat_id="GB980780684"), "2020-12-31", ("DE", [("VAT", "0", "K")], "0.00"), "with valid VAT ID GB980780684"),
        # a Norwegian number for a British buyer: neither UK scheme, so German VAT (16 % in late 2020)
        (party("GB", vat_id="NO995525828MVA"), "2020-12-31", ("DE", [("VAT", "16", "S")], "16.00"), "gives NO995525828MVA; expected: UK VAT registration number or Northern Ireland VAT number"),
        # from 2021 Northern Ireland takes XI numbers only: a GB one pays German VAT, 19 % of 100.00
        (party("GB", "NIR", vat_id="GB980780684"), "2021-01-01", ("DE", [("VAT", "19", "S")], "19.00"), "gives GB980780684; expected: Northern Ireland VAT number"),
        (party("GB", "NIR", vat_id="XI980780684"), "2021-01-01", ("DE", [("VAT", "0", "K")], "0.00"), "with valid VAT ID XI980780684"),
        # an XI number for a buyer in France is not an EU VAT number of France
        (party("FR", vat_id="XI980780684"), "2021-01-01", ("DE", [("VAT", "19", "S")], "19.00"), "gives XI980780684; expected: EU VAT number (FR)"),
    ],
)
def test_uk_vat_ids_in_the_eu_vat_area_follow_the_data(buyer: dict, on: str, taxes: tuple, why: str) -> None:  # type: ignore[type-arg]
    c = run(party("DE"), {**buyer, "business": True}, on=on)
    assert summary(c) == taxes
    assert why in c.lines[0].reason


def test_single_country_regimes_domestic_and_export() -> None:
    # Liechtenstein is in the Swiss VAT territory: a domestic sale at 8.1 % (100.00 -> 8.10)
    assert summary(run(party("CH"), party("LI"), currency="CHF")) == ("CH", [("VAT", "8.1", "S")], "8.10")
    assert summary(run(party("CH"), party("DE"), currency="CHF")) == ("CH", [("VAT", "0", "G")], "0.00")
    assert summary(run(party("GB"), party("FR", vat_id=FR_VAT), supply="services", currency="GBP")) == (
        "FR", [("VAT", "0", "O")], "0.00",
    )  # fmt: skip
    assert summary(run(party("NO"), party("NO"), currency="NOK")) == ("NO", [("VAT", "25", "S")], "25.00")


@pytest.mark.parametrize(
    ("code", "currency", "on", "category", "price", "expected"),
    [
        ("JP", "JPY", "2024-05-01", "standard", "1000", [("VAT", "10", "S")]),
        ("JP", "JPY", "2024-05-01", "food", "1000", [("VAT", "8", "S")]),
        ("AU", "AUD", "2024-05-01", "standard", "100.00", [("GST", "10", "S")]),
        ("NZ", "NZD", "2024-05-01", "standard", "100.00", [("GST", "15", "S")]),
        ("SG", "SGD", "2024-05-01", "standard", "100.00", [("GST", "9", "S")]),
        ("KR", "KRW", "2024-05-01", "standard", "1000", [("VAT", "10", "S")]),
        ("RU", "RUB", "2025-12-31", "standard", "100.00", [("VAT", "20", "S")]),
        ("RU", "RUB", "2026-01-01", "standard", "100.00", [("VAT", "22", "S")]),
        ("UA", "UAH", "2024-05-01", "standard", "100.00", [("VAT", "20", "S")]),
        ("BY", "BYN", "2024-05-01", "standard", "100.00", [("VAT", "20", "S")]),
        ("KZ", "KZT", "2026-01-01", "standard", "100.00", [("VAT", "16", "S")]),
    ],
)
def test_domestic_rates_elsewhere(code, currency, on, category, price, expected) -> None:  # type: ignore[no-untyped-def]
    c = run(party(code), party(code), currency=currency, on=on, category=category, price=price)
    assert [(t.tax, str(t.rate), t.category) for t in c.lines[0].taxes] == expected
    assert c.lines[0].jurisdiction == code


def test_exports_are_zero_rated_elsewhere() -> None:
    assert summary(run(party("JP"), party("US", "CA"), currency="JPY", price="1000")) == ("JP", [("VAT", "0", "G")], "0")
    assert summary(run(party("AU"), party("NZ"), currency="AUD")) == ("AU", [("GST", "0", "G")], "0.00")


def test_canada_takes_the_buyers_province() -> None:
    # Ontario seller, Quebec buyer: GST 5 % = 5.00 and QST 9.975 % = 9.975 -> 9.98
    c = run(party("CA", "ON"), party("CA", "QC"), currency="CAD")
    assert [(t.tax, str(t.rate), str(t.amount)) for t in c.taxes] == [("GST", "5", "5.00"), ("QST", "9.975", "9.98")]
    assert c.lines[0].jurisdiction == "CA-QC"
    # Nova Scotia's HST: 15 % until 2025-03-31, 14 % from 2025-04-01
    assert summary(run(party("CA", "ON"), party("CA", "NS"), currency="CAD", on="2025-03-31"))[1:] == ([("HST", "15", "S")], "15.00")
    assert summary(run(party("CA", "ON"), party("CA", "NS"), currency="CAD", on="2025-04-01"))[1:] == ([("HST", "14", "S")], "14.00")
    # British Columbia: GST 5 % + PST 7 %
    assert summary(run(party("CA", "ON"), party("CA", "BC"), currency="CAD"))[1:] == ([("GST", "5", "S"), ("PST", "7", "S")], "12.00")


def test_canada_needs_the_buyers_province() -> None:
    with pytest.raises(InvoiceError) as err:
        run(party("CA", "ON"), party("CA"), currency="CAD")
    assert [p.where for p in err.value.problems] == ["buyer.address.region"]


def test_india_intra_state_and_inter_state() -> None:
    seller = party("IN", vat_id="29AAGCB7383J1Z4")  # GSTIN of Karnataka (State code 29)
    # intra-State: CGST 9 % + SGST 9 % of 1000.00 = 90.00 + 90.00
    c = run(seller, party("IN", "KA"), currency="INR", price="1000.00")
    assert [(t.tax, str(t.rate), str(t.amount)) for t in c.taxes] == [("CGST", "9", "90.00"), ("SGST", "9", "90.00")]
    # inter-State, the buyer's State from its GSTIN (27: Maharashtra): IGST 18 % = 180.00
    c = run(seller, party("IN", vat_id="27AAPFU0939F1ZV"), currency="INR", price="1000.00")
    assert summary(c) == ("IN", [("IGST", "18", "S")], "180.00")
    # the demerit slab: 28 % until 2025-09-21, 40 % from 2025-09-22
    assert summary(run(seller, party("IN", "MH"), currency="INR", price="1000.00", category="demerit", on="2025-09-21"))[2] == "280.00"
    assert summary(run(seller, party("IN", "MH"), currency="INR", price="1000.00", category="demerit", on="2025-09-22"))[2] == "400.00"
    # a union territory without legislature: CGST + UTGST
    assert summary(run(party("IN", "CH"), party("IN", "CH"), currency="INR"))[1] == [("CGST", "9", "S"), ("UTGST", "9", "S")]


def test_us_state_tax_only_where_registered() -> None:
    seller = party("US", "TX", registrations=["US-TX"])
    # Texas 6.25 % of 100.00
    assert summary(run(seller, party("US", "TX"), currency="USD")) == ("US-TX", [("SALES_TAX", "6.25", "S")], "6.25")
    c = run(seller, party("US", "CA"), currency="USD", locale="en")
    assert summary(c) == ("US-CA", [("SALES_TAX", "0", "O")], "0.00")
    assert c.notes == ("No sales tax charged: the seller is not registered to collect tax in US-CA.",)
    registered = party("US", "TX", registrations=["US-TX", "US-CA"])
    assert summary(run(registered, party("US", "CA"), currency="USD")) == ("US-CA", [("SALES_TAX", "7.25", "S")], "7.25")


def test_explain_prints_the_decision_path() -> None:
    invoice = load(
        {
            "number": "E-1",
            "issue_date": "2024-05-01",
            "currency": "EUR",
            "supply": "services",
            "seller": party("DE", vat_id=DE_VAT),
            "buyer": party("FR", vat_id=FR_VAT),
            "lines": [{"description": "Consulting", "unit_price": "100.00"}],
        }
    )
    text = explain(invoice)
    assert "The seller is in the EU VAT area (DE)" in text
    assert "The buyer is a business and has a valid VAT ID FR40303265045 (offline check)." in text
    assert "reverse charge, Article 196" in text


def test_mainland_to_a_territory_outside_eu_vat_is_an_export() -> None:
    # Spain to the Canary Islands and France to Réunion: goods leave the EU VAT area.
    assert summary(run(party("ES"), party("ES", "CN"))) == ("ES", [("VAT", "0", "G")], "0.00")
    assert summary(run(party("FR"), party("FR", "974"))) == ("FR", [("VAT", "0", "G")], "0.00")
    # within Réunion: its own 8.5 % (100.00 -> 8.50); within the Canaries: IGIC 7 %
    assert summary(run(party("FR", "974"), party("FR", "974"))) == ("FR-974", [("VAT", "8.5", "S")], "8.50")
    assert summary(run(party("ES", "CN"), party("ES", "CN"))) == ("ES-CN", [("VAT", "7", "L")], "7.00")
    # Corsica is inside: a domestic French sale at Corsica's rates (food 2.1 %)
    assert summary(run(party("FR"), party("FR", "20R"), category="food"))[0] == "FR"
    assert summary(run(party("FR", "20R"), party("FR", "20R"), category="food")) == ("FR-20R", [("VAT", "2.1", "S")], "2.10")


def test_buyers_in_countries_without_data_are_abroad() -> None:
    assert summary(run(party("DE"), party("CN"))) == ("DE", [("VAT", "0", "G")], "0.00")
    assert summary(run(party("DE"), party("BR", vat_id="x"), supply="services")) == ("BR", [("VAT", "0", "O")], "0.00")


def test_lower_case_codes_are_read_as_upper_case() -> None:
    # the Canary Islands written "es"/"cn": still an export, not Spanish VAT
    assert summary(run(party("de"), party("es", "cn"))) == ("DE", [("VAT", "0", "G")], "0.00")
    seller = party("US", "TX", registrations=["us-ca"])
    assert summary(run(seller, party("US", "ca"), currency="usd")) == ("US-CA", [("SALES_TAX", "7.25", "S")], "7.25")


def test_uk_business_buyers_before_brexit_are_eu_buyers() -> None:
    buyer = party("GB", vat_id="GB980780684")
    c = run(party("DE"), buyer, supply="services", on="2020-06-01")
    assert summary(c) == ("GB", [("VAT", "0", "AE")], "0.00")
    # after the transition period: a service to a business outside the EU
    assert summary(run(party("DE"), buyer, supply="services", on="2021-01-01"))[1] == [("VAT", "0", "O")]


def test_allowances_follow_the_lines_kind_of_supply() -> None:
    # a services invoice (the document's supply left at its default) with an allowance: all reverse charge
    c = run(party("DE", vat_id=DE_VAT), party("FR", vat_id=FR_VAT), supply="goods", allowances=[{"reason": "r", "amount": "10.00"}])
    assert [t.category for t in c.taxes] == ["K"]
    document = {
        "number": "A-1",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "seller": party("DE", vat_id=DE_VAT),
        "buyer": party("FR", vat_id=FR_VAT),
        "lines": [{"description": "x", "unit_price": "100.00", "supply": "services"}],
        "allowances": [{"reason": "r", "amount": "10.00"}],
    }
    c = compute(load(document))
    assert [(t.category, str(t.base)) for t in c.taxes] == [("AE", "90.00")]
    assert len(c.notes) == 2 and "196" in c.notes[0]


def test_india_supplies_abroad_are_igst() -> None:
    seller = party("IN", "KA")
    assert summary(run(seller, party("CN"), currency="INR")) == ("IN", [("IGST", "0", "G")], "0.00")
    # consulting for a consumer abroad stays taxed, as IGST 18 %
    assert summary(run(seller, party("US", "NY"), supply="services", currency="INR")) == ("IN", [("IGST", "18", "S")], "18.00")


def test_aland_is_outside_the_eu_vat_area() -> None:
    assert summary(run(party("DE"), party("FI", "01"))) == ("DE", [("VAT", "0", "G")], "0.00")
    assert summary(run(party("FI"), party("FI", "01"))) == ("FI", [("VAT", "0", "G")], "0.00")


def test_credit_note_takes_the_rate_of_the_supply_it_corrects() -> None:
    # the invoice of 2020-11-01 was at Germany's temporary 16 %: so is its credit note of 2021-01-10
    c = run(party("DE"), party("DE"), on="2021-01-10", kind="credit_note", original={"number": "I-1", "issue_date": "2020-11-01"})
    assert summary(c) == ("DE", [("VAT", "16", "S")], "16.00")


def test_digital_services_to_consumers_follow_the_dates_of_the_rules() -> None:
    origin = party("DE", eu_distance_sales="origin")
    # 2015-2018: the consumer's country whatever the seller's size (no threshold yet): France 20 %
    assert summary(run(origin, party("FR"), supply="digital", on="2018-06-01"))[:2] == ("FR", [("VAT", "20", "S")])
    # from 2019 the EUR 10,000 threshold: a small seller charges its own VAT
    assert summary(run(origin, party("FR"), supply="digital", on="2019-06-01"))[:2] == ("DE", [("VAT", "19", "S")])
    # before 2015: the supplier's country, even for a large seller
    assert summary(run(party("DE"), party("FR"), supply="digital", on="2014-06-01"))[:2] == ("DE", [("VAT", "19", "S")])


def test_monaco_and_the_isle_of_man_share_their_neighbours_vat() -> None:
    # France to Monaco: a domestic French sale (20 % of 100.00); Monaco's own sales too
    assert summary(run(party("FR"), party("MC"))) == ("FR", [("VAT", "20", "S")], "20.00")
    assert summary(run(party("MC"), party("MC"))) == ("MC", [("VAT", "20", "S")], "20.00")
    # an EU consumer buying from Monaco: inside the EU VAT area, distance-selling rules (Germany 19 %)
    assert summary(run(party("MC"), party("DE")))[:2] == ("DE", [("VAT", "19", "S")])
    # Great Britain to the Isle of Man: domestic UK VAT
    assert summary(run(party("GB"), party("IM"), currency="GBP")) == ("GB", [("VAT", "20", "S")], "20.00")
    assert summary(run(party("DE"), party("IM")))[1] == [("VAT", "0", "G")]
