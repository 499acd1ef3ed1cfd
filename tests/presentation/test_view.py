"""The presentation model: what a document says, without reportlab."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from support import doc

import invoicekit
from invoicekit.presentation import DocumentView, RenderError, present
from invoicekit.presentation.isolates import plain

EXAMPLES = Path(__file__).parents[2] / "examples"


def view_of(document: dict[str, object] | str, **options: str) -> DocumentView:
    return present(invoicekit.compute(invoicekit.load(document)), **options)  # type: ignore[arg-type]


def test_presentation_imports_without_reportlab() -> None:
    code = (
        "import sys, invoicekit, invoicekit.presentation as p\n"
        "p.present(invoicekit.compute(invoicekit.load(sys.argv[1])), locale='de')\n"
        "assert not any(m.split('.')[0] == 'reportlab' for m in sys.modules), 'reportlab imported'\n"
        "assert 'invoicekit.render' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code, str(EXAMPLES / "de-invoice.toml")], check=True)


def test_german_invoice_view() -> None:
    view = view_of(str(EXAMPLES / "de-invoice.toml"))
    assert view.locale.startswith("de") and view.paper == "A4" and not view.rtl
    assert view.title.text == "Rechnung" and view.title.second is None
    assert [p.role for p in view.parties] == ["seller", "buyer"]
    keys = [c.key for c in view.lines.columns]
    assert keys[0] == "index" and "description" in keys and keys[-1] == "amount"
    assert len(view.lines.rows) == len(invoicekit.load(str(EXAMPLES / "de-invoice.toml")).lines)
    # the totals end with the amount payable, 31,77 € (19.98 + 3.80 + 7.47 + 0.52, README)
    assert view.totals[-1].key == "payable" and view.totals[-1].emphasis == "payable"
    assert plain(view.totals[-1].value).replace("\xa0", " ") == "31,77 €"
    assert [t.key for t in view.totals] == ["net", "tax", "gross", "payable"]


def test_second_language_and_page_numbers() -> None:
    view = view_of(str(EXAMPLES / "de-invoice.toml"), second_locale="en")
    assert (view.title.text, view.title.second) == ("Rechnung", "Invoice")
    assert plain(view.pages.text("2", "3")) == "Seite 2 von 3 / Page 2 of 3"


def test_row_amounts_are_numbers_for_subtotals() -> None:
    # two lines of 10.00 and a document allowance of 5.00: 10 + 10 - 5 = 15
    data = doc(
        lines=[{"description": "A", "unit_price": "10.00"}, {"description": "B", "unit_price": "10.00"}],
        allowances=[{"reason": "Rabatt", "amount": "5.00", "category": "standard"}],
    )
    view = view_of(data)
    assert [r.kind for r in view.lines.rows] == ["line", "line", "allowance"]
    assert sum(r.amount or Decimal(0) for r in view.lines.rows) == Decimal("15.00")


def test_view_is_frozen_and_pure() -> None:
    first = view_of(str(EXAMPLES / "de-invoice.toml"))
    assert first == view_of(str(EXAMPLES / "de-invoice.toml"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.number = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("paper", "A3", "unknown paper 'A3'"),
        ("template", "memo", "unknown template 'memo'"),
        ("locale", "xx_YY", "unknown locale"),
    ],
)
def test_bad_options_are_named(option: str, value: str, message: str) -> None:
    with pytest.raises(RenderError, match=message):
        view_of(str(EXAMPLES / "de-invoice.toml"), **{option: value})
