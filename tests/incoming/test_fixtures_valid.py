"""The hand-written fixtures are valid EN 16931 documents: the UBL 2.1 / CII XSD and the
official CEN Schematron rules (the validators the e-invoice tests pin) find nothing fatal,
so verify is tested on invoices shaped like real ones, not on invoicekit's own guesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoicekit.einvoice import validate as v

from .conftest import FIXTURES

_FILES = sorted(FIXTURES.glob("*.xml"))


@pytest.mark.parametrize("path", _FILES, ids=[p.name for p in _FILES])
def test_fixture_passes_the_en16931_rules(path: Path) -> None:
    try:
        for name in v.RULES:
            v.rule_file(name)
    except v.ValidatorsMissing as exc:  # never a skip: the README's test command installs them
        pytest.fail(str(exc))
    syntax = "cii" if path.name.startswith("cii-") else "ubl"
    fatal = [(f.rule, f.text) for f in v.validate(path.read_bytes(), syntax, "en16931") if f.fatal]
    assert fatal == []
