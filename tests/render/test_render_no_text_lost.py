"""No text lost: what the seller wrote is in the PDF, every word of it, on the page.

A row taller than the rest of the page is split between its lines, the table header repeated
above each part; a word wider than its column is cut between grapheme clusters; the extracted
text of a rendered document holds every word of every text field, whatever its length and
script (a hypothesis test over the scripts the fonts under fonts/ cover)."""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import doc

from invoicekit.limits import MAX_TEXT_LENGTH
from invoicekit.render import RenderError
from invoicekit.render.fonts import FontChooser
from invoicekit.render.layout import Column, Layout, PageSpec, Style
from invoicekit.render.text import TextEngine, _hb_shaped, grapheme_break

from .pdfcheck import normal, page_texts, pdfium_page_texts, read, render

# A4 with the layout's margins (layout.PageSpec): the text area runs from 56 pt above the
# bottom edge to 40 pt below the top; the footer line sits in the bottom margin at 36.5 pt.
A4_HEIGHT = 841.89
FOOTER_Y = 36.5


def squash(value: str) -> str:
    """Without whitespace, and without the C0 controls pdfium puts in its reading (U+0002
    after some Devanagari ligatures such as "त्रि"): a document's text never has them, the
    loader refuses them."""
    return re.sub(r"[\s\x00-\x1f]+", "", normal(value))


def missing_words(pdf: bytes, fields: list[str]) -> list[str]:
    """The words of ``fields`` that neither pypdf nor pdfium reads in the PDF (shortened to
    40 characters). Each extractor has a known flaw: pypdf carries its right-to-left state
    from a Hebrew or Arabic line into the next (after "שלום" it reads "क्षप्रे" as
    "प्रक्षे"), pdfium reads right-to-left words in visual order; a word either reads is there.

    Whitespace is ignored. A word cut at the end of a line is read back in pieces on
    consecutive lines; in a right-to-left line read in visual order, the piece of a cut word
    may come before the rest of its line; cut at the end of a page, it continues on the
    next, after the footer and the headers."""
    readings = [lines_of(page_texts(pdf)), lines_of(pdfium_page_texts(pdf))]
    missing = []
    for field in fields:
        for word in (squash(w) for w in normal(field).split()):
            if not any(reads(word, lines) for lines in readings):
                missing.append(word[:40])
    return missing


def lines_of(pages: list[str]) -> tuple[list[str], str]:
    """The non-empty lines of ``pages``, squashed, and all of them joined."""
    lines = [squash(line) for page in pages for line in page.split("\n")]
    lines = [line for line in lines if line]
    return lines, "".join(lines)


def reads(word: str, reading: tuple[list[str], str]) -> bool:
    lines, whole = reading
    return (
        word in whole
        or any(over_lines(word, lines, i) for i in range(len(lines)))
        or any(in_glyph_order(word, line) for line in lines)
    )


def in_glyph_order(word: str, line: str) -> bool:
    """Whether ``line`` has ``word``'s characters, each as often, side by side: how pdfium
    reads a Devanagari or Thai word inside a right-to-left line (in visual order, so
    "क्षस्तेक्षन" comes out as "षन्केत्षस्क"), while pypdf scrambles it. A character left out
    of the PDF still fails the check."""
    if len(word) > len(line) or word.isascii():
        return False
    want = Counter(word)
    window = Counter(line[: len(word)])
    for i in range(len(word), len(line) + 1):
        if window == want:
            return True
        if i < len(line):
            window[line[i]] += 1
            window[line[i - len(word)]] -= 1
            if not window[line[i - len(word)]]:
                del window[line[i - len(word)]]
    return False


FURNITURE_LINES = 8  # lines a cut word may skip at a page break: footer, running header, table header


def over_lines(word: str, lines: list[str], start: int) -> bool:
    """Whether ``word`` reads as the longest start of it in ``lines[start]``, then the longest
    start of the rest in the next line that has one (skipping no more than a page break's
    furniture), and so on to its end."""
    skipped = 0
    for line in lines[start:]:
        low, high = 0, len(word)  # the longest prefix of word in line (a prefix of one is one)
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if word[:mid] in line else (low, mid - 1)
        if low == 0:
            skipped += 1
            if line is lines[start] or skipped > FURNITURE_LINES:
                return False
            continue
        skipped = 0
        word = word[low:]
        if not word:
            return True
    return False


def off_the_text_area(pdf: bytes) -> list[tuple[int, str, float]]:
    """Text drawn below the text area (other than the footer line) or above the page."""
    out = []
    for number, pieces in enumerate(read(pdf).pages, start=1):
        for piece in pieces:
            if (piece.y < 50 and piece.y != FOOTER_Y) or piece.y > A4_HEIGHT - 40:
                out.append((number, piece.text, piece.y))
    return out


def words(count: int, seed: int) -> str:
    """``count`` words of 1 to 9 letters, as a 714-word description might hold."""
    rnd = random.Random(seed)
    return " ".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(1, 9))) for _ in range(count))


def with_description(description: str, **overrides: Any) -> dict[str, Any]:
    return doc(lines=[{"description": description, "unit_price": "10.00"}, {"description": "Last", "unit_price": "1.00"}], **overrides)


def test_a_714_word_description_keeps_every_word() -> None:
    description = words(714, seed=1)
    assert len(description) <= MAX_TEXT_LENGTH  # 714 words of 5 letters on average: about 4,300 characters
    pdf = render(with_description(description))
    assert missing_words(pdf, [description]) == []
    assert off_the_text_area(pdf) == []


@pytest.mark.parametrize(
    "description",
    [
        "x" * MAX_TEXT_LENGTH,  # one word, far wider than its column
        ("W" * 39 + " ") * (MAX_TEXT_LENGTH // 40),  # wide letters: taller than a page
        "請求書" * (MAX_TEXT_LENGTH // 3) + "請求",  # CJK, broken between characters
        "".join(f"{i:04d}\n" for i in range(999)) + "L9999",  # 1,000 numbered lines: many pages
    ],
    ids=["one-word", "wide-letters", "cjk", "newlines"],
)
def test_a_description_of_the_maximum_length_keeps_every_word(description: str) -> None:
    assert len(description) == MAX_TEXT_LENGTH
    pdf = render(with_description(description))
    texts = page_texts(pdf)
    assert missing_words(pdf, [description]) == []
    assert squash("Last") in squash(texts[-1]) or squash("Last") in squash(texts[-2])  # the next row follows
    assert off_the_text_area(pdf) == []


def test_a_row_taller_than_the_page_splits_under_a_repeated_header() -> None:
    description = ("W" * 39 + " ") * 125  # 125 words of 40 wide letters: more than a page of lines
    pdf = render(with_description(description, locale="en"))
    texts = page_texts(pdf)
    assert len(texts) >= 2
    # the row starts on the first page, under the table header: no empty page before it
    assert "W" * 39 in texts[0] and "Description" in texts[0]
    # every page the row runs onto repeats the table header
    for page in texts[1:]:
        if "W" * 39 in page:
            assert "Description" in page and "Unit price" in page
    assert missing_words(pdf, [description]) == []
    assert off_the_text_area(pdf) == []


def test_long_names_addresses_terms_and_notes_flow_over_pages() -> None:
    text = words(700, seed=2)[:MAX_TEXT_LENGTH]
    raw = with_description("Item", notes=[text, text[:900]], payment={"terms": text})
    raw["seller"]["name"] = text
    raw["seller"]["address"]["lines"] = [text, words(300, seed=3)]
    raw["buyer"]["name"] = words(400, seed=4)
    pdf = render(raw)
    fields = [text, words(300, seed=3), words(400, seed=4)]
    assert missing_words(pdf, fields) == []
    assert off_the_text_area(pdf) == []


def engine(lang: str = "en") -> TextEngine:
    return TextEngine(FontChooser(cjk="Jpan"), False, lang, "Latn")


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        ("ab", ["a", "b"]),
        ("e\u0301\u0323x", ["e\u0301\u0323", "x"]),  # a letter and its combining marks
        ("\U0001f469\u200d\U0001f469\u200d\U0001f467!", ["\U0001f469\u200d\U0001f469\u200d\U0001f467", "!"]),  # ZWJ
        ("\U0001f44d\U0001f3fd", ["\U0001f44d\U0001f3fd"]),  # an emoji and its skin tone
        ("\U0001f1e9\U0001f1ea\U0001f1eb\U0001f1f7", ["\U0001f1e9\U0001f1ea", "\U0001f1eb\U0001f1f7"]),  # DE FR
        ("\u1100\u1161\u11a8\u1100", ["\u1100\u1161\u11a8", "\u1100"]),  # Hangul jamo L V T, L
        ("\u0915\u094d\u0937\u0924", ["\u0915\u094d\u0937", "\u0924"]),  # Devanagari conjunct (virama)
        ("\u0e19\u0e49\u0e33\u0e01", ["\u0e19\u0e49\u0e33", "\u0e01"]),  # Thai: SARA AM extends
    ],
)
def test_grapheme_cluster_boundaries(text: str, clusters: list[str]) -> None:
    chars = list(text)
    cuts = [k for k in range(1, len(chars)) if grapheme_break(chars, k)]
    pieces = ["".join(chars[a:b]) for a, b in zip([0, *cuts], [*cuts, len(chars)], strict=True)]
    assert pieces == clusters


def test_an_over_long_word_is_cut_between_grapheme_clusters() -> None:
    word = normal("ẹ\u0306\u0328a\u0301\u0302" * 60)  # letters with two or three marks each
    lines = engine().lines(word, 9, 40)
    assert len(lines) > 3 and all(line.width <= 40 + 0.01 for line in lines)
    assert "".join(line.text for line in lines) == word
    chars, at = list(word), 0
    for line in lines[:-1]:
        at += len(line.text)
        assert grapheme_break(chars, at), (line.text, chars[at])


@pytest.mark.parametrize(
    ("lang", "script", "word"),
    [
        ("hi", "Deva", "क्षत्रियस्त्रीप्रेम" * 8),
        ("th", "Thai", "น้ำสวัสดีครับกรุงเทพ" * 8),
        ("ar", "Arab", "مستشفى" * 20),  # joining letters: each keeps its form at a cut
    ],
)
def test_cutting_a_shaped_word_keeps_the_shaping_of_each_piece(lang: str, script: str, word: str) -> None:
    """Each line of a cut word draws exactly the glyphs HarfBuzz gives those characters in
    the whole word: whole clusters, and (with the rest of the word as context) the joining
    forms of the letters at the cut."""
    eng = TextEngine(FontChooser(cjk="Jpan"), lang == "ar", lang, "Latn")
    lines = eng.lines(word, 9, 50)
    assert len(lines) > 2 and "".join(line.text for line in lines) == word
    font = eng.chooser.choose(word[0], script, False, None)[0].font
    whole = _hb_shaped(font, word, lang == "ar", lang).glyph_infos  # in visual order
    start = 0
    for line in lines:
        end = start + len(line.text)
        expected = [g.codepoint for g in whole if start <= g.cluster < end]
        [run] = line.runs
        drawn = [font.face.charToGlyph[g.code] for g in run.glyphs]
        assert drawn == expected, line.text
        start = end


def test_a_row_that_cannot_fit_one_line_on_a_page_is_an_error() -> None:
    page = PageSpec(300, 120, top=40, bottom=56)  # 24 points of text area: a header and no more
    layout = Layout(page, engine(), False)
    style = Style(9)
    header = [[layout.text("Description", style)]]
    rows = [[[layout.text("one two three " * 20, style, 100)]]]
    with pytest.raises(RenderError, match="does not fit on a page"):
        layout.table([Column(106)], header, rows, header_fill=(1, 1, 1), header_rule=(0, 0, 0))


# --- every word of every field, any length, any script -------------------------------------

LETTERS = {
    "Latin": "abcdefghijklmnopqrstuvwxyzäöüßéàçñ",
    "Cyrillic": "абвгдежзийклмнопрстуфхцчшщьюяії",
    "Greek": "αβγδεζηθικλμνξοπρστυφχψωάέή",
    "Arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "Hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "CJK": "請求書番号株式会社中文字符确认한국어",
}
# scripts whose letters combine: real words, so that every cluster is a valid one
SYLLABLES = {
    "Devanagari": ["क्ष", "त्रि", "य", "न", "म", "स्ते", "भा", "र", "ती", "हिं", "दी", "प्रे"],
    "Thai": ["น้ำ", "สวัส", "ดี", "ครับ", "กรุง", "เทพ", "ใบ", "แจ้ง", "หนี้", "สินค้า"],
}


@st.composite
def word(draw: st.DrawFn) -> str:
    script = draw(st.sampled_from(sorted(LETTERS) + sorted(SYLLABLES)))
    length = draw(st.sampled_from([1, 2, 5, 12, 40, 90]))  # 40 and 90: wider than a column
    if script in LETTERS:
        return "".join(draw(st.lists(st.sampled_from(LETTERS[script]), min_size=length, max_size=length)))
    return "".join(draw(st.lists(st.sampled_from(SYLLABLES[script]), min_size=max(1, length // 3), max_size=max(1, length // 3))))


def field(max_words: int) -> st.SearchStrategy[str]:
    return st.lists(word(), min_size=1, max_size=max_words).map(" ".join).filter(lambda t: len(t) <= MAX_TEXT_LENGTH)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    descriptions=st.lists(field(60), min_size=1, max_size=3),
    notes=st.lists(field(40), max_size=2),
    names=st.tuples(field(6), field(6)),
    address=st.lists(field(8), max_size=2),
    terms=field(30),
    locale=st.sampled_from(["en", "de", "ar", "he", "ja", "hi", "th", "uk", "el"]),
)
def test_every_word_of_every_text_field_is_in_the_pdf(
    descriptions: list[str], notes: list[str], names: tuple[str, str], address: list[str], terms: str, locale: str
) -> None:
    raw = doc(
        locale=locale,
        lines=[{"description": d, "unit_price": "1.00"} for d in descriptions],
        notes=notes,
        payment={"terms": terms},
    )
    raw["seller"]["name"], raw["buyer"]["name"] = names
    raw["seller"]["address"]["lines"] = address
    raw["buyer"]["address"]["city"] = names[1][:60]
    pdf = render(raw)
    fields = [*descriptions, *notes, *names, *address, terms, names[1][:60]]
    assert missing_words(pdf, fields) == []
    assert off_the_text_area(pdf) == []


def test_line_numbers_are_never_broken() -> None:
    """The number column is as wide as the last line's number (it was 18 points: "120" broke
    into "12" and "0")."""
    pdf = render(doc(lines=[{"description": f"Item {i}", "unit_price": "1.00"} for i in range(120)]))
    tokens = {token for page in page_texts(pdf) for token in page.split()}
    assert {"99", "100", "119", "120"} <= tokens


def test_a_word_after_a_hebrew_line_reads_in_order() -> None:
    """Found by the hypothesis test: pypdf read "क्षप्रेमती" after a Hebrew note as
    "प्रक्षेमती"; the PDF draws and maps it in order, as pdfium reads it."""
    pdf = render(doc(locale="en", notes=["שלום", "क्षप्रेमती"]))
    assert missing_words(pdf, ["שלום", "क्षप्रेमती"]) == []


def test_a_devanagari_word_in_a_right_to_left_line_is_found_in_glyph_order() -> None:
    """Found by the hypothesis test: an address line of Arabic ending in "क्षस्तेक्षन" wraps,
    and the Devanagari word sits in a right-to-left line that pdfium reads in visual order and
    pypdf scrambles. It is drawn (looked at); the check finds it, and misses a cut word."""
    line = "\u0627" * 88 + " क्षस्तेक्षन"  # 88 alefs
    pdf = render(doc(locale="en", seller={**doc()["seller"], "address": {**doc()["seller"]["address"], "lines": [line]}}))
    assert missing_words(pdf, [line]) == []
    assert not in_glyph_order("क्षस्तेक्षन", squash("षन्केत्षस्"))  # one character short
