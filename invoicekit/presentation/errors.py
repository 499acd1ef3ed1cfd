"""The error of the presentation step (and of the PDF renderer, which re-exports it)."""

from __future__ import annotations

from ..errors import InvoiceKitError


class RenderError(InvoiceKitError):
    """A document cannot be presented or rendered (bad option, unknown locale or paper,
    missing font data, unwritable output)."""
