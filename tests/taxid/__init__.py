"""Tests of invoicekit.taxid (a package, so that its conftest does not shadow tests/conftest.py)."""
