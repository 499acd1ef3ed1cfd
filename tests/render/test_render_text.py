"""Text as data, fonts per character, shaping, bidi: what is drawn is exactly what was written."""

from __future__ import annotations

import pytest

from invoicekit.render.bidi import levels, ltr, paragraph_rtl, visual_order
from invoicekit.render.fonts import FontChooser
from invoicekit.render.text import TextEngine

from .conftest import EXAMPLES
from .pdfcheck import missing_glyphs, positions, reader, render, text


def base(**overrides: object) -> dict:
    doc: dict = {
        "number": "X-1",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "locale": "en",
        "seller": {
            "name": "Seller GmbH",
            "vat_id": "DE136695976",
            "address": {"lines": ["Straße 1"], "postal_code": "10115", "city": "Berlin", "country": "DE"},
        },
        "buyer": {"name": "Buyer", "address": {"lines": ["Weg 2"], "city": "Köln", "country": "DE"}},
        "lines": [{"description": "Item", "unit_price": "10.00"}],
    }
    doc.update(overrides)
    return doc


MARKUP = ["<b>", "<a href=x>", "</para>", "&amp; &lt;", "<font name=Courier>x</font>", "%(page)s", "{0}"]


@pytest.mark.parametrize("name", MARKUP)
def test_document_text_is_never_markup(name: str) -> None:
    doc = base(
        buyer={"name": name, "address": {"lines": [name], "city": name, "country": "DE"}},
        lines=[{"description": f"{name} description", "unit_price": "10.00"}],
        notes=[name],
    )
    body = text(render(doc))
    assert body.count(name) >= 4  # name, address line, city, description, note: all literal


MIXED = (
    "Müller & Söhne — 株式会社テスト · שלום עולם · مرحبا بكم · Ελλάδα · Київ · नमस्ते · สวัสดี · 한국어 · 北京市"
)


def test_every_character_has_a_glyph_in_its_font() -> None:
    """A Latin invoice with names in other scripts: no .notdef box anywhere."""
    doc = base(
        buyer={
            "name": MIXED,
            "address": {"lines": ["東京都千代田区丸の内1-1", "ירושלים 42"], "country": "JP"},
        },
        lines=[{"description": MIXED, "unit_price": "10.00"}],
    )
    pdf = render(doc)
    assert missing_glyphs(pdf) == []
    fonts = {
        str(f.get_object()["/BaseFont"]).split("+")[1]
        for f in reader(pdf).pages[0]["/Resources"]["/Font"].values()
    }
    for family in (
        "NotoSans-",
        "NotoSansJP",
        "NotoSansHebrew",
        "NotoSansArabic",
        "NotoSansDevanagari",
        "NotoSansThai",
        "NotoSansKR",
    ):
        assert any(f.startswith(family) for f in fonts), family


def test_cjk_is_not_ligated() -> None:
    """Shaping off for CJK: 株式会社 stays four characters (no ㍿)."""
    doc = base(locale="ja", buyer={"name": "株式会社テスト", "address": {"country": "JP"}})
    body = text(render(doc))
    assert "株式会社テスト" in body
    assert "\u337f" not in body


def test_latin_is_extracted_through_ligatures() -> None:
    body = text(render(base(lines=[{"description": "Office fluff fine affine", "unit_price": "1.00"}])))
    assert "Office fluff fine affine" in body


def engine(rtl: bool, lang: str) -> TextEngine:
    return TextEngine(FontChooser(), rtl, lang, "Arab" if rtl else "Latn")


def glyph_text(line) -> str:  # type: ignore[no-untyped-def]
    """The characters of a shaped line in visual order (codes of glyphs that are characters)."""
    return "".join(chr(g.code) for run in line.runs for g in run.glyphs if g.code < 0xF0000)


def test_numbers_stay_left_to_right_in_arabic() -> None:
    line = engine(True, "ar").lines("المجموع: " + ltr("1,234.50 €") + " فاتورة " + ltr("F-2024-311"), 10)[0]
    visual = glyph_text(line)
    assert "1,234.50" in visual and "F-2024-311" in visual
    assert "05.432,1" not in visual


def test_arabic_indic_digits_are_not_reversed() -> None:
    four_two, one_hundred = "\u0664\u0662", "\u0661\u0660\u0660"  # Arabic-Indic 42 and 100
    line = engine(True, "ar").lines(f"فاتورة رقم {four_two} بمبلغ {one_hundred}", 10)[0]
    visual = glyph_text(line)
    assert four_two in visual and one_hundred in visual  # digits read left to right, as written
    assert four_two[::-1] not in visual and one_hundred[::-1] not in visual


def test_arabic_is_shaped_and_hebrew_reversed() -> None:
    arabic = engine(True, "ar").lines("مرحبا", 10)[0]
    # joined forms are glyphs the cmap does not reach: private codes
    assert any(g.code >= 0xF0000 for run in arabic.runs for g in run.glyphs)
    hebrew = engine(True, "he").lines("שלום", 10)[0]
    assert glyph_text(hebrew) == "םולש"


def test_devanagari_and_thai_are_shaped() -> None:
    hindi = engine(False, "hi").lines("क्षत्रिय", 10)[0]
    assert any(g.code >= 0xF0000 for run in hindi.runs for g in run.glyphs)  # conjuncts
    thai = engine(False, "th").lines("น้ำ", 10)[0]
    assert (
        any(g.dy or g.code >= 0xF0000 for run in thai.runs for g in run.glyphs)
        or len(thai.runs[0].glyphs) >= 3
    )


def test_bidi_levels_and_order() -> None:
    assert levels("abc", False) == [0, 0, 0]
    assert paragraph_rtl("שלום abc", False) is True
    assert paragraph_rtl(ltr("123") + " abc", True) is False
    assert paragraph_rtl("123", True) is True
    lv = levels("שלום " + ltr("F-1") + " abc", True)
    assert lv[:5] == [1] * 5
    assert set(lv[6:9]) == {2}
    assert visual_order(["a", "b", "c"], [1, 1, 1]) == ["c", "b", "a"]
    assert visual_order(["a", "b", "c"], [1, 2, 1]) == ["c", "b", "a"]
    assert visual_order(["x", "a", "b"], [0, 1, 1]) == ["x", "b", "a"]


def test_wrapping_breaks_between_words_and_cjk_characters() -> None:
    eng = engine(False, "en")
    lines = eng.lines("word " * 40, 9, 120)
    assert len(lines) > 3 and all(line.width <= 120 + 0.01 for line in lines)
    cjk = eng.lines("請求書番号の確認をお願いします。" * 6, 9, 100)
    assert len(cjk) > 2 and all(line.width <= 100 + 0.01 for line in cjk)
    assert not any(line.text.startswith("。") for line in cjk)
    long_word = eng.lines("DE89370400440532013000DE89370400440532013000", 9, 60)
    assert len(long_word) > 1 and "".join(line.text for line in long_word) == "DE89370400440532013000" * 2


def test_rtl_documents_are_mirrored() -> None:
    """The seller block starts at the right edge of an Arabic page, at the left of a German one."""
    ar = render(EXAMPLES / "i18n/ar-arabic-invoice.toml")
    de = render(EXAMPLES / "i18n/ar-arabic-invoice.toml", locale="de")
    width = float(reader(ar).pages[0].mediabox.width)

    def x_of(pdf: bytes, needle: str) -> float:
        hits = [x for t, x, _ in positions(pdf) if needle in t]
        assert hits, needle
        return hits[0]

    assert x_of(ar, "GB314159283") > width / 2  # seller's VAT ID: right column
    assert x_of(de, "GB314159283") < width / 2
    assert x_of(ar, "GB314159326") < x_of(ar, "GB314159283")  # buyer to the left of the seller


def test_amounts_are_not_reversed_in_arabic_and_hebrew() -> None:
    for name, amount in (
        ("i18n/ar-arabic-invoice.toml", "515.33"),
        ("i18n/he-hebrew-invoice.toml", "793.45"),
    ):
        body = text(render(EXAMPLES / name))
        assert amount in body, name
        assert amount[::-1] not in body


def test_a_character_no_font_has_is_shown_as_a_replacement_mark() -> None:
    pdf = render(base(lines=[{"description": "Coffee \U0001f600 mug", "unit_price": "1.00"}]))
    assert missing_glyphs(pdf) == []
    assert "Coffee \ufffd mug" in text(pdf)


def test_an_unassigned_character_takes_its_default_bidi_class() -> None:
    # U+16B90 is unassigned (after Pahawh Hmong): L by default (UAX #9, DerivedBidiClass), so
    # after an Arabic letter it starts a left-to-right run; python-bidi alone asserts on it
    # (found by the PDF/A hypothesis test with the seller name "\u06ee\U00016b90")
    assert levels("\u06ee\U00016b90", False) == [1, 0]
    # U+05FF is unassigned inside the Hebrew block: R by default, level 1 like the letter before it
    assert levels("\u05d0\u05ff", False) == [1, 1]
