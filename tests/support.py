"""Test helpers shared by several test modules: a document builder and a fixed-rate provider.

(Not in conftest.py: tests/taxid has a conftest of its own, and both cannot be imported by name.)"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from invoicekit import Component, RateNotFound, Resolution, Rounding


def doc(**overrides: Any) -> dict[str, Any]:
    """A minimal valid document (German seller and buyer), with top-level overrides."""
    base: dict[str, Any] = {
        "number": "T-1",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "seller": {"name": "Seller GmbH", "address": {"country": "DE"}},
        "buyer": {"name": "Buyer", "address": {"country": "DE"}},
        "lines": [{"description": "Item", "unit_price": "10.00"}],
    }
    base.update(copy.deepcopy(overrides))
    return base


class FixedRates:
    """A RateProvider with the same components on every date: for engine tests that must
    not depend on the shipped tables. ``table`` maps category -> components."""

    def __init__(self, table: dict[str, tuple[Component, ...]], rounding: Rounding | None = None) -> None:
        self.table = table
        self.rounding = rounding

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        if category not in self.table:
            raise RateNotFound(f"no rate for {category}")
        return Resolution(jurisdiction, self.table[category], category, f"fixed {category}")

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        return self.rounding


def vat(rate: str, category: str = "S") -> tuple[Component, ...]:
    return (Component("VAT", Decimal(rate), category),)


# The invoicekit sdist leaves out fonts/cjk, the sources of the second distribution
# invoicekit-cjk-fonts (31 MB of fonts, which its own sdist carries; docs/performance.md,
# "Wheel size"). The tests that build that distribution or read its files skip there, and only
# there: an sdist has PKG-INFO at its top, a checkout has not, and a checkout without
# fonts/cjk fails them.
_TOP = Path(__file__).resolve().parent.parent
FROM_SDIST = (_TOP / "PKG-INFO").is_file() and not (_TOP / "fonts" / "cjk").is_dir()
needs_cjk_sources = pytest.mark.skipif(
    FROM_SDIST,
    reason="run from the invoicekit sdist, which leaves out fonts/cjk (invoicekit-cjk-fonts's sources)",
)
