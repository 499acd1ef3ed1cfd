"""Register fixtures: a fresh register on SQLite, and on PostgreSQL when
``INVOICEKIT_TEST_POSTGRES`` names a server (each test gets its own schema, dropped after)."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invoicekit.register import Register

from .support import PG_ENV, warm

SKIP_PG = (
    f"PostgreSQL register tests need a server: set {PG_ENV}=postgresql://postgres@127.0.0.1:5432/test "
    "(e.g. docker run -e POSTGRES_HOST_AUTH_METHOD=trust -p 5432:5432 postgres:16)"
)


def _pg_url() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(SKIP_PG)
    import psycopg

    schema = f"ik_test_{uuid.uuid4().hex[:12]}"
    yield f"{base}?schema={schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
    else:
        yield from _pg_url()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'register.db'}"


@pytest.fixture
def reg(url: str) -> Iterator[Register]:
    """A migrated register with the series INV ({year}-{seq:05}, yearly) on each backend."""
    with Register(url) as register:
        register.migrate()
        register.create_series("INV", format="{year}-{seq:05}", reset="yearly")
        yield register


@pytest.fixture(scope="session")
def pool() -> Iterator[Any]:
    """Eight spawned worker processes, imports done once for every test that uses them."""
    with multiprocessing.get_context("spawn").Pool(8) as workers:
        workers.map(warm, range(8))
        yield workers
