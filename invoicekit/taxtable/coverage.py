"""What the tax data covers, per jurisdiction: for ``invoicekit taxdata coverage``.

One row per data file: its taxes, the first day its data answers, the product categories it
maps (its own and its country's), the last audit date (the newest ``checked`` date of its
periods, where the data records one) and what it does not model (Brazil's taxes; a
jurisdiction that levies none says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from attrs import frozen

from .records import Jurisdiction, Period
from .table import TaxTable


@frozen
class CoverageRow:
    code: str
    name: str
    taxes: tuple[str, ...]
    start: dt.date | None
    categories: tuple[str, ...]
    checked: dt.date | None
    not_modelled: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "jurisdiction": self.code,
            "name": self.name,
            "taxes": list(self.taxes),
            "from": self.start.isoformat() if self.start else None,
            "categories": list(self.categories),
            "checked": self.checked.isoformat() if self.checked else None,
            "not_modelled": self.not_modelled,
        }


def _periods(j: Jurisdiction) -> Iterable[Period[Any]]:
    for rate_series in j.rates.values():
        yield from rate_series.periods
    for category_series in j.categories.values():
        yield from category_series.periods


def _last_checked(chain: Iterable[Jurisdiction]) -> dt.date | None:
    """The newest audit date of the file's periods (``checked``, when the format has it)."""
    dates = [
        day
        for j in chain
        for period in _periods(j)
        if isinstance(day := getattr(period, "checked", None), dt.date)
    ]
    return max(dates) if dates else None


def _start(table: TaxTable, code: str) -> dt.date | None:
    """The first day every tax of ``code`` has a standard rate."""
    starts = []
    for tax in table.taxes(code):
        series = table.series(code, tax, "standard")
        if series is None or not series.periods:
            return None
        starts.append(series.periods[0].start)
    return max(starts) if starts else None


def coverage_row(table: TaxTable, code: str) -> CoverageRow:
    chain = table.chain(code)
    reason = table.not_modelled(code)
    taxes = table.taxes(code)
    if reason is None and not taxes:
        reason = "no tax on sales is levied here (every sale is outside the scope of tax)"
    mapped = sorted({category for j in chain for category in j.categories})
    return CoverageRow(
        code, chain[0].name, taxes, _start(table, code), tuple(mapped), _last_checked(chain[:1]), reason
    )


def coverage(table: TaxTable) -> list[CoverageRow]:
    """A row per jurisdiction file of ``table``, sorted by code."""
    return [coverage_row(table, code) for code in table.codes()]
