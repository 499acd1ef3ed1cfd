"""Each validator fires: a planted error in otherwise valid XML triggers its rule. Without
these, a green validation could mean that a layer silently checks nothing (as factur-x's
own xmlcheck does without a Saxon server)."""

from __future__ import annotations

import re

import pytest

import invoicekit

from .conftest import EXAMPLES


def xml(syntax: str, name: str = "de-xrechnung.toml", profile: str = "en16931") -> bytes:
    c = invoicekit.compute(invoicekit.load(EXAMPLES / name))
    return invoicekit.to_ubl(c, profile) if syntax == "ubl" else invoicekit.to_cii(c, profile)


def mutate(data: bytes, pattern: bytes, replacement: bytes) -> bytes:
    changed, count = re.subn(pattern, replacement, data, count=1)
    assert count == 1, pattern  # the mutation must hit, or the test proves nothing
    return changed


def rules(validate, data: bytes, syntax: str, profile: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule for f in validate(data, syntax, profile) if f.fatal}


# de-xrechnung.toml: 1200.00 + 7.5 x 95.00 = 712.50 less 10 % = 641.25: net 1841.25,
# 19 % = 349.8375 -> 349.84, payable 2191.09
PAYABLE = {"ubl": (rb'(<cbc:PayableAmount currencyID="EUR">)2191\.09', rb"\g<1>2191.10"),
           "cii": (rb"(<ram:DuePayableAmount>)2191\.09", rb"\g<1>2191.10")}  # fmt: skip
CURRENCY = {"ubl": (rb"(<cbc:DocumentCurrencyCode>)EUR", rb"\1EUX"),
            "cii": (rb"(<ram:InvoiceCurrencyCode>)EUR", rb"\1EUX")}  # fmt: skip
BUYER_REFERENCE = {"ubl": (rb"\s*<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", b""),
                   "cii": (rb"\s*<ram:BuyerReference>[^<]*</ram:BuyerReference>", b"")}  # fmt: skip
# the first line's category S becomes Z (zero rated) while its rate stays 19 %
CATEGORY = {"ubl": (rb"(<cac:ClassifiedTaxCategory>\s*<cbc:ID>)S", rb"\1Z"),
            "cii": (rb"(<ram:SpecifiedLineTradeSettlement>\s*<ram:ApplicableTradeTax>\s*<ram:TypeCode>VAT"
                    rb"</ram:TypeCode>\s*<ram:CategoryCode>)S", rb"\1Z")}  # fmt: skip


def test_unmutated_is_clean(validate) -> None:  # type: ignore[no-untyped-def]
    for syntax in ("ubl", "cii"):
        assert rules(validate, xml(syntax, profile="xrechnung"), syntax, "xrechnung") == set()


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_wrong_payable_amount_is_br_co_16(validate, syntax) -> None:  # type: ignore[no-untyped-def]
    assert "BR-CO-16" in rules(validate, mutate(xml(syntax), *PAYABLE[syntax]), syntax, "en16931")


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_bad_currency_is_br_cl_04(validate, syntax) -> None:  # type: ignore[no-untyped-def]
    assert "BR-CL-04" in rules(validate, mutate(xml(syntax), *CURRENCY[syntax]), syntax, "en16931")


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_wrong_vat_category_fires(validate, syntax) -> None:  # type: ignore[no-untyped-def]
    found = rules(validate, mutate(xml(syntax), *CATEGORY[syntax]), syntax, "en16931")
    assert {"BR-Z-05", "BR-Z-01"} & found  # a zero-rated line must have rate 0 / a Z breakdown


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_missing_buyer_reference_under_xrechnung_is_br_de_15(validate, syntax) -> None:  # type: ignore[no-untyped-def]
    data = mutate(xml(syntax, profile="xrechnung"), *BUYER_REFERENCE[syntax])
    assert "BR-DE-15" in rules(validate, data, syntax, "xrechnung")
    assert rules(validate, data, syntax, "en16931") == set()  # EN 16931 itself does not need it


def test_missing_endpoints_under_peppol(validate) -> None:  # type: ignore[no-untyped-def]
    data = xml("ubl", "be-peppol.json", "peppol")
    data = mutate(data, rb'\s*<cbc:EndpointID schemeID="0208">0403170701</cbc:EndpointID>', b"")
    assert "PEPPOL-EN16931-R020" in rules(validate, data, "ubl", "peppol")  # the seller's
    data = mutate(data, rb'\s*<cbc:EndpointID schemeID="0208">0202239951</cbc:EndpointID>', b"")
    assert {"PEPPOL-EN16931-R010", "PEPPOL-EN16931-R020"} <= rules(validate, data, "ubl", "peppol")


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_schema_violation_is_an_xsd_finding(validate, syntax) -> None:  # type: ignore[no-untyped-def]
    tag = rb"<cbc:Surprise>1</cbc:Surprise>" if syntax == "ubl" else rb"<ram:Surprise>1</ram:Surprise>"
    anchor = rb"(<cbc:IssueDate>)" if syntax == "ubl" else rb"(<ram:TypeCode>)"
    assert "XSD" in rules(validate, mutate(xml(syntax), anchor, tag + rb"\1"), syntax, "en16931")
