"""Fixtures of the e-invoice tests: the official validators, each compiled once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from invoicekit.einvoice import validate as v

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

Validate = Callable[[bytes, str, str], list[v.Finding]]


@pytest.fixture(scope="session")
def validate() -> Validate:
    """``validate(xml, syntax, profile)``: every finding of the XSD and the Schematron layers.
    Fails (never skips) when a rule file is missing: the README's test command installs them."""
    try:
        for name in v.RULES:
            v.rule_file(name)
    except v.ValidatorsMissing as exc:
        pytest.fail(str(exc))
    return v.validate


def fatal(findings: list[v.Finding]) -> list[tuple[str, str]]:
    """The fatal findings as (rule, text), for assertion messages that say what broke."""
    return [(f.rule, f.text) for f in findings if f.fatal]
