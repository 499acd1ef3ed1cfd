"""Series: how numbers look (``{year}-{seq:05}``), when they restart, whom they belong to.

A series belongs to one document kind and, optionally, one seller (matched against the
document's seller VAT ID or name). Its counter restarts each calendar year of the issue
date (``reset="yearly"``; the format must then show ``{year}``, or numbers would repeat) or
never. Sequence numbers start at 1 and have no gaps: the counter moves only in the
transaction that stores the document.
"""

from __future__ import annotations

import datetime as dt
import string

from attrs import frozen

from ..errors import InvoiceError, Problem
from ..model import KINDS, Invoice
from .backend import Cursor
from .errors import SeriesError, UnknownSeries

RESETS = ("yearly", "never")
_FIELDS = frozenset({"year", "seq"})


@frozen
class Series:
    """A numbering series as created by :meth:`Register.create_series`."""

    name: str
    format: str
    reset: str
    kind: str
    seller: str | None = None

    def period(self, issue_date: dt.date) -> str:
        """The counter a document takes its number from: its issue year, or one for ever."""
        return str(issue_date.year) if self.reset == "yearly" else ""

    def number(self, issue_date: dt.date, seq: int) -> str:
        return self.format.format(year=issue_date.year, seq=seq)

    def number_in(self, period: str, seq: int) -> str:
        """The number of ``seq`` in ``period`` (for naming a missing record)."""
        return self.format.format(year=int(period) if period else 0, seq=seq)

    def problems_with(self, invoice: Invoice) -> list[Problem]:
        """Why ``invoice`` cannot take a number in this series (kind or seller differ)."""
        out = []
        if invoice.kind != self.kind:
            out.append(
                Problem("kind", f"series {self.name!r} numbers {self.kind} documents, not {invoice.kind}")
            )
        if self.seller is not None and self.seller not in (invoice.seller.vat_id, invoice.seller.name):
            out.append(Problem("seller", f"series {self.name!r} belongs to seller {self.seller!r}"))
        return out


def checked_series(name: str, format: str, reset: str, kind: str, seller: str | None) -> Series:
    """A :class:`Series` after checking its settings; :class:`SeriesError` says what is wrong."""
    if not name or not name.strip() or name != name.strip():
        raise SeriesError(f"series name {name!r}: give a name without surrounding spaces")
    if reset not in RESETS:
        raise SeriesError(f"series {name!r}: reset must be one of {', '.join(RESETS)}, not {reset!r}")
    if kind not in KINDS:
        raise SeriesError(f"series {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    try:
        fields = {f.split(":")[0] for _, f, _, _ in string.Formatter().parse(format) if f is not None}
    except ValueError as exc:
        raise SeriesError(f"series {name!r}: format {format!r} is not valid: {exc}") from None
    if "seq" not in fields or not fields <= _FIELDS:
        raise SeriesError(
            f"series {name!r}: format {format!r} must use {{seq}} and may use {{year}}, nothing else"
        )
    if reset == "yearly" and "year" not in fields:
        raise SeriesError(
            f"series {name!r}: a yearly series must show {{year}} in its format, or numbers repeat"
        )
    try:
        sample = format.format(year=2026, seq=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise SeriesError(f"series {name!r}: format {format!r} is not valid: {exc}") from None
    if not sample.strip() or sample != sample.strip():
        raise SeriesError(f"series {name!r}: format {format!r} gives numbers with surrounding spaces")
    return Series(name, format, reset, kind, seller)


def store_series(cur: Cursor, series: Series) -> bool:
    """Create ``series`` (True), or accept an identical existing one (False)."""
    row = cur.execute("SELECT format, reset, kind, seller FROM series WHERE name = ?", [series.name]).one()
    if row is None:
        cur.execute(
            "INSERT INTO series (name, format, reset, kind, seller) VALUES (?, ?, ?, ?, ?)",
            [series.name, series.format, series.reset, series.kind, series.seller],
        )
        return True
    if Series(series.name, *row) != series:
        raise SeriesError(f"series {series.name!r} exists with other settings: {Series(series.name, *row)}")
    return False


def load_series(cur: Cursor, name: str, *, lock: str = "") -> Series:
    """The series ``name`` (``lock``: the dialect's ``FOR UPDATE`` to hold its row)."""
    row = cur.execute(f"SELECT format, reset, kind, seller FROM series WHERE name = ?{lock}", [name]).one()
    if row is None:
        known = [r[0] for r in cur.execute("SELECT name FROM series ORDER BY name").all()]
        raise UnknownSeries(name, known)
    return Series(name, *row)


def all_series(cur: Cursor) -> list[Series]:
    return [
        Series(*row)
        for row in cur.execute("SELECT name, format, reset, kind, seller FROM series ORDER BY name").all()
    ]


def next_seq(cur: Cursor, series: str, period: str) -> int:
    """Advance the counter of ``series`` in ``period`` by one, inside the caller's transaction
    (which holds the series row lock, or SQLite's write lock)."""
    # one upsert, one round trip: a new period starts at 1
    row = cur.execute(
        "INSERT INTO counter (series, period, last) VALUES (?, ?, 1)"
        " ON CONFLICT (series, period) DO UPDATE SET last = counter.last + 1 RETURNING last",
        [series, period],
    ).one()
    assert row is not None
    seq = int(row[0])
    return seq


@frozen
class Last:
    """The last record of a series: what the next one must follow (date) and link to (fingerprint)."""

    number: str
    issue_date: dt.date
    fingerprint: str


def last_record(cur: Cursor, series: str) -> Last | None:
    """The series' last issued record, read under the caller's series lock."""
    row = cur.execute(
        "SELECT number, issue_date, fingerprint FROM record WHERE series = ? ORDER BY id DESC LIMIT 1",
        [series],
    ).one()
    return Last(row[0], dt.date.fromisoformat(row[1]), row[2]) if row else None


def chronological(series: Series, last: Last | None, issue_date: dt.date) -> None:
    """Refuse an issue date before the series' last one: the numbers of a series must follow
    the order of the dates (French CGI Annexe II art. 242 nonies A: "une séquence
    chronologique et continue"), so a later number can never carry an earlier date."""
    if last is not None and issue_date < last.issue_date:
        raise InvoiceError([Problem(
            "issue_date",
            f"{issue_date.isoformat()} is before {last.issue_date.isoformat()}, the issue date of "
            f"{last.number}, the last document of series {series.name!r}: numbers must follow "
            "the order of the dates (issue it with a date on or after that one, or in another series)",
        )])  # fmt: skip


def mismatch(series: Series, invoice: Invoice) -> None:
    problems = series.problems_with(invoice)
    if problems:
        raise InvoiceError(problems)
