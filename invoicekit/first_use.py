"""Classes defined on first use: a module's attrs classes that many documents never need
live in a module of their own, imported when one of them is first read.

Each attrs class costs about 2M instructions to define (attrs writes and compiles its
methods), so ``invoicekit compute`` of a plain invoice defines only the classes it uses. The
classes keep their public home (their ``__module__`` is it, and the home module names them
through :func:`names_from`), so pickles, reprs and imports are as before; annotations in the
home module name them through a :class:`ModuleOnFirstUse`, so that ``typing.get_type_hints``
resolves them, to the same classes, in a process that has not imported them yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Set
from typing import Any


class ModuleOnFirstUse:
    """Stands for module ``name`` in the namespace ``home`` (a module's globals) under
    ``alias`` until an attribute is read from it: then the module is imported and takes the
    stand-in's place there, and the attribute is kept on the stand-in (modules that imported
    the stand-in itself read it as a plain attribute after the first time)."""

    def __init__(self, name: str, home: dict[str, Any], alias: str) -> None:
        self.__dict__.update(_module=name, _home=home, _alias=alias)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # copy, pickle and inspect probing for dunders
            raise AttributeError(attribute)
        module = importlib.import_module(self._module)
        self._home[self._alias] = module
        value = getattr(module, attribute)
        setattr(self, attribute, value)
        return value

    def __repr__(self) -> str:
        return f"<module {self._module!r}, imported on first use>"


def names_from(module: str, home: str, names: Set[str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``home`` that reads ``names`` from ``module`` (importing
    it the first time): ``invoicekit.model.Endpoint`` is ``invoicekit.model_parts.Endpoint``."""

    def __getattr__(name: str) -> object:
        if name in names:
            return getattr(importlib.import_module(module), name)
        raise AttributeError(f"module {home!r} has no attribute {name!r}")

    return __getattr__
