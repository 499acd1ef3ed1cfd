"""Incoming e-invoices: read EN 16931 UBL, CII and Factur-X/ZUGFeRD, recompute, verify.

Reading needs the ``einvoice`` extra (lxml; pypdf for PDFs), loaded on first use of
:func:`read_einvoice` or :func:`verify`; the model values and :class:`StatedRates` are pure
Python. Nothing here is imported by :mod:`invoicekit.compute`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .figures import Figure, Incoming, StatedAdjustment, StatedLine, StatedSubtotal, StatedTotals
from .stated import StatedRates, parse_stated, stated_category

if TYPE_CHECKING:
    from .read import read_einvoice
    from .validation import Validation
    from .verification import Difference, Finding, Verification, verify

# (the verify function lives in .verification: a submodule called verify would shadow it)
_READING = {"read_einvoice": "read", "verify": "verification", "Difference": "verification",
            "Finding": "verification", "Verification": "verification",
            "Validation": "validation"}  # fmt: skip


def __getattr__(name: str) -> object:
    """The reading and verifying names import lxml only when first used."""
    module = _READING.get(name)
    if module is None:
        raise AttributeError(f"module 'invoicekit.incoming' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)


__all__ = [
    "Difference",
    "Figure",
    "Finding",
    "Incoming",
    "StatedAdjustment",
    "StatedLine",
    "StatedRates",
    "StatedSubtotal",
    "StatedTotals",
    "Validation",
    "Verification",
    "parse_stated",
    "read_einvoice",
    "stated_category",
    "verify",
]
