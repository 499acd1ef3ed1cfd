"""PDF rendering of computed invoices, credit notes and receipts, in any language.

``render_pdf(invoicekit.compute(invoice), "invoice.pdf")`` writes the document in its own
language (the ``locale`` argument, else the document's, else the buyer's, else the main
language of the buyer's country), optionally with a second language beside the labels,
dressed in a shop's :class:`Brand`. See docs/rendering.md.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from typing import BinaryIO, TypedDict, Unpack

from attrs import frozen
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfdoc import PDFInfo
from reportlab.pdfgen.canvas import Canvas

from ..errors import OutputError
from ..outputs import write_output
from ..paths import path_problem, shown
from ..presentation import present
from ..result import Computed
from .brand import Brand, CheckedBrand, check_brand, load_brand, rgb_logo
from .collection import collector_paused
from .document import Document
from .errors import BrandError, FontError, RenderError
from .fonts import FontChooser
from .layout import Layout, PageSpec
from .pdfa import PDF_VERSION, PdfaExtras, finish_pdfa, plain_info
from .text import TextEngine
from .xmp import DocumentInfo, clean_text

__all__ = [
    "Brand",
    "BrandError",
    "FontError",
    "RenderError",
    "load_brand",
    "pdfa_bytes",
    "render_bytes",
    "render_pdf",
]

PAPERS = {"A4": A4, "LETTER": LETTER}


def _check_options(computed: object, *, brand: object, **texts: object) -> None:
    """Wrong argument types are a RenderError naming the argument, not an AttributeError
    deep in the layout (``brand="brand.toml"`` instead of ``load_brand("brand.toml")``)."""
    if not isinstance(computed, Computed):
        got = type(computed).__name__
        raise RenderError(f"computed: expected the result of invoicekit.compute(), got {got}")
    if brand is not None and not isinstance(brand, Brand):
        hint = f" (load it with invoicekit.load_brand({brand!r}))" if isinstance(brand, str) else ""
        raise RenderError(f"brand: expected a Brand, got {type(brand).__name__}{hint}")
    for name, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise RenderError(f"{name}: expected text or None, got {type(value).__name__}")


def render_bytes(
    computed: Computed,
    *,
    locale: str | None = None,
    template: str | None = None,
    brand: Brand | None = None,
    second_locale: str | None = None,
    paper: str | None = None,
    pdfa: bool = False,
) -> bytes:
    """The PDF of ``computed`` as bytes (same input, same bytes). Options as :func:`render_pdf`."""
    _check_options(
        computed, locale=locale, template=template, brand=brand, second_locale=second_locale, paper=paper
    )
    if not isinstance(pdfa, bool):
        raise RenderError(f"pdfa: expected True or False, got {type(pdfa).__name__}")
    options = RenderOptions(locale, template, brand, second_locale, paper)
    return render_document(computed, options, PdfaExtras() if pdfa else None)


class RenderArgs(TypedDict, total=False):
    """The layout keyword arguments of :func:`render_pdf`, for functions that pass them on."""

    locale: str | None
    template: str | None
    brand: Brand | None
    second_locale: str | None
    paper: str | None


def pdfa_bytes(computed: Computed, extras: PdfaExtras, **options: Unpack[RenderArgs]) -> bytes:
    """The PDF/A-3b of ``computed`` with ``extras`` (embedded files and their XMP extension
    schemas) as bytes: what Factur-X builds on. Options as :func:`render_pdf`."""
    known = RenderArgs.__annotations__
    for name in options:
        if name not in known:
            raise RenderError(f"{name}: not a rendering option (use {', '.join(known)})")
    texts = {k: v for k, v in options.items() if k != "brand"}
    _check_options(computed, brand=options.get("brand"), **texts)
    return render_document(computed, RenderOptions(**options), extras)


@frozen
class RenderOptions:
    """The layout options of :func:`render_pdf`, checked by the caller."""

    locale: str | None = None
    template: str | None = None
    brand: Brand | None = None
    second_locale: str | None = None
    paper: str | None = None


def render_document(computed: Computed, options: RenderOptions, pdfa: PdfaExtras | None) -> bytes:
    """Lay out and draw ``computed`` (options checked by the caller); with ``pdfa``, as
    PDF/A-3b with its attachments and XMP extensions. The cyclic garbage collector is paused
    meanwhile (invoicekit/render/collection.py: its passes grew faster than the document)."""
    with collector_paused():
        return _render_document(computed, options, pdfa)


def _render_document(computed: Computed, options: RenderOptions, pdfa: PdfaExtras | None) -> bytes:
    view = present(
        computed,
        locale=options.locale,
        second_locale=options.second_locale,
        brand=options.brand,
        paper=options.paper,
        template=options.template,
    )
    checked: CheckedBrand = check_brand(options.brand or Brand())
    if pdfa is not None:
        checked = rgb_logo(checked)
    width, height = PAPERS[view.paper]
    chooser = FontChooser(cjk=view.cjk, brand=checked.fonts)
    # text without letters (amounts, dates in digits) is drawn with the Latin font in every document
    engine = TextEngine(chooser, view.rtl, view.language, "Latn")
    layout = Layout(PageSpec(width, height), engine, view.rtl)
    doc = Document(view, layout, checked)
    doc.build()

    buffer = io.BytesIO()
    initial_font = chooser.face("Latn", False).font.fontName  # an embedded font, not Helvetica
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,  # no clock, no random ID: same input, same bytes
        lang=view.locale.replace("_", "-"),
        pageCompression=1,
        initialFontName=initial_font,  # type: ignore[arg-type]  # the stubs say float; it is a font name
        pdfVersion=PDF_VERSION if pdfa else None,
    )
    title = f"{view.title_plain} {computed.invoice.number}"
    info = document_info(computed, title, canvas)
    layout.draw(canvas, doc.furniture())
    layout.release()  # no cycles left: the document's objects are freed when it returns
    if pdfa is not None:
        finish_pdfa(canvas, info, pdfa)
    canvas.save()
    return buffer.getvalue()


def document_info(computed: Computed, title: str, canvas: Canvas) -> DocumentInfo:
    """Title, author (the seller), subject and creator of the document, set on ``canvas``; its
    date (for PDF/A) is the issue date, so that no clock enters the file."""
    invoice = computed.invoice
    seller = invoice.seller.name
    info = DocumentInfo(
        title=clean_text(title),
        author=clean_text(seller),
        subject=clean_text(f"{title} · {seller} · {invoice.buyer.name}"),
        creator="invoicekit",
        producer=PDFInfo.producer,
        date=dt.datetime.combine(invoice.issue_date, dt.time(), dt.UTC),
    )
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    plain_info(canvas)  # the same string rule as PDF/A's (U+007F, U+009F, U+00AD as UTF-16)
    return info


def render_pdf(
    computed: Computed,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    locale: str | None = None,
    template: str | None = None,
    brand: Brand | None = None,
    second_locale: str | None = None,
    paper: str | None = None,
    pdfa: bool = False,
) -> None:
    """Render ``computed`` as a PDF to ``out``: a path, ``"-"`` (standard output) or a binary
    file object. A path follows the rules of :func:`invoicekit.outputs.write_output`: a regular
    file is replaced atomically (nothing is left behind on failure) keeping its permissions, a
    device or FIFO is written through, a directory is refused with :class:`OutputError`.

    ``locale``: the document language (default: the document's ``locale``, else the buyer's,
    else the main language of the buyer's country). ``second_locale``: a language printed
    beside the labels ("Rechnung / Invoice"). ``template``: ``"invoice"`` or ``"receipt"``
    (default: ``"receipt"`` for receipts). ``paper``: ``"A4"`` or ``"Letter"`` (default: Letter
    for buyers in the US and Canada, else A4). ``pdfa``: write PDF/A-3b (XMP metadata, sRGB
    output intent; see docs/rendering.md). Raises :class:`RenderError` (and its
    :class:`BrandError`, :class:`FontError`) for a bad option, brand or font file,
    :class:`~invoicekit.errors.OutputError` for an output that cannot be written."""
    if isinstance(out, str | os.PathLike) and path_problem(out):  # before the work of rendering
        raise OutputError(shown(out), str(path_problem(out)))
    data = render_bytes(
        computed,
        locale=locale,
        template=template,
        brand=brand,
        second_locale=second_locale,
        paper=paper,
        pdfa=pdfa,
    )
    write_output(data, out)
