"""The content streams set a colour or line width only when it changes (reportlab carries
the graphics state over q/Q and to a new page), and the output stays deterministic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf.generic import ContentStream

from invoicekit.render import render_bytes

from .pdfcheck import computed, reader

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SETTERS = {b"rg": "fill", b"RG": "stroke", b"w": "width"}


def _redundant(pdf: bytes) -> list[tuple[int, bytes, list[Any]]]:
    """Operators that set the state it already has (a saved state restored by Q counts)."""
    found: list[tuple[int, bytes, list[Any]]] = []
    setters = 0
    for number, page in enumerate(reader(pdf).pages, start=1):
        state: dict[str, list[Any]] = {"fill": [0, 0, 0], "stroke": [0, 0, 0], "width": [1]}
        stack: list[dict[str, list[Any]]] = []
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"q":
                stack.append(dict(state))
            elif operator == b"Q":
                state = stack.pop()
            elif operator in SETTERS:
                setters += 1
                values = [float(v) for v in operands]
                if state[SETTERS[operator]] == values:
                    found.append((number, operator, values))
                state[SETTERS[operator]] = values
    assert setters > 0  # there were colours to read
    return found


def test_no_colour_or_width_is_set_twice_in_a_row() -> None:
    many = computed(EXAMPLES / "de-invoice.toml")
    pdf = render_bytes(many)
    assert _redundant(pdf) == []


def test_a_long_invoice_sets_no_colour_it_has_and_renders_the_same_twice() -> None:
    raw: dict[str, Any] = {
        "number": "L-1",
        "issue_date": "2026-05-04",
        "currency": "EUR",
        "locale": "de",
        "seller": {"name": "Elektro Schmidt GmbH", "vat_id": "DE136695976",
                   "address": {"lines": ["Karl-Marx-Straße 88"], "postal_code": "12043",
                               "city": "Berlin", "country": "DE"}},
        "buyer": {"name": "Erika Mustermann",
                  "address": {"lines": ["Sonnenallee 121"], "postal_code": "12045",
                              "city": "Berlin", "country": "DE"}},
        "lines": [{"description": f"Artikel {i % 13}", "quantity": str(1 + i % 3),
                   "unit_price": f"{1 + i % 7}.00"} for i in range(120)],
    }  # fmt: skip
    doc = computed(raw)
    first = render_bytes(doc)
    assert len(reader(first).pages) >= 3  # the table runs over pages (the state carried over)
    assert _redundant(first) == []
    assert render_bytes(doc) == first  # the per-document run cache changes nothing
