"""Online check of EU (and Northern Ireland) VAT numbers with the VIES REST API.

``POST {base_url}/check-vat-number`` with the JSON body ``{countryCode, vatNumber}``
(plus ``requesterMemberStateCode`` and ``requesterNumber`` when the requester's own VAT
number is given, which makes VIES return a consultation number). The answer carries
``valid``, ``requestDate``, ``name``, ``address`` and ``requestIdentifier``; errors come
as ``{"actionSucceed": false, "errorWrappers": [{"error": CODE, "message": ...}]}`` or
as a ``userError`` code, sometimes inside an HTTP 200.

Only an explicit ``valid: true``/``false`` from VIES gives ``valid``/``invalid``. Every
other outcome (no answer, timeout, non-200 status, non-JSON body, an error code, a
missing ``valid`` flag) is ``unavailable`` with a ``detail``, never ``invalid``.
"""

from __future__ import annotations

import datetime as dt
import json
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
from invoicekit.taxid.result import TaxIdResult
from invoicekit.taxid.schemes import VIES_PREFIXES
from invoicekit.taxid.transport import HttpRequest, HttpResponse, Transport, urllib_transport
from invoicekit.taxid.validate import validate_tax_id

#: Production base URL of the VIES REST API.
VIES_BASE_URL = "https://ec.europa.eu/taxation_customs/vies/rest-api"
CHECK_PATH = "/check-vat-number"

#: VIES error codes that say the service or a member state could not answer now;
#: retried. The others (INVALID_INPUT, INVALID_REQUESTER_INFO, VAT_BLOCKED, IP_BLOCKED)
#: are not, as asking again gives the same error. All of them mean ``unavailable``.
RETRYABLE_ERRORS = frozenset(
    {
        "SERVICE_UNAVAILABLE",
        "MS_UNAVAILABLE",
        "TIMEOUT",
        "GLOBAL_MAX_CONCURRENT_REQ",
        "GLOBAL_MAX_CONCURRENT_REQ_TIME",
        "MS_MAX_CONCURRENT_REQ",
        "MS_MAX_CONCURRENT_REQ_TIME",
    }
)

#: HTTP statuses worth another try (besides every 5xx).
RETRYABLE_STATUSES = frozenset({408, 429})

_SERVICE = "vies"


def split_vies_id(vat_id: str | TaxIdResult) -> tuple[str, str]:
    """Split a VAT number into VIES country code (``EL`` for Greece) and national part.

    >>> split_vies_id("el 094 259 216")
    ('EL', '094259216')
    >>> split_vies_id("GR094259216")
    ('EL', '094259216')
    >>> split_vies_id("GB980780684")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    ValueError: 'GB980780684' does not start with a VIES country code ...
    """
    text = vat_id.normalized if isinstance(vat_id, TaxIdResult) else vat_id
    cleaned = clean(text)
    code = "EL" if cleaned[:2] == "GR" else cleaned[:2]
    if code not in VIES_PREFIXES:
        raise ValueError(
            f"{text!r} does not start with a VIES country code "
            "(an EU member state, EL for Greece, XI for Northern Ireland)"
        )
    return code, cleaned[2:]


def check_vies(
    vat_id: str | TaxIdResult,
    *,
    requester: str | None = None,
    transport: Transport | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    base_url: str = VIES_BASE_URL,
    backoff: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], dt.datetime] = utc_now,
    precheck: bool = True,
) -> OnlineResult:
    """Ask VIES whether ``vat_id`` (with its prefix, e.g. ``DE136695976``) is registered.

    ``requester`` is your own EU/XI VAT number; with it VIES returns a consultation
    number (``consultation_number``), the proof of the check. ``timeout`` is the most
    one attempt may take, from connect to the last body byte; transient failures are
    retried up to ``retries`` times, waiting ``backoff``, ``2*backoff``, ... seconds
    through ``sleep``, and the whole call stops within
    :func:`~invoicekit.taxid.online.call_deadline` (``timeout * (retries + 1)`` plus the
    waits; 31.5 s with the defaults). With
    ``precheck`` (default) a number that fails offline validation is reported
    ``invalid`` without being sent (``attempts == 0``). ``transport`` replaces the
    urllib-based HTTP client; ``base_url`` the service address.

    Raises ``ValueError`` when ``vat_id`` or ``requester`` has no VIES country code or
    ``requester`` is not a valid VAT number, and :class:`~invoicekit.errors.OnlineLimitError`
    (a ``ValueError``) for a ``timeout`` that is not finite and > 0, ``retries`` that is
    not an int in 0..10 or a ``backoff`` that is not finite and >= 0.
    """
    check_limits(timeout, retries, backoff)
    code, number = split_vies_id(vat_id)
    if precheck:
        offline = validate_tax_id(code + number)
        if not offline.valid:
            return OnlineResult(
                state="invalid",
                vat_id=code + number,
                service=_SERVICE,
                checked_at=now(),
                detail=f"not sent to VIES: offline validation failed ({offline.reason})",
            )
        code, number = offline.normalized[:2], offline.normalized[2:]
    payload = {"countryCode": code, "vatNumber": number}
    if requester is not None:
        payload.update(_requester_fields(requester))
    request = HttpRequest(
        method="POST",
        url=base_url.rstrip("/") + CHECK_PATH,
        headers=(
            ("Content-Type", "application/json"),
            ("Accept", "application/json"),
            ("User-Agent", "invoicekit-taxid"),
        ),
        body=json.dumps(payload).encode("utf-8"),
    )
    send = transport or urllib_transport
    vat = code + number
    return with_retries(
        lambda seconds: send_once(send, request, seconds, vat, now, _SERVICE, interpret),
        timeout=timeout,
        retries=retries,
        backoff=backoff,
        sleep=sleep,
    )


def _requester_fields(requester: str) -> dict[str, str]:
    code, number = split_vies_id(requester)
    offline = validate_tax_id(code + number)
    if not offline.valid:
        raise ValueError(f"requester {requester!r} is not a valid VAT number: {offline.reason}")
    return {
        "requesterMemberStateCode": offline.normalized[:2],
        "requesterNumber": offline.normalized[2:],
    }


def interpret(response: HttpResponse, vat: str, now: Callable[[], dt.datetime] = utc_now) -> Attempt:
    """Turn one VIES answer into a result, and whether to retry.

    >>> interpret(HttpResponse(200, b'{"valid": true, "name": "---"}'), "DE136695976").result.state
    'valid'
    >>> interpret(HttpResponse(200, b'<html>busy</html>'), "DE136695976").result.state
    'unavailable'
    """
    data = parse_json(response.body)
    if response.status != 200:
        code = _error_code(data)
        detail = f"VIES answered HTTP {response.status}" + (f" ({code})" if code else "")
        retry = response.status >= 500 or response.status in RETRYABLE_STATUSES or code in RETRYABLE_ERRORS
        return unavailable(_SERVICE, vat, now, detail, retry)
    if not isinstance(data, dict):
        return unavailable(_SERVICE, vat, now, "VIES answer is not a JSON object", True)
    code = _error_code(data)
    if code is not None or data.get("actionSucceed") is False:
        return unavailable(
            _SERVICE,
            vat,
            now,
            f"VIES error {code or 'without a code'}{_message(data)}",
            code in RETRYABLE_ERRORS,
        )
    user_error = data.get("userError")
    if user_error not in (None, "", "VALID", "INVALID"):
        return unavailable(_SERVICE, vat, now, f"VIES error {user_error}", user_error in RETRYABLE_ERRORS)
    valid = data.get("valid")
    if not isinstance(valid, bool):
        return unavailable(_SERVICE, vat, now, "VIES answer has no 'valid' flag", True)
    if (user_error == "VALID" and not valid) or (user_error == "INVALID" and valid):
        return unavailable(
            _SERVICE, vat, now, f"VIES answer contradicts itself (userError {user_error})", False
        )
    return Attempt(
        OnlineResult(
            state="valid" if valid else "invalid",
            vat_id=vat,
            service=_SERVICE,
            name=clean_text(data.get("name")),
            address=clean_text(data.get("address")),
            consultation_number=clean_text(data.get("requestIdentifier")),
            checked_at=parse_timestamp(data.get("requestDate")) or now(),
            detail=None if valid else "VIES: not a valid VAT number for intra-EU trade",
        )
    )


def _error_code(data: object) -> str | None:
    """The first ``errorWrappers[].error`` code, if any."""
    if not isinstance(data, dict):
        return None
    wrappers = data.get("errorWrappers")
    if isinstance(wrappers, list):
        for wrapper in wrappers:
            error = wrapper.get("error") if isinstance(wrapper, dict) else None
            if isinstance(error, str):
                return error
        if wrappers:
            return "UNKNOWN"
    return None


def _message(data: dict[str, Any]) -> str:
    wrappers = data.get("errorWrappers")
    if isinstance(wrappers, list):
        for wrapper in wrappers:
            if isinstance(wrapper, dict) and clean_text(wrapper.get("message")):
                return f": {clean_text(wrapper.get('message'))}"
    return ""
