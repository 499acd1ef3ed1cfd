"""The hash chain: each record's fingerprint covers its content and its predecessor's.

What the fingerprint covers survives erasure: the redacted document's hash, the computed
result's hash, the hash of the (separately stored) personal part, the hashes of the PDF and
attachments, numbers, dates, amounts and the tax data release. Erasure deletes the
personal part and the file bytes but not their hashes, so every fingerprint still
recomputes. See docs/register.md for the design.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .document import canonical_json, sha256_hex

GENESIS = "0" * 64
CHAIN_VERSION = 1

# the record columns a fingerprint covers, in no particular order (the JSON is canonical)
CHAINED = (
    "series",
    "period",
    "seq",
    "number",
    "draft_number",
    "kind",
    "issue_date",
    "currency",
    "net",
    "tax",
    "gross",
    "payable",
    "release",
    "document_sha256",
    "computed_sha256",
    "personal_sha256",
    "files",
    "prev",
)


def fingerprint(fields: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of the chained fields (``files``: name -> SHA-256)."""
    payload = {key: fields[key] for key in CHAINED}
    payload["v"] = CHAIN_VERSION
    return sha256_hex(canonical_json(payload))
