"""Benchmark: issuing with a PDF into a SQLite register, against rendering alone, in the same run.

Issuing = load + compute + render + hash + store in one transaction (BEGIN IMMEDIATE, WAL,
synchronous=FULL: one fsync per invoice). Rendering alone = compute + render of the same
documents. The ratio says what the register costs on top of the PDF.

Run: python benchmarks/bench_register.py [--invoices 100]
The machine is shared and noisy: the ratio is the figure to compare; absolute rates are for
reference only.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_render import document

import invoicekit
from invoicekit.register import Register
from invoicekit.render import render_bytes
from invoicekit.render.text import _LINES


def render_alone(docs: list[dict]) -> float:  # type: ignore[type-arg]
    _LINES.clear()
    start = time.perf_counter()
    for doc in docs:
        render_bytes(invoicekit.compute(invoicekit.load(doc)))
    return time.perf_counter() - start


def issue_all(docs: list[dict], folder: Path, run: int) -> float:  # type: ignore[type-arg]
    _LINES.clear()
    with Register(f"sqlite:///{folder / f'bench-{run}.db'}") as reg:
        reg.migrate()
        reg.create_series("B", format="B-{year}-{seq:05}")
        start = time.perf_counter()
        for doc in docs:
            reg.issue(doc, series="B")
        elapsed = time.perf_counter() - start
        assert reg.verify().ok
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=100)
    args = parser.parse_args()
    docs = [document(i, i % 2 == 1) for i in range(args.invoices)]
    render_alone(docs[:2])  # fonts loaded, catalogs read
    with tempfile.TemporaryDirectory() as tmp:
        render = min(render_alone(docs) for _ in range(3))
        issue = min(issue_all(docs, Path(tmp), run) for run in range(3))
    n = args.invoices
    print(f"render alone: {n} invoices in {render:.3f} s = {n / render:,.0f} invoices/s")
    print(f"issue with PDF into SQLite: {n} invoices in {issue:.3f} s = {n / issue:,.0f} invoices/s")
    print(f"ratio: issuing takes {issue / render:.2f}x the time of rendering alone")


if __name__ == "__main__":
    main()
