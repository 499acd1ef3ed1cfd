"""Export: the documents issued in a date range as one ZIP, for an auditor or a tax office.

The ZIP holds, per document, the stored bytes exactly as archived (``document.json``: the
document without the buyer's personal data; ``personal.json``: those data, unless erased;
``computed.json``; the PDF and attachments unless erased), an ``index.csv`` and
``chain.json``: every exported record's chained fields and fingerprint, and the fingerprint
before the range (the anchor), so the chain of the range can be checked without the
register. Same archive and range, same ZIP bytes (fixed timestamps, fixed order).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import zipfile
from typing import Any

from .backend import Cursor
from .chain import CHAIN_VERSION, CHAINED, GENESIS
from .document import canonical_json

_STAMP = (1980, 1, 1, 0, 0, 0)
_INDEX = ["number", "series", "kind", "issue_date", "currency", "net", "tax", "gross", "payable",
          "release", "erased", "fingerprint"]  # fmt: skip
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def _write(zf: zipfile.ZipFile, name: str, data: bytes | str) -> None:
    info = zipfile.ZipInfo(name, date_time=_STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def _rows(cur: Cursor, start: dt.date | None, end: dt.date | None) -> list[tuple[Any, ...]]:
    where, params = [], []
    if start is not None:
        where.append("r.issue_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("r.issue_date <= ?")
        params.append(end.isoformat())
    sql = (
        f"SELECT r.id, {', '.join('r.' + c for c in CHAINED)}, r.fingerprint, r.document, r.computed,"
        " p.data, e.record_id FROM record r LEFT JOIN personal p ON p.record_id = r.id"
        " LEFT JOIN erased e ON e.record_id = r.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return cur.execute(sql + " ORDER BY r.series, r.id", params).all()


def export(cur: Cursor, path: str | os.PathLike[str], start: dt.date | None, end: dt.date | None) -> int:
    """Write the ZIP to ``path`` (atomically: a temporary file renamed); the number of documents."""
    rows = _rows(cur, start, end)
    index = io.StringIO()
    writer = csv.writer(index, lineterminator="\n")
    writer.writerow(_INDEX)
    chains: dict[str, dict[str, Any]] = {}
    tmp = f"{os.fspath(path)}.part"
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for row in rows:
                _document(cur, zf, row, writer, chains)
            _write(zf, "index.csv", index.getvalue())
            proof = {"algorithm": "sha256", "chain_version": CHAIN_VERSION, "chained_fields": list(CHAINED),
                     "genesis": GENESIS, "series": chains}  # fmt: skip
            _write(zf, "chain.json", json.dumps(proof, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return len(rows)


def _document(
    cur: Cursor, zf: zipfile.ZipFile, row: tuple[Any, ...], writer: Any, chains: dict[str, dict[str, Any]]
) -> None:
    """One document's files, its index row and its chain entry."""
    record_id = row[0]
    fields = dict(zip(CHAINED, row[1 : 1 + len(CHAINED)], strict=True))
    fp, document, computed, personal, erased = row[1 + len(CHAINED) :]
    folder = f"documents/{_UNSAFE.sub('_', fields['number'])}/"
    _write(zf, folder + "document.json", document)
    _write(zf, folder + "computed.json", computed)
    if personal is not None:
        _write(zf, folder + "personal.json", personal)
    for name, data in cur.execute(
        "SELECT name, data FROM file WHERE record_id = ? ORDER BY name", [record_id]
    ).all():
        if data is not None:
            _write(zf, folder + name, bytes(data))
    writer.writerow([fields[c] for c in _INDEX[:10]] + ["yes" if erased is not None else "no", fp])
    chain = chains.setdefault(fields["series"], {"anchor": fields["prev"], "records": []})
    entry = {**fields, "files": json.loads(fields["files"]), "fingerprint": fp}
    chain["records"].append(json.loads(canonical_json(entry)))
