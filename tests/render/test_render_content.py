"""What a rendered document says, read back with pypdf: labels, amounts in the locale's format,
rates, dates, notes and totals, for documents in many languages and scripts."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_percent

from invoicekit.i18n import best_locale, translate
from invoicekit.money import format_amount
from invoicekit.rules import notes as legal

from .conftest import EXAMPLES
from .pdfcheck import computed, normal, render, text

# (document, locale it is rendered in)
CASES = [
    ("de-invoice.toml", "de"),
    ("de-invoice.toml", "en"),
    ("i18n/fr-latin-invoice.toml", "fr"),
    ("i18n/uk-cyrillic-credit-note.toml", "uk"),
    ("i18n/el-greek-invoice.toml", "el"),
    ("i18n/ja-japanese-invoice.toml", "ja"),
    ("i18n/zh-chinese-invoice.toml", "zh"),
    ("i18n/ko-korean-invoice.toml", "ko"),
    ("i18n/ar-arabic-invoice.toml", "ar"),
    ("i18n/he-hebrew-invoice.toml", "he"),
    ("i18n/hi-devanagari-invoice.toml", "hi"),
    ("i18n/th-thai-receipt.toml", "th"),
]


def squash(value: str) -> str:
    """No whitespace at all: wrapped lines and extraction spacing do not matter."""
    return re.sub(r"\s+", "", normal(value))


def has(body: str, expected: str) -> bool:
    """``expected`` appears in ``body``; for right-to-left text, each of its words does (pypdf
    puts the neutral characters of a right-to-left line, such as quotes and dashes, elsewhere)."""
    if squash(expected) in squash(body):
        return True
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in expected):
        return False
    flat = squash(body)
    return all(word in flat for word in re.findall(r"\w+", normal(expected)))


def t(msgid: str, locale: str, **params: str) -> str:
    return translate(msgid, best_locale(locale) or "en", **params)


def money(amount: Decimal, currency: str, locale: str) -> str:
    """The oracle: Babel's own currency format (the amounts are already rounded)."""
    return normal(format_currency(amount, currency, locale=locale))


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], tuple[object, str]]:
    out = {}
    for name, locale in CASES:
        c = computed(EXAMPLES / name)
        out[(name, locale)] = (c, text(render(c.invoice and EXAMPLES / name, locale=locale)))
    return out


@pytest.mark.parametrize(("name", "locale"), CASES)
def test_labels_in_the_document_language(rendered, name: str, locale: str) -> None:
    c, body = rendered[(name, locale)]
    kind = c.invoice.kind
    title = {"invoice": "Invoice", "receipt": "Receipt", "credit_note": "Credit note"}[kind]
    wanted = [
        title,
        "Description",
        "Tax rate",
        "Tax breakdown",
        "Total net amount",
        "Total tax",
        "Total amount",
    ]
    wanted.append("Amount credited" if kind == "credit_note" else "Amount payable")
    if kind != "receipt":
        wanted += ["Seller", "Buyer"]
    for msgid in wanted:
        assert has(body, t(msgid, locale)), msgid
    assert has(body, t("Page %(page)s of %(pages)s", locale, page="1", pages="1"))


@pytest.mark.parametrize(("name", "locale"), CASES)
def test_amounts_in_the_locale_format(rendered, name: str, locale: str) -> None:
    c, body = rendered[(name, locale)]
    flat = squash(body)
    for amount in (c.net, c.tax, c.gross, c.payable):
        assert squash(money(amount, c.currency, locale)) in flat, amount
    for row in c.taxes:
        assert squash(money(row.base, c.currency, locale)) in flat
        assert squash(money(row.amount, c.currency, locale)) in flat
        percent = normal(format_percent(row.rate / 100, locale=locale, decimal_quantization=False))
        assert squash(percent) in flat, row.rate
    for line in c.lines:
        assert (
            squash(
                money(
                    line.gross if c.invoice.kind == "receipt" and c.invoice.prices_include_tax else line.net,
                    c.currency,
                    locale,
                )
            )
            in flat
        )


@pytest.mark.parametrize(("name", "locale"), CASES)
def test_descriptions_names_and_notes(rendered, name: str, locale: str) -> None:
    c, body = rendered[(name, locale)]
    flat = squash(body)
    inv = c.invoice
    assert squash(inv.number) in flat
    assert has(body, inv.seller.name)
    if inv.kind != "receipt":
        assert has(body, inv.buyer.name)
    if inv.seller.vat_id:
        assert squash(inv.seller.vat_id) in flat
    for line in inv.lines:
        assert has(body, line.description), line.description
    for note in inv.notes:
        assert has(body, note), note
    if inv.payment and inv.payment.iban:
        assert squash(inv.payment.iban) in flat


def test_german_invoice_reads_as_german() -> None:
    body = text(render(EXAMPLES / "de-invoice.toml"))
    for literal in (
        "27,45 €",
        "4,32 €",
        "31,77 €",
        "19 %",
        "7 %",
        "9,99 €",
        "02.05.2024",
        "30.04.2024",
        "DE89 3704 0044 0532 0130 00",
    ):
        assert literal in body, literal


def test_rates_are_printed_exactly() -> None:
    doc = {
        "number": "R-1",
        "issue_date": "2024-05-01",
        "currency": "CAD",
        "locale": "fr_CA",
        "seller": {"name": "Boutique", "address": {"country": "CA", "region": "QC"}},
        "buyer": {"name": "Client", "address": {"country": "CA", "region": "QC"}},
        "lines": [{"description": "Article", "unit_price": "10.00"}],
    }
    body = text(render(doc))
    assert "9,975 %" in body and "5 %" in body
    fr = text(render(EXAMPLES / "i18n/fr-latin-invoice.toml"))
    assert "5,5 %" in fr and "20 %" in fr
    ch = text(render(EXAMPLES / "i18n/he-hebrew-invoice.toml", locale="de_CH"))
    assert "8.1%" in ch or "8.1 %" in ch


def test_supply_date_only_when_it_differs() -> None:
    body = text(render(EXAMPLES / "de-invoice.toml", locale="en"))
    assert t("Date of supply", "en") in body and "Apr 30, 2024" in body
    # a French seller's invoice without a date of supply prints none (the German and Austrian
    # default to the issue date is tested in tests/presentation/test_local_documents.py)
    same = text(render(EXAMPLES / "i18n/zh-chinese-invoice.toml", locale="en"))
    assert t("Date of supply", "en") not in same


def test_credit_note_names_the_original_invoice() -> None:
    body = squash(text(render(EXAMPLES / "fr-credit-note.json")))
    assert squash(t("Credit note", "fr")) in body
    expected = t(
        "Credit note for invoice %(number)s of %(date)s", "fr", number="F-2024-311", date="28 mai 2024"
    )
    assert squash(expected) in body
    assert squash(t("Amount credited", "fr")) in body


def test_discounts_allowances_and_charges() -> None:
    c = computed(EXAMPLES / "at-invoice-allowance.json")
    body = squash(text(render(EXAMPLES / "at-invoice-allowance.json")))
    assert squash(t("Discount", "de")) in body
    discounted = next(line for line in c.lines if line.discount)
    assert squash(money(-discounted.discount, "EUR", "de_AT")) in body
    assert squash(t("Allowance", "de")) in body and squash("Stammkundenrabatt Zimmer") in body
    assert squash(t("Charge", "de")) in body and squash("Reinigung Seminarraum") in body


def test_legal_notes_in_the_rendered_language() -> None:
    c = computed(EXAMPLES / "eu-b2b-services.toml")
    assert c.reverse_charge
    for locale in ("fr", "de", "en"):
        body = squash(text(render(EXAMPLES / "eu-b2b-services.toml", locale=locale)))
        assert squash(t(legal.REVERSE_CHARGE, locale)) in body
        assert squash(t("Reverse charge", locale)) in body  # the breakdown's category
        assert squash("FR40303265045") in body


def test_second_language_beside_the_labels() -> None:
    body = text(render(EXAMPLES / "de-invoice.toml", locale="de", second_locale="en"))
    assert best_locale("de") != best_locale("en")
    assert squash(f"{t('Invoice', 'de')} / {t('Invoice', 'en')}") in squash(body)
    assert squash(t("Quantity", "en")) in squash(body) and squash(t("Quantity", "de")) in squash(body)


def test_receipt_is_simplified() -> None:
    c = computed(EXAMPLES / "ch-receipt.toml")
    body = squash(text(render(EXAMPLES / "ch-receipt.toml")))
    assert squash(t("Receipt", "de_CH")) in body
    assert squash(t("Buyer", "de_CH")) not in body  # a walk-in customer is not printed
    assert squash(money(c.payable, "CHF", "de_CH")) in body
    assert squash(t("Rounding", "de_CH")) in body  # cash rounding to 5 Rappen
    assert squash(t("Prices include tax", "de_CH")) in body


def test_invoice_template_for_a_receipt_document() -> None:
    body = squash(text(render(EXAMPLES / "ch-receipt.toml", template="invoice")))
    assert squash(t("Buyer", "de_CH")) in body


def test_amounts_keep_the_currency_digits() -> None:
    doc = {
        "number": "J-1",
        "issue_date": "2024-05-01",
        "currency": "JPY",
        "locale": "ja",
        "seller": {"name": "Shop GmbH", "address": {"country": "DE"}},
        "buyer": {"name": "Buyer", "address": {"country": "DE"}},
        "lines": [{"description": "Item", "unit_price": "1000"}],
    }
    c = computed(doc)
    body = text(render(doc))
    assert format_amount(c.payable, "JPY") == "1190"
    assert "￥1,190" in body or "¥1,190" in body
    assert "1,190.00" not in body


def test_unit_prices_keep_their_extra_digits() -> None:
    doc = {
        "number": "P-1",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "locale": "de",
        "seller": {"name": "Stadtwerke", "address": {"country": "DE"}},
        "buyer": {"name": "Kunde", "address": {"country": "DE"}},
        "lines": [{"description": "Strom", "quantity": "1234", "unit": "KWH", "unit_price": "0.251"}],
    }
    body = text(render(doc))
    assert "0,251 €" in body and "309,73 €" in body and "1.234" in body
