"""invoicekit: tax-correct, multilingual invoices.

The public API: :func:`load` a document, :func:`compute` it, look up :func:`rates`.
"""

from typing import TYPE_CHECKING

from .compute import compute
from .errors import (
    ArgumentError,
    InvoiceError,
    InvoiceKitError,
    OutputError,
    Problem,
    RateNotFound,
    RateNotInForce,
    TaxDataError,
)
from .explain import explain
from .loader import load
from .model import (
    Address,
    AllowanceCharge,
    Contact,
    Discount,
    Endpoint,
    Invoice,
    Line,
    OriginalInvoice,
    Party,
    Payment,
    Rounding,
)
from .result import Computed, ComputedAdjustment, ComputedLine, TaxSubtotal
from .taxid import OnlineResult, TaxIdResult, check_hmrc, check_vies, validate_tax_id
from .taxtable import Component, LayeredRateProvider, RateProvider, Resolution, TaxTable, default_table, rates

if TYPE_CHECKING:  # loaded on first use (below); named here for type checkers
    from .einvoice import to_cii, to_ubl

__version__ = "0.1.0"

_RENDERING = ("Brand", "load_brand", "render_pdf")
_EINVOICE = ("to_cii", "to_ubl")


def __getattr__(name: str) -> object:
    """Rendering names load reportlab only when first used; the register its database code;
    the e-invoice writers their XML code."""
    if name in _RENDERING:
        from . import render

        return getattr(render, name)
    if name in _EINVOICE:
        from . import einvoice

        return getattr(einvoice, name)
    if name == "Register":
        from .register import Register

        return Register
    raise AttributeError(f"module 'invoicekit' has no attribute {name!r}")


__all__ = [
    "Address",
    "AllowanceCharge",
    "ArgumentError",
    "Brand",
    "Component",
    "Computed",
    "ComputedAdjustment",
    "ComputedLine",
    "Contact",
    "Discount",
    "Endpoint",
    "Invoice",
    "InvoiceError",
    "InvoiceKitError",
    "LayeredRateProvider",
    "Line",
    "OnlineResult",
    "OriginalInvoice",
    "OutputError",
    "Party",
    "Payment",
    "Problem",
    "RateNotFound",
    "RateNotInForce",
    "RateProvider",
    "Register",
    "Resolution",
    "Rounding",
    "TaxDataError",
    "TaxIdResult",
    "TaxSubtotal",
    "TaxTable",
    "check_hmrc",
    "check_vies",
    "compute",
    "default_table",
    "explain",
    "load",
    "load_brand",
    "rates",
    "render_pdf",
    "to_cii",
    "to_ubl",
    "validate_tax_id",
]
