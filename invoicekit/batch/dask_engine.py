"""The Dask engine: the same pure per-document function on a ``dask.distributed`` cluster
(the ``dask`` extra). No scheduler of our own: Dask places the work, retries it on a lost
worker (``distributed.scheduler.allowed-failures``), and we read outcomes as they complete.

The job (tax table, brand, register URL) is scattered to every worker once; each task
carries only its document. ``scheduler=None`` starts a ``LocalCluster`` of ``workers``
processes on this machine, for trying it out and for the tests.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from itertools import islice
from typing import Any

from attrs import evolve

from ..errors import ArgumentError, Problem
from .items import Item
from .job import Job
from .worker import Outcome, process, start

IN_FLIGHT_PER_WORKER = 4


def _client(scheduler: str | None, workers: int) -> Any:
    try:
        distributed = _distributed()
    except ImportError:
        raise ArgumentError("engine: dask needs the dask extra: pip install 'invoicekit[dask]'") from None
    if scheduler is not None:
        return distributed.Client(scheduler)
    cluster = distributed.LocalCluster(
        n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
    )
    return distributed.Client(cluster)


def _distributed() -> Any:
    """``dask.distributed`` (untyped), imported on first use: the dask extra."""
    return importlib.import_module("distributed")


def _started(job: Job) -> bool:
    start(job)
    return True


def outcomes(items: Iterator[Item], job: Job, workers: int, scheduler: str | None) -> Iterator[list[Outcome]]:
    """Each item's outcome (a list of one), as each completes on the cluster."""
    job = _self_contained(job)
    client = _client(scheduler, workers)
    try:
        client.run(_started, job)  # every worker present now loads the job's data once
        shared = client.scatter(job, broadcast=True)
        window = max(1, len(client.scheduler_info()["workers"])) * IN_FLIGHT_PER_WORKER
        held: dict[str, Item] = {}
        running = _distributed().as_completed()
        for item in islice(items, window):
            running.add(_submit(client, item, shared, held))
        for future in running:
            item = held.pop(future.key)
            yield [_result(future, item)]
            for more in islice(items, 1):
                running.add(_submit(client, more, shared, held))
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and scheduler is None:
            cluster.close()


def _self_contained(job: Job) -> Job:
    """``job`` with its tax table parsed whole on the client (the shipped one when none is
    given; about 40 ms), so that workers on other machines read no tax data files."""
    from ..taxtable import TaxTable, default_table

    table = job.provider if job.provider is not None else default_table()
    if not isinstance(table, TaxTable):
        return job  # a custom provider travels as it pickles
    for code in table.codes():
        table.jurisdiction(code)
    return evolve(job, provider=table)


def _submit(client: Any, item: Item, shared: Any, held: dict[str, Item]) -> Any:
    future = client.submit(process, item, shared, key=f"invoicekit-batch-{item.key}", pure=False)
    held[future.key] = item
    return future


def _result(future: Any, item: Item) -> Outcome:
    try:
        outcome: Outcome = future.result()
        return outcome
    except Exception as exc:  # KilledWorker and the like: the document failed, the run goes on
        problem = Problem("", f"the cluster could not do it: {type(exc).__name__}: {exc}")
        return Outcome(item, {}, problems=(problem,))
