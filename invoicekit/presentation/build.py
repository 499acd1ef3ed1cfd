"""``present(computed, ...)``: the :class:`DocumentView` of a computed document.

A pure function: the same computed document, locale, brand and paper give the same view.
What a document says (which blocks, which rows, which labels, the legal notes) is decided
here once; the PDF renderer, the CLI and the HTML receipt only draw it.
"""

from __future__ import annotations

from typing import Protocol

from ..language import document_locale
from ..model import Invoice
from ..printed_notes import notes, supply_date_defaulted
from ..profiles import profile
from ..result import Computed
from .errors import RenderError
from .extras import in_words, local_title, place_of_supply, qr_codes
from .labels import Labels, cjk_font_script
from .model import DocumentView, Field, Label, PageNumbers, Total
from .parties import label, party_block, party_han_hint
from .support import greeting, support_block
from .tables import lines_table, tax_table
from .taxwords import tax_label

TEMPLATES = ("invoice", "receipt")
PAPERS = ("A4", "LETTER")


class BrandText(Protocol):
    """What the view takes from a brand: its name and footer lines (a
    :class:`~invoicekit.render.Brand` is one)."""

    @property
    def name(self) -> str | None: ...
    @property
    def footer(self) -> str | None: ...
    @property
    def contact(self) -> str | None: ...
    @property
    def support(self) -> str | None: ...


def choose_template(invoice: Invoice, template: str | None) -> str:
    """``template``, else ``receipt`` for receipts and ``invoice`` for the rest."""
    chosen = template or ("receipt" if invoice.kind == "receipt" else "invoice")
    if chosen not in TEMPLATES:
        raise RenderError(f"unknown template {chosen!r} (use {' or '.join(TEMPLATES)})")
    return chosen


def choose_paper(invoice: Invoice, paper: str | None) -> str:
    """The paper of the buyer's country profile (Letter in the US and Canada, else A4),
    unless ``paper`` says otherwise."""
    if paper is None:
        return profile(invoice.buyer.country).paper
    chosen = paper.strip().upper()
    if chosen not in PAPERS:
        raise RenderError(f"unknown paper {paper!r} (use A4 or Letter)")
    return chosen


def title_msgid(kind: str, receipt: bool) -> str:
    if kind == "credit_note":
        return "Credit note"
    return "Receipt" if receipt else "Invoice"


def document_cjk(labels: Labels, computed: Computed) -> str:
    """The CJK font for Han characters without other hints: the document language's, else the
    buyer's or seller's country's, else Japanese."""
    for candidate in (
        cjk_font_script(labels.babel),
        labels.second and cjk_font_script(labels.second.babel),
        party_han_hint(computed.invoice.buyer),
        party_han_hint(computed.invoice.seller),
    ):
        if candidate:
            return candidate
    return "Jpan"


def _meta(labels: Labels, computed: Computed, title: str, receipt: bool) -> tuple[Field, ...]:
    """Number, issue date, supply date (where it differs, or defaulted to the issue date
    where the country requires one), due date (not on receipts), place of supply."""
    invoice = computed.invoice
    number = {"Credit note": "Credit note number", "Receipt": "Receipt number"}.get(title, "Invoice number")
    items = [
        Field("number", label(labels, number), labels.code(invoice.number)),
        Field("issue_date", label(labels, "Issue date"), labels.date(invoice.issue_date)),
    ]
    if invoice.supply_date and invoice.supply_date != invoice.issue_date:
        items.append(Field("supply_date", label(labels, "Date of supply"), labels.date(invoice.supply_date)))
    elif supply_date_defaulted(computed):
        items.append(Field("supply_date", label(labels, "Date of supply"), labels.date(invoice.issue_date)))
    if invoice.due_date and not receipt:
        items.append(Field("due_date", label(labels, "Due date"), labels.date(invoice.due_date)))
    place = place_of_supply(labels, computed)
    if place is not None:
        items.append(place)
    return tuple(items)


def _reference(labels: Labels, invoice: Invoice) -> str | None:
    if invoice.kind != "credit_note" or invoice.original is None:
        return None
    return labels.t(
        "Credit note for invoice %(number)s of %(date)s",
        number=labels.code(invoice.original.number),
        date=labels.date(invoice.original.issue_date),
    )


# The tax total's label: added to the net prices, or contained in prices that include it
# (the Russian wording the issue asks for: docs/translations.md).
_TAX_TOTAL = {False: "Total tax", True: "Total tax included"}


def _totals(labels: Labels, computed: Computed) -> tuple[Total, ...]:
    """The totals block, top to bottom. The tax in the VAT accounting currency follows the
    total tax (Article 230 of Directive 2006/112/EC); the prepaid amount and the rounding
    come between the total and the amount payable, in the order of BR-CO-16."""
    c, cur, invoice = computed, computed.currency, computed.invoice
    entries = [
        Total("net", tax_label(labels, c, "Total net amount"), labels.money(c.net, cur)),
        Total("tax", tax_label(labels, c, _TAX_TOTAL[invoice.prices_include_tax]), labels.money(c.tax, cur)),
    ]
    chosen = invoice.tax_currency
    if chosen is not None and c.tax_in_tax_currency is not None:
        msgid = "Total tax in %(currency)s (exchange rate %(rate)s)"
        text = tax_label(labels, c, msgid, currency=chosen.currency, rate=labels.number(chosen.exchange_rate))
        entries.append(
            Total("tax_in_tax_currency", text, labels.money(c.tax_in_tax_currency, chosen.currency))
        )
    entries.append(Total("gross", tax_label(labels, c, "Total amount"), labels.money(c.gross, cur), "strong"))
    for key, msgid, amount in (
        ("prepaid", "Prepaid amount", -c.prepaid),
        ("rounding", "Rounding", c.rounding),
    ):
        if amount:
            entries.append(Total(key, label(labels, msgid), labels.money(amount, cur)))
    final = "Amount credited" if invoice.kind == "credit_note" else "Amount payable"
    entries.append(Total("payable", label(labels, final), labels.money(c.payable, cur), "payable"))
    return tuple(entries)


def _payment(labels: Labels, invoice: Invoice, receipt: bool) -> tuple[Field, ...]:
    pay = invoice.payment
    if pay is None or receipt:
        return ()
    pairs: list[tuple[str, str, str]] = []
    if pay.terms:
        pairs.append(("terms", "Payment terms", pay.terms))
    if pay.iban:
        pairs.append(("iban", "IBAN", labels.iban(pay.iban)))
    if pay.bic:
        pairs.append(("bic", "BIC", labels.code(pay.bic)))
    if pay.reference:
        pairs.append(("reference", "Payment reference", labels.code(pay.reference)))
    return tuple(Field(key, label(labels, msgid), value) for key, msgid, value in pairs)


def present(
    computed: Computed,
    *,
    locale: str | None = None,
    second_locale: str | None = None,
    brand: BrandText | None = None,
    paper: str | None = None,
    template: str | None = None,
) -> DocumentView:
    """The view of ``computed`` in ``locale`` (default: the document's, else the buyer's, else
    the main language of the buyer's country), with ``second_locale`` beside the labels.
    Raises :class:`RenderError` for an unknown template, locale or paper."""
    invoice = computed.invoice
    chosen = choose_template(invoice, template)
    date_style = profile(invoice.seller.country).date  # dd/MM/yyyy on an Indian seller's documents
    labels = Labels(locale or document_locale(invoice), second_locale, date_style=date_style)
    receipt = chosen == "receipt"
    title = title_msgid(invoice.kind, receipt)
    parties = [party_block(labels, invoice.seller, "seller", "Seller")]
    if invoice.tax_representative is not None:  # BG-11, printed under the seller it acts for
        parties.append(
            party_block(labels, invoice.tax_representative, "tax_representative", "Tax representative")
        )
    if not receipt or invoice.buyer.vat_id:
        parties.append(party_block(labels, invoice.buyer, "buyer", "Buyer"))
    number = labels.code(invoice.number)
    local = local_title(labels, computed, receipt)
    title_label = Label(*local) if local else label(labels, title)
    footer = tuple(x for x in (brand.footer, brand.contact, brand.support) if x) if brand else ()
    return DocumentView(
        locale=labels.name,
        language=labels.babel.language,
        rtl=labels.rtl,
        cjk=document_cjk(labels, computed),
        paper=choose_paper(invoice, paper),
        kind=invoice.kind,
        template=chosen,
        title=title_label,
        title_plain=title_label.text,
        number=number,
        seller_name=(brand.name if brand else None) or invoice.seller.name,
        parties=tuple(parties),
        meta=_meta(labels, computed, title, receipt),
        reference=_reference(labels, invoice),
        lines=lines_table(labels, computed, receipt),
        taxes=tax_table(labels, computed),
        totals=_totals(labels, computed),
        in_words=in_words(labels, computed),
        payment=_payment(labels, invoice, receipt),
        payment_heading=label(labels, "Payment"),
        notes=notes(labels, computed),
        notes_heading=label(labels, "Notes"),
        qr=qr_codes(labels, computed),
        running_header=f"{title_label.text} {number} · {invoice.seller.name}",
        footer=footer,
        pages=PageNumbers(label(labels, "Page %(page)s of %(pages)s", page="{page}", pages="{pages}")),
        buyer_name=invoice.buyer.name,
        greeting=greeting(labels, brand, invoice.buyer.name),
        thanks=labels.t("Thank you for your order."),
        support=support_block(labels, brand) if brand else None,
        colon=labels.colon,
    )
