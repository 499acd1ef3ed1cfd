"""What an online check returns (:class:`OnlineResult`) and the bounded retry loop."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, Literal

import attrs

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


def check_limits(timeout: float, retries: int) -> None:
    """Reject timeouts and retry counts that would make a check unbounded."""
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    if not 0 <= retries <= MAX_RETRIES:
        raise ValueError(f"retries must be between 0 and {MAX_RETRIES}, got {retries!r}")


def with_retries(
    attempt: Callable[[], Attempt],
    *,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
) -> OnlineResult:
    """Call ``attempt`` up to ``retries + 1`` times while it asks for a retry.

    Waits ``backoff * 2**n`` seconds (through ``sleep``) before retry ``n + 1``; returns
    the last result with ``attempts`` filled in.

    >>> answers = iter([Attempt(OnlineResult("unavailable", "X", "t"), retry=True),
    ...                 Attempt(OnlineResult("valid", "X", "t"))])
    >>> waits = []
    >>> with_retries(lambda: next(answers), retries=2, backoff=0.5, sleep=waits.append).attempts
    2
    >>> waits
    [0.5]
    """
    number = 0
    while True:
        outcome = attempt()
        number += 1
        if not outcome.retry or number > retries:
            return attrs.evolve(outcome.result, attempts=number)
        sleep(backoff * 2 ** (number - 1))


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
    """One request to ``service`` through the transport, read by ``interpret``. Any transport
    failure is the network failing: no answer, worth a retry."""
    try:
        response = send(request, timeout)
    except Exception as error:
        return unavailable(
            service, vat, now, f"no answer from {service.upper()}: {error or type(error).__name__}", True
        )
    return interpret(response, vat, now)
