"""Where the files shipped beside the code are: inside the wheel, or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """The shipped folder ``name`` (``taxdata``, ``fonts``): ``invoicekit/_data/<name>`` in an
    installed wheel (pyproject's wheel ``sources`` mapping), else ``<name>/`` at the top of a checkout."""
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else _PACKAGE.parent / name
