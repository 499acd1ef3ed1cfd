"""The CJK fonts as a package of their own (``invoicekit-cjk-fonts``, the ``cjk`` extra):
where the manifest finds them, and the error naming the extra when they are not installed.

"Not installed" is the shipped manifest copied into a folder of its own (with the base
fonts), its ``cjk`` extra naming an import package that does not exist. tests/test_wheel.py
does the same with the real wheels."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from invoicekit.render.errors import FontError
from invoicekit.render.fonts import FontChooser, Manifest, manifest

from .make_cjk_coverage import coverage_text

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "fonts"
PACKAGE = ROOT / "fonts" / "cjk" / "invoicekit_cjk_fonts"
NEEDS = 'this document needs the CJK fonts: pip install "invoicekit[cjk]"'


def _without_cjk(tmp_path: Path) -> Manifest:
    folder = tmp_path / "fonts"
    folder.mkdir()
    text = (FONTS / "fonts.toml").read_text(encoding="utf-8")
    assert 'package = "invoicekit_cjk_fonts"\n' in text
    text = text.replace(
        'package = "invoicekit_cjk_fonts"\n', 'package = "invoicekit_cjk_fonts_not_installed"\n'
    )
    (folder / "fonts.toml").write_text(text, encoding="utf-8")
    for path in [*FONTS.glob("*.ttf"), FONTS / "cjk-coverage.toml"]:
        (folder / path.name).symlink_to(path)
    return manifest(folder)


def test_the_base_fonts_folder_has_no_cjk_font_and_the_package_has_all_five() -> None:
    assert sorted(p.name for p in FONTS.glob("NotoSans*.ttf") if p.name[8:10] in ("JP", "KR", "SC")) == []
    assert sorted(p.name for p in PACKAGE.glob("*.ttf")) == [
        "NotoSansJP-Bold.ttf", "NotoSansJP-Regular.ttf", "NotoSansKR-Bold.ttf",
        "NotoSansKR-Regular.ttf", "NotoSansSC-Regular.ttf",
    ]  # fmt: skip
    assert sorted(p.name for p in PACKAGE.glob("OFL-*.txt")) == [
        "OFL-NotoSansJP.txt", "OFL-NotoSansKR.txt", "OFL-NotoSansSC.txt",
    ]  # fmt: skip


def test_the_checkout_finds_the_cjk_fonts_in_their_package() -> None:
    """The README's set-up installs fonts/cjk (editable): the manifest finds every CJK face."""
    fonts = manifest()
    assert fonts.missing == {}
    for family in ("Noto Sans JP", "Noto Sans KR", "Noto Sans SC"):
        name, path, _ = fonts.face(family, bold=False)
        assert path.parent.name == "invoicekit_cjk_fonts" and path.is_file(), path
        assert name == path.stem
    assert fonts.face("Noto Sans SC", bold=True)[2] is True  # no SC bold: synthetic, as before


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
    assert (info.value.path, info.value.problem) == (file, NEEDS)
    assert str(info.value) == f"{file}: {NEEDS}"


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


def test_a_fallback_to_a_cjk_font_names_the_extra_too(tmp_path: Path) -> None:
    """→ and ∞ are in no base font: with the CJK fonts a fallback draws them from Noto Sans JP,
    so without them a Latin text with an arrow stops too, instead of losing the arrow."""
    chooser = FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path))
    for ch, bold, file in [("→", False, "NotoSansJP-Regular.ttf"), ("∞", True, "NotoSansJP-Bold.ttf")]:
        with pytest.raises(FontError) as info:
            chooser.choose(ch, "Latn", bold)
        assert (info.value.path, info.value.problem) == (file, NEEDS)
    installed = FontChooser(cjk="Jpan")
    assert installed.choose("→", "Latn", False)[0].font.fontName == "NotoSansJP-Regular"


def test_a_character_no_font_has_is_a_missing_glyph_with_or_without_the_cjk_fonts(tmp_path: Path) -> None:
    """U+1F9FE (an emoji, in none of the fonts): the script's font, as before; no error."""
    for chooser in (FontChooser(cjk="Jpan", fonts=_without_cjk(tmp_path)), FontChooser(cjk="Jpan")):
        face, font_script = chooser.choose("\U0001f9fe", "Latn", False)
        assert (face.font.fontName, font_script) == ("NotoSans-Regular", "Latn")


def test_the_coverage_file_matches_the_cjk_fonts() -> None:
    """fonts/cjk-coverage.toml is what the installed CJK fonts draw outside Han, Kana and
    Hangul; regenerate it with `python -m tests.render.make_cjk_coverage` after a font changes."""
    assert (FONTS / "cjk-coverage.toml").read_text(encoding="utf-8") == coverage_text()
