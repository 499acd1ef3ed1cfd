"""Benchmark: invoicekit.compute against a bare-Decimal loop doing the same arithmetic.

Run: python benchmarks/bench_compute.py [--invoices N]
Figures are reported as ratios to baselines measured in the same run (the machine is
shared and noisy); absolute rates are printed for reference only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
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
    args = parser.parse_args()
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

    example = ROOT / "examples" / "de-invoice.toml"
    cli = min(_wall([sys.executable, "-m", "invoicekit", "compute", str(example)]) for _ in range(3))
    bare = min(_wall([sys.executable, "-c", "pass"]) for _ in range(3))
    print(f"invoicekit compute on an example: {cli:.3f} s wall ({cli / bare:.1f}x a bare python start of {bare:.3f} s)")


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
