"""reportlab's C accelerator (the ``accel`` extra, rl_accel) changes no byte of a PDF: the
examples rendered here (with it, as the test extra installs it) and in a process where
``_rl_accel`` cannot be imported give the same files."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import reportlab.lib.rl_accel as rl_accel

from invoicekit import compute, load
from invoicekit.render import render_bytes

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
NAMES = ("de-invoice.toml", "canada.json", "i18n/ar-arabic-invoice.toml", "i18n/ja-japanese-invoice.toml")

_WITHOUT = """
import hashlib, sys
sys.modules["_rl_accel"] = None  # reportlab then uses its Python functions
import reportlab.lib.rl_accel as rl_accel
assert not rl_accel._c_funcs, rl_accel._c_funcs
from pathlib import Path
from invoicekit import compute, load
from invoicekit.render import render_bytes
for name in sys.argv[1:]:
    pdf = render_bytes(compute(load(Path(name))), pdfa=name.endswith(".toml"))
    print(hashlib.sha256(pdf).hexdigest())
"""


def test_the_accelerator_changes_no_byte() -> None:
    assert {"fp_str", "escapePDF", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)  # it is in use here
    paths = [str(EXAMPLES / name) for name in NAMES]
    accelerated = [
        hashlib.sha256(render_bytes(compute(load(Path(p))), pdfa=p.endswith(".toml"))).hexdigest() for p in paths
    ]
    done = subprocess.run([sys.executable, "-c", _WITHOUT, *paths], capture_output=True, text=True, check=True)
    assert done.stdout.split() == accelerated
