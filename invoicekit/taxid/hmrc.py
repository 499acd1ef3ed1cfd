"""Online check of UK VAT numbers with HMRC's "Check a UK VAT number" API (version 2.0).

``GET {base_url}/organisations/vat/check-vat-number/lookup/{target}`` or
``.../lookup/{target}/{requester}`` (the latter returns a ``consultationNumber``), with
``Accept: application/vnd.hmrc.2.0+json``. Version 2.0 is application-restricted: each
request needs an OAuth 2.0 bearer token of an application registered with HMRC
(client-credentials grant), passed here as ``bearer_token``; obtaining it is left to the
caller. A 200 answer carries ``target`` (name, vatNumber, address), ``processingDate``
and, with a requester, ``consultationNumber``; an unknown number is an HTTP 404 with the
code ``NOT_FOUND``.

As with VIES, only those two answers give ``valid``/``invalid``; everything else
(including a 404 without that code, or one about the requester's number) is
``unavailable``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from invoicekit.taxid.cleaning import clean
from invoicekit.taxid.online import (
    Attempt,
    OnlineResult,
    check_limits,
    clean_text,
    parse_json,
    parse_timestamp,
    send_once,
    unavailable,
    utc_now,
    with_retries,
)
from invoicekit.taxid.transport import HttpRequest, HttpResponse, Transport, urllib_transport
from invoicekit.taxid.validate import validate_tax_id

#: Production and sandbox base URLs of HMRC's APIs.
HMRC_BASE_URL = "https://api.service.hmrc.gov.uk"
HMRC_SANDBOX_BASE_URL = "https://test-api.service.hmrc.gov.uk"
LOOKUP_PATH = "/organisations/vat/check-vat-number/lookup"
ACCEPT = "application/vnd.hmrc.2.0+json"

_SERVICE = "hmrc"
_RETRYABLE_STATUSES = frozenset({408, 429})


def vrn_of(vat_id: str) -> str:
    """The 9- or 12-digit VAT registration number in a UK VAT number (GB, XI or none).

    >>> vrn_of("GB 980 7806 84")
    '980780684'
    >>> vrn_of("GBGD001")
    Traceback (most recent call last):
        ...
    ValueError: 'GBGD001' is not a 9- or 12-digit UK VAT registration number
    """
    cleaned = clean(vat_id)
    digits = cleaned[2:] if cleaned[:2] in ("GB", "XI") else cleaned
    if not (digits.isascii() and digits.isdigit() and len(digits) in (9, 12)):
        raise ValueError(f"{vat_id!r} is not a 9- or 12-digit UK VAT registration number")
    return digits


def check_hmrc(
    vat_id: str,
    *,
    requester: str | None = None,
    bearer_token: str | None = None,
    transport: Transport | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    base_url: str = HMRC_BASE_URL,
    backoff: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], dt.datetime] = utc_now,
    precheck: bool = True,
) -> OnlineResult:
    """Ask HMRC whether the UK VAT number ``vat_id`` is registered.

    Same states, timeouts and retries as :func:`~invoicekit.taxid.vies.check_vies`.
    ``requester`` is your own UK VAT number (for a consultation number). Without
    ``bearer_token`` nothing is sent and the result is ``unavailable``. With
    ``precheck`` a number failing offline validation is ``invalid`` without asking.
    Raises ``ValueError`` for a number (or requester) that is not a 9- or 12-digit
    VRN, and for limits as in ``check_vies``.
    """
    check_limits(timeout, retries, backoff)
    if precheck:
        offline = validate_tax_id(vat_id, country="GB")
        if not offline.valid:
            return OnlineResult(
                state="invalid",
                vat_id=offline.normalized,
                service=_SERVICE,
                checked_at=now(),
                detail=f"not sent to HMRC: offline validation failed ({offline.reason})",
            )
    target = vrn_of(vat_id)
    path = f"{LOOKUP_PATH}/{target}"
    if requester is not None:
        path += f"/{_requester_vrn(requester)}"
    vat = "GB" + target
    if not bearer_token:
        return OnlineResult(
            state="unavailable",
            vat_id=vat,
            service=_SERVICE,
            checked_at=now(),
            detail="not sent: HMRC's API (v2.0) needs an OAuth 2.0 bearer token (bearer_token=)",
        )
    request = HttpRequest(
        method="GET",
        url=base_url.rstrip("/") + path,
        headers=(
            ("Accept", ACCEPT),
            ("Authorization", f"Bearer {bearer_token}"),
            ("User-Agent", "invoicekit-taxid"),
        ),
    )
    send = transport or urllib_transport
    return with_retries(
        lambda seconds: send_once(send, request, seconds, vat, now, _SERVICE, interpret),
        timeout=timeout,
        retries=retries,
        backoff=backoff,
        sleep=sleep,
    )


def _requester_vrn(requester: str) -> str:
    offline = validate_tax_id(requester, country="GB")
    if not offline.valid:
        raise ValueError(f"requester {requester!r} is not a valid UK VAT number: {offline.reason}")
    return vrn_of(offline.normalized)


def interpret(response: HttpResponse, vat: str, now: Callable[[], dt.datetime] = utc_now) -> Attempt:
    """Turn one HMRC answer into a result, and whether to retry.

    >>> body = b'{"code": "NOT_FOUND", "message": "targetVrn does not match a registered company"}'
    >>> interpret(HttpResponse(404, body), "GB980780684").result.state
    'invalid'
    >>> interpret(HttpResponse(404, b"Not Found"), "GB980780684").result.state
    'unavailable'
    """
    data = parse_json(response.body)
    code = data.get("code") if isinstance(data, dict) else None
    message = clean_text(data.get("message")) if isinstance(data, dict) else None
    said = f" ({code}: {message})" if code and message else f" ({code})" if code else ""
    if response.status == 200:
        target = data.get("target") if isinstance(data, dict) else None
        if not isinstance(target, dict):
            return unavailable(_SERVICE, vat, now, "HMRC answer has no 'target'", True)
        return Attempt(
            OnlineResult(
                state="valid",
                vat_id=vat,
                service=_SERVICE,
                name=clean_text(target.get("name")),
                address=_address(target.get("address")),
                consultation_number=clean_text(data.get("consultationNumber")),
                checked_at=parse_timestamp(data.get("processingDate")) or now(),
            )
        )
    if response.status == 404 and code == "NOT_FOUND" and "requester" not in (message or "").lower():
        return Attempt(
            OnlineResult(
                state="invalid",
                vat_id=vat,
                service=_SERVICE,
                checked_at=now(),
                detail=f"HMRC: {message or 'no VAT registration with this number'}",
            )
        )
    if response.status in (401, 403):
        return unavailable(
            _SERVICE, vat, now, f"HMRC refused the request: HTTP {response.status}{said}", False
        )
    retry = response.status >= 500 or response.status in _RETRYABLE_STATUSES
    return unavailable(_SERVICE, vat, now, f"HMRC answered HTTP {response.status}{said}", retry)


def _address(value: Any) -> str | None:
    """HMRC's address object as lines joined by newlines."""
    if not isinstance(value, dict):
        return clean_text(value)
    keys = ("line1", "line2", "line3", "line4", "line5", "postcode", "countryCode")
    lines = [text for text in (clean_text(value.get(key)) for key in keys) if text]
    return "\n".join(lines) or None
