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

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
DEFAULT_ACCENT = "#1f4e79"
_FIELDS = ("name", "logo", "accent", "font_regular", "font_bold", "footer", "contact", "support")


def _path(value: str | os.PathLike[str] | None) -> Path | None:
    return None if value is None else Path(value)


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
        if not isinstance(value, str):
            raise BrandError(str(path), f"{key}: expected text, got {type(value).__name__}")
    base = path.parent
    files = {k: base / data[k] for k in ("logo", "font_regular", "font_bold") if k in data}
    values = {k: v for k, v in data.items() if k not in files}
    brand = Brand(**values, **files)
    try:
        brand.accent_rgb()  # a bad colour is reported now, with the file
    except BrandError as exc:
        raise BrandError(str(path), f"accent: {exc.problem}") from None
    return brand


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
