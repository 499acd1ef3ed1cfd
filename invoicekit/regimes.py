"""The regime registry: the place-of-supply regimes a tax data file may name.

A regime is the law that decides where a sale by a seller of some country is taxed (the EU
VAT Directive, Canada's GST/HST with the provincial taxes, India's GST, US sales tax, a
single national tax). Each regime module registers itself with :func:`register` when it
is imported; the tax data names a regime (a country file's ``regime`` key, a ``vat_area``'s
``area``) and the rules dispatch to it by that name. Nothing lists the regimes centrally:
the shipped ones are the modules of ``invoicekit.rules`` that register themselves, imported
on first use; a shop's regime is any module that calls :func:`register` before a document
is computed, or that ``INVOICEKIT_REGIMES`` names (comma-separated module names, imported on
first use in every process: the command line and spawned batch workers too). See
docs/taxdata.md, "Adding a regime".

This module imports nothing of invoicekit at run time but its errors, so the data layer
(``taxtable``) and the rules both depend on it without a cycle: data, then rules, then
computation.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from attrs import frozen

from .errors import InvoiceKitError, Problem, TaxDataError

if TYPE_CHECKING:  # for the annotations only: the rules import this module, not the reverse
    from .rules.sale import Sale
    from .rules.treatment import Treatment

Decide = Callable[["Sale"], "Treatment"]
Claim = Callable[["Sale"], bool]
_BUILTIN_PACKAGE = "invoicekit.rules"
ENVIRONMENT = "INVOICEKIT_REGIMES"


@frozen
class Regime:
    """One regime: its ``name``, the function that decides a sale under it, and the ``law``
    it applies (one line, for docs and listings).

    A regime is chosen in one of two ways. By name: a country file says ``regime = "name"``
    (``claims`` is None). Or by a fact of the data that ``claims`` tests on the sale: the
    EU's regime claims a seller in its VAT area (``area = "EU"``, the value a file's
    ``vat_area.area`` may take), the no-tax regime a seller whose file defines no taxes.
    Claiming regimes must not claim the same sale (a test checks the shipped data)."""

    name: str
    decide: Decide
    law: str
    claims: Claim | None = None
    area: str | None = None


class RegimeError(InvoiceKitError, ValueError):
    """A regime registered twice under one name, or asked for by a name never registered."""


_REGISTERED: dict[str, Regime] = {}
_LOCK = threading.Lock()
_builtin_loaded = False


def register(regime: Regime) -> Regime:
    """Add ``regime`` to the registry (a regime module calls this when it is imported).

    Registering the same record again is harmless (a module imported twice); another
    regime under a name already taken is refused."""
    with _LOCK:
        known = _REGISTERED.get(regime.name)
        if known is not None and known != regime:
            raise RegimeError(f'a regime named "{regime.name}" is already registered ({known.law})')
        _REGISTERED[regime.name] = regime
    return regime


def _load_builtin() -> None:
    """Import every module of ``invoicekit.rules`` once, so that the shipped regimes have
    registered themselves (a new module there is found without a list to edit), then the
    modules ``INVOICEKIT_REGIMES`` names."""
    global _builtin_loaded
    if _builtin_loaded:
        return
    package = importlib.import_module(_BUILTIN_PACKAGE)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{_BUILTIN_PACKAGE}.{module.name}")
    for name in filter(None, (n.strip() for n in os.environ.get(ENVIRONMENT, "").split(","))):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise TaxDataError(
                [Problem(ENVIRONMENT, f'cannot import the regime module "{name}": {exc}')]
            ) from None
    _builtin_loaded = True


def registered() -> Mapping[str, Regime]:
    """Every registered regime by name (the shipped ones and any a shop registered)."""
    _load_builtin()
    with _LOCK:
        return MappingProxyType(dict(_REGISTERED))


def get(name: str) -> Regime:
    """The regime registered as ``name``; :class:`RegimeError` when there is none."""
    found = registered().get(name)
    if found is None:
        raise RegimeError(f'no regime "{name}" is registered (known: {", ".join(named())})')
    return found


def named() -> tuple[str, ...]:
    """The names a country file's ``regime`` key may take (the regimes chosen by name), sorted."""
    return tuple(sorted(name for name, regime in registered().items() if regime.claims is None))


def claiming() -> tuple[Regime, ...]:
    """The regimes chosen by a fact of the data rather than by name, in name order."""
    return tuple(regime for _, regime in sorted(registered().items()) if regime.claims is not None)


def areas() -> tuple[str, ...]:
    """The VAT areas (``vat_area.area`` in the data) some registered regime decides for, sorted."""
    return tuple(sorted({r.area for r in registered().values() if r.area is not None}))


__all__ = [
    "ENVIRONMENT",
    "Regime",
    "RegimeError",
    "areas",
    "claiming",
    "get",
    "named",
    "register",
    "registered",
]
