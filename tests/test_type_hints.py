"""The public value classes can be introspected: ``typing.get_type_hints`` (which cattrs,
``attrs.resolve_types`` and typed serialisers call) resolves every field annotation of the
model and the result in a fresh process, before any optional part of a document is used."""

import subprocess
import sys

PROBE = """
import typing, attrs
import invoicekit.model as model, invoicekit.result as result
classes = [c for m in (model, result) for c in vars(m).values()
           if isinstance(c, type) and attrs.has(c) and c.__module__ == m.__name__]
for c in classes:
    typing.get_type_hints(c)
print(len(classes))
"""


def test_every_model_and_result_class_resolves_its_type_hints() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 15  # Invoice, Line, Party, Address ... and the computed values
