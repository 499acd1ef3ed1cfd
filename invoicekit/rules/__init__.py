"""Rules that decide, per line, which jurisdiction taxes a supply and how."""

from .treatment import Treatment, decide

__all__ = ["Treatment", "decide"]
