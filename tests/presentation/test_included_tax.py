# ruff: noqa: RUF001, RUF002  (Cyrillic text is the point of these tests)
"""Prices that include the tax (issue #10): the tax total says it is contained in the
total ("В том числе НДС"), and a receipt's line column is not headed like the total."""

from __future__ import annotations

from typing import Any

from render.pdfcheck import render, text
from support import doc

import invoicekit
from invoicekit.presentation import present


def inclusive_ru(kind: str) -> dict[str, Any]:
    """A Moscow sale at 122.00 RUB including 22 % НДС."""
    ru = {"name": "ООО «Ромашка»", "address": {"country": "RU", "city": "Москва"}}
    return doc(
        kind=kind,
        locale="ru",
        currency="RUB",
        issue_date="2026-11-02",
        prices_include_tax=True,
        seller=ru,
        buyer=ru,
        lines=[{"description": "Чай", "unit_price": "122.00"}],
    )


def test_russian_tax_total_is_included_when_prices_include_tax() -> None:
    body = text(render(inclusive_ru("invoice")))
    # 122.00 / 1.22 = 100.00 net, НДС 22.00 contained in the 122.00
    assert "В том числе НДС" in body and "22,00" in body
    assert "Итого НДС" not in body


def test_net_prices_keep_the_tax_total_label() -> None:
    data = inclusive_ru("invoice") | {"prices_include_tax": False}
    view = present(invoicekit.compute(invoicekit.load(data)))
    assert [t.label.text for t in view.totals if t.key == "tax"] == ["Итого НДС"]


def test_receipt_line_column_is_not_the_document_total() -> None:
    for locale in ("ru", "de", "en", "fr", "uk"):
        data = inclusive_ru("receipt") | {"locale": locale}
        view = present(invoicekit.compute(invoicekit.load(data)))
        header = view.lines.columns[view.lines.column("amount")].label.text
        gross = next(t for t in view.totals if t.key == "gross").label.text
        assert header != gross, locale
    assert header == "Сума"  # uk, the last one
    tax = next(t for t in view.totals if t.key == "tax").label.text
    assert tax == "У тому числі ПДВ"
