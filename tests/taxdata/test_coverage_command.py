"""`invoicekit taxdata coverage [--json]`, `rates` for jurisdictions that levy no tax or are not
modelled, and the checker's rules for the `not_modelled` field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invoicekit.cli import main
from invoicekit.taxtable.check import check_directory


def coverage_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict[str, object]]:
    assert main(["taxdata", "coverage", "--json", *args]) == 0
    return {row["jurisdiction"]: row for row in json.loads(capsys.readouterr().out)}


def test_coverage_json_rows(capsys: pytest.CaptureFixture[str]) -> None:
    rows = coverage_json(capsys)
    # Mexico: answers from its data_from, 2015-01-01; seven categories mapped, all at 0 % (e-books
    # since the ninth round); the food mapping audited on 2026-12-02 (Ley del IVA art. 2-A)
    assert rows["MX"] == {
        "jurisdiction": "MX", "name": "Mexico", "taxes": ["VAT"], "from": "2015-01-01",
        "categories": ["agricultural", "basic_food", "books", "ebooks", "food", "medicines", "newspapers"],
        "checked": "2026-12-02", "not_modelled": None,
    }  # fmt: skip
    # Quebec: GST from the country file, QST of its own; both from 2013-01-01 (QST harmonised)
    assert rows["CA-QC"]["taxes"] == ["GST", "QST"]
    assert rows["HK"]["taxes"] == [] and "no tax on sales" in str(rows["HK"]["not_modelled"])
    assert str(rows["BR"]["not_modelled"]).startswith("Brazil's taxes on sales")
    assert rows["BR"]["from"] is None and rows["BR"]["categories"] == []
    assert rows["OM"]["from"] == "2021-04-16"
    assert rows["OM"]["not_modelled"] == (
        "before 2021-04-16: Oman levied no VAT before 2021-04-16 (VAT Law, Royal Decree No. 121/2020);"
        " earlier sales are not modelled."
    )
    # a category's audit date shows where the data records one (the US groceries audit)
    assert rows["US-TX"]["checked"] == "2026-12-01"  # taxdata/americas/US-TX.toml, food mapping


def test_coverage_text_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["taxdata", "coverage"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["Code", "Name", "Taxes", "From", "Categories", "Checked", "Not", "modelled"]
    il = next(line for line in lines if line.startswith("IL "))
    assert il.split()[:4] == ["IL", "Israel", "VAT", "2015-01-01"]
    br = next(line for line in lines if line.startswith("BR "))
    assert "Brazil's taxes on sales" in br and br.endswith("...")
    assert out.rstrip().endswith("a category not listed takes the standard rate.")


def test_coverage_includes_a_shops_layer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "NP.toml").write_text(
        'format = 1\njurisdiction = "NP"\nname = "Nepal"\ncurrency = "NPR"\ntaxes = ["VAT"]\n\n'
        '[[rates.VAT.standard]]\nrate = "13"\nfrom = "2015-01-01"\nsource = "Value Added Tax Act 2052, s. 7"\n',
        encoding="utf-8",
    )
    rows = coverage_json(capsys, "--taxdata", str(tmp_path))
    assert rows["NP"]["from"] == "2015-01-01" and rows["NP"]["categories"] == []


def test_rates_of_a_no_tax_jurisdiction(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "QA", "--on", "2024-01-01"]) == 0
    assert capsys.readouterr().out == (
        "Qatar (QA) on 2024-01-01: no VAT, GST or sales tax is levied; sales are outside the scope of tax.\n"
    )
    assert main(["rates", "HK", "--on", "2024-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "jurisdiction": "HK", "name": "Hong Kong", "on": "2024-01-01", "taxes": [], "categories": {}
    }  # fmt: skip


def test_rates_of_brazil_points_to_the_docs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "BR"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: BR (Brazil): taxes not modelled. ")
    assert 'docs/taxdata.md, "Brazil"' in err and "RateProvider" in err


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not_modelled = 3\n", "not_modelled: expected text, got 3"),
        (
            'not_modelled = "Not yet."\n\n[[rates.VAT.standard]]\nrate = "5"\nfrom = "2020-01-01"\nsource = "x"\n',
            # without data_from no day is modelled (Brazil), so there can be no rates
            'not_modelled: says why dates before "data_from" do not answer; set data_from',
        ),
    ],
)
def test_not_modelled_is_checked(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "NP.toml").write_text(
        f'format = 1\njurisdiction = "NP"\nname = "Nepal"\ncurrency = "NPR"\n{body}', encoding="utf-8"
    )
    problems = check_directory(tmp_path)
    assert [p.message for p in problems] == [message]
    assert problems[0].where == f"{tmp_path / 'NP.toml'}:5"


def test_an_empty_reason_is_no_reason(tmp_path: Path) -> None:
    (tmp_path / "NP.toml").write_text(
        'format = 1\njurisdiction = "NP"\nname = "Nepal"\ncurrency = "NPR"\nnot_modelled = ""\n', encoding="utf-8"
    )
    assert [p.message for p in check_directory(tmp_path)] == [
        "taxes: required in a country file (or territory_of naming the country it shares them with)",
        "not_modelled: expected text, got ''",
    ]


def test_a_not_modelled_file_needs_no_taxes(tmp_path: Path) -> None:
    (tmp_path / "NP.toml").write_text(
        'format = 1\njurisdiction = "NP"\nname = "Nepal"\ncurrency = "NPR"\nnot_modelled = "Not yet."\n',
        encoding="utf-8",
    )
    assert check_directory(tmp_path) == []
