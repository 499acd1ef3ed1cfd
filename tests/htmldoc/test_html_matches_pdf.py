"""Golden structure tests: the HTML says what the PDF says.

Each document is rendered as a PDF and as an HTML page from the same computed document and
language; the HTML is parsed with the standard library's parser, and every word of its
title, labels, totals, tax rows and notes must be read back from the PDF (by pypdf or pdfium,
as the PDF tests read text). Not string snapshots: markup may change, content may not.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from render.pdfcheck import render
from render.test_render_no_text_lost import missing_words

import invoicekit
from invoicekit.html import render_html

from .htmlcheck import Node, normal, parse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DE = EXAMPLES / "de-invoice.toml"


def contents(root: Node) -> dict[str, list[str]]:
    """What the HTML shows, by kind: title, column headers, meta labels, totals, notes."""
    totals = root.find("table", "totals")
    notes = [p.text() for p in root.find_all("p", "note")]
    return {
        "title": [root.find("h1", "title").own_text(), root.find("div", "number").text()],
        "headers": [th.own_text() for table in root.find_all("table", "grid") for th in table.find_all("th")],
        "cells": [td.text() for table in root.find_all("table", "grid") for td in table.find_all("td")],
        "labels": [th.own_text() for table in root.find_all("table", "kv") for th in table.find_all("th")],
        "values": [td.text() for table in root.find_all("table", "kv") for td in table.find_all("td")],
        "totals": [th.own_text() for th in totals.find_all("th")]
        + [td.text() for td in totals.find_all("td")],
        "notes": notes,
    }


def words(text: str, rtl: bool) -> str:
    """``text``; in a right-to-left document without punctuation, which each extractor puts
    on either side of the Arabic word it follows (a colon, a comma, mirrored brackets)."""
    if not rtl:
        return text
    return "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)


CASES = [
    (DE, "de"),
    (DE, "ru"),
    (DE, "uk"),
    (DE, "be"),
    (DE, "ar"),
    (DE, "ja"),
    (EXAMPLES / "i18n" / "ar-arabic-invoice.toml", None),
    (EXAMPLES / "i18n" / "ja-japanese-invoice.toml", None),
    (EXAMPLES / "i18n" / "uk-cyrillic-credit-note.toml", None),
    (EXAMPLES / "eu-b2b-services.toml", "ru"),  # a reverse-charge note
]


@pytest.mark.parametrize(("path", "locale"), CASES, ids=lambda v: getattr(v, "stem", v))
def test_every_word_of_the_html_is_in_the_pdf(path: Path, locale: str | None) -> None:
    computed = invoicekit.compute(invoicekit.load(path))
    root = parse(render_html(computed, locale=locale, mode="page"))
    pdf = render(path, locale=locale)
    found = contents(root)
    rtl = root.find("html").attrs["dir"] == "rtl"
    for kind, texts in found.items():
        assert texts or kind in ("notes", "values"), kind
        assert missing_words(pdf, [words(t, rtl) for t in texts]) == [], kind


def test_a_reverse_charge_note_is_printed_in_both() -> None:
    root = parse(
        render_html(invoicekit.compute(invoicekit.load(EXAMPLES / "eu-b2b-services.toml")), mode="page")
    )
    notes = " ".join(normal(p.text()) for p in root.find_all("p", "note"))
    assert "2006/112" in notes  # the legal note cites the Directive


def totals(root: Node) -> list[tuple[str, str]]:
    table = root.find("table", "totals")
    return [(normal(tr.find("th").own_text()), normal(tr.find("td").text())) for tr in table.find_all("tr")]


def test_the_german_totals_are_the_hand_checked_amounts() -> None:
    # examples/de-invoice.toml: 2 x 9.99 = 19.98 at 19 % -> 3.7962 -> 3.80; 3 x 2.49 = 7.47
    # at 7 % -> 0.5229 -> 0.52; net 27.45, tax 4.32, gross 31.77 (the README's figures)
    root = parse(render_html(invoicekit.compute(invoicekit.load(DE)), locale="de"))
    assert totals(root) == [
        ("Gesamtbetrag netto", "27,45 €"),
        ("USt. gesamt", "4,32 €"),
        ("Gesamtbetrag", "31,77 €"),
        ("Zahlbetrag", "31,77 €"),
    ]


def test_the_russian_totals_and_labels() -> None:
    root = parse(render_html(invoicekit.compute(invoicekit.load(DE)), locale="ru", mode="page"))
    values = [value for _, value in totals(root)]
    assert values == ["27,45 €", "4,32 €", "31,77 €", "31,77 €"]  # the same sums, Russian digits
    assert root.find("html").attrs["lang"] == "ru"


def test_arabic_is_right_to_left_in_logical_order() -> None:
    markup = render_html(invoicekit.compute(invoicekit.load(DE)), locale="ar", mode="page")
    root = parse(markup)
    html = root.find("html")
    assert (html.attrs["lang"], html.attrs["dir"]) == ("ar", "rtl")
    # amounts are left-to-right isolates inside the right-to-left document, in logical order
    payable = root.find("tr", "payable").find("td")
    assert payable.find("bdi").attrs.get("dir") == "ltr"
    assert "31.77" in normal(payable.text()) or "31,77" in normal(payable.text())


def test_a_second_language_is_marked_with_its_lang() -> None:
    root = parse(render_html(invoicekit.compute(invoicekit.load(DE)), locale="de", second_locale="en"))
    title = root.find("h1", "title")
    second = title.find("span", "second")
    assert (normal(title.own_text()), normal(second.text()), second.attrs["lang"]) == (
        "Rechnung",
        "Invoice",
        "en",
    )


@pytest.mark.parametrize("locale", ["de", "ru", "uk", "be", "ar", "ja"])
def test_the_receipt_greeting_and_support_block_are_the_pdfs(locale: str) -> None:
    brand = invoicekit.load_brand(EXAMPLES / "i18n" / "brand" / "brand.toml")
    computed = invoicekit.compute(invoicekit.load(DE))
    root = parse(render_html(computed, locale=locale, mode="page", brand=brand, template="receipt"))
    pdf = render(DE, locale=locale, brand=brand, template="receipt")
    rtl = locale == "ar"
    texts = [p.text() for p in root.find_all("p", "greeting")] + [
        p.text() for p in root.find_all("p", "note")
    ]
    support = root.find_all("h2", "heading")[-1]
    assert len(root.find_all("p", "greeting")) == 2  # greeting and thanks
    assert missing_words(pdf, [words(t, rtl) for t in [*texts, support.own_text()]]) == []


def test_the_saudi_qr_code_in_the_html_decodes_to_the_pdfs_payload() -> None:
    import base64
    import io

    import zxingcpp
    from PIL import Image
    from presentation.test_local_documents import SA

    from invoicekit.presentation import present

    computed = invoicekit.compute(invoicekit.load(SA))
    (code,) = present(computed).qr  # the payload the PDF draws
    for mode in ("email", "page"):
        root = parse(render_html(computed, mode=mode))
        src = root.find("img", "qr").attrs["src"]
        assert src.startswith("data:image/png;base64,")
        image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
        (found,) = zxingcpp.read_barcodes(image)
        assert found.text == code.payload
