"""`invoicekit taxdata check`: each kind of broken file fails with a precise file:line message."""

from pathlib import Path

import pytest

from invoicekit.taxtable.check import check_directory, check_shipped
from invoicekit.taxtable.table import shipped_data_dir

GOOD = """format = 1
jurisdiction = "DE"
name = "Germany"
currency = "EUR"
rounding = { mode = "half_up", level = "document" }
taxes = ["VAT"]

[[rates.VAT.standard]]
rate = "19"
from = "2007-01-01"
to = "2020-06-30"
source = "§ 12 UStG"

[[rates.VAT.standard]]
rate = "16"
from = "2020-07-01"
to = "2020-12-31"
source = "§ 28 UStG"

[[rates.VAT.standard]]
rate = "19"
from = "2021-01-01"
source = "§ 12 UStG"

[[rates.VAT.reduced]]
rate = "7"
from = "2007-01-01"
source = "§ 12 UStG"

[[categories.food]]
class = "reduced"
from = "2007-01-01"
source = "Anlage 2 UStG"
"""


def check(tmp_path: Path, text: str, name: str = "DE.toml") -> list[str]:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return [str(p) for p in check_directory(folder, [shipped_data_dir()])]


def test_shipped_data_passes() -> None:
    assert [str(p) for p in check_shipped()] == []


def test_good_file_passes(tmp_path: Path) -> None:
    assert check(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ('rate = "16"', 'rate = "160"', 14, "rates.VAT.standard.rate: out of range 0..100: 160"),
        ('rate = "16"', "rate = 16", 14, 'rates.VAT.standard.rate: give the rate as a decimal string such as "19", got 16'),
        ('rate = "16"', 'rate = "1,6"', 14, 'rates.VAT.standard.rate: not a number: "1,6"'),
        ('source = "§ 28 UStG"\n', "", 14, "rates.VAT.standard: every period needs a source (an official URL or gazette reference)"),
        ('to = "2020-12-31"', 'to = "2020-02-30"', 14, 'rates.VAT.standard.to: not a real date: "2020-02-30"'),
        ('to = "2020-12-31"', 'to = "2021-01-05"', 20, "rates.VAT.standard: period from 2021-01-01 overlaps the period from 2020-07-01"),
        ('to = "2020-12-31"', 'to = "2020-12-01"', 20, "rates.VAT.standard: gap from 2020-12-02 to 2020-12-31 in the standard rate"),
        ('class = "reduced"', 'class = "cheap"', 30, 'categories.food.class: unknown rate class "cheap"'),
        ("[[categories.food]]", "[[categories.foood]]", 30, 'categories.foood: unknown product category "foood" (did you mean "food"?)'),
        ('taxes = ["VAT"]', 'taxes = ["VAT", "TVA"]', 6, 'taxes: unknown tax code "TVA"'),
        ('currency = "EUR"', 'currency = "EUX"', 4, "currency: unknown ISO 4217 code 'EUX'"),
        ('rounding = { mode = "half_up", level = "document" }', 'tax_id = "de.vat"', 5, 'unknown field "tax_id"'),
        ('from = "2007-01-01"\nsource = "Anlage 2 UStG"', 'from = "2007-01-01"\nsource = "Anlage 2 UStG"\nsorce = "x"', 30, 'categories.food: unknown field "sorce" (did you mean "source"?)'),
    ],
)
def test_each_kind_of_broken_file(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    assert old in GOOD
    problems = check(tmp_path, GOOD.replace(old, new, 1))
    expected = f"{tmp_path}/data/DE.toml:{line}: {message}"
    assert any(p.startswith(expected) for p in problems), problems


def test_unknown_jurisdiction_and_file_name(tmp_path: Path) -> None:
    problems = check(tmp_path, GOOD.replace('jurisdiction = "DE"', 'jurisdiction = "QQ"'))
    assert f"{tmp_path}/data/DE.toml:2: jurisdiction \"QQ\" does not match the file name \"DE.toml\"" in problems
    assert f"{tmp_path}/data/DE.toml:2: jurisdiction: unknown ISO 3166 code \"QQ\"" in problems


def test_temporary_rate_must_be_followed(tmp_path: Path) -> None:
    text = GOOD + '\n[[rates.VAT.super_reduced]]\nrate = "5"\nfrom = "2020-07-01"\nto = "2020-12-31"\nsource = "x"\n'
    problems = check(tmp_path, text)
    assert any(":35: rates.VAT.super_reduced: temporary period ends 2020-12-31 and nothing follows" in p for p in problems)
    assert check(tmp_path, text.replace('to = "2020-12-31"\nsource = "x"', 'to = "2020-12-31"\nend = true\nsource = "x"')) == []


def test_category_needs_an_existing_class(tmp_path: Path) -> None:
    text = GOOD.replace('class = "reduced"', 'class = "super_reduced"')
    assert f'{tmp_path}/data/DE.toml:30: categories.food: class "super_reduced" has no rates.VAT.super_reduced series' in check(
        tmp_path, text
    )


def test_invalid_toml_reports_its_line(tmp_path: Path) -> None:
    (problem,) = check(tmp_path, GOOD.replace('rate = "7"', "rate = "))
    assert problem.startswith(f"{tmp_path}/data/DE.toml:26: not valid TOML")


def test_toml_dates_that_do_not_exist(tmp_path: Path) -> None:
    (problem,) = check(tmp_path, GOOD.replace('from = "2021-01-01"', "from = 2021-02-29"))
    assert problem.startswith(f"{tmp_path}/data/DE.toml:") and "not valid TOML" in problem


def test_subdivision_needs_its_country(tmp_path: Path) -> None:
    text = 'format = 1\njurisdiction = "XK-01"\nname = "x"\n'
    problems = check(tmp_path, text, "XK-01.toml")
    assert any("XK-01 inherits from XK, which has no file XK.toml" in p for p in problems)


def test_subdivision_of_a_shipped_country_checks_against_it(tmp_path: Path) -> None:
    text = 'format = 1\njurisdiction = "DE-BY"\nname = "Bavaria"\n'
    assert check(tmp_path, text, "DE-BY.toml") == []


def test_cli_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from invoicekit.cli import main

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "DE.toml").write_text(GOOD.replace('rate = "16"', 'rate = "160"'), encoding="utf-8")
    assert main(["taxdata", "check", str(folder)]) == 2
    assert f"{folder}/DE.toml:14: rates.VAT.standard.rate: out of range 0..100: 160" in capsys.readouterr().err
    assert main(["taxdata", "check"]) == 0


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('rounding = { mode = "half_up", level = "document" }', 'vat_prefix = "DE"', 'unknown field "vat_prefix"'),
        ('taxes = ["VAT"]', 'taxes = ["VAT"]\ncategory_code = ["S"]', "category_code: not an EN 16931 VAT category code"),
        ('rounding = { mode = "half_up", level = "document" }', 'rounding = { mode = ["x"] }', "rounding: expected"),
        ('taxes = ["VAT"]', 'taxes = ["VAT"]\nnote = [1]', "note: expected text"),
        ('to = "2020-12-31"', 'to = "9999-12-31"', "rates.VAT.standard.to: 9999-12-31 is outside"),
        ('taxes = ["VAT"]', 'taxes = ["VAT", "VAT"]', "taxes: a tax is listed twice"),
        ('rate = "16"', 'rate = "16.00000000000000000001"', 'rates.VAT.standard.rate: not a plain decimal'),
        ('rate = "16"', 'rate = "16"\nnote = 3', "rates.VAT.standard.note: expected text"),
    ],
)
def test_malformed_values_are_problems_not_crashes(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD
    problems = check(tmp_path, GOOD.replace(old, new, 1))
    assert any(message in p for p in problems), problems


def test_unreadable_files_are_problems(tmp_path: Path) -> None:
    (problem,) = check(tmp_path, "format = 1" + "0" * 5000 + "\n")
    assert problem.endswith("DE.toml:1: not a readable TOML file: ValueError")
    supplies = GOOD + '\n[[vat_area]]\narea = "EU"\nfrom = "2019-01-01"\nsupplies = [["goods"]]\nsource = "x"\n'
    assert any("vat_area.supplies: expected a list" in p for p in check(tmp_path, supplies))


def test_diff_refuses_invalid_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from invoicekit.cli import main

    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "DE.toml").write_text(GOOD, encoding="utf-8")
    (bad / "DE.toml").write_text(GOOD.replace('rate = "16"', 'rate = "16%"'), encoding="utf-8")
    assert main(["taxdata", "diff", str(good), str(bad)]) == 2
    assert f"error: {bad}/DE.toml:14: rates.VAT.standard.rate: not a number: \"16%\"" in capsys.readouterr().err
