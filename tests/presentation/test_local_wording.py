"""The third reading's doubts of issue #10 settled (docs/translations.md): the French colon,
Austria's UID-Nr., the French VAT-number label outside the EU, one Saudi VAT-number label,
Indian numeric dates and State names. Text extracted from the PDF, the CLI's text and the
HTML, where the script survives extraction; the view where it does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from render.pdfcheck import render, text
from support import doc

import invoicekit
from invoicekit.cli.document_text import view_text
from invoicekit.html.plain import plain_text
from invoicekit.presentation import present
from invoicekit.presentation.isolates import plain

EXAMPLES = Path(__file__).parents[2] / "examples"
NBSP = "\u00a0"


def party(name: str, country: str, vat_id: str | None = None, **address: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"name": name, "address": {"country": country, **address}, "business": True}
    if vat_id:
        data["vat_id"] = vat_id
    return data


def pdf_text(data: Any, **options: Any) -> str:
    return text(render(data, **options))


def ids(data: Any, role: str, **options: Any) -> dict[str, str]:
    """The label of each tax ID of ``role``'s block, by its number."""
    block = present(invoicekit.compute(invoicekit.load(data)), **options).party(role)
    assert block is not None
    return {plain(f.value): f.label.text for f in block.ids}


FRENCH = doc(
    locale="fr",
    number="T-1",
    seller=party("Exemple SARL", "FR", "FR40303265045", city="Paris", postal_code="75001"),
    buyer=party("Client SA", "FR", "FR40303265045", city="Lyon", postal_code="69001"),
)


def test_french_labels_take_a_no_break_space_before_the_colon() -> None:
    computed = invoicekit.compute(invoicekit.load(FRENCH))
    view = present(computed)
    expected = f"N° de facture{NBSP}: T-1"
    assert expected in plain(view_text(view))  # the CLI's text
    assert expected in plain_text(view)  # the e-mail's plain-text part
    html = invoicekit.render_html(computed, mode="page")
    assert f"N° de TVA intracommunautaire{NBSP}: <bdi" in html  # the party block
    body = pdf_text(FRENCH)
    assert "intracommunautaire: " not in body  # the PDF's party block
    assert "intracommunautaire : FR40303265045" in body.replace(NBSP, " ")


def test_other_languages_keep_colon_and_space() -> None:
    view = present(invoicekit.compute(invoicekit.load(FRENCH)), locale="de")
    assert "Rechnungsnummer: T-1" in view_text(view)


AUSTRIAN = doc(
    currency="EUR",
    seller=party("Beispiel GmbH", "AT", "ATU13585627", lines=["Ring 1"], city="Wien", postal_code="1010"),
    buyer=party("Kunde GmbH", "DE", "DE136695976", city="München", postal_code="80331"),
)


def test_austrian_vat_numbers_are_uid_numbers_in_german() -> None:
    body = pdf_text(AUSTRIAN, locale="de")
    assert "UID-Nr.: ATU13585627" in body  # § 28 UStG 1994, not "USt-IdNr."
    assert "USt-IdNr.: DE136695976" in body  # a German number keeps the German word


@pytest.mark.parametrize(
    ("locale", "word"),
    [("en", "VAT ID"), ("fr", "N° de TVA intracommunautaire"), ("it", "Partita IVA")],
)
def test_an_austrian_profile_word_leaves_other_languages_their_catalogs(locale: str, word: str) -> None:
    assert ids(AUSTRIAN, "seller", locale=locale)["ATU13585627"] == word


def test_french_names_a_british_vat_number_without_intracommunautaire() -> None:
    data = {**FRENCH, "buyer": party("Example Ltd", "GB", "GB980780684", city="London", postal_code="W2 2EA")}
    labels = ids(data, "buyer")
    assert labels["GB980780684"] == "N° de TVA"
    seller = ids(data, "seller")
    assert seller["FR40303265045"] == "N° de TVA intracommunautaire"  # an EU number keeps it
    assert f"N° de TVA{NBSP}: GB980780684" in plain(view_text(present(invoicekit.compute(invoicekit.load(data)))))


def test_northern_ireland_numbers_are_eu_vat_numbers_in_french() -> None:
    data = {**FRENCH, "buyer": party("Example Ltd", "GB", "XI980780684", city="Belfast", postal_code="BT1 1AA")}
    assert ids(data, "buyer")["XI980780684"] == "N° de TVA intracommunautaire"


SAUDI = doc(
    locale="ar",
    currency="SAR",
    issue_date="2026-11-02",
    seller=party("شركة المثال", "SA", "310122393500003", city="الرياض", postal_code="12271"),
    buyer=party("Kunde GmbH", "DE", "DE136695976", city="München", postal_code="80331"),
)


def test_a_saudi_document_names_every_vat_number_alike() -> None:
    word = "رقم تسجيل ضريبة القيمة المضافة"  # the catalog's "VAT ID"
    assert ids(SAUDI, "seller") == {"310122393500003": word}  # not "الرقم الضريبي"
    assert ids(SAUDI, "buyer") == {"DE136695976": word}
    saudi_buyer = {**SAUDI, "buyer": party("مؤسسة العميل", "SA", "300000000000003", city="جدة")}
    assert ids(saudi_buyer, "buyer") == {"300000000000003": word}


@pytest.mark.parametrize("locale", ["en", "hi"])
def test_indian_documents_write_dates_in_digits(locale: str) -> None:
    view = present(invoicekit.compute(invoicekit.load(EXAMPLES / "india.toml")), locale=locale)
    dates = {plain(f.value) for f in view.meta if f.key == "issue_date"}
    assert dates == {"06/10/2025"}  # issue_date = "2025-10-06", not "6 अक्टू॰ 2025"


def test_indian_dates_in_the_pdf() -> None:
    body = pdf_text(EXAMPLES / "india.toml")
    assert "06/10/2025" in body and "Oct 2025" not in body


def test_indian_addresses_write_the_states_as_the_place_of_supply_does() -> None:
    body = pdf_text(EXAMPLES / "india.toml")
    assert "Karnataka" in body and "Maharashtra" in body and "Maharashtra (27)" in body
    assert "ā" not in body  # ISO 3166-2's Karnātaka, Mahārāshtra


def test_a_non_indian_seller_keeps_the_languages_dates() -> None:
    view = present(invoicekit.compute(invoicekit.load(FRENCH)), locale="hi")
    (issued,) = (plain(f.value) for f in view.meta if f.key == "issue_date")
    assert "/" not in issued
