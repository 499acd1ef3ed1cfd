"""The fonts the renderer embeds: the shipped Noto files (``fonts/fonts.toml``) and a brand's own.

Each TrueType file is loaded and registered with reportlab once per process, under its
PostScript name, when a document first needs it. :class:`PdfFont` adds what shaped text needs:
the font's original coverage (its cmap), a HarfBuzz font, and codes for glyphs that no
character maps to (ligatures, contextual forms) whose ToUnicode entry is the text they draw.
:class:`FontChooser` picks the font of every character: the script's font from the manifest,
else the first font whose cmap has the character. The CJK fonts are a distribution of their
own (``invoicekit-cjk-fonts``, the ``cjk`` extra): the manifest finds them in its own folder
or in that package's, and a document that needs them when neither has them stops with a
:class:`FontError` naming the character and the extra; an installed package of another
version than invoicekit's stops it too (checked when a CJK face is first needed). Before the
CJK fonts, the fallback tries the base wheel's Noto Sans Math and Symbols fonts, so that
arrows, maths signs and shapes render alike with or without the CJK package.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import threading
import tomllib
import zlib
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol, cast

import uharfbuzz as hb
from attrs import frozen
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, TTFontFace

from ..resources import shipped_dir
from .errors import FontError
from .scripts import CJK

MANIFEST = "fonts.toml"
# First code given to a glyph without a character: plane 15, private use.
_PRIVATE_BASE = 0xF0000


def fonts_dir() -> Path:
    """The shipped fonts (inside the wheel at ``invoicekit/_data/fonts``, or ``fonts/`` of a checkout)."""
    return shipped_dir("fonts")


@frozen
class ScriptFonts:
    """What the manifest says about one script: its family, direction, shaping and bold."""

    family: str
    rtl: bool
    shaping: bool
    real_bold: bool


@frozen
class Extra:
    """Fonts in a distribution of their own, which the invoicekit extra ``name`` installs."""

    name: str  # pip install "invoicekit[<name>]"
    package: str  # its import package: the folder that holds the files
    distribution: str  # its distribution name, whose installed version must be invoicekit's
    what: str  # what the fonts are, for the error ("the CJK fonts")
    coverage: Path | None  # what each file draws outside the CJK scripts (a fallback's choice)

    def error(self, file: str, ch: str | None = None) -> FontError:
        """The error of a document that needs ``file`` (for character ``ch``) when the extra is
        not installed: it names the character, the file and the pip command."""
        where = f'U+{ord(ch):04X} "{ch}"' if ch else file
        why = f"this document needs {self.what} ({file})" if ch else f"this document needs {self.what}"
        return FontError(where, f'{why}: pip install "invoicekit[{self.name}]"')

    def check_version(self) -> None:
        """Raise a :class:`FontError` unless the installed distribution has invoicekit's own
        version: another release's files may draw other glyphs, or lack some the coverage names."""
        _check_version(self)

    def covers(self, file: str, ch: str) -> bool:
        """Whether ``file`` has ``ch`` (a character outside the CJK scripts), by the coverage
        file, so a fallback knows what the file would draw without having it."""
        return self.coverage is not None and ord(ch) in _coverage(self.coverage).get(file, frozenset())


@cache
def _check_version(extra: Extra) -> None:
    """:meth:`Extra.check_version`, once per process (the result does not change)."""
    from .. import __version__  # here, not at the top: the package imports the renderer

    fix = f'pip install "invoicekit[{extra.name}]"'
    try:
        found = importlib.metadata.version(extra.distribution)
    except importlib.metadata.PackageNotFoundError:
        raise FontError(extra.distribution, f"its folder is there but it is not installed: {fix}") from None
    if found != __version__:
        wanted = f"invoicekit {__version__} needs {__version__}"
        raise FontError(extra.distribution, f"version {found} is installed, {wanted}: {fix}")


@cache
def _coverage(path: Path) -> dict[str, frozenset[int]]:
    """The code points of each font of a coverage file (``"2190-2199"`` ranges, per file)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FontError(str(path), f"cannot read the font coverage ({exc})") from None
    found: dict[str, frozenset[int]] = {}
    for file, spans in data.get("coverage", {}).items():
        points: set[int] = set()
        for span in spans:
            first, _, last = span.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
        found[file] = frozenset(points)
    return found


@frozen
class Manifest:
    """``fonts.toml``: the family of each script and the file of each (family, style);
    ``missing`` holds the faces of an extra that is not installed."""

    directory: Path
    scripts: dict[str, ScriptFonts]
    files: dict[tuple[str, str], tuple[str, Path]]  # (family, style) -> (PostScript name, path)
    missing: dict[tuple[str, str], Extra]
    from_extra: dict[tuple[str, str], Extra]  # the faces found in an extra's package

    def _key(self, family: str, bold: bool) -> tuple[str, str]:
        """The (family, style) drawing ``bold`` text: Bold when the family has it."""
        return (family, "Bold") if bold and (family, "Bold") in self.files else (family, "Regular")

    def face(self, family: str, bold: bool, ch: str | None = None) -> tuple[str, Path, bool]:
        """(PostScript name, path, synthetic bold) of a family's regular or bold face; a
        :class:`FontError` naming the extra (and ``ch``, the character that needs the face)
        when the face's extra is not installed or is of another version."""
        key = self._key(family, bold)
        extra = self.missing.get(key)
        if extra is not None:
            raise extra.error(self.files[key][1].name, ch)
        if key in self.from_extra:
            self.from_extra[key].check_version()
        name, path = self.files[key]
        return name, path, bold and key[1] == "Regular"

    def installed(self, family: str) -> bool:
        """Whether the family's regular face is there (not in an extra left out)."""
        return (family, "Regular") not in self.missing

    def check_left_out(self, family: str, bold: bool, ch: str) -> None:
        """Raise the extra's :class:`FontError` when the left-out face of ``family`` would
        have drawn ``ch`` (a fallback: the same document renders alike or not at all)."""
        key = self._key(family, bold)
        extra = self.missing.get(key)
        file = self.files[key][1].name
        if extra is not None and extra.covers(file, ch):
            raise extra.error(file, ch)


@cache
def _package_dir(package: str) -> Path | None:
    """The folder of an installed import package, found without importing it; else ``None``."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations))) if locations else None


def _extras(directory: Path, data: dict[str, Any]) -> dict[str, Extra]:
    """The manifest's [extras]: the fonts in distributions of their own."""
    return {
        name: Extra(
            name,
            info["package"],
            info.get("distribution", info["package"]),
            info.get("what", f"the {name} fonts"),
            directory / info["coverage"] if "coverage" in info else None,
        )
        for name, info in data.get("extras", {}).items()
    }


def _locate(directory: Path, entry: dict[str, Any], extras: dict[str, Extra]) -> tuple[Path, Extra | None]:
    """Where the file of a [[font]] entry is: the manifest's folder, else (for a font of an
    extra) the extra's package folder; with the extra when neither has it."""
    path = directory / entry["file"]
    name = entry.get("extra")
    if name is None or path.is_file():
        return path, None
    extra = extras[name]
    folder = _package_dir(extra.package)
    if folder is not None and (folder / entry["file"]).is_file():
        return folder / entry["file"], None
    return path, extra


@cache
def manifest(directory: Path | None = None) -> Manifest:
    """Read and check ``fonts.toml`` of ``directory`` (default: the shipped fonts)."""
    directory = directory or fonts_dir()
    path = directory / MANIFEST
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FontError(str(path), f"cannot read the font manifest ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise FontError(str(path), f"not valid TOML ({exc})") from None
    extras = _extras(directory, data)
    files: dict[tuple[str, str], tuple[str, Path]] = {}
    missing: dict[tuple[str, str], Extra] = {}
    from_extra: dict[tuple[str, str], Extra] = {}
    for entry in data.get("font", []):
        key = (entry["family"], entry["style"])
        if entry.get("extra") is not None and entry["extra"] not in extras:
            raise FontError(str(path), f"{entry['file']}: extra {entry['extra']!r} not in [extras]")
        file, extra = _locate(directory, entry, extras)
        files[key] = (entry["postscript_name"], file)
        if extra is not None:
            missing[key] = extra
        elif entry.get("extra") is not None and file.parent != directory:
            from_extra[key] = extras[entry["extra"]]
    scripts: dict[str, ScriptFonts] = {}
    for code, info in data.get("scripts", {}).items():
        family = info["family"]
        if (family, "Regular") not in files:
            raise FontError(str(path), f"scripts.{code}: no Regular font of family {family!r}")
        scripts[code] = ScriptFonts(
            family=family,
            rtl=info.get("direction") == "rtl",
            shaping=bool(info.get("shaping")),
            real_bold=info.get("bold") == "real" and (family, "Bold") in files,
        )
    return Manifest(directory, scripts, files, missing, from_extra)


class _FaceInternals(Protocol):
    """What a reportlab TTFontFace has at run time that types-reportlab leaves out or
    unannotated: the font file's bytes, the reverse cmap and the subset embedding calls."""

    _ttf_data: bytes
    glyphToChar: dict[int, list[int]]
    filename: str

    def getCharWidth(self, code: int) -> float: ...

    def addSubsetObjects(self, doc: Any, fontname: str, subset: Sequence[int]) -> object: ...


def _internals(face: TTFontFace) -> _FaceInternals:
    return cast(_FaceInternals, face)


def _font_dict(**entries: object) -> pdfdoc.PDFTrueTypeFont:
    """A TrueType font dictionary. reportlab takes its entries as attributes, which
    types-reportlab does not declare."""
    font = pdfdoc.PDFTrueTypeFont()
    for key, value in entries.items():
        setattr(font, key, value)
    return font


class _RememberedFlate(pdfdoc.PDFStreamFilterZCompress):
    """reportlab's Flate filter (``zlib.compress`` of the stream's bytes) remembering what it
    compressed: the same font subsets and ToUnicode maps are embedded in document after
    document. Used for the fonts' streams only, not for the pages'."""

    _MAX = 256

    def __init__(self) -> None:
        self._done: dict[bytes, bytes] = {}

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        found = self._done.get(data)
        if found is None:
            if len(self._done) >= self._MAX:
                self._done.clear()
            found = self._done[data] = zlib.compress(data)
        return found


_FONT_FLATE = _RememberedFlate()


class _Widths(pdfdoc.PDFArray):
    """A subset's /Widths: reportlab's PDFArray of numbers, formatted once per list of widths
    (numbers are written alike in every document; the key holds reportlab's one setting that
    changes the layout of an array)."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # reportlab's argument name
        key = (rl_config.pdfMultiLine, IND, *self.sequence)
        found = _WIDTHS_DONE.get(key)
        if found is None:
            if len(_WIDTHS_DONE) >= _WIDTHS_MAX:
                _WIDTHS_DONE.clear()
            found = _WIDTHS_DONE[key] = super().format(document, IND)
        return found


_WIDTHS_DONE: dict[tuple[object, ...], bytes] = {}
_WIDTHS_MAX = 256
_SUBSETS_MAX = 64  # subsets remembered per font (a few per document)


class PdfFont(TTFont):
    """A reportlab TrueType font that can draw any glyph of the font, not only cmap'd ones,
    and that writes the text each glyph stands for into the PDF's ToUnicode map. The
    embedded subset files, their widths and ToUnicode maps are made once per set of codes
    (a subset depends only on its codes: a code, once given, always stands for one glyph)."""

    # TTFont's method that types-reportlab leaves out (an annotation only: nothing at run time)
    _assignState: Callable[[Any], TTFont.State]

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path), asciiReadable=1, shapable=False)
        self.path = path
        face = self.face
        self.coverage: frozenset[int] = frozenset(face.charToGlyph)
        self.units_per_em: int = face.unitsPerEm
        self._hb_font: hb.Font | None = None
        self._codes: dict[tuple[int, str], int] = {}
        self._text_of: dict[int, str] = {}
        self._lock = threading.Lock()
        self._subsets: dict[tuple[int, ...], bytes] = {}
        self._maps: dict[tuple[str, tuple[int, ...]], tuple[str, list[float]]] = {}
        # reportlab's addSubsetObjects calls face.makeSubset: the instance's remembers
        # a character's advance unshaped (1/1000 em, as text._plain reads it; a no-break space
        # is drawn as a space), filled as characters are met (the same values whoever fills it)
        self.char_advances: dict[str, float] = {}
        self._make_subset = face.makeSubset
        setattr(face, "makeSubset", self._subset_file)  # noqa: B010  # types-reportlab: a method

    def _subset_file(self, subset: Sequence[int]) -> bytes:
        """reportlab's TrueType subset file of the codes ``subset``, made once."""
        key = tuple(subset)
        found = self._subsets.get(key)
        if found is None:
            if len(self._subsets) >= _SUBSETS_MAX:
                self._subsets.clear()
            found = self._subsets[key] = self._make_subset(subset)
        return found

    def _subset_maps(self, base_name: str, subset: Sequence[int]) -> tuple[str, list[float]]:
        """The ToUnicode CMap and the widths of a subset, made once."""
        key = (base_name, tuple(subset))
        found = self._maps.get(key)
        if found is None:
            if len(self._maps) >= _SUBSETS_MAX:
                self._maps.clear()
            cmap = _to_unicode_cmap(base_name, [self._text_of.get(c, chr(c)) for c in subset])
            face = _internals(self.face)
            found = self._maps[key] = (cmap, [face.getCharWidth(c) for c in subset])
        return found

    @property
    def hb_font(self) -> hb.Font:
        """The HarfBuzz font (scale: font units)."""
        if self._hb_font is None:
            self._hb_font = hb.Font(hb.Face(hb.Blob(_internals(self.face)._ttf_data)))
        return self._hb_font

    def has(self, ch: str) -> bool:
        return ord(ch) in self.coverage

    def natural_chars(self, gid: int) -> list[int]:
        """The characters the font's own cmap maps to glyph ``gid``."""
        return [c for c in _internals(self.face).glyphToChar.get(gid, ()) if c < _PRIVATE_BASE]

    def code_for(self, gid: int, text: str) -> int:
        """The character code under which glyph ``gid`` is embedded when it draws ``text``:
        the character itself when the cmap maps it to this glyph, else a private code whose
        ToUnicode entry is ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text)
        code = self._codes.get(key)
        if code is None:
            with self._lock:
                code = self._codes.get(key)
                if code is None:
                    code = _PRIVATE_BASE + len(self._codes)
                    face = self.face
                    face.charToGlyph[code] = gid
                    face.charWidths[code] = self.hb_font.get_glyph_h_advance(gid) * 1000 / self.units_per_em
                    self._text_of[code] = text
                    self._codes[key] = code
        return code

    def width_1000(self, code: int) -> float:
        """The advance the PDF viewer gives ``code`` (its /Widths entry), per 1000 of the size."""
        return float(self.face.charWidths.get(code, self.face.defaultWidth))

    def addObjects(self, doc: Any) -> None:
        """reportlab's embedding, with a ToUnicode map that knows the private codes."""
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode(
                "pdfdoc"
            )
            cmap = pdfdoc.PDFStream()
            cmap.content, widths = self._subset_maps(base_name, subset)
            if doc.compression:
                cmap.filters = [_FONT_FLATE]
            face = _internals(self.face)
            pdf_font = _font_dict(
                __Comment__=f"Font {self.fontName} subset {n}",
                Name=internal_name,
                BaseFont=base_name,
                FirstChar=0,
                LastChar=len(subset) - 1,
                Widths=_Widths(widths),
                ToUnicode=doc.Reference(cmap, "toUnicodeCMap:" + base_name),
                FontDescriptor=face.addSubsetObjects(doc, base_name, subset),
            )
            if doc.compression:  # the subset file's stream, which reportlab just made
                doc.idToObject[f"fontFile:{face.filename}({base_name})"].filters = [_FONT_FLATE]
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    """A ToUnicode CMap mapping each one-byte code to its text (several characters allowed)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(texts), 100):
        chunk = texts[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{start + i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(chunk)]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


_REGISTRY: dict[str, PdfFont] = {}
_REGISTRY_LOCK = threading.Lock()


def load_font(path: Path, name: str | None = None) -> PdfFont:
    """The font of ``path``, loaded and registered once per process under its PostScript name
    (``name`` when the manifest gives it). Raises :class:`FontError` for a missing or
    non-embeddable file."""
    path = Path(path)
    key = str(path.resolve())
    with _REGISTRY_LOCK:
        font = _REGISTRY.get(key)
        if font is not None:
            return font
        if not path.is_file():
            raise FontError(str(path), "font file not found")
        try:
            probe = PdfFont(name or "invoicekit-probe", path)
        except Exception as exc:  # reportlab raises TTFError, struct.error, ValueError ...
            raise FontError(str(path), f"not a usable TrueType font ({exc})") from None
        ps_name = name or probe.face.name.decode("latin-1", "replace") or path.stem
        taken = ps_name in pdfmetrics.getRegisteredFontNames()
        registered = pdfmetrics.getFont(ps_name) if taken else None
        if registered is not None and getattr(registered, "path", None) != path:
            ps_name = f"{ps_name}~{len(_REGISTRY)}"  # another file already took the name
        font = probe if probe.fontName == ps_name else PdfFont(ps_name, path)
        pdfmetrics.registerFont(font)
        _REGISTRY[key] = font
        return font


@frozen
class Face:
    """A font as used for a piece of text: bold faked by stroking when ``synthetic_bold``."""

    font: PdfFont
    synthetic_bold: bool = False


@frozen
class BrandFonts:
    """A shop's own regular and (optional) bold fonts, used first for the characters they have."""

    regular: PdfFont
    bold: PdfFont | None = None


# Scripts (and fallback slots) in the order the fallback tries them when a character's own
# font lacks it. The base wheel's maths and symbols fonts come before the CJK fonts, so that a
# character they have is drawn from the same file whether or not the CJK package is installed
# (same input, same bytes); the CJK fonts keep what only they have (fullwidth forms ...).
FALLBACK_ORDER = (
    "Latn", "Arab", "Hebr", "Deva", "Thai", "math", "symbols", "symbols2", "Jpan", "Kore", "Hans",
)  # fmt: skip
_LATIN_LIKE = frozenset({"Latn", "Cyrl", "Grek"})


class FontChooser:
    """Picks the face of each character of a document's text.

    ``cjk`` is the font script (``Jpan``, ``Hans``, ``Kore``) for Han characters when the text
    gives no other hint (no kana or hangul next to them)."""

    def __init__(self, cjk: str = "Jpan", brand: BrandFonts | None = None, fonts: Manifest | None = None):
        self.manifest = fonts or manifest()
        self.cjk = cjk
        self.brand = brand
        self._faces: dict[tuple[str, bool], Face] = {}

    def face(self, font_script: str, bold: bool, ch: str | None = None) -> Face:
        """The face of a manifest script (``Latn``, ``Arab``, ``Jpan`` ...); ``ch``, the
        character it is wanted for, is named by the error when the face is not installed."""
        key = (font_script, bold)
        face = self._faces.get(key)
        if face is None:
            info = self.manifest.scripts.get(font_script) or self.manifest.scripts["Latn"]
            name, path, synthetic = self.manifest.face(info.family, bold, ch)
            face = self._faces[key] = Face(load_font(path, name), synthetic)
        return face

    def font_script(self, script: str, han_hint: str | None) -> str:
        """The manifest script whose font draws characters of ``script``."""
        if script in CJK:
            if script in ("Hira", "Kana"):
                return "Jpan"
            if script == "Hang":
                return "Kore"
            return han_hint or self.cjk
        if script in self.manifest.scripts:
            return script
        return "Latn"

    def _installed(self, font_script: str) -> bool:
        """Whether the script's font is there, not in an extra left out."""
        info = self.manifest.scripts.get(font_script)
        return info is None or self.manifest.installed(info.family)

    def shaping(self, font_script: str) -> bool:
        info = self.manifest.scripts.get(font_script)
        return bool(info and info.shaping)

    def choose(self, ch: str, script: str, bold: bool, han_hint: str | None = None) -> tuple[Face, str]:
        """The face for character ``ch`` of (resolved) ``script``, and the manifest script it
        stands for: the brand font for Latin-like text it covers, the script's font, else the
        first fallback font whose cmap has ``ch`` (else the script's font: a missing glyph)."""
        font_script = self.font_script(script, han_hint)
        if self.brand is not None and font_script in _LATIN_LIKE:
            font = self.brand.bold if bold and self.brand.bold else self.brand.regular
            if font.has(ch):
                return Face(font, bold and self.brand.bold is None), font_script
        face = self.face(font_script, bold, ch)
        if face.font.has(ch) or _invisible(ch):
            return face, font_script
        for other in FALLBACK_ORDER:
            if other == font_script:
                continue
            if not self._installed(other):
                self.manifest.check_left_out(self.manifest.scripts[other].family, bold, ch)
                continue
            candidate = self.face(other, bold, ch)
            if candidate.font.has(ch):
                return candidate, other
        return face, font_script


def _invisible(ch: str) -> bool:
    """Format characters (bidi marks, joiners) are consumed by shaping, not drawn."""
    return ch in "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff"
