"""Work travels to worker processes: documents, results, errors and tax tables survive pickle,
and an error raised in a worker reaches the caller whole without breaking the pool."""

from __future__ import annotations

import multiprocessing
import pickle
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from support import doc

import invoicekit
from invoicekit import (
    InvoiceError,
    LayeredRateProvider,
    OutputError,
    Problem,
    RateNotFound,
    TaxDataError,
    TaxTable,
)
from invoicekit.render.errors import BrandError, FontError
from invoicekit.rules.sale import RuleProblem

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".json", ".toml") and "brand" not in p.parts)


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_documents_and_results_survive_pickle(path: Path) -> None:
    invoice = invoicekit.load(path)
    computed = invoicekit.compute(invoice)
    assert round_trip(invoice) == invoice
    again = round_trip(computed)
    assert again == computed
    assert again.to_dict() == computed.to_dict()


def test_invoice_error_keeps_every_problem() -> None:
    with pytest.raises(InvoiceError) as caught:
        invoicekit.load(doc(currency="EUX", lines=[{"description": "x", "quantity": "2,5", "unit_price": "1"}]))
    error = round_trip(caught.value)
    assert isinstance(error, InvoiceError)
    assert error.problems == caught.value.problems
    assert [p.where for p in error.problems] == ["currency", "lines[0].quantity"]
    assert str(error) == str(caught.value)
    assert 'lines[0].quantity: not a number: "2,5"' in str(error)


@pytest.mark.parametrize(
    "error",
    [
        TaxDataError([Problem("DE.toml:3", "rates.VAT.standard.rate: not a number")]),
        RateNotFound('no tax data for jurisdiction "ZZ"'),
        FontError("fonts/x.ttf", "not a TrueType font"),
        BrandError("brand.toml", "logo: file not found"),
        OutputError("out.pdf", "is a directory; give a file name"),
        RuleProblem("buyer.address.region", "a sale to Canada needs the buyer's province"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_error_type_survives_pickle(error: Exception) -> None:
    again = round_trip(error)
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def _load_missing_brand(path: str) -> None:
    invoicekit.load_brand(path)


def _payable(path: str) -> str:
    return str(invoicekit.compute(invoicekit.load(path)).payable)


def test_a_brand_error_in_a_worker_does_not_break_the_pool(tmp_path: Path) -> None:
    # spawn: the start method of macOS and Windows, and the strictest (nothing inherited).
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        with pytest.raises(BrandError) as caught:
            pool.submit(_load_missing_brand, str(tmp_path / "missing.toml")).result(timeout=120)
        assert caught.value.path.endswith("missing.toml")
        # the same pool still takes work: 19.98 + 7.47 net, 3.80 + 0.52 VAT (README example)
        assert pool.submit(_payable, str(ROOT / "examples/de-invoice.toml")).result(timeout=120) == "31.77"


def test_tax_tables_survive_pickle_with_their_layers(tmp_path: Path) -> None:
    # A shop's layer that raises Germany's standard rate: the unpickled table keeps the layer.
    layer = tmp_path / "shop"
    layer.mkdir()
    text = (ROOT / "taxdata/eu/DE.toml").read_text(encoding="utf-8")
    assert 'rate = "19"\nfrom = "2021-01-01"' in text
    (layer / "DE.toml").write_text(text.replace('rate = "19"\nfrom = "2021-01-01"', 'rate = "21"\nfrom = "2021-01-01"'))
    day = date(2024, 6, 1)
    for table in (TaxTable.shipped(), TaxTable.shipped([layer])):
        table.resolve("DE", day, "standard")  # caches filled before pickling
        again = round_trip(table)
        assert isinstance(again, TaxTable)
        assert again.directories == table.directories
        assert again.resolve("DE", day, "standard") == table.resolve("DE", day, "standard")
        assert again.resolve("FR", day, "books") == table.resolve("FR", day, "books")
    layered = TaxTable.shipped([layer])
    assert layered.resolve("DE", day, "standard").components[0].rate == Decimal(21)
    provider = round_trip(LayeredRateProvider(layered, TaxTable.shipped()))
    assert isinstance(provider, LayeredRateProvider)
    assert provider.resolve("DE", day, "standard").components[0].rate == Decimal(21)


def test_a_pickled_table_keeps_reading_its_directories(tmp_path: Path) -> None:
    # Files not yet parsed when the table was pickled are still found after it.
    data = tmp_path / "data"
    shutil.copytree(ROOT / "taxdata", data)
    table = round_trip(TaxTable([data]))
    assert isinstance(table, TaxTable)
    assert table.resolve("AT", date(2024, 6, 1), "standard").components[0].rate == Decimal(20)
