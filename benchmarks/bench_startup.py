"""Benchmark: start-up of ``invoicekit compute FILE`` against a bare ``python -c pass``.

Run: python benchmarks/bench_startup.py [--runs 7]
Both are timed in the same run (best of ``--runs`` each, wall clock), so the ratio is the
figure to compare on the shared machine (target: within 8x). Then ``python -X importtime``
of the same command, summed per top-level package (self time, microseconds), to show what
the remaining start-up is spent on. With ``--callgrind`` also the instructions each executes
under ``valgrind --tool=callgrind`` (repeatable where the wall clock is not, on a busy machine).

Bytecode is written and warmed first (``PYTHONDONTWRITEBYTECODE`` is dropped for the runs):
an installed package has its ``.pyc`` files, and compiling the sources on every run would
be timed otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-m", "invoicekit", "compute", str(ROOT / "examples" / "de-invoice.toml")]
BARE = [sys.executable, "-c", "pass"]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def instructions(command: list[str]) -> int:
    """Instructions executed by ``command`` under callgrind (``Collected`` in its summary)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        check=True, capture_output=True, text=True, env=ENV,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind: {done.stderr[-500:]}")
    return int(found.group(1))


def imports_by_package(command: list[str]) -> Counter[str]:
    """Self import time per top-level package (``invoicekit.render`` counts as ``invoicekit``
    with its own subpackage shown: the first two name parts for invoicekit, one otherwise)."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], check=True, capture_output=True, text=True, env=ENV
    )
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
    parser.add_argument("--callgrind", action="store_true", help="also count instructions (valgrind)")
    args = parser.parse_args()
    _wall(COMMAND)  # writes the bytecode
    bare = min(_wall(BARE) for _ in range(args.runs))
    cli = min(_wall(COMMAND) for _ in range(args.runs))
    print(f"python -c pass: {bare:.3f} s; invoicekit compute on an example: {cli:.3f} s")
    print(f"ratio: {cli / bare:.1f}x a bare python start (target: 8x)")
    if args.callgrind and shutil.which("valgrind"):
        base, run = instructions(BARE), instructions(COMMAND)
        print(f"instructions (callgrind): {base / 1e6:.0f}M against {run / 1e6:.0f}M: {run / base:.1f}x")
    totals = imports_by_package(COMMAND)
    print(f"imports, self time under -X importtime: {sum(totals.values()) / 1000:.0f} ms in all; the largest:")
    for name, micros in totals.most_common(15):
        print(f"  {name:32} {micros / 1000:6.1f} ms")


if __name__ == "__main__":
    main()
