"""The errors the renderer raises on purpose: each names the file or value and the problem."""

from __future__ import annotations

from ..errors import PathProblem
from ..presentation.errors import RenderError

__all__ = ["BrandError", "FontError", "RenderError"]


class FontError(RenderError, PathProblem):
    """A font file is missing, unreadable or not embeddable TrueType: ``path`` and ``problem``."""


class BrandError(RenderError, PathProblem):
    """A brand file or one of the files it names is missing or broken: ``path`` and ``problem``."""
