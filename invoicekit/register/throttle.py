"""Failed attempts kept in the register's database (table ``attempt``, schema version 3), so
that every process of a shop counts the same failures: the billing portal's limit on link
checks. A row is a client key (the caller hashes it: no address is stored in clear) and a
Unix time; rows older than the window are deleted as new ones are written."""

from __future__ import annotations

from .backend import Cursor


def count(cur: Cursor, scope: str, client: str, since: float) -> int:
    """Failures of ``client`` in ``scope`` after Unix time ``since``."""
    row = cur.execute(
        "SELECT COUNT(*) FROM attempt WHERE scope = ? AND client = ? AND at > ?",
        [scope, client, since],
    ).one()
    return int(row[0]) if row else 0


def record(cur: Cursor, scope: str, client: str, at: float, forget_before: float) -> None:
    """Add a failure at ``at``; forget every failure of ``scope`` before ``forget_before``."""
    cur.execute("DELETE FROM attempt WHERE scope = ? AND at < ?", [scope, forget_before])
    cur.execute("INSERT INTO attempt (scope, client, at) VALUES (?, ?, ?)", [scope, client, at])
