"""The docstring examples of invoicekit.taxid run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "invoicekit.taxid",
    "invoicekit.taxid.ca_qst",
    "invoicekit.taxid.cleaning",
    "invoicekit.taxid.cli",
    "invoicekit.taxid.gstin",
    "invoicekit.taxid.hmrc",
    "invoicekit.taxid.india",
    "invoicekit.taxid.kz_bin",
    "invoicekit.taxid.names",
    "invoicekit.taxid.online",
    "invoicekit.taxid.reasons",
    "invoicekit.taxid.result",
    "invoicekit.taxid.schemes",
    "invoicekit.taxid.transport",
    "invoicekit.taxid.validate",
    "invoicekit.taxid.vies",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


def test_every_module_is_listed() -> None:
    import pkgutil

    package = importlib.import_module("invoicekit.taxid")
    found = {f"invoicekit.taxid.{info.name}" for info in pkgutil.iter_modules(package.__path__)}
    assert found | {"invoicekit.taxid"} == set(MODULES)
