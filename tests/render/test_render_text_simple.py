"""The fast path of text analysis (invoicekit/render/text_simple.py) finds what the general
analysis finds: the same characters, levels, faces and font scripts, for any text it takes."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoicekit.render.fonts import FontChooser
from invoicekit.render.text import _CONTROLS, TextEngine
from invoicekit.render.text_simple import isolate_levels, simple_script

LTR = TextEngine(FontChooser(), False, "de", "Latn")
RTL = TextEngine(FontChooser(), True, "ar", "Latn")


def fields(para: object) -> tuple[object, ...]:
    return tuple(getattr(para, name) for name in ("chars", "levels", "faces", "font_scripts", "base"))


def test_which_texts_take_the_fast_path() -> None:
    def script(text: str) -> str | None:
        return simple_script(set(text), _CONTROLS, "Latn")

    assert script("Tamper 58 mm, Edelstahl") == "Latn"
    assert script("Фільтр 2500 мА·год") == "Cyrl"  # Cyrillic letters, digits, a middle dot
    assert script("\u206612,50 €\u2069") == "Latn"  # no letters: the default; LRI...PDI
    assert script("Фільтр HEPA") is None  # two scripts
    assert script("שלום") is None  # right to left
    assert script("\u0661\u0662") is None  # Arabic-Indic digits are AN
    assert script("soft\u00adhyphen") is None  # dropped before drawing
    assert script("a\u2067b\u2069") is None  # a right-to-left isolate


def test_levels_inside_left_to_right_isolates() -> None:
    # "Total: " LRI "12 €" PDI, then FSI "2 x" with an unclosed LRI "3": 2 per isolate
    assert isolate_levels("ab \u20661 €\u2069 \u2068c \u20663") == [0, 0, 0, 2, 2, 2, 0, 2, 2, 4]
    assert isolate_levels("\u2069a\u2069") == [0]  # a PDI closing nothing


def test_a_paragraph_without_letters_in_a_right_to_left_document_is_right_to_left() -> None:
    para = RTL._analysis("12,50 €", False, None, None)
    assert para.base == 1 and not para.simple
    latin = RTL._analysis("Invoice \u206612\u2069", False, None, None)
    assert latin.base == 0 and latin.levels == [0] * 8 + [2, 2] and latin.chars == list("Invoice 12")


# Latin, Cyrillic and Greek letters, shared characters, a combining acute (NFC joins it to an
# "e"), tab and carriage return, a Hebrew letter and a soft hyphen (the general path), and
# isolates
PIECES = (
    list("aZe äÖß€„“\u2013\u00b7\u00d71.")
    + list("Фільтр")
    + list("αβγ")
    + ["\u0301", "\t", "\r", "א", "\u00ad"]
)
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.booleans(), st.sampled_from([None, False]))
def test_the_fast_path_gives_the_general_analysis(text: str, bold: bool, rtl: bool | None) -> None:
    for engine in (LTR, RTL):
        fast = engine._analysis(text, bold, rtl, None)
        cleaned = unicodedata.normalize("NFC", text).replace("\t", " ").replace("\r", "")
        assert fields(fast) == fields(engine._full_analysis(cleaned, bold, rtl, None))


def test_ascii_text_hand_checked() -> None:
    para = LTR._analysis("Tamper\t58 mm\r", False, None, None)
    assert para.chars == list("Tamper 58 mm") and para.levels == [0] * 12 and para.simple
    assert para.font_scripts == ["Latn"] * 12 and len({id(face) for face in para.faces}) == 1
    # no letter in a right-to-left document: right to left, by the general analysis
    digits = RTL._analysis("12.50", False, None, None)
    assert digits.base == 1 and not digits.simple
    assert LTR._analysis("12.50", False, None, None).simple  # left to right in a Latin one


# printable ASCII, tab, carriage return; as any cell's text: words, digits, punctuation
ASCII = st.text(alphabet=st.characters(min_codepoint=0x09, max_codepoint=0x7E), max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ASCII, st.booleans(), st.sampled_from([None, False, True]))
def test_the_ascii_path_gives_the_general_analysis(text: str, bold: bool, rtl: bool | None) -> None:
    for engine in (LTR, RTL, TextEngine(FontChooser(), False, "ru", "Cyrl")):
        fast = engine._analysis(text, bold, rtl, None)
        cleaned = text.replace("\t", " ").replace("\r", "")
        general = engine._full_analysis(cleaned, bold, rtl, None)
        assert fields(fast) == fields(general)
        assert fast.simple == (general.base == 0)  # left to right ASCII: every level 0
