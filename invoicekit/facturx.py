"""Factur-X 1.0x / ZUGFeRD 2.x: the invoice PDF as PDF/A-3b with its CII XML embedded.

``render_facturx(computed, "invoice.pdf")`` writes the PDF that :func:`render_pdf` would
write, as PDF/A-3b, with the UN/CEFACT CII of :func:`invoicekit.einvoice.to_cii` for the
same computed invoice embedded as ``factur-x.xml``: one set of figures, read by people on
the page and by software in the XML. What Factur-X asks of the PDF (the Factur-X 1.0 / ZUGFeRD 2.x
specification, technical part; the relationship rule as of ZUGFeRD 2.1 / Factur-X 1.0.05):

- the XML is an embedded file named ``factur-x.xml``, MIME type ``text/xml``, listed in the
  catalog's ``/AF`` array, with ``/AFRelationship`` ``/Alternative`` for the profiles that
  carry a complete invoice (BASIC, EN 16931, EXTENDED) and ``/Data`` for those that do not
  (MINIMUM, BASIC WL; not written by invoicekit);
- the XMP metadata declares the ``fx:`` properties in a PDF/A extension schema and sets
  ``fx:DocumentType`` INVOICE (credit notes too: their type is in the XML, BT-3),
  ``fx:DocumentFileName``, ``fx:Version`` 1.0 and ``fx:ConformanceLevel``.

The PDF is written in one pass by reportlab (:mod:`invoicekit.render.pdfa`), not by
re-opening a rendered file: no second parser, nothing before ``%PDF`` at byte 0, and the
same input gives the same bytes.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, BinaryIO, Unpack

from attrs import frozen

from .errors import ArgumentError
from .outputs import write_output
from .result import Computed

if TYPE_CHECKING:
    from .render import RenderArgs

FILENAME = "factur-x.xml"
NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
VERSION = "1.0"  # fx:Version: the Factur-X 1.0x schema version (ZUGFeRD 2.x writes the same)


@frozen
class FacturxProfile:
    """A Factur-X profile invoicekit writes: its :func:`to_cii` profile, its XMP
    conformance level and the relationship of the XML to the PDF."""

    cii_profile: str
    level: str
    relationship: str


PROFILES = {
    "basic": FacturxProfile("basic", "BASIC", "Alternative"),
    "en16931": FacturxProfile("en16931", "EN 16931", "Alternative"),
    "extended": FacturxProfile("extended", "EXTENDED", "Alternative"),
}


def facturx_profile(name: object) -> FacturxProfile:
    """The Factur-X profile called ``name``, or an :class:`ArgumentError` naming the known ones."""
    found = PROFILES.get(name) if isinstance(name, str) else None
    if found is None:
        known = ", ".join(f'"{p}"' for p in PROFILES)
        hint = " (for XRechnung send the CII itself: to_cii(computed, profile=\"xrechnung\"))"
        raise ArgumentError(
            f"profile: Factur-X profiles are {known}, not {name!r}" + (hint if name == "xrechnung" else "")
        )
    return found


def facturx_bytes(computed: Computed, *, profile: str = "en16931", **options: Unpack[RenderArgs]) -> bytes:
    """The Factur-X PDF of ``computed`` as bytes (same input, same bytes). Options as
    :func:`render_facturx`."""
    from .einvoice import to_cii
    from .render import pdfa_bytes
    from .render.pdfa import Attachment, PdfaExtras
    from .render.xmp import XmpExtension, XmpProperty

    fx = facturx_profile(profile)
    xml = to_cii(computed, profile=fx.cii_profile)
    attachment = Attachment(FILENAME, xml, "text/xml", fx.relationship, "Factur-X invoice (CII)")
    extension = XmpExtension(
        "Factur-X PDFA Extension Schema",
        NAMESPACE,
        "fx",
        (
            XmpProperty("DocumentFileName", FILENAME, "The name of the embedded XML document"),
            XmpProperty("DocumentType", "INVOICE", "The type of the hybrid document in capital letters"),
            XmpProperty("Version", VERSION, "The version of the standard applying to the embedded XML"),
            XmpProperty("ConformanceLevel", fx.level, "The conformance level of the embedded XML"),
        ),
    )
    return pdfa_bytes(computed, PdfaExtras((attachment,), (extension,)), **options)


def render_facturx(
    computed: Computed,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    profile: str = "en16931",
    **options: Unpack[RenderArgs],
) -> None:
    """Write ``computed`` as a Factur-X PDF (PDF/A-3b with ``factur-x.xml``) to ``out``: a
    path (replaced atomically), ``"-"`` or a binary file object, as :func:`render_pdf`.

    ``profile``: ``"en16931"`` (the default; ZUGFeRD's "COMFORT"), ``"basic"`` or
    ``"extended"``. ``options`` are :func:`render_pdf`'s (``locale``, ``template``,
    ``brand``, ``second_locale``, ``paper``); the PDF is always PDF/A-3b. Raises
    :class:`~invoicekit.errors.ArgumentError` for an unknown profile,
    :class:`~invoicekit.errors.InvoiceError` for a document the profile cannot express (from
    :func:`to_cii`), :class:`RenderError` for a bad rendering option and
    :class:`~invoicekit.errors.OutputError` for an output that cannot be written."""
    write_output(facturx_bytes(computed, profile=profile, **options), out)
