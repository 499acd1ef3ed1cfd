"""Idempotency keys (schema version 2): a document issued with a key is found by it, and
issuing with the same key again numbers nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest

from invoicekit.errors import ArgumentError
from invoicekit.register import AlreadyIssued, Register
from invoicekit.register import schema as register_schema
from invoicekit.register.backend import open_backend

from .support import document, q, raw_sql


def test_a_key_is_issued_once_and_found_again(reg: Register) -> None:
    first = reg.issue(document(1), series="INV", render=False, key="batch:a.json:1f2e")
    assert reg.issued_with("batch:a.json:1f2e") == first.number == "2026-00001"
    with pytest.raises(AlreadyIssued, match="already issued as 2026-00001") as caught:
        reg.issue(document(1), series="INV", render=False, key="batch:a.json:1f2e")
    assert caught.value.number == "2026-00001"
    # the refused re-issue used no number: the next document gets 2, not 3
    assert reg.issue(document(2), series="INV", render=False, key="other").number == "2026-00002"
    assert reg.issue(document(3), series="INV", render=False).number == "2026-00003"  # no key: as before
    assert reg.issued_with("never used") is None
    assert reg.verify().ok


def test_the_key_is_stored_as_an_hmac_and_cannot_be_changed(url: str, reg: Register) -> None:
    reg.issue(document(1), series="INV", render=False, key="doc-with-Erika-Mustermann")
    with raw_sql(url) as conn:
        stored = conn.execute("SELECT key FROM issue_key").fetchall()
        assert len(stored) == 1 and len(stored[0][0]) == 64 and "Erika" not in stored[0][0]
        with pytest.raises(Exception, match="never updated or deleted"):
            conn.execute(q(url, "UPDATE issue_key SET key = ?"), ["x"])
        with pytest.raises(Exception, match="never updated or deleted"):
            conn.execute("DELETE FROM issue_key")


def test_an_empty_key_is_refused(reg: Register) -> None:
    with pytest.raises(ArgumentError, match="key: expected a non-empty string"):
        reg.issue(document(1), series="INV", render=False, key="")


def test_a_version_1_register_migrates_to_2_and_keeps_its_records(sqlite_url: str) -> None:
    backend = open_backend(sqlite_url)
    with backend.transaction(write=True) as cur:  # build a version-1 register by hand
        cur.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for statement in register_schema.MIGRATIONS[0].statements(backend.dialect):
            cur.execute(statement)
        cur.execute("INSERT INTO meta (key, value) VALUES ('secret', ?)", ["ab" * 32])
        cur.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    backend.close()
    with Register(sqlite_url) as reg:
        assert reg.migrate() == (1, 3)
        reg.create_series("INV")
        assert reg.issue(document(1), series="INV", render=False, key="k").number == "2026-00001"
    conn = sqlite3.connect(sqlite_url.split(":///")[1])
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("3",)
    conn.close()
