"""The CII that a Factur-X/ZUGFeRD PDF embeds passes the Factur-X 1.09 rules of its
profile (EN 16931, BASIC, EXTENDED) and their schemas, and those rules fire."""

from __future__ import annotations

import pytest

import invoicekit

from .conftest import EXAMPLES, fatal
from .test_examples_validate import EXPRESSIBLE
from .test_mutations import PAYABLE, mutate

#: the library's profile -> the validation layers' name for it
PROFILES = {"en16931": "facturx-en16931", "basic": "basic", "extended": "extended"}


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("path", EXPRESSIBLE, ids=lambda p: p.name)
def test_example_passes_facturx_profile(path, profile, validate) -> None:  # type: ignore[no-untyped-def]
    c = invoicekit.compute(invoicekit.load(path))
    if profile == "basic" and c.rounding:  # the Swiss receipt's cash rounding
        with pytest.raises(
            invoicekit.InvoiceError, match="cash_rounding: Factur-X BASIC has no rounding amount"
        ):
            invoicekit.to_cii(c, profile)
        return
    xml = invoicekit.to_cii(c, profile)
    assert fatal(validate(xml, "cii", PROFILES[profile])) == []


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_facturx_rules_fire(profile, validate) -> None:  # type: ignore[no-untyped-def]
    c = invoicekit.compute(invoicekit.load(EXAMPLES / "de-xrechnung.toml"))
    data = mutate(invoicekit.to_cii(c, profile), *PAYABLE["cii"])
    assert fatal(validate(data, "cii", PROFILES[profile]))


def test_basic_leaves_out_what_basic_lacks() -> None:
    c = invoicekit.compute(invoicekit.load(EXAMPLES / "de-xrechnung.toml"))
    basic, full = invoicekit.to_cii(c, "basic"), invoicekit.to_cii(c, "en16931")
    for tag in (b"<ram:DefinedTradeContact>", b"<ram:BICID>", b"<ram:CalculationPercent>"):
        assert tag in full and tag not in basic
    assert b"urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic" in basic
