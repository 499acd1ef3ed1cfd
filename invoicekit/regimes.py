"""The regime registry: the place-of-supply regimes a tax data file may name.

A regime is the law that decides where a sale by a seller of some country is taxed (the EU
VAT Directive, Canada's GST/HST with the provincial taxes, India's GST, US sales tax, a
single national tax). Each regime module registers itself with :func:`register` when it
is imported; the tax data names a regime (a country file's ``regime`` key, a ``vat_area``'s
``area``) and the rules dispatch to it by that name. The shipped ones are the modules of
``invoicekit.rules`` listed in :data:`SHIPPED`, imported on first use; a shop's regime is
any module that calls :func:`register` before a document
is computed, or that ``INVOICEKIT_REGIMES`` names (comma-separated module names, imported on
first use in every process: the command line and spawned batch workers too). See
docs/taxdata.md, "Adding a regime".

The shipped regimes are listed once, in :data:`SHIPPED` (a test checks it against the
modules that register), so the data layer checks a shipped name without importing the
rules: a rate lookup never imports them, and a broken module of a shop cannot break it.

This module imports nothing of invoicekit at run time but its errors, so the data layer
(``taxtable``) and the rules both depend on it without a cycle: data, then rules, then
computation.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from attrs import frozen

from .errors import Problem, ProblemsError, TaxDataError
from .reprs import fields_repr

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

    Claims are tried by ``priority`` (lower first), then name: ``untaxed`` (10) before
    ``eu`` (20), so a file with ``taxes = []`` in the EU VAT area (a layer over a member
    state's region) is untaxed, as before the registry. Two claims of one priority that
    both match a sale are an error, never a silent choice by name."""

    __repr__ = fields_repr

    name: str
    decide: Decide
    law: str
    claims: Claim | None = None
    area: str | None = None
    priority: int = 100


class RegimeError(ProblemsError):
    """A regime registered twice under one name, or asked for by a name never registered:
    an error of the set-up (which modules were imported), reported like bad input."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__([Problem(where, message)])
        self.message = message
        self.where = where

    def __reduce__(self) -> tuple[type[RegimeError], tuple[str, str]]:  # type: ignore[override]
        return (type(self), (self.message, self.where))


class Shipped:
    """A shipped regime as the data layer needs it before its module is imported: the
    module of ``invoicekit.rules`` that registers it, the VAT area it decides for, and
    whether a country file may name it (``regime = "..."``) or it claims sales itself.

    A plain frozen record, not an attrs class: its six values are made at import, and the
    attrs class cost about 1.6M instructions of ``invoicekit compute``'s start-up (issue
    #13). Equal when the three values are, hashed by them, and written as attrs wrote it."""

    __slots__ = ("area", "by_name", "module")
    module: str
    area: str | None
    by_name: bool

    def __init__(self, module: str, area: str | None = None, by_name: bool = True) -> None:
        for name, value in (("module", module), ("area", area), ("by_name", by_name)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def _values(self) -> tuple[str, str | None, bool]:
        return (self.module, self.area, self.by_name)

    def __eq__(self, other: object) -> bool:
        return other._values() == self._values() if type(other) is Shipped else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Shipped(module={self.module!r}, area={self.area!r}, by_name={self.by_name!r})"


#: The shipped regimes, listed in this one place (tests/test_regimes.py checks it against
#: every module of invoicekit/rules that registers a regime).
SHIPPED: Mapping[str, Shipped] = MappingProxyType(
    {
        "canada": Shipped("canada"),
        "eu": Shipped("eu", area="EU", by_name=False),
        "india": Shipped("india"),
        "national": Shipped("national"),
        "untaxed": Shipped("untaxed", by_name=False),
        "us": Shipped("us"),
    }
)
HINT = f"a shop's regime must be imported in every process: name its module in {ENVIRONMENT}"

_REGISTERED: dict[str, Regime] = {}
_LOCK = threading.Lock()
_builtin_loaded = False  # every shipped module and the shop's imported
_env_loaded = False  # the modules INVOICEKIT_REGIMES names imported
_imported: set[str] = set()  # the shipped modules imported (SHIPPED's module names)
_CLAIMING = tuple(s.module for s in SHIPPED.values() if not s.by_name)
_load_failed: TaxDataError | None = None
_generation = 0


def register(regime: Regime) -> Regime:
    """Add ``regime`` to the registry (a regime module calls this when it is imported).

    The same function registered again replaces the entry (a module reloaded, or run as
    ``__main__`` and imported through ``INVOICEKIT_REGIMES``); another regime under a name
    already taken is refused, naming both modules. Every registration forgets the rules'
    remembered decisions (:func:`generation`), as a new claim may change them."""
    global _generation
    _shipped_first(regime)
    with _LOCK:
        known = _REGISTERED.get(regime.name)
        if known is not None and _origin(known) != _origin(regime):
            raise RegimeError(
                f'a regime named "{regime.name}" is already registered by {_where(known)}'
                f" ({known.law}); {_where(regime)} cannot register another under that name"
            )
        _REGISTERED[regime.name] = regime
        _generation += 1
    return regime


def _shipped_first(regime: Regime) -> None:
    """Import the shipped module of ``regime``'s name, if it is a shipped name and another
    module registers it: the shipped modules are imported when first needed (see
    :func:`_load`), and a shop's regime under a shipped name is refused, as when every
    shipped module was imported before any other."""
    shipped = SHIPPED.get(regime.name)
    if shipped is None:
        return
    module = f"{_BUILTIN_PACKAGE}.{shipped.module}"
    if getattr(regime.decide, "__module__", None) != module and shipped.module not in _imported:
        importlib.import_module(module)
        _imported.add(shipped.module)


def _origin(regime: Regime) -> tuple[str, str]:
    """The function a regime decides with, by its source file (its module when it has no
    code of its own) and qualified name: what stays the same when the module is reloaded,
    or run as ``__main__`` and also imported under its name."""
    decide = regime.decide
    code = getattr(decide, "__code__", None)
    source = code.co_filename if code is not None else getattr(decide, "__module__", "?")
    return (str(source), getattr(decide, "__qualname__", repr(decide)))


def _where(regime: Regime) -> str:
    """The decide function's module and name, for a message."""
    decide = regime.decide
    return f"{getattr(decide, '__module__', '?')}.{getattr(decide, '__qualname__', repr(decide))}"


def generation() -> int:
    """A number that changes with every registration (the rules' decision memory checks it)."""
    return _generation


def _import(name: str) -> None:
    """Import the regime module ``name``; a failure (any error: a SyntaxError, a name taken
    twice) is a located problem naming it, raised again on later calls rather than retried
    (a retry would hide the first error behind a half-imported module)."""
    global _load_failed
    try:
        importlib.import_module(name)
    except Exception as exc:  # any failure (SyntaxError, a name taken twice) is the module's
        message = f'cannot import the regime module "{name}": {type(exc).__name__}: {exc}'
        _load_failed = TaxDataError([Problem(ENVIRONMENT, message)])
        raise _load_failed from None


def _shop_modules() -> list[str]:
    """The module names ``INVOICEKIT_REGIMES`` gives (comma-separated)."""
    return [n.strip() for n in os.environ.get(ENVIRONMENT, "").split(",") if n.strip()]


def _load(shipped: tuple[str, ...]) -> None:
    """Import the shipped regime modules ``shipped`` (modules of :data:`SHIPPED`) that are
    not yet imported, then, once, the modules ``INVOICEKIT_REGIMES`` names. A sale needs the
    regimes that claim sales and the one its country file names, not all of them: canada,
    india and us are imported for a sale that needs them (about 1.3M instructions of
    ``invoicekit compute``'s start-up otherwise)."""
    global _env_loaded
    if _load_failed is not None:
        raise _load_failed
    if _builtin_loaded:
        return
    for module in shipped:
        if module not in _imported:
            _import(f"{_BUILTIN_PACKAGE}.{module}")
            _imported.add(module)
    if not _env_loaded:
        for name in _shop_modules():
            _import(name)
        _env_loaded = True


def _load_builtin() -> None:
    """Import every shipped regime module (:data:`SHIPPED`) once, then the modules
    ``INVOICEKIT_REGIMES`` names (see :func:`_import` for a failure)."""
    global _builtin_loaded, _env_loaded
    if _load_failed is not None:
        raise _load_failed
    if _builtin_loaded:
        return
    for module in [s.module for s in SHIPPED.values()]:
        _import(f"{_BUILTIN_PACKAGE}.{module}")
        _imported.add(module)
    for name in _shop_modules():
        _import(name)
    _builtin_loaded = _env_loaded = True


def registered() -> Mapping[str, Regime]:
    """Every registered regime by name (the shipped ones and any a shop registered)."""
    _load_builtin()
    with _LOCK:
        return MappingProxyType(dict(_REGISTERED))


def get(name: str) -> Regime:
    """The regime registered as ``name``; :class:`RegimeError` when there is none."""
    shipped = SHIPPED.get(name)
    if shipped is not None:  # its own module (and the shop's) is enough for a shipped name
        _load((shipped.module,))
        found = _REGISTERED.get(name)
        if found is not None:
            return found
    found = registered().get(name)
    if found is None:
        raise RegimeError(f'no regime "{name}" is registered (known: {", ".join(named())}; {HINT})')
    return found


def named() -> tuple[str, ...]:
    """The names a country file's ``regime`` key may take (the regimes chosen by name), sorted."""
    return tuple(sorted(name for name, regime in registered().items() if regime.claims is None))


def claiming() -> tuple[Regime, ...]:
    """The regimes chosen by a fact of the data rather than by name, in the order their
    claims are tried: by priority, then name."""
    _load(_CLAIMING)
    with _LOCK:
        found = [regime for regime in _REGISTERED.values() if regime.claims is not None]
    return tuple(sorted(found, key=lambda regime: (regime.priority, regime.name)))


def is_named(name: str) -> bool:
    """Whether a country file may name ``name`` as its ``regime``: a shipped name is known
    without importing the rules; any other is looked up in the registry."""
    shipped = SHIPPED.get(name)
    if shipped is not None:
        return shipped.by_name
    return name in named()


def is_area(area: str) -> bool:
    """Whether ``area`` is a VAT area some regime decides for (shipped ones without import)."""
    return any(s.area == area for s in SHIPPED.values()) or area in areas()


def areas() -> tuple[str, ...]:
    """The VAT areas (``vat_area.area`` in the data) some registered regime decides for, sorted."""
    return tuple(sorted({r.area for r in registered().values() if r.area is not None}))


__all__ = [
    "ENVIRONMENT",
    "HINT",
    "SHIPPED",
    "Regime",
    "RegimeError",
    "Shipped",
    "areas",
    "claiming",
    "generation",
    "get",
    "is_area",
    "is_named",
    "named",
    "register",
    "registered",
]
