"""Signed, expiring tokens for the portal: the buyer's link, the session cookie, CSRF and
opaque document IDs, all HMAC-SHA256 under the shop's portal secret (stdlib only).

A token is ``base64url(JSON {"k": kind, "b": e-mail, "e": expiry (Unix seconds)}) "."
base64url(HMAC)``. The kind keeps a link from being used as a session and back.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import unicodedata

from ..errors import expect

LINK = "link"
SESSION = "session"


def normal_email(email: str) -> str:
    """The e-mail as the register keys it: NFC, trimmed, lower case."""
    return unicodedata.normalize("NFC", email).strip().lower()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, *parts: str) -> bytes:
    return hmac.new(secret, "\0".join(parts).encode("utf-8"), hashlib.sha256).digest()


def sign(secret: bytes, kind: str, buyer: str, expires: dt.datetime) -> str:
    """A token of ``kind`` for ``buyer`` valid until ``expires`` (an aware datetime)."""
    expect("buyer", buyer, str, "the buyer's e-mail address")
    if expires.tzinfo is None:
        raise ValueError("expires: needs a time zone (e.g. datetime.timezone.utc)")
    body = json.dumps({"k": kind, "b": normal_email(buyer), "e": int(expires.timestamp())},
                      sort_keys=True, separators=(",", ":"))  # fmt: skip
    payload = _b64(body.encode("utf-8"))
    return f"{payload}.{_b64(_mac(secret, 'token', payload))}"


def verify(secret: bytes, kind: str, token: str, now: dt.datetime) -> str | None:
    """The buyer's e-mail of a valid, unexpired token of ``kind``; ``None`` otherwise
    (tampered, expired, another kind or not a token at all: one answer for all)."""
    payload, _, mac = token.partition(".")
    try:
        good = hmac.compare_digest(_unb64(mac), _mac(secret, "token", payload))
        data = json.loads(_unb64(payload)) if good else None
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("k") != kind or not isinstance(data.get("b"), str):
        return None
    expiry = data.get("e")
    if not isinstance(expiry, int) or expiry <= now.timestamp():
        return None
    return str(data["b"])


def document_id(secret: bytes, buyer: str, number: str) -> str:
    """The opaque ID of document ``number`` in ``buyer``'s portal: it says nothing about the
    number and is worthless to another buyer (the number is never an access key)."""
    return _mac(secret, "document", normal_email(buyer), number).hex()[:32]


def csrf_token(secret: bytes, session: str) -> str:
    """The CSRF token of a session: bound to the session cookie, so a page of another site
    cannot know it."""
    return _mac(secret, "csrf", session).hex()


def csrf_ok(secret: bytes, session: str, token: str) -> bool:
    return hmac.compare_digest(csrf_token(secret, session), token)


def client_key(secret: bytes, address: str) -> str:
    """A client address as the failure counter stores it: keyed, so the database holds no
    address in clear (an IP address is personal data)."""
    return _mac(secret, "client", address).hex()[:32]
