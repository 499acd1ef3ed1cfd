"""taxid.schemes.vat_prefixes: the prefixes a country's VAT numbers are written with."""

import attrs
import pytest

from invoicekit.taxid import schemes


def test_every_country_keeps_its_prefixes() -> None:
    """Greece writes EL, the United Kingdom XI (Northern Ireland) and GB; every other
    supported country its ISO code (the EU's VIES prefixes, and the ISO code where a country
    has no prefixed VAT number)."""
    special = {"GR": ("EL",), "GB": ("XI", "GB")}
    for country in schemes.countries():
        assert schemes.vat_prefixes(country) == special.get(country, (country,)), country


def test_a_prefix_of_a_scheme_that_is_not_vat_is_not_a_vat_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """A business-register number written with a two-letter prefix (made up here for
    Australia) does not make that prefix a VAT prefix."""
    abn = next(s for s in schemes.SCHEMES if s.name == "au.abn")
    register = attrs.evolve(abn, name="au.test", prefix="ZZ", input_prefixes=("ZZ",))
    monkeypatch.setattr(schemes, "SCHEMES", (*schemes.SCHEMES, register))
    assert [s.name for s in schemes.schemes_for("AU")] == ["au.abn", "au.test"]
    assert schemes.vat_prefixes("AU") == ("AU",)
