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
    RateNotModelled,
    TaxDataError,
)
from .explain import explain
from .loader import load
from .model import PARTS as _MODEL_PARTS
from .model import Address, Invoice, Line, Party, Payment, Rounding
from .result import PARTS as _RESULT_PARTS
from .result import Computed, ComputedLine, TaxSubtotal
from .taxtable import Component, LayeredRateProvider, RateProvider, Resolution, TaxTable, default_table, rates

if TYPE_CHECKING:  # loaded on first use (below); named here for type checkers
    from .einvoice import to_cii, to_ubl
    from .html import ContrastWarning, email_message, render_html, render_text
    from .model_parts import (
        AllowanceCharge,
        Contact,
        Discount,
        Endpoint,
        LineAdjustment,
        OriginalInvoice,
        TaxCurrency,
        TaxRegistration,
    )
    from .presentation import DocumentView, present
    from .result_parts import ComputedAdjustment, ComputedLineAdjustment
    from .taxid import OnlineResult, TaxIdResult, check_hmrc, check_vies, validate_tax_id

__version__ = "0.1.0"

_RENDERING = ("Brand", "load_brand", "render_pdf")
_INCOMING = ("Incoming", "StatedRates", "Verification", "read_einvoice", "verify")
_EINVOICE = ("to_cii", "to_ubl")
_HTML = ("ContrastWarning", "email_message", "render_html", "render_text")
_PRESENTATION = ("DocumentView", "present")
_TAXID = ("OnlineResult", "TaxIdResult", "check_hmrc", "check_vies", "validate_tax_id")


def __getattr__(name: str) -> object:
    """Rendering names load reportlab only when first used; the register its database code;
    the e-invoice writers (and Factur-X) their XML code; incoming e-invoices lxml; batch
    runs their engines; the HTML documents css-inline; the tax-ID checks python-stdnum and the
    online clients' HTTP code."""
    if name in _MODEL_PARTS:  # the model's classes that many documents do without (start-up)
        from . import model_parts

        return getattr(model_parts, name)
    if name in _RESULT_PARTS:  # the computed allowances and charges, likewise
        from . import result_parts

        return getattr(result_parts, name)
    if name in _TAXID:
        from . import taxid

        return getattr(taxid, name)
    if name in _RENDERING:
        from . import render

        return getattr(render, name)
    if name in _INCOMING:  # lxml is an extra: loaded only when incoming e-invoices are read
        from . import incoming

        return getattr(incoming, name)
    if name in _PRESENTATION:  # what a document says, without reportlab
        from . import presentation

        return getattr(presentation, name)
    if name in _EINVOICE:
        from . import einvoice

        return getattr(einvoice, name)
    if name in _HTML:  # css-inline, and reportlab for the brand and the attached PDF
        from . import html

        return getattr(html, name)
    if name == "render_facturx":  # reportlab and the CII writer
        from .facturx import render_facturx

        return render_facturx
    if name == "batch":  # invoicekit.batch.run(...) without importing the submodule first
        import importlib

        return importlib.import_module(".batch", __name__)
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
    "ComputedLineAdjustment",
    "Contact",
    "ContrastWarning",
    "Discount",
    "DocumentView",
    "Endpoint",
    "Incoming",
    "Invoice",
    "InvoiceError",
    "InvoiceKitError",
    "LayeredRateProvider",
    "Line",
    "LineAdjustment",
    "OnlineResult",
    "OriginalInvoice",
    "OutputError",
    "Party",
    "Payment",
    "Problem",
    "RateNotFound",
    "RateNotInForce",
    "RateNotModelled",
    "RateProvider",
    "Register",
    "Resolution",
    "Rounding",
    "StatedRates",
    "TaxCurrency",
    "TaxDataError",
    "TaxIdResult",
    "TaxRegistration",
    "TaxSubtotal",
    "TaxTable",
    "Verification",
    "check_hmrc",
    "check_vies",
    "compute",
    "default_table",
    "email_message",
    "explain",
    "load",
    "load_brand",
    "present",
    "rates",
    "read_einvoice",
    "render_facturx",
    "render_html",
    "render_pdf",
    "render_text",
    "to_cii",
    "to_ubl",
    "validate_tax_id",
    "verify",
]
