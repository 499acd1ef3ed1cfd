"""A shop's data directory layered over the shipped data, and `taxdata diff`."""

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from invoicekit import TaxTable, compute, load
from invoicekit.cli import main
from invoicekit.taxtable.diff import diff_directories
from invoicekit.taxtable.table import shipped_data_dir

EXAMPLE = Path(__file__).parent.parent / "examples" / "de-invoice.toml"


@pytest.fixture
def corrected(tmp_path: Path) -> Path:
    """A shop's layer: Germany with a (hypothetical) 21 % standard rate from 2027-01-01."""
    layer = tmp_path / "layer"
    layer.mkdir()
    text = (shipped_data_dir() / "eu" / "DE.toml").read_text(encoding="utf-8")
    marker = '[[rates.VAT.standard]]\nrate = "19"\nfrom = "2021-01-01"\n'
    assert marker in text
    text = text.replace(
        marker,
        '[[rates.VAT.standard]]\nrate = "19"\nfrom = "2021-01-01"\nto = "2026-12-31"\n',
    )
    text += '\n[[rates.VAT.standard]]\nrate = "21"\nfrom = "2027-01-01"\nsource = "test: a shop\'s correction"\n'
    (layer / "DE.toml").write_text(text, encoding="utf-8")
    return layer


def test_layer_replaces_the_shipped_file(corrected: Path) -> None:
    table = TaxTable.shipped([corrected])
    assert table.resolve("DE", dt.date(2027, 1, 1), "standard").components[0].rate == Decimal("21")
    assert table.resolve("DE", dt.date(2026, 12, 31), "standard").components[0].rate == Decimal("19")
    # other jurisdictions still come from the shipped data
    assert table.resolve("CH", dt.date(2024, 1, 1), "standard").components[0].rate == Decimal("8.1")


def test_compute_with_a_layer(corrected: Path) -> None:
    invoice = load(EXAMPLE)
    later = load(dict(_raw(), issue_date="2027-02-01", supply_date="2027-01-15", due_date="2027-03-01"))
    assert compute(invoice, TaxTable.shipped([corrected])).taxes[0].rate == Decimal("19")
    assert compute(later, TaxTable.shipped([corrected])).taxes[0].rate == Decimal("21")


def _raw() -> dict:  # type: ignore[type-arg]
    from invoicekit.loader import read_document

    return read_document(EXAMPLE)  # type: ignore[no-any-return]


def test_layer_passes_check(corrected: Path) -> None:
    assert main(["taxdata", "check", str(corrected)]) == 0


def test_diff_shows_what_changes_in_force(corrected: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    shutil.copy(shipped_data_dir() / "eu" / "DE.toml", base / "DE.toml")
    changes = [str(c) for c in diff_directories(base, corrected)]
    assert changes == ["DE VAT standard from 2027-01-01: 19% -> 21%"]
    assert [str(c) for c in diff_directories(base, base)] == []


def test_diff_cli(corrected: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "base"
    base.mkdir()
    shutil.copy(shipped_data_dir() / "eu" / "DE.toml", base / "DE.toml")
    assert main(["taxdata", "diff", str(base), str(corrected)]) == 0
    assert capsys.readouterr().out == "DE VAT standard from 2027-01-01: 19% -> 21%\n"
