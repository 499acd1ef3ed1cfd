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

from ..errors import expect
from .backend import Cursor
from .confirmation import confirmation_text, stored_locale


@frozen
class ErasureConfirmation:
    """What :meth:`Register.erase` did, with a text to send to the person who asked, in
    ``locale`` (the one asked for, else the language of the buyer's latest document)."""

    buyer_key: str
    requested: dt.date
    erased: tuple[str, ...]  # numbers whose personal data are gone
    retained: tuple[str, ...]  # numbers kept whole (still within retention, see issued_before)
    locale: str = "en"

    @property
    def text(self) -> str:
        """The confirmation in :attr:`locale`, from the message catalogs."""
        return self.text_in(self.locale)

    def text_in(self, locale: str) -> str:
        """The confirmation in another language (``"pl"``, ``"pt_BR"``)."""
        expect("locale", locale, str, "a locale string such as 'de' or 'pt_BR'")
        return confirmation_text(self.requested, self.erased, self.retained, self.buyer_key[:16], locale)


def erase(
    cur: Cursor, key: str, on: dt.date, issued_before: dt.date | None, locale: str | None
) -> ErasureConfirmation:
    """Erase the personal data of buyer ``key`` inside the caller's write transaction; the
    confirmation is in ``locale``, else in the language of the buyer's latest document."""
    rows = cur.execute(
        "SELECT r.id, r.number, r.issue_date FROM record r JOIN personal p ON p.record_id = r.id"
        " WHERE p.buyer_key = ? ORDER BY r.id",
        [key],
    ).all()
    if locale is None:
        locale = _latest_locale(cur, rows[-1][0]) if rows else "en"
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
    return ErasureConfirmation(key, on, tuple(number for _, number in chosen), kept, locale)


def _latest_locale(cur: Cursor, record_id: int) -> str:
    row = cur.execute("SELECT document FROM record WHERE id = ?", [record_id]).one()
    return stored_locale(row[0]) if row else "en"
