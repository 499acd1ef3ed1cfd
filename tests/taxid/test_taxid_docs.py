"""docs/taxid.md lists every scheme of the table."""

from __future__ import annotations

from pathlib import Path

from invoicekit.taxid.schemes import SCHEMES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "taxid.md"


def test_every_scheme_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for scheme in SCHEMES:
        row = f"| `{scheme.name}`"
        assert row in text, scheme.name
        assert f"`{scheme.example}`" in text, scheme.example
        assert f"`{scheme.module}`" in text, scheme.module
