"""Register URLs: ``sqlite:///relative.db``, ``sqlite:////absolute.db``, ``postgresql://...``.

A PostgreSQL URL may carry ``schema=NAME`` in its query: the register then keeps its tables
in that schema (created by ``migrate``), so one database can hold several registers.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from attrs import frozen

from .errors import BadURL

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@frozen
class SqliteTarget:
    path: str


@frozen
class PostgresTarget:
    conninfo: str  # the URL without our own ``schema`` parameter
    schema: str | None
    shown: str  # the URL with any password hidden, for messages


def parse_url(url: str) -> SqliteTarget | PostgresTarget:
    """Split ``url`` into what a backend needs; :class:`BadURL` says what is wrong."""
    if not isinstance(url, str) or "://" not in url:
        raise BadURL(str(url), "expected sqlite:///PATH or postgresql://USER@HOST/DB")
    scheme = url.split("://", 1)[0].lower()
    if scheme == "sqlite":
        return _sqlite(url)
    if scheme in ("postgresql", "postgres"):
        return _postgres(url)
    raise BadURL(hide_password(url), f"unknown scheme {scheme!r} (use sqlite or postgresql)")


def _sqlite(url: str) -> SqliteTarget:
    rest = url.split("://", 1)[1]
    if not rest.startswith("/") or rest == "/":
        raise BadURL(url, "a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db")
    path = rest[1:]
    if "?" in path or path in (":memory:", "") or path.endswith("/"):
        raise BadURL(url, "expected a database file path (no query, not :memory:, not a directory)")
    return SqliteTarget(path)


def _postgres(url: str) -> PostgresTarget:
    shown = hide_password(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise BadURL(shown, str(exc)) from None
    if not parts.hostname and not parts.path.strip("/"):
        raise BadURL(shown, "expected postgresql://USER@HOST[:PORT]/DATABASE")
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = None
    kept = []
    for key, value in query:
        if key == "schema":
            schema = value
        else:
            kept.append((key, value))
    if schema is not None and not _SCHEMA_NAME.match(schema):
        raise BadURL(shown, f"schema {schema!r}: use lower-case letters, digits and _ (at most 63)")
    conninfo = urlunsplit(parts._replace(scheme="postgresql", query=urlencode(kept)))
    return PostgresTarget(conninfo, schema, shown)


def hide_password(url: str) -> str:
    """``url`` with the password (if any) replaced by ``***``, safe to print."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", url)
