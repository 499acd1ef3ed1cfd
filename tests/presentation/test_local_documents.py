# ruff: noqa: RUF001, RUF003  (Cyrillic text is the point of these tests)
"""Documents a local accountant accepts (issue #10): text extracted from the rendered PDF
per country and language, and the view where text extraction cannot read the script."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from render.pdfcheck import render, text
from support import doc

import invoicekit
from invoicekit.presentation import present
from invoicekit.presentation.isolates import plain
from invoicekit.presentation.words import amount_in_words
from invoicekit.presentation.zatca import decode_tlv

EXAMPLES = Path(__file__).parents[2] / "examples"


def party(name: str, country: str, vat_id: str | None = None, **address: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"name": name, "address": {"country": country, **address}, "business": True}
    if vat_id:
        data["vat_id"] = vat_id
    return data


def local(
    locale: str, currency: str, seller: dict[str, Any], buyer: dict[str, Any], **rest: Any
) -> dict[str, Any]:
    """A document between two local businesses, issued on 2 November 2026."""
    return doc(locale=locale, currency=currency, issue_date="2026-11-02", seller=seller, buyer=buyer, **rest)


RU = local(
    "ru",
    "RUB",
    party("ООО «Ромашка»", "RU", "7707083893", lines=["ул. Ленина, 1"], city="Москва", postal_code="101000"),
    party("ООО «Василёк»", "RU", "7707083893", lines=["пр. Мира, 5"], city="Москва", postal_code="129090"),
    lines=[{"description": "Консультация", "quantity": "2", "unit_price": "500.00"}],
)
UA = local(
    "uk",
    "UAH",
    party("ТОВ «Сонях»", "UA", "00032129", lines=["вул. Хрещатик, 1"], city="Київ", postal_code="01001"),
    party("ТОВ «Колос»", "UA", "00032129", lines=["вул. Сумська, 2"], city="Харків", postal_code="61002"),
    lines=[{"description": "Послуги", "unit_price": "1000.00"}],
)


def pdf_text(data: Any, **options: Any) -> str:
    return text(render(data, **options))


def test_russian_invoice_local_tax_name_inn_numeric_date_and_words() -> None:
    body = pdf_text(RU)
    assert "ИНН: 7707083893" in body  # not "Номер плательщика НДС"
    assert "НДС" in body.split("ИНН")[-1]  # the breakdown row names НДС, not the code VAT
    assert "\nVAT " not in body and " VAT " not in body
    assert "02.11.2026" in body  # not "2 нояб. 2026 г."
    # 2 x 500.00 = 1000.00 net, 22 % НДС (since 2026-01-01) = 220.00, payable 1220.00:
    assert "Сумма прописью: Одна тысяча двести двадцать рублей 00 копеек" in body


def test_ukrainian_invoice_edrpou_label_and_date() -> None:
    body = pdf_text(UA)
    assert "Код ЄДРПОУ: 00032129" in body  # not "Номер платника ПДВ"
    assert "ПДВ" in body and "02.11.2026" in body
    # 1000.00 + 20 % ПДВ 200.00 = 1200.00: "одна тисяча двісті гривень" (genitive plural
    # after двісті), 00 копійок
    assert "Сума прописом: Одна тисяча двісті гривень 00 копійок" in body


@pytest.mark.parametrize(
    ("amount", "currency", "language", "words"),
    [
        # checked by hand against the grammar: 1 рубль, 2-4 рубля, 5+ рублей; тысяча is feminine
        (Decimal("1234.56"), "RUB", "ru", "Одна тысяча двести тридцать четыре рубля 56 копеек"),
        (Decimal("21.01"), "RUB", "ru", "Двадцать один рубль 01 копейка"),
        (Decimal("5000111.11"), "RUB", "ru", "Пять миллионов сто одиннадцать рублей 11 копеек"),
        # гривня is feminine: одна, дві
        (Decimal("21.00"), "UAH", "uk", "Двадцять одна гривня 00 копійок"),
        (Decimal("2.02"), "UAH", "uk", "Дві гривні 02 копійки"),
        (Decimal("330.82"), "EUR", "uk", "Триста тридцять євро 82 центи"),
        # Belarusian: 2-4 беларускія рублі, 5+ беларускіх рублёў
        (Decimal("2.01"), "BYN", "be", "Два беларускія рублі 01 капейка"),
        (Decimal("1234.56"), "BYN", "be", "Адна тысяча дзвесце трыццаць чатыры беларускія рублі 56 капеек"),
        (Decimal("15.00"), "BYN", "be", "Пятнаццаць беларускіх рублёў 00 капеек"),
    ],
)
def test_total_in_words(amount: Decimal, currency: str, language: str, words: str) -> None:
    assert amount_in_words(amount, currency, language) == words


def test_german_invoice_defaults_the_supply_date_and_says_so() -> None:
    # the Greek-language example from a Munich seller gives no date of supply
    body = pdf_text(EXAMPLES / "i18n/el-greek-invoice.toml", locale="de")
    assert "Leistungsdatum" in body and body.count("14.10.2026") >= 2  # issue date = supply date
    assert "Das Leistungsdatum entspricht dem Rechnungsdatum." in body
    assert "USt." in body  # the breakdown names the tax


def test_austrian_invoice_defaults_the_supply_date() -> None:
    view = present(invoicekit.compute(invoicekit.load(str(EXAMPLES / "at-invoice-allowance.json"))))
    assert "supply_date" in [f.key for f in view.meta]


def test_french_canadian_taxes_are_tps_tvq() -> None:
    body = pdf_text(EXAMPLES / "canada.json")  # fr_CA, a Toronto seller, a Montréal buyer
    assert "TPS" in body or "TVH" in body
    assert "GST" not in body and "HST" not in body
    # a Business Number, not "Numéro de TVA"; French colon spacing (a no-break space before)
    assert "No TPS/TVH : 123456782RT0001" in body.replace("\xa0", " ")
    assert "Montréal QC H3B 1K9" in body  # city, province, postal code (Canada Post)


def test_us_and_uk_address_order() -> None:
    data = doc(
        currency="USD",
        locale="en_US",
        seller=party(
            "Example Inc.",
            "US",
            lines=["350 Fifth Avenue"],
            city="New York",
            postal_code="10118",
            region="NY",
        ),
        buyer=party("Example Ltd", "GB", lines=["2 Sheldon Square"], city="London", postal_code="W2 2EA"),
    )
    body = pdf_text(data)
    assert "New York, NY 10118" in body  # not "10118 New York / NY"
    assert "London\nW2 2EA" in body  # not "W2 2EA London"


def test_swiss_uid_is_not_a_vat_id() -> None:
    data = doc(
        currency="CHF",
        locale="de_CH",
        seller=party(
            "Beispiel AG", "CH", "CHE100155212", lines=["Bahnhofstrasse 1"], city="Zürich", postal_code="8001"
        ),
        buyer=party("Kunde AG", "CH", "CHE107787577MWST", city="Bern", postal_code="3011"),
    )
    body = pdf_text(data)
    assert "UID: CHE100155212" in body and "MWST-Nr.: CHE107787577MWST" in body
    assert "USt-IdNr." not in body


def test_india_tax_invoice_gstin_and_place_of_supply() -> None:
    body = pdf_text(EXAMPLES / "india.toml")
    assert "Tax Invoice" in body
    assert "GSTIN: 29AAGCB7383J1Z4" in body and "VAT ID" not in body
    assert "Place of supply" in body and "Maharashtra (27)" in body  # Bengaluru to Mumbai: IGST
    assert "IGST" in body


def test_french_b2b_invoice_carries_the_late_payment_terms() -> None:
    data = doc(
        locale="fr",
        seller=party("Exemple SARL", "FR", "FR40303265045", city="Paris", postal_code="75001"),
        buyer=party("Client SA", "FR", "FR40303265045", city="Lyon", postal_code="69001"),
    )
    body = pdf_text(data)
    assert "majoré de 10 points" in body and "L441-10" in body and "40 €" in body


SA = local(
    "ar",
    "SAR",
    party(
        "شركة المثال", "SA", "310122393500003", lines=["طريق الملك فهد"], city="الرياض", postal_code="12271"
    ),
    party("مؤسسة العميل", "SA", "300000000000003", city="جدة", postal_code="21442"),
    lines=[{"description": "خدمة", "unit_price": "1000.00"}],
)


def test_saudi_tax_invoice_title_and_qr_payload() -> None:
    view = present(invoicekit.compute(invoicekit.load(SA)))
    assert view.title.text == "فاتورة ضريبية"
    simplified = present(invoicekit.compute(invoicekit.load({**SA, "buyer": party("أحمد", "SA")})))
    assert simplified.title.text == "فاتورة ضريبية مبسطة"
    (qr,) = view.qr
    # 1000.00 net + 15 % VAT 150.00 = 1150.00 (checked by hand)
    assert decode_tlv(qr.payload) == {
        1: "شركة المثال",
        2: "310122393500003",
        3: "2026-11-02T00:00:00Z",
        4: "1150.00",
        5: "150.00",
    }
    assert plain(view.taxes.rows[0].cells[0]) == "ضريبة القيمة المضافة"


def test_saudi_qr_code_in_the_pdf_decodes_to_the_invoice() -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    pdf = pdfium.PdfDocument(io.BytesIO(render(SA)))
    image = pdf[0].render(scale=3).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    fields = decode_tlv(found[0].text)
    assert fields[2] == "310122393500003" and fields[4] == "1150.00" and fields[5] == "150.00"


def test_a_letter_currency_symbol_is_spaced_from_its_digits() -> None:
    data = doc(currency="CHF", locale="en", lines=[{"description": "Item", "unit_price": "1450.00"}])
    view = present(invoicekit.compute(invoicekit.load(data)))
    assert plain(view.lines.rows[0].cells[view.lines.column("unit_price") or 0]) == "CHF\xa01,450.00"


def test_headers_break_between_words_only() -> None:
    # every word of the number columns' headers ("Кількість", "Колькасць", "одиницю") is
    # printed whole: a column narrower than a header word grows instead of cutting it
    from invoicekit.i18n import translate

    for locale in ("ru", "uk", "be", "el", "de"):
        words = [
            line.split()
            for line in text(render(EXAMPLES / "i18n/uk-cyrillic-credit-note.toml", locale=locale)).split(
                "\n"
            )
        ]
        printed = {w for line in words for w in line}
        for msgid in ("Quantity", "Unit price", "Tax rate", "Net amount"):
            for word in translate(msgid, locale).split():
                assert word in printed, (locale, msgid, word)


def test_directive_numbers_stay_left_to_right_in_arabic() -> None:
    view = present(invoicekit.compute(invoicekit.load(str(EXAMPLES / "eu-b2b-services.toml"))), locale="ar")
    assert any("\u20662006/112/EC\u2069" in note for note in view.notes)


def test_india_lines_carry_their_hsn_codes() -> None:
    view = present(invoicekit.compute(invoicekit.load(str(EXAMPLES / "india.toml"))))
    k = view.lines.column("hsn")
    assert k is not None and view.lines.columns[k].label.text == "HSN/SAC"
    # HSN 8528: monitors; 8544: insulated cables (Customs Tariff Act, First Schedule)
    assert [plain(row.cells[k]) for row in view.lines.rows] == ["8528", "8544"]
    assert "8528" in text(render(EXAMPLES / "india.toml"))


def test_a_bad_hsn_code_is_named() -> None:
    with pytest.raises(invoicekit.InvoiceError, match=r"lines\[0\]\.hsn: not an HSN or SAC code"):
        invoicekit.load(doc(lines=[{"description": "x", "unit_price": "1.00", "hsn": "85-28"}]))



def test_place_of_supply_reads_a_state_only_from_an_id_that_carries_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile other than India's that asks for the place of supply: an Australian ABN
    starting with 29 is not a GSTIN of Karnataka (state code 29), so no place is printed
    (the buyer's address gives none); an Indian buyer's GSTIN still names its State."""
    import attrs

    from invoicekit.presentation import extras
    from invoicekit.profiles import profile

    data = local(
        "en",
        "AUD",
        party("Seller Pty Ltd", "AU", "51824753556", city="Sydney", postal_code="2000"),
        party("Buyer Pty Ltd", "AU", "29002589460", city="Sydney", postal_code="2000"),
    )
    computed = invoicekit.compute(invoicekit.load(data))
    monkeypatch.setattr(extras, "profile", lambda country: attrs.evolve(profile(country), place_of_supply=True))
    assert [f.key for f in present(computed).meta if f.key == "place_of_supply"] == []
    assert extras._subdivision_of_id("IN", "29AAGCB7383J1Z4") == ["IN-KA"]
