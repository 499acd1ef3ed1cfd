"""The XML inside a Factur-X / ZUGFeRD 2.x PDF: the embedded file the standard names."""

from __future__ import annotations

import io
from typing import Final

from ..errors import InvoiceError, Problem
from ..limits import MAX_DOCUMENT_BYTES

#: The embedded file names: Factur-X 1.0 and ZUGFeRD 2.x, and XRechnung in a ZUGFeRD PDF.
EMBEDDED_NAMES: Final = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
#: Bytes of a PDF to open: the XML alone is bounded by MAX_DOCUMENT_BYTES.
MAX_PDF_BYTES: Final = 4 * MAX_DOCUMENT_BYTES


def embedded_xml(data: bytes, where: str) -> tuple[bytes, str]:
    """The embedded invoice XML of a PDF and the XPath-like place it came from."""
    if len(data) > MAX_PDF_BYTES:
        raise InvoiceError([Problem(where, f"larger than {MAX_PDF_BYTES:,} bytes: not read")])
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - the einvoice extra is not installed
        raise InvoiceError(
            [Problem(where, "reading a PDF needs pypdf: pip install 'invoicekit[einvoice]'")]
        ) from None
    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        names = list(attachments)
        name = next((n for n in names if n.lower() in EMBEDDED_NAMES), None)
        if name is None:
            found = ", ".join(sorted(names)) or "none"
            expected = ", ".join(EMBEDDED_NAMES)
            raise InvoiceError(
                [Problem(where, f"no embedded e-invoice ({expected}); embedded files: {found}")]
            )
        content = attachments[name][0]
    except InvoiceError:
        raise
    except Exception as exc:
        # pypdf on a damaged or hostile PDF raises more than its own errors (AttributeError,
        # IndexError, RecursionError ... on objects of the wrong type): all are bad input
        raise InvoiceError([Problem(where, f"not a readable PDF: {type(exc).__name__}: {exc}")]) from None
    if len(content) > MAX_DOCUMENT_BYTES:
        raise InvoiceError(
            [Problem(f"{where}!{name}", f"larger than {MAX_DOCUMENT_BYTES:,} bytes: not read")]
        )
    return content, f"{where}!{name}"
