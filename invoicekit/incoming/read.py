"""``read_einvoice``: a received UBL, CII or Factur-X/ZUGFeRD file into invoicekit's model."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from ..errors import ArgumentError, InvoiceError, Problem
from ..limits import MAX_DOCUMENT_BYTES
from .build import Read, assemble
from .cii import ROOT as CII_ROOT
from .cii import read_cii
from .figures import Incoming
from .pdf import MAX_PDF_BYTES, embedded_xml
from .ubl import ROOTS as UBL_ROOTS
from .ubl import read_ubl
from .xml import Problems, parse


def read_einvoice(source: str | os.PathLike[str] | bytes) -> Incoming:
    """Read an EN 16931 e-invoice: UBL 2.1 Invoice or CreditNote, UN/CEFACT CII, or a
    Factur-X / ZUGFeRD PDF with its embedded XML. ``source`` is a path or the file's bytes.

    Returns the document in invoicekit's model (each line's category the stated VAT
    category and rate, see :class:`~invoicekit.incoming.StatedRates`) with the figures the
    invoice prints. Raises :class:`InvoiceError` whose problems are located by XPath."""
    data, where = _bytes(source)
    from_pdf = data.startswith(b"%PDF")
    if from_pdf:
        data, where = embedded_xml(data, where)
    root = parse(data, where)
    problems = Problems()
    read: Read
    if root.tag in UBL_ROOTS:
        read = read_ubl(root, problems)
    elif root.tag == CII_ROOT:
        read = read_cii(root, problems)
    else:
        expected = "a UBL Invoice or CreditNote, or a CII CrossIndustryInvoice"
        raise InvoiceError(
            [Problem(where, f"not an e-invoice: the root element is {root.tag} (expected {expected})")]
        )
    return attrs.evolve(assemble(read, problems), xml=data, from_pdf=from_pdf)


def _bytes(source: object) -> tuple[bytes, str]:
    """The file's bytes (bounded) and the name problems are reported under."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), "<bytes>"
    if not isinstance(source, str | os.PathLike):
        raise ArgumentError(f"source: expected a path or bytes, got {type(source).__name__}")
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PDF_BYTES + 1)
    except OSError as exc:
        raise InvoiceError([Problem(str(path), f"cannot be read: {exc.strerror or exc}")]) from None
    if len(data) > (MAX_PDF_BYTES if data.startswith(b"%PDF") else MAX_DOCUMENT_BYTES):
        limit = MAX_PDF_BYTES if data.startswith(b"%PDF") else MAX_DOCUMENT_BYTES
        raise InvoiceError([Problem(str(path), f"larger than {limit:,} bytes: not read")])
    return data, str(path)
