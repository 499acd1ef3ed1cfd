"""Benchmark: start-up of ``invoicekit compute FILE`` against a bare ``python -c pass``.

Run: python benchmarks/bench_startup.py [--runs 7]
Both are timed in the same run (best of ``--runs`` each, wall clock), so the ratio is the
figure to compare on the shared machine (target: within 8x). Then ``python -X importtime``
of the same command, summed per top-level package (self time, microseconds), to show what
the remaining start-up is spent on.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-m", "invoicekit", "compute", str(ROOT / "examples" / "de-invoice.toml")]


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def imports_by_package(command: list[str]) -> Counter[str]:
    """Self import time per top-level package (``invoicekit.render`` counts as ``invoicekit``
    with its own subpackage shown: the first two name parts for invoicekit, one otherwise)."""
    done = subprocess.run([command[0], "-X", "importtime", *command[1:]], check=True, capture_output=True, text=True)
    totals: Counter[str] = Counter()
    for row in done.stderr.splitlines():
        parts = row.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2].strip().split(".")
        totals[".".join(name[:2]) if name[0] == "invoicekit" else name[0]] += int(parts[0])
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare = min(_wall([sys.executable, "-c", "pass"]) for _ in range(args.runs))
    cli = min(_wall(COMMAND) for _ in range(args.runs))
    print(f"python -c pass: {bare:.3f} s; invoicekit compute on an example: {cli:.3f} s")
    print(f"ratio: {cli / bare:.1f}x a bare python start (target: 8x)")
    totals = imports_by_package(COMMAND)
    print(f"imports, self time under -X importtime: {sum(totals.values()) / 1000:.0f} ms in all; the largest:")
    for name, micros in totals.most_common(15):
        print(f"  {name:32} {micros / 1000:6.1f} ms")


if __name__ == "__main__":
    main()
