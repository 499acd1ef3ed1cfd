"""The engine builds its result values with its own factories (invoicekit/result.py,
``computed_line``, ``tax_subtotal``, ``computed``, through the builders of
invoicekit/builders.py): the objects must be the ones the public constructors make."""

import weakref
from decimal import Decimal as D

import attrs
import pytest
from support import doc

import invoicekit
from invoicekit import Component
from invoicekit.builders import builder
from invoicekit.model import Line, LineAdjustment
from invoicekit.result import (
    Computed,
    ComputedLine,
    ComputedLineAdjustment,
    TaxSubtotal,
    computed,
    computed_line,
    tax_subtotal,
)


def _values() -> tuple[object, ...]:
    """A different value for every field, so that a field set in the wrong slot shows."""
    line = Line(description="Tea", unit_price=D("2.50"), quantity=D(4))
    adjustment = LineAdjustment(amount=D("1.00"))
    return (
        3, line, D("10.00"), D("0.50"), D("9.50"), D("1.81"), D("11.31"),
        (Component("VAT", D(19)),), "DE", "Domestic sale in Germany.",
        (ComputedLineAdjustment(adjustment, None, D("1.00")),), (),
    )  # fmt: skip


def test_the_factory_gives_what_the_public_constructor_gives() -> None:
    values = _values()
    made, public = computed_line(*values), ComputedLine(*values)  # type: ignore[arg-type]
    assert made == public and repr(made) == repr(public) and hash(made) == hash(public)
    assert [getattr(made, a.name) for a in attrs.fields(ComputedLine)] == list(values)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.tax = D(0)  # type: ignore[misc]


def test_the_engine_s_lines_equal_their_public_copies() -> None:
    raw = doc(lines=[
        {"description": "A", "quantity": "3", "unit_price": "10.00"},
        {"description": "B", "quantity": "1", "unit_price": "4.99", "category": "reduced"},
    ])  # fmt: skip
    computed = invoicekit.compute(invoicekit.load(raw))
    # 3 x 10.00 at 19 %: tax 5.70; 4.99 at 7 %: 0.3493, rounded 0.35
    assert [(x.net, x.tax, x.gross) for x in computed.lines] == [
        (D("30.00"), D("5.70"), D("35.70")),
        (D("4.99"), D("0.35"), D("5.34")),
    ]
    for line in computed.lines:
        copy = ComputedLine(*(getattr(line, a.name) for a in attrs.fields(ComputedLine)))
        assert copy == line and repr(copy) == repr(line)


def test_the_subtotal_and_document_factories_give_the_public_constructor_s_objects() -> None:
    row = (
        "VAT", D(19), "S", D("30.00"), D("5.70"), None,
    )  # fmt: skip
    assert repr(tax_subtotal(*row)) == repr(TaxSubtotal(*row)) and tax_subtotal(*row) == TaxSubtotal(*row)
    public = invoicekit.compute(invoicekit.load(doc(notes=["Thank you"])))
    made = computed(*(getattr(public, a.name) for a in attrs.fields(Computed)))
    assert made == public and repr(made) == repr(public) and hash(made) == hash(public)
    assert made.notes == public.notes and made.own_notes == ("Thank you",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.net = D(0)  # type: ignore[misc]


@pytest.mark.parametrize("cls", [ComputedLine, TaxSubtotal, Computed])
def test_a_builder_has_the_slots_of_its_class_and_the_objects_stay_weakly_referable(cls: type) -> None:
    made = builder(cls)
    assert made.__slots__ == tuple(a.name for a in attrs.fields(cls)) == cls.__slots__
    computed_ = invoicekit.compute(invoicekit.load(doc()))
    for value in (computed_, computed_.lines[0], computed_.taxes[0]):
        assert weakref.ref(value)() is value and type(value) in (ComputedLine, TaxSubtotal, Computed)


def test_a_builder_refuses_a_class_whose_layout_differs() -> None:
    @attrs.frozen
    class Own:  # not a Weakrefable: its own weak-reference slot would make CPython refuse
        # the __class__ assignment (the layouts differ), so builder refuses it first
        a: int

    with pytest.raises(TypeError):
        builder(Own)
