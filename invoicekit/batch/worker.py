"""The work on one document, run in a worker process (or in the caller's, with no workers):
parse, compute, write each format's bytes, or issue into the register. Pure but for the
register's transaction: the same item and job give the same :class:`Outcome`.

A worker keeps, for its lifetime, the job it was given and what loads slowly (tax data,
fonts, the register connection); :func:`start` loads them once.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import threading
from pathlib import Path
from typing import Any

from attrs import frozen

from ..compute import compute
from ..errors import InvoiceKitError, Problem, ProblemsError
from ..loader import load, parse_text
from ..result import Computed
from .formats import FORMATS
from .items import Item
from .job import Job


@frozen
class Outcome:
    """What a worker gives back for one item: the outputs' bytes by format, the number (with
    a register) and the totals, or the problems."""

    item: Item
    files: dict[str, bytes]
    number: str | None = None
    totals: dict[str, str] | None = None
    problems: tuple[Problem, ...] = ()
    written: tuple[str, ...] = ()  # the paths of the files, once written (then ``files`` is empty)

    @property
    def ok(self) -> bool:
        return not self.problems


_REGISTERS: dict[str, Any] = {}
_JOB: list[tuple[Job, Path | None]] = []


def start(job: Job, folder: Path | None = None) -> None:
    """A worker's start: keep ``job`` (and ``folder``, where it writes its outputs; none:
    the caller writes them), load the tax data, the renderer and its fonts once."""
    _JOB[:] = [(job, folder)]
    from .. import taxtable

    if job.provider is None:
        taxtable.default_table()
    if "pdf" in job.formats or "facturx" in job.formats:
        from ..render import fonts

        fonts.manifest()
    if job.xml is not None or "facturx" in job.formats:
        from .. import einvoice  # noqa: F401  (the XML writers, imported once)


def start_pool_worker(job: Job, folder: Path) -> None:
    """:func:`start` in a process of the local pool (its initializer): the worker watches its
    parent (:func:`_exit_with_the_parent`), and loads the modules and data with the cyclic
    collector off, then frozen out of its passes (``gc.freeze``): they live as long as the
    worker, and every full pass would scan them again (-6% of a worker's start, -0.6% of
    each document's instructions). Not for the caller's own process (``workers=0``) nor a
    Dask worker: their objects are not ours to freeze."""
    _exit_with_the_parent()
    gc.disable()
    try:
        start(job, folder)
    finally:
        gc.freeze()
        gc.enable()


#: A pool worker's exit status when its parent died under it.
PARENT_GONE = 75


def _exit_with_the_parent() -> None:
    """End this pool worker the moment its parent dies (killed): a watching thread waits on
    the parent's sentinel. Otherwise the worker finishes a task no report will list, racing
    the run started again, and then waits for ever for the next one (the task queue stays
    open while another worker holds it). What it leaves half done the next run redoes: a
    register transaction not committed is rolled back, a temporary file is removed."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(PARENT_GONE)

    threading.Thread(target=watch, name="invoicekit-batch-parent", daemon=True).start()


def process_started(item: Item) -> Outcome:
    """:func:`process` with the job given to :func:`start`, its outputs written into the
    folder given there (the process pool's entry point)."""
    from .writing import write

    job, folder = _JOB[0]
    outcome = process(item, job)
    return write(outcome, folder, job.formats) if folder is not None and outcome.files else outcome


def process_chunk(items: list[Item]) -> list[Outcome]:
    """:func:`process_started` on each of a few items (one task of the process pool)."""
    return [process_started(item) for item in items]


def process(item: Item, job: Job) -> Outcome:
    """Do one document: never raises for a bad document, it is the outcome's problems."""
    if item.problem is not None:
        return Outcome(item, {}, problems=(item.problem,))
    try:
        if job.register is not None:
            return _issue(item, job)
        computed = compute(load(_raw(item)), job.provider)
        files = {name: FORMATS[name].make(computed, job) for name in job.formats}
        return Outcome(item, files, computed.invoice.number, _totals(computed))
    except ProblemsError as exc:
        return Outcome(item, {}, problems=exc.problems)
    except InvoiceKitError as exc:
        return Outcome(item, {}, problems=(Problem("", str(exc)),))
    except Exception as exc:  # an internal fault on one document must not stop the others
        return Outcome(item, {}, problems=(Problem("", f"internal error: {type(exc).__name__}: {exc}"),))


def _raw(item: Item) -> Any:
    if item.data is not None:
        return item.data
    assert item.text is not None
    return parse_text(item.text, Path(item.name), item.suffix)


def _totals(computed: Computed) -> dict[str, str]:
    return {
        "currency": computed.currency,
        "net": str(computed.net),
        "tax": str(computed.tax),
        "gross": str(computed.gross),
        "payable": str(computed.payable),
    }


def _register(job: Job) -> Any:
    assert job.register is not None
    if job.register not in _REGISTERS:
        from ..register import Register

        _REGISTERS[job.register] = Register(job.register, provider=job.provider)
    return _REGISTERS[job.register]


def close_registers() -> None:
    """Close the register connections this process opened (a worker's close at its exit)."""
    while _REGISTERS:
        _, reg = _REGISTERS.popitem()
        reg.close()


def _issue(item: Item, job: Job) -> Outcome:
    """Issue into the register with the item's key; a document issued before (a run killed
    after the commit) is fetched back from the register instead, with its number."""
    from ..register import AlreadyIssued

    reg = _register(job)
    raw = _raw(item)
    if not isinstance(raw, dict):
        load(raw)  # raises the located problem ("not a document")
    try:
        issued = reg.issue(
            raw, series=job.series, render="pdf" in job.formats, locale=job.locale, brand=job.brand,
            xml=job.xml, xml_profile=job.xml_profile, key=item.key,
        )  # fmt: skip
        files = {"pdf": issued.pdf} if issued.pdf is not None else {}
        if job.xml is not None and issued.xml is not None:
            files[job.xml] = issued.xml
        return Outcome(item, files, issued.number, _totals(issued.computed))
    except AlreadyIssued as exc:
        return _fetched(item, job, reg, exc.number)


def _fetched(item: Item, job: Job, reg: Any, number: str) -> Outcome:
    entry = reg.get(number).entry
    files = {"pdf": reg.pdf(number)} if "pdf" in job.formats else {}
    if job.xml is not None:
        files[job.xml] = reg.xml(number)
    totals = {
        "currency": entry.currency, "net": str(entry.net), "tax": str(entry.tax),
        "gross": str(entry.gross), "payable": str(entry.payable),
    }  # fmt: skip
    return Outcome(item, files, number, totals)
