"""The audit fields of a category mapping (checked, limit), the broader-category fallback
and data_from / not_modelled, on small data directories written by the tests."""

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from invoicekit import RateNotFound, RateNotInForce, RateNotModelled, TaxTable
from invoicekit.taxtable.check import audit_directory, check_directory

HEAD = """format = 1
jurisdiction = "XK"
name = "Testland"
currency = "EUR"
taxes = ["VAT"]
"""
RATES = """
[[rates.VAT.standard]]
rate = "20"
from = "2015-01-01"
source = "Test Act, art. 1"

[[rates.VAT.reduced]]
rate = "10"
from = "2015-01-01"
source = "Test Act, art. 2"
"""


def write(tmp_path: Path, text: str, code: str = "DE") -> Path:
    path = tmp_path / f"{code}.toml"
    path.write_text(text.replace("XK", code), encoding="utf-8")
    return tmp_path


def test_a_narrower_category_takes_its_broader_mapping(tmp_path: Path) -> None:
    body = (
        HEAD
        + RATES
        + """
[[categories.medicines]]
class = "reduced"
from = "2015-01-01"
source = "Test Act, art. 3"
checked = "2026-12-01"

[[categories.medicines_reimbursable]]
class = "zero"
from = "2016-01-01"
source = "Test Act, art. 4"
checked = "2026-12-01"
"""
    )
    table = TaxTable([write(tmp_path, body)])
    day = dt.date(2016, 1, 1)
    otc = table.resolve("DE", day, "medicines_otc")
    assert [c.rate for c in otc.components] == [Decimal("10")]
    assert "medicines_otc (as medicines) takes the reduced rate" in otc.explanation
    # reimbursable maps itself from 2016-01-01; the day before it falls back to medicines
    assert [c.rate for c in table.resolve("DE", day, "medicines_reimbursable").components] == [Decimal(0)]
    before = table.resolve("DE", dt.date(2015, 12, 31), "medicines_reimbursable")
    assert [c.rate for c in before.components] == [Decimal("10")]
    # clothing is not mapped: children's clothing falls through it to the standard rate
    kids = table.resolve("DE", day, "children_clothing")
    assert [c.rate for c in kids.components] == [
        Decimal("20")
    ] and "not treated specially" in kids.explanation


def test_a_limit_reaches_the_reason_and_the_audit(tmp_path: Path) -> None:
    body = (
        HEAD
        + RATES
        + """
[[categories.clothing]]
class = "exempt"
from = "2015-01-01"
source = "Test Act, art. 5"
limit = "an item priced under EUR 100"
"""
    )
    directory = write(tmp_path, body)
    resolution = TaxTable([directory]).resolve("DE", dt.date(2020, 1, 1), "clothing")
    assert resolution.components[0].category == "E"
    assert "[condition not checked by invoicekit: an item priced under EUR 100]" in resolution.explanation
    assert check_directory(directory) == []
    limits, unchecked = audit_directory(directory)
    assert [p.message for p in limits] == [
        "categories.clothing from 2015-01-01: an item priced under EUR 100"
    ]
    assert [p.message for p in unchecked] == ["categories.clothing from 2015-01-01: no checked date"]
    assert limits[0].where.endswith("DE.toml:17")  # 5 lines of HEAD, 10 of RATES, a blank line, the header


def test_check_cli_counts_unchecked_and_strict_refuses_them(tmp_path: Path) -> None:
    body = (
        HEAD
        + RATES
        + """
[[categories.food]]
class = "reduced"
from = "2015-01-01"
source = "Test Act, art. 6"
"""
    )
    directory = write(tmp_path, body)
    run = [sys.executable, "-m", "invoicekit", "taxdata", "check", str(directory)]
    plain = subprocess.run(run, capture_output=True, text=True, check=False)
    assert plain.returncode == 0, plain.stderr
    assert "1 category mapping(s) without a checked date" in plain.stdout
    strict = subprocess.run([*run, "--strict"], capture_output=True, text=True, check=False)
    assert strict.returncode == 2
    assert "categories.food from 2015-01-01: no checked date" in strict.stderr


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ('checked = "2026-02-30"', 'categories.food.checked: not a real date: "2026-02-30"'),
        ("limit = 3", "categories.food.limit: expected text saying what the format cannot express, got 3"),
        ('checkd = "2026-01-01"', 'categories.food: unknown field "checkd" (did you mean "checked"?)'),
    ],
)
def test_bad_audit_fields_are_problems(tmp_path: Path, field: str, message: str) -> None:
    body = (
        HEAD
        + RATES
        + f"""
[[categories.food]]
class = "reduced"
from = "2015-01-01"
source = "Test Act, art. 6"
{field}
"""
    )
    assert [p.message for p in check_directory(write(tmp_path, body))] == [message]


def test_before_data_from_is_not_modelled(tmp_path: Path) -> None:
    body = (
        HEAD.replace(
            'taxes = ["VAT"]',
            'taxes = ["VAT"]\ndata_from = "2016-01-01"\nnot_modelled = "No VAT before 2016."',
        )
        + RATES
    )
    table = TaxTable([write(tmp_path, body)])
    assert [c.rate for c in table.resolve("DE", dt.date(2016, 1, 1), "standard").components] == [Decimal(20)]
    with pytest.raises(
        RateNotModelled, match=r"DE: not modelled before 2016-01-01 \(asked for 2015-12-31\): No VAT"
    ):
        table.resolve("DE", dt.date(2015, 12, 31), "standard")
    assert issubclass(RateNotModelled, RateNotInForce) and issubclass(RateNotModelled, RateNotFound)


def test_data_from_is_a_promise_the_checker_holds(tmp_path: Path) -> None:
    body = HEAD.replace('taxes = ["VAT"]', 'taxes = ["VAT"]\ndata_from = "2014-01-01"') + RATES.replace(
        'source = "Test Act, art. 2"', 'source = "Test Act, art. 2"\nnote = "Earlier history not recorded."'
    )
    directory = write(
        tmp_path, body.replace('rate = "10"\nfrom = "2015-01-01"', 'rate = "10"\nfrom = "2015-06-01"')
    )
    assert [p.message for p in check_directory(directory)] == [
        "rates.VAT.standard starts 2015-01-01, after data_from 2014-01-01",
        'rates.VAT.reduced: the note says "earlier history not recorded" but data_from promises 2014-01-01',
    ]
    no_start = HEAD.replace('taxes = ["VAT"]', 'taxes = ["VAT"]\nnot_modelled = "x"') + RATES
    assert [p.message for p in check_directory(write(tmp_path, no_start))] == [
        'not_modelled: says why dates before "data_from" do not answer; set data_from'
    ]
