"""EN 16931 e-invoices: UBL 2.1 and UN/CEFACT CII D16B from a computed invoice.

``to_ubl(computed, profile)`` and ``to_cii(computed, profile)`` return the XML as bytes,
with exactly the amounts :func:`invoicekit.compute` gave. The writers load on first use,
so that :mod:`invoicekit.einvoice.codes` (pure data) is cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cii import to_cii
    from .ubl import to_ubl


def __getattr__(name: str) -> object:
    if name == "to_ubl":
        from .ubl import to_ubl

        return to_ubl
    if name == "to_cii":
        from .cii import to_cii

        return to_cii
    raise AttributeError(f"module 'invoicekit.einvoice' has no attribute {name!r}")


__all__ = ["to_cii", "to_ubl"]
