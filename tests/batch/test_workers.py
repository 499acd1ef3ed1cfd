"""Worker processes that die, and the Dask engine on a real LocalCluster."""

from __future__ import annotations

from pathlib import Path

import invoicekit
from invoicekit.batch.local import DIED

from .support import CRASH_DAY, CollectorChecked, CrashOn, document, outputs, report


def _docs() -> list[dict[str, object]]:
    crashing = document(3, issue_date=CRASH_DAY.isoformat())
    return [document(1), document(2), crashing, document(4), document(5)]


def test_a_worker_that_dies_once_is_replaced_and_its_documents_done(tmp_path: Path) -> None:
    marker = tmp_path / "crash-once"
    marker.write_text("")
    results = list(
        invoicekit.batch.run(
            _docs(), out=tmp_path / "out", formats="ubl", provider=CrashOn(str(marker)), workers=2
        )
    )
    assert not marker.exists()  # the worker did die
    assert sorted((r.input, r.ok) for r in results) == [(f"#{i}", True) for i in range(1, 6)]
    assert len(outputs(tmp_path / "out")) == 5


def test_a_document_that_kills_every_worker_fails_alone(tmp_path: Path) -> None:
    results = {
        r.input: r
        for r in invoicekit.batch.run(
            _docs(), out=tmp_path / "out", formats="ubl", provider=CrashOn(), workers=2
        )
    }
    assert results["#3"].entry["errors"] == [{"field": "", "problem": DIED}]
    assert [name for name, r in sorted(results.items()) if r.ok] == ["#1", "#2", "#4", "#5"]


def test_a_worker_dying_inside_a_task_of_several_documents_costs_only_the_culprit(tmp_path: Path) -> None:
    # the 30th document is sent in a task of three (invoicekit/batch/local.py: chunk_size),
    # beside documents that were done, or not begun, when their worker died
    docs = [document(i) for i in range(1, 41)]
    docs[29] = document(30, issue_date=CRASH_DAY.isoformat())
    results = {
        r.input: r
        for r in invoicekit.batch.run(
            docs, out=tmp_path / "out", formats="ubl", provider=CrashOn(), workers=2
        )
    }
    assert sorted(results) == sorted(f"#{i}" for i in range(1, 41))  # each once
    assert [name for name, r in results.items() if not r.ok] == ["#30"]
    assert results["#30"].entry["errors"] == [{"field": "", "problem": DIED}]
    assert sorted(outputs(tmp_path / "out")) == sorted(f"{i:06d}.ubl.xml" for i in range(1, 41) if i != 30)


def test_pool_workers_collect_garbage_with_their_start_up_frozen_and_the_callers_process_is_left_alone(
    tmp_path: Path,
) -> None:
    docs = [document(i) for i in range(1, 4)]
    pooled = invoicekit.batch.run(
        docs, out=tmp_path / "pool", formats="ubl", provider=CollectorChecked(frozen=True), workers=2
    )
    assert [r.entry.get("errors") for r in pooled] == [None, None, None]
    inline = invoicekit.batch.run(
        docs, out=tmp_path / "inline", formats="ubl", provider=CollectorChecked(frozen=False), workers=0
    )
    assert [r.entry.get("errors") for r in inline] == [None, None, None]


def test_one_worker_reports_in_the_input_order(tmp_path: Path) -> None:
    docs = [document(i) for i in range(1, 41)]  # several tasks in flight, some of several documents
    results = [r.input for r in invoicekit.batch.run(docs, out=tmp_path / "out", formats="ubl", workers=1)]
    assert results == [f"#{i}" for i in range(1, 41)]
    assert [e["input"] for e in report(tmp_path / "out")] == results


def test_one_process_two_workers_and_a_dask_cluster_give_the_same_bytes_and_report(tmp_path: Path) -> None:
    docs = [document(i) for i in range(1, 7)] + [document(7, quantity="2,5")]
    local = list(invoicekit.batch.run(docs, out=tmp_path / "local", formats="pdf,ubl", workers=0))
    pool = list(invoicekit.batch.run(docs, out=tmp_path / "pool", formats="pdf,ubl", workers=2))
    dask = list(
        invoicekit.batch.run(docs, out=tmp_path / "dask", formats="pdf,ubl", workers=2, engine="dask")
    )
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "pool") == outputs(tmp_path / "local")
    assert len(outputs(tmp_path / "local")) == 12
    reports = [sorted(map(repr, (r.entry for r in run))) for run in (local, pool, dask)]
    assert reports[0] == reports[1] == reports[2]
    assert [r.entry["errors"][0]["field"] for r in dask if not r.ok] == ["lines[0].quantity"]
