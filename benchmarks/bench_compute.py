"""Benchmark: invoicekit.compute against a bare-Decimal loop doing the same arithmetic.

Run: python benchmarks/bench_compute.py [--invoices N] [--instructions]
Figures are reported as ratios to baselines measured in the same run (the machine is
shared and noisy); absolute rates are printed for reference only. ``--instructions`` also
counts the instructions of the compute loop and of the bare loop under valgrind's callgrind
(each less the set-up alone), a ratio that does not move with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import invoicekit

ROOT = Path(__file__).resolve().parent.parent


def document(i: int, lines: int) -> dict:  # type: ignore[type-arg]
    return {
        "number": f"B-{i}",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "seller": {"name": "S", "address": {"country": "DE"}},
        "buyer": {"name": "B", "address": {"country": "DE"}},
        "lines": [
            {
                "description": f"item {j}",
                "quantity": str(1 + (i + j) % 7),
                "unit_price": f"{(i * 31 + j * 17) % 5000 / 100:.2f}",
                "category": "food" if j % 3 == 0 else "standard",
            }
            for j in range(lines)
        ],
    }


def bare_decimal(invoices: list[invoicekit.Invoice]) -> None:
    """The same arithmetic with nothing around it: line products, group sums, rounded tax."""
    cent = Decimal("0.01")
    rates = {"standard": Decimal("0.19"), "food": Decimal("0.07")}
    for invoice in invoices:
        groups: dict[str, Decimal] = defaultdict(Decimal)
        for line in invoice.lines:
            groups[line.category] += (line.quantity * line.unit_price).quantize(cent, ROUND_HALF_UP)
        net = sum(groups.values(), Decimal(0))
        tax = sum(((base * rates[c]).quantize(cent, ROUND_HALF_UP) for c, base in groups.items()), Decimal(0))
        _ = net + tax


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def compute_all(invoices: list[invoicekit.Invoice], table: invoicekit.TaxTable) -> None:
    for invoice in invoices:
        invoicekit.compute(invoice, table)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--instructions", action="store_true", help="also count instructions under callgrind")
    parser.add_argument("--loop", choices=("setup", "compute", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loop:
        return one_loop(args.loop, args.invoices)
    table = invoicekit.default_table()
    invoices = [invoicekit.load(document(i, 10)) for i in range(args.invoices)]
    invoicekit.compute(invoices[0], table)  # load the data once

    engine = timed(compute_all, invoices, table)
    baseline = timed(bare_decimal, invoices)
    print(f"compute: {args.invoices} ten-line invoices in {engine:.3f} s = {args.invoices / engine:,.0f} invoices/s")
    print(f"bare Decimal loop, same arithmetic: {baseline:.3f} s = {args.invoices / baseline:,.0f} invoices/s")
    print(f"ratio compute / bare Decimal: {engine / baseline:.1f}x")
    # the same table behind a provider that is not a TaxTable: the rules' decisions are then
    # made afresh for every invoice (invoicekit/rules/treatment.py remembers them per table)
    unremembered = timed(compute_all, invoices, invoicekit.LayeredRateProvider(table))
    print(f"compute without the remembered decisions: {unremembered / baseline:.1f}x bare Decimal"
          f" ({unremembered / engine:.2f}x the time with them)")

    small = [invoicekit.load(document(i, 10)) for i in range(200)]
    large = [invoicekit.load(document(i, 1000)) for i in range(2)]
    per_small = timed(compute_all, small, table) / len(small)
    per_large = timed(compute_all, large, table) / len(large)
    print(f"1,000-line invoice costs {per_large / per_small:.0f}x a 10-line one (linear: 100x)")
    scaling(table)
    if args.instructions:
        instructions(args.invoices)

    example = ROOT / "examples" / "de-invoice.toml"
    cli = min(_wall([sys.executable, "-m", "invoicekit", "compute", str(example)]) for _ in range(3))
    bare = min(_wall([sys.executable, "-c", "pass"]) for _ in range(3))
    print(f"invoicekit compute on an example: {cli:.3f} s wall ({cli / bare:.1f}x a bare python start of {bare:.3f} s)")


def scaling(table: invoicekit.TaxTable) -> None:
    """Load and compute of a 10,000-line document against a 10-line one, processor time
    (best of 3; the 10-line figures per document, from 100 in a row)."""
    raws = [document(i, 10) for i in range(100)]
    big = document(0, 10_000)
    small = [invoicekit.load(raw) for raw in raws]
    large = invoicekit.load(big)
    load_small = _cpu(lambda: [invoicekit.load(raw) for raw in raws]) / len(raws)
    load_large = _cpu(lambda: invoicekit.load(big))
    compute_small = _cpu(lambda: compute_all(small, table)) / len(small)
    compute_large = _cpu(lambda: invoicekit.compute(large, table))
    print(f"load, 10,000 lines: {load_large * 1000:.0f} ms, {load_large / load_small:.0f}x a 10-line document (linear: 1,000x)")
    print(f"compute, 10,000 lines: {compute_large * 1000:.0f} ms, {compute_large / compute_small:.0f}x a 10-line document")


def _cpu(fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def one_loop(loop: str, count: int) -> None:
    """The set-up, then one loop (for callgrind): ``setup`` alone, ``compute`` or ``bare``."""
    table = invoicekit.default_table()
    invoices = [invoicekit.load(document(i, 10)) for i in range(count)]
    invoicekit.compute(invoices[0], table)
    bare_decimal(invoices[:10])
    if loop == "compute":
        compute_all(invoices, table)
    elif loop == "bare":
        bare_decimal(invoices)


def instructions(count: int) -> None:
    """Instructions per invoice of compute and of the bare loop, each less the set-up."""
    counted = {}
    for loop in ("setup", "compute", "bare"):
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={os.path.join(tmp, 'out')}",
                 sys.executable, __file__, "--loop", loop, "--invoices", str(count)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        found = re.search(r"Collected : ([\d,]+)", out.stderr)
        assert found, out.stderr[-500:]
        counted[loop] = int(found.group(1).replace(",", ""))
    engine = (counted["compute"] - counted["setup"]) / count
    bare = (counted["bare"] - counted["setup"]) / count
    print(f"instructions per ten-line invoice (callgrind): compute {engine:,.0f}, bare Decimal {bare:,.0f}:"
          f" ratio {engine / bare:.1f}x")


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
