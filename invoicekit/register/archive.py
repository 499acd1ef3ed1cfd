"""Reading the archive: one record by number, a buyer's history, stored files."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from attrs import frozen

from .backend import Cursor
from .document import merge_personal
from .errors import UnknownNumber

_SUMMARY = "r.id, r.number, r.series, r.kind, r.issue_date, r.currency, r.net, r.tax, r.gross, r.payable"


@frozen
class Entry:
    """One issued document as history lists it. Amounts are Decimals; ``erased``: the buyer's
    personal data were erased (numbers, dates and amounts stay)."""

    number: str
    series: str
    kind: str
    issue_date: dt.date
    currency: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    payable: Decimal
    erased: bool

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape ``invoicekit register history --json`` prints (amounts as text)."""
        return {
            "number": self.number, "series": self.series, "kind": self.kind,
            "issue_date": self.issue_date.isoformat(), "currency": self.currency,
            "net": str(self.net), "tax": str(self.tax), "gross": str(self.gross),
            "payable": str(self.payable), "erased": self.erased,
        }  # fmt: skip


@frozen
class Record:
    """An issued document from the archive: its entry, the document (without the buyer's
    personal data once erased), the computed result, the tax data release, file hashes."""

    entry: Entry
    document: dict[str, Any]
    computed: dict[str, Any]
    release: str | None
    draft_number: str | None
    fingerprint: str
    files: dict[str, str]  # name -> SHA-256 (kept after erasure, when the bytes are gone)


def _entry(row: tuple[Any, ...], erased: bool) -> Entry:
    _, number, series, kind, issued, currency, net, tax, gross, payable = row
    return Entry(
        number, series, kind, dt.date.fromisoformat(issued), currency,
        Decimal(net), Decimal(tax), Decimal(gross), Decimal(payable), erased,
    )  # fmt: skip


def history(
    cur: Cursor,
    key: str | None,
    since: dt.date | None,
    kind: str | None,
    limit: int | None,
    offset: int,
) -> list[Entry]:
    """Entries newest first (by issue date, then issue order), filtered as given."""
    where, params = [], []
    if key is not None:
        where.append("r.id IN (SELECT record_id FROM personal WHERE buyer_key = ?)")
        params.append(key)
    if since is not None:
        where.append("r.issue_date >= ?")
        params.append(since.isoformat())
    if kind is not None:
        where.append("r.kind = ?")
        params.append(kind)
    sql = f"SELECT {_SUMMARY}, e.record_id FROM record r LEFT JOIN erased e ON e.record_id = r.id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.issue_date DESC, r.id DESC"
    if limit is not None or offset:
        # SQLite takes OFFSET only after a LIMIT; -1 there (NULL in PostgreSQL) means none
        none = "-1" if cur.dialect.name == "sqlite" else "ALL"
        sql += f" LIMIT {int(limit) if limit is not None else none} OFFSET {int(offset)}"
    return [_entry(row[:-1], row[-1] is not None) for row in cur.execute(sql, params).all()]


def record(cur: Cursor, number: str) -> Record:
    row = cur.execute(
        f"SELECT {_SUMMARY}, r.document, r.computed, r.release, r.draft_number, r.fingerprint, r.files,"
        " p.data, e.record_id FROM record r LEFT JOIN personal p ON p.record_id = r.id"
        " LEFT JOIN erased e ON e.record_id = r.id WHERE r.number = ?",
        [number],
    ).one()
    if row is None:
        raise UnknownNumber(f"no issued document has number {number!r}")
    document, computed, release, draft, fp, files, personal, erased = row[10:]
    doc = merge_personal(json.loads(document), json.loads(personal) if personal else None)
    return Record(
        _entry(row[:10], erased is not None), doc, json.loads(computed), release, draft, fp, json.loads(files)
    )


def file_bytes(cur: Cursor, number: str, name: str) -> bytes:
    """The stored bytes of file ``name`` of document ``number``; :class:`UnknownNumber`
    when there is no such document or file, or its bytes were erased."""
    row = cur.execute(
        "SELECT f.data FROM file f JOIN record r ON r.id = f.record_id WHERE r.number = ? AND f.name = ?",
        [number, name],
    ).one()
    if row is None:
        raise UnknownNumber(f"document {number!r} has no stored file {name!r}")
    if row[0] is None:
        raise UnknownNumber(f"the file {name!r} of document {number!r} was erased (its SHA-256 is kept)")
    return bytes(row[0])
