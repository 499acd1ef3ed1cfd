"""A seller in Québec (issue #10): its federal GST/HST number and its Québec QST number
are both printed, each with its label in the document language (fr_CA "No TPS/TVH" and
"No TVQ", en_CA "GST/HST No." and "QST No."), on the PDF, the CLI text and the HTML; the
tax rows say TPS/TVQ in French and GST/QST in English. A German seller's Steuernummer is
labelled from the German profile the same way."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from render.pdfcheck import render, text
from support import doc

import invoicekit
from invoicekit.cli import main
from invoicekit.html import render_html
from invoicekit.presentation.isolates import plain

EXAMPLE = Path(__file__).parents[2] / "examples" / "quebec.json"
GST_HST, QST = "123456782RT0001", "1227494057TQ0001"


def quebec(locale: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["locale"] = locale
    return raw


@pytest.mark.parametrize(
    ("locale", "bn_label", "qst_label", "taxes", "foreign"),
    [
        # French puts a (no-break) space before the colon, Quebec typography too (OQLF)
        ("fr_CA", "No TPS/TVH :", "No TVQ :", ("TPS", "TVQ"), ("GST", "QST")),
        ("en_CA", "GST/HST No.:", "QST No.:", ("GST", "QST"), ("TPS", "TVQ")),
    ],
)
def test_both_numbers_are_printed_with_local_labels(
    locale: str, bn_label: str, qst_label: str, taxes: tuple[str, str], foreign: tuple[str, str]
) -> None:
    body = text(render(quebec(locale))).replace("\xa0", " ")
    seller = body.split(bn_label)[1]  # the seller block, from its first tax number on
    assert f"{bn_label} {GST_HST}" in body
    # the QST number under the GST/HST number, in its compact form (given as "... TQ 0001")
    assert seller.lstrip().startswith(f"{GST_HST}\n{qst_label} {QST}")
    # the breakdown: 526.50 at 5 % = 26.325 -> 26.33 and at 9.975 % = 52.518375 -> 52.52
    gst, qst = taxes
    assert re.search(rf"^{gst} 5 % .*26[.,]33 \$$|^{gst} 5% .*\$26\.33$", body, re.M), body
    assert re.search(rf"^{qst} 9[.,]975 ?% .*52[.,]52", body, re.M), body
    for name in foreign:
        assert not re.search(rf"\b{name}\b", body), name


def test_a_second_language_labels_the_number_in_both() -> None:
    body = text(render(quebec("fr_CA"), second_locale="en_CA")).replace("\xa0", " ")
    assert f"No TVQ / QST No. : {QST}" in body  # the document language's colon (fr)
    assert f"No TPS/TVH / GST/HST No. : {GST_HST}" in body


def test_the_cli_text_prints_both_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(EXAMPLE), "--locale", "fr_CA"]) == 0
    out = capsys.readouterr().out.replace("\xa0", " ").replace("\u202f", " ")
    assert f"No TPS/TVH : {GST_HST}\nNo TVQ : {QST}\n" in out  # French colon spacing
    assert re.search(r"^TVQ\s+.*9,975 %.*52,52 \$$", out, re.M), out


def test_the_html_prints_both_numbers() -> None:
    computed = invoicekit.compute(invoicekit.load(quebec("en_CA")))
    page = plain(render_html(computed, mode="page"))
    assert re.search(rf"GST/HST No\.:?\s*(<[^>]+>\s*)*{GST_HST}", page), page
    assert re.search(rf"QST No\.:?\s*(<[^>]+>\s*)*{QST}", page), page
    assert page.index(GST_HST) < page.index(QST)


def test_a_buyer_registration_is_printed_too() -> None:
    raw = quebec("en_CA")
    raw["buyer"]["vat_id"] = "123026635RT0001"
    raw["buyer"]["tax_registrations"] = [{"scheme": "ca.qst", "number": "1224002901TQ0001"}]
    body = text(render(raw))
    seller, buyer = body.split("\nBuyer\n")
    assert "123026635RT0001" not in seller
    assert "GST/HST No.: 123026635RT0001\nQST No.: 1224002901TQ0001" in buyer


def test_a_seller_without_registrations_prints_no_qst_number() -> None:
    raw = quebec("en_CA")
    del raw["seller"]["tax_registrations"]
    body = text(render(raw))
    assert "QST No." not in body and f"GST/HST No.: {GST_HST}" in body


def test_a_german_steuernummer_is_labelled_from_the_german_profile() -> None:
    raw = doc(locale="de")
    raw["seller"] |= {
        "vat_id": "DE136695976",
        "tax_registrations": [{"scheme": "de.stnr", "number": "181/815/08155"}],
    }
    body = text(render(raw))
    assert "USt-IdNr.: DE136695976\nSteuernummer: 18181508155" in body
    english = text(render(raw, locale="en"))
    assert "Tax number: 18181508155" in english
