"""Rules that decide, per line, which jurisdiction taxes a supply and how (place of supply)."""

from .notes import LegalNote
from .treatment import Treatment, decide

__all__ = ["LegalNote", "Treatment", "decide"]
