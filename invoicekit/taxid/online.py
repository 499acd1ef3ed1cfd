"""What an online check returns (:class:`OnlineResult`) and the bounded retry loop."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from collections.abc import Callable
from typing import Any, Literal, TypeGuard

import attrs

from invoicekit.errors import OnlineLimitError
from invoicekit.taxid.transport import HttpResponse

#: ``valid``/``invalid`` are the register's answer about the number; ``unavailable``
#: means no answer about it was obtained (service down, timeout, error, garbage).
OnlineState = Literal["valid", "invalid", "unavailable"]

#: Upper bound on ``retries`` accepted by the checks.
MAX_RETRIES = 10


@attrs.frozen
class OnlineResult:
    """The outcome of asking a register (VIES, HMRC) about a VAT number.

    >>> r = OnlineResult(state="unavailable", vat_id="DE136695976", service="vies",
    ...                  detail="VIES error MS_UNAVAILABLE")
    >>> r.valid, r.state
    (False, 'unavailable')
    """

    state: OnlineState
    #: The number asked about, normalized (``DE136695976``).
    vat_id: str
    #: ``vies`` or ``hmrc``.
    service: str
    name: str | None = None
    address: str | None = None
    #: The register's reference for the check (VIES ``requestIdentifier``, HMRC
    #: ``consultationNumber``); given when the requester's own VAT number was sent.
    consultation_number: str | None = None
    #: When the register answered (its ``requestDate``/``processingDate``; the local
    #: clock if it gave none, or when no answer came).
    checked_at: dt.datetime | None = None
    #: What went wrong, or other remarks.
    detail: str | None = None
    #: HTTP requests made (0 when the number was rejected before asking).
    attempts: int = 0

    @property
    def valid(self) -> bool:
        """Whether the register confirmed the number."""
        return self.state == "valid"

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON-ready values (``checked_at`` in ISO 8601)."""
        data = attrs.asdict(self)
        data["checked_at"] = self.checked_at.isoformat() if self.checked_at else None
        return data


@attrs.frozen
class Attempt:
    """One try: its result and whether trying again might give a different answer."""

    result: OnlineResult
    retry: bool = False


def check_limits(timeout: object, retries: object, backoff: object = 0.0) -> None:
    """Reject limits that would make a check unbounded or meaningless.

    ``timeout`` must be a finite number of seconds > 0 (``inf``, ``nan``, 0 and negatives
    would let one request hang or fail at once), ``retries`` an ``int`` in
    0..``MAX_RETRIES`` and ``backoff`` a finite number >= 0. Booleans are refused (``True``
    is an int to Python, never a meant timeout). Raises :class:`OnlineLimitError`, a
    ``ValueError``.

    >>> check_limits(float("inf"), 2)
    Traceback (most recent call last):
        ...
    invoicekit.errors.OnlineLimitError: timeout must be a finite number of seconds > 0, got inf
    """
    if not _is_number(timeout) or not (math.isfinite(timeout) and timeout > 0):
        raise OnlineLimitError(f"timeout must be a finite number of seconds > 0, got {timeout!r}")
    if not isinstance(retries, int) or isinstance(retries, bool) or not 0 <= retries <= MAX_RETRIES:
        raise OnlineLimitError(f"retries must be an integer from 0 to {MAX_RETRIES}, got {retries!r}")
    if not _is_number(backoff) or not (math.isfinite(backoff) and backoff >= 0):
        raise OnlineLimitError(f"backoff must be a finite number of seconds >= 0, got {backoff!r}")


def _is_number(value: object) -> TypeGuard[float]:
    """Whether ``value`` is an int or float (not a bool, a string, ``None``...)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def call_deadline(timeout: float, retries: int, backoff: float) -> float:
    """The most a whole check may take, in seconds: every attempt's ``timeout`` plus the
    back-off waits between them (defaults: 3 * 10 s + 0.5 s + 1 s = 31.5 s).

    >>> call_deadline(timeout=10.0, retries=2, backoff=0.5)
    31.5
    """
    return timeout * (retries + 1) + sum(backoff * 2.0**n for n in range(retries))


def with_retries(
    attempt: Callable[[float], Attempt],
    *,
    timeout: float,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
    clock: Callable[[], float] = time.monotonic,
) -> OnlineResult:
    """Call ``attempt(seconds)`` up to ``retries + 1`` times while it asks for a retry.

    Waits ``backoff * 2**n`` seconds (through ``sleep``) before retry ``n + 1``; returns
    the last result with ``attempts`` filled in. Each attempt is given ``timeout``
    seconds, but never more than is left of :func:`call_deadline` (measured on
    ``clock``), and no retry starts once that has passed: a transport slower than the
    time it was given cannot stretch the call by more than its own overrun.

    >>> answers = iter([Attempt(OnlineResult("unavailable", "X", "t"), retry=True),
    ...                 Attempt(OnlineResult("valid", "X", "t"))])
    >>> waits = []
    >>> with_retries(lambda seconds: next(answers), timeout=1.0, retries=2, backoff=0.5,
    ...              sleep=waits.append).attempts
    2
    >>> waits
    [0.5]
    """
    budget = call_deadline(timeout, retries, backoff)
    end = clock() + budget
    allowed = timeout
    number = 0
    while True:
        outcome = attempt(allowed)
        number += 1
        result = attrs.evolve(outcome.result, attempts=number)
        if not outcome.retry or number > retries:
            return result
        wait = backoff * 2 ** (number - 1)
        left = end - clock() - wait
        if left <= 0:
            note = f"no retry: the check's deadline of {budget:.3g} s has passed"
            return attrs.evolve(result, detail=f"{result.detail}; {note}" if result.detail else note)
        sleep(wait)
        allowed = min(timeout, left)


def parse_json(body: bytes) -> Any:
    """The JSON value in ``body``, or ``None`` if it is not JSON.

    >>> parse_json(b'{"valid": true}')
    {'valid': True}
    >>> parse_json(b"<html>") is None
    True
    """
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def parse_timestamp(value: object) -> dt.datetime | None:
    """A register's date or date-time as an aware datetime (UTC when no zone is given).

    >>> parse_timestamp("2024-10-07T07:46:54.087Z").isoformat()
    '2024-10-07T07:46:54.087000+00:00'
    >>> parse_timestamp("2025-01-16").isoformat()
    '2025-01-16T00:00:00+00:00'
    >>> parse_timestamp("yesterday") is None
    True
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    """The current time, aware, in UTC (the default clock of the checks)."""
    return dt.datetime.now(dt.UTC)


def clean_text(value: object) -> str | None:
    """A register's text field, or ``None`` for missing, blank or ``---`` (VIES' "none").

    >>> clean_text("---") is None, clean_text(" ACME GMBH ")
    (True, 'ACME GMBH')
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    return None if not text or text == "---" else text


def unavailable(service: str, vat: str, now: Callable[[], dt.datetime], detail: str, retry: bool) -> Attempt:
    """No answer about the number from ``service``; ``retry`` when trying again may help."""
    return Attempt(
        OnlineResult(state="unavailable", vat_id=vat, service=service, checked_at=now(), detail=detail),
        retry=retry,
    )


def send_once(
    send: Any,
    request: Any,
    timeout: float,
    vat: str,
    now: Callable[[], dt.datetime],
    service: str,
    interpret: Callable[[Any, str, Callable[[], dt.datetime]], Attempt],
) -> Attempt:
    """One request to ``service`` through the transport, read by ``interpret``.

    Any exception from the transport is taken as the network failing: no answer, worth a
    retry. A transport that returns something other than an :class:`HttpResponse` with
    an int status and a bytes body (a custom transport's bug) gives no answer either,
    but is not retried: asking it again would return the same thing. Either way the
    result is ``unavailable`` with the reason, never an exception and never ``invalid``.
    """
    name = service.upper()
    try:
        response = send(request, timeout)
    except Exception as error:
        return unavailable(service, vat, now, f"no answer from {name}: {error or type(error).__name__}", True)
    if not (
        isinstance(response, HttpResponse)
        and isinstance(response.status, int)
        and isinstance(response.body, bytes)
    ):
        returned = _kind(response)
        detail = f"no answer from {name}: the transport returned {returned}, not an HttpResponse(int, bytes)"
        return unavailable(service, vat, now, detail, False)
    return interpret(response, vat, now)


def _kind(value: object) -> str:
    """A short description of an unexpected transport return value."""
    if isinstance(value, HttpResponse):
        return f"HttpResponse(status={type(value.status).__name__}, body={type(value.body).__name__})"
    return "None" if value is None else type(value).__name__
