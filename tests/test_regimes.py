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

import invoicekit
from invoicekit import InvoiceError, TaxDataError, TaxTable, compute, explain, load, regimes
from invoicekit.cli import main
from invoicekit.errors import ProblemsError
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
    monkeypatch.setattr(regimes, "_load_failed", None)


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
    assert [r.name for r in regimes.claiming()] == ["untaxed", "eu"]  # by priority
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
        " (a shop's regime must be imported in every process: name its module in INVOICEKIT_REGIMES)"
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
    refused = r"^a regime named \"national\" is already registered by invoicekit\.rules\.national\.decide .*; test_regimes\.test_a_name_is_registered_once\.<locals>\.<lambda> cannot"
    with pytest.raises(regimes.RegimeError, match=refused):
        regimes.register(regimes.Regime("national", lambda sale: national.decide(sale), "another law"))
    with pytest.raises(regimes.RegimeError, match='no regime "nowhere"'):
        regimes.get("nowhere")


LAZY_PROBE = """
import sys, invoicekit
from invoicekit import regimes
from invoicekit.rules.sale import Sale
assert not [s for s in regimes.SHIPPED if f"invoicekit.rules.{s}" in sys.modules]
invoicekit.compute(invoicekit.load(sys.argv[1]))
print(sorted(s for s in regimes.SHIPPED if f"invoicekit.rules.{s}" in sys.modules))
try:  # a shop's regime under a shipped name is refused before that module was imported too
    regimes.register(regimes.Regime("us", lambda sale: None, "a shop's law"))
except regimes.RegimeError as exc:
    print(exc.message)
print(sorted(s for s in regimes.SHIPPED if f"invoicekit.rules.{s}" in sys.modules))
print(regimes.named(), [r.name for r in regimes.claiming()])
"""


def _lazy_probe(document_file: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE, str(document_file)], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_a_sale_imports_the_claiming_regimes_and_its_own() -> None:
    examples = Path(__file__).parent.parent / "examples"
    german, refused, after, listed = _lazy_probe(examples / "de-invoice.toml")
    assert german == "['eu', 'untaxed']"  # Germany's sales are the EU regime's
    assert refused.startswith('a regime named "us" is already registered by invoicekit.rules.us.decide (')
    assert refused.endswith("<lambda> cannot register another under that name")
    assert after == "['eu', 'untaxed', 'us']"
    # listing the regimes imports every shipped module (and so runs the duplicate-name check)
    assert listed == "('canada', 'india', 'national', 'us') ['untaxed', 'eu']"
    # canada.py builds on the national regime's steps
    assert _lazy_probe(examples / "canada.json")[0] == "['canada', 'eu', 'national', 'untaxed']"


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
    """A rate lookup knows the shipped regime names from regimes.SHIPPED: it imports no
    rules at all (nor python-stdnum, loaded only when a VAT ID is checked)."""
    code = (
        "import sys, datetime, invoicekit\n"
        "assert invoicekit.rates('DE', datetime.date(2025, 1, 1))[0].rate == 19\n"
        "shipped = [f'invoicekit.rules.{s.module}' for s in invoicekit.regimes.SHIPPED.values()]\n"
        "assert not [m for m in shipped if m in sys.modules], 'regime modules imported'\n"
        "assert not any(m.split('.')[0] == 'stdnum' for m in sys.modules), 'stdnum imported'\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr


IT_CO_FILE = """\
format = 1
jurisdiction = "IT-CO"
name = "Como (a shop's untaxed region, test)"
taxes = []
"""


def test_a_file_without_taxes_is_untaxed_even_in_the_eu_area(tmp_path: Path) -> None:
    """A layer's region of a member state with ``taxes = []`` and no ``vat_area`` of its own
    (so IT's EU membership is inherited) is claimed by ``untaxed`` first, as before the
    registry: out of scope (O, 0 %), not an OSS distance sale taxed at Germany's 19 %."""
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "IT-CO.toml").write_text(IT_CO_FILE, encoding="utf-8")
    table = TaxTable.shipped([layer])
    invoice = load({**document("IT", "DE"), "seller": {"name": "S", "address": {"country": "IT", "region": "CO"}}})
    line = compute(invoice, table).lines[0]
    assert line.jurisdiction == "IT-CO"
    assert [(t.category, t.rate) for t in line.taxes] == [("O", Decimal("0"))]


def _claims_every_sale(name: str, priority: int = 100) -> regimes.Regime:
    national = regimes.get("national")
    return regimes.Regime(name, national.decide, f"{name}: test", claims=lambda sale: True, priority=priority)


def test_a_shops_claiming_regime_does_not_win_by_its_name(isolated_registry: None) -> None:
    """A claiming regime named "aaa" (default priority 100) comes after eu (20): a German
    distance sale to a French consumer stays French VAT."""
    regimes.register(_claims_every_sale("aaa"))
    assert compute(load(document("DE", "FR"))).tax == Decimal("20.00")


def test_two_claims_of_one_priority_are_a_located_error(isolated_registry: None) -> None:
    regimes.register(_claims_every_sale("aaa", priority=5))
    regimes.register(_claims_every_sale("bbb", priority=5))
    with pytest.raises(InvoiceError) as raised:
        compute(load(document("DE", "FR")))
    assert [str(p) for p in raised.value.problems] == [
        'seller.address.country: regimes "aaa", "bbb" (priority 5) both claim this sale: give one a lower priority'
    ]


def test_a_claiming_regime_registered_later_changes_remembered_decisions(isolated_registry: None) -> None:
    """The rules remember decisions per table; a registration forgets them."""
    table = TaxTable.shipped()
    invoice = load(document("DE", "FR"))
    assert compute(invoice, table).tax == Decimal("20.00")
    regimes.register(_claims_every_sale("first", priority=1))  # national rules: an export
    later = compute(invoice, table)
    assert (later.tax, later.lines[0].taxes[0].category) == (Decimal("0.00"), "G")


def test_a_reloaded_regime_module_registers_again(isolated_registry: None) -> None:
    import invoicekit.rules.us as us

    before = regimes.get("us")
    importlib.reload(us)
    assert regimes.get("us") is not before and regimes.get("us").decide is us.decide


def test_a_regime_missing_in_this_process_is_located_at_the_seller(
    tmp_path: Path, aq_layer: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: None
) -> None:
    """What a Dask worker without INVOICEKIT_REGIMES sees: the data names a regime this
    process never registered. The seller's country is blamed, with the hint."""
    import_testland(tmp_path, monkeypatch)
    table = TaxTable.shipped([aq_layer])
    table.jurisdiction("AQ")  # parsed while testland was registered
    del regimes._REGISTERED["testland"]
    with pytest.raises(InvoiceError) as raised:
        compute(load(document("AQ", "DE")), table)
    assert [str(p) for p in raised.value.problems] == [
        'seller.address.country: no regime "testland" is registered (known: canada, india, national, us;'
        " a shop's regime must be imported in every process: name its module in INVOICEKIT_REGIMES)"
    ]


def test_a_regime_error_is_bad_input_to_the_command_line(
    aq_layer: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert issubclass(regimes.RegimeError, ProblemsError)

    def run(argv: list[str]) -> int:
        raise regimes.RegimeError('no regime "testland" is registered')

    monkeypatch.setattr("invoicekit.cli.build_parser", lambda *_: _Parser(run))
    assert main(["rates", "DE"]) == 2
    assert capsys.readouterr().err == 'error: no regime "testland" is registered\n'


class _Parser:
    """A stand-in for the argument parser whose command raises (the CLI's error handling only)."""

    def __init__(self, run: Any) -> None:
        self.run = run

    def parse_args(self, argv: list[str]) -> Any:
        return type("Args", (), {"run": staticmethod(lambda args: self.run(argv))})()


BROKEN_MODULES = {
    "broken_syntax": "def decide(sale)\n    return None\n",
    "taken_name": (
        "from invoicekit.regimes import Regime, register\n"
        "def decide(sale):\n    return None\n"
        'register(Regime("national", decide, "a second national"))\n'
    ),
}


@pytest.mark.parametrize("module", sorted(BROKEN_MODULES))
def test_a_broken_regime_module_is_a_located_error_once(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A shop module that fails to import (any error) is named under INVOICEKIT_REGIMES,
    the same error again on the next call (not retried), and a rate lookup never needs it."""
    (tmp_path / f"{module}.py").write_text(BROKEN_MODULES[module], encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    monkeypatch.setenv("INVOICEKIT_REGIMES", module)
    monkeypatch.setattr(regimes, "_builtin_loaded", False)
    assert invoicekit.rates("DE", dt.date(2025, 1, 1))[0].rate == Decimal("19")
    errors = []
    for _ in range(2):
        with pytest.raises(TaxDataError) as raised:
            regimes.registered()
        errors.append([str(p) for p in raised.value.problems])
    assert errors[0] == errors[1]
    assert len(errors[0]) == 1
    assert errors[0][0].startswith(f'INVOICEKIT_REGIMES: cannot import the regime module "{module}": ')
    kind = {"broken_syntax": "SyntaxError", "taken_name": "RegimeError"}[module]
    assert f'"{module}": {kind}: ' in errors[0][0]
    document_file = tmp_path / "doc.json"
    document_file.write_text(json.dumps(document("DE", "FR")), encoding="utf-8")
    assert main(["compute", str(document_file)]) == 2
    assert capsys.readouterr().err.startswith(f'error: INVOICEKIT_REGIMES: cannot import the regime module "{module}"')


def test_every_module_that_registers_a_regime_is_listed() -> None:
    """regimes.SHIPPED is the one list of the shipped regimes: every module of
    invoicekit/rules that calls register() is in it, with the area and kind it registers."""
    rules = Path(invoicekit.__file__).parent / "rules"
    registering = {p.stem for p in rules.glob("*.py") if "register(" in p.read_text(encoding="utf-8")}
    assert registering == {s.module for s in regimes.SHIPPED.values()}
    for name, shipped in regimes.SHIPPED.items():
        regime = regimes.get(name)
        assert regime.decide.__module__ == f"invoicekit.rules.{shipped.module}"
        assert (regime.area, regime.claims is None) == (shipped.area, shipped.by_name), name


def test_no_known_area_reads_as_a_phrase_not_an_empty_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: None
) -> None:
    monkeypatch.setattr(regimes, "SHIPPED", {k: v for k, v in regimes.SHIPPED.items() if v.area is None})
    del regimes._REGISTERED["eu"]
    path = tmp_path / "AQ.toml"
    path.write_text(AQ_FILE.replace('regime = "testland"\n', "") + AREA.format(area="EU"), encoding="utf-8")
    _, problems = parse_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:12: vat_area.area: expected a registered VAT area (none is registered), got 'EU'"
    ]


def test_a_shop_module_run_as_main_and_named_in_the_environment_registers_once(tmp_path: Path) -> None:
    """``python shop_regime.py`` registers testland as ``__main__``; the registry then imports
    the same file as ``shop_regime`` (INVOICEKIT_REGIMES): one regime, not a conflict."""
    script = textwrap.dedent(TESTLAND_MODULE) + textwrap.dedent(
        """
        if __name__ == "__main__":
            from invoicekit import regimes

            print(regimes.get("testland").law)
        """
    )
    (tmp_path / "shop_regime.py").write_text(script, encoding="utf-8")
    env = {**os.environ, "INVOICEKIT_REGIMES": "shop_regime", "PYTHONPATH": str(tmp_path)}
    ran = subprocess.run([sys.executable, str(tmp_path / "shop_regime.py")], env=env, capture_output=True, text=True)
    assert (ran.returncode, ran.stdout) == (0, "Testland: the seller's rates on every sale\n"), ran.stderr


def test_a_shipped_entry_is_a_frozen_record() -> None:
    eu = regimes.SHIPPED["eu"]
    assert repr(eu) == "Shipped(module='eu', area='EU', by_name=False)"
    assert repr(regimes.Shipped("us")) == "Shipped(module='us', area=None, by_name=True)"
    assert eu == regimes.Shipped("eu", area="EU", by_name=False)
    assert hash(eu) == hash(regimes.Shipped("eu", "EU", False))
    assert eu != regimes.Shipped("eu", area="EU") and eu != ("eu", "EU", False)
    assert len({regimes.Shipped("us"), regimes.Shipped("us"), eu}) == 2
    with pytest.raises(AttributeError, match="frozen"):
        eu.area = "XX"  # type: ignore[misc]
    assert eu.area == "EU"
