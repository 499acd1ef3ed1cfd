"""Issuing: number, compute, render and store a document in one transaction.

Everything happens between taking the series lock and the commit: the counter moves, the
number goes into the document, the document is computed and rendered, and the record with
its files and personal part is written. Any failure (a bad document, a render error, a
killed process) rolls the whole transaction back: no number is used, nothing is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from attrs import frozen

from ..compute import compute
from ..errors import ArgumentError, InvoiceError, Problem
from ..loader import load
from ..result import Computed
from ..taxtable import RateProvider
from .backend import Cursor
from .chain import GENESIS, fingerprint
from .document import buyer_key, canonical_json, sha256_hex, split_personal
from .errors import AlreadyIssued
from .numbering import chronological, last_record, load_series, mismatch, next_seq

PDF_NAME = "invoice.pdf"
#: The stored file name of the e-invoice, by syntax.
XML_NAMES = {"ubl": "invoice-ubl.xml", "cii": "invoice-cii.xml"}
_RESERVED = frozenset({PDF_NAME, *XML_NAMES.values()})
Attachments = Mapping[str, bytes] | Callable[[Computed], Mapping[str, bytes]]
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@frozen
class IssueOptions:
    """How to issue: render a PDF (in ``locale``, with ``brand``, as PDF/A-3b when ``pdfa``),
    write the e-invoice (``xml``: "ubl" or "cii", in ``xml_profile``), and which attachments."""

    render: bool = True
    locale: str | None = None
    brand: Any = None  # invoicekit.render.Brand; Any keeps reportlab out of this import
    attachments: Attachments | None = None
    pdfa: bool = False
    xml: str | None = None
    xml_profile: str = "en16931"

    def check(self) -> None:
        """Refuse a wrong ``xml`` or ``xml_profile`` before any transaction begins."""
        if self.xml is None:
            return
        if self.xml not in XML_NAMES:
            raise ArgumentError(f'xml: expected "ubl", "cii" or None, got {self.xml!r}')
        from ..einvoice.profiles import profile

        profile(self.xml_profile, self.xml)


@frozen
class Issued:
    """What :meth:`Register.issue` returns: the number given and what was stored."""

    number: str
    series: str
    seq: int
    draft_number: str | None
    fingerprint: str
    computed: Computed
    files: dict[str, str]  # name -> SHA-256
    pdf: bytes | None
    xml: bytes | None = None


def _einvoice(computed: Computed, syntax: str, profile: str) -> bytes:
    """The UBL or CII e-invoice of ``computed`` (an InvoiceError names what the profile lacks)."""
    from .. import einvoice

    writer = einvoice.to_ubl if syntax == "ubl" else einvoice.to_cii
    return writer(computed, profile)


def _files(computed: Computed, options: IssueOptions) -> dict[str, bytes]:
    """The PDF (when rendering), the e-invoice (when asked) and the attachments, by file name."""
    files: dict[str, bytes] = {}
    if options.render:
        from ..render import render_bytes  # reportlab loads only when rendering

        files[PDF_NAME] = render_bytes(
            computed, locale=options.locale, brand=options.brand, pdfa=options.pdfa
        )
    if options.xml is not None:
        files[XML_NAMES[options.xml]] = _einvoice(computed, options.xml, options.xml_profile)
    extra = options.attachments
    if callable(extra):
        extra = extra(computed)
    for name, data in (extra or {}).items():
        if not _FILE_NAME.match(name) or name in _RESERVED:
            reserved = ", ".join(sorted(_RESERVED))
            problem = f"use a plain file name other than {reserved}"
            raise InvoiceError([Problem(f"attachments[{name!r}]", problem)])
        if not isinstance(data, bytes):
            raise InvoiceError([Problem(f"attachments[{name!r}]", "expected bytes")])
        files[name] = data
    return files


def issue_in(
    cur: Cursor,
    doc: dict[str, Any],
    series_name: str,
    secret: bytes,
    provider: RateProvider | None,
    options: IssueOptions,
    key: str | None = None,
) -> Issued:
    """Issue ``doc`` into ``series_name`` inside the caller's write transaction. With an
    idempotency ``key`` already recorded, raise :class:`AlreadyIssued` (checked under the
    series lock, before the counter moves); else record it with the new record."""
    draft = doc.get("number") if isinstance(doc.get("number"), str) else None
    probe = load({**doc, "number": draft or "DRAFT"})  # every document problem, before any lock
    series = load_series(cur, series_name, lock=cur.dialect.for_update)
    mismatch(series, probe)
    digest = key_digest(secret, key) if key is not None else None
    if key is not None:
        found = number_for_key(cur, secret, key)
        if found is not None:
            raise AlreadyIssued(key, found)
    last = last_record(cur, series.name)
    chronological(series, last, probe.issue_date)  # before the counter moves: no number used
    period = series.period(probe.issue_date)
    seq = next_seq(cur, series.name, period)
    number = series.number(probe.issue_date, seq)
    doc = {**doc, "number": number}
    computed = compute(attrs.evolve(probe, number=number), provider)
    files = _files(computed, options)
    release = _release(provider)
    issued, record_id = _store(cur, doc, computed, files, secret, {
        "series": series.name, "period": period, "seq": seq, "number": number,
        "draft_number": draft, "release": release, "prev": last.fingerprint if last else GENESIS,
    })  # fmt: skip
    if digest is not None:
        cur.execute("INSERT INTO issue_key (key, record_id) VALUES (?, ?)", [digest, record_id])
    return issued


def key_digest(secret: bytes, key: str) -> str:
    """The stored form of an idempotency key: HMAC-SHA256 under the register secret, so a key
    made from a document's content (a hash of the buyer's data) confirms no guess about it."""
    if not isinstance(key, str) or not key:
        raise ArgumentError(f"key: expected a non-empty string, got {key!r}")
    return hmac.new(secret, b"issue-key\0" + key.encode(), hashlib.sha256).hexdigest()


def number_for_key(cur: Cursor, secret: bytes, key: str) -> str | None:
    """The number of the record issued with idempotency ``key``, or ``None``."""
    row = cur.execute(
        "SELECT record.number FROM issue_key JOIN record ON record.id = issue_key.record_id"
        " WHERE issue_key.key = ?",
        [key_digest(secret, key)],
    ).one()
    return str(row[0]) if row else None


def _release(provider: RateProvider | None) -> str | None:
    from ..taxtable import default_table

    table = provider if provider is not None else default_table()
    release = getattr(table, "release", None)
    return release() if callable(release) else None


def _store(
    cur: Cursor,
    doc: dict[str, Any],
    computed: Computed,
    files: dict[str, bytes],
    secret: bytes,
    head: dict[str, Any],
) -> tuple[Issued, int]:
    """Write the record, its files and its personal part; ``head["prev"]`` links it to the last one."""
    redacted, personal = split_personal(doc)
    redacted_json, computed_json = canonical_json(redacted), canonical_json(computed.to_dict())
    personal_json = canonical_json(personal)
    hashes = {name: sha256_hex(data) for name, data in files.items()}
    inv = computed.invoice
    fields: dict[str, Any] = {
        **head,
        "kind": inv.kind, "issue_date": inv.issue_date.isoformat(), "currency": computed.currency,
        "net": str(computed.net), "tax": str(computed.tax), "gross": str(computed.gross),
        "payable": str(computed.payable),
        "document_sha256": sha256_hex(redacted_json), "computed_sha256": sha256_hex(computed_json),
        "personal_sha256": sha256_hex(personal_json), "files": hashes,
    }  # fmt: skip
    fields["fingerprint"] = fingerprint(fields)
    columns = [k for k in fields if k != "files"]
    values = [fields[k] for k in columns] + [canonical_json(hashes), redacted_json, computed_json]
    names = ", ".join([*columns, "files", "document", "computed"])
    marks = ", ".join("?" * len(values))
    row = cur.execute(f"INSERT INTO record ({names}) VALUES ({marks}) RETURNING id", values).one()
    assert row is not None
    record_id = int(row[0])
    for name, data in files.items():
        cur.execute(
            "INSERT INTO file (record_id, name, sha256, data) VALUES (?, ?, ?, ?)",
            [record_id, name, hashes[name], data],
        )
    email = inv.buyer.email
    cur.execute(
        "INSERT INTO personal (record_id, buyer_key, data) VALUES (?, ?, ?)",
        [record_id, buyer_key(secret, email) if email else None, personal_json],
    )
    xml = next((files[name] for name in XML_NAMES.values() if name in files), None)
    issued = Issued(
        head["number"], head["series"], head["seq"], head["draft_number"], fields["fingerprint"],
        computed, hashes, files.get(PDF_NAME), xml,
    )  # fmt: skip
    return issued, record_id
