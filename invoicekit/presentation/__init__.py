"""What a document says, in its language, independent of how it is drawn.

``present(invoicekit.compute(invoice), locale="de")`` returns a :class:`DocumentView`: frozen
values (labels, formatted amounts and dates, tables, totals, legal notes, QR payloads) that
the PDF renderer, the CLI text output and the HTML receipt draw. Importable without
reportlab. The shape is described in docs/presentation.md.
"""

from __future__ import annotations

from .build import BrandText, present
from .errors import RenderError
from .labels import Labels
from .model import (
    Column,
    DocumentView,
    Field,
    Label,
    PageNumbers,
    PartyBlock,
    QrCode,
    Row,
    SupportBlock,
    Table,
    Total,
)

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
