"""A shop's look: logo, accent colour, its own fonts, footer and contact lines.

The same :class:`Brand` dresses invoices, receipts and credit notes. :func:`load_brand` reads
one from a TOML file (paths relative to the file)::

    name = "Kaffeerösterei Beispiel"
    logo = "logo.png"              # PNG or JPEG
    accent = "#8a4b2a"
    font_regular = "fonts/Shop-Regular.ttf"
    font_bold = "fonts/Shop-Bold.ttf"
    footer = "Kaffeerösterei Beispiel GmbH · Amtsgericht Berlin HRB 12345"
    contact = "rechnung@example.de · +49 30 1234567"
    support = "Hilfe: example.de/support"
    logo_url = "https://example.de/logo.png"   # a hosted logo for e-mails (optional)
    font_family = "Source Sans 3"             # the HTML font, before the web-safe fallbacks

    [support_contact]                          # printed in the buyer's language
    email = "hilfe@example.de"
    phone = "+49 30 1234568"
    chat_url = "https://example.de/chat"
    hours = { de = "Mo-Fr 9-18 Uhr", en = "Mon-Fri 9am-6pm CET" }   # or one text for all
    response_hours = 24                        # "Wir antworten innerhalb von 24 Stunden"

    [greeting]                                 # the shop's own greeting per language
    de = "Moin %(name)s,"

Every file is checked when the brand is used: a missing or broken logo or font raises
:class:`~invoicekit.render.errors.BrandError` naming the file and the problem.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from attrs import evolve, field, frozen
from PIL import Image
from reportlab.lib.utils import ImageReader

from ..errors import expect
from ..paths import path_problem, shown
from .errors import BrandError, FontError
from .fonts import BrandFonts, PdfFont, load_font
from .support import Greetings, SupportContact

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
DEFAULT_ACCENT = "#1f4e79"
_TEXTS = ("name", "logo", "accent", "font_regular", "font_bold", "footer", "contact", "support")
_TEXTS_HTML = ("logo_url", "font_family")
_TABLES = ("support_contact", "greeting")
_FIELDS = _TEXTS + _TEXTS_HTML + _TABLES
_SUPPORT_FIELDS = ("email", "phone", "chat_url", "hours", "response_hours")


def _path(value: str | os.PathLike[str] | None) -> Path | None:
    return None if value is None else Path(value)


def _greetings(value: object) -> Greetings:
    return value if isinstance(value, Greetings) else Greetings(value)


def _check_logo_url(_brand: object, _attribute: object, url: str | None) -> None:
    """A hosted logo is an https address (an e-mail client fetches it; http is mixed content)."""
    if url is not None and not url.startswith("https://"):
        raise BrandError("logo_url", f"not an https:// address: {url!r}")


@frozen
class Brand:
    """A shop's branding. All fields optional; paths are checked by :func:`check_brand`."""

    name: str | None = None
    logo: Path | None = field(default=None, converter=_path)
    accent: str = DEFAULT_ACCENT
    font_regular: Path | None = field(default=None, converter=_path)
    font_bold: Path | None = field(default=None, converter=_path)
    footer: str | None = None
    contact: str | None = None
    support: str | None = None
    logo_url: str | None = field(default=None, validator=_check_logo_url)
    font_family: str | None = None
    support_contact: SupportContact | None = None
    greeting: Greetings = field(factory=Greetings, converter=_greetings)

    def accent_rgb(self) -> tuple[float, float, float]:
        """The accent colour as RGB fractions."""
        match = _HEX.match(self.accent.strip())
        if not match:
            raise BrandError("accent", f"not a #rrggbb colour: {self.accent!r}")
        value = match.group(1)
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


@frozen
class CheckedBrand:
    """A brand whose files were opened: the logo reader and the loaded fonts."""

    brand: Brand
    accent: tuple[float, float, float]
    logo: ImageReader | None
    logo_size: tuple[int, int] | None
    fonts: BrandFonts | None


def load_brand(path: str | os.PathLike[str]) -> Brand:
    """Read a brand TOML file; relative paths in it are relative to the file."""
    expect("path", path, (str, os.PathLike), "a path to a brand TOML file")
    problem = path_problem(path)
    if problem:
        raise BrandError(shown(path), problem)
    path = Path(path)
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BrandError(str(path), "brand file not found") from None
    except OSError as exc:
        raise BrandError(str(path), f"cannot read the brand file ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BrandError(str(path), f"not valid TOML ({exc})") from None
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise BrandError(str(path), f"unknown field(s): {', '.join(unknown)} (known: {', '.join(_FIELDS)})")
    for key, value in data.items():
        if key not in _TABLES and not isinstance(value, str):
            raise BrandError(str(path), f"{key}: expected text, got {type(value).__name__}")
    base = path.parent
    files = {k: base / data[k] for k in ("logo", "font_regular", "font_bold") if k in data}
    values = {k: v for k, v in data.items() if k not in files and k not in _TABLES}
    try:
        tables = _tables(data)
        brand = Brand(**values, **files, **tables)
    except BrandError as exc:
        raise BrandError(str(path), f"{exc.path}: {exc.problem}") from None
    try:
        brand.accent_rgb()  # a bad colour is reported now, with the file
    except BrandError as exc:
        raise BrandError(str(path), f"accent: {exc.problem}") from None
    return brand


def _tables(data: dict[str, Any]) -> dict[str, Any]:
    """The ``[support_contact]`` and ``[greeting]`` tables of a brand file, checked."""
    tables: dict[str, Any] = {}
    support = data.get("support_contact")
    if support is not None:
        if not isinstance(support, dict):
            raise BrandError("support_contact", "expected a table ([support_contact])")
        unknown = sorted(set(support) - set(_SUPPORT_FIELDS))
        if unknown:
            known = ", ".join(_SUPPORT_FIELDS)
            raise BrandError("support_contact", f"unknown field(s): {', '.join(unknown)} (known: {known})")
        for key in ("email", "phone", "chat_url"):
            if key in support and not isinstance(support[key], str):
                raise BrandError(
                    f"support_contact.{key}", f"expected text, got {type(support[key]).__name__}"
                )
        _check_texts("support_contact.hours", support.get("hours"), allow_text=True)
        tables["support_contact"] = SupportContact(**support)
    greeting = data.get("greeting")
    if greeting is not None:
        _check_texts("greeting", greeting, allow_text=False)
        tables["greeting"] = Greetings(greeting)
    return tables


def _check_texts(where: str, value: object, *, allow_text: bool) -> None:
    """``value`` is a table of language -> text (or, with ``allow_text``, one text)."""
    if value is None or (allow_text and isinstance(value, str)):
        return
    if not isinstance(value, dict):
        wanted = "text or a table of language = text" if allow_text else "a table of language = text"
        raise BrandError(where, f"expected {wanted}, got {type(value).__name__}")
    for tag, text in value.items():
        if not isinstance(text, str):
            raise BrandError(f"{where}.{tag}", f"expected text, got {type(text).__name__}")


def check_brand(brand: Brand) -> CheckedBrand:
    """Open the brand's files: the logo must be a readable PNG or JPEG, the fonts TrueType."""
    try:
        accent = brand.accent_rgb()
    except BrandError as exc:
        raise BrandError("accent", exc.problem) from None
    for file in (brand.logo, brand.font_regular, brand.font_bold):
        problem = path_problem(file) if file is not None else None
        if file is not None and problem:
            raise BrandError(shown(file), problem)
    logo = size = None
    if brand.logo is not None:
        logo, size = _open_logo(brand.logo)
    fonts = None
    if brand.font_regular is not None:
        regular = _font(brand.font_regular)
        bold = _font(brand.font_bold) if brand.font_bold is not None else None
        fonts = BrandFonts(regular, bold)
    elif brand.font_bold is not None:
        raise BrandError(str(brand.font_bold), "font_bold given without font_regular")
    return CheckedBrand(brand, accent, logo, size, fonts)


def rgb_logo(checked: CheckedBrand) -> CheckedBrand:
    """``checked`` with a CMYK logo (a JPEG from a print workflow) converted to RGB: a PDF/A
    file with an sRGB output intent may not use device CMYK colours (ISO 19005-3, 6.2.4.3)."""
    path = checked.brand.logo
    if path is None or checked.logo is None:
        return checked
    with Image.open(path) as image:
        if image.mode != "CMYK":
            return checked
        rgb = image.convert("RGB")
    return evolve(checked, logo=ImageReader(rgb))


def _open_logo(path: Path) -> tuple[ImageReader, tuple[int, int]]:
    if not path.is_file():
        raise BrandError(str(path), "logo file not found")
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise BrandError(str(path), f"cannot read the logo ({exc.strerror or exc})") from None
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise BrandError(str(path), "logo is not a PNG or JPEG image")
    try:
        with Image.open(path) as image:
            image.load()  # decodes it: a truncated file fails here, not in the PDF
            width, height = image.size
        reader = ImageReader(str(path))
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError ...
        raise BrandError(str(path), f"logo image is broken ({type(exc).__name__}: {exc})") from None
    if width <= 0 or height <= 0:
        raise BrandError(str(path), "logo image is empty")
    return reader, (int(width), int(height))


def _font(path: Path) -> PdfFont:
    try:
        return load_font(path)
    except FontError as exc:
        raise BrandError(exc.path, exc.problem) from None
