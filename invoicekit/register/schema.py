"""The register's tables, their versioned migrations and the immutability triggers.

``meta.schema_version`` records the version. :func:`migrate` applies the missing migrations
in one transaction (so a failed migration leaves the old version intact); every other
operation first checks the version with :func:`require_version` and refuses an unmigrated
or newer database with a :class:`SchemaVersionError` that names both versions.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from attrs import frozen

from .backend import Backend, Cursor, Dialect
from .errors import SchemaVersionError

_TABLES = [
    "CREATE TABLE series (name TEXT PRIMARY KEY, format TEXT NOT NULL, reset TEXT NOT NULL,"
    " kind TEXT NOT NULL, seller TEXT)",
    "CREATE TABLE counter (series TEXT NOT NULL REFERENCES series(name), period TEXT NOT NULL,"
    " last {bigint} NOT NULL, PRIMARY KEY (series, period))",
    "CREATE TABLE record (id {id}, series TEXT NOT NULL REFERENCES series(name),"
    " period TEXT NOT NULL, seq {bigint} NOT NULL, number TEXT NOT NULL UNIQUE, draft_number TEXT,"
    " kind TEXT NOT NULL, issue_date TEXT NOT NULL, currency TEXT NOT NULL, net TEXT NOT NULL,"
    " tax TEXT NOT NULL, gross TEXT NOT NULL, payable TEXT NOT NULL, release TEXT,"
    " document TEXT NOT NULL, document_sha256 TEXT NOT NULL, computed TEXT NOT NULL,"
    " computed_sha256 TEXT NOT NULL, personal_sha256 TEXT NOT NULL, files TEXT NOT NULL,"
    " prev TEXT NOT NULL, fingerprint TEXT NOT NULL UNIQUE, UNIQUE (series, period, seq))",
    "CREATE TABLE file (record_id {bigint} NOT NULL REFERENCES record(id), name TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, data {blob}, PRIMARY KEY (record_id, name))",
    "CREATE TABLE personal (record_id {bigint} PRIMARY KEY REFERENCES record(id), buyer_key TEXT,"
    " data TEXT NOT NULL)",
    "CREATE INDEX personal_buyer ON personal (buyer_key)",
    "CREATE INDEX record_issued ON record (issue_date, id)",
    "CREATE TABLE erasure (id {id}, buyer_key TEXT NOT NULL, requested TEXT NOT NULL,"
    " records {bigint} NOT NULL)",
    "CREATE TABLE erased (record_id {bigint} PRIMARY KEY REFERENCES record(id),"
    " erasure_id {bigint} NOT NULL REFERENCES erasure(id))",
]

# the archive tables: nothing in them is updated or deleted, except by the erasure path
_FROZEN = ("record", "erasure", "erased")
_REFUSED = "invoicekit register: issued records are never updated or deleted"
_FILE_ERASABLE = (
    "NEW.data IS NULL AND NEW.record_id = OLD.record_id AND NEW.name = OLD.name"
    " AND NEW.sha256 = OLD.sha256 AND EXISTS (SELECT 1 FROM erased WHERE erased.record_id = OLD.record_id)"
)
_PERSONAL_ERASABLE = "EXISTS (SELECT 1 FROM erased WHERE erased.record_id = OLD.record_id)"


def _sqlite_triggers() -> list[str]:
    def refuse(name: str, event: str, table: str, when: str = "") -> str:
        cond = f" WHEN NOT ({when})" if when else ""
        return (
            f"CREATE TRIGGER {name} BEFORE {event} ON {table}{cond}"
            f" BEGIN SELECT RAISE(ABORT, '{_REFUSED} ({event} on {table})'); END"
        )

    out = [refuse(f"{t}_no_{e.lower()}", e, t) for t in _FROZEN for e in ("UPDATE", "DELETE")]
    out.append(refuse("file_no_delete", "DELETE", "file"))
    out.append(refuse("file_erase_only", "UPDATE", "file", _FILE_ERASABLE))
    out.append(refuse("personal_no_update", "UPDATE", "personal"))
    out.append(refuse("personal_erase_only", "DELETE", "personal", _PERSONAL_ERASABLE))
    return out


def _pg_function(name: str, allowed: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$"
        f" BEGIN {allowed} RAISE EXCEPTION '{_REFUSED} (% on %)', TG_OP, TG_TABLE_NAME; END $$"
    )


def _postgres_triggers() -> list[str]:
    out = [
        _pg_function("invoicekit_refuse", ""),
        _pg_function(
            "invoicekit_file_guard", f"IF TG_OP = 'UPDATE' AND {_FILE_ERASABLE} THEN RETURN NEW; END IF;"
        ),
        _pg_function(
            "invoicekit_personal_guard",
            f"IF TG_OP = 'DELETE' AND {_PERSONAL_ERASABLE} THEN RETURN OLD; END IF;",
        ),
    ]
    guards = {"file": "invoicekit_file_guard", "personal": "invoicekit_personal_guard"}
    for table in (*_FROZEN, "file", "personal"):
        function = guards.get(table, "invoicekit_refuse")
        out.append(
            f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        out.append(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION invoicekit_refuse()"
        )
    return out


def _initial(dialect: Dialect) -> list[str]:
    triggers = _sqlite_triggers() if dialect.name == "sqlite" else _postgres_triggers()
    return [*_TABLES, *triggers]


@frozen
class Migration:
    version: int
    title: str
    statements: Callable[[Dialect], list[str]]


def _issue_keys(dialect: Dialect) -> list[str]:
    """Version 2: the idempotency key a record was issued with (an HMAC of the caller's key
    under the register secret), so that a batch re-run finds what it already issued."""
    table = (
        "CREATE TABLE issue_key (key TEXT PRIMARY KEY,"
        " record_id {bigint} NOT NULL UNIQUE REFERENCES record(id))"
    )
    if dialect.name == "sqlite":
        triggers = [
            f"CREATE TRIGGER issue_key_no_{event.lower()} BEFORE {event} ON issue_key"
            f" BEGIN SELECT RAISE(ABORT, '{_REFUSED} ({event} on issue_key)'); END"
            for event in ("UPDATE", "DELETE")
        ]
    else:
        triggers = [
            "CREATE TRIGGER issue_key_immutable BEFORE UPDATE OR DELETE ON issue_key"
            " FOR EACH ROW EXECUTE FUNCTION invoicekit_refuse()",
            "CREATE TRIGGER issue_key_no_truncate BEFORE TRUNCATE ON issue_key"
            " FOR EACH STATEMENT EXECUTE FUNCTION invoicekit_refuse()",
        ]
    return [table, *triggers]


def _attempts(dialect: Dialect) -> list[str]:
    """Version 3: failed attempts (the billing portal's link checks), shared by every process
    of a shop; not part of the archive, so rows may be deleted (see register/throttle.py)."""
    return [
        "CREATE TABLE attempt (scope TEXT NOT NULL, client TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
        "CREATE INDEX attempt_client ON attempt (scope, client, at)",
    ]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "archive, numbering, hash chain, erasure", _initial),
    Migration(2, "idempotency keys of issued records", _issue_keys),
    Migration(3, "failed attempts shared between processes (portal link checks)", _attempts),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def schema_version(backend: Backend, cursor: Cursor) -> int:
    """The database's schema version; 0 for a database the register never migrated."""
    if not backend.table_exists(cursor, "meta"):
        return 0
    row = cursor.execute("SELECT value FROM meta WHERE key = 'schema_version'").one()
    return int(row[0]) if row else 0


def require_version(backend: Backend, cursor: Cursor) -> None:
    found = schema_version(backend, cursor)
    if found != SCHEMA_VERSION:
        raise SchemaVersionError(found, SCHEMA_VERSION)


def migrate(backend: Backend) -> tuple[int, int]:
    """Apply the missing migrations in one transaction; (version before, version after)."""
    with backend.transaction(write=True) as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        if backend.dialect.name == "postgresql":
            cur.execute("LOCK TABLE meta IN EXCLUSIVE MODE")  # two migrators: one waits
        found = schema_version(backend, cur)
        if found > SCHEMA_VERSION:
            raise SchemaVersionError(found, SCHEMA_VERSION)
        for migration in MIGRATIONS:
            if migration.version > found:
                for statement in migration.statements(backend.dialect):
                    cur.execute(statement)
        if found == 0:
            cur.execute("INSERT INTO meta (key, value) VALUES ('secret', ?)", [secrets.token_hex(32)])
            cur.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        else:
            cur.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
    return found, SCHEMA_VERSION
