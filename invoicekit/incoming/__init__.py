"""Incoming e-invoices: read EN 16931 UBL, CII and Factur-X/ZUGFeRD, recompute, verify.

Needs the ``einvoice`` extra (lxml; pypdf for PDFs). Nothing here is imported by
:mod:`invoicekit.compute`; ``invoicekit.read_einvoice`` and ``invoicekit.verify`` load it
when first used.
"""

from .figures import Figure, Incoming, StatedAdjustment, StatedLine, StatedSubtotal, StatedTotals
from .read import read_einvoice
from .stated import StatedRates, parse_stated, stated_category
from .verify import Difference, Finding, Verification, verify

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
    "Verification",
    "parse_stated",
    "read_einvoice",
    "stated_category",
    "verify",
]
