"""Every public function, called with anything, answers or raises one of invoicekit's own
documented errors (InvoiceKitError and its subclasses), never an AttributeError or a
TypeError from deep inside."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import invoicekit
from invoicekit import ArgumentError, InvoiceKitError
from invoicekit.facturx import facturx_bytes
from invoicekit.render import render_bytes

ROOT = Path(__file__).resolve().parents[1]
COMPUTED = invoicekit.compute(invoicekit.load(ROOT / "examples" / "de-invoice.toml"))

anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.binary(max_size=8)
    | st.decimals(allow_nan=True) | st.dates() | st.just(COMPUTED) | st.just(COMPUTED.invoice),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip

CALLS: dict[str, Any] = {
    "load": lambda a, b: invoicekit.load(a),
    "compute": lambda a, b: invoicekit.compute(a, b),
    "compute of a document": lambda a, b: invoicekit.compute(COMPUTED.invoice, b),
    "explain": lambda a, b: invoicekit.explain(a, b),
    "rates": lambda a, b: invoicekit.rates(a, b),
    "rates of a category": lambda a, b: invoicekit.rates("DE", dt.date(2024, 1, 1), a),
    "validate_tax_id": lambda a, b: invoicekit.validate_tax_id(a, b),
    "TaxTable": lambda a, b: invoicekit.TaxTable(a),
    "load_brand": lambda a, b: invoicekit.load_brand(a),
    "render_bytes": lambda a, b: render_bytes(a),
    "render_bytes options": lambda a, b: render_bytes(COMPUTED, locale=a, paper=b),
    "render_bytes pdfa": lambda a, b: render_bytes(COMPUTED, pdfa=a, template=b),
    "facturx_bytes": lambda a, b: facturx_bytes(a),
    "facturx_bytes options": lambda a, b: facturx_bytes(COMPUTED, profile=a, second_locale=b),
    "facturx_bytes options by name": lambda a, b: facturx_bytes(COMPUTED, **{f"x{a}": b}),  # unknown
}


@pytest.mark.parametrize("name", CALLS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=anything, second=anything)
def test_only_documented_errors(name: str, first: Any, second: Any) -> None:
    try:
        CALLS[name](first, second)
    except InvoiceKitError:
        pass


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: invoicekit.compute(None), "invoice: expected an Invoice (from invoicekit.load), got NoneType"),
        (lambda: invoicekit.compute({"number": "1"}), "invoice: expected an Invoice (from invoicekit.load), got dict"),
        (lambda: invoicekit.compute(COMPUTED.invoice, 5), "provider: expected a RateProvider (resolve and default_rounding), got int"),
        (lambda: invoicekit.explain(None), "invoice: expected an Invoice (from invoicekit.load), got NoneType"),
        (lambda: invoicekit.rates(5), 'jurisdiction: expected a jurisdiction code such as "DE" or "CA-QC", got int'),
        (lambda: invoicekit.rates("DE", on="2024-01-01"), "on: expected a datetime.date or None, got str"),
        (lambda: invoicekit.rates("DE", on=dt.datetime(2024, 1, 1)), "on: expected a date, got a datetime (take its .date())"),
        (lambda: invoicekit.load_brand(5), "path: expected a path to a brand TOML file, got int"),
        (lambda: invoicekit.TaxTable(5), "directories: expected a list of data directories, got int"),
        (lambda: invoicekit.TaxTable("taxdata"), "directories: expected a list of data directories, got str"),
    ],
)
def test_wrong_argument_types_name_the_argument(call: Any, message: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        call()
    assert str(caught.value) == message
    assert isinstance(caught.value, TypeError)


def test_the_right_types_still_work() -> None:
    assert invoicekit.rates("DE", dt.date(2024, 1, 1))[0].rate == Decimal(19)
    assert invoicekit.compute(COMPUTED.invoice, invoicekit.default_table()).payable == Decimal("31.77")
