"""Tampering (done directly in SQL, past the triggers) is found and named by verify; the
triggers refuse updates and deletes of the archive; erasure removes the personal data
everywhere and the chain still verifies."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest

from invoicekit.register import Register, UnknownNumber

from .support import document, drop_guards, q, raw_sql

NAME, EMAIL, STREET = "Zacharias Quellmalz", "zq.buyer@example.org", "Unterweg 77"


def _five(reg: Register, render: bool = False) -> list[str]:
    return [reg.issue(document(i), series="INV", render=render).number for i in range(5)]


def _sql(url: str, statement: str, params: tuple[Any, ...] = ()) -> None:
    with raw_sql(url) as conn:
        conn.execute(q(url, statement), params)
        if url.startswith("sqlite:"):
            conn.commit()


def test_changing_one_byte_of_a_stored_pdf_is_named(reg: Register, url: str) -> None:
    numbers = _five(reg, render=True)
    pdf = bytearray(reg.pdf(numbers[2]))
    pdf[len(pdf) // 2] ^= 0x01
    drop_guards(url)
    _sql(
        url,
        "UPDATE file SET data = ? WHERE record_id = (SELECT id FROM record WHERE number = ?)",
        (bytes(pdf), numbers[2]),
    )
    report = reg.verify()
    assert not report.ok and report.first is not None
    assert report.first.number == numbers[2] and "invoice.pdf" in report.first.problem


def test_a_deleted_record_is_named_as_missing(reg: Register, url: str) -> None:
    numbers = _five(reg)
    drop_guards(url)
    for table in ("file", "personal"):
        _sql(
            url,
            f"DELETE FROM {table} WHERE record_id = (SELECT id FROM record WHERE number = ?)",
            (numbers[1],),
        )
    _sql(url, "DELETE FROM record WHERE number = ?", (numbers[1],))
    report = reg.verify()
    assert report.first is not None and report.first.number == numbers[1]
    assert "missing" in report.first.problem


def test_a_deleted_last_record_is_named_from_the_counter(reg: Register, url: str) -> None:
    numbers = _five(reg)
    drop_guards(url)
    _sql(
        url, "DELETE FROM personal WHERE record_id = (SELECT id FROM record WHERE number = ?)", (numbers[4],)
    )
    _sql(url, "DELETE FROM record WHERE number = ?", (numbers[4],))
    report = reg.verify()
    assert [b.number for b in report.problems] == [numbers[4]]


def test_two_reordered_records_are_named(reg: Register, url: str) -> None:
    numbers = _five(reg)
    drop_guards(url)
    # swap the positions (sequence and number) of the 2nd and 3rd record
    _sql(url, "UPDATE record SET number = 'x', seq = -1 WHERE number = ?", (numbers[1],))
    _sql(url, "UPDATE record SET number = ?, seq = 2 WHERE number = ?", (numbers[1], numbers[2]))
    _sql(url, "UPDATE record SET number = ?, seq = 3 WHERE number = 'x'", (numbers[2],))
    report = reg.verify()
    assert report.first is not None and report.first.number == numbers[1]
    assert {b.number for b in report.problems} >= {numbers[1], numbers[2]}


def test_a_changed_amount_breaks_the_fingerprint(reg: Register, url: str) -> None:
    numbers = _five(reg)
    drop_guards(url)
    _sql(url, "UPDATE record SET payable = '0.01' WHERE number = ?", (numbers[3],))
    report = reg.verify()
    assert report.first is not None and report.first.number == numbers[3]
    assert "fingerprint" in report.first.problem


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE record SET payable = '0.01'",
        "DELETE FROM record",
        "UPDATE file SET data = NULL",
        "DELETE FROM file",
        "DELETE FROM personal",
        "UPDATE personal SET data = '{}'",
    ],
)
def test_the_triggers_refuse_changes_outside_erasure(reg: Register, url: str, statement: str) -> None:
    reg.issue(document(1), series="INV")
    with pytest.raises(Exception, match="never updated or deleted"):
        _sql(url, statement)
    assert reg.verify().ok


def _raw_text(url: str) -> str:
    """Every value of every register table, as text (bytes decoded as Latin-1)."""
    out = []
    with raw_sql(url) as conn:
        for table in ("meta", "series", "counter", "record", "file", "personal", "erasure", "erased"):
            for row in conn.execute(f"SELECT * FROM {table}").fetchall():
                out += [v.decode("latin-1") if isinstance(v, bytes | memoryview) else str(v) for v in
                        (bytes(v) if isinstance(v, memoryview) else v for v in row)]  # fmt: skip
    return "\n".join(out)


def _file_bytes(url: str) -> bytes:
    path = Path(url.split(":///", 1)[1])
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_erasure_removes_the_personal_data_everywhere_and_the_chain_still_verifies(
    reg: Register, url: str, tmp_path: Path
) -> None:
    mine = [
        reg.issue(document(i, name=NAME, email=EMAIL, line=STREET), series="INV").number for i in range(3)
    ]
    other = reg.issue(document(9), series="INV").number
    before = {n: reg.get(n).entry for n in mine}
    assert NAME in pypdf.PdfReader(io.BytesIO(reg.pdf(mine[0]))).pages[0].extract_text()
    assert NAME in _raw_text(url) and EMAIL in _raw_text(url)  # the control: they were there
    if url.startswith("sqlite:"):
        assert NAME.encode() in _file_bytes(url)
    confirmation = reg.erase(buyer=EMAIL.upper())
    assert confirmation.erased == tuple(mine)
    # in the documents' language (locale "de"), the three numbers as a German list
    assert f"aus 3 Dokumenten entfernt und deren gespeicherte PDF-Kopien gelöscht: {mine[0]}, {mine[1]} und {mine[2]}." in confirmation.text
    text = _raw_text(url)
    for secret in (NAME, EMAIL, STREET, "Quellmalz"):
        assert secret not in text
    if url.startswith("sqlite:"):
        raw = _file_bytes(url)
        for secret in (NAME, EMAIL, STREET):
            assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw
    report = reg.verify()
    assert report.ok, str(report)
    for n in mine:
        record = reg.get(n)
        assert record.entry.erased and record.entry.payable == before[n].payable
        assert record.entry.number == n and "name" not in record.document["buyer"]
        assert "invoice.pdf" in record.files  # the hash stays
        with pytest.raises(UnknownNumber, match="erased"):
            reg.pdf(n)
    assert reg.history(buyer=EMAIL) == []
    assert [e.number for e in reg.history()] == [other, *reversed(mine)]
    assert "Erika Mustermann" in pypdf.PdfReader(io.BytesIO(reg.pdf(other))).pages[0].extract_text()
    reg.export(tmp_path / "x.zip")
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        for name in zf.namelist():
            assert NAME.encode() not in zf.read(name) and EMAIL.encode() not in zf.read(name)


def test_erasure_can_keep_documents_still_to_be_retained(reg: Register) -> None:
    old = reg.issue(document(1, email=EMAIL, issue_date="2015-03-01"), series="INV", render=False).number
    new = reg.issue(document(2, email=EMAIL, issue_date="2026-03-01"), series="INV", render=False).number
    confirmation = reg.erase(buyer=EMAIL, issued_before=dt.date(2016, 1, 1), on=dt.date(2026, 4, 1))
    assert (confirmation.erased, confirmation.retained) == ((old,), (new,))
    assert f"Ein Dokument unterliegt noch der gesetzlichen Aufbewahrungsfrist und wird bis zu deren Ablauf unverändert aufbewahrt: {new}." in confirmation.text
    assert "Wir haben Ihren Antrag vom 1. April 2026 auf Löschung" in confirmation.text
    assert [e.number for e in reg.history(buyer=EMAIL)] == [new]
    assert reg.verify().ok
