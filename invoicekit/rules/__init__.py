"""Rules that decide, per line, which jurisdiction taxes a supply and how (place of supply)."""

from typing import TYPE_CHECKING

from ..first_use import names_from
from .treatment import Treatment, decide

if TYPE_CHECKING:
    from .legal_note import LegalNote as LegalNote

# ``invoicekit.rules.LegalNote``, defined on first use (invoicekit.rules.legal_note)
__getattr__ = names_from("invoicekit.rules.legal_note", __name__, frozenset({"LegalNote"}))

__all__ = ["LegalNote", "Treatment", "decide"]
