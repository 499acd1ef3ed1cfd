"""Clear errors (and exit status 2 from the CLI, never a traceback) for bad input: unknown
series, malformed URLs, a read-only database file, unmigrated and newer schemas."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import stat
from pathlib import Path

import pytest

from invoicekit.cli import main
from invoicekit.register import (
    BadURL,
    ReadOnlyDatabase,
    Register,
    SchemaVersionError,
    SeriesError,
    UnknownSeries,
)

from .support import document

ROOT = Path(__file__).parent.parent.parent


def test_unknown_series_names_the_known_ones(reg: Register) -> None:
    with pytest.raises(UnknownSeries, match=r"unknown series 'NOPE' \(known: INV\)"):
        reg.issue(document(1), series="NOPE", render=False)
    assert reg.history() == []


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("invoices.db", "expected sqlite"),
        ("sqlite://invoices.db", "sqlite:///relative"),
        ("sqlite:///", "sqlite:///relative"),
        ("sqlite:///:memory:", "database file path"),
        ("mysql://u@h/db", "unknown scheme 'mysql'"),
        ("postgresql://u:secret@h:port/db", "Port"),
        ("postgresql://u@h/db?schema=Bad-Name", "schema"),
    ],
)
def test_malformed_urls(url: str, why: str) -> None:
    with pytest.raises(BadURL, match=why) as err:
        Register(url)
    assert "secret" not in str(err.value)


@pytest.mark.parametrize(
    "error",
    [
        BadURL("x://", "bad"),
        SchemaVersionError(7, 1),
        UnknownSeries("S", ("A", "B")),
        ReadOnlyDatabase("/x.db", "no permission"),
        SeriesError("bad format"),
    ],
)
def test_errors_pickle_whole(error: Exception) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)


def test_series_settings_are_checked(reg: Register) -> None:
    for kwargs, why in [
        ({"format": "{seq:05}", "reset": "yearly"}, "must show {year}"),
        ({"format": "{year}"}, "must use {seq}"),
        ({"format": "{seq}-{branch}"}, "must use {seq}"),
        ({"format": "{seq", "reset": "never"}, "not valid"),
        ({"reset": "monthly"}, "reset must be"),
        ({"kind": "order"}, "kind must be"),
    ]:
        with pytest.raises(SeriesError, match=why):
            reg.create_series("X", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(SeriesError, match="exists with other settings"):
        reg.create_series("INV", format="INV{year}/{seq}")


def test_unmigrated_and_newer_schemas_name_the_version(sqlite_url: str) -> None:
    with pytest.raises(SchemaVersionError, match=r"version 0 .*run `invoicekit register migrate`"):
        Register(sqlite_url).history()
    Register(sqlite_url).migrate()
    conn = sqlite3.connect(sqlite_url.split(":///")[1])
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError, match=r"version 99 is newer .*version 3"):
        Register(sqlite_url)
    with pytest.raises(SchemaVersionError):
        Register(sqlite_url).migrate()


def test_read_only_database_file(sqlite_url: str) -> None:
    path = sqlite_url.split(":///")[1]
    Register(sqlite_url).migrate()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            Register(sqlite_url)
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_cli_flow_and_exit_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(document(1)))
    assert main(["register", "--db", db, "verify"]) == 2
    assert "version 0" in capsys.readouterr().err
    assert main(["register", "migrate", "--db", db]) == 0
    assert main(["register", "series", "create", "INV", "--db", db]) == 0
    assert main(["register", "issue", str(doc), "--series", "NOPE", "--db", db]) == 2
    assert "unknown series" in capsys.readouterr().err
    assert main(["register", "issue", str(doc), "--series", "INV", "--db", db, "--locale", "xx"]) == 2
    assert main(["register", "issue", str(doc), "--series", "INV", "--db", db]) == 0
    assert "issued 2026-00001 (draft DRAFT-1)" in capsys.readouterr().out
    assert main(["register", "show", "2026-00001", "--db", db, "--pdf", str(tmp_path / "o.pdf")]) == 0
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")
    assert main(["register", "history", "--buyer", "erika.buyer@example.org", "--json", "--db", db]) == 0
    out = capsys.readouterr().out
    assert [e["number"] for e in json.loads(out[out.index("[") :])] == ["2026-00001"]
    assert main(["register", "erase", "--buyer", "erika.buyer@example.org", "--db", db]) == 0
    assert main(["register", "verify", "--db", db]) == 0
    assert (
        main(
            [
                "register",
                "export",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                str(tmp_path / "e.zip"),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert main(["register", "show", "2099-1", "--db", db]) == 2
    assert main(["register", "--db", "nonsense", "verify"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "register URL 'nonsense'" in err
