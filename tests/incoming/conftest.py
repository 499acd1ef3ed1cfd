"""Fixtures of the incoming e-invoice tests: the hand-written example files."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_bytes() -> dict[str, bytes]:
    """Every fixture file's bytes by name, for tests that plant an error in a copy."""
    return {path.name: path.read_bytes() for path in FIXTURES.glob("*.xml")}
