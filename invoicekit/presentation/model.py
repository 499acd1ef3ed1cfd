"""The presentation model: what a document says, decided once for every output.

A :class:`DocumentView` is made of frozen values only: translated labels, formatted values
(amounts, rates, dates already in the document's language, numbers wrapped in directional
isolates), the order of blocks and rows, legal notes and QR payloads. It knows nothing of
pages, fonts or reportlab: the PDF renderer (:mod:`invoicekit.render`) lays it out, the CLI
prints it as text, the HTML receipt draws it as markup. The shape is documented in
docs/presentation.md; fields are only ever added, never renamed, within a release.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from attrs import frozen

from .isolates import fsi

Align = Literal["start", "end"]
Emphasis = Literal["normal", "strong", "payable"]
RowKind = Literal["line", "allowance", "charge"]


@frozen
class Label:
    """A label in the document language and, when one is asked for and reads differently,
    the second language (``Rechnung`` / ``Invoice``)."""

    text: str
    second: str | None = None

    @property
    def joined(self) -> str:
        """Both languages on one line, each keeping its own direction:
        ``Rechnung / Invoice`` (the first alone when there is no second)."""
        if self.second is None:
            return self.text
        return f"{fsi(self.text)} / {fsi(self.second)}"


@frozen
class Field:
    """A labelled value: ``Issue date: 02.11.2026``, ``ИНН: 7707083893``."""

    key: str  # a stable name for outputs that style by meaning ("issue_date", "vat_id", "inn")
    label: Label
    value: str


@frozen
class PartyBlock:
    """Seller, buyer or tax representative: name, address lines in the country's order, the
    tax identifiers with their local labels, the e-mail address."""

    role: str  # "seller", "buyer", "tax_representative"
    label: Label
    name: str
    address: tuple[str, ...]
    ids: tuple[Field, ...]
    email: Field | None
    han_hint: str | None  # the CJK font the party's own text prefers (Jpan, Hans, Kore), if any


@frozen
class Column:
    """A table column: ``key`` (stable: "index", "description", "quantity", "unit",
    "unit_price", "discount", "rate", "amount"; "tax", "category", "base", "tax_amount"),
    its header and whether its values are numbers aligned at the end."""

    key: str
    label: Label
    align: Align


@frozen
class Row:
    """One row of a table: a formatted text per column, the small lines printed under the
    description (gross price, line allowances and charges), and the row's amount as a
    number (signed, in the document currency) for running subtotals."""

    cells: tuple[str, ...]
    details: tuple[str, ...] = ()
    kind: RowKind = "line"
    amount: Decimal | None = None
    running: str = ""  # the amount column's sum up to this row, formatted ("" when none)


@frozen
class Table:
    """A table: its heading (``None`` for the lines), columns and rows; for the lines, the
    labels of the running subtotal a page ends with (``carried``) and the next begins with
    (``brought``), the amount being the ``running`` value of the row before the break."""

    heading: Label | None
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    carried: Label | None = None
    brought: Label | None = None

    def column(self, key: str) -> int | None:
        """The index of the column ``key``, if the table has it."""
        return next((k for k, col in enumerate(self.columns) if col.key == key), None)


@frozen
class Total:
    """One line of the totals block: label, formatted amount, emphasis (the amount payable
    is ``payable``, the gross total ``strong``)."""

    key: str  # "net", "tax", "tax_in_tax_currency", "gross", "prepaid", "rounding", "payable"
    label: Label
    value: str
    emphasis: Emphasis = "normal"


@frozen
class QrCode:
    """A QR code the document must carry: ``kind`` ("zatca": the Saudi e-invoicing TLV in
    base64) and the exact text to encode."""

    kind: str
    payload: str
    caption: Label | None = None


@frozen
class SupportBlock:
    """The shop's support contact (brand ``[support_contact]``): heading, the channels and
    opening hours as fields, the reply time as a sentence ("We reply within 24 hours"), and
    the bare e-mail and chat addresses for outputs that link them."""

    heading: Label
    fields: tuple[Field, ...]
    reply: str | None
    email: str | None = None
    chat_url: str | None = None


@frozen
class PageNumbers:
    """ "Page X of Y" in the document's languages, filled in once the pages are counted."""

    template: Label  # with the placeholders {page} and {pages}

    def text(self, page: str, pages: str) -> str:
        filled = self.template.joined
        return filled.replace("{page}", page).replace("{pages}", pages)


@frozen
class DocumentView:
    """A whole document as its outputs show it, top to bottom."""

    locale: str  # the Babel locale of the document language ("de_DE", "ar_SA")
    language: str  # its language code ("de")
    rtl: bool
    cjk: str  # the CJK font for Han characters without other hints (Jpan, Hans, Kore)
    paper: str  # "A4" or "LETTER"
    kind: str  # invoice, receipt, credit_note
    template: str  # invoice or receipt
    title: Label
    title_plain: str  # the title alone in the document language (PDF metadata, running header)
    number: str
    seller_name: str  # the name shown at the top when the brand has no logo
    parties: tuple[PartyBlock, ...]  # seller, then a tax representative, then the buyer
    meta: tuple[Field, ...]  # number, issue date, supply date, due date
    reference: str | None  # "Credit note for invoice ... of ..."
    lines: Table
    taxes: Table
    totals: tuple[Total, ...]
    in_words: str | None  # the amount payable in words, where the country's documents carry it
    payment: tuple[Field, ...]
    payment_heading: Label
    notes: tuple[str, ...]
    notes_heading: Label
    qr: tuple[QrCode, ...]
    running_header: str  # the top of every page after the first
    footer: tuple[str, ...]  # the brand's footer, contact and support lines
    pages: PageNumbers
    buyer_name: str = ""  # the buyer's name as written (the greeting's, the e-mail's To)
    greeting: str | None = None  # "Hello Anna Schmidt," (the brand's template or the catalog's)
    thanks: str | None = None  # "Thank you for your order." (receipts and e-mails)
    support: SupportBlock | None = None  # the brand's support block, if it has one
    colon: str = ": "  # what joins a label and its value ("\u00a0: " in fr; languages.toml)

    def party(self, role: str) -> PartyBlock | None:
        """The party block ``role`` ("seller", "buyer", "tax_representative"), if shown."""
        return next((p for p in self.parties if p.role == role), None)
