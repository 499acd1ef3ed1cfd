"""Text from documents is data: whatever a field holds prints as those characters.

A hostile description (``<script>``, ``</td>``, ``{{ }}``, bidi overrides) must neither
become markup nor reorder what follows it. The hypothesis test puts generated text into
every text field a document has and parses the HTML back: the elements are only the ones
the renderer writes, and each field's text is found whole as text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import doc

import invoicekit
from invoicekit.html import render_html, render_text
from invoicekit.html.markup import h, render

from .htmlcheck import Node, normal, parse

HOSTILE = "<script>alert(1)</script></td></tr></table>{{ total }}${x}&amp;\"'<!-- -->]]>"
OVERRIDE = "amount 1\u202e00.01\u202c EUR"
# what the renderer may write; anything else came from data
ELEMENTS = {
    "#document", "html", "head", "meta", "title", "style", "body", "table", "thead", "tbody", "tr",
    "th", "td", "h1", "h2", "div", "p", "span", "strong", "br", "bdi", "img",
}  # fmt: skip


def shown(text: str) -> str:
    """How a field's text prints: embedding and override controls as their code points."""
    for code in range(0x202A, 0x202F):
        text = text.replace(chr(code), f"[U+{code:04X}]")
    return normal(text)


def hostile_document(text: str) -> dict[str, Any]:
    return doc(
        seller={
            "name": f"S {text}",
            "address": {"lines": [f"Street {text}"], "city": f"City {text}", "country": "DE"},
        },
        buyer={
            "name": f"B {text}",
            "address": {"lines": [f"Road {text}"], "city": f"Town {text}", "country": "DE"},
        },
        lines=[{"description": f"D {text}", "unit_price": "10.00"}],
        notes=[f"N {text}"],
        payment={"terms": f"T {text}"},
    )


# printed as written (the city is formatted by the country's address rules, which drop its
# trailing punctuation, so they are not compared verbatim)
FIELDS = ("S ", "Street ", "B ", "Road ", "D ", "N ", "T ")


def check(markup: str, text: str) -> None:
    root = parse(markup)
    tags = {node.tag for node in root.iter()}
    assert tags <= ELEMENTS, tags - ELEMENTS
    assert not any(name.startswith("on") for node in root.iter() for name in node.attrs)
    body = normal(root.find("body").text())
    for prefix in FIELDS:
        assert shown(prefix + text) in body, prefix


def test_a_hostile_description_prints_literally() -> None:
    computed = invoicekit.compute(invoicekit.load(hostile_document(HOSTILE)))
    for mode in ("email", "page"):
        markup = render_html(computed, mode=mode)
        check(markup, HOSTILE)
        assert "<script" not in markup and "<!--" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/td&gt;" in markup


def test_bidi_overrides_are_refused_by_the_loader_and_shown_by_the_markup() -> None:
    """A document cannot carry an override (the loader names the field); text that reaches
    the markup some other way prints it visibly instead of obeying it."""
    try:
        invoicekit.load(doc(lines=[{"description": OVERRIDE, "unit_price": "1"}]))
    except invoicekit.InvoiceError as exc:
        assert exc.problems[0].where == "lines[0].description"
    else:
        raise AssertionError("an override was accepted")
    cell = parse(render(h("td", None, OVERRIDE))).find("td")
    assert cell.text() == "amount 1[U+202E]00.01[U+202C] EUR"


def test_the_text_alternative_keeps_the_text_as_written() -> None:
    computed = invoicekit.compute(invoicekit.load(hostile_document("<b>{{ x }}</b>")))
    text = render_text(computed)
    assert "D <b>{{ x }}</b>" in text and "N <b>{{ x }}</b>" in text


MARKUP_CHARS = list("<>&\"'{}/=;`$\\#%!-[]")
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f"]
LETTERS = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"))
# text a document may hold; the loader refuses controls, bidi formatting and surrogates
field_text = st.text(alphabet=st.one_of(st.sampled_from(MARKUP_CHARS), LETTERS), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field_text)
def test_any_text_in_every_field_prints_as_text(text: str) -> None:
    try:
        computed = invoicekit.compute(invoicekit.load(hostile_document(text)))
    except invoicekit.InvoiceError as exc:  # refused text never reaches a renderer; say why
        assert all(p.where and p.message for p in exc.problems)
        return
    check(render_html(computed, mode="email"), text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.sampled_from(MARKUP_CHARS + BIDI), LETTERS, st.characters()), max_size=40)
)
def test_any_text_in_the_markup_stays_text_and_balanced(text: str) -> None:
    """Whatever a string holds (isolates opened and never closed, stray PDIs, overrides,
    controls, surrogates), the markup parses back balanced with that text in its cell."""
    root: Node = parse(render(h("td", {"data-label": text}, text)))  # parse() fails on unbalanced tags
    cell = root.find("td")
    assert [n.tag for n in root.iter()] == ["#document", "td"] + ["bdi"] * (len(list(cell.iter())) - 1)
    expected = text
    for bad in [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0))]:
        expected = expected.replace(bad, "\ufffd")
    expected = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in expected)
    assert normal(cell.text()) == shown(expected)
