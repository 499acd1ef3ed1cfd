"""Filling a frozen attrs object without attrs' ``__init__``: for the engine's result values.

A frozen attrs class refuses ``obj.field = value``, so its generated ``__init__`` sets each
field through ``object.__setattr__``, and a factory that calls the slots' ``__set__``
directly is hardly cheaper: about 700 machine instructions a field under callgrind, 8,000
for a ``ComputedLine``, the largest single cost of ``compute``. A *builder* is a plain
class with the same slots: its fields are set by ordinary attribute stores (a few dozen
instructions each), and the finished object then becomes an instance of the frozen class by
``__class__`` assignment, which CPython allows between two classes of the same layout (the
same base, the same slots in the same order, nothing else). The object is then exactly
what the frozen class's constructor makes: equal, with the same repr and hash, and frozen.

The layouts can only match when the weak-reference slot comes from a common base (CPython
lays ``__weakref__`` out after a class's own slots, and its layout check counts only the
slots a class adds), so a class built this way derives from :class:`Weakrefable`, which
holds that slot (and attrs then adds none of its own). :func:`builder` checks at import
that the layouts match, and ``tests/test_compute_factories.py`` that the objects do.
"""

from __future__ import annotations

from typing import Any

from attrs import fields


class Weakrefable:
    """A base that only holds the weak-reference slot, so that a frozen class and its
    builder have the same layout (see the module's docstring)."""

    __slots__ = ("__weakref__",)


def builder(cls: type[Any]) -> type[Any]:
    """A mutable class with the slots of the frozen attrs class ``cls`` (a
    :class:`Weakrefable`), whose instances may become ``cls`` objects by ``__class__``
    assignment once every field is set."""
    if cls.__bases__ != (Weakrefable,):
        raise TypeError(f"{cls.__name__} must derive from Weakrefable alone")
    slots = tuple(a.name for a in fields(cls))
    made = type(f"{cls.__name__}Builder", (Weakrefable,), {"__slots__": slots, "__module__": cls.__module__})
    probe = made()
    probe.__class__ = cls  # raises TypeError now, not in the engine, if the layouts differ
    return made
