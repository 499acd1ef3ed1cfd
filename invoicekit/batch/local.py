"""The local engine: a pool of spawned worker processes on this machine, or the caller's
own process with ``workers=0``.

Each worker receives the :class:`~invoicekit.batch.job.Job` once (the pool's initializer)
and loads tax data and fonts once. At most a few documents per worker are in flight, so a
JSON Lines file of any length streams through in bounded memory. A worker that dies (killed,
out of memory, a crash in a native library) breaks the pool: the documents it held are
given to a new pool, and a document that was in flight at two deaths is reported as failed
instead of killing a third.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from ..errors import Problem
from .items import Item
from .job import Job
from .worker import Outcome, process, process_started, start

IN_FLIGHT_PER_WORKER = 4
MAX_ATTEMPTS = 2
DIED = "the worker process died while doing this document (killed, out of memory, or a native crash)"


def outcomes(items: Iterator[Item], job: Job, workers: int) -> Iterator[Outcome]:
    """Each item's outcome, as each is done (not in input order when ``workers`` > 1)."""
    if workers == 0:
        start(job)
        for item in items:
            yield process(item, job)
        return
    yield from _pooled(items, job, workers)


def _pool(job: Job, workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")  # no fork: safe with threads and open databases
    return ProcessPoolExecutor(workers, mp_context=context, initializer=start, initargs=(job,))


def _pooled(items: Iterator[Item], job: Job, workers: int) -> Iterator[Outcome]:
    pool = _pool(job, workers)
    pending: dict[Future[Outcome], tuple[Item, int]] = {}
    retry: list[tuple[Item, int]] = []
    try:
        while True:
            fresh = islice(items, max(0, workers * IN_FLIGHT_PER_WORKER - len(pending) - len(retry)))
            for item, attempt in [*retry, *((i, 1) for i in fresh)]:
                pending[pool.submit(process_started, item)] = (item, attempt)
            retry = []
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                item, attempt = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    retry.append((item, attempt))
            if broken:  # every future still pending died with the pool
                retry += [pending.pop(f) for f in list(pending)]
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _pool(job, workers)
                retry, failed = _sorted_out(retry)
                yield from failed
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _sorted_out(held: list[tuple[Item, int]]) -> tuple[list[tuple[Item, int]], list[Outcome]]:
    """The documents a dead pool held: to retry (one more attempt each) or, at the last
    attempt, failed."""
    again = [(item, attempt + 1) for item, attempt in held if attempt < MAX_ATTEMPTS]
    failed = [Outcome(item, {}, problems=(Problem("", DIED),)) for item, n in held if n >= MAX_ATTEMPTS]
    return again, failed
