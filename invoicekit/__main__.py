"""``python -m invoicekit``: the same as the ``invoicekit`` command."""

from .cli import run

run()
