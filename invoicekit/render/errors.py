"""The errors the renderer raises on purpose: each names the file or value and the problem."""

from __future__ import annotations

from ..errors import InvoiceKitError


class RenderError(InvoiceKitError):
    """A document cannot be rendered (bad option, missing font data, unwritable output)."""


class FontError(RenderError):
    """A font file is missing, unreadable or not embeddable TrueType: ``path`` and ``problem``."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class BrandError(RenderError):
    """A brand file or one of the files it names is missing or broken: ``path`` and ``problem``."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")
