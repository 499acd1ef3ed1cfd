"""Erasure of a buyer's personal data (GDPR Art. 17) from an archive that must stay whole.

What goes: the buyer's personal part (name, address lines, e-mail, and its nonce) and the
bytes of the stored PDF and attachments, which print them. What stays: the numbers, dates,
amounts, tax data release, the redacted document and computed result, and every hash, so
the chain still verifies. The request is recorded (date, buyer key, count) in the same
transaction: the triggers let the erasure path through only for records listed as erased.
``issued_before`` keeps documents still inside their retention period (GDPR Art. 17(3)(b));
see docs/register.md.
"""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from .backend import Cursor


@frozen
class ErasureConfirmation:
    """What :meth:`Register.erase` did, with a text to send to the person who asked."""

    buyer_key: str
    requested: dt.date
    erased: tuple[str, ...]  # numbers whose personal data are gone
    retained: tuple[str, ...]  # numbers kept whole (still within retention, see issued_before)

    @property
    def text(self) -> str:
        """The confirmation in English (translations come with the catalogues later)."""
        out = [f"Erasure request of {self.requested.isoformat()} (buyer key {self.buyer_key[:16]}...)."]
        if self.erased:
            out.append(
                f"Your name, address lines and e-mail address were erased from {len(self.erased)} "
                f"document(s): {', '.join(self.erased)}. The stored PDF files were deleted."
            )
        else:
            out.append("No stored document held your personal data any more.")
        out.append(
            "Invoice numbers, dates, amounts and tax details are kept, as VAT law requires "
            "(Directive 2006/112/EC Art. 226 and 247; GDPR Art. 17(3)(b))."
        )
        if self.retained:
            out.append(
                f"{len(self.retained)} document(s) are still within their legal retention period "
                f"and are kept whole until it ends: {', '.join(self.retained)}."
            )
        return "\n".join(out)


def erase(cur: Cursor, key: str, on: dt.date, issued_before: dt.date | None) -> ErasureConfirmation:
    """Erase the personal data of buyer ``key`` inside the caller's write transaction."""
    rows = cur.execute(
        "SELECT r.id, r.number, r.issue_date FROM record r JOIN personal p ON p.record_id = r.id"
        " WHERE p.buyer_key = ? ORDER BY r.id",
        [key],
    ).all()
    cutoff = issued_before.isoformat() if issued_before else None
    chosen = [(rid, number) for rid, number, issued in rows if cutoff is None or issued < cutoff]
    kept = tuple(number for _, number, issued in rows if cutoff is not None and issued >= cutoff)
    row = cur.execute(
        "INSERT INTO erasure (buyer_key, requested, records) VALUES (?, ?, ?) RETURNING id",
        [key, on.isoformat(), len(chosen)],
    ).one()
    assert row is not None
    for record_id, _ in chosen:
        cur.execute("INSERT INTO erased (record_id, erasure_id) VALUES (?, ?)", [record_id, row[0]])
        cur.execute("UPDATE file SET data = NULL WHERE record_id = ?", [record_id])
        cur.execute("DELETE FROM personal WHERE record_id = ?", [record_id])
    return ErasureConfirmation(key, on, tuple(number for _, number in chosen), kept)
