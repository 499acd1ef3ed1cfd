"""``invoicekit taxdata check``: every rule a tax data directory must keep, with ``file:line``.

Per file (in :mod:`.parse`): schema, ISO codes, vocabulary, rate ranges, real dates,
sources, no overlapping periods. Across files (here): a subdivision has a country file,
every tax of a jurisdiction has a standard rate, a standard rate's history has no gap,
a temporary period is followed by another (or says ``end = true``), every rate class
a category names exists, and the data answers from its ``data_from`` on.

The audit notices (:func:`audit_directory`) are not problems: the category mappings no one
has checked against their source yet, and the conditions the format cannot express.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from ..errors import Problem
from .parse import parse_file
from .records import Jurisdiction, Series
from .table import data_files, shipped_data_dir
from .vocabulary import IMPLICIT_CLASSES

_DAY = dt.timedelta(days=1)
T = TypeVar("T")


def _continuity(path: str, label: str, series: Series[T], *, gapless: bool) -> list[Problem]:
    problems = []
    periods = series.periods
    for before, after in itertools.pairwise(periods):
        if before.end is not None and before.end + _DAY < after.start:
            if gapless:
                problems.append(
                    Problem(
                        f"{path}:{after.line}",
                        f"{label}: gap from {before.end + _DAY} to {after.start - _DAY} in the standard rate",
                    )
                )
            elif not before.ends:
                problems.append(
                    Problem(
                        f"{path}:{before.line}",
                        f"{label}: temporary period ends {before.end} but the next starts {after.start}"
                        ' (close the gap, or say "end = true")',
                    )
                )
    if periods and periods[-1].end is not None and not periods[-1].ends:
        last = periods[-1]
        problems.append(
            Problem(
                f"{path}:{last.line}",
                f"{label}: temporary period ends {last.end} and nothing follows"
                ' (add the period from the next day, or say "end = true")',
            )
        )
    return problems


def check_jurisdiction(j: Jurisdiction, parent: Jurisdiction | None) -> list[Problem]:
    """Rules that need the whole file (and its country's)."""
    problems: list[Problem] = []
    chain = [j] if parent is None else [j, parent]
    taxes = next((x.taxes for x in chain if x.taxes is not None), None) or ()

    def series(tax: str, rate_class: str) -> Series[Decimal] | None:
        # the same ownership rule as TaxTable.series: the first file with any series of the tax
        owner = next((x for x in chain if any(key[0] == tax for key in x.rates)), None)
        return owner.rates.get((tax, rate_class)) if owner else None

    for tax in taxes:
        if series(tax, "standard") is None:
            problems.append(
                Problem(f"{j.file}:{j.line_of.get('taxes', 1)}", f'{tax}: no "standard" rate series')
            )
    for (tax, rate_class), rate_series in j.rates.items():
        label = f"rates.{tax}.{rate_class}"
        problems += _continuity(j.file, label, rate_series, gapless=rate_class == "standard")
    problems += _data_start(j, parent)
    for category, cat_series in j.categories.items():
        problems += _continuity(j.file, f"categories.{category}", cat_series, gapless=False)
        for period in cat_series.periods:
            wanted = (
                [(tax, period.value) for tax in taxes]
                if isinstance(period.value, str)
                else list(period.value)
            )
            for tax, rate_class in wanted:
                if tax not in taxes:
                    problems.append(
                        Problem(
                            f"{j.file}:{period.line}",
                            f'categories.{category}: tax "{tax}" is not one of {list(taxes)}',
                        )
                    )
                elif rate_class not in IMPLICIT_CLASSES and series(tax, rate_class) is None:
                    problems.append(
                        Problem(
                            f"{j.file}:{period.line}",
                            f'categories.{category}: class "{rate_class}" has no '
                            f"rates.{tax}.{rate_class} series",
                        )
                    )
    return problems


NOT_RECORDED = "earlier history not recorded"


def _data_start(j: Jurisdiction, parent: Jurisdiction | None) -> list[Problem]:
    """From ``data_from`` on the data answers: each standard series of the file covers that
    day, and no period says its earlier history is not recorded while starting after it."""
    start = j.data_from or (parent.data_from if parent else None)
    if start is None:
        return []
    problems = []
    for (tax, rate_class), rate_series in j.rates.items():
        first = rate_series.periods[0] if rate_series.periods else None
        if rate_class == "standard" and first is not None and first.start > start:
            message = f"rates.{tax}.standard starts {first.start}, after data_from {start}"
            problems.append(Problem(f"{j.file}:{first.line}", message))
    firsts = [(f"rates.{t}.{c}", s.periods[0].start, s.periods[0].line, s.periods[0].note)
              for (t, c), s in j.rates.items() if s.periods]  # fmt: skip
    firsts += [(f"categories.{c}", s.periods[0].start, s.periods[0].line, s.periods[0].note)
               for c, s in j.categories.items() if s.periods]  # fmt: skip
    for label, day, line, note in firsts:
        if day > start and NOT_RECORDED in (note or "").lower():
            message = f'{label}: the note says "{NOT_RECORDED}" but data_from promises {start}'
            problems.append(Problem(f"{j.file}:{line}", message))
    return problems


def audit_notices(j: Jurisdiction) -> tuple[list[Problem], list[Problem]]:
    """The mappings of ``j`` with a ``limit`` (a condition the format cannot express), and
    those without a ``checked`` date."""
    limits, unchecked = [], []
    for category, cat_series in j.categories.items():
        for period in cat_series.periods:
            where = f"{j.file}:{period.line}"
            if period.limit:
                limits.append(Problem(where, f"categories.{category} from {period.start}: {period.limit}"))
            if period.checked is None:
                unchecked.append(
                    Problem(where, f"categories.{category} from {period.start}: no checked date")
                )
    return limits, unchecked


def audit_directory(directory: Path) -> tuple[list[Problem], list[Problem]]:
    """:func:`audit_notices` of every valid file below ``directory``."""
    limits: list[Problem] = []
    unchecked: list[Problem] = []
    for path in data_files(directory) if directory.is_dir() else []:
        j, _ = parse_file(path)
        if j is not None:
            found = audit_notices(j)
            limits += found[0]
            unchecked += found[1]
    return sorted(limits, key=_order), sorted(unchecked, key=_order)


def check_directory(directory: Path, base: Sequence[Path] = ()) -> list[Problem]:
    """All problems in ``directory``; country files missing there are looked up in ``base``
    (the shipped data, when checking a shop's layer)."""
    problems: list[Problem] = []
    parsed: dict[str, Jurisdiction] = {}
    if not directory.is_dir():
        return [Problem(str(directory), "not a directory")]
    files = data_files(directory)
    if not files:
        return [Problem(str(directory), "no *.toml tax data files found")]
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            problems.append(
                Problem(f"{path}:1", f"jurisdiction {path.stem} is also defined in {seen[path.stem]}")
            )
        seen[path.stem] = path
        j, file_problems = parse_file(path)
        problems += file_problems
        if j is not None:
            parsed[j.code] = j
    fallback: dict[str, Path] = {}
    for other in base:
        for path in data_files(other):
            fallback.setdefault(path.stem, path)
    for code, j in sorted(parsed.items()):
        parent = None
        if j.parent is not None:
            parent = parsed.get(j.parent)
            if parent is None and j.parent in fallback:
                parent, _ = parse_file(fallback[j.parent])
            if parent is None:
                problems.append(
                    Problem(
                        f"{j.file}:1", f"{code} inherits from {j.parent}, which has no file {j.parent}.toml"
                    )
                )
                continue
        problems += check_jurisdiction(j, parent)
    return sorted(set(problems), key=_order)


def _order(problem: Problem) -> tuple[str, int, str]:
    file, _, line = problem.where.rpartition(":")
    if line.isdigit():
        return (file, int(line), problem.message)
    return (problem.where, 0, problem.message)


def check_shipped() -> list[Problem]:
    return check_directory(shipped_data_dir())
