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


def _not_modelled(table: TaxTable, code: str) -> str | None:
    """What the data of ``code`` does not model: all of it (Brazil), the time before its
    ``data_from`` (India before GST), or nothing because no tax is levied (Hong Kong)."""
    reason = table.unmodelled(code)
    if reason is not None:
        return reason
    if not table.taxes(code):
        return "no tax on sales is levied here (every sale is outside the scope of tax)"
    data_from = table.inherited(code, "data_from")
    before = table.inherited(code, "not_modelled")
    return f"before {data_from}: {before}" if data_from and before else None


def coverage_row(table: TaxTable, code: str) -> CoverageRow:
    chain = table.chain(code)
    data_from = table.inherited(code, "data_from")
    start = data_from if isinstance(data_from, dt.date) else _start(table, code)
    if table.unmodelled(code) is not None:
        start = None
    mapped = sorted({category for j in chain for category in j.categories})
    return CoverageRow(
        code, chain[0].name, table.taxes(code), start, tuple(mapped), _last_checked(chain[:1]),
        _not_modelled(table, code),
    )  # fmt: skip


def coverage(table: TaxTable) -> list[CoverageRow]:
    """A row per jurisdiction file of ``table``, sorted by code."""
    return [coverage_row(table, code) for code in table.codes()]
