"""The `invoicekit` command: output shapes and exit statuses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from invoicekit.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.*"))


def test_compute_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(ROOT / "examples" / "de-invoice.toml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # 2 x 9.99 = 19.98 at 19 % = 3.7962 -> 3.80; 3 x 2.49 = 7.47 at 7 % = 0.5229 -> 0.52
    assert {
        k: out[k] for k in ("currency", "net", "tax", "gross", "rounding", "payable", "reverse_charge")
    } == {
        "currency": "EUR",
        "net": "27.45",
        "tax": "4.32",
        "gross": "31.77",
        "rounding": "0.00",
        "payable": "31.77",
        "reverse_charge": False,
    }
    assert out["taxes"] == [
        {"tax": "VAT", "rate": "19", "category": "S", "base": "19.98", "amount": "3.80"},
        {"tax": "VAT", "rate": "7", "category": "S", "base": "7.47", "amount": "0.52"},
    ]
    assert [(line["net"], line["taxes"], line["jurisdiction"]) for line in out["lines"]] == [
        ("19.98", [{"tax": "VAT", "rate": "19", "category": "S"}], "DE"),
        ("7.47", [{"tax": "VAT", "rate": "7", "category": "S"}], "DE"),
    ]
    assert all(line["reason"] for line in out["lines"])
    assert out["notes"] == []
    assert out["warnings"] == []
    assert list(out) == ["kind", "number", "issue_date", "tax_point", "due_date", "currency", "net", "tax", "gross", "rounding",
                         "payable", "reverse_charge", "taxes", "lines", "allowances", "charges", "notes", "warnings",
                         "taxdata_release"]  # fmt: skip
    assert (out["kind"], out["number"], out["allowances"], out["charges"]) == ("invoice", "2024-0042", [], [])
    # 3.80 of 3.7962 on the first line, 0.52 of 0.5229 on the second (document-level rounding)
    assert [(line["tax"], line["gross"]) for line in out["lines"]] == [("3.80", "23.78"), ("0.52", "7.99")]
    assert out["taxdata_release"] == "2026-12-01"


def test_compute_json_lists_allowances_and_charges(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(ROOT / "examples" / "at-invoice-allowance.json"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["issue_date"], out["tax_point"], out["due_date"]) == ("2021-03-15", "2021-03-15", None)
    # Austria's 5 % for accommodation (1 July 2020 to 31 December 2021): 20.00 off at 5 % = 1.00;
    # the cleaning charge at the standard 20 %: 25.00 -> 5.00
    assert out["allowances"] == [{"reason": "Stammkundenrabatt Zimmer", "net": "20.00", "tax": "1.00", "gross": "21.00",
                                  "taxes": [{"tax": "VAT", "rate": "5", "category": "S"}]}]  # fmt: skip
    assert out["charges"] == [{"reason": "Reinigung Seminarraum", "net": "25.00", "tax": "5.00", "gross": "30.00",
                               "taxes": [{"tax": "VAT", "rate": "20", "category": "S"}]}]  # fmt: skip


def test_examples_compute(capsys: pytest.CaptureFixture[str]) -> None:
    assert EXAMPLES
    for example in EXAMPLES:
        assert main(["compute", str(example)]) == 0, example
        assert "Tax breakdown" in capsys.readouterr().out


def test_swiss_receipt_with_cash_rounding(capsys: pytest.CaptureFixture[str]) -> None:
    # Gross food 14.90 + 7.74 (0.238 kg x 32.50 = 7.735) = 22.64: tax 22.64 x 2.6/102.6 = 0.5737 -> 0.57;
    # 19.90 x 8.1/108.1 = 1.4911 -> 1.49; gross 42.54, payable rounded to 0.05: 42.55.
    assert main(["compute", str(ROOT / "examples" / "ch-receipt.toml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["tax"], out["gross"], out["rounding"], out["payable"]) == ("2.06", "42.54", "0.01", "42.55")


def test_austrian_covid_rates_with_allowance_and_charge(capsys: pytest.CaptureFixture[str]) -> None:
    # 2021-03-15: accommodation and restaurant food at 5 %: 267.00 + 147.00 - 20.00 = 394.00 -> 19.70;
    # seminar room 150.00 less 10 % = 135.00 plus cleaning charge 25.00 at 20 % = 32.00.
    assert main(["compute", str(ROOT / "examples" / "at-invoice-allowance.json"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["taxes"] == [
        {"tax": "VAT", "rate": "20", "category": "S", "base": "160.00", "amount": "32.00"},
        {"tax": "VAT", "rate": "5", "category": "S", "base": "394.00", "amount": "19.70"},
    ]
    assert (out["net"], out["tax"], out["gross"]) == ("554.00", "51.70", "605.70")


def test_bad_input_exits_2_with_errors_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "number": "1",
                "issue_date": "2024-13-01",
                "currency": "EUR",
                "seller": {"name": "S", "address": {"country": "DE"}},
                "buyer": {"name": "B", "address": {"country": "DE"}},
                "lines": [{"description": "x", "unit_price": "1", "quantity": "2,5"}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["compute", str(bad), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        'error: issue_date: not a real date: "2024-13-01"',
        'error: lines[0].quantity: not a number: "2,5"',
    ]


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", "no/such/file.json"]) == 2
    assert "no/such/file.json: cannot read" in capsys.readouterr().err


def test_rates_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "DE", "--on", "2020-07-01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["categories"]["standard"][0]["rate"] == "16"
    assert out["categories"]["reduced"][0]["rate"] == "5"
    assert out["categories"]["parking"] is None
    assert main(["rates", "QQ"]) == 2
    assert 'no tax data for jurisdiction "QQ"' in capsys.readouterr().err


def test_python_dash_m_and_internal_fault_exit_status(tmp_path: Path) -> None:
    example = str(ROOT / "examples" / "de-invoice.toml")
    done = subprocess.run(
        [sys.executable, "-m", "invoicekit", "compute", example, "--json"], capture_output=True, text=True
    )
    assert done.returncode == 0 and json.loads(done.stdout)["payable"] == "31.77"
    # an unreadable tax data layer is bad input, not a traceback
    done = subprocess.run(
        [sys.executable, "-m", "invoicekit", "compute", example, "--taxdata", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr and "not a directory" in done.stderr


def test_taxid_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["taxid", "fr 40 303 265 045"]) == 0
    assert "FR40303265045: valid" in capsys.readouterr().out
    assert main(["taxid", "FR40303265046", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["offline"]["reason"] == "checksum does not match"


def test_compute_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(ROOT / "examples" / "de-invoice.toml"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Line 1 (goods, standard):" in out and "Line 2 (goods, food):" in out
    assert "The buyer is in the same country (DE): a domestic sale." in out


def test_internal_fault_exits_1_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from invoicekit.cli import compute_cmd

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(compute_cmd, "compute", broken)
    monkeypatch.delenv("INVOICEKIT_DEBUG", raising=False)
    assert main(["compute", str(ROOT / "examples" / "de-invoice.toml")]) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err


def test_compute_locale_prints_the_document_as_it_reads(capsys: pytest.CaptureFixture[str]) -> None:
    # the same presentation model as the PDF: Ukrainian labels, the local tax name, numeric dates
    assert (
        main(["compute", str(ROOT / "examples" / "i18n" / "uk-cyrillic-credit-note.toml"), "--locale", "uk"])
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("Кредит-нота GS-2026-0047")
    assert "Дата складання: 02.11.2026" in out and "\u2066" not in out  # no isolate marks in text
    assert "\nПДВ " in out  # the breakdown row, not the code VAT  # noqa: RUF001
    assert "Сума прописом:" not in out  # a German seller and a German buyer: not asked for


def test_compute_summary_notes_are_the_documents(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(ROOT / "examples" / "i18n" / "el-greek-invoice.toml")]) == 0
    # a Munich seller gave no date of supply: the note the PDF prints, in the document's Greek
    assert "- Η ημερομηνία παράδοσης είναι η ημερομηνία έκδοσης." in capsys.readouterr().out  # noqa: RUF001
