"""Checking PDF/A-3b files: pikepdf's PDF/A validator, then each requirement read back
with pikepdf (qpdf's parser, not reportlab's writer) as its own assertion."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pikepdf
import pikepdf.pdfa

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
XMP = "{http://ns.adobe.com/xap/1.0/}"


def validator_findings(pdf: bytes) -> list[str]:
    """What pikepdf's allowlist PDF/A-3b validator (veraPDF's rules) finds: [] is a pass."""
    report = pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b")
    findings = [str(f) for f in report.findings]
    assert (report.verdict == "pass") == (not findings)
    return findings


def xmp_root(pdf: pikepdf.Pdf) -> ET.Element:
    """The XMP packet of the catalog's /Metadata, parsed; the stream must be unfiltered."""
    stream = pdf.Root.Metadata
    assert stream.Type == "/Metadata" and stream.Subtype == "/XML"
    assert "/Filter" not in stream, "the metadata stream is compressed"
    raw = stream.read_raw_bytes()
    assert raw.startswith(b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>')
    assert raw.rstrip().endswith(b'<?xpacket end="w"?>')
    return ET.fromstring(raw)


def about_document(root: ET.Element) -> Iterator[ET.Element]:
    """The rdf:Description elements about the document itself (``rdf:about=""``)."""
    for description in root.iter(f"{RDF}Description"):
        assert description.get(f"{RDF}about") == "", "an rdf:Description without rdf:about=\"\""
        yield description


def xmp_value(root: ET.Element, tag: str) -> str | None:
    """The text of property ``tag`` (Clark notation) in a description about the document."""
    for description in about_document(root):
        element = description.find(tag)
        if element is not None:
            return element.text
    return None


def pdf_date(value: str) -> dt.datetime:
    """A PDF date string ``D:YYYYMMDDHHmmSS+HH'mm'`` as an aware datetime."""
    body = value.removeprefix("D:")
    base = dt.datetime.strptime(body[:14], "%Y%m%d%H%M%S")
    sign = -1 if body[14] == "-" else 1
    offset = dt.timedelta(hours=int(body[15:17]), minutes=int(body[18:20])) * sign
    return base.replace(tzinfo=dt.timezone(offset))


def resources(pdf: pikepdf.Pdf) -> Iterator[Any]:
    """The resource dictionaries of every page and of the form XObjects drawn on them."""

    def walk(res: Any) -> Iterator[Any]:
        yield res
        for xobject in (res.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                yield from walk(xobject.Resources)

    for page in pdf.pages:
        yield from walk(page.Resources)


def fonts(pdf: pikepdf.Pdf) -> Iterator[Any]:
    """Every font dictionary the pages use, and the descendants of Type 0 fonts."""
    seen: set[tuple[int, int]] = set()
    for res in resources(pdf):
        for font in (res.get("/Font") or {}).values():
            if font.objgen not in seen:
                seen.add(font.objgen)
                yield font
                yield from font.get("/DescendantFonts") or []


def images(pdf: pikepdf.Pdf) -> list[Any]:
    """Every image XObject the pages draw."""
    found = {}
    for res in resources(pdf):
        for xobject in (res.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == "/Image":
                found[xobject.objgen] = xobject
    return list(found.values())


def check_structure(data: bytes) -> pikepdf.Pdf:
    """Assert each PDF/A-3b requirement invoicekit meets, one by one; returns the open file."""
    assert data.startswith(b"%PDF-1.7\n%"), data[:16]  # the header at byte 0
    assert all(b > 127 for b in data[10:14])  # the binary comment after it (6.1.2)
    pdf = pikepdf.open(io.BytesIO(data))
    root = xmp_root(pdf)
    assert xmp_value(root, f"{PDFAID}part") == "3"
    assert xmp_value(root, f"{PDFAID}conformance") == "B"
    info = pdf.docinfo
    for key in ("/CreationDate", "/ModDate"):
        tag = f"{XMP}CreateDate" if key == "/CreationDate" else f"{XMP}ModifyDate"
        assert pdf_date(str(info[key])) == dt.datetime.fromisoformat(str(xmp_value(root, tag))), key
    dc = "{http://purl.org/dc/elements/1.1/}"
    equal = {  # ISO 19005-3, 6.6.2.3: each info entry equals its XMP property
        "/Title": f"{dc}title/{RDF}Alt/{RDF}li",
        "/Author": f"{dc}creator/{RDF}Seq/{RDF}li",
        "/Subject": f"{dc}description/{RDF}Alt/{RDF}li",
        "/Creator": f"{XMP}CreatorTool",
        "/Producer": "{http://ns.adobe.com/pdf/1.3/}Producer",
    }
    for key, tag in equal.items():
        assert str(info[key]) == (xmp_value(root, tag) or ""), key
    assert sorted(info.keys()) == sorted([*equal, "/CreationDate", "/ModDate"])  # no Keywords, Trapped
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
    profile = intent.DestOutputProfile
    assert profile.N == 3
    icc = profile.read_bytes()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and len(icc) == int.from_bytes(icc[:4], "big")
    for font in fonts(pdf):
        if font.Subtype == "/Type0":
            continue  # its descendant carries the descriptor
        descriptor = font.FontDescriptor
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
    assert all("/Trans" not in page.obj for page in pdf.pages)
    first, second = pdf.trailer.ID
    assert len(bytes(first)) == 16 and bytes(first) == bytes(second)
    return pdf
