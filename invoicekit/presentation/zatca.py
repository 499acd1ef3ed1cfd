"""The ZATCA QR code payload of a Saudi tax invoice.

ZATCA's "E-invoice QR code" (E-Invoicing Resolution, Phase 1, and the detailed guidelines'
QR section): five TLV fields, each a tag byte, a length byte (of the UTF-8 value) and the
value, concatenated and base64-encoded: 1 seller's name, 2 seller's VAT registration
number, 3 time stamp of the invoice (ISO 8601), 4 invoice total with VAT, 5 VAT total.
"""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal

from ..errors import InvoiceError, Problem

_FIELDS = {1: "seller.name", 2: "seller.vat_id"}


def tlv(tag: int, value: str) -> bytes:
    """One TLV field; a value over 255 bytes cannot be encoded (the length is one byte)."""
    data = value.encode("utf-8")
    if len(data) > 255:
        where = _FIELDS.get(tag, "")
        raise InvoiceError([Problem(where, f"longer than the 255 bytes of a ZATCA QR field ({len(data)})")])
    return bytes((tag, len(data))) + data


def zatca_payload(seller: str, vat_number: str, issued: dt.datetime, total: Decimal, vat: Decimal) -> str:
    """The base64 text to encode in the QR code (amounts as plain decimals, ``1150.00``)."""
    stamp = issued.strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = (seller, vat_number, stamp, f"{total:f}", f"{vat:f}")
    raw = b"".join(tlv(tag, value) for tag, value in enumerate(fields, start=1))
    return base64.b64encode(raw).decode("ascii")


def decode_tlv(payload: str) -> dict[int, str]:
    """The fields of a payload, by tag (for tests and for reading a received invoice)."""
    raw, fields, k = base64.b64decode(payload, validate=True), {}, 0
    while k < len(raw):
        tag, length = raw[k], raw[k + 1]
        fields[tag] = raw[k + 2 : k + 2 + length].decode("utf-8")
        k += 2 + length
    return fields
