"""The progress bar of ``invoicekit batch`` (tqdm: rate and ETA on standard error, only
when it is a terminal) and the summary line printed at the end either way."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Generator, Iterator
from typing import Any

from .runner import Result


def shown(results: Iterator[Result], total: int | None) -> Generator[Result, None, None]:
    """``results`` passed through, with a progress bar when standard error is a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    try:
        tqdm: Any = importlib.import_module("tqdm").tqdm  # the batch extra; untyped
    except ImportError:  # the batch extra is not installed: the summary line still comes
        yield from results
        return
    bar: Any = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    failed = 0
    with bar:
        for result in results:
            failed += not result.ok
            bar.set_postfix(failed=failed, refresh=False)
            bar.update(1)
            yield result


class Tally:
    """Counts what a run did, for the summary line."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0
        self.started = time.monotonic()

    def add(self, result: Result) -> None:
        if result.ok:
            self.ok += 1
        else:
            self.failed += 1

    def summary(self, total: int | None, report: str) -> str:
        took = time.monotonic() - self.started
        did = self.ok + self.failed
        skipped = f", {total - did} done before" if total is not None and total > did else ""
        rate = f" ({did / took:.1f}/s)" if took > 0 and did else ""
        return f"batch: {self.ok} done, {self.failed} failed{skipped} in {took:.1f} s{rate}; report: {report}"
