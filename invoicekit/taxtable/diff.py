"""``invoicekit taxdata diff``: which rates change on which dates between two data sets.

For every series (jurisdiction, tax, class) and category mapping, the value in force is
compared day-range by day-range, so a reviewer sees what a data update does to invoices
rather than how the files were edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from attrs import frozen

from ..errors import TaxDataError
from .parse import parse_file
from .records import Jurisdiction, Series
from .table import data_files

_DAY = dt.timedelta(days=1)
T = TypeVar("T")


@frozen
class Change:
    """In ``what``, from ``start`` (to ``end``, inclusive, or open), ``before`` became ``after``
    (None: not defined there)."""

    what: str
    start: dt.date
    end: dt.date | None
    before: str | None
    after: str | None

    def __str__(self) -> str:
        span = f"from {self.start}" + (f" to {self.end}" if self.end else "")
        return f"{self.what} {span}: {self.before or '(none)'} -> {self.after or '(none)'}"


def _load(directory: Path) -> dict[str, Jurisdiction]:
    """Every file of ``directory``; a file with problems stops the comparison, since a
    diff of broken data would show rates vanishing that are merely unreadable."""
    out, problems = {}, []
    for path in data_files(directory):
        j, found = parse_file(path)
        problems += found
        if j is not None:
            out[j.code] = j
    if problems:
        raise TaxDataError(problems)
    return out


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(f"{tax} {cls}" for tax, cls in value)
    return f"{value}" if not hasattr(value, "normalize") else f"{value}%"


def _at(series: Series[T] | None, day: dt.date) -> str | None:
    if series is None:
        return None
    period = series.at(day)
    return None if period is None else _show(period.value)


def _compare(what: str, a: Series[T] | None, b: Series[T] | None) -> Iterator[Change]:
    edges: set[dt.date] = set()
    for series in (a, b):
        for p in series.periods if series else ():
            edges.add(p.start)
            if p.end is not None:
                edges.add(p.end + _DAY)
    days = sorted(edges)
    pending: Change | None = None
    for i, day in enumerate(days):
        end = days[i + 1] - _DAY if i + 1 < len(days) else None
        before, after = _at(a, day), _at(b, day)
        if before == after:
            if pending:
                yield pending
                pending = None
            continue
        if pending and pending.before == before and pending.after == after:
            pending = Change(what, pending.start, end, before, after)
        else:
            if pending:
                yield pending
            pending = Change(what, day, end, before, after)
    if pending:
        yield pending


def diff_directories(a: Path, b: Path) -> list[Change]:
    """Every change in force between data directory ``a`` and ``b``, sorted by what and date."""
    left, right = _load(a), _load(b)
    changes: list[Change] = []
    for code in sorted(set(left) | set(right)):
        ja, jb = left.get(code), right.get(code)
        rate_keys = set(ja.rates if ja else ()) | set(jb.rates if jb else ())
        for tax, rate_class in sorted(rate_keys):
            changes += _compare(
                f"{code} {tax} {rate_class}",
                ja.rates.get((tax, rate_class)) if ja else None,
                jb.rates.get((tax, rate_class)) if jb else None,
            )
        cat_keys = set(ja.categories if ja else ()) | set(jb.categories if jb else ())
        for category in sorted(cat_keys):
            changes += _compare(
                f"{code} category {category}",
                ja.categories.get(category) if ja else None,
                jb.categories.get(category) if jb else None,
            )
    return changes
