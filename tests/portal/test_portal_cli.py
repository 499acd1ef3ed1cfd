"""``invoicekit portal link``: a signed link that the portal accepts, and clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from invoicekit.cli import main
from invoicekit.portal import tokens
from invoicekit.register import Register

from .conftest import ERIKA, SECRET


def test_link_command_prints_a_link_the_portal_accepts(reg: Register, url: str, tmp_path: Path,
                                                        capsys: Any) -> None:  # fmt: skip
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET + b"\n")
    code = main(["portal", "link", "--buyer", ERIKA, "--db", url, "--secret-file", str(secret),
                 "--base-url", "https://shop.example/billing/", "--hours", "2"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out.strip()
    assert printed.startswith("https://shop.example/billing/?t=")
    token = printed.split("?t=", 1)[1]
    assert tokens.verify(SECRET, tokens.LINK, token, dt.datetime.now(dt.UTC)) == ERIKA


@pytest.mark.parametrize(("args", "message"), [
    (["--buyer", "nobody@example.org"], "--buyer: the register has no documents for 'nobody@example.org'"),
    (["--buyer", ERIKA, "--hours", "0"], "--hours: must be 1 or more, got 0"),
])  # fmt: skip
def test_link_command_errors(reg: Register, url: str, tmp_path: Path, capsys: Any, args: list[str],
                             message: str) -> None:  # fmt: skip
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET)
    code = main(["portal", "link", "--db", url, "--secret-file", str(secret), "--base-url", "https://x/", *args])
    assert code == 2
    assert capsys.readouterr().err.strip() == f"error: {message}"


def test_short_secret_file_is_refused(reg: Register, url: str, tmp_path: Path, capsys: Any) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"short")
    code = main(["portal", "link", "--buyer", ERIKA, "--db", url, "--secret-file", str(secret),
                 "--base-url", "https://x/"])  # fmt: skip
    assert code == 2
    assert "at least 32 bytes, got 5" in capsys.readouterr().err


def test_serve_refuses_a_retention_out_of_range(reg: Register, url: str, tmp_path: Path, capsys: Any) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET)
    code = main(["portal", "serve", "--db", url, "--secret-file", str(secret), "--retention-years", "-1"])
    assert code == 2
    assert capsys.readouterr().err.strip() == "error: --retention-years: must be 0 to 100, got -1"
