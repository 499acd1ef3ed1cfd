"""The :class:`Register`: an immutable, hash-chained archive of issued invoices with
gapless numbering, buyer history, erasure and export. See docs/register.md."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

from ..errors import expect
from ..model import Invoice
from ..taxtable import RateProvider
from . import archive, erasure, export, issuing, numbering, schema, throttle, verify
from .backend import Backend, open_backend
from .document import buyer_key, raw_document
from .errors import SchemaVersionError, UnknownNumber

Source = Invoice | Mapping[str, Any] | str | os.PathLike[str]


class Register:
    """An invoice register in a database: ``Register("sqlite:///invoices.db")`` or
    ``Register("postgresql://user@host/db?schema=shop")``.

    ``secret``: the key of the buyer-key HMAC (default: the random one ``migrate`` stored in
    the database). ``provider``: the tax data (default: the shipped tables). A database with
    a newer schema is refused here; an unmigrated one at the first operation other than
    :meth:`migrate`."""

    def __init__(
        self, url: str, *, secret: bytes | None = None, provider: RateProvider | None = None
    ) -> None:
        self._backend: Backend = open_backend(url)
        self._secret = secret
        self._provider = provider
        self._checked = False
        with self._backend.transaction(write=False) as cur:
            found = schema.schema_version(self._backend, cur)
        if found > schema.SCHEMA_VERSION:
            self._backend.close()
            raise SchemaVersionError(found, schema.SCHEMA_VERSION)

    # --- set-up ---

    def migrate(self) -> tuple[int, int]:
        """Bring the schema up to date; (version before, version after)."""
        result = schema.migrate(self._backend)
        self._checked = False
        return result

    def _ready(self, cur: Any) -> None:
        if not self._checked:
            schema.require_version(self._backend, cur)
            self._checked = True

    def _key(self, cur: Any) -> bytes:
        if self._secret is None:
            row = cur.execute("SELECT value FROM meta WHERE key = 'secret'").one()
            self._secret = bytes.fromhex(row[0])
        return self._secret

    def create_series(
        self,
        name: str,
        *,
        format: str = "{year}-{seq:05}",
        reset: str = "yearly",
        kind: str = "invoice",
        seller: str | None = None,
    ) -> numbering.Series:
        """Create a numbering series (or accept an identical existing one). ``format`` uses
        ``{seq}`` and ``{year}``; ``reset`` is "yearly" or "never"; ``kind`` the document kind
        it numbers; ``seller``: only documents of the seller with this VAT ID or name."""
        series = numbering.checked_series(name, format, reset, kind, seller)
        with self._backend.transaction(write=True) as cur:
            self._ready(cur)
            numbering.store_series(cur, series)
        return series

    def series(self) -> list[numbering.Series]:
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return numbering.all_series(cur)

    # --- issuing and reading ---

    def issue(
        self,
        document: Source,
        *,
        series: str,
        render: bool = True,
        locale: str | None = None,
        brand: Any = None,
        attachments: issuing.Attachments | None = None,
        pdfa: bool = False,
        xml: str | None = None,
        xml_profile: str = "en16931",
        key: str | None = None,
    ) -> issuing.Issued:
        """Give ``document`` the next number of ``series``, compute it, render its PDF (unless
        ``render=False``; PDF/A-3b, the archival PDF, with ``pdfa=True``), write its e-invoice
        when ``xml`` is "ubl" or "cii" (EN 16931, or ``xml_profile`` "xrechnung", "peppol" ...)
        and archive it with ``attachments`` (bytes by file name, or a function of the
        :class:`Computed` giving them): all in one transaction, so a failure uses no number and
        stores nothing. A number in the document is a draft: it is replaced, and kept as
        ``draft_number``. ``key``: an idempotency key (a batch uses a hash of the input); a
        document already issued with it raises :class:`AlreadyIssued` naming its number."""
        doc = raw_document(document)
        options = issuing.IssueOptions(render, locale, brand, attachments, pdfa, xml, xml_profile)
        options.check()
        with self._backend.transaction(write=True) as cur:
            self._ready(cur)
            return issuing.issue_in(cur, doc, series, self._key(cur), self._provider, options, key)

    def issued_with(self, key: str) -> str | None:
        """The number of the document issued with idempotency ``key``, or ``None``."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return issuing.number_for_key(cur, self._key(cur), key)

    def history(
        self,
        *,
        buyer: str | None = None,
        since: dt.date | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[archive.Entry]:
        """Issued documents, newest first: of the buyer with e-mail ``buyer``, issued on or
        after ``since``, of ``kind``; a page of ``limit`` entries after ``offset``."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            key = buyer_key(self._key(cur), buyer) if buyer is not None else None
            return archive.history(cur, key, since, kind, limit, offset)

    def get(self, number: str) -> archive.Record:
        """The archived document ``number`` (:class:`UnknownNumber` if none)."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return archive.record(cur, number)

    def file(self, number: str, name: str = issuing.PDF_NAME) -> bytes:
        """The stored bytes of a document's PDF (default) or of an attachment by name."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return archive.file_bytes(cur, number, name)

    def pdf(self, number: str) -> bytes:
        return self.file(number, issuing.PDF_NAME)

    def xml(self, number: str) -> bytes:
        """The stored e-invoice (UBL or CII, whichever it was issued with) of ``number``."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            names = archive.record(cur, number).files
            for name in issuing.XML_NAMES.values():
                if name in names:
                    return archive.file_bytes(cur, number, name)
        raise UnknownNumber(f"document {number!r} was issued without an e-invoice (xml=)")

    # --- erasure, verification, export ---

    def erase(
        self,
        *,
        buyer: str,
        on: dt.date | None = None,
        issued_before: dt.date | None = None,
        locale: str | None = None,
    ) -> erasure.ErasureConfirmation:
        """Erase the personal data of the buyer with e-mail ``buyer`` (from the documents
        issued before ``issued_before``, when given: later ones are still to be retained).
        The confirmation's text is in ``locale``, else in the language of the buyer's latest
        document (its ``locale``, the buyer's, or the buyer's country's)."""
        if locale is not None:
            expect("locale", locale, str, "a locale string such as 'de' or 'pt_BR'")
        with self._backend.transaction(write=True) as cur:
            self._ready(cur)
            key = buyer_key(self._key(cur), buyer)
            result = erasure.erase(cur, key, on or dt.date.today(), issued_before, locale)
        self._backend.after_erasure()
        return result

    def failures(self, scope: str, client: str, *, since: float) -> int:
        """How many failures :meth:`record_failure` noted for ``client`` in ``scope``
        after Unix time ``since``, in any process using this database."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return throttle.count(cur, scope, client, since)

    def record_failure(self, scope: str, client: str, *, at: float, forget_before: float) -> None:
        """Note a failure of ``client`` (a key the caller made, e.g. a hash of an address) at
        Unix time ``at``; failures of ``scope`` before ``forget_before`` are deleted."""
        with self._backend.transaction(write=True) as cur:
            self._ready(cur)
            throttle.record(cur, scope, client, at, forget_before)

    def verify(self) -> verify.VerifyReport:
        """Re-hash every record and walk every chain; the report names what is broken or missing."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return verify.verify(cur)

    def export(
        self, path: str | os.PathLike[str], *, start: dt.date | None = None, end: dt.date | None = None
    ) -> int:
        """Write the documents issued from ``start`` to ``end`` (inclusive) to the ZIP ``path``."""
        with self._backend.transaction(write=False) as cur:
            self._ready(cur)
            return export.export(cur, path, start, end)

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Register({self._backend.shown!r})"
