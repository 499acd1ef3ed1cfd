"""The SQLite backend: standard library :mod:`sqlite3`, WAL mode, one writer at a time.

Every write transaction starts with ``BEGIN IMMEDIATE``: the database's single write lock is
taken before the counter is read, so two processes can never read the same counter value.
``synchronous=FULL``: a committed number survives a power cut (a lost commit would let the
number be issued twice). ``secure_delete``: erased bytes are overwritten, not left in free
pages.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager

from .backend import SQLITE, Cursor
from .errors import ReadOnlyDatabase, RegisterUnavailable

BUSY_TIMEOUT_S = 120.0


class SqliteBackend:
    """A register in one SQLite file."""

    dialect = SQLITE

    def __init__(self, path: str) -> None:
        self.path = path
        self.shown = path
        if os.path.exists(path) and not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise ReadOnlyDatabase(path, "the file has no write permission")
        try:
            # check_same_thread=False: a web server (the portal) calls from its worker threads;
            # callers serialise their transactions on the one connection (portal: a lock)
            self.conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON", "foreign_keys=ON"):
                self.conn.execute(f"PRAGMA {pragma}")
        except sqlite3.Error as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: sqlite3.Error) -> Exception:
        """A clear register error for the failures that are the user's to fix."""
        text = str(exc)
        if "readonly" in text or "read-only" in text:
            return ReadOnlyDatabase(self.path, text)
        if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and (
            "unable to open" in text or "not a database" in text
        ):
            return RegisterUnavailable(f"cannot open register database {self.path}: {text}")
        return exc

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[Cursor]:
        try:
            self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.Error as exc:
            raise self._translate(exc) from None
        cursor = Cursor(self.conn.cursor(), self.dialect)
        try:
            yield cursor
        except sqlite3.Error as exc:
            self.conn.rollback()
            raise self._translate(exc) from exc
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.commit()
        except sqlite3.Error as exc:
            self.conn.rollback()
            raise self._translate(exc) from None

    def table_exists(self, cursor: Cursor, name: str) -> bool:
        return (
            cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).one()
            is not None
        )

    def after_erasure(self) -> None:
        """Fold the WAL into the file and truncate it: the erased pages' old images go too."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.conn.close()
