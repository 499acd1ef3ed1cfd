"""PDF/A-3b (ISO 19005-3) from the reportlab canvas, with optional embedded files.

What a rendered invoice lacks to be PDF/A-3b, and what :func:`finish_pdfa` adds just
before the canvas is saved:

- an XMP metadata stream (uncompressed, as 6.6.2.1 requires) identifying part 3,
  conformance B, and repeating the info dictionary (:mod:`invoicekit.render.xmp`);
- an info dictionary with exactly the entries the XMP repeats (no empty Keywords, no
  Trapped), dated with the document's date, not the clock;
- an sRGB output intent (6.2.3), so the device RGB and grey colours the layout uses are
  defined; the ICC profile is Little CMS's built-in sRGB, made by Pillow;
- no ``/Trans`` key on pages (reportlab writes an empty one; an archive has no slide
  transitions, and validators that do not check the key cannot approve the page);
- embedded files (6.8): each an ``/EmbeddedFile`` stream with its MIME type as
  ``/Subtype`` and ``/Params`` (size, date), a file specification with ``/F``, ``/UF``,
  ``/Desc`` and ``/AFRelationship``, named in the catalog's ``/Names /EmbeddedFiles`` and
  listed in its ``/AF`` array.

Fonts need nothing: every font invoicekit draws with is a TrueType file, embedded as a
subset (the canvas starts with one, not Helvetica). The trailer ID is reportlab's digest of
the document, fed with the embedded files' bytes: same input, same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import struct
from typing import Final

from attrs import frozen
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDate,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from .xmp import DocumentInfo, XmpExtension, pdf_date, xmp_packet

PDF_VERSION = (1, 7)  # PDF/A-3 is based on PDF 1.7 (ISO 32000-1)
SRGB_CONDITION = "sRGB IEC61966-2.1"
# the ICC header's creation date (bytes 24-35), fixed: Little CMS stamps the current time
_ICC_DATE = struct.pack(">6H", 2000, 1, 1, 0, 0, 0)


@frozen
class Attachment:
    """A file embedded in the PDF: its name, bytes, MIME type, its relationship to the
    document (``"Data"``, ``"Alternative"``, ``"Source"``, ...) and a description."""

    name: str
    data: bytes
    mime: str
    relationship: str
    description: str


@frozen
class PdfaExtras:
    """What a PDF/A-3b document carries besides its pages: embedded files and the XMP
    extension schemas that describe them."""

    attachments: tuple[Attachment, ...] = ()
    extensions: tuple[XmpExtension, ...] = ()


class _PdfaCatalog(PDFCatalog):
    """reportlab's catalog, also writing ``/OutputIntents`` and ``/AF`` when set."""

    __NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents", "AF"]  # noqa: RUF012  # reportlab's shape


class _PdfaInfo(PDFInfo):
    """An info dictionary with exactly the entries the XMP packet repeats."""

    def __init__(self, info: DocumentInfo) -> None:
        super().__init__()
        self.pdfa = info
        self.title, self.author, self.subject = info.title, info.author, info.subject  # the ID digest

    def format(self, document: PDFDocument) -> bytes:
        info, date = self.pdfa, PDFString(pdf_date(self.pdfa.date))
        entries = {
            "Title": info_text(info.title),
            "Author": info_text(info.author),
            "Subject": info_text(info.subject),
            "Creator": info_text(info.creator),
            "Producer": info_text(info.producer),
            "CreationDate": date,
            "ModDate": date,
        }
        return PDFDictionary(entries).format(document)


class _PlainInfo(PDFInfo):
    """reportlab's info dictionary of a plain (not PDF/A) document, its entries, order and
    date unchanged, its text strings written by :func:`info_text` so they read back as set."""

    def format(self, document: PDFDocument) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)  # type: ignore[attr-defined]
        entries = {
            "Title": info_text(self.title),
            "Author": info_text(self.author),
            "ModDate": date,
            "CreationDate": date,
            "Producer": info_text(self.producer),
            "Creator": info_text(self.creator),
            "Subject": info_text(self.subject),
            "Keywords": info_text(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        return PDFDictionary(entries).format(document)


def plain_info(canvas: Canvas) -> None:
    """Have the info dictionary of the document on ``canvas`` written as :class:`_PlainInfo`
    (the PDF/A branch replaces it with its own)."""
    doc: PDFDocument = canvas._doc  # type: ignore[attr-defined]
    doc.info.__class__ = _PlainInfo


#: Latin-1 code points that PDFDocEncoding leaves undefined (ISO 32000-1, Annex D), which
#: reportlab's "pdfdoc" codec still writes as single bytes: readers turn them into U+FFFD.
_PDFDOC_UNDEFINED: Final = frozenset("\x7f\x9f\xad")


def info_text(value: str) -> PDFString:
    """``value`` as an info-dictionary string that reads back as ``value``: in PDFDocEncoding
    where that encoding defines every character, else as UTF-16BE with its byte-order mark."""
    if _PDFDOC_UNDEFINED.isdisjoint(value):
        return PDFString(value)
    return PDFString(value, enc="utf_16_be")


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (Little CMS's built-in, version 4), with a fixed creation date and
    no profile ID (bytes 84-99 zero: "not computed"; an MD5 ID would cover the date)."""
    from PIL import ImageCms

    data = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return data[:24] + _ICC_DATE + data[36:84] + bytes(16) + data[100:]


def name_object(value: str) -> str:
    """A PDF name for ``value`` with every character outside ``A-Za-z0-9.-_`` written as
    ``#xx`` (reportlab's ``PDFName`` leaves ``/`` as it is, which ends the name)."""
    plain = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")
    return "/" + "".join(chr(b) if b in plain else f"#{b:02X}" for b in value.encode())


def _output_intent() -> PDFDictionary:
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB_CONDITION),
            "Info": PDFString(SRGB_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": profile,
        }
    )


def _file_spec(doc: PDFDocument, attachment: Attachment, date: dt.datetime) -> object:
    """The file specification of ``attachment`` as an indirect object (a reference)."""
    params = PDFDictionary({"Size": len(attachment.data), "ModDate": PDFString(pdf_date(date))})
    stream = PDFStream(
        PDFDictionary(
            {"Type": PDFName("EmbeddedFile"), "Subtype": name_object(attachment.mime), "Params": params}
        ),
        attachment.data,
        filters=[PDFZCompress],
    )
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(attachment.name),
            "UF": PDFString(attachment.name),
            "Desc": PDFString(attachment.description),
            "AFRelationship": name_object(attachment.relationship),
            "EF": PDFDictionary({"F": stream, "UF": stream}),
        }
    )
    return doc.Reference(spec)  # type: ignore[no-untyped-call]


def _embed(doc: PDFDocument, catalog: PDFCatalog, extras: PdfaExtras, date: dt.datetime) -> None:
    """Embed the attachments: named in ``/Names /EmbeddedFiles`` (sorted by name, as name
    trees are) and listed in ``/AF``."""
    specs = {a.name: _file_spec(doc, a, date) for a in extras.attachments}
    names: list[object] = []
    for name in sorted(specs):
        names += [PDFString(name), specs[name]]
    catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})})  # type: ignore[attr-defined]
    catalog.AF = PDFArray([specs[a.name] for a in extras.attachments])  # type: ignore[attr-defined]
    for attachment in extras.attachments:
        doc.updateSignature(attachment.data)


def finish_pdfa(canvas: Canvas, info: DocumentInfo, extras: PdfaExtras) -> None:
    """Make the document on ``canvas`` PDF/A-3b, described by ``info``, with ``extras``; call
    after drawing, before ``save()``."""
    doc: PDFDocument = canvas._doc  # type: ignore[attr-defined]
    doc.info = _PdfaInfo(info)
    doc.updateSignature(pdf_date(info.date))
    catalog: PDFCatalog = doc.Catalog  # type: ignore[attr-defined]
    catalog.__class__ = _PdfaCatalog
    metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        xmp_packet(info, extras.extensions),
        filters=None,  # reportlab's documents have no default filters: no /Filter (6.6.2.1)
    )
    catalog.Metadata = metadata  # type: ignore[attr-defined]
    catalog.OutputIntents = PDFArray([_output_intent()])  # type: ignore[attr-defined]
    if extras.attachments:
        _embed(doc, catalog, extras, info.date)
    for page in doc.Pages.pages:  # type: ignore[attr-defined]
        page.Trans = None
