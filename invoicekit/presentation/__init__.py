"""What a document says, in its language, independent of how it is drawn.

``present(invoicekit.compute(invoice), locale="de")`` returns a :class:`DocumentView`: frozen
values (labels, formatted amounts and dates, tables, totals, legal notes, QR payloads) that
the PDF renderer, the CLI text output and the HTML receipt draw. Importable without
reportlab. The shape is described in docs/presentation.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .build import BrandText, present  # noqa: I001 - two lines, not one name a line
    from .errors import RenderError
    from .labels import Labels
    from .model import Column, DocumentView, Field, Label, PageNumbers, PartyBlock, QrCode, Row, SupportBlock
    from .model import Table, Total

# each name's submodule, imported on first use: `invoicekit compute` reads a submodule
# (isolates) without loading the whole view and its Babel formatting
_HOMES = {"BrandText": "build", "present": "build", "RenderError": "errors", "Labels": "labels"}


def __getattr__(name: str) -> object:
    if name in __all__:
        return getattr(import_module(f".{_HOMES.get(name, 'model')}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BrandText",
    "Column",
    "DocumentView",
    "Field",
    "Label",
    "Labels",
    "PageNumbers",
    "PartyBlock",
    "QrCode",
    "RenderError",
    "Row",
    "SupportBlock",
    "Table",
    "Total",
    "present",
]
