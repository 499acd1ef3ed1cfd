"""invoicekit batch and invoicekit.batch.run: outputs, the report, bad documents, streaming."""

from __future__ import annotations

import itertools
import json
import tracemalloc
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support import FixedRates, vat

import invoicekit
from invoicekit.batch import items as batch_items
from invoicekit.batch.report import done_keys
from invoicekit.cli import main
from invoicekit.errors import ArgumentError

from .support import document, outputs, report, write_folder


def test_a_directory_with_a_bad_document_is_done_but_for_it(tmp_path: Path, capsys: Any) -> None:
    source = write_folder(tmp_path / "in", 4, bad={3: "2,5"})
    out = tmp_path / "out"
    status = main(["batch", str(source), "--out", str(out), "--format", "pdf,ubl", "--workers", "0"])
    assert status == 2  # a document failed: the report says which
    summary = capsys.readouterr().err
    assert "batch: 3 done, 1 failed" in summary
    lines = {entry["input"]: entry for entry in report(out)}
    assert lines["doc003.json"] == {
        "input": "doc003.json", "key": lines["doc003.json"]["key"], "status": "error",
        "errors": [{"field": "lines[0].quantity", "problem": 'not a number: "2,5"'}],
    }  # fmt: skip
    assert lines["doc002.json"]["outputs"] == ["doc002.pdf", "doc002.ubl.xml"]
    # 2 x 10.00 = 20.00 net; 19 % of 20.00 = 3.80; 23.80 gross
    assert (lines["doc002.json"]["net"], lines["doc002.json"]["tax"], lines["doc002.json"]["gross"]) == (
        "20.00", "3.80", "23.80",
    )  # fmt: skip
    assert sorted(outputs(out)) == [f"doc{i:03d}.{s}" for i in (1, 2, 4) for s in ("pdf", "ubl.xml")]
    assert outputs(out)["doc002.pdf"].startswith(b"%PDF-")
    assert b"<cbc:ID>DRAFT-2</cbc:ID>" in outputs(out)["doc002.ubl.xml"]


def test_outputs_are_the_single_document_commands_bytes(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 1)
    out = tmp_path / "out"
    assert main(["batch", str(source), "--out", str(out), "--format", "pdf,cii,facturx", "--workers", "0"]) == 0
    computed = invoicekit.compute(invoicekit.load(source / "doc001.json"))
    from invoicekit.facturx import facturx_bytes
    from invoicekit.render import render_bytes

    assert (out / "doc001.pdf").read_bytes() == render_bytes(computed)
    assert (out / "doc001.cii.xml").read_bytes() == invoicekit.to_cii(computed)
    assert (out / "doc001.facturx.pdf").read_bytes() == facturx_bytes(computed)


def test_json_lines_are_streamed_and_named_by_line(tmp_path: Path) -> None:
    source = tmp_path / "month.jsonl"
    docs = [json.dumps(document(1)), "", "{not json", json.dumps(document(4))]
    source.write_text("\n".join(docs) + "\n")
    results = list(invoicekit.batch.run(source, out=tmp_path / "out", formats="ubl", workers=0))
    by_input = {r.input: r for r in results}
    assert sorted(by_input) == ["month.jsonl:1", "month.jsonl:3", "month.jsonl:4"]  # the blank line 2 is no document
    assert by_input["month.jsonl:3"].entry["errors"][0]["field"] == "month.jsonl:3:1"
    assert by_input["month.jsonl:4"].outputs == (tmp_path / "out" / "month-000004.ubl.xml",)
    assert by_input["month.jsonl:4"].entry["net"] == "40.00"  # 4 x 10.00


def test_a_hundred_thousand_line_file_is_read_in_bounded_memory(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    line = json.dumps(document(1)) + "\n"
    with source.open("w") as handle:
        for _ in range(100_000):
            handle.write(line)
    size = source.stat().st_size  # about 50 MB
    tracemalloc.start()
    try:
        assert batch_items.count(source) == 100_000
        seen = sum(1 for _ in batch_items.items_from(source))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == 100_000
    assert peak < size / 20, (peak, size)  # a few lines at a time, never the file


def test_run_pulls_documents_as_workers_take_them(tmp_path: Path) -> None:
    pulled = itertools.count()

    def endless() -> Iterator[dict[str, Any]]:
        for i in itertools.count(1):
            next(pulled)
            yield document(i)

    results = invoicekit.batch.run(endless(), out=tmp_path / "out", formats="ubl", workers=0)
    first = [next(results) for _ in range(3)]
    assert [r.input for r in first] == ["#1", "#2", "#3"]
    assert next(pulled) <= 4  # one document ahead at most, however long the input


def test_a_custom_rate_provider_reaches_the_worker_processes(tmp_path: Path) -> None:
    provider = FixedRates({"standard": vat("10")})
    docs = [document(i) for i in (1, 2, 3)]
    results = list(invoicekit.batch.run(docs, out=tmp_path / "out", formats="ubl", provider=provider, workers=2))
    # 10 % of 10.00, 20.00, 30.00 (not the shipped 19 %)
    assert sorted((r.entry["net"], r.entry["tax"]) for r in results) == [
        ("10.00", "1.00"), ("20.00", "2.00"), ("30.00", "3.00"),
    ]  # fmt: skip
    assert all(Decimal(r.entry["gross"]) == Decimal(r.entry["net"]) * Decimal("1.1") for r in results)


def test_a_rerun_does_only_what_is_left_and_retries_what_failed(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 3, bad={2: "x"})
    out = tmp_path / "out"
    assert len(list(invoicekit.batch.run(source, out=out, workers=0))) == 3
    assert [r.input for r in invoicekit.batch.run(source, out=out, workers=0)] == ["doc002.json"]  # failed: again
    (source / "doc002.json").write_text(json.dumps(document(2)))  # fixed: a new key
    again = list(invoicekit.batch.run(source, out=out, workers=0))
    assert [(r.input, r.ok) for r in again] == [("doc002.json", True)]
    assert list(invoicekit.batch.run(source, out=out, workers=0)) == []
    assert len(done_keys(out / "report.jsonl")) == 3


def test_a_half_written_report_line_is_cut_off(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 2)
    out = tmp_path / "out"
    list(invoicekit.batch.run(source, out=out, formats="ubl", workers=0))
    text = (out / "report.jsonl").read_text()
    first, second = text.splitlines(keepends=True)
    (out / "report.jsonl").write_text(first + second[:40])  # killed mid-line
    (out / ".doc002.ubl.xml.abc123.tmp").write_text("half")  # and mid-output
    redone = list(invoicekit.batch.run(source, out=out, formats="ubl", workers=0))
    assert [r.input for r in redone] == [json.loads(second)["input"]]
    assert len(report(out)) == 2 and sorted(outputs(out)) == ["doc001.ubl.xml", "doc002.ubl.xml"]


def test_other_settings_in_the_same_directory_are_refused(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 1)
    list(invoicekit.batch.run(source, out=tmp_path / "out", formats="ubl", workers=0))
    with pytest.raises(ArgumentError, match=r"other settings \(formats\)"):
        invoicekit.batch.run(source, out=tmp_path / "out", formats="pdf", workers=0)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"formats": "pdf,html5"}, "format: unknown format 'html5' (known: pdf, ubl, cii, facturx)"),
        ({"register": "sqlite:///x.db"}, "series: a batch with a register needs the series"),
        ({"register": "sqlite:///x.db", "series": "INV", "formats": "facturx"}, "with a register only pdf, ubl, cii"),
        ({"register": "sqlite:///x.db", "series": "INV", "formats": "ubl,cii"}, "one e-invoice, ubl or cii"),
        ({"engine": "spark"}, "engine: expected"),
        ({"workers": -1}, "workers: expected 0 or more"),
    ],
)
def test_bad_arguments_are_refused_before_any_work(tmp_path: Path, arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ArgumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        invoicekit.batch.run([document(1)], out=tmp_path / "out", **arguments)
    assert not (tmp_path / "out" / "report.jsonl").exists()


def test_two_inputs_with_one_output_name_do_not_overwrite(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 1)
    (source / "doc001.toml").write_text('number = "X"\n')
    results = {r.input: r for r in invoicekit.batch.run(source, out=tmp_path / "out", formats="ubl", workers=0)}
    assert results["doc001.json"].ok
    assert results["doc001.toml"].entry["errors"][0]["problem"].startswith("its outputs would have the name of doc001.json")


def test_document_paths_are_read_and_a_missing_one_is_named(tmp_path: Path) -> None:
    source = write_folder(tmp_path / "in", 1)
    missing = tmp_path / "in" / "gone.json"
    results = {r.input: r for r in invoicekit.batch.run([source / "doc001.json", missing], out=tmp_path / "out", formats="ubl", workers=0)}
    assert results[(source / "doc001.json").as_posix()].entry["net"] == "10.00"
    assert results[missing.as_posix()].entry["errors"] == [
        {"field": missing.as_posix(), "problem": "cannot read: No such file or directory"}
    ]
