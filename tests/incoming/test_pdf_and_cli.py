"""Factur-X / ZUGFeRD PDFs (the embedded XML) and the ``invoicekit verify`` command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfWriter

from invoicekit import InvoiceError
from invoicekit.cli import main
from invoicekit.incoming import read_einvoice, verify

from .conftest import FIXTURES

CII = FIXTURES / "cii-invoice-three-categories.xml"
UBL = FIXTURES / "ubl-invoice-two-rates.xml"


def _pdf(attachments: dict[str, bytes]) -> bytes:
    """A one-page PDF with the given embedded files (as a Factur-X PDF carries its XML)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"])
def test_the_embedded_xml_of_a_pdf_is_read(name: str) -> None:
    result = verify(_pdf({"logo.txt": b"not the invoice", name: CII.read_bytes()}))
    assert result.ok
    assert result.incoming.invoice.number == "FA-2024-1203"


def test_a_pdf_without_an_einvoice_says_what_it_holds() -> None:
    with pytest.raises(InvoiceError) as caught:
        read_einvoice(_pdf({"notes.txt": b"hello"}))
    assert str(caught.value) == (
        "<bytes>: no embedded e-invoice (factur-x.xml, zugferd-invoice.xml, xrechnung.xml); embedded files: notes.txt"
    )


def test_a_broken_pdf_is_unreadable() -> None:
    with pytest.raises(InvoiceError, match=r"<bytes>: not a readable PDF: "):
        read_einvoice(b"%PDF-1.7\n garbage")


def test_problems_inside_a_pdf_name_the_embedded_file() -> None:
    bad = CII.read_bytes().replace(b"<ram:BilledQuantity unitCode=\"C62\">3<", b"<ram:BilledQuantity unitCode=\"C62\">3,0<")
    with pytest.raises(InvoiceError) as caught:
        read_einvoice(_pdf({"factur-x.xml": bad}))
    (problem,) = caught.value.problems
    assert problem.where.endswith("ram:IncludedSupplyChainTradeLineItem[1]/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")


def test_cli_agrees(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(UBL)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Invoice RE-2024-0117  issued 2024-06-14  EUR  (UBL)",
        "all figures agree: 3 lines, payable 193.58",
    ]


def test_cli_differs_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(UBL.read_bytes().replace(b">193.58</cbc:PayableAmount>", b">193.59</cbc:PayableAmount>"))
    assert main(["verify", str(bad), "--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert [(d["term"], d["stated"], d["computed"]) for d in out["differences"]] == [("BT-115", "193.59", "193.58")]


def test_cli_unreadable_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "missing.xml")]) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_cli_rules_reports_a_finding(capsys: pytest.CaptureFixture[str]) -> None:
    # The French invoice's third line is exempt (E): the rules, which know no exemption,
    # would charge French VAT, so --rules reports it (and exits 3); without --rules, 0.
    assert main(["verify", str(CII)]) == 0
    capsys.readouterr()
    assert main(["verify", str(CII), "--rules"]) == 3
    (finding,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("finding:")]
    assert "ram:IncludedSupplyChainTradeLineItem[3]: stated E (Exempt from tax) at 0 %" in finding
    assert "invoicekit's rules decide S" in finding


def test_compute_and_stated_rates_never_import_lxml() -> None:
    # lxml is an extra: computing, the CLI's parser and StatedRates must work without it
    import subprocess
    import sys

    code = (
        "import sys, invoicekit\n"
        "from invoicekit.cli import build_parser\n"
        "from invoicekit.incoming import StatedRates, stated_category\n"
        "build_parser()\n"
        "invoicekit.compute(invoicekit.load('examples/de-invoice.toml'))\n"
        "assert 'lxml' not in sys.modules, 'lxml imported'\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
