"""The PostgreSQL backend: psycopg 3 (the optional ``postgresql`` extra), imported only here.

Write transactions are ordinary READ COMMITTED transactions; the issuing code locks the
series counter row with ``SELECT ... FOR UPDATE``, which serialises issuers of one series
(and only of that series) until commit or rollback. A killed client's transaction is rolled
back by the server when its connection drops.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .backend import POSTGRES, Cursor
from .errors import RegisterUnavailable
from .url import PostgresTarget


def _connect(target: PostgresTarget) -> Any:
    try:
        import psycopg
    except ImportError:
        raise RegisterUnavailable(
            "a postgresql:// register needs psycopg 3: pip install 'invoicekit[postgresql]'"
        ) from None
    try:
        conn = psycopg.connect(target.conninfo, autocommit=False)
    except psycopg.Error as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RegisterUnavailable(f"cannot connect to {target.shown}: {message}") from None
    if target.schema:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{target.schema}"')
        conn.execute(f'SET search_path TO "{target.schema}"')
        conn.commit()
    return conn


class PostgresBackend:
    """A register in a PostgreSQL database (optionally in its own schema)."""

    dialect = POSTGRES

    def __init__(self, target: PostgresTarget) -> None:
        self.target = target
        self.shown = target.shown
        self.conn = _connect(target)

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[Cursor]:
        # psycopg opens the transaction with the first statement; ``write`` needs no lock here:
        # the issuing code takes the counter row lock itself
        cursor = Cursor(self.conn.cursor(), self.dialect)
        try:
            yield cursor
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def table_exists(self, cursor: Cursor, name: str) -> bool:
        row = cursor.execute("SELECT to_regclass(?) IS NOT NULL", [name]).one()
        return bool(row and row[0])

    def after_erasure(self) -> None:
        """Nothing to do in-process: dead row versions go with the next (auto)VACUUM (docs/register.md)."""

    def close(self) -> None:
        self.conn.close()
