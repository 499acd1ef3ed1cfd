"""Rendering pauses the cyclic garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest
from support import doc

import invoicekit
from invoicekit.render import render_bytes
from invoicekit.render.collection import collector_paused


@pytest.fixture
def restore_gc():  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_render_leaves_the_collector_as_it_was(enabled: bool, restore_gc: None) -> None:
    (gc.enable if enabled else gc.disable)()
    pdf = render_bytes(invoicekit.compute(invoicekit.load(doc())))
    assert pdf.startswith(b"%PDF-")
    assert gc.isenabled() is enabled


def test_the_collector_is_paused_inside_and_back_after_an_error(restore_gc: None) -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("inside")
    assert gc.isenabled()


def test_the_same_bytes_with_the_collector_running_or_not(restore_gc: None) -> None:
    computed = invoicekit.compute(invoicekit.load(doc()))
    gc.disable()
    paused = render_bytes(computed)
    gc.enable()
    assert render_bytes(computed) == paused


def test_a_render_leaves_no_cyclic_garbage(restore_gc: None) -> None:
    """The layout's drawn pages and running header refer back to it; they are released after
    drawing, so reference counting frees the document's objects and the collector, enabled
    again after the render, has nothing of it to find (a multi-page invoice: running header,
    tables split over pages)."""
    lines = [{"description": f"Position {i}", "quantity": "1", "unit_price": "2.50"} for i in range(80)]
    computed = invoicekit.compute(invoicekit.load(doc(lines=lines)))
    render_bytes(computed)  # fonts loaded, caches filled
    gc.collect()
    gc.disable()
    try:
        pdf = render_bytes(computed)
        assert pdf.count(b"/Type /Page\n") >= 2
        assert gc.collect() == 0
    finally:
        gc.enable()
