"""Tax headers and totals name the tax the document charges (issue #10): a Québec, US,
Indian, Australian or Japanese invoice has no "VAT"/"TVA"/"USt."/"НДС" header, but its own
word (TPS, Sales Tax, GST, 消費税) or a neutral "tax"; a VAT document keeps its VAT wording.
Expected texts are the catalogs' wording, checked by hand against the amounts: 10.00 at
10 % GST is 1.00, at 5 % TPS 0.50."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from render.pdfcheck import normal, render, text
from support import doc

import invoicekit
from invoicekit.presentation import present
from invoicekit.presentation.isolates import plain

EXAMPLES = Path(__file__).parents[2] / "examples"
VAT_WORDS = re.compile(r"\b(VAT|TVA|USt\.?|НДС|ПДВ|IVA|MwSt)\b")


def party(name: str, country: str, region: str | None = None, **address: Any) -> dict[str, Any]:
    where: dict[str, Any] = {
        "lines": ["1 Main Street"],
        "city": "City",
        "postal_code": "1000",
        "country": country,
    }
    if region:
        where["region"] = region
    return {"name": name, "address": {**where, **address}}


def body(data: dict[str, Any] | Path, **options: Any) -> str:
    return normal(text(render(data, **options)))


def quebec(locale: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((EXAMPLES / "quebec.json").read_text(encoding="utf-8"))
    raw["locale"] = locale
    return raw


def domestic(
    country: str, currency: str, locale: str, region: str | None = None, **extra: Any
) -> dict[str, Any]:
    return doc(
        currency=currency,
        locale=locale,
        seller=party("Seller", country, region),
        buyer=party("Buyer", country, region),
        **extra,
    )


def test_quebec_in_french_says_taxes_not_tva() -> None:
    out = body(quebec("fr_CA"))
    assert "Récapitulatif des taxes" in out
    assert "Taxe Catégorie Taux de taxe Base HT Montant de la taxe" in out
    # 526.50 $: TPS 5 % = 26.33 $, TVQ 9.975 % = 52.52 $, together 78.85 $
    assert "Total des taxes 78,85 $" in out
    assert not VAT_WORDS.search(out), VAT_WORDS.search(out)


def test_quebec_in_english_says_tax_not_vat() -> None:
    out = body(quebec("en_CA"))
    assert "Tax breakdown" in out and "Total tax $78.85" in out
    assert not VAT_WORDS.search(out)


def test_a_single_canadian_tax_is_named() -> None:
    """Alberta charges GST alone: the headers say TPS in French, GST in English, each in
    its own language beside the other."""
    data = domestic("CA", "CAD", "fr_CA", "AB")
    out = body(data)
    assert "Récapitulatif de la TPS" in out and "Total TPS 0,50 $" in out
    assert "Taux de TPS" in out and "Montant de la TPS" in out
    assert not VAT_WORDS.search(out)
    both = present(invoicekit.compute(invoicekit.load(data)), second_locale="en_CA")
    total = next(t for t in both.totals if t.key == "tax")
    assert (total.label.text, total.label.second) == ("Total TPS", "Total GST")


def test_us_sales_tax() -> None:
    out = body(domestic("US", "USD", "en_US", "NY"))
    assert "Sales Tax breakdown" in out and "Total Sales Tax $0.00" in out
    assert not VAT_WORDS.search(out)


def test_indian_gst_in_english_and_hindi() -> None:
    english = body(EXAMPLES / "india.toml")  # IGST, an inter-State supply
    assert "GST breakdown" in english and "Total GST ₹8,727.30" in english  # 48,485.00 at 18 %
    assert "GST rate" in english and "GST amount" in english
    assert not VAT_WORDS.search(english)
    hindi = body(EXAMPLES / "india.toml", locale="hi")
    assert "जीएसटी का ब्यौरा" in hindi and "जीएसटी दर" in hindi


def test_australian_gst_with_prices_including_it() -> None:
    out = body(domestic("AU", "AUD", "en_AU", "NSW"))
    assert "GST breakdown" in out and "Total GST $1.00" in out
    assert not VAT_WORDS.search(out)
    # 10.00 including 10 % GST: 9.09 net + 0.91 GST
    inclusive = body(domestic("AU", "AUD", "en_AU", "NSW", prices_include_tax=True))
    assert "GST included $0.91" in inclusive and "Prices include GST" in inclusive


def test_japanese_consumption_tax() -> None:
    data = domestic("JP", "JPY", "ja", lines=[{"description": "品目", "unit_price": "1000"}])
    out = body(data)
    assert "消費税率" in out and "消費税額合計 ￥100" in out  # 1,000 at 10 %
    assert not VAT_WORDS.search(out)
    english = body(data, locale="en")
    assert "Total Consumption Tax ¥100" in english and not VAT_WORDS.search(english)


@pytest.mark.parametrize(
    ("country", "locale", "words"),
    [
        ("FR", "fr", ("Récapitulatif de la TVA", "Taux de TVA", "Total TVA 2,00 €")),  # 10.00 at 20 %
        ("DE", "de", ("USt. gesamt 1,90 €", "Gesamtbetrag 11,90 €")),  # 10.00 at 19 %
        ("DE", "ru", ("Сумма НДС по ставкам", "Итого без НДС", "Итого НДС 1,90 €")),
    ],
)
def test_vat_documents_keep_their_vat_wording(country: str, locale: str, words: tuple[str, ...]) -> None:
    out = body(domestic(country, "EUR", locale))
    for word in words:
        assert word in out, (word, out)


def test_a_service_abroad_names_the_local_tax() -> None:
    """A Québec seller's consulting for a French business is outside the scope of Canada's
    tax: the note names it TPS in French, not GST."""
    data = doc(
        currency="CAD",
        locale="fr_CA",
        supply="services",
        seller=party("Conseil inc.", "CA", "QC"),
        buyer={**party("Client SAS", "FR"), "business": True},
    )
    computed = invoicekit.compute(invoicekit.load(data))
    notes = " ".join(plain(n) for n in present(computed).notes)
    assert "TPS" in notes and "GST" not in notes, notes


def test_a_foreign_vat_is_not_named_after_the_buyers_country() -> None:
    """A German export to a Japanese business, in Japanese: the row is Germany's VAT (0 %,
    export), not 消費税: a tax is named from the profile of the country whose tax it is."""
    buyer = {**party("買手株式会社", "JP", city="東京", postal_code="100-0001"), "business": True}
    computed = invoicekit.compute(invoicekit.load(doc(locale="ja", buyer=buyer)))
    view = present(computed)
    assert [plain(row.cells[0]) for row in view.taxes.rows] == ["VAT"]
