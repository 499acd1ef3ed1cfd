"""The seller's further tax registration (EN 16931 BT-32) beside its VAT ID: the German
Steuernummer of the XRechnung example, written where each syntax puts BT-32 and accepted by
the official Schematron of EN 16931 and XRechnung."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from typing import Any

import pytest

import invoicekit
from invoicekit.einvoice import to_cii, to_ubl

from .conftest import EXAMPLES, Validate, fatal
from .test_examples_validate import NS

# stdnum's example Steuernummer (regional form 181/815/08155)
STNR = "18181508155"


def xrechnung_document(registrations: list[dict[str, str]]) -> dict[str, Any]:
    with (EXAMPLES / "de-xrechnung.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    raw["seller"]["tax_registrations"] = registrations
    return raw


def computed(registrations: list[dict[str, str]]) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(xrechnung_document(registrations)))


def test_ubl_writes_the_vat_id_and_the_registration(validate: Validate) -> None:
    xml = to_ubl(computed([{"scheme": "de.stnr", "number": "181/815/0815 5"}]), "xrechnung")
    seller = ET.fromstring(xml).find("cac:AccountingSupplierParty/cac:Party", NS)
    assert seller is not None
    schemes = [
        (s.findtext("cbc:CompanyID", namespaces=NS), s.findtext("cac:TaxScheme/cbc:ID", namespaces=NS))
        for s in seller.iterfind("cac:PartyTaxScheme", NS)
    ]
    # BT-31 with the VAT scheme, BT-32 with another one (the number in its compact form)
    assert schemes == [("DE136695976", "VAT"), (STNR, "TAX")]
    for profile in ("en16931", "xrechnung"):
        assert fatal(validate(xml, "ubl", profile)) == []


def test_cii_writes_the_registration_with_scheme_fc(validate: Validate) -> None:
    xml = to_cii(computed([{"scheme": "de.stnr", "number": STNR}]), "xrechnung")
    seller = ET.fromstring(xml).find(".//ram:SellerTradeParty", NS)
    assert seller is not None
    ids = [(e.text, e.get("schemeID")) for e in seller.iterfind("ram:SpecifiedTaxRegistration/ram:ID", NS)]
    assert ids == [("DE136695976", "VA"), (STNR, "FC")]
    for profile in ("en16931", "xrechnung"):
        assert fatal(validate(xml, "cii", profile)) == []


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_without_registrations_only_the_vat_id_is_written(syntax: str) -> None:
    writer = to_ubl if syntax == "ubl" else to_cii
    xml = writer(computed([]))
    assert STNR.encode() not in xml
    assert xml.count(b"DE136695976") == 1  # the seller's VAT ID, once


def test_only_the_first_registration_becomes_bt_32() -> None:
    """EN 16931 has one BT-32 (0..1): a second registration is printed, not written."""
    registrations = [
        {"scheme": "de.stnr", "number": STNR},
        {"scheme": "ca.qst", "number": "1227494057TQ0001"},
    ]
    xml = to_ubl(computed(registrations))
    assert STNR.encode() in xml and b"1227494057TQ0001" not in xml
