"""The stored form of an input document: canonical JSON, split into its buyer's personal part.

The archive keeps the document as the issuer gave it (with the assigned number), as
canonical JSON: sorted keys, no spaces, UTF-8, numbers and dates as text, so that the same
document always gives the same bytes and the same SHA-256. The buyer's name, address lines
and e-mail are kept apart (:func:`split_personal`) so that they can be erased without
touching what the hash chain covers; see docs/register.md.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from ..loader import read_document
from ..model import Invoice

PERSONAL_FIELDS = ("name", "email")  # of the buyer; plus its address lines
_SELLER_ONLY = ("registrations", "eu_distance_sales")


def jsonable(value: Any) -> Any:
    """``value`` with Decimals and dates as text, tuples as lists: JSON without floats."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def canonical_json(value: Any) -> str:
    """The one JSON text of ``value``: sorted keys, no spaces, non-ASCII kept."""
    return json.dumps(jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v is not None and v != () and v != []}
    if isinstance(value, tuple | list):
        return [_drop_empty(v) for v in value]
    return value


_REPRESENTATIVE_FIELDS = ("name", "address", "vat_id")


def _as_written(discount: Mapping[str, Any]) -> Any:
    """A line discount as the format writes it: ``"10%"`` or the amount."""
    return f"{discount['percent']}%" if "percent" in discount else discount["amount"]


def _document_lines(raw: dict[str, Any]) -> None:
    """Line fields back to the format: the discount as written, allowances and charges
    without their ``charge`` flag (the list they are in says it)."""
    for line in raw.get("lines", []):
        if "discount" in line:
            line["discount"] = _as_written(line["discount"])
        for key in ("allowances", "charges"):
            for entry in line.get(key, []):
                entry.pop("charge", None)


def document_of(invoice: Invoice) -> dict[str, Any]:
    """The document (docs/format.md) that :func:`invoicekit.load` reads back as ``invoice``."""
    raw = _drop_empty(attrs.asdict(invoice))
    for key in _SELLER_ONLY:
        raw["buyer"].pop(key, None)
    _document_lines(raw)
    for key in ("allowances", "charges"):
        for entry in raw.get(key, []):
            entry.pop("charge", None)
            if not entry.get("reason"):  # only a reason code was given
                entry.pop("reason", None)
    if "tax_representative" in raw:
        rep = raw["tax_representative"]
        raw["tax_representative"] = {k: rep[k] for k in _REPRESENTATIVE_FIELDS if k in rep}
    return dict(jsonable(raw))


def raw_document(source: Invoice | Mapping[str, Any] | str | os.PathLike[str]) -> dict[str, Any]:
    """A private, JSON-ready copy of the document ``source`` (an Invoice, a dict or a file)."""
    if isinstance(source, Invoice):
        return document_of(source)
    raw = source if isinstance(source, Mapping) else read_document(source)
    if not isinstance(raw, Mapping):
        return {"_": raw}  # load() names the problem
    return dict(copy.deepcopy(dict(raw)))


def split_personal(doc: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the document without the buyer's name, address lines and e-mail, those data).

    The personal part carries a random ``nonce``: its hash, which the chain keeps after the
    data are erased, then cannot be matched against a guessed name or e-mail."""
    redacted: dict[str, Any] = json.loads(canonical_json(doc))
    personal: dict[str, Any] = {"nonce": secrets.token_hex(16)}
    buyer = redacted.get("buyer")
    if isinstance(buyer, dict):
        for key in PERSONAL_FIELDS:
            if key in buyer:
                personal[key] = buyer.pop(key)
        address = buyer.get("address")
        if isinstance(address, dict) and "lines" in address:
            personal["lines"] = address.pop("lines")
    return redacted, personal


def merge_personal(redacted: Mapping[str, Any], personal: Mapping[str, Any] | None) -> dict[str, Any]:
    """The full document again (or the redacted one when the personal part was erased)."""
    doc: dict[str, Any] = json.loads(canonical_json(redacted))
    if personal is None:
        return doc
    buyer = doc.setdefault("buyer", {})
    for key in PERSONAL_FIELDS:
        if key in personal:
            buyer[key] = personal[key]
    if "lines" in personal:
        buyer.setdefault("address", {})["lines"] = personal["lines"]
    return doc


def normalise_email(email: str) -> str:
    """The form of an address that keys a buyer: NFC, trimmed, lower case."""
    return unicodedata.normalize("NFC", email).strip().lower()


def buyer_key(secret: bytes, email: str) -> str:
    """HMAC-SHA256 of the normalised e-mail under the register secret: finds a buyer's
    records without storing the address as a key (and cannot be recomputed without the secret)."""
    return hmac.new(secret, normalise_email(email).encode("utf-8"), hashlib.sha256).hexdigest()
