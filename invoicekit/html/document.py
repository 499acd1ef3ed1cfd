"""The HTML tree of one document, drawn from the presentation model and nothing else.

Every label, amount, date, note and tax row is the :class:`DocumentView`'s text, the same
the PDF prints; this module only decides markup. Data tables (lines, tax breakdown, totals,
key-value blocks) are semantic, with ``th`` and ``scope``; the layout around them is tables
with ``role="presentation"``, as mail clients need.
"""

from __future__ import annotations

import base64
import hashlib

from attrs import frozen

from ..presentation.model import (
    DocumentView,
    Field,
    Label,
    PartyBlock,
    QrCode,
    Row,
    SupportBlock,
    Table,
    Total,
)
from .markup import Element, h, join, lines

Child = Element | str


@frozen
class Options:
    """How to draw: ``email`` (greeting, presentation tables) or ``page``; the second
    language's tag for ``lang``; the logo's ``src`` (a URL, ``cid:`` or data URI) and alt."""

    mode: str
    second_lang: str | None
    logo_src: str | None
    cid_images: bool = False  # images as related parts of an e-mail (``cid:``), not data URIs


def label(text: Label, second_lang: str | None) -> list[Child]:
    """A label, with the second language below it in small type and its own ``lang``."""
    out: list[Child] = [text.text]
    if text.second is not None:
        out.append(h("span", {"class": "second", "lang": second_lang}, text.second))
    return out


def layout_row(*children: Child | None, cls: str = "pad") -> Element:
    """One row of the document's layout table."""
    return h("tr", None, h("td", {"class": cls}, *children))


def presentation(*rows: Element, cls: str) -> Element:
    return h("table", {"role": "presentation", "class": cls, "cellpadding": "0", "cellspacing": "0"}, *rows)


def header(view: DocumentView, opt: Options) -> Element:
    if opt.logo_src is not None:
        brand: Child = h(
            "img", {"class": "logo", "src": opt.logo_src, "alt": view.seller_name, "width": "160"}
        )
    else:
        brand = h("div", {"class": "brandname"}, view.seller_name)
    title = h("h1", {"class": "title"}, *label(view.title, opt.second_lang))
    number = h("div", {"class": "number"}, view.number)
    row = h(
        "tr",
        None,
        h("td", {"valign": "top"}, brand),
        h("td", {"class": "end", "valign": "top"}, title, number),
    )
    return presentation(row, cls="kv")


def greeting(view: DocumentView, opt: Options) -> list[Child]:
    """The greeting (and, but on a credit note, the thanks): in e-mails and on receipts."""
    if view.greeting is None or (opt.mode != "email" and view.template != "receipt"):
        return []
    out: list[Child] = [h("p", {"class": "greeting"}, view.greeting)]
    if view.thanks and view.kind != "credit_note":
        out.append(h("p", {"class": "greeting thanks"}, view.thanks))
    return out


def key_values(fields: tuple[Field, ...], opt: Options) -> Element:
    """A two-column table of labelled values (meta, payment, support)."""
    rows = [
        h(
            "tr",
            None,
            h("th", {"scope": "row"}, *label(f.label, opt.second_lang)),
            h("td", None, *lines(f.value)),
        )
        for f in fields
    ]
    return h("table", {"class": "kv"}, h("tbody", None, *rows))


def party(block: PartyBlock, opt: Options, colon: str) -> Element:
    parts: list[Child] = [
        h("div", {"class": "label"}, *label(block.label, opt.second_lang)),
        h("strong", None, block.name),
    ]
    if block.address:
        parts.append(h("div", None, *join(block.address, h("br"))))
    for field in (*block.ids, *((block.email,) if block.email else ())):
        parts.append(h("div", None, f"{field.label.joined}{colon}{field.value}"))
    return h("td", {"class": "party", "valign": "top", "width": "50%"}, *parts)


def parties(view: DocumentView, opt: Options) -> Element:
    cells = [party(block, opt, view.colon) for block in view.parties]
    return presentation(h("tr", None, *cells), cls="kv")


def grid(table: Table, opt: Options, cls: str) -> Element:
    """A data table: header cells with ``scope="col"``, one row per line, numbers at the end."""
    head = h(
        "tr",
        None,
        *(
            h(
                "th",
                {"scope": "col", "class": "num" if col.align == "end" else None},
                *label(col.label, opt.second_lang),
            )
            for col in table.columns
        ),
    )
    body = [grid_row(table, row) for row in table.rows]
    return h("table", {"class": f"grid {cls}"}, h("thead", None, head), h("tbody", None, *body))


def grid_row(table: Table, row: Row) -> Element:
    cells: list[Child] = []
    for col, text in zip(table.columns, row.cells, strict=True):
        is_desc = col.key in ("description", "tax")
        content: list[Child] = [*lines(text)]
        if col.key == "description":
            content += [h("span", {"class": "detail"}, *lines(d)) for d in row.details]
        cls = "desc" if is_desc else ("num" if col.align == "end" else None)
        if not text.strip() and not content[1:]:
            cls = f"{cls or ''} empty".strip()  # hidden where the table reflows into rows
        cells.append(h("td", {"class": cls, "data-label": None if is_desc else col.label.text}, *content))
    return h("tr", {"class": row.kind}, *cells)


def totals(items: tuple[Total, ...], opt: Options) -> Element:
    rows = [
        h(
            "tr",
            {"class": t.emphasis if t.emphasis != "normal" else None},
            h("th", {"scope": "row"}, *label(t.label, opt.second_lang)),
            h("td", None, t.value),
        )
        for t in items
    ]
    return h("table", {"class": "totals"}, h("tbody", None, *rows))


def qr_png(payload: str) -> bytes:
    """The PNG of a QR code: segno writes the same bytes for the same payload."""
    import io

    import segno

    out = io.BytesIO()
    segno.make_qr(payload, error="m", boost_error=False).save(out, kind="png", scale=4, border=4)
    return out.getvalue()


def image_cid(data: bytes, name: str) -> str:
    """The Content-ID of an image part: from its bytes, so the same image gives the same message."""
    return f"{name}.{hashlib.sha256(data).hexdigest()[:16]}@invoicekit"


def qr_code(code: QrCode, opt: Options) -> Element:
    """A QR code the document must carry (ZATCA), its caption beside it: a PNG data URI, or in
    an e-mail asked for ``cid:`` images a related part (Gmail hides data URIs). The same
    payload as the PDF's."""
    png = qr_png(code.payload)
    if opt.cid_images:
        src = f"cid:{image_cid(png, 'qr')}"
    else:
        src = f"data:image/png;base64,{base64.b64encode(png).decode('ascii')}"
    caption = code.caption.text if code.caption is not None else code.kind
    image = h("img", {"class": "qr", "src": src, "alt": caption, "width": "164", "height": "164"})
    text = h("div", {"class": "small"}, *label(code.caption, opt.second_lang)) if code.caption else None
    return h("div", {"class": "qrbox", "data-payload": code.payload}, image, text)


def heading(text: Label, opt: Options) -> Element:
    return h("h2", {"class": "heading"}, *label(text, opt.second_lang))


def support(block: SupportBlock, opt: Options) -> list[Child]:
    out: list[Child] = [heading(block.heading, opt), key_values(block.fields, opt)]
    if block.reply:
        out.append(h("p", {"class": "note"}, block.reply))
    return out


def body_rows(view: DocumentView, opt: Options) -> list[Element]:
    """The document top to bottom, each part a row of the layout table."""
    rows = [layout_row(header(view, opt)), layout_row(*greeting(view, opt)), layout_row(parties(view, opt))]
    rows.append(
        layout_row(key_values(view.meta, opt), h("p", None, view.reference) if view.reference else None)
    )
    rows.append(layout_row(grid(view.lines, opt, "lines")))
    if view.taxes.rows:
        rows.append(
            layout_row(
                heading(view.taxes.heading, opt) if view.taxes.heading else None,
                grid(view.taxes, opt, "taxes"),
            )
        )
    rows.append(
        layout_row(
            totals(view.totals, opt), h("p", {"class": "small"}, view.in_words) if view.in_words else None
        )
    )
    for code in view.qr:
        rows.append(layout_row(qr_code(code, opt)))
    if view.payment:
        rows.append(layout_row(heading(view.payment_heading, opt), key_values(view.payment, opt)))
    if view.notes:
        notes = [h("p", {"class": "note"}, *lines(n)) for n in view.notes]
        rows.append(layout_row(heading(view.notes_heading, opt), *notes))
    if view.support is not None:
        rows.append(layout_row(*support(view.support, opt)))
    if view.footer:
        rows.append(layout_row(h("p", {"class": "small"}, *join(view.footer, h("br")))))
    return [row for row in rows if row.children[0].children]  # type: ignore[union-attr]


def document_body(view: DocumentView, opt: Options) -> Element:
    """The ``body``: the document centred in a layout table."""
    inner = presentation(*body_rows(view, opt), cls="doc")
    outer = presentation(h("tr", None, h("td", {"align": "center"}, inner)), cls="wrap")
    return h("body", None, outer)
