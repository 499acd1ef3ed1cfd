"""Where the files shipped beside the code are: inside the wheel, or in a checkout."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def shipped_dir_name(name: str) -> str:
    """The shipped folder ``name`` (``taxdata``, ``fonts``): ``invoicekit/_data/<name>`` in an
    installed wheel (pyproject's wheel ``sources`` mapping), else ``<name>/`` at the top of a
    checkout. A plain string, so that start-up needs no pathlib (see :func:`shipped_dir`)."""
    packaged = os.path.join(_PACKAGE, "_data", name)
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(_PACKAGE), name)


def shipped_dir(name: str) -> Path:
    """:func:`shipped_dir_name` as a ``pathlib.Path``."""
    from pathlib import Path

    return Path(shipped_dir_name(name))
