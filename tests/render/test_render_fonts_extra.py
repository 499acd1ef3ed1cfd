"""The CJK fonts as a package of their own (``invoicekit-cjk-fonts``, the ``cjk`` extra):
where the manifest finds them, and the error naming the extra when they are not installed.

"Not installed" is the shipped manifest copied into a folder of its own (with the base
fonts), its ``cjk`` extra naming an import package that does not exist. tests/test_wheel.py
does the same with the real wheels. Run from the invoicekit sdist, which leaves out fonts/cjk,
the tests that need the fonts package skip (``needs_cjk_sources``: see tests/support.py)."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import needs_cjk_sources

import invoicekit
from invoicekit.render import render_bytes
from invoicekit.render.errors import FontError
from invoicekit.render.fonts import FontChooser, Manifest, manifest

from .make_cjk_coverage import MissingFonts, coverage_text

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "fonts"
PACKAGE = ROOT / "fonts" / "cjk" / "invoicekit_cjk_fonts"
FIX = 'pip install "invoicekit[cjk]"'
# The symbols of the reviewer's German invoice: before the split the CJK fonts drew them; now
# the base wheel's Noto Sans Math (→ ≤ ≥), Symbols (①) and Symbols 2 (✓) do.
SYMBOLS = "→ ≤ ≥ ① ✓"


def _needs(file: str) -> str:
    return f"this document needs the CJK fonts ({file}): {FIX}"


def _manifest_copy(tmp_path: Path, old: str, new: str) -> Manifest:
    """The shipped manifest in a folder of its own, with ``old`` (a line of it) replaced."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    text = (FONTS / "fonts.toml").read_text(encoding="utf-8")
    assert old in text
    (folder / "fonts.toml").write_text(text.replace(old, new), encoding="utf-8")
    for path in [*FONTS.glob("*.ttf"), FONTS / "cjk-coverage.toml"]:
        (folder / path.name).symlink_to(path)
    return manifest(folder)


def _without_cjk(tmp_path: Path) -> Manifest:
    old = 'package = "invoicekit_cjk_fonts"\n'
    return _manifest_copy(tmp_path, old, 'package = "invoicekit_cjk_fonts_not_installed"\n')


@needs_cjk_sources
def test_the_base_fonts_folder_has_no_cjk_font_and_the_package_has_all_five() -> None:
    assert sorted(p.name for p in FONTS.glob("NotoSans*.ttf") if p.name[8:10] in ("JP", "KR", "SC")) == []
    assert sorted(p.name for p in PACKAGE.glob("*.ttf")) == [
        "NotoSansJP-Bold.ttf", "NotoSansJP-Regular.ttf", "NotoSansKR-Bold.ttf",
        "NotoSansKR-Regular.ttf", "NotoSansSC-Regular.ttf",
    ]  # fmt: skip
    assert sorted(p.name for p in PACKAGE.glob("OFL-*.txt")) == [
        "OFL-NotoSansJP.txt", "OFL-NotoSansKR.txt", "OFL-NotoSansSC.txt",
    ]  # fmt: skip


@needs_cjk_sources
def test_the_checkout_finds_the_cjk_fonts_in_their_package() -> None:
    """The README's set-up installs fonts/cjk (editable): the manifest finds every CJK face."""
    fonts = manifest()
    assert fonts.missing == {}
    for family in ("Noto Sans JP", "Noto Sans KR", "Noto Sans SC"):
        name, path, _ = fonts.face(family, bold=False)
        assert path.parent.name == "invoicekit_cjk_fonts" and path.is_file(), path
        assert name == path.stem
    assert fonts.face("Noto Sans SC", bold=True)[2] is True  # no SC bold: synthetic, as before


@needs_cjk_sources
def test_the_extras_version_is_the_fonts_packages_version() -> None:
    base = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    fonts = tomllib.loads((ROOT / "fonts" / "cjk" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert fonts["name"] == "invoicekit-cjk-fonts"
    assert base["optional-dependencies"]["cjk"] == [f"invoicekit-cjk-fonts=={base['version']}"]
    assert fonts["version"] == base["version"]


@pytest.mark.parametrize(
    ("ch", "script", "hint", "bold", "file"),
    [
        ("あ", "Hira", None, False, "NotoSansJP-Regular.ttf"),
        ("カ", "Kana", None, True, "NotoSansJP-Bold.ttf"),
        ("한", "Hang", None, False, "NotoSansKR-Regular.ttf"),
        ("税", "Hani", None, False, "NotoSansJP-Regular.ttf"),  # the document's default: Jpan
        ("税", "Hani", "Hans", True, "NotoSansSC-Regular.ttf"),  # SC bold is synthetic
        ("稅", "Hani", "Kore", False, "NotoSansKR-Regular.ttf"),
    ],
)
def test_a_cjk_character_without_the_fonts_names_the_extra(
    tmp_path: Path, ch: str, script: str, hint: str | None, bold: bool, file: str
) -> None:
    chooser = FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path))
    with pytest.raises(FontError) as info:
        chooser.choose(ch, script, bold, hint)
    where = f'U+{ord(ch):04X} "{ch}"'
    assert (info.value.path, info.value.problem) == (where, _needs(file))
    assert (
        str(info.value)
        == f'{where}: this document needs the CJK fonts ({file}): pip install "invoicekit[cjk]"'
    )


def test_the_other_scripts_do_not_need_the_cjk_fonts(tmp_path: Path) -> None:
    chooser = FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path))
    for ch, script, font in [
        ("a", "Latn", "NotoSans-Regular"), ("Ж", "Cyrl", "NotoSans-Regular"), ("λ", "Grek", "NotoSans-Regular"),
        ("ب", "Arab", "NotoSansArabic-Regular"), ("ש", "Hebr", "NotoSansHebrew-Regular"),
        ("क", "Deva", "NotoSansDevanagari-Regular"), ("ก", "Thai", "NotoSansThai-Regular"),
        ("€", "Latn", "NotoSans-Regular"),
    ]:  # fmt: skip
        face, _ = chooser.choose(ch, script, False)
        assert face.font.fontName == font, ch


@needs_cjk_sources
def test_a_fallback_to_a_cjk_font_names_the_character_and_the_extra(tmp_path: Path) -> None:
    """￥ (fullwidth yen) and ㈱ are in no base font: with the CJK fonts a fallback draws them
    from Noto Sans JP, so without them a Latin text with one stops, instead of losing it."""
    chooser = FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path))
    for ch, bold, file in [
        ("\uffe5", False, "NotoSansJP-Regular.ttf"),
        ("\u3231", True, "NotoSansJP-Bold.ttf"),
    ]:
        with pytest.raises(FontError) as info:
            chooser.choose(ch, "Latn", bold)
        assert (info.value.path, info.value.problem) == (f'U+{ord(ch):04X} "{ch}"', _needs(file))
    installed = FontChooser(cjk="Jpan")
    assert installed.choose("\uffe5", "Latn", False)[0].font.fontName == "NotoSansJP-Regular"


@pytest.mark.parametrize(
    ("ch", "font"),
    [
        *[(ch, "NotoSansMath-Regular") for ch in "→←⇒≤≥≠≈∞∑∆"],
        *[(ch, "NotoSansSymbols-Regular") for ch in "①"],
        *[(ch, "NotoSansSymbols2-Regular") for ch in "✓★■●○◆"],
    ],
)
def test_common_symbols_come_from_the_base_wheel_with_or_without_the_cjk_fonts(
    tmp_path: Path, ch: str, font: str
) -> None:
    """Before the split Noto Sans JP drew these; now the base wheel's symbols fonts do, before
    the CJK fonts in the fallback order: the same face (so the same bytes) either way. Bold is
    the regular face, stroked (the symbols fonts have no bold)."""
    for chooser in (FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path)), FontChooser(cjk="Jpan")):
        for bold in (False, True):
            face, _ = chooser.choose(ch, "Latn", bold)
            assert (face.font.fontName, face.synthetic_bold) == (font, bold), (ch, bold)


def test_how_many_of_the_cjk_only_characters_the_base_wheel_now_draws(tmp_path: Path) -> None:
    """1,458 code points outside Han, Kana and Hangul were only in the CJK fonts (measured with
    fontTools' cmaps before the symbols fonts came in); Noto Sans Math, Symbols and Symbols 2
    have 606 of them. Without the CJK fonts the other 852 stop with the error naming each."""
    coverage = tomllib.loads((FONTS / "cjk-coverage.toml").read_text(encoding="utf-8"))["coverage"]
    points: set[int] = set()
    for spans in coverage.values():
        for span in spans:
            first, _, last = span.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
    chooser = FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path))
    old_base = ("NotoSans-", "NotoSansArabic-", "NotoSansHebrew-", "NotoSansDevanagari-", "NotoSansThai-")
    drawn, refused = 0, 0
    for cp in sorted(points):
        try:
            face, _ = chooser.choose(chr(cp), "Latn", False)
        except FontError as exc:
            assert exc.path == f'U+{cp:04X} "{chr(cp)}"' and FIX in exc.problem
            refused += 1
            continue
        if not face.font.fontName.startswith(old_base):
            drawn += 1
    assert (drawn, refused) == (606, 852)


def _symbols_invoice(tmp_path: Path) -> Path:
    """examples/de-invoice.toml with the symbols in its first line's description."""
    text = (ROOT / "examples" / "de-invoice.toml").read_text(encoding="utf-8")
    old = 'description = "Milchaufschäumer"'
    assert old in text
    path = tmp_path / "de-symbols.toml"
    path.write_text(text.replace(old, f'description = "Milchaufschäumer {SYMBOLS}"'), encoding="utf-8")
    return path


@needs_cjk_sources
def test_a_german_invoice_with_symbols_renders_from_the_base_fonts(tmp_path: Path) -> None:
    """From the source tree (the CJK package installed): the symbols are drawn and extracted
    as text, from the base wheel's fonts, and no CJK font is embedded."""
    pdf = render_bytes(invoicekit.compute(invoicekit.load(_symbols_invoice(tmp_path))))
    (tmp_path / "out.pdf").write_bytes(pdf)
    reader = PdfReader(tmp_path / "out.pdf")
    page = reader.pages[0]
    assert f"Milchaufschäumer {SYMBOLS}" in page.extract_text()
    fonts = {str(f["/BaseFont"]).split("+")[-1] for f in page["/Resources"]["/Font"].values()}
    assert {"NotoSansMath-Regular", "NotoSansSymbols-Regular", "NotoSansSymbols2-Regular"} <= fonts, fonts
    assert not [f for f in fonts if f.startswith(("NotoSansJP", "NotoSansKR", "NotoSansSC"))], fonts


@needs_cjk_sources
def test_an_installed_cjk_package_of_another_version_is_refused(tmp_path: Path) -> None:
    """The fonts package must have invoicekit's version (checked, through the installed
    metadata, when a CJK face is first needed). pytest stands in for a fonts package of
    another version: its distribution is installed, its version is not invoicekit's."""
    assert importlib.metadata.version("invoicekit-cjk-fonts") == invoicekit.__version__
    other = importlib.metadata.version("pytest")
    assert other != invoicekit.__version__
    old = 'distribution = "invoicekit-cjk-fonts"'
    chooser = FontChooser(cjk="Jpan", fonts=_manifest_copy(tmp_path, old, 'distribution = "pytest"'))
    assert chooser.choose("a", "Latn", False)[0].font.fontName == "NotoSans-Regular"  # no CJK face: no check
    with pytest.raises(FontError) as info:
        chooser.choose("あ", "Hira", False)
    v = invoicekit.__version__
    assert (info.value.path, info.value.problem) == (
        "pytest", f'version {other} is installed, invoicekit {v} needs {v}: pip install "invoicekit[cjk]"'
    )  # fmt: skip


@needs_cjk_sources
def test_a_cjk_folder_without_package_metadata_is_refused(tmp_path: Path) -> None:
    old = 'distribution = "invoicekit-cjk-fonts"'
    new = 'distribution = "invoicekit-cjk-fonts-never-installed"'
    chooser = FontChooser(cjk="Jpan", fonts=_manifest_copy(tmp_path, old, new))
    with pytest.raises(FontError) as info:
        chooser.choose("한", "Hang", True)
    assert (info.value.path, info.value.problem) == (
        "invoicekit-cjk-fonts-never-installed", f"its folder is there but it is not installed: {FIX}"
    )  # fmt: skip


def test_the_coverage_generator_refuses_without_the_cjk_fonts(tmp_path: Path) -> None:
    """Without the fonts package it would write an empty coverage file (and so turn the
    fallback's error into missing glyphs): it refuses instead, naming the missing files."""
    with pytest.raises(MissingFonts) as info:
        coverage_text(_without_cjk(tmp_path))
    assert str(info.value) == (
        "the CJK fonts are not installed (NotoSansJP-Bold.ttf, NotoSansJP-Regular.ttf, NotoSansKR-Bold.ttf, "
        "NotoSansKR-Regular.ttf, NotoSansSC-Regular.ttf): pip install -e ./fonts/cjk"
    )


def test_a_character_no_font_has_is_a_missing_glyph_with_or_without_the_cjk_fonts(tmp_path: Path) -> None:
    """U+1F9FE (an emoji, in none of the fonts): the script's font, as before; no error."""
    for chooser in (FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path)), FontChooser(cjk="Jpan")):
        face, font_script = chooser.choose("\U0001f9fe", "Latn", False)
        assert (face.font.fontName, font_script) == ("NotoSans-Regular", "Latn")


@needs_cjk_sources
def test_the_coverage_file_matches_the_cjk_fonts() -> None:
    """fonts/cjk-coverage.toml is what the installed CJK fonts draw outside Han, Kana and
    Hangul; regenerate it with `python -m tests.render.make_cjk_coverage` after a font changes."""
    assert (FONTS / "cjk-coverage.toml").read_text(encoding="utf-8") == coverage_text()
