"""Benchmark: invoicekit.batch.run on 1 and 2 worker processes against a one-process loop
doing the same work (load, compute, PDF and UBL, written to files), and the start-up of
`invoicekit batch` on one document against `invoicekit render` of it.

Run: python benchmarks/bench_batch.py [--documents N]
Figures are ratios to baselines measured in the same run (the machine is shared and noisy);
absolute rates are printed for reference. "memory per worker" is each worker's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import invoicekit
from invoicekit.einvoice import to_ubl
from invoicekit.render import render_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from batch.support import write_folder  # noqa: E402


def loop(source: Path, out: Path) -> None:
    """The one-process baseline: what a shop's own loop over the files would do."""
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.json")):
        computed = invoicekit.compute(invoicekit.load(path))
        (out / f"{path.stem}.pdf").write_bytes(render_bytes(computed))
        (out / f"{path.stem}.ubl.xml").write_bytes(to_ubl(computed))


CPU: dict[int, list[tuple[float, float]]] = {0: [], 1: [], 2: []}  # (parent, workers) CPU seconds


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def batch(source: Path, out: Path, workers: int) -> tuple[float, float]:
    """(total seconds, seconds from the first document done to the last: the rate once the
    workers are up, without their start-up). Records the CPU the parent and the workers
    spent in ``CPU`` (the workers' once the pool has joined them)."""
    parent, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    first = None
    for result in invoicekit.batch.run(source, out=out, formats="pdf,ubl", workers=workers):
        assert result.ok, result.entry
        first = first or time.perf_counter()
    end = time.perf_counter()
    CPU[workers].append((_cpu(resource.RUSAGE_SELF) - parent, _cpu(resource.RUSAGE_CHILDREN) - children))
    return end - start, end - (first or start)


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    n = args.documents
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = write_folder(work / "in", n)
        loop(write_folder(work / "warm", 2), work / "warm-out")  # imports and fonts loaded once
        # interleaved rounds, best of each: a burst of load on the shared machine then
        # slows one round of every variant rather than all runs of one
        loops, totals, steadies = [], {0: [], 1: [], 2: []}, {0: [], 1: [], 2: []}
        for k in range(args.rounds):
            loops.append(timed(loop, source, work / f"loop{k}"))
            for workers in (0, 1, 2):
                took, after_first = batch(source, work / f"batch{workers}-{k}", workers)
                totals[workers].append(took)
                steadies[workers].append(after_first)
        base = min(loops)
        print(f"one-process loop: {n} documents (PDF + UBL) in {base:.2f} s = {n / base:.1f}/s")
        rates, steady = {}, {}
        for workers in (0, 1, 2):
            took, after_first = min(totals[workers]), min(steadies[workers])
            rates[workers], steady[workers] = n / took, (n - 1) / after_first
            print(
                f"batch, {workers} workers: {took:.2f} s = {n / took:.1f}/s = {base / took:.2f}x the loop's rate;"
                f" after the first document {steady[workers]:.1f}/s = {steady[workers] * base / n:.2f}x"
            )
        print(
            f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x (after start-up {steady[2] / steady[1]:.2f}x)"
        )
        spent = {}
        for workers in (1, 2):  # where the time goes: the parent's share, the workers' total
            parent, children = spent[workers] = min(CPU[workers], key=sum)
            print(
                f"CPU, {workers} workers: parent {parent:.2f} s, workers {children:.2f} s (0 workers: {min(map(sum, CPU[0])):.2f} s);"
                f" a document: parent {parent / n * 1000:.2f} ms, workers {children / n * 1000:.2f} ms"
            )
        # On two free cores one worker's run takes at least its workers' CPU time (the parent
        # runs beside it), two workers' at least half of everything (parent and workers share
        # the two cores): the ratio two free cores would give at best, from processor times.
        (_, one), (parent_two, two) = spent[1], spent[2]
        print(
            f"two-core ceiling of 2 workers / 1 worker: {2 * one / (two + parent_two):.2f}x (2 x workers(1) / (workers(2) + parent(2)))"
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"memory per worker (peak RSS of the largest): {peak:.0f} MB")

        one = work / "one"
        write_folder(one, 1)
        doc = one / "doc001.json"
        cli = [sys.executable, "-m", "invoicekit"]
        render = min(_wall([*cli, "render", str(doc), "-o", str(work / "one.pdf")]) for _ in range(3))
        starts = []
        for k in range(3):
            starts.append(
                _wall([*cli, "batch", str(one), "--out", str(work / f"one-batch{k}"), "--workers", "1"])
            )
        inline = min(
            _wall([*cli, "batch", str(one), "--out", str(work / f"one-inline{k}"), "--workers", "0"])
            for k in range(3)
        )
        print(f"invoicekit render, one document: {render:.2f} s wall")
        print(
            f"invoicekit batch, one document, 1 worker: {min(starts):.2f} s = {min(starts) / render:.2f}x render"
        )
        print(f"invoicekit batch, one document, 0 workers: {inline:.2f} s = {inline / render:.2f}x render")
        print(json.dumps({"loop": n / base, **{f"workers{k}": v for k, v in rates.items()}}))


if __name__ == "__main__":
    main()
