"""Verification: re-hash every record, file and personal part and walk each series' chain.

A record is *broken* when a hash does not match what it stored, when its fingerprint does
not recompute, when it does not link to the record before it, or when its sequence number
is out of place; a record is *missing* when a sequence number was skipped or the counter
went further than the last stored record. The report names each by number, first first.
"""

from __future__ import annotations

import json
from typing import Any

from attrs import frozen

from .backend import Cursor
from .chain import CHAINED, GENESIS, fingerprint
from .document import sha256_hex
from .numbering import Series, all_series

_COLUMNS = ", ".join(f"r.{c}" for c in CHAINED)


@frozen
class Break:
    """One broken or missing record: its number and what is wrong."""

    number: str
    problem: str

    def __str__(self) -> str:
        return f"{self.number}: {self.problem}"


@frozen
class VerifyReport:
    """The outcome of :meth:`Register.verify`."""

    records: int
    problems: tuple[Break, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Break | None:
        """The first broken or missing record, in issue order."""
        return self.problems[0] if self.problems else None

    def __str__(self) -> str:
        if self.ok:
            return f"ok: {self.records} records, every hash and chain link verifies"
        return "\n".join(
            [f"BROKEN: {len(self.problems)} problem(s) in {self.records} records", *map(str, self.problems)]
        )


def verify(cur: Cursor) -> VerifyReport:
    problems: list[Break] = []
    count = 0
    for series in all_series(cur):
        found, n = _series(cur, series)
        problems += found
        count += n
    return VerifyReport(count, tuple(problems))


def _series(cur: Cursor, series: Series) -> tuple[list[Break], int]:
    rows = cur.execute(
        f"SELECT r.id, {_COLUMNS}, r.fingerprint, r.document, r.computed, p.data, e.record_id"
        " FROM record r LEFT JOIN personal p ON p.record_id = r.id LEFT JOIN erased e ON e.record_id = r.id"
        " WHERE r.series = ? ORDER BY r.id",
        [series.name],
    ).all()
    problems: list[Break] = []
    prev, top = GENESIS, dict[str, int]()
    for row in rows:
        fields: dict[str, Any] = dict(zip(CHAINED, row[1 : 1 + len(CHAINED)], strict=True))
        stored, document, computed, personal, erased = row[1 + len(CHAINED) :]
        number, period, seq = fields["number"], fields["period"], int(fields["seq"])
        want = top.get(period, 0) + 1
        if seq > want:
            problems.append(
                Break(series.number_in(period, want), f"missing (the next stored record is {number})")
            )
        elif seq < want:
            problems.append(Break(number, f"out of order: sequence {seq} where {want} was due"))
        top[period] = max(top.get(period, 0), seq)
        fields["files"] = _loads(fields["files"])
        why = _content(cur, row[0], fields, document, computed, personal, erased is not None)
        if why is None and fingerprint(fields) != stored:
            why = "fingerprint does not match the record's content"
        if why is None and fields["prev"] != prev:
            why = "chain broken: does not link to the record stored before it"
        if why:
            problems.append(Break(number, why))
        prev = stored
    problems += _tails(cur, series, top)
    return problems, len(rows)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _content(
    cur: Cursor,
    record_id: int,
    fields: dict[str, Any],
    document: str,
    computed: str,
    personal: str | None,
    erased: bool,
) -> str | None:
    """What is wrong with the hashed content of one record, or None."""
    if sha256_hex(document) != fields["document_sha256"]:
        return "document does not match its SHA-256"
    if sha256_hex(computed) != fields["computed_sha256"]:
        return "computed result does not match its SHA-256"
    if personal is None and not erased:
        return "the buyer's personal part is missing (and no erasure is recorded)"
    if personal is not None and sha256_hex(personal) != fields["personal_sha256"]:
        return "the buyer's personal part does not match its SHA-256"
    if not isinstance(fields["files"], dict):
        return "the list of file hashes is unreadable"
    stored = {name: (sha, data) for name, sha, data in cur.execute(
        "SELECT name, sha256, data FROM file WHERE record_id = ?", [record_id]).all()}  # fmt: skip
    if set(stored) != set(fields["files"]):
        return f"stored files {sorted(stored)} differ from the recorded {sorted(fields['files'])}"
    for name, (sha, data) in sorted(stored.items()):
        if sha != fields["files"][name]:
            return f"{name}: recorded SHA-256 was changed"
        if data is None and not erased:
            return f"{name}: bytes are missing (and no erasure is recorded)"
        if data is not None and sha256_hex(bytes(data)) != sha:
            return f"{name}: bytes do not match their SHA-256"
    return None


def _tails(cur: Cursor, series: Series, top: dict[str, int]) -> list[Break]:
    """Records missing at the end of a period: the counter went further than the archive."""
    out = []
    for period, last in cur.execute(
        "SELECT period, last FROM counter WHERE series = ? ORDER BY period", [series.name]
    ).all():
        have = top.get(period, 0)
        if int(last) > have:
            out.append(Break(series.number_in(period, have + 1), f"missing (the counter is at {last})"))
    return out
