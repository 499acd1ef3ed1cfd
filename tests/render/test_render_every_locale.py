"""Every catalog language, every example, every document kind and every script, without
rendering every example in every language.

The plan (:func:`plan`): each example is rendered in its own language (the ``locale`` it
names), and each of the 35 catalog locales renders an invoice, a receipt and a credit note,
taking the examples of each kind in turn, so that every example is also rendered in at least
one other language. Each rendering is read back and must show

* the labels the renderer prints for that document, as the locale's catalog translates them
  (``translate`` with the msgids; which labels a document carries follows from its content),
* every amount the computation produced (totals, tax rows, lines, unit prices, discounts,
  allowances, charges, cash rounding) and the tax rates, each as Babel formats that value for
  the locale,
* the dates in the locale's medium format,
* no character drawn without a glyph, nor replaced by the mark (U+FFFD) the renderer draws for
  a character no font has.

Right-to-left documents (ar, he) are read in logical order: the pieces of a line are drawn
left to right, so a line reads from its last piece to its first.
"""

from __future__ import annotations

import io
import re
import unicodedata
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pycountry
import pytest
from babel import Locale
from babel.core import get_global, parse_locale
from babel.dates import format_date
from babel.numbers import format_currency, format_percent
from support import doc as minimal_document

import invoicekit
from invoicekit.i18n import LOCALES, best_locale, translate
from invoicekit.profiles import profile
from invoicekit.render import render_bytes

from .pdfcheck import Reading, missing_glyphs, normal, read

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(
    p for p in (ROOT / "examples").rglob("*") if p.suffix in (".json", ".toml") and "brand" not in p.parts
)
KINDS = ("invoice", "receipt", "credit_note")
# The scripts of the examples in examples/i18n (and the Latin ones): each must be rendered in a
# locale written in it.
SCRIPTS = {"Latn", "Cyrl", "Grek", "Arab", "Hebr", "Deva", "Thai", "Jpan", "Hans", "Kore"}


@cache
def loaded(path: Path) -> invoicekit.Invoice:
    return invoicekit.load(path)


@cache
def computed(path: Path) -> invoicekit.Computed:
    return invoicekit.compute(loaded(path))


def own_locale(path: Path) -> str:
    """The language an example says it is written in."""
    locale = loaded(path).locale
    assert locale, f"{path.name} names no locale"
    return locale


class Case(NamedTuple):
    path: Path
    locale: str | None  # None: the document's own language, chosen by the renderer

    @property
    def language(self) -> str:
        """The locale the document must read in."""
        return self.locale or own_locale(self.path)

    @property
    def catalog(self) -> str:
        return best_locale(self.language)

    @property
    def id(self) -> str:
        return f"{self.path.stem}-{self.locale or 'own=' + own_locale(self.path)}"


def plan() -> list[Case]:
    """Each example in its own language; then, for each kind, every catalog locale that has no
    document of that kind yet gets the next example of that kind (in file order, round robin)."""
    cases = [Case(path, None) for path in EXAMPLES]
    covered = {(case.catalog, loaded(case.path).kind) for case in cases}
    for kind in KINDS:
        documents = [path for path in EXAMPLES if loaded(path).kind == kind]
        wanting = [locale for locale in LOCALES if (locale, kind) not in covered]
        if documents:  # else test_the_plan_covers_everything says what is missing
            cases += [Case(documents[k % len(documents)], locale) for k, locale in enumerate(wanting)]
    return cases


PLAN = plan()


def script(locale: str) -> str:
    """The script a locale is written in, from CLDR's likely subtags (``uk`` -> ``Cyrl``)."""
    language, _territory, script, _variant = parse_locale(locale)
    return script or parse_locale(get_global("likely_subtags")[language])[2]


def test_examples_are_found() -> None:
    assert len(EXAMPLES) >= 20


def test_the_plan_covers_everything() -> None:
    # every catalog locale renders every kind of document, in that catalog's words
    assert {(case.catalog, loaded(case.path).kind) for case in PLAN} == {
        (locale, kind) for locale in LOCALES for kind in KINDS
    }
    for path in EXAMPLES:
        mine = [case for case in PLAN if case.path == path]
        assert Case(path, None) in mine, path.name  # in its own language
        assert any(case.catalog != best_locale(own_locale(path)) for case in mine), path.name  # and another
    # every script family, in a locale of its own script
    assert {script(own_locale(path)) for path in EXAMPLES} >= SCRIPTS
    # no rendering twice, and far fewer than every example in every locale
    assert len(set(PLAN)) == len(PLAN)
    assert len(PLAN) <= len(EXAMPLES) + len(LOCALES) * len(KINDS)


# --- what a rendering must show ---

# EN 16931 tax category codes and the words the catalogs have for them; S (standard rated,
# any positive rate) is not named: its rate says it.
CATEGORIES = {
    "Z": "Zero rated",
    "E": "Exempt from tax",
    "AE": "Reverse charge",
    "K": "Intra-Community supply",
    "G": "Export",
    "O": "Outside the scope of tax",
}
PIECE_UNITS = {"C62", "H87", "EA"}  # UN/ECE Rec. 20 "one", "piece", "each": no unit column


def business_date(day: object, language: str, seller_country: str = "") -> str:
    """A date as business documents write it: an Indian seller's in digits, day first, in
    every language (06/10/2025); digits in Russian, Ukrainian and Belarusian (02.11.2026,
    GOST R 7.0.97-2016); CLDR's medium format elsewhere."""
    if seller_country == "IN":
        return f"{day:%d/%m/%Y}"
    if language.split("_")[0] in ("ru", "uk", "be"):
        return f"{day:%d.%m.%Y}"
    return str(format_date(day, "medium", locale=language))


def local_tax_id_label(party: invoicekit.Party, c: invoicekit.Computed, language: str) -> str | None:
    """The label a country profile gives the party's tax ID scheme (ИНН, GSTIN) in
    ``language``, if any (AT's "UID-Nr." is German only: other languages print the catalog's)."""
    from invoicekit.profiles import profile
    from invoicekit.taxid.validate import validate_tax_id

    found = validate_tax_id(party.vat_id or "", party.country)
    return profile(found.country or party.country).tax_id_label(found.scheme, language.split("_")[0])


TAX_WORDED = {"Tax rate", "Tax breakdown", "Tax", "Taxable amount", "Tax amount", "Total net amount"}
TAX_WORDED |= {"Total tax", "Total tax included", "Total amount", "Net amount"}


def labels(c: invoicekit.Computed, language: str) -> list[str]:
    """The msgids of the labels printed on a document (default template), from its content:
    Article 226 of Directive 2006/112/EC for invoices and credit notes, 226b for receipts."""
    inv = c.invoice
    receipt = inv.kind == "receipt"
    title = {"invoice": "Invoice", "receipt": "Receipt", "credit_note": "Credit note"}[inv.kind]
    # Indian and Saudi sellers' invoices carry the local title "Tax Invoice" instead
    # (tests/presentation/test_local_documents.py)
    local_title = inv.kind != "credit_note" and inv.seller.country in ("IN", "SA")
    wanted = [] if local_title else [title]
    wanted += [f"{title} number", "Issue date", "Seller", "Description", "Quantity", "Unit price"]
    wanted += ["Tax rate", "Tax breakdown", "Tax", "Category", "Taxable amount", "Tax amount"]
    wanted += ["Total net amount", "Total tax included" if inv.prices_include_tax else "Total tax"]
    wanted += ["Total amount"]
    wanted.append("Amount credited" if inv.kind == "credit_note" else "Amount payable")
    wanted.append("Line total" if receipt and inv.prices_include_tax else "Net amount")  # line column
    parties = [inv.seller]
    if not receipt or inv.buyer.vat_id:  # a receipt names no walk-in customer
        wanted.append("Buyer")
        parties.append(inv.buyer)
    if any(party.vat_id and not local_tax_id_label(party, c, language) for party in parties):
        wanted.append("VAT ID")  # the catalog's label, where the country profile has no local one
    if any(party.email for party in parties):
        wanted.append("Email")
    if inv.supply_date and inv.supply_date != inv.issue_date:
        wanted.append("Date of supply")
    if inv.due_date and not receipt:
        wanted.append("Due date")
    if any(line.line.unit not in PIECE_UNITS for line in c.lines):
        wanted.append("Unit")
    if any(line.discount for line in c.lines):
        wanted.append("Discount")
    if c.allowances:
        wanted.append("Allowance")
    if c.charges:
        wanted.append("Charge")
    if c.rounding:
        wanted.append("Rounding")
    wanted += [CATEGORIES[row.category] for row in c.taxes if row.category in CATEGORIES]
    pay = inv.payment
    if pay is not None and not receipt:
        payment = {
            "Payment terms": pay.terms,
            "IBAN": pay.iban,
            "BIC": pay.bic,
            "Payment reference": pay.reference,
        }
        wanted += [msgid for msgid, value in payment.items() if value]
        if any(payment.values()):
            wanted.append("Payment")
    if inv.notes or c.legal_notes or inv.prices_include_tax:
        wanted.append("Notes")
    if c.taxes and not all(profile(line.jurisdiction.split("-")[0]).vat for line in c.lines):
        # taxes that are not VAT (Québec, India): the headers and totals name them instead
        # ("Total des taxes", "Total GST"), checked in tests/presentation/test_tax_headers.py
        wanted = [msgid for msgid in wanted if msgid not in TAX_WORDED]
    return wanted


def paragraphs(c: invoicekit.Computed, language: str, pages: int) -> list[str]:
    """Translated sentences with values filled in: legal notes, the credit note's reference
    to its invoice, "Prices include tax", and "Page X of Y" on every page."""
    inv = c.invoice
    out = []
    for note in c.legal_notes:
        params = dict(note.params)
        if "country" in params:  # the tax rules name countries in English; printed in the language
            code = pycountry.countries.lookup(params["country"]).alpha_2
            params["country"] = Locale.parse(language).territories[code]
        out.append(translate(note.msgid, language, **params))
    if inv.kind == "credit_note" and inv.original is not None:
        date = business_date(inv.original.issue_date, language)
        out.append(
            translate(
                "Credit note for invoice %(number)s of %(date)s",
                language,
                number=inv.original.number,
                date=date,
            )
        )
    if inv.prices_include_tax:
        out.append(translate("Prices include tax", language))
    out += [
        translate("Page %(page)s of %(pages)s", language, page=k, pages=pages) for k in range(1, pages + 1)
    ]
    return out


def amounts(c: invoicekit.Computed, language: str) -> list[str]:
    """Every amount and rate the computation produced, formatted by Babel for ``language``
    with Latin digits (the amounts are already rounded to the currency's minor units)."""
    inv = c.invoice
    inclusive = inv.kind == "receipt" and inv.prices_include_tax  # a receipt shows gross lines

    def money(amount: Decimal, **options: bool) -> str:
        return format_currency(amount, c.currency, locale=language, numbering_system="latn", **options)

    out = [money(c.net), money(c.tax), money(c.gross), money(c.payable)]
    if c.rounding:
        out.append(money(c.rounding))
    for row in c.taxes:
        out += [money(row.base), money(row.amount)]
        out.append(
            format_percent(
                row.rate / 100, locale=language, numbering_system="latn", decimal_quantization=False
            )
        )
    for line in c.lines:
        out.append(money(line.gross if inclusive else line.net))
        out.append(money(line.line.unit_price, decimal_quantization=False))  # as many digits as given
        if line.discount:
            out.append(money(-line.discount))
    for adjustments, sign in ((c.allowances, -1), (c.charges, 1)):
        out += [money(sign * (adj.gross if inclusive else adj.net)) for adj in adjustments]
    return out


# --- reading a rendering back ---

MIRRORED = str.maketrans(")]}>\u00bb\u203a", "([{<\u00ab\u2039")  # closing -> opening


def squash(value: str, rtl: bool) -> str:
    """No whitespace and no format characters (bidi marks); in right-to-left text a bracket
    and its mirror image are the same (a right-to-left run draws "(" with the glyph of ")",
    and extraction may report either)."""
    value = "".join(ch for ch in normal(value) if not ch.isspace() and unicodedata.category(ch) != "Cf")
    return value.translate(MIRRORED) if rtl else value


class Rendered:
    """A rendering read back: its pieces ("cells") and its text in reading order, squashed."""

    def __init__(self, reading: Reading, rtl: bool) -> None:
        self.reading, self.rtl = reading, rtl
        self.cells = [[squash(p.text, rtl) for p in page] for page in reading.pages]  # drawing order
        lines: list[list[str]] = []  # the pieces of each line (same baseline), top to bottom
        for page in reading.pages:
            y = None
            for piece in page:
                if piece.y != y:
                    lines.append([])
                    y = piece.y
                lines[-1].append(piece.text)
        self.text = "".join(squash("".join(reversed(line) if rtl else line), rtl) for line in lines)

    def has_label(self, label: str) -> bool:
        """``label`` is a cell of its own: one piece, or up to four consecutive ones (a label
        wrapped in a narrow column), or the start of a cell, followed by a colon ("VAT ID: …",
        "Charge: cleaning")."""
        wanted = squash(label, self.rtl)
        for page in self.cells:
            for start in range(len(page)):
                joined = ""
                for piece in page[start : start + 4]:
                    joined += piece
                    if joined == wanted or joined.startswith(wanted + ":"):
                        return True
        return False

    def shows(self, value: str) -> bool:
        """``value`` is a whole cell (one piece)."""
        wanted = squash(value, self.rtl)
        return any(wanted in page for page in self.cells)


@cache
def rendered(case: Case) -> Rendered:
    pdf = render_bytes(computed(case.path), locale=case.locale)
    assert pdf.startswith(b"%PDF-")
    return Rendered(read(pdf), Locale.parse(case.language).character_order == "right-to-left")


CASES = pytest.mark.parametrize("case", PLAN, ids=[case.id for case in PLAN])


@CASES
def test_labels_are_the_catalogs(case: Case) -> None:
    c, doc = computed(case.path), rendered(case)
    absent = [msgid for msgid in labels(c, case.language) if not doc.has_label(translate(msgid, case.language))]
    assert absent == [], f"labels not printed in {case.catalog}"
    text = doc.text
    for sentence in paragraphs(c, case.language, len(doc.reading.pages)):
        assert squash(sentence, doc.rtl) in text, sentence


@CASES
def test_amounts_and_rates_are_the_computed_ones_in_the_locale_format(case: Case) -> None:
    c, doc = computed(case.path), rendered(case)
    absent = [amount for amount in amounts(c, case.language) if not doc.shows(amount)]
    assert absent == [], f"amounts not printed as {case.language} writes them"


@CASES
def test_dates_in_the_locale_format(case: Case) -> None:
    inv, doc = computed(case.path).invoice, rendered(case)
    dates = [inv.issue_date]
    if inv.supply_date and inv.supply_date != inv.issue_date:
        dates.append(inv.supply_date)
    if inv.due_date and inv.kind != "receipt":
        dates.append(inv.due_date)
    for day in dates:  # CLDR's medium format ("02.05.2024", "2 mai 2024", "2024年5月2日")
        assert squash(business_date(day, case.language, inv.seller.country), doc.rtl) in doc.text, day


@CASES
def test_every_character_has_a_glyph(case: Case) -> None:
    reading = rendered(case).reading
    assert reading.missing == []  # no .notdef box
    # nor the replacement mark the renderer draws for a character no font has
    assert [p.text for page in reading.pages for p in page if "\ufffd" in p.text] == []


# --- the checks can fail ---


def test_a_character_the_font_lacks_is_reported() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("LatinOnly", str(ROOT / "fonts" / "NotoSans-Regular.ttf")))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("LatinOnly", 12)
    canvas.drawString(72, 720, "Rechnung 株")  # Noto Sans has no Han characters
    canvas.save()
    pdf = buffer.getvalue()
    assert [code for _, _, code in read(pdf).missing] == [0]
    assert read(pdf).missing == missing_glyphs(pdf)
    # a character no font has is drawn as a replacement mark, which the glyph test looks for
    doc = minimal_document(number="G-1", locale="de", lines=[{"description": "Tasse \U0001f600", "unit_price": "10.00"}])
    pieces = read(render_bytes(invoicekit.compute(invoicekit.load(doc)))).pages[0]
    assert any("\ufffd" in piece.text for piece in pieces)


def test_a_wrong_label_or_amount_is_not_found() -> None:
    case = next(case for case in PLAN if case.catalog == "de" and loaded(case.path).kind == "credit_note")
    doc, c = rendered(case), computed(case.path)
    title, invoice = translate("Credit note", "de"), translate("Invoice", "de")
    assert title.startswith(invoice) and invoice in doc.text  # "Rechnung" in "Rechnungskorrektur"
    assert doc.has_label(title) and not doc.has_label(invoice)  # but it is no label of a credit note
    assert not doc.has_label(translate("Amount payable", "de"))
    assert doc.shows(format_currency(c.payable, c.currency, locale="de"))
    assert not doc.shows(format_currency(c.payable + Decimal("0.01"), c.currency, locale="de"))
    assert not doc.shows(format_currency(c.payable, c.currency, locale="en"))  # "€…" is not German
    assert not doc.shows(format_currency(c.payable, c.currency, locale="de")[:-1])  # part of a cell


def test_right_to_left_lines_read_in_logical_order() -> None:
    """In Hebrew the credit note's reference to its invoice reads right to left: the words,
    then the number, then the date, as the catalog writes it; read left to right it does not."""
    case = next(case for case in PLAN if case.catalog == "he" and loaded(case.path).kind == "credit_note")
    doc, inv = rendered(case), computed(case.path).invoice
    assert doc.rtl and inv.original is not None
    date = format_date(inv.original.issue_date, "medium", locale="he")
    sentence = translate(
        "Credit note for invoice %(number)s of %(date)s", "he", number=inv.original.number, date=date
    )
    assert re.search(r"[\u0590-\u05ff]", sentence)  # Hebrew words around the number and date
    assert squash(sentence, True) in doc.text
    assert squash(sentence, True) not in Rendered(doc.reading, False).text.translate(MIRRORED)
