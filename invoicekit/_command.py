"""The cyclic collector paused while the package is imported by its own command.

``python -m invoicekit`` and the ``invoicekit`` script import the whole package before the
command runs; the objects the imports make live until the process ends, yet the cyclic
collector walked them again and again while they were made (about 13M instructions of
``invoicekit compute``'s start-up, issue #13). When the package is imported by the command
(``sys.argv[0]`` is ``"-m"`` while ``python -m`` imports the package to find its
``__main__``; the script is named ``invoicekit``), the collector is paused until the
package's imports are done, then the objects are frozen (``gc.freeze``, as the command's
entry point does) and the collector runs again. A program that imports invoicekit itself
keeps its collector as it was.
"""

from __future__ import annotations

import gc
import os
import sys

_paused = False


def _by_the_command() -> bool:
    """Whether this process is ``python -m invoicekit…`` or the ``invoicekit`` script."""
    first = sys.argv[0] if sys.argv else ""
    return first == "-m" or os.path.basename(first) in ("invoicekit", "invoicekit.exe")


if _by_the_command() and gc.isenabled():
    gc.disable()
    _paused = True


def imported() -> None:
    """The package is imported: freeze what the imports made and run the collector again."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
