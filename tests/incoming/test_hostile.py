"""Hostile input: every case is a clear InvoiceError, nothing is fetched, nothing expands."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from invoicekit import InvoiceError
from invoicekit.cli import main
from invoicekit.incoming import read_einvoice
from invoicekit.limits import MAX_DOCUMENT_BYTES

from .conftest import FIXTURES

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol9;</Invoice>
"""


def _problem(source: bytes | str | Path) -> str:
    with pytest.raises(InvoiceError) as caught:
        read_einvoice(source)
    (problem,) = caught.value.problems
    return str(problem)


def test_malformed_xml() -> None:
    assert _problem(b"<Invoice><cbc:ID>1</Invoice>").startswith("<bytes>: not well-formed XML: ")


def test_empty_input() -> None:
    assert _problem(b"").startswith("<bytes>: not well-formed XML: ")


def test_billion_laughs_is_refused_without_expanding() -> None:
    assert _problem(BILLION_LAUGHS) == "<bytes>: has a DOCTYPE declaration: entities are not accepted in e-invoices"


def test_doctype_in_utf16_is_refused_too() -> None:
    # The byte check cannot see it; the parsed document's doctype can. A billion laughs in
    # UTF-16 stops inside libxml2 (its amplification limit) before that: refused either way.
    small = '<!DOCTYPE Invoice [<!ENTITY e "x">]><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'
    assert _problem(small.encode("utf-16")) == "<bytes>: has a DOCTYPE declaration: entities are not accepted in e-invoices"
    laughs = BILLION_LAUGHS.replace(b'<?xml version="1.0"?>', b"").decode().encode("utf-16")
    assert _problem(laughs).startswith("<bytes>: not well-formed XML: ")  # libxml2 names its limit


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record (and refuse) any attempt to open a connection while reading."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.mark.parametrize("target", ["file:///etc/passwd", "http://127.0.0.1:9/xxe.dtd"])
def test_external_entities_are_neither_read_nor_fetched(no_network: list[object], target: str) -> None:
    data = (
        f'<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "{target}">]>'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&xxe;</Invoice>'
    ).encode()
    problem = _problem(data)
    assert "DOCTYPE" in problem and "root:" not in problem
    assert no_network == []


def test_an_external_dtd_is_not_fetched(no_network: list[object]) -> None:
    data = b'<?xml version="1.0"?><!DOCTYPE Invoice SYSTEM "http://127.0.0.1:9/invoice.dtd"><Invoice/>'
    assert "DOCTYPE" in _problem(data)
    assert no_network == []


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"<Invoice>" + b" " * (MAX_DOCUMENT_BYTES + 10) + b"</Invoice>")
    assert _problem(big) == f"{big}: larger than {MAX_DOCUMENT_BYTES:,} bytes: not read"
    assert _problem(big.read_bytes()) == f"<bytes>: larger than {MAX_DOCUMENT_BYTES:,} bytes: not read"


def test_deep_nesting_is_refused() -> None:
    # libxml2 refuses more than 256 levels without huge_tree (its default depth limit)
    depth = 5000
    data = b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">' + b"<a>" * depth + b"</a>" * depth + b"</Invoice>"
    assert _problem(data).startswith("<bytes>: not well-formed XML: ")


def test_a_huge_number_is_out_of_range() -> None:
    text = (FIXTURES / "ubl-invoice-two-rates.xml").read_text()
    data = text.replace('<cbc:InvoicedQuantity unitCode="C62">10<', f'<cbc:InvoicedQuantity unitCode="C62">{"9" * 400}<').encode()
    assert "/Invoice/cac:InvoiceLine[1]/cbc:InvoicedQuantity: out of range: " in _problem(data)


def test_the_cli_exits_2_on_hostile_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "laughs.xml"
    path.write_bytes(BILLION_LAUGHS)
    assert main(["verify", str(path)]) == 2
    assert "DOCTYPE" in capsys.readouterr().err


def test_a_decompression_bomb_in_a_pdf_is_refused() -> None:
    # an embedded file of 80 MB of "<" compressed to about 80 kB: pypdf (>= 6) stops
    # expanding it at its 75 MB limit, and the reader reports an unreadable PDF
    import io
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import EncodedStreamObject, NameObject

    packer = zlib.compressobj(9)
    chunk = b"<" * 1_000_000
    bomb = EncodedStreamObject()
    bomb._data = b"".join(packer.compress(chunk) for _ in range(80)) + packer.flush()
    bomb[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.add_attachment("factur-x.xml", b"placeholder")
    spec = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    spec["/EF"][NameObject("/F")] = writer._add_object(bomb)
    out = io.BytesIO()
    writer.write(out)
    assert len(out.getvalue()) < 200_000
    assert _problem(out.getvalue()).startswith("<bytes>: not a readable PDF: ")


def test_an_embedded_xml_over_the_size_limit_is_not_parsed() -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.add_attachment("factur-x.xml", b"<a>" + b" " * (MAX_DOCUMENT_BYTES + 1) + b"</a>")
    out = io.BytesIO()
    writer.write(out)
    assert _problem(out.getvalue()) == f"<bytes>!factur-x.xml: larger than {MAX_DOCUMENT_BYTES:,} bytes: not read"


def _pdf_with_broken_attachment(value: object) -> bytes:
    """A PDF whose factur-x.xml file specification points its /EF /F at ``value``, not a stream."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("factur-x.xml", b"<x/>")
    spec = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    spec["/EF"][NameObject("/F")] = value
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["dictionary", "number", "null"])
def test_a_pdf_whose_embedded_file_is_no_stream_is_unreadable(kind: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # pypdf raises AttributeError for these (found by mutating a Factur-X PDF): still bad input
    from pypdf.generic import DictionaryObject, NullObject, NumberObject

    value = {"dictionary": DictionaryObject(), "number": NumberObject(7), "null": NullObject()}[kind]
    data = _pdf_with_broken_attachment(value)
    with pytest.raises(InvoiceError, match="not a readable PDF"):
        read_einvoice(data)
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    assert main(["verify", str(path)]) == 2
    assert "not a readable PDF" in capsys.readouterr().err
