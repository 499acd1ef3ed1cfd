"""The errors the renderer raises on purpose: each names the file or value and the problem."""

from __future__ import annotations

from ..errors import InvoiceKitError


class RenderError(InvoiceKitError):
    """A document cannot be rendered (bad option, missing font data, unwritable output)."""


class _FileProblem(RenderError):
    """A file (``path``) and what is wrong with it (``problem``)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type[_FileProblem], tuple[str, str]]:
        # Rebuilt from both fields, so an error raised in a worker process unpickles whole
        # (pickle's default would call the class with the joined message alone).
        return (type(self), (self.path, self.problem))


class FontError(_FileProblem):
    """A font file is missing, unreadable or not embeddable TrueType: ``path`` and ``problem``."""


class BrandError(_FileProblem):
    """A brand file or one of the files it names is missing or broken: ``path`` and ``problem``."""
