"""A party's further tax registrations (``tax_registrations``): each a scheme and a number,
checked offline, kept compact, and refused with an error naming the entry and the problem."""

from __future__ import annotations

from typing import Any

import pytest
from support import doc

from invoicekit import InvoiceError, TaxRegistration, load


def quebec(registrations: Any, role: str = "seller") -> dict[str, Any]:
    raw = doc(currency="CAD")
    raw[role] = {
        "name": "Atelier Exemple inc.",
        "vat_id": "123456782RT0001",
        "address": {"country": "CA", "region": "QC", "city": "Montréal"},
        "tax_registrations": registrations,
    }
    return raw


def problems(raw: dict[str, Any]) -> list[str]:
    with pytest.raises(InvoiceError) as info:
        load(raw)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("role", ["seller", "buyer"])
def test_registrations_load_in_compact_form(role: str) -> None:
    entries = [
        {"scheme": "ca.qst", "number": "1227494057 tq 0001"},
        {"scheme": "CA.QST", "number": "1224002901TQ0001"},
    ]
    party = getattr(load(quebec(entries, role)), role)
    assert party.tax_registrations == (
        TaxRegistration("ca.qst", "1227494057TQ0001"),
        TaxRegistration("ca.qst", "1224002901TQ0001"),
    )
    assert party.vat_id == "123456782RT0001"  # the federal number stays the VAT ID


def test_none_by_default() -> None:
    assert load(doc()).seller.tax_registrations == ()


def test_bad_entries_are_located() -> None:
    raw = quebec(
        [
            {"scheme": "ca.qst", "number": "1227494058TQ0001"},
            {"scheme": "ca.qst", "number": "1227494057TQ0000"},
            {"scheme": "qc.tvq", "number": "1227494057TQ0001"},
            {"scheme": "ca.qst"},
            {"scheme": "ca.qst", "number": "1227494057TQ0001", "label": "TVQ"},
            "1227494057TQ0001",
            {"scheme": "eu.vat", "number": "DE136695977"},
        ]
    )
    assert problems(raw) == [
        'seller.tax_registrations[0].number: not a valid ca.qst number "1227494058TQ0001": checksum does not match',
        'seller.tax_registrations[1].number: not a valid ca.qst number "1227494057TQ0000": '
        "invalid component: the letters must be TQ and the file number not 0000",
        'seller.tax_registrations[2].scheme: unknown tax-ID scheme "qc.tvq" (a scheme of docs/taxid.md, such as "ca.qst")',
        "seller.tax_registrations[3].number: required field is missing",
        "seller.tax_registrations[4].label: unknown field",
        'seller.tax_registrations[5]: expected a table of fields, got "1227494057TQ0001"',
        'seller.tax_registrations[6].number: not a valid eu.vat number "DE136695977": checksum does not match',
    ]


def test_not_a_list() -> None:
    assert problems(quebec({"scheme": "ca.qst", "number": "1227494057TQ0001"})) == [
        "seller.tax_registrations: expected a list, got a table"
    ]


def test_the_tax_representative_has_none() -> None:
    raw = doc(tax_representative={
        "name": "Rep", "vat_id": "DE136695976", "address": {"country": "DE"},
        "tax_registrations": [{"scheme": "de.stnr", "number": "18181508155"}],
    })  # fmt: skip
    assert problems(raw) == ["tax_representative.tax_registrations: unknown field"]
