"""Documents, database access and worker functions the register tests share.

Worker functions live here (not in a test module) so that ``multiprocessing`` spawn
children can import them by name.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from invoicekit.register import Register

PG_ENV = "INVOICEKIT_TEST_POSTGRES"


def document(i: int = 1, *, email: str = "erika.buyer@example.org", name: str = "Erika Mustermann",
             issue_date: str = "2026-03-02", kind: str = "invoice", line: str = "Quellstraße 12") -> dict[str, Any]:  # fmt: skip
    """A small German B2C invoice whose buyer has a name, an address line and an e-mail."""
    doc: dict[str, Any] = {
        "number": f"DRAFT-{i}",
        "kind": kind,
        "issue_date": issue_date,
        "currency": "EUR",
        "locale": "de",
        "seller": {
            "name": "Kaffeerösterei Beispiel GmbH",
            "vat_id": "DE136695976",
            "address": {
                "lines": ["Hauptstraße 1"],
                "postal_code": "10115",
                "city": "Berlin",
                "country": "DE",
            },
        },
        "buyer": {
            "name": name,
            "email": email,
            "address": {"lines": [line], "postal_code": "51147", "city": "Köln", "country": "DE"},
        },
        "lines": [
            {
                "description": "Espresso-Bohnen 250 g",
                "quantity": str(1 + i % 3),
                "unit_price": "7.49",
                "category": "food",
            },
            {"description": "Milchaufschäumer", "quantity": "1", "unit_price": f"{10 + i % 7}.99"},
        ],
    }
    if kind == "credit_note":
        doc["original"] = {"number": "2026-00001", "issue_date": issue_date}
    return doc


def cli_register(folder: Path) -> tuple[str, Path]:
    """A SQLite register migrated by the CLI with the series INV, and a document file for it."""
    from invoicekit.cli import main

    db = f"sqlite:///{folder / 'cli.db'}"
    doc = folder / "doc.json"
    doc.write_text(json.dumps(document(1)))
    assert main(["register", "migrate", "--db", db]) == 0
    assert main(["register", "series", "create", "INV", "--db", db]) == 0
    return db, doc


@contextmanager
def raw_sql(url: str) -> Iterator[Any]:
    """A plain DB-API connection to the register's database (for tampering), committed at the end."""
    if url.startswith("sqlite:"):
        conn = sqlite3.connect(url.split(":///", 1)[1], isolation_level=None)
        conn.execute("PRAGMA foreign_keys=OFF")
        try:
            yield conn
        finally:
            conn.close()
        return
    import psycopg

    base, schema = url.split("?schema=")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}"')
        yield conn


def q(url: str, sql: str) -> str:
    """``sql`` with ``?`` placeholders in the style of ``url``'s driver."""
    return sql if url.startswith("sqlite:") else sql.replace("?", "%s")


def drop_guards(url: str) -> None:
    """Remove the immutability triggers, as an attacker with database access could."""
    with raw_sql(url) as conn:
        if url.startswith("sqlite:"):
            names = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
            ]
            for name in names:
                conn.execute(f"DROP TRIGGER {name}")
        else:
            for table in ("record", "file", "personal", "erasure", "erased"):
                conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")


def issue_batch(url: str, series: str, start: int, count: int) -> list[str]:
    """Issue ``count`` documents (no PDF) from a fresh process; the numbers given."""
    with Register(url) as reg:
        return [reg.issue(document(start + k), series=series, render=False).number for k in range(count)]


def warm(_: int = 0) -> int:
    """Run in each pool worker once, so the timed work does not include the imports."""
    import invoicekit

    invoicekit.default_table()
    return os.getpid()


def issue_and_hang(url: str, series: str, marker: str) -> None:
    """Issue a document whose attachment hook signals and then waits for SIGKILL, inside
    the issuing transaction (after the counter moved)."""

    def hook(_computed: Any) -> dict[str, bytes]:
        Path(marker).write_text("in transaction")
        time.sleep(120)
        return {}

    with Register(url) as reg:
        reg.issue(document(1), series=series, render=False, attachments=hook)
