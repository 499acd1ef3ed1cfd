"""The cyclic garbage collector paused while one document is laid out and drawn.

Rendering allocates many small objects (glyph runs, lines, reportlab's operators) and frees
few of them until the end, so the collector's full passes scan an ever larger heap: on a
10,000-line invoice they took about 40% of the processor time, growing faster than the
number of lines. Nothing in a render is cyclic garbage that must be freed early; the
collector runs again as before when the document is done. Reference counting is unaffected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the collector for the block if it is enabled, and enable it again after
    (a caller that disabled it itself keeps it disabled)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
