"""The local engine: a pool of spawned worker processes on this machine, or the caller's
own process with ``workers=0``.

Each worker receives the :class:`~invoicekit.batch.job.Job` once (the pool's initializer)
and loads tax data and fonts once. The documents go to the workers in chunks of a few (one
task, one pickle and one wake-up of the parent's threads per chunk, not per document: on two
cores the parent shares them with the workers), at most two chunks per worker in flight, so a
JSON Lines file of any length streams through in bounded memory. The first chunks hold one
document each, so that a short run still spreads over the workers. A worker that dies
(killed, out of memory, a crash in a native library) breaks the pool: a new pool does the
documents the dead one held one at a time, so that a second death names the document that
caused it, which is reported as failed while the others are done.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from ..errors import Problem
from .items import Item
from .job import Job
from .worker import Outcome, close_registers, process_chunk, process_started, start, start_pool_worker
from .writing import remove_stale_temporaries

CHUNKS_PER_WORKER = 2  # in flight: one being done, one waiting, so no worker waits for the parent
LARGEST_CHUNK = 8  # about 50 ms of a worker's time: the report and progress bar lag by no more
DIED = "the worker process died while doing this document (killed, out of memory, or a native crash)"


def outcomes(items: Iterator[Item], job: Job, workers: int, folder: Path) -> Iterator[list[Outcome]]:
    """The items' outcomes, their files written into ``folder``, a few at a time as they are
    done (not in input order when ``workers`` > 1)."""
    if workers == 0:
        start(job, folder)
        try:
            for item in items:
                yield [process_started(item)]
        finally:
            close_registers()  # in the caller's process: not left open after the run
        return
    yield from _pooled(items, (job, folder), workers)


Setup = tuple[Job, Path]


def _pool(job: Setup, workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")  # no fork: safe with threads and open databases
    return ProcessPoolExecutor(workers, mp_context=context, initializer=start_pool_worker, initargs=job)


def chunk_size(sent: int, workers: int) -> int:
    """How many documents the next task takes, ``sent`` documents into the run: one each
    while every worker gets its first few, then more, up to :data:`LARGEST_CHUNK`."""
    return max(1, min(LARGEST_CHUNK, sent // (4 * workers)))


def _pooled(items: Iterator[Item], job: Setup, workers: int) -> Iterator[list[Outcome]]:
    pool = _pool(job, workers)
    pending: dict[Future[list[Outcome]], list[Item]] = {}
    suspects: deque[Item] = deque()
    sent = 0
    try:
        while True:
            if suspects:  # alone in the pool, so that a death names its document
                outcome, pool = _alone(pool, suspects.popleft(), job, workers)
                yield [outcome]
                continue
            while len(pending) < workers * CHUNKS_PER_WORKER:
                chunk = list(islice(items, chunk_size(sent, workers)))
                if not chunk:
                    break
                pending[pool.submit(process_chunk, chunk)] = chunk
                sent += len(chunk)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in [f for f in pending if f in done]:  # in the order sent, not the set's
                chunk = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.extend(chunk)
            if broken:  # every document the dead pool held is a suspect
                suspects.extend(item for chunk in pending.values() for item in chunk)
                pending.clear()
                pool = _renewed(pool, job, workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


Pool = ProcessPoolExecutor


def _alone(pool: Pool, item: Item, job: Setup, workers: int) -> tuple[Outcome, Pool]:
    """Do one suspect with nothing else in flight: if the pool dies now, it was this one."""
    try:
        return pool.submit(process_started, item).result(), pool
    except BrokenProcessPool:
        return Outcome(item, {}, problems=(Problem("", DIED),)), _renewed(pool, job, workers)


def _renewed(pool: ProcessPoolExecutor, job: Setup, workers: int) -> ProcessPoolExecutor:
    """A new pool for a dead one, once every old worker is gone and what they were writing
    (a worker killed with the pool may have been half-way through an output) is removed."""
    pool.shutdown(wait=True, cancel_futures=True)
    remove_stale_temporaries(job[1])
    return _pool(job, workers)
