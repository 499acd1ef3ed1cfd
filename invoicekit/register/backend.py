"""The one small interface the register needs from a database, and its SQL dialect.

Both backends speak plain DB-API 2: the register's SQL is written once, with ``?``
placeholders and ``{blob}``-style type slots, and the :class:`Dialect` fills in the few
differences (placeholder style, types, row locks, trigger bodies). No ORM: the statements
are few, and seeing them is what an auditor of an invoice archive wants.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from attrs import frozen

Row = tuple[Any, ...]


@frozen
class Dialect:
    """What differs between SQLite and PostgreSQL in the register's SQL."""

    name: str
    placeholder: str  # "?" or "%s"
    types: dict[str, str]  # "{id}", "{blob}" ... in DDL
    for_update: str  # appended to the counter SELECT: a row lock, or nothing

    def sql(self, statement: str) -> str:
        """``statement`` in this dialect: placeholders and type slots replaced."""
        text = statement.format(**self.types) if "{" in statement else statement
        return text.replace("?", self.placeholder) if self.placeholder != "?" else text


SQLITE = Dialect(
    name="sqlite",
    placeholder="?",
    types={"id": "INTEGER PRIMARY KEY", "blob": "BLOB", "bigint": "INTEGER"},
    for_update="",  # BEGIN IMMEDIATE already holds the one write lock
)
POSTGRES = Dialect(
    name="postgresql",
    placeholder="%s",
    types={"id": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA", "bigint": "BIGINT"},
    for_update=" FOR UPDATE",
)


class Cursor:
    """A DB-API cursor that takes the register's dialect-neutral SQL."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Cursor:
        # no parameters: no placeholder parsing either (PL/pgSQL bodies contain "%")
        if params:
            self.raw.execute(self.dialect.sql(statement), tuple(params))
        else:
            self.raw.execute(self.dialect.sql(statement))
        return self

    def one(self) -> Row | None:
        row = self.raw.fetchone()
        return None if row is None else tuple(row)

    def all(self) -> list[Row]:
        return [tuple(row) for row in self.raw.fetchall()]

    def rows(self, size: int = 64) -> Iterator[Row]:
        """The result rows, fetched a few at a time (archives with PDFs are large)."""
        while batch := self.raw.fetchmany(size):
            yield from (tuple(row) for row in batch)


class Backend(Protocol):
    """A connection to one register database."""

    dialect: Dialect
    shown: str  # the database, named for messages (never with a password)

    def transaction(self, *, write: bool) -> AbstractContextManager[Cursor]:
        """A transaction: committed when the block ends, rolled back if it raises.
        ``write=True`` takes the database's write lock up front (SQLite ``BEGIN IMMEDIATE``)."""
        ...

    def table_exists(self, cursor: Cursor, name: str) -> bool: ...

    def after_erasure(self) -> None:
        """Drop the old bytes of erased data from the files (checkpoint, secure delete)."""
        ...

    def close(self) -> None: ...


def open_backend(url: str) -> Backend:
    """The backend for ``url``; psycopg is imported only for a PostgreSQL URL."""
    from .url import SqliteTarget, parse_url

    target = parse_url(url)
    if isinstance(target, SqliteTarget):
        from .sqlite_backend import SqliteBackend

        return SqliteBackend(target.path)
    from .postgres_backend import PostgresBackend

    return PostgresBackend(target)
