"""Issuing, numbering, reading back and exporting, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import invoicekit
from invoicekit.register import Register, UnknownNumber
from invoicekit.register.chain import fingerprint
from invoicekit.register.document import sha256_hex
from invoicekit.render import render_bytes

from .support import document


def test_numbers_are_sequential_per_year_and_the_draft_is_kept(reg: Register) -> None:
    got = [
        reg.issue(document(1, issue_date="2025-12-31"), series="INV", render=False),
        reg.issue(document(2, issue_date="2025-12-31"), series="INV", render=False),
        reg.issue(document(3, issue_date="2026-01-01"), series="INV", render=False),
        reg.issue(document(4, issue_date="2026-01-02"), series="INV", render=False),
    ]
    assert [i.number for i in got] == ["2025-00001", "2025-00002", "2026-00001", "2026-00002"]
    assert [i.draft_number for i in got] == ["DRAFT-1", "DRAFT-2", "DRAFT-3", "DRAFT-4"]
    record = reg.get("2026-00001")
    assert record.document["number"] == "2026-00001"
    assert record.draft_number == "DRAFT-3"
    assert record.release == invoicekit.default_table().release()
    assert reg.verify().ok


def test_series_per_kind_and_never_reset(reg: Register) -> None:
    reg.create_series("CN", format="GS-{seq:06}", reset="never", kind="credit_note")
    reg.create_series("INV", format="{year}-{seq:05}", reset="yearly")  # identical: accepted
    a = reg.issue(document(1, kind="credit_note", issue_date="2025-06-01"), series="CN", render=False)
    b = reg.issue(document(2, kind="credit_note", issue_date="2026-06-01"), series="CN", render=False)
    assert (a.number, b.number) == ("GS-000001", "GS-000002")
    with pytest.raises(invoicekit.InvoiceError) as err:
        reg.issue(document(3), series="CN", render=False)  # an invoice into the credit-note series
    assert err.value.problems[0].where == "kind"
    cn = document(4, kind="credit_note", issue_date="2026-06-01")
    assert reg.issue(cn, series="CN", render=False).number == "GS-000003"
    assert [s.name for s in reg.series()] == ["CN", "INV"]


def test_issue_dates_rise_within_a_series_and_a_refusal_burns_no_number(reg: Register) -> None:
    reg.create_series("CN", format="GS-{seq:06}", reset="never", kind="credit_note")
    assert reg.issue(document(1, issue_date="2026-03-02"), series="INV", render=False).number == "2026-00001"
    with pytest.raises(invoicekit.InvoiceError) as err:
        reg.issue(document(2, issue_date="2026-03-01"), series="INV", render=False)
    (problem,) = err.value.problems
    assert problem.where == "issue_date"
    assert "2026-03-01 is before 2026-03-02, the issue date of 2026-00001" in problem.message
    with pytest.raises(invoicekit.InvoiceError):  # the yearly reset does not reopen an earlier year
        reg.issue(document(3, issue_date="2025-12-31"), series="INV", render=False)
    # another series has its own order: an earlier date is fine there
    earlier = document(4, kind="credit_note", issue_date="2026-01-15")
    assert reg.issue(earlier, series="CN", render=False).number == "GS-000001"
    # the same day is not earlier, and the refusals used no number: 00002 follows 00001
    assert reg.issue(document(5, issue_date="2026-03-02"), series="INV", render=False).number == "2026-00002"
    assert reg.issue(document(6, issue_date="2026-03-09"), series="INV", render=False).number == "2026-00003"
    assert [e.number for e in reg.history(kind="invoice")] == ["2026-00003", "2026-00002", "2026-00001"]
    assert reg.verify().ok


def test_the_stored_pdf_is_the_rendered_document_byte_for_byte(reg: Register) -> None:
    issued = reg.issue(document(1), series="INV")
    record = reg.get(issued.number)
    again = render_bytes(invoicekit.compute(invoicekit.load(record.document)))
    assert issued.pdf == reg.pdf(issued.number) == again
    assert record.files["invoice.pdf"] == sha256_hex(again)
    assert record.computed == issued.computed.to_dict()
    assert record.entry.payable == issued.computed.payable and isinstance(record.entry.payable, Decimal)


def test_the_register_archives_pdfa_when_asked(reg: Register) -> None:
    from render.pdfacheck import check_structure, validator_findings

    issued = reg.issue(document(1), series="INV", pdfa=True)
    again = render_bytes(invoicekit.compute(invoicekit.load(reg.get(issued.number).document)), pdfa=True)
    assert issued.pdf == reg.pdf(issued.number) == again
    assert validator_findings(again) == []
    check_structure(again)


def test_an_invoice_object_and_attachments(reg: Register) -> None:
    invoice = invoicekit.load(document(7))
    issued = reg.issue(
        invoice,
        series="INV",
        render=False,
        attachments=lambda c: {"invoice.xml": f"<n>{c.invoice.number}</n>".encode()},
    )
    assert reg.file(issued.number, "invoice.xml") == b"<n>2026-00001</n>"
    # the archived document reads back as the invoice given, with its number
    assert invoicekit.load(reg.get(issued.number).document) == attrs.evolve(invoice, number=issued.number)
    with pytest.raises(UnknownNumber):
        reg.pdf(issued.number)  # rendered without a PDF
    with pytest.raises(UnknownNumber):
        reg.get("2099-00001")


def test_history_newest_first_by_buyer_with_filters(reg: Register) -> None:
    for i, (email, day) in enumerate(
        [
            ("a@example.org", "2026-01-05"),
            ("b@example.org", "2026-01-06"),
            ("A@Example.org ", "2026-02-01"),
            ("a@example.org", "2026-03-01"),
        ]
    ):
        reg.issue(document(i, email=email, issue_date=day), series="INV", render=False)
    numbers = [e.number for e in reg.history(buyer="a@EXAMPLE.org")]
    assert numbers == ["2026-00004", "2026-00003", "2026-00001"]
    assert [e.number for e in reg.history(buyer="a@example.org", since=dt.date(2026, 2, 1))] == [
        "2026-00004",
        "2026-00003",
    ]
    assert [e.number for e in reg.history(limit=2, offset=1)] == ["2026-00003", "2026-00002"]
    assert [e.number for e in reg.history(offset=3)] == ["2026-00001"]
    assert reg.history(kind="credit_note") == []
    assert reg.history(buyer="nobody@example.org") == []


def test_export_zip_with_index_and_a_chain_proof_that_recomputes(reg: Register, tmp_path: Path) -> None:
    for i, day in enumerate(["2026-01-10", "2026-02-10", "2026-03-10"]):
        reg.issue(document(i, issue_date=day), series="INV", render=i == 1)
    out = tmp_path / "export.zip"
    assert reg.export(out, start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 31)) == 2
    zf = zipfile.ZipFile(out)
    rows = list(csv.DictReader(io.StringIO(zf.read("index.csv").decode())))
    assert [r["number"] for r in rows] == ["2026-00002", "2026-00003"]
    assert zf.read("documents/2026-00002/invoice.pdf") == reg.pdf("2026-00002")
    proof = json.loads(zf.read("chain.json"))
    chain = proof["series"]["INV"]
    assert chain["anchor"] == reg.get("2026-00001").fingerprint
    prev = chain["anchor"]
    for entry in chain["records"]:
        folder = f"documents/{entry['number']}/"
        assert sha256_hex(zf.read(folder + "document.json")) == entry["document_sha256"]
        assert sha256_hex(zf.read(folder + "personal.json")) == entry["personal_sha256"]
        assert sha256_hex(zf.read(folder + "computed.json")) == entry["computed_sha256"]
        assert entry["prev"] == prev and fingerprint(entry) == entry["fingerprint"]
        prev = entry["fingerprint"]
    again = tmp_path / "again.zip"
    reg.export(again, start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 31))
    assert again.read_bytes() == out.read_bytes()  # same archive and range: same bytes


def test_migrate_is_idempotent_and_reports_versions(url: str) -> None:
    with Register(url) as reg:
        assert reg.migrate() == (0, 3)
        assert reg.migrate() == (3, 3)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 10)), min_size=1, max_size=8))
def test_any_order_of_dates_gives_chronological_gapless_numbers(days: list[dt.date]) -> None:
    # The invariant: a document is issued exactly when its date is not before the latest
    # date issued so far; the issued ones get 1, 2, 3 ... in that order, with no gap.
    with tempfile.TemporaryDirectory() as folder, Register(f"sqlite:///{folder}/r.db") as reg:
        reg.migrate()
        reg.create_series("N", format="N-{seq:04}", reset="never")
        issued, latest = [], None
        for i, day in enumerate(days):
            try:
                number = reg.issue(document(i, issue_date=day.isoformat()), series="N", render=False).number
            except invoicekit.InvoiceError as err:
                assert latest is not None and day < latest and err.problems[0].where == "issue_date"
                continue
            assert latest is None or day >= latest
            latest = day
            issued.append((number, day))
        assert [n for n, _ in issued] == [f"N-{k:04}" for k in range(1, len(issued) + 1)]
        assert [e.number for e in reversed(reg.history())] == [n for n, _ in issued]
        assert reg.verify().ok
