"""The e-invoice stored with the document: same transaction, hash chain, verify, export, erasure."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import invoicekit
from invoicekit.cli import main
from invoicekit.einvoice import to_cii, to_ubl
from invoicekit.errors import ArgumentError
from invoicekit.register import Register, UnknownNumber
from invoicekit.register.document import sha256_hex

from .support import cli_register, document, drop_guards, q, raw_sql


def _recomputed(reg: Register, number: str) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(reg.get(number).document))


def test_ubl_and_cii_are_stored_with_their_hash_and_fetched_by_number(reg: Register, tmp_path: Path) -> None:
    ubl = reg.issue(document(1), series="INV", xml="ubl")
    cii = reg.issue(document(2), series="INV", render=False, xml="cii")
    # the stored bytes are the e-invoice of the archived document, with its final number
    assert ubl.xml == reg.xml(ubl.number) == to_ubl(_recomputed(reg, ubl.number))
    assert cii.xml == reg.xml(cii.number) == to_cii(_recomputed(reg, cii.number))
    assert b"<cbc:ID>2026-00001</cbc:ID>" in ubl.xml and b"DRAFT-1" not in ubl.xml
    assert reg.get(ubl.number).files == {
        "invoice.pdf": sha256_hex(reg.pdf(ubl.number)),
        "invoice-ubl.xml": sha256_hex(ubl.xml),
    }
    assert reg.get(cii.number).files == {"invoice-cii.xml": sha256_hex(cii.xml)}
    assert reg.file(cii.number, "invoice-cii.xml") == cii.xml
    plain = reg.issue(document(3), series="INV", render=False)
    assert plain.xml is None
    with pytest.raises(UnknownNumber, match="without an e-invoice"):
        reg.xml(plain.number)
    assert reg.verify().ok
    reg.export(tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert zf.read(f"documents/{ubl.number}/invoice-ubl.xml") == ubl.xml
        assert zf.read(f"documents/{cii.number}/invoice-cii.xml") == cii.xml
        chain = json.loads(zf.read("chain.json"))["series"]["INV"]["records"]
        assert chain[0]["files"]["invoice-ubl.xml"] == sha256_hex(ubl.xml)


def test_a_changed_byte_of_the_stored_xml_is_named_by_verify(reg: Register, url: str) -> None:
    numbers = [reg.issue(document(i), series="INV", render=False, xml="ubl").number for i in range(3)]
    xml = bytearray(reg.xml(numbers[1]))
    xml[len(xml) // 2] ^= 0x01
    drop_guards(url)
    with raw_sql(url) as conn:
        conn.execute(
            q(url, "UPDATE file SET data = ? WHERE name = ? AND record_id = (SELECT id FROM record WHERE number = ?)"),
            (bytes(xml), "invoice-ubl.xml", numbers[1]),
        )
        if url.startswith("sqlite:"):
            conn.commit()
    report = reg.verify()
    assert not report.ok and report.first is not None
    assert report.first.number == numbers[1] and "invoice-ubl.xml" in report.first.problem


def test_an_xml_the_profile_refuses_uses_no_number(reg: Register) -> None:
    with pytest.raises(invoicekit.InvoiceError) as err:
        reg.issue(document(1), series="INV", xml="ubl", xml_profile="xrechnung")
    assert "buyer_reference" in [p.where for p in err.value.problems]
    assert reg.history() == []
    assert reg.issue(document(2), series="INV", render=False, xml="ubl").number == "2026-00001"
    with pytest.raises(ArgumentError, match="xml: expected"):
        reg.issue(document(3), series="INV", xml="pdf")
    with pytest.raises(ArgumentError, match="profile"):
        reg.issue(document(3), series="INV", xml="cii", xml_profile="peppol")  # Peppol is UBL only
    with pytest.raises(invoicekit.InvoiceError, match=r"invoice-ubl\.xml"):
        reg.issue(document(3), series="INV", render=False, attachments={"invoice-ubl.xml": b"<x/>"})
    assert reg.issue(document(4), series="INV", render=False).number == "2026-00002"
    assert reg.verify().ok


def test_erasure_drops_the_xml_bytes_and_keeps_its_hash(reg: Register) -> None:
    issued = reg.issue(document(1, name="Zacharias Quellmalz"), series="INV", render=False, xml="ubl")
    assert b"Zacharias Quellmalz" in issued.xml  # type: ignore[operator]
    reg.erase(buyer="erika.buyer@example.org")
    with pytest.raises(UnknownNumber, match="erased"):
        reg.xml(issued.number)
    assert reg.get(issued.number).files["invoice-ubl.xml"] == sha256_hex(issued.xml)  # type: ignore[arg-type]
    assert reg.verify().ok


def test_cli_issue_with_xml_and_show_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, doc = cli_register(tmp_path)
    assert main(["register", "issue", str(doc), "--series", "INV", "--no-pdf", "--xml", "cii", "--db", db]) == 0
    out = tmp_path / "out.xml"
    assert main(["register", "show", "2026-00001", "--xml", str(out), "--db", db]) == 0
    assert "invoice-cii.xml  sha256 " in capsys.readouterr().out
    with Register(db) as reg:
        assert out.read_bytes() == reg.xml("2026-00001") == to_cii(_recomputed(reg, "2026-00001"))
    assert main(["register", "issue", str(doc), "--series", "INV", "--xml", "ubl", "--xml-profile", "xrechnung", "--db", db]) == 2
    assert "buyer_reference" in capsys.readouterr().err
