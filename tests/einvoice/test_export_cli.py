"""``invoicekit export``: every format, standard output, atomic files, exit statuses."""

from __future__ import annotations

import stat
import xml.etree.ElementTree as ET

import pytest

import invoicekit
from invoicekit.cli import main
from invoicekit.cli.export_cmd import FORMATS

from .conftest import EXAMPLES, fatal

#: format -> (example, syntax, profile, root element)
CASES = {
    "ubl": ("de-invoice.toml", "ubl", "en16931", "Invoice"),
    "cii": ("fr-credit-note.json", "cii", "en16931", "CrossIndustryInvoice"),
    "xrechnung-ubl": ("de-xrechnung.toml", "ubl", "xrechnung", "Invoice"),
    "xrechnung-cii": ("de-xrechnung.toml", "cii", "xrechnung", "CrossIndustryInvoice"),
    "peppol": ("be-peppol.json", "ubl", "peppol", "Invoice"),
}


def test_every_format_has_a_case() -> None:
    assert set(CASES) <= set(FORMATS)


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_writes_valid_xml(name, tmp_path, validate) -> None:  # type: ignore[no-untyped-def]
    example, syntax, profile, root = CASES[name]
    out = tmp_path / "out.xml"
    assert main(["export", str(EXAMPLES / example), "--format", name, "-o", str(out)]) == 0
    data = out.read_bytes()
    assert ET.fromstring(data).tag.endswith("}" + root)
    assert fatal(validate(data, syntax, profile)) == []
    c = invoicekit.compute(invoicekit.load(EXAMPLES / example))
    expected = invoicekit.to_ubl(c, profile) if syntax == "ubl" else invoicekit.to_cii(c, profile)
    assert data == expected  # the command writes exactly the library's bytes


def test_standard_output(capsysbinary) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", str(EXAMPLES / "de-invoice.toml"), "--format", "cii", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    assert out == invoicekit.to_cii(invoicekit.compute(invoicekit.load(EXAMPLES / "de-invoice.toml")))


def test_replaces_atomically_keeping_permissions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "invoice.xml"
    out.write_text("old")
    out.chmod(0o640)
    assert main(["export", str(EXAMPLES / "de-invoice.toml"), "--format", "ubl", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.xml"]  # no temporary file left


def test_inexpressible_document_is_exit_2_and_writes_nothing(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.xml"
    assert main(["export", str(EXAMPLES / "india.toml"), "--format", "ubl", "-o", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: lines[0]: taxed with IGST: EN 16931 e-invoices state exactly one VAT",
        "error: lines[1]: taxed with IGST: EN 16931 e-invoices state exactly one VAT",
    ]
    assert not out.exists()


def test_profile_needs_are_exit_2(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(["export", str(EXAMPLES / "de-invoice.toml"), "--format", "peppol", "-o", str(tmp_path / "x")])
        == 2
    )
    assert "error: buyer_reference: required by the peppol profile" in capsys.readouterr().err


def test_input_is_never_overwritten_and_unknown_format_is_usage(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "doc.toml"
    doc.write_bytes((EXAMPLES / "de-invoice.toml").read_bytes())
    assert main(["export", str(doc), "--format", "ubl", "-o", str(doc)]) == 2
    assert "refusing to overwrite it" in capsys.readouterr().err
    assert doc.read_bytes() == (EXAMPLES / "de-invoice.toml").read_bytes()
    with pytest.raises(SystemExit) as info:
        main(["export", str(doc), "--format", "facturx-nope", "-o", "-"])
    assert info.value.code == 2
