"""The batch report: one JSON line per document in ``DIR/report.jsonl``, appended as each
is finished (after its outputs are in place), so that the report is also the record of
what a re-run may skip.

A line is ``{"input", "key", "status": "ok", "outputs", "number", "currency", "net", "tax",
"gross", "payable"}`` or ``{"input", "key", "status": "error", "errors": [{"field",
"problem"}]}``. A run killed while writing a line leaves half a line: the next run cuts it
off before appending.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

from ..errors import ArgumentError
from .worker import Outcome

REPORT_NAME = "report.jsonl"
SETTINGS_NAME = "batch.json"


def line(outcome: Outcome, outputs: list[str]) -> dict[str, Any]:
    """The report line of a finished document."""
    item = outcome.item
    if not outcome.ok:
        errors = [{"field": p.where, "problem": p.message} for p in outcome.problems]
        return {"input": item.name, "key": item.key, "status": "error", "errors": errors}
    return {
        "input": item.name, "key": item.key, "status": "ok", "outputs": outputs,
        "number": outcome.number, **(outcome.totals or {}),
    }  # fmt: skip


def done_keys(path: Path) -> set[str]:
    """The keys of the documents a report lists as done (read line by line), after cutting
    off a last line that a killed run left unfinished. A failed document is not done: a
    re-run tries it again (a crash may have been passing; a fixed document has a new key)."""
    if not path.exists():
        return set()
    _cut_partial_line(path)
    keys: set[str] = set()
    with path.open("rb") as handle:
        for raw in handle:
            try:
                entry = json.loads(raw)
                if entry["status"] == "ok":
                    keys.add(entry["key"])
            except (ValueError, KeyError, TypeError):
                continue  # a line someone else wrote: not ours to skip by
    return keys


def _cut_partial_line(path: Path) -> None:
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        end = size
        while end > 0:  # back to the last newline, a block at a time
            start = max(0, end - 65536)
            handle.seek(start)
            block = handle.read(end - start)
            cut = block.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            end = start
        handle.truncate(0)


def open_report(path: Path) -> IO[str]:
    return path.open("a", encoding="utf-8")


def append(handle: IO[str], entries: list[dict[str, Any]]) -> None:
    """Write these lines and flush them: what is in the report is done."""
    handle.write("".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries))
    handle.flush()


def check_settings(out: Path, settings: dict[str, Any]) -> None:
    """Record the job's settings in ``DIR/batch.json``, or refuse a run whose settings
    differ from those of the run that started the directory (its outputs would not match)."""
    path = out / SETTINGS_NAME
    if path.exists():
        before = json.loads(path.read_text(encoding="utf-8"))
        if before != settings:
            changed = sorted(k for k in settings if before.get(k) != settings[k])
            raise ArgumentError(
                f"out: {out} holds a batch run with other settings ({', '.join(changed)}); "
                "use another output directory, or the same settings to resume it"
            )
        return
    from ..outputs import write_output

    write_output((json.dumps(settings, indent=1, sort_keys=True) + "\n").encode(), path)
