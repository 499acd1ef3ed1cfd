"""Unmatched bidi controls in right-to-left text never raise (python-bidi asserted on a lone
U+2069 POP DIRECTIONAL ISOLATE: "PDI not allowed here"). The loader refuses these controls in
a document, but a Brand made in Python, or text given to the engine, is not checked there."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import doc

from invoicekit.render import Brand, render_bytes
from invoicekit.render.bidi import MAX_ISOLATE_DEPTH, levels
from invoicekit.render.fonts import FontChooser
from invoicekit.render.text import TextEngine

from .pdfcheck import computed, missing_glyphs, pdfium_page_texts

HEBREW = doc(
    locale="he",
    currency="ILS",
    issue_date="2026-11-02",
    seller={"name": "חברה לדוגמה", "address": {"country": "IL", "city": "תל אביב"}},
    buyer={"name": "לקוח", "address": {"country": "IL", "city": "חיפה"}},
    lines=[{"description": "שירות ייעוץ", "quantity": "1", "unit_price": "10.00"}],
)
PDI = "\u2069"


def test_a_lone_pdi_is_a_neutral() -> None:
    # Hebrew letters (R) and spaces between them: level 1 throughout, the PDI with them
    assert levels(f"שלום {PDI} עולם", True) == [1] * 11
    # Latin letters in a right-to-left paragraph: level 2, and so the neutrals between them
    assert levels(f"abc {PDI} def", True) == [2] * 9
    assert levels(PDI + PDI, True) == [1, 1]


def test_characters_removed_by_python_bidi_keep_their_place() -> None:
    # ZWNJ is a boundary neutral that python-bidi drops (X9): it takes the level of the "a"
    # before it, and the Hebrew letters after it keep level 1 (they were shifted by one and
    # the last one got level 0)
    assert levels("a\u200cאב", False) == [0, 0, 1, 1]
    # an unmatched RLE embeds what follows at level 3 (next odd above 1); its PDF closes it
    assert levels("א\u202bב\u202cc", True) == [1, 1, 3, 3, 2]


def test_deeply_nested_isolates_are_bounded() -> None:
    text = "א" + "\u2066" * 3000 + "b"
    lv = levels(text, True)
    assert len(lv) == len(text) and max(lv) <= 125


def test_a_hebrew_footer_with_a_lone_pdi_renders_as_without_it() -> None:
    invoice = computed(HEBREW)
    with_pdi = render_bytes(invoice, brand=Brand(footer=f"שירות {PDI} מהיר 24/7"))
    # the PDI is not drawn and is a neutral like the spaces around it: the same page
    assert with_pdi == render_bytes(invoice, brand=Brand(footer="שירות  מהיר 24/7"))
    assert missing_glyphs(with_pdi) == []
    page = pdfium_page_texts(with_pdi)[0]
    assert "שירות" in page and "מהיר 24/7" in page


def test_unmatched_embeddings_and_isolates_in_a_brand_render() -> None:
    invoice = computed(HEBREW)
    for name in ("חברה \u202c\u2069\u202b", "\u2067חברה", "\u202eחברה \u2066abc", PDI * 3):
        pdf = render_bytes(invoice, brand=Brand(name=name, footer=name))
        assert pdf.startswith(b"%PDF-") and missing_glyphs(pdf) == []


CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200c\u200d"
ALPHABET = st.sampled_from(list("שלוםאב مرحبا abc 12/.-") + list(CONTROLS))
ENGINE = TextEngine(FontChooser(), True, "he", "Hebr")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=40), st.booleans())
def test_any_mix_of_controls_lays_out(text: str, rtl: bool) -> None:
    lv = levels(text, rtl)
    assert len(lv) == len(text) and all(0 <= level <= 2 * MAX_ISOLATE_DEPTH + 5 for level in lv)
    lines = ENGINE.lines(text, 9)
    dropped = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
    assert "".join(line.text for line in lines) == "".join(
        ch for ch in unicodedata.normalize("NFC", text) if ch not in dropped
    )
