"""Resume: a batch killed with SIGKILL and started again with the same arguments does only
what is left, with no duplicate output and, with a register, the numbers 1..N exactly."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import invoicekit
from invoicekit.register import Register

from .support import outputs, report, write_folder

COUNT = 16
#: Enough documents that the workers get several a task (invoicekit/batch/local.py: chunk_size).
CHUNKED_COUNT = 96
# The Ctrl-C test waits for the first report line, then interrupts: with more documents the
# run cannot finish in the moment between the two on a loaded machine (it did with 16).
INTERRUPTED_COUNT = 64


def _command(source: Path, out: Path, url: str) -> list[str]:
    return [
        sys.executable, "-m", "invoicekit", "batch", str(source), "--out", str(out),
        "--format", "pdf,ubl", "--register", url, "--series", "INV", "--workers", "2",
    ]  # fmt: skip


def _kill_when_reported(command: list[str], out: Path, lines: int, *, whole: bool = True) -> int:
    """Start the batch in a session of its own and SIGKILL the whole run (the parent and its
    workers), or with ``whole=False`` the parent alone, once ``lines`` documents are in the
    report. Returns the session's leader."""
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        path = out / "report.jsonl"
        while time.monotonic() < deadline and run.poll() is None:
            if path.exists() and path.read_bytes().count(b"\n") >= lines:
                break
            time.sleep(0.02)
        assert run.poll() is None, "the batch finished before it could be killed"
        if whole:
            os.killpg(run.pid, signal.SIGKILL)
        else:
            os.kill(run.pid, signal.SIGKILL)
    finally:
        run.wait()
    return run.pid


def _session_ended(leader: int, within: float = 30.0) -> bool:
    """Whether every process of the session ``leader`` started is gone within ``within``
    seconds; SIGKILL what is left either way, so that no test leaves processes behind."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(leader, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(leader, signal.SIGKILL)
    return False


@pytest.mark.parametrize(
    ("count", "kill_at", "whole"),
    [
        (COUNT, 4, True),
        (CHUNKED_COUNT, 40, True),  # killed once the workers take several documents a task
        (CHUNKED_COUNT, 40, False),  # the parent alone: its workers must not go on issuing
    ],
)
def test_a_killed_batch_with_a_register_resumes_with_numbers_one_to_n(
    tmp_path: Path, count: int, kill_at: int, whole: bool
) -> None:
    source = write_folder(tmp_path / "in", count)
    out, url = tmp_path / "out", f"sqlite:///{tmp_path / 'register.db'}"
    with Register(url) as reg:
        reg.migrate()
        reg.create_series("INV", format="{year}-{seq:05}")
    leader = _kill_when_reported(_command(source, out, url), out, kill_at, whole=whole)
    killed_at = len([e for e in report(out) if e["status"] == "ok"])
    assert kill_at <= killed_at < count
    # the workers of a parent killed alone leave at once (they watch it), not after their task
    assert _session_ended(leader), "workers outlived their parent"
    again = subprocess.run(_command(source, out, url), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"{count - killed_at} done, 0 failed" in again.stderr  # only what was left

    entries = report(out)
    assert sorted(e["input"] for e in entries) == [f"doc{i:03d}.json" for i in range(1, count + 1)]
    with Register(url) as reg:
        numbers = sorted(e.number for e in reg.history())
        assert numbers == [f"2026-{n:05d}" for n in range(1, count + 1)]  # no gap, no duplicate
        assert sorted(e["number"] for e in entries) == numbers
        assert reg.verify().ok
        files = outputs(out)
        assert sorted(files) == sorted(
            f"doc{i:03d}.{s}" for i in range(1, count + 1) for s in ("pdf", "ubl.xml")
        )
        for entry in entries:  # each output is the register's archived copy of its number
            stem = entry["input"].removesuffix(".json")
            assert files[f"{stem}.pdf"] == reg.pdf(entry["number"])
            assert files[f"{stem}.ubl.xml"] == reg.xml(entry["number"])


def test_a_document_issued_before_its_report_line_is_fetched_not_renumbered(tmp_path: Path, url: str) -> None:
    # the window a kill can hit: the register committed, the report line was not written yet
    source = write_folder(tmp_path / "in", 3)
    out = tmp_path / "out"
    with Register(url) as reg:
        reg.migrate()
        reg.create_series("INV", format="{year}-{seq:05}")
    options = {"out": out, "formats": "ubl", "register": url, "series": "INV", "workers": 0}
    first = {r.input: r.entry["number"] for r in invoicekit.batch.run(source, **options)}
    before = outputs(out)
    (out / "report.jsonl").unlink()
    (out / "doc002.ubl.xml").unlink()
    second = {r.input: r.entry for r in invoicekit.batch.run(source, **options)}
    assert {name: e["number"] for name, e in second.items()} == first
    assert second["doc002.json"]["net"] == "20.00"  # the totals come back from the register: 2 x 10.00
    assert outputs(out) == before
    with Register(url) as reg:
        assert len(reg.history()) == 3


def test_ctrl_c_stops_with_a_summary_and_the_same_command_does_the_rest(tmp_path: Path) -> None:
    source, out = write_folder(tmp_path / "in", INTERRUPTED_COUNT), tmp_path / "out"
    command = [sys.executable, "-m", "invoicekit", "batch", str(source), "--out", str(out), "--workers", "1"]
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not ((out / "report.jsonl").exists() and report(out)):
        time.sleep(0.02)
    assert run.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C sends: to the command and its workers
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "interrupted: run the same command again" in err
    done = {e["input"] for e in report(out) if e["status"] == "ok"}
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    entries = [e for e in report(out) if e["status"] == "ok"]
    assert sorted(e["input"] for e in entries) == [
        f"doc{i:03d}.json" for i in range(1, INTERRUPTED_COUNT + 1)
    ]
    assert f"{INTERRUPTED_COUNT - len(done)} done, 0 failed" in again.stderr
    assert sorted(outputs(out)) == [f"doc{i:03d}.pdf" for i in range(1, INTERRUPTED_COUNT + 1)]
