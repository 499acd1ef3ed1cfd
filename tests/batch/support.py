"""Documents and rate providers the batch tests share. Providers live here (not in a test
module) so that spawned worker processes and Dask workers can import them by name."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from invoicekit import Resolution, Rounding, default_table

#: A document dated this day makes :class:`CrashOn` kill the worker process.
CRASH_DAY = dt.date(2026, 3, 13)


def document(i: int, *, quantity: str | None = None, issue_date: str = "2026-03-02") -> dict[str, Any]:
    """A German B2B invoice with everything the EN 16931 writers need; ``i`` units at 10.00."""
    return {
        "number": f"DRAFT-{i}",
        "issue_date": issue_date,
        "currency": "EUR",
        "seller": {
            "name": "Kaffeerösterei Beispiel GmbH", "vat_id": "DE136695976",
            "address": {"lines": ["Hauptstraße 1"], "postal_code": "10115", "city": "Berlin", "country": "DE"},
        },
        "buyer": {
            "name": f"Kunde {i} GmbH", "vat_id": "DE811907980",
            "address": {"lines": ["Domstraße 5"], "postal_code": "50667", "city": "Köln", "country": "DE"},
        },
        "lines": [{"description": "Espresso-Bohnen 1 kg", "quantity": quantity or str(i), "unit_price": "10.00"}],
    }  # fmt: skip


def write_folder(folder: Path, count: int, bad: dict[int, str] | None = None) -> Path:
    """``count`` documents ``doc001.json`` ...; ``bad`` maps an index to a broken quantity."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, count + 1):
        quantity = (bad or {}).get(i)
        (folder / f"doc{i:03d}.json").write_text(json.dumps(document(i, quantity=quantity)))
    return folder


def report(folder: Path) -> list[dict[str, Any]]:
    path = folder / "report.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outputs(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the report and settings, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("report.jsonl", "batch.json")
    }


class CrashOn:
    """The shipped rates, except that a document dated :data:`CRASH_DAY` kills the worker
    process (``os._exit``, as the kernel's out-of-memory killer would) - every time, or with
    ``marker`` only while that file exists (it is removed first: the crash happens once)."""

    def __init__(self, marker: str | None = None) -> None:
        self.marker = marker

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        if on == CRASH_DAY and (self.marker is None or os.path.exists(self.marker)):
            if self.marker is not None:
                os.unlink(self.marker)
            os._exit(70)
        return default_table().resolve(jurisdiction, on, category)

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        return default_table().default_rounding(jurisdiction)


class CollectorChecked:
    """The shipped rates, for a document computed where the cyclic garbage collector runs:
    any other refuses the document, naming the state it found (enabled, objects frozen out of
    its passes), so a test can assert where the batch runs its documents."""

    def __init__(self, frozen: bool) -> None:
        self.frozen = frozen

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        import gc

        frozen = gc.get_freeze_count() > 0
        if not gc.isenabled() or frozen != self.frozen:
            raise ValueError(f"collector enabled {gc.isenabled()}, frozen objects {gc.get_freeze_count()}")
        return default_table().resolve(jurisdiction, on, category)

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        return default_table().default_rounding(jurisdiction)
