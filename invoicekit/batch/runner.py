"""A batch run: the documents not done yet go to an engine, each outcome's files are
written atomically into the output directory, then its report line is appended.

The order of those two steps is the resume guarantee. A document is skipped on a re-run
only when its report line exists, and that line is written after its files are in place
(the lines of the few documents an engine hands back together are written with one
``write`` call, before any of their results is yielded);
a run killed in between does the document again, and its files are replaced by the same
bytes (never a second copy). With a register, the document's key is recorded in the
issuing transaction, so doing it again fetches what was issued instead of numbering it twice.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from ..errors import ArgumentError, OutputError, Problem
from ..taxtable import RateProvider
from . import report
from .formats import parse_formats
from .items import Item, items_from
from .job import Job
from .worker import Outcome
from .writing import remove_stale_temporaries, write


@frozen
class Result:
    """One finished document: its report line (``entry``) and its output paths."""

    input: str
    ok: bool
    entry: dict[str, Any]
    outputs: tuple[Path, ...]


def run(
    documents: str | os.PathLike[str] | Iterable[Any],
    *,
    out: str | os.PathLike[str],
    formats: str | Sequence[str] = ("pdf",),
    provider: RateProvider | None = None,
    brand: Any = None,
    locale: str | None = None,
    xml_profile: str = "en16931",
    register: str | None = None,
    series: str | None = None,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Do every document of ``documents`` (a directory, a JSON Lines file, or an iterable of
    mappings or paths) not done yet in ``out``, yielding each :class:`Result` as it
    completes. ``formats``: "pdf", "ubl", "cii", "facturx"; ``register``/``series``: issue
    each into that register's series. ``workers``: processes (default: one per core; 0: in
    this process). ``engine``: "local" or "dask" (``scheduler``: a Dask scheduler address;
    none: a ``LocalCluster``). Raises for bad arguments before any document is done."""
    job = Job(parse_formats(formats), provider, brand, locale, xml_profile, register, series)
    job.check()
    if engine not in ("local", "dask"):
        raise ArgumentError(f'engine: expected "local" or "dask", got {engine!r}')
    if scheduler is not None and engine != "dask":
        raise ArgumentError("scheduler: only with engine dask")
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 0:
        raise ArgumentError(f"workers: expected 0 or more, got {count}")
    folder = _prepared(Path(out), job)
    return _results(items_from(documents), folder, job, count, engine, scheduler)


def _prepared(folder: Path, job: Job) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(folder), f"cannot create the output directory ({exc.strerror})") from None
    report.check_settings(folder, job.settings())
    remove_stale_temporaries(folder)
    return folder


def _results(
    items: Iterator[Item], folder: Path, job: Job, workers: int, engine: str, scheduler: str | None
) -> Iterator[Result]:
    done = report.done_keys(folder / report.REPORT_NAME)
    todo = _left(items, done)
    if engine == "dask":
        from .dask_engine import outcomes as dask_outcomes

        finished = dask_outcomes(todo, job, workers, scheduler)
    else:
        from .local import outcomes

        finished = outcomes(todo, job, workers, folder)
    with report.open_report(folder / report.REPORT_NAME) as handle:
        for batch in finished:
            results = [_finished(outcome, folder, job) for outcome in batch]
            report.append(handle, [result.entry for result in results])
            yield from results


def _finished(outcome: Outcome, folder: Path, job: Job) -> Result:
    if outcome.files:  # the Dask engine's workers return the bytes
        outcome = write(outcome, folder, job.formats)
    written = tuple(Path(p) for p in outcome.written)
    entry = report.line(outcome, [p.relative_to(folder).as_posix() for p in written])
    return Result(outcome.item.name, outcome.ok, entry, written)


def _left(items: Iterator[Item], done: set[str]) -> Iterator[Item]:
    """The items not in the report yet; a second input with the same output name is failed
    here (its outputs would replace the first one's)."""
    stems: dict[str, str] = {}
    for item in items:
        taken = stems.setdefault(item.stem.casefold(), item.name)
        if _escapes(item.stem) and item.problem is None:
            escape = Problem(item.name, f"output name {item.stem!r} leaves the output directory")
            item = evolve(item, problem=escape)
        elif taken != item.name and item.problem is None:
            problem = Problem(item.name, f"its outputs would have the name of {taken}'s ({item.stem}.*)")
            item = evolve(item, problem=problem)
        if item.key not in done:
            yield item


def _escapes(stem: str) -> bool:
    path = Path(stem)
    parts = path.parts
    return not parts or path.is_absolute() or ".." in parts
