"""Factur-X: a PDF/A-3b whose embedded factur-x.xml is exactly to_cii's, passing the
Factur-X EN 16931 rules; read back with pikepdf, pypdf and the factur-x library."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import facturx
import pikepdf
import pypdf
import pytest
from render.pdfacheck import RDF, about_document, check_structure, validator_findings, xmp_root

import invoicekit
from invoicekit import ArgumentError, InvoiceError
from invoicekit.cli import main
from invoicekit.einvoice import to_cii
from invoicekit.einvoice.validate import schematron_findings
from invoicekit.facturx import facturx_bytes, render_facturx
from invoicekit.render import RenderError, load_brand

from .conftest import EXAMPLES, fatal
from .test_examples_validate import EXPRESSIBLE

FX = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
EXT = "http://www.aiim.org/pdfa/ns/extension/"
SCHEMA = "http://www.aiim.org/pdfa/ns/schema#"
PROPERTY = "http://www.aiim.org/pdfa/ns/property#"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
DE = EXAMPLES / "de-invoice.toml"

# pikepdf's validator knows no XMP extension schemas: it reports every declaration and use
# of one (a Factur-X file from any writer gets these) and nothing else may be reported
EXTENSION_FINDINGS = sorted(
    [f"XMP namespace {p}={u} is not permitted" for p, u in
     (("pdfaExtension", EXT), ("pdfaSchema", SCHEMA), ("pdfaProperty", PROPERTY), ("fx", FX))]
    + [f"XMP property {n} is not permitted" for n in
       ("pdfaExtension:schemas", "fx:DocumentFileName", "fx:DocumentType", "fx:Version", "fx:ConformanceLevel")]
)  # fmt: skip


def computed(path: Path) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(path))


def only_extension_findings(pdf: bytes) -> None:
    findings = validator_findings(pdf)
    rules = {f.split(" at ")[0] for f in findings}
    assert rules == {"[violation] ISO_19005_3:6.6.2.3.1-1"}, findings
    assert sorted(f.split(": ", 1)[1] for f in findings) == EXTENSION_FINDINGS


def embedded(document: pikepdf.Pdf) -> tuple[Any, Any]:
    """The one file specification (from /AF, the same object as in /Names) and its stream."""
    (spec,) = document.Root.AF
    names = document.Root.Names.EmbeddedFiles.Names
    assert [str(names[0]), names[1].objgen] == ["factur-x.xml", spec.objgen]
    assert spec.Type == "/Filespec" and str(spec.F) == str(spec.UF) == "factur-x.xml"
    stream = spec.EF.F
    assert spec.EF.UF.objgen == stream.objgen and stream.Type == "/EmbeddedFile"
    return spec, stream


def fx_properties(root: ET.Element) -> dict[str, str | None]:
    return {
        element.tag.removeprefix("{" + FX + "}"): element.text
        for description in about_document(root)
        for element in description
        if element.tag.startswith("{" + FX + "}")
    }


def declared_properties(root: ET.Element) -> dict[str, dict[str, str | None]]:
    """The properties the pdfaExtension schema declares for the fx namespace."""
    for schema in root.iter(f"{{{EXT}}}schemas"):
        for item in schema.iter(f"{RDF}li"):
            if item.findtext(f"{{{SCHEMA}}}namespaceURI") == FX:
                assert item.findtext(f"{{{SCHEMA}}}prefix") == "fx"
                assert item.findtext(f"{{{SCHEMA}}}schema")
                props = item.findall(f"{{{SCHEMA}}}property/{RDF}Seq/{RDF}li")
                return {
                    str(p.findtext(f"{{{PROPERTY}}}name")): {
                        k: p.findtext(f"{{{PROPERTY}}}{k}") for k in ("valueType", "category", "description")
                    }
                    for p in props
                }
    raise AssertionError("no pdfaExtension schema for the fx namespace")


def check_facturx(pdf: bytes, xml: bytes, level: str, relationship: str) -> None:
    """Every Factur-X requirement on the PDF, read back with pikepdf."""
    document = check_structure(pdf)
    spec, stream = embedded(document)
    assert spec.AFRelationship == f"/{relationship}"
    assert stream.Subtype == "/text/xml"  # written /text#2Fxml
    assert stream.read_bytes() == xml  # byte-identical to to_cii
    assert int(stream.Params.Size) == len(xml)
    assert str(stream.Params.ModDate) == str(document.docinfo.ModDate)
    root = xmp_root(document)
    values = fx_properties(root)
    assert values == {
        "DocumentType": "INVOICE",
        "DocumentFileName": "factur-x.xml",
        "Version": "1.0",
        "ConformanceLevel": level,
    }
    declared = declared_properties(root)
    assert set(declared) == set(values)
    assert all(d["valueType"] == "Text" and d["category"] == "external" and d["description"] for d in declared.values())


@pytest.mark.parametrize("path", EXPRESSIBLE, ids=lambda p: p.name)
def test_every_expressible_example_is_factur_x(path: Path, validate) -> None:  # type: ignore[no-untyped-def]
    c = computed(path)
    pdf = facturx_bytes(c)
    xml = to_cii(c)
    check_facturx(pdf, xml, "EN 16931", "Alternative")
    only_extension_findings(pdf)
    # the Factur-X EN 16931 XSD, the CEN EN 16931 CII rules and Factur-X's own EN 16931 rules
    assert fatal(validate(xml, "cii", "facturx-en16931")) == []


def test_the_factur_x_rules_fire_on_a_wrong_payable_amount() -> None:
    """The Factur-X EN 16931 Schematron is not silently skipped: a payable amount that is not
    total with VAT minus prepaid plus rounding (de-invoice: 31.77) breaks BR-CO-16."""
    xml = to_cii(computed(DE))
    assert b"<ram:DuePayableAmount>31.77</ram:DuePayableAmount>" in xml
    wrong = xml.replace(b"<ram:DuePayableAmount>31.77<", b"<ram:DuePayableAmount>31.78<")
    assert [f.rule for f in schematron_findings(wrong, "facturx-en16931") if f.fatal] == ["BR-CO-16"]


def test_the_same_document_before_embedding_passes_the_validator_outright() -> None:
    """What the validator cannot approve in a Factur-X file is only its XMP extension: the
    same invoice as plain PDF/A-3b passes it."""
    from invoicekit.render import render_bytes

    assert validator_findings(render_bytes(computed(DE), pdfa=True)) == []


def test_independent_readers_extract_the_same_xml() -> None:
    c = computed(DE)
    pdf = facturx_bytes(c)
    xml = to_cii(c)
    name, found = facturx.get_xml_from_pdf(pdf, check_xsd=True)  # the factur-x library, with its XSD
    assert (name, found) == ("factur-x.xml", xml)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {"factur-x.xml": [xml]}


def test_a_credit_note_is_document_type_invoice_with_type_code_381(validate) -> None:  # type: ignore[no-untyped-def]
    c = computed(EXAMPLES / "fr-credit-note.json")
    document = pikepdf.open(io.BytesIO(facturx_bytes(c)))  # kept open: its objects live in it
    root = ET.fromstring(document.attachments["factur-x.xml"].get_file().read_bytes())
    assert root.findtext(f"{{{RSM}}}ExchangedDocument/{{{RAM}}}TypeCode") == "381"
    assert fx_properties(xmp_root(document))["DocumentType"] == "INVOICE"


@pytest.mark.parametrize(
    ("profile", "level", "guideline"),
    [
        ("basic", "BASIC", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"),
        ("extended", "EXTENDED", "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"),
        ("en16931", "EN 16931", "urn:cen.eu:en16931:2017"),
    ],
)
def test_profiles_set_the_conformance_level_of_their_xml(profile: str, level: str, guideline: str, validate) -> None:  # type: ignore[no-untyped-def]
    c = computed(DE)
    pdf = facturx_bytes(c, profile=profile)
    xml = to_cii(c, profile=profile)
    check_facturx(pdf, xml, level, "Alternative")  # BASIC, EN 16931, EXTENDED: complete invoices
    only_extension_findings(pdf)
    assert fatal(validate(xml, "cii", "facturx-en16931" if profile == "en16931" else profile)) == []
    context = ET.fromstring(xml).find(f"{{{RSM}}}ExchangedDocumentContext")
    assert context is not None
    assert context.findtext(f"{{{RAM}}}GuidelineSpecifiedDocumentContextParameter/{{{RAM}}}ID") == guideline


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ("minimum", 'Factur-X profiles are "basic", "en16931", "extended", not \'minimum\''),
        ("xrechnung", 'send the CII itself: to_cii\\(computed, profile="xrechnung"\\)'),
        (None, "not None"),
    ],
)
def test_unknown_profiles_are_argument_errors(profile: object, message: str) -> None:
    with pytest.raises(ArgumentError, match=message):
        facturx_bytes(computed(DE), profile=profile)  # type: ignore[arg-type]


def test_rendering_options_are_checked() -> None:
    with pytest.raises(RenderError, match=r"pdfa: not a rendering option \(use locale, template, brand"):
        facturx_bytes(computed(DE), pdfa=True)  # type: ignore[call-arg]
    with pytest.raises(RenderError, match="unknown paper 'A5'"):
        facturx_bytes(computed(DE), paper="A5")


def test_a_document_cii_cannot_express_is_an_invoice_error() -> None:
    with pytest.raises(InvoiceError, match=r"lines\[0\]: taxed with IGST"):
        facturx_bytes(computed(EXAMPLES / "india.toml"))


def test_same_input_same_bytes_also_in_another_process() -> None:
    c = computed(DE)
    first = facturx_bytes(c)
    assert facturx_bytes(c) == first
    code = (
        "import sys, invoicekit; from invoicekit.facturx import facturx_bytes; "
        f"c = invoicekit.compute(invoicekit.load({str(DE)!r})); sys.stdout.buffer.write(facturx_bytes(c))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout == first
    assert facturx_bytes(c, locale="en") != first  # and the options matter


def test_render_facturx_writes_atomically_to_a_path_and_to_a_file_object(tmp_path: Path) -> None:
    c = computed(DE)
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"old")
    brand = load_brand(EXAMPLES / "i18n" / "brand" / "brand.toml")  # a logo with transparency
    invoicekit.render_facturx(c, target, second_locale="en", brand=brand)
    buffer = io.BytesIO()
    render_facturx(c, buffer, second_locale="en", brand=brand)
    assert target.read_bytes() == buffer.getvalue() == facturx_bytes(c, second_locale="en", brand=brand)
    check_facturx(target.read_bytes(), to_cii(c), "EN 16931", "Alternative")
    only_extension_findings(target.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.pdf"]  # no temporary file left
    assert target.read_bytes().startswith(b"%PDF-1.7\n")  # nothing before %PDF


def test_export_writes_factur_x(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out = tmp_path / "invoice.pdf"
    assert main(["export", str(DE), "--format", "facturx", "-o", str(out)]) == 0
    assert out.read_bytes() == facturx_bytes(computed(DE))  # the library's bytes
    assert main(["export", str(DE), "--format", "facturx", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out == out.read_bytes()
    assert main(["export", str(EXAMPLES / "india.toml"), "--format", "facturx", "-o", str(out)]) == 2
    assert out.read_bytes() == facturx_bytes(computed(DE))  # a failed export leaves the old file
