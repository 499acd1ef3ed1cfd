"""The attrs classes of ``invoicekit compute`` share one ``__repr__`` (invoicekit/reprs.py,
start-up): it must read as attrs' own, which ``benchmarks/golden.py`` and error messages
show. The expected texts are written out by hand from the fields' order and values."""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal

import attrs
import pytest

from invoicekit.errors import Problem
from invoicekit.frozen import FrozenDict
from invoicekit.model import Address, Discount, Rounding
from invoicekit.reprs import fields_repr
from invoicekit.taxtable.records import Jurisdiction, Period

# the modules with attrs classes that `invoicekit compute FILE` imports
MODULES = (
    "errors", "model", "model_parts", "result", "result_parts", "currencies", "currency_table", "rules.legal_note", "rules.sale",
    "rules.treatment", "regimes", "taxtable.provider", "taxtable.records", "profiles",
)  # fmt: skip


def test_an_address_reads_as_attrs_writes_it() -> None:
    address = Address(country="DE", lines=("Hauptstraße 1",), city="Berlin")
    expected = "Address(country='DE', lines=('Hauptstraße 1',), city='Berlin', postal_code=None, region=None)"
    assert repr(address) == expected


def test_values_inside_values_use_their_own_repr() -> None:
    assert repr(Discount(percent=Decimal("2.50"))) == "Discount(percent=Decimal('2.50'), amount=None)"
    assert repr(Problem("lines[0].quantity", "not a number")) == (
        "Problem(where='lines[0].quantity', message='not a number')"
    )
    assert repr([Rounding()]) == "[Rounding(mode='half_up', level='document')]"


def test_a_generic_class_shows_its_own_name() -> None:
    period = Period(Decimal("19"), dt.date(2020, 7, 1), dt.date(2020, 12, 31), "https://example.org/act")
    assert repr(period) == (
        "Period(value=Decimal('19'), start=datetime.date(2020, 7, 1), end=datetime.date(2020, 12, 31),"
        " source='https://example.org/act', line=0, secondary=False, note=None, ends=False, checked=None,"
        " limit=None)"
    )


def test_a_field_left_out_of_the_repr_stays_out() -> None:
    text = repr(Jurisdiction("XX", "xx.toml", "Nowhere", line_of=FrozenDict({"name": 3})))
    assert text.startswith("Jurisdiction(code='XX', file='xx.toml', name='Nowhere', currency=None,")
    assert text.endswith("data_from=None, not_modelled=None)")
    assert "line_of" not in text


@pytest.mark.parametrize("name", MODULES)
def test_every_class_of_the_start_up_shares_it(name: str) -> None:
    module = importlib.import_module(f"invoicekit.{name}")
    # the public home of classes defined on first use: the parts' module's, LegalNote's notes
    home = module.__name__.removesuffix("_parts").replace(".legal_note", ".notes")
    classes = [c for c in vars(module).values() if attrs.has(c) and c.__module__ == home]
    assert classes
    assert all(c.__repr__ is fields_repr for c in classes), [
        c for c in classes if c.__repr__ is not fields_repr
    ]
