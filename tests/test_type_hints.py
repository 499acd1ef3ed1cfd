"""The public value classes can be introspected: ``typing.get_type_hints`` (which cattrs,
``attrs.resolve_types`` and typed serialisers call) resolves every field annotation of the
model and the result in a fresh process, before any optional part of a document is used.

The model's optional parts (``invoicekit.model.PARTS``) are defined on first use, in
``invoicekit.model_parts``; the annotations that name them (``Invoice.tax_currency`` ...)
must still resolve, to the same classes, in a process that has not imported them yet."""

import pickle
import subprocess
import sys

from invoicekit.model import Endpoint, TaxCurrency
from invoicekit.result import ComputedAdjustment
from invoicekit.rules.notes import LegalNote

PROBE = """
import sys, typing, attrs
import invoicekit.model as model, invoicekit.result as result
assert "invoicekit.model_parts" not in sys.modules and "invoicekit.result_parts" not in sys.modules
assert "invoicekit.rules.legal_note" not in sys.modules  # LegalNote, defined on first use too
hints = typing.get_type_hints(model.Invoice)  # names TaxCurrency, OriginalInvoice ...
assert hints["tax_currency"] == model.TaxCurrency | None, hints["tax_currency"]
assert hints["allowances"] == tuple[model.AllowanceCharge, ...]
assert typing.get_type_hints(result.Computed)["charges"] == tuple[result.ComputedAdjustment, ...]
assert typing.get_type_hints(result.ComputedAdjustment)["source"] is model.AllowanceCharge
from invoicekit.rules import notes, treatment
assert typing.get_type_hints(result.Computed)["legal_notes"] == tuple[notes.LegalNote, ...]
assert typing.get_type_hints(treatment.Treatment)["notes"] == tuple[notes.LegalNote, ...]
assert notes.LegalNote.__module__ == "invoicekit.rules.notes"
parts = [getattr(m, name) for m in (model, result) for name in sorted(m.PARTS)]
classes = [c for m in (model, result) for c in vars(m).values()
           if isinstance(c, type) and attrs.has(c) and c.__module__ == m.__name__]
for c in classes + parts:
    typing.get_type_hints(c)
    attrs.resolve_types(c)
print(len(classes), len(parts))
"""


def test_every_model_and_result_class_resolves_its_type_hints() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    # Invoice, Line, Party, Address ... and the computed values; the 8 optional parts of the
    # model and the 2 of the result (allowances and charges)
    assert [int(n) for n in done.stdout.split()] == [9, 10]


def test_the_optional_parts_are_pickled_under_their_homes_name() -> None:
    # a pickle names invoicekit.model (invoicekit.result), where older versions defined these
    # classes too
    for value in (Endpoint(id="0088", scheme="EM"), TaxCurrency(currency="EUR", exchange_rate=1)):
        data = pickle.dumps(value)
        assert b"invoicekit.model\x94" in data and b"model_parts" not in data
        assert pickle.loads(data) == value
    note = LegalNote("Export of goods: zero-rated.")
    data = pickle.dumps(note)
    assert b"invoicekit.rules.notes\x94" in data and b"legal_note" not in data
    assert pickle.loads(data) == note
    adjustment = ComputedAdjustment(source=None, net=1, tax=0, gross=1, taxes=(), jurisdiction="DE")
    data = pickle.dumps(adjustment)
    assert b"invoicekit.result\x94" in data and b"result_parts" not in data
    assert pickle.loads(data) == adjustment
