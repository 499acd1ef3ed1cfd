"""The regime registry (invoicekit/regimes.py): the shipped regimes register themselves, the
tax data names only registered ones, and a new regime is one module plus a data file."""

import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from invoicekit import TaxTable, compute, explain, load, regimes
from invoicekit.cli import main
from invoicekit.model import SUPPLIES
from invoicekit.rules.sale import Sale
from invoicekit.taxtable import default_table
from invoicekit.taxtable.parse import parse_file
from invoicekit.taxtable.table import data_files, shipped_data_dir

DOCS = Path(__file__).parent.parent / "docs" / "taxdata.md"

# A regime for a made-up law, in a module of its own: what a shop writes for a new regime.
# Antarctica (AQ) has no shipped tax data, so the layer's file is the only one for it.
TESTLAND_MODULE = '''
"""Testland: every sale by a seller in the country takes its own rates, even abroad."""

from invoicekit.regimes import Regime, register


def decide(sale):
    seller = sale.code(sale.seller)
    path = [f"Testland law: the seller's rates apply to every sale ({seller})."]
    return sale.taxed(seller, f"Testland sale to {sale.buyer.country}: the seller's rates.", path)


register(Regime("testland", decide, "Testland: the seller's rates on every sale"))
'''

AQ_FILE = """\
format = 1
jurisdiction = "AQ"
name = "Antarctica (test)"
currency = "EUR"
taxes = ["VAT"]
regime = "testland"

[[rates.VAT.standard]]
rate = "7"
from = "2000-01-01"
source = "test: a made-up rate"
"""


def party(country: str) -> dict[str, Any]:
    return {"name": f"Party {country}", "address": {"country": country}}


def document(seller: str, buyer: str, supply: str = "goods") -> dict[str, Any]:
    return {
        "number": "R-1",
        "issue_date": "2025-03-01",
        "currency": "EUR",
        "supply": supply,
        "seller": party(seller),
        "buyer": party(buyer),
        "lines": [{"description": "x", "unit_price": "100.00"}],
    }


@pytest.fixture
def isolated_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registrations made in a test are forgotten after it (the registry is process-wide)."""
    regimes.registered()  # the shipped regimes first, so the copy holds them
    monkeypatch.setattr(regimes, "_REGISTERED", dict(regimes._REGISTERED))


@pytest.fixture
def aq_layer(tmp_path: Path) -> Path:
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "AQ.toml").write_text(AQ_FILE, encoding="utf-8")
    return layer


def import_testland(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "testland_regime.py").write_text(textwrap.dedent(TESTLAND_MODULE), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "testland_regime", raising=False)
    importlib.import_module("testland_regime")


def test_the_shipped_regimes_register_themselves() -> None:
    assert regimes.named() == ("canada", "india", "national", "us")
    assert [r.name for r in regimes.claiming()] == ["eu", "untaxed"]
    assert regimes.areas() == ("EU",)
    assert regimes.get("eu").decide.__module__ == "invoicekit.rules.eu"


def test_data_and_registry_agree() -> None:
    """Every regime a shipped file names is registered, and every regime chosen by name but
    ``national`` (the default) is named by some shipped file."""
    named_in_data: set[str] = set()
    for path in data_files(shipped_data_dir()):
        text = path.read_text(encoding="utf-8")
        named_in_data |= set(re.findall(r'^regime = "([^"]+)"', text, flags=re.MULTILINE))
    assert named_in_data == {"canada", "india", "us"}
    assert named_in_data <= set(regimes.named())
    assert set(regimes.named()) - named_in_data == {"national"}


def test_the_docs_name_every_shipped_regime() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for name in regimes.registered():
        assert f"`{name}`" in docs, name


def test_an_unregistered_regime_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "AQ.toml"
    path.write_text(AQ_FILE, encoding="utf-8")
    _, problems = parse_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:6: regime: expected one of canada, india, national, us, got 'testland'"
    ]


def test_an_unknown_vat_area_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "AQ.toml"
    path.write_text(AQ_FILE.replace('regime = "testland"\n', "") + AREA.format(area="GCC"), encoding="utf-8")
    _, problems = parse_file(path)
    assert [str(p) for p in problems] == [f"{path}:12: vat_area.area: expected \"EU\", got 'GCC'"]


AREA = """
[[vat_area]]
area = "{area}"
from = "2000-01-01"
source = "test"
"""


def test_a_new_regime_is_one_module_and_a_data_file(
    tmp_path: Path, aq_layer: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: None
) -> None:
    """No list is edited: the module registers itself on import, the layer names it."""
    assert main(["taxdata", "check", str(aq_layer)]) == 2  # before the module: unknown regime
    import_testland(tmp_path, monkeypatch)
    assert main(["taxdata", "check", str(aq_layer)]) == 0
    table = TaxTable.shipped([aq_layer])
    domestic = compute(load(document("AQ", "AQ")), table)
    # 7 % of 100.00, and the same abroad: Testland's law, not a national zero-rated export
    abroad = load(document("AQ", "DE"))
    export = compute(abroad, table)
    for computed in (domestic, export):
        assert computed.lines[0].jurisdiction == "AQ"
        assert (computed.lines[0].taxes[0].rate, computed.tax) == (Decimal("7"), Decimal("7.00"))
    assert export.lines[0].reason.startswith("Testland sale to DE: the seller's rates.")
    assert "Testland law: the seller's rates apply to every sale (AQ)." in explain(abroad, table)


def test_the_shipped_regimes_still_decide_with_a_new_one_registered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: None
) -> None:
    import_testland(tmp_path, monkeypatch)
    # A German seller's distance sale to a French consumer (over the threshold): 20 % French VAT
    assert compute(load(document("DE", "FR"))).tax == Decimal("20.00")
    # A Swiss seller's goods to Germany: a zero-rated export (national)
    assert compute(load(document("CH", "DE"))).lines[0].taxes[0].category == "G"


def test_a_name_is_registered_once(isolated_registry: None) -> None:
    national = regimes.get("national")
    assert regimes.register(national) is national  # the same record again: harmless
    with pytest.raises(regimes.RegimeError, match='"national" is already registered'):
        regimes.register(regimes.Regime("national", national.decide, "another law"))
    with pytest.raises(regimes.RegimeError, match='no regime "nowhere"'):
        regimes.get("nowhere")


def test_claiming_regimes_never_claim_the_same_sale() -> None:
    """Over every shipped jurisdiction as the seller's, each kind of supply and the days
    around Brexit: at most one regime claims the sale (so their order cannot matter)."""
    table = default_table()
    days = (dt.date(2020, 12, 31), dt.date(2021, 1, 1), dt.date(2025, 3, 1))
    claimed = 0
    for code in table.codes():
        country, _, region = code.partition("-")
        address = {"country": country, **({"region": region} if region else {})}
        seller: dict[str, Any] = {"name": "S", "address": address}
        invoice = load({**document("DE", "DE"), "seller": seller})
        for supply in SUPPLIES:
            for day in days:
                sale = Sale(invoice, supply, "standard", day, table, table)
                claims = [r.name for r in regimes.claiming() if r.claims is not None and r.claims(sale)]
                assert len(claims) <= 1, (code, supply, day, claims)
                claimed += bool(claims)
    assert claimed > 27 * 3 * 3  # the EU member states at least: the test looked at real claims


def test_a_shops_regime_named_in_the_environment_reaches_new_processes(tmp_path: Path, aq_layer: Path) -> None:
    """INVOICEKIT_REGIMES: the command line and the spawned batch workers import the module
    themselves (a registration in the parent would not reach them)."""
    (tmp_path / "testland_regime.py").write_text(textwrap.dedent(TESTLAND_MODULE), encoding="utf-8")
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name in ("a", "b"):
        (inputs / f"{name}.json").write_text(json.dumps(document("AQ", "DE")), encoding="utf-8")
    env = {**os.environ, "INVOICEKIT_REGIMES": "testland_regime", "PYTHONPATH": str(tmp_path)}
    cli = [sys.executable, "-m", "invoicekit"]
    checked = subprocess.run([*cli, "taxdata", "check", str(aq_layer)], env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    out = tmp_path / "out"
    batch = [*cli, "batch", str(inputs), "--out", str(out), "--workers", "2", "--taxdata", str(aq_layer)]
    ran = subprocess.run(batch, env=env, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == ["a.pdf", "b.pdf"]
    unset = {k: v for k, v in env.items() if k != "INVOICEKIT_REGIMES"}
    refused = subprocess.run([*cli, "taxdata", "check", str(aq_layer)], env=unset, capture_output=True, text=True)
    assert refused.returncode == 2 and "regime: expected one of" in refused.stderr


def test_an_unimportable_regime_module_is_named(
    monkeypatch: pytest.MonkeyPatch, aq_layer: Path, isolated_registry: None, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INVOICEKIT_REGIMES", "no_such_regime_module")
    monkeypatch.setattr(regimes, "_builtin_loaded", False)
    assert main(["taxdata", "check", str(aq_layer)]) == 2
    assert 'INVOICEKIT_REGIMES: cannot import the regime module "no_such_regime_module"' in capsys.readouterr().err


def test_naming_the_regimes_loads_no_tax_id_checker() -> None:
    """A rate lookup or ``taxdata check`` loads the regime modules to know their names, but
    python-stdnum only when a VAT ID is checked."""
    code = (
        "import sys, datetime, invoicekit\n"
        "assert invoicekit.rates('DE', datetime.date(2025, 1, 1))[0].rate == 19\n"
        "assert 'invoicekit.rules.india' in sys.modules  # the registry was asked\n"
        "assert not any(m.split('.')[0] == 'stdnum' for m in sys.modules), 'stdnum imported'\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
