"""Batch fixtures: the register tests' ``url`` (a fresh SQLite file, and a PostgreSQL schema
when ``INVOICEKIT_TEST_POSTGRES`` names a server)."""

from register.conftest import url

__all__ = ["url"]
