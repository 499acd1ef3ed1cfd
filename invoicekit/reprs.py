"""One ``__repr__`` for the attrs classes that ``invoicekit compute`` loads at start-up.

attrs writes and compiles a ``__repr__`` for each class when the class is defined (about a
million instructions each, most of a frozen class's cost after its ``__init__``, and a
tenth of the start-up for the 35 classes of ``compute``). A class that names this function
as its ``__repr__`` gets the text attrs' own would give (attrs leaves a class's own
``__repr__`` alone): ``Name(field=repr(value), ...)`` over the fields shown in reprs, in
their order; the only thing left out is attrs' guard against a value that contains itself,
which frozen values built by the loader and the engine cannot.

>>> from attrs import frozen
>>> @frozen
... class Point:
...     __repr__ = fields_repr
...     x: int
...     label: str = "a"
>>> Point(1)
Point(x=1, label='a')
"""

from __future__ import annotations

from typing import Any


def fields_repr(self: Any) -> str:
    """attrs' repr of ``self``, worked out from its fields when asked for."""
    cls = type(self)
    shown = ", ".join(
        f"{a.name}={(repr if a.repr is True else a.repr)(getattr(self, a.name))}"
        for a in cls.__attrs_attrs__
        if a.repr is not False
    )
    return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({shown})"
