"""Brands: the TOML loader, the files it names, and the same look on every kind of document."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from PIL import Image

import invoicekit
from invoicekit.cli import render_cmd
from invoicekit.errors import InvoiceKitError
from invoicekit.render import Brand, BrandError, load_brand, render_bytes

from .conftest import EXAMPLES, ROOT
from .pdfcheck import reader, text

FONTS = ROOT / "fonts"


def logo(path: Path, fmt: str = "PNG") -> Path:
    image = Image.new("RGB", (120, 40), (138, 75, 42))
    for x in range(10, 110):
        image.putpixel((x, 20), (255, 255, 255))
    image.save(path, fmt)
    return path


def write_brand(tmp_path: Path, **fields: str) -> Path:
    lines = [f'{k} = "{v}"' for k, v in fields.items()]
    path = tmp_path / "brand.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def computed(name: str) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(EXAMPLES / name))


def test_a_brand_file_dresses_invoice_receipt_and_credit_note(tmp_path: Path) -> None:
    logo(tmp_path / "logo.png")
    path = write_brand(
        tmp_path,
        name="Kaffeerösterei Beispiel",
        logo="logo.png",
        accent="#8a4b2a",
        font_regular=str(FONTS / "NotoSansThai-Regular.ttf"),
        font_bold=str(FONTS / "NotoSansThai-Bold.ttf"),
        footer="Kaffeerösterei Beispiel GmbH · Amtsgericht Berlin HRB 12345",
        contact="rechnung@example.de",
        support="Hilfe: example.de/support",
    )
    brand = load_brand(path)
    assert brand.logo == tmp_path / "logo.png"
    for name in ("de-invoice.toml", "ch-receipt.toml", "fr-credit-note.json"):
        pdf = render_bytes(computed(name), brand=brand)
        page = reader(pdf).pages[0]
        fonts = {str(f.get_object()["/BaseFont"]).split("+")[1] for f in page["/Resources"]["/Font"].values()}
        assert "NotoSansThai-Regular" in fonts and "NotoSansThai-Bold" in fonts, name  # the shop's fonts
        xobjects = page["/Resources"]["/XObject"]
        assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values()), name  # the logo
        body = text(pdf)
        assert "Amtsgericht Berlin HRB 12345" in body and "rechnung@example.de" in body
        assert "example.de/support" in body
        assert b"0.541176 0.294118 0.164706 rg" in _content(pdf) or b".541176 .294118 .164706 rg" in _content(
            pdf
        )


def _content(pdf: bytes) -> bytes:
    return reader(pdf).pages[0].get_contents().get_data()


def test_jpeg_logo(tmp_path: Path) -> None:
    brand = Brand(logo=logo(tmp_path / "logo.jpg", "JPEG"))
    pdf = render_bytes(computed("de-invoice.toml"), brand=brand)
    assert render_bytes(computed("de-invoice.toml"), brand=brand) == pdf  # still deterministic


@pytest.mark.parametrize(
    ("setup", "problem"),
    [
        (lambda d: Brand(logo=d / "missing.png"), "logo file not found"),
        (lambda d: Brand(logo=_write(d / "logo.png", b"not an image at all")), "not a PNG or JPEG"),
        (
            lambda d: Brand(logo=_write(d / "logo.png", logo(d / "real.png").read_bytes()[:60])),
            "logo image is broken",
        ),
        (lambda d: Brand(logo=_write(d / "logo.gif", b"GIF89a......")), "not a PNG or JPEG"),
        (lambda d: Brand(font_regular=d / "missing.ttf"), "font file not found"),
        (
            lambda d: Brand(font_regular=_write(d / "shop.ttf", b"\x00\x01\x00\x00 broken")),
            "not a usable TrueType font",
        ),
        (lambda d: Brand(font_regular=FONTS / "README.md"), "not a usable TrueType font"),
        (lambda d: Brand(font_bold=FONTS / "NotoSans-Bold.ttf"), "font_bold given without font_regular"),
        (lambda d: Brand(accent="orange"), "not a #rrggbb colour"),
    ],
)
def test_broken_brand_files_are_clear_errors(tmp_path: Path, setup, problem: str) -> None:  # type: ignore[no-untyped-def]
    brand = setup(tmp_path)
    with pytest.raises(BrandError) as info:
        render_bytes(computed("de-invoice.toml"), brand=brand)
    assert problem in str(info.value)
    assert isinstance(info.value, InvoiceKitError)
    if "file" in problem or "image" in problem or "TrueType" in problem or "PNG" in problem:
        assert (
            info.value.path in str(info.value) and str(tmp_path) in info.value.path
        ) or "fonts" in info.value.path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('name = "x"\nlogo_file = "a.png"\n', "unknown field(s): logo_file"),
        ("name = 3\n", "name: expected text"),
        ('accent = "#12345"\n', "not a #rrggbb colour"),
        ("name = \n", "not valid TOML"),
    ],
)
def test_brand_file_problems(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "brand.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BrandError, match=problem.replace("(", r"\(").replace(")", r"\)")) as info:
        load_brand(path)
    assert str(path) in str(info.value)


def test_missing_brand_file(tmp_path: Path) -> None:
    with pytest.raises(BrandError, match="brand file not found"):
        load_brand(tmp_path / "nope.toml")


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    render_cmd.register(sub)
    args = parser.parse_args(["render", *argv])
    return int(args.run(args))


def test_cli_renders_with_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logo(tmp_path / "logo.png")
    brand = write_brand(tmp_path, logo="logo.png", accent="#336699", footer="Footer text")
    out = tmp_path / "receipt.pdf"
    assert (
        cli(
            str(EXAMPLES / "de-invoice.toml"),
            "-o",
            str(out),
            "--locale",
            "fr",
            "--second-locale",
            "de",
            "--receipt",
            "--brand",
            str(brand),
            "--paper",
            "letter",
        )
        == 0
    )
    pdf = out.read_bytes()
    assert round(float(reader(pdf).pages[0].mediabox.width)) == 612
    assert "Footer text" in text(pdf)
    assert reader(pdf).trailer["/Root"]["/Lang"] == "fr"


def test_cli_reports_brand_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brand = write_brand(tmp_path, logo="missing.png")
    out = tmp_path / "x.pdf"
    assert cli(str(EXAMPLES / "de-invoice.toml"), "-o", str(out), "--brand", str(brand)) == 2
    err = capsys.readouterr().err
    assert "missing.png: logo file not found" in err and "Traceback" not in err
    assert not out.exists()


def test_cli_writes_the_same_bytes_as_the_api(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert cli(str(EXAMPLES / "i18n/uk-cyrillic-credit-note.toml"), "-o", str(out)) == 0
    buffer = io.BytesIO()
    from invoicekit.render import render_pdf

    render_pdf(computed("i18n/uk-cyrillic-credit-note.toml"), buffer)
    assert out.read_bytes() == buffer.getvalue()
