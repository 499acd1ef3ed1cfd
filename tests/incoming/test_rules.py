"""verify --rules: the stated treatment against invoicekit's place-of-supply rules."""

from __future__ import annotations

import pytest

from invoicekit.incoming import verify

from .conftest import FIXTURES

UBL = "ubl-invoice-two-rates.xml"
BUYER_DE = "<cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n        <cbc:CompanyID>DE987654321"
BUYER_FR = "<cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n        <cbc:CompanyID>FR40303265045"


@pytest.mark.parametrize("name", [UBL, "ubl-creditnote-reverse-charge.xml", "cii-creditnote-no-preceding.xml"])
def test_treatments_the_rules_agree_with_give_no_finding(name: str) -> None:
    # DE domestic at 19 % and 7 %; NL to a BE business, reverse charge (AE); DE domestic 19 %
    assert verify(FIXTURES / name, rules=True).findings == ()


def test_domestic_vat_charged_to_an_eu_business_is_a_finding(fixture_bytes: dict[str, bytes]) -> None:
    data = fixture_bytes[UBL].decode().replace(BUYER_DE, BUYER_FR).encode()
    result = verify(data, rules=True)
    assert result.ok  # the arithmetic is right: the figures agree with the stated rates
    assert [f.where for f in result.findings] == ["/Invoice/cac:InvoiceLine[1]", "/Invoice/cac:InvoiceLine[3]"]
    assert all("invoicekit's rules decide AE/K" in f.message for f in result.findings)


def test_a_rate_the_country_does_not_have_is_a_finding(fixture_bytes: dict[str, bytes]) -> None:
    # 16 % was Germany's standard rate from July to December 2020 only (the data's periods)
    text = fixture_bytes[UBL].decode()
    text = text.replace("<cbc:Percent>19</cbc:Percent>", "<cbc:Percent>16</cbc:Percent>")
    text = text.replace(">24.59<", ">20.70<").replace(">27.18<", ">23.29<").replace(">193.58<", ">189.69<")
    # 129.40 x 0.16 = 20.704 -> 20.70; BT-110 = 20.70 + 2.59 = 23.29; BT-112 = 166.40 + 23.29
    result = verify(text.encode(), rules=True)
    assert result.differences == ()
    (finding,) = result.findings
    assert finding.where == "/Invoice/cac:InvoiceLine[1]"
    assert finding.message == "stated VAT 16 % (S) is not a rate of DE on 2024-06-12 (its rates: 19 %, 7 %)"
