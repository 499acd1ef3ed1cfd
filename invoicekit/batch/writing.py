"""Writing one document's outputs into the batch directory: ``DIR/STEM.SUFFIX`` for each
format, each replaced atomically (invoicekit/outputs.py: a temporary file, synced, renamed).
Local workers write their own documents' outputs (the syncs then run in parallel); with
Dask the bytes come back and the parent writes them, so workers need no shared disk."""

from __future__ import annotations

import os
from pathlib import Path

from attrs import evolve

from ..errors import OutputError, Problem
from ..outputs import write_output
from .formats import FORMATS
from .worker import Outcome


def write(outcome: Outcome, folder: Path, formats: tuple[str, ...]) -> Outcome:
    """``outcome`` with its files written (``written``: their paths) and their bytes
    dropped; a failed write makes the document failed, naming the path, not the run."""
    written: list[str] = []
    try:
        for name in formats:
            if name in outcome.files:
                path = folder / (outcome.item.stem + FORMATS[name].suffix)
                path.parent.mkdir(parents=True, exist_ok=True)
                write_output(outcome.files[name], path)
                written.append(str(path))
    except (OutputError, OSError) as exc:
        return evolve(outcome, files={}, written=tuple(written), problems=(Problem("", str(exc)),))
    return evolve(outcome, files={}, written=tuple(written))


def remove_stale_temporaries(folder: Path) -> None:
    """Delete the temporary files (``.NAME.XXXX.tmp``, invoicekit/outputs.py) that a killed
    run or worker left half written: they never became outputs. Called when no writer is
    alive: before a run starts, and between a dead pool and its replacement."""
    for parent, _, files in os.walk(folder):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                Path(parent, name).unlink(missing_ok=True)
