"""BT-31/BT-48 prefixes (EN 16931 BR-CO-09) come from the tax-ID scheme table: Greece's EL and
Northern Ireland's XI are kept, a number without a prefix gets the party's country code."""

import pytest

from invoicekit import load
from invoicekit.einvoice.facts import vat_identifier


def seller(country: str, vat_id: str) -> object:
    document = {
        "number": "P-1",
        "issue_date": "2025-03-01",
        "currency": "EUR",
        "seller": {"name": "S", "vat_id": vat_id, "address": {"country": country}},
        "buyer": {"name": "B", "address": {"country": "DE"}},
        "lines": [{"description": "x", "unit_price": "1.00"}],
    }
    return load(document).seller


@pytest.mark.parametrize(
    ("country", "vat_id", "written"),
    [
        ("GR", "EL094259216", "EL094259216"),  # VIES's prefix for Greece, not the ISO code
        ("GB", "XI980780684", "XI980780684"),  # Northern Ireland
        ("GB", "GB980780684", "GB980780684"),
        ("DE", "DE136695976", "DE136695976"),
        ("CH", "CHE-107.787.577 MWST", "CHE-107.787.577 MWST"),  # CHE begins with CH
        ("IL", "516179157", "IL516179157"),  # stated without a prefix: the country's code
    ],
)
def test_vat_identifier_prefix(country: str, vat_id: str, written: str) -> None:
    assert vat_identifier(seller(country, vat_id)) == written  # type: ignore[arg-type]
