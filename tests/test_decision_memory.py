"""The rules' decisions are remembered per tax table (invoicekit/rules/treatment.py):
a remembered decision must be the one the rules would make again, for any parties, tax
point, category and supply; a provider that is not a table is asked every time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FixedRates, doc, vat

import invoicekit
import invoicekit.model
import invoicekit.taxtable.table
from invoicekit import TaxTable
from invoicekit.rules.treatment import _party_key

SHARED = TaxTable.shipped()  # remembers across examples, as a long batch run would

COUNTRIES = ["DE", "FR", "AT", "NL", "GB", "CH", "US", "CA"]
REGIONS = [("CA", "QC"), ("CA", "ON"), ("US", "TX"), ("US", "CA"), ("US", "NY"), ("DE", "BY"), ("GB", "NIR")]
address = st.one_of(
    st.builds(lambda country: {"country": country}, st.sampled_from(COUNTRIES)),
    st.builds(lambda pair: {"country": pair[0], "region": pair[1]}, st.sampled_from(REGIONS)),
).flatmap(
    lambda where: st.fixed_dictionaries(
        {k: st.just(v) for k, v in where.items()},
        optional={"postal_code": st.sampled_from(["10115", "H2X 1Y4"]), "city": st.sampled_from(["Berlin", "Montreal"])},
    )
)
party = st.fixed_dictionaries(
    {"name": st.sampled_from(["P", "Q"]), "address": address},
    optional={
        "vat_id": st.sampled_from(["DE136695976", "FRXX123456789", "ATU12345678", "FR40303265045"]),
        "business": st.booleans(),
        "registrations": st.lists(st.sampled_from(["FR", "US-TX", "US-CA", "CA-QC"]), max_size=2, unique=True),
        "eu_distance_sales": st.sampled_from(["destination", "origin"]),
        "locale": st.sampled_from(["de", "fr-CA"]),
    },
)


@st.composite
def sales(draw: st.DrawFn) -> dict[str, Any]:
    day = draw(st.dates(dt.date(2019, 1, 1), dt.date(2026, 6, 30)))
    lines = [
        {"description": "x", "unit_price": "10.00", "category": draw(st.sampled_from(["standard", "reduced", "food"]))}
        for _ in range(draw(st.integers(1, 3)))
    ]
    return doc(
        issue_date=day.isoformat(), seller=draw(party), buyer=draw(party), lines=lines,
        supply=draw(st.sampled_from(["goods", "services"])),
    )  # fmt: skip


def _outcome(raw: dict[str, Any], table: TaxTable) -> Any:
    try:
        invoice = invoicekit.load(raw)
        return invoicekit.compute(invoice, table).to_dict(), invoicekit.explain(invoice, table)
    except invoicekit.InvoiceKitError as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales())
def test_a_remembered_decision_is_the_one_the_rules_make_afresh(raw: dict[str, Any]) -> None:
    first = _outcome(raw, SHARED)
    again = _outcome(raw, SHARED)  # from memory now, where it was decided
    fresh = _outcome(raw, TaxTable.shipped())  # a new table: nothing remembered
    assert first == again == fresh


class Counting(FixedRates):
    def __init__(self) -> None:
        super().__init__({"standard": vat("19")})
        self.calls = 0

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> invoicekit.Resolution:
        self.calls += 1
        return super().resolve(jurisdiction, on, category)


def test_a_provider_that_is_not_a_table_is_asked_every_time() -> None:
    provider = Counting()
    invoice = invoicekit.load(doc())
    invoicekit.compute(invoice, provider)
    once = provider.calls
    invoicekit.compute(invoice, provider)
    assert once >= 1 and provider.calls == 2 * once  # rates that may change are never remembered


def _party(raw: dict[str, Any]) -> invoicekit.Party:
    return invoicekit.load(doc(seller=raw)).seller


@settings(max_examples=300, deadline=None)
@given(party, party)
def test_the_memory_s_party_key_is_equal_exactly_when_the_parties_are(a: dict[str, Any], b: dict[str, Any]) -> None:
    one, other = _party(a), _party(b)
    same = _party_key(one) == _party_key(other)
    assert same == (one == other)
    if same:
        assert hash(_party_key(one)) == hash(_party_key(other))


def test_the_party_key_reads_every_field_of_the_party_and_its_address() -> None:
    from invoicekit.model import Contact, Endpoint, TaxRegistration

    seller = _party({"name": "P", "address": {"country": "DE"}})
    party_changes: dict[str, object] = {
        "name": "Q", "vat_id": "DE136695976", "business": True, "locale": "de",
        "email": "a@b.example", "registrations": ("FR",), "eu_distance_sales": "origin",
        "endpoint": Endpoint("4000001123452", "0088"), "contact": Contact(name="Desk"),
        "tax_registrations": (TaxRegistration("ca.qst", "1227494057TQ0001"),),
    }  # fmt: skip
    address_changes: dict[str, object] = {
        "country": "AT", "lines": ("Hauptstr. 1",), "city": "Berlin", "postal_code": "10115", "region": "BE",
    }  # fmt: skip
    # every field is changed once (a field added to Party or Address must be added here)
    assert set(party_changes) | {"address"} == {a.name for a in attrs.fields(invoicekit.Party)}
    assert set(address_changes) == {a.name for a in attrs.fields(invoicekit.model.Address)}
    changed = [attrs.evolve(seller, **{name: value}) for name, value in party_changes.items()]
    changed += [
        attrs.evolve(seller, address=attrs.evolve(seller.address, **{name: value}))
        for name, value in address_changes.items()
    ]
    # plain values only: an attrs object in the key would hash and compare in Python
    assert not any(attrs.has(type(value)) for part in _party_key(seller) for value in part)
    for other in changed:
        assert other != seller and _party_key(other) != _party_key(seller)
        assert _party_key(attrs.evolve(other)) == _party_key(other)  # an equal copy: an equal key


def test_two_tables_used_in_turn_keep_their_own_decisions(tmp_path: Any) -> None:
    # a shop's layer with a German standard rate of 20 % from 2021 (the shipped one: 19 %)
    shipped = (Path(invoicekit.taxtable.table.shipped_data_dir()) / "eu" / "DE.toml").read_text(encoding="utf-8")
    marker = '[[rates.VAT.standard]]\nrate = "19"\nfrom = "2021-01-01"'
    assert marker in shipped
    (tmp_path / "DE.toml").write_text(shipped.replace(marker, marker.replace('"19"', '"20"')), encoding="utf-8")
    ours, theirs = TaxTable.shipped(), TaxTable.shipped([tmp_path])
    invoice = invoicekit.load(doc())  # one line of 10.00, standard rate, 2024
    for _ in range(3):  # each table remembers, and is asked right after the other
        assert invoicekit.compute(invoice, ours).tax == D("1.90")
        assert invoicekit.compute(invoice, theirs).tax == D("2.00")
