"""Fixtures shared by the tests: fixed-rate providers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support import FixedRates, vat

from invoicekit import Component


@pytest.fixture
def single_rate() -> FixedRates:
    return FixedRates(
        {
            "standard": vat("19"),
            "reduced": vat("7"),
            "zero": vat("0", "Z"),
            "exempt": vat("0", "E"),
        }
    )


@pytest.fixture
def quebec() -> FixedRates:
    """GST 5 % + QST 9.975 %, as in Quebec since 2013."""
    return FixedRates(
        {
            "standard": (Component("GST", Decimal("5")), Component("QST", Decimal("9.975"))),
            "zero": (Component("GST", Decimal(0), "Z"), Component("QST", Decimal(0), "Z")),
        }
    )
