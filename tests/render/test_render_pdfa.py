"""PDF/A-3b output: pikepdf's validator passes it and each requirement is read back."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

import invoicekit
from invoicekit.cli import main
from invoicekit.render import Brand, RenderError, load_brand, render_bytes, render_pdf
from invoicekit.render.xmp import DocumentInfo, clean_text, xmp_packet

from .conftest import EXAMPLES, ROOT
from .pdfacheck import about_document, check_structure, images, validator_findings
from .pdfcheck import computed, text

DE = EXAMPLES / "de-invoice.toml"
BRAND = EXAMPLES / "i18n" / "brand" / "brand.toml"

# one document per script family and kind: Latin, Arabic (right to left, shaped), Japanese
# (a 5.5 MB font, subset), Devanagari, Hebrew, a receipt, a credit note
DOCUMENTS = [
    DE,
    EXAMPLES / "ch-receipt.toml",
    EXAMPLES / "fr-credit-note.json",
    EXAMPLES / "i18n" / "ar-arabic-invoice.toml",
    EXAMPLES / "i18n" / "ja-japanese-invoice.toml",
    EXAMPLES / "i18n" / "hi-devanagari-invoice.toml",
    EXAMPLES / "i18n" / "he-hebrew-invoice.toml",
]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_documents_are_pdfa_3b(path: Path) -> None:
    pdf = render_bytes(computed(path), pdfa=True)
    assert validator_findings(pdf) == []
    check_structure(pdf)


def test_the_pdfa_file_shows_the_same_text_as_the_plain_one() -> None:
    c = computed(DE)
    assert text(render_bytes(c, pdfa=True)) == text(render_bytes(c))


def test_a_branded_document_with_its_logo_and_fonts_is_pdfa(tmp_path: Path) -> None:
    brand = load_brand(BRAND)
    fonts = ROOT / "fonts"
    shop = Brand(
        logo=brand.logo,
        font_regular=fonts / "NotoSansThai-Regular.ttf",
        font_bold=fonts / "NotoSansThai-Bold.ttf",
    )
    for b in (brand, shop):
        pdf = render_bytes(computed(DE), pdfa=True, brand=b)
        assert validator_findings(pdf) == []
        check_structure(pdf)


@pytest.mark.parametrize("mode", ["CMYK", "L", "RGB"])
def test_jpeg_logos_of_every_colour_model(tmp_path: Path, mode: str) -> None:
    """A CMYK logo is converted to RGB: an sRGB output intent does not cover device CMYK."""
    logo = tmp_path / "logo.jpg"
    Image.new(mode, (60, 30), {"CMYK": (0, 160, 255, 0), "L": 90, "RGB": (200, 40, 10)}[mode]).save(logo)
    pdf = render_bytes(computed(DE), pdfa=True, brand=Brand(logo=logo))
    assert validator_findings(pdf) == []
    document = check_structure(pdf)
    (image,) = images(document)
    expected = {"CMYK": "/DeviceRGB", "L": "/DeviceGray", "RGB": "/DeviceRGB"}[mode]
    assert image.ColorSpace == expected
    # without PDF/A the logo keeps its colour model
    plain = pikepdf.open(io.BytesIO(render_bytes(computed(DE), brand=Brand(logo=logo))))
    (original,) = images(plain)
    assert original.ColorSpace == {"CMYK": "/DeviceCMYK"}.get(mode, expected)


def test_metadata_with_markup_and_control_characters() -> None:
    """XMP is XML: ``&`` and ``<`` are escaped; characters XML cannot carry are dropped from
    both the XMP and the info dictionary, which must agree."""
    doc = invoicekit.load(DE)
    doc = attrs.evolve(doc, seller=attrs.evolve(doc.seller, name="Müller & <Söhne>\x07 GmbH\r\n"))
    pdf = render_bytes(invoicekit.compute(doc), pdfa=True)
    assert validator_findings(pdf) == []
    document = check_structure(pdf)  # the info entries equal the XMP properties, \r included
    assert str(document.docinfo.Author) == "Müller & <Söhne> GmbH\r\n"
    raw = document.Root.Metadata.read_bytes()
    assert "<rdf:li>Müller &amp; &lt;Söhne&gt; GmbH&#13;\n</rdf:li>".encode() in raw


def test_same_input_same_bytes_also_in_another_process() -> None:
    """No clock and no random ID: a second process (the ICC profile made anew, at another
    time) writes the same bytes."""
    c = computed(DE)
    first = render_bytes(c, pdfa=True)
    assert render_bytes(c, pdfa=True) == first
    code = (
        "import sys, invoicekit; from invoicekit.render import render_bytes; "
        f"c = invoicekit.compute(invoicekit.load({str(DE)!r})); "
        "sys.stdout.buffer.write(render_bytes(c, pdfa=True))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == first


def test_dates_are_the_issue_date_and_the_icc_profile_date_is_fixed() -> None:
    document = check_structure(render_bytes(computed(DE), pdfa=True))
    # de-invoice.toml: issue_date = 2024-05-02
    assert str(document.docinfo.CreationDate) == "D:20240502000000+00'00'"
    icc = document.Root.OutputIntents[0].DestOutputProfile.read_bytes()
    assert icc[24:36] == bytes([0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0])  # 2000-01-01 00:00:00


def test_pdfa_is_off_by_default_and_checked() -> None:
    c = computed(DE)
    plain = pikepdf.open(io.BytesIO(render_bytes(c)))
    assert "/Metadata" not in plain.Root and "/OutputIntents" not in plain.Root
    with pytest.raises(RenderError, match="pdfa: expected True or False, got str"):
        render_bytes(c, pdfa="yes")  # type: ignore[arg-type]


def test_render_pdf_and_the_cli_write_pdfa(tmp_path: Path) -> None:
    c = computed(DE)
    render_pdf(c, tmp_path / "api.pdf", pdfa=True)
    assert main(["render", str(DE), "-o", str(tmp_path / "cli.pdf"), "--pdfa"]) == 0
    assert (tmp_path / "cli.pdf").read_bytes() == (tmp_path / "api.pdf").read_bytes()
    assert (tmp_path / "api.pdf").read_bytes() == render_bytes(c, pdfa=True)
    check_structure((tmp_path / "cli.pdf").read_bytes())


DC = "{http://purl.org/dc/elements/1.1/}"
RDF_LI = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"


@settings(max_examples=200, deadline=None)
@given(title=st.text(), author=st.text(), subject=st.text())
def test_any_text_gives_a_well_formed_packet_that_reads_back(title: str, author: str, subject: str) -> None:
    """Whatever the document's names hold (markup, controls, surrogates, RTL), the packet is
    well-formed XML and says what the info dictionary says: the cleaned text."""
    date = dt.datetime(2024, 5, 2, tzinfo=dt.UTC)
    info = DocumentInfo(title, author, subject, "invoicekit", "ReportLab", date)
    root = ET.fromstring(xmp_packet(info))
    descriptions = list(about_document(root))
    found = {el.tag: el for d in descriptions for el in d}
    assert "".join(found[f"{DC}title"].itertext()) == clean_text(title)
    assert "".join(found[f"{DC}creator"].itertext()) == clean_text(author)
    assert "".join(found[f"{DC}description"].itertext()) == clean_text(subject)


@settings(max_examples=15, deadline=None)
@given(name=st.text(min_size=1, max_size=40).filter(lambda s: clean_text(s).strip()))
def test_any_seller_name_gives_a_valid_pdfa(name: str) -> None:
    doc = invoicekit.load(DE)
    doc = attrs.evolve(doc, seller=attrs.evolve(doc.seller, name=name))
    pdf = render_bytes(invoicekit.compute(doc), pdfa=True)
    assert validator_findings(pdf) == []
    assert str(check_structure(pdf).docinfo.Author) == clean_text(name)


@pytest.mark.parametrize("name", ["\x9f", "\x7f", "Müller\xad GmbH"])
def test_author_with_a_character_pdfdocencoding_leaves_undefined_reads_back(name: str) -> None:
    # Hypothesis found "\x9f": reportlab wrote it as the single byte 0x9F, which PDFDocEncoding
    # leaves undefined, so readers saw U+FFFD and the info entry no longer equalled the XMP.
    doc = invoicekit.load(DE)
    doc = attrs.evolve(doc, seller=attrs.evolve(doc.seller, name=name))
    pdf = render_bytes(invoicekit.compute(doc), pdfa=True)
    assert validator_findings(pdf) == []
    assert str(check_structure(pdf).docinfo.Author) == name


@pytest.mark.parametrize("name", ["A\x9fB\xadC", "\x7f", "Müller GmbH", "Ωμέγα", "A\x01B\x9fC"])
def test_plain_pdf_info_entries_read_back_as_set(name: str) -> None:
    """The plain (not PDF/A) info dictionary follows the PDF/A branch's rules: text without
    the characters XML cannot carry (clean_text, so both kinds of PDF say the same), and
    U+007F, U+009F, U+00AD (undefined in PDFDocEncoding) written as UTF-16BE, so pikepdf reads
    back the seller's name, not U+FFFD."""
    doc = invoicekit.load(DE)
    doc = attrs.evolve(doc, seller=attrs.evolve(doc.seller, name=name))
    pdf = render_bytes(invoicekit.compute(doc), pdfa=False)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        info = opened.docinfo
        assert str(info.Author) == clean_text(name)
        assert str(info.Title).startswith("Rechnung ")
        assert str(info.Subject) == f"{info.Title} · {clean_text(name)} · {doc.buyer.name}"
