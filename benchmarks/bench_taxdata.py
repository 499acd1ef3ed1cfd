"""Benchmark: loading all tax data and looking up a rate, against baselines in the same run.

Run: python benchmarks/bench_taxdata.py
Targets (tax data issue): loading all data under 200 ms; a lookup under 5 microseconds.
"""

from __future__ import annotations

import datetime as dt
import timeit
import tomllib

from invoicekit.taxtable import TaxTable, shipped_data_dir
from invoicekit.taxtable.table import data_files


def load_all() -> TaxTable:
    table = TaxTable.shipped()
    for code in table.codes():
        table.jurisdiction(code)
    return table


def parse_only() -> None:
    """Baseline: tomllib parsing the same files, nothing else."""
    for path in data_files(shipped_data_dir()):
        tomllib.loads(path.read_text(encoding="utf-8"))


def main() -> None:
    files = len(data_files(shipped_data_dir()))
    load = min(timeit.repeat(load_all, number=1, repeat=5))
    parse = min(timeit.repeat(parse_only, number=1, repeat=5))
    print(f"load all {files} jurisdiction files: {load * 1000:.0f} ms ({load / parse:.1f}x tomllib parsing alone, {parse * 1000:.0f} ms)")

    table = load_all()
    day = dt.date(2025, 3, 1)
    table.resolve("CA-QC", day, "food")
    n = 200_000
    cached = min(timeit.repeat(lambda: table.resolve("CA-QC", day, "food"), number=n, repeat=5)) / n
    uncached = min(timeit.repeat(lambda: table._resolve("CA-QC", day, "food"), number=20_000, repeat=5)) / 20_000
    plain = {("CA-QC", day, "food"): 1}
    baseline = min(timeit.repeat(lambda: plain.get(("CA-QC", day, "food")), number=n, repeat=5)) / n
    print(f"rate lookup (cached): {cached * 1e6:.2f} us ({cached / baseline:.1f}x a plain dict lookup of the same key)")
    print(f"rate lookup (first time for a key, data loaded): {uncached * 1e6:.2f} us")


if __name__ == "__main__":
    main()
