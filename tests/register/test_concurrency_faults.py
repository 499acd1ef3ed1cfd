"""Many processes issuing into one series; failures and killed processes inside the issuing
transaction. Real processes (multiprocessing spawn), real databases."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from invoicekit.errors import InvoiceError
from invoicekit.register import Register
from invoicekit.render import RenderError

from .support import document, issue_and_hang, issue_batch

TOTAL, PROCESSES = 500, 8


def test_eight_processes_issue_500_gapless_unique_numbers(reg: Register, url: str, pool: Any) -> None:
    # render=False: rendering 500 PDFs would take most of the suite's time on two cores and
    # tests nothing the numbering depends on (the PDF is rendered inside the same lock)
    counts = [TOTAL // PROCESSES + (k < TOTAL % PROCESSES) for k in range(PROCESSES)]
    starts = [sum(counts[:k]) for k in range(PROCESSES)]
    batches = pool.starmap(issue_batch, [(url, "INV", s, c) for s, c in zip(starts, counts, strict=True)])
    numbers = sorted(n for batch in batches for n in batch)
    assert numbers == [f"2026-{k:05}" for k in range(1, TOTAL + 1)]
    assert all(len(b) == c for b, c in zip(batches, counts, strict=True))
    report = reg.verify()
    assert report.ok, str(report)
    assert report.records == TOTAL


def test_a_render_error_uses_no_number_and_stores_nothing(reg: Register) -> None:
    with pytest.raises(RenderError):
        reg.issue(document(1), series="INV", locale="xx-not-a-locale")
    with pytest.raises(InvoiceError):
        reg.issue({**document(2), "currency": "XXY"}, series="INV")
    with pytest.raises(RuntimeError):
        reg.issue(document(3), series="INV", render=False, attachments=lambda c: _fail())
    assert reg.history() == []
    assert reg.issue(document(4), series="INV", render=False).number == "2026-00001"
    assert reg.verify().ok


def _fail() -> dict[str, bytes]:
    raise RuntimeError("attachment generator failed")


def test_a_process_killed_inside_the_transaction_leaves_no_gap(
    reg: Register, url: str, tmp_path: Path
) -> None:
    marker = tmp_path / "in-transaction"
    child = multiprocessing.get_context("spawn").Process(
        target=issue_and_hang, args=(url, "INV", str(marker))
    )
    child.start()
    deadline = time.monotonic() + 30
    while not marker.exists():
        assert child.is_alive() and time.monotonic() < deadline, "child never reached the transaction"
        time.sleep(0.02)
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert child.exitcode == -signal.SIGKILL
    assert reg.history() == []
    assert reg.issue(document(2), series="INV", render=False).number == "2026-00001"
    assert reg.verify().ok
