"""check_vies against a local stand-in for the VIES REST API (see fakes.py)."""

from __future__ import annotations

import datetime as dt
import json
import socket
import time

import pytest

from invoicekit.errors import InvoiceKitError, OnlineLimitError
from invoicekit.taxid import HttpRequest, HttpResponse, TransportError, check_vies, validate_tax_id

from .fakes import SLOW_SECONDS, FakeRegister

FIXED_NOW = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _now() -> dt.datetime:
    return FIXED_NOW


def test_valid(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("de 136 695 976", base_url=register.url("valid"), sleep=waits.append)
    assert result.state == "valid" and result.valid
    assert result.vat_id == "DE136695976"
    assert result.name == "ACME GMBH"
    assert result.address == "MUSTERSTRASSE 1\n10115 BERLIN"
    assert result.consultation_number is None
    assert result.checked_at == dt.datetime(2024, 10, 7, 7, 46, 54, 87000, tzinfo=dt.UTC)
    assert (result.attempts, waits) == (1, [])
    [request] = register.requests
    assert request.method == "POST"
    assert request.path == "/valid/check-vat-number"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {"countryCode": "DE", "vatNumber": "136695976"}


def test_requester_fields_and_consultation_number(register: FakeRegister) -> None:
    result = check_vies("EL094259216", requester="ATU 13585627", base_url=register.url("valid"))
    assert result.consultation_number == "WAPIAAAAY1234567"
    assert register.requests[0].json() == {
        "countryCode": "EL",
        "vatNumber": "094259216",
        "requesterMemberStateCode": "AT",
        "requesterNumber": "U13585627",
    }


def test_greece_and_northern_ireland_codes(register: FakeRegister) -> None:
    check_vies("GR094259216", base_url=register.url("valid"))
    check_vies(validate_tax_id("XI980780684"), base_url=register.url("valid"))
    sent = [(r.json()["countryCode"], r.json()["vatNumber"]) for r in register.requests]
    assert sent == [("EL", "094259216"), ("XI", "980780684")]


def test_invalid(register: FakeRegister) -> None:
    result = check_vies("DE136695976", base_url=register.url("invalid"))
    assert result.state == "invalid"
    assert (result.name, result.address) == (None, None)  # VIES writes "---"
    assert result.attempts == 1


def test_error_inside_http_200_is_unavailable_and_retried(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("ms-unavailable"), retries=2, sleep=waits.append)
    assert result.state == "unavailable"
    assert result.detail is not None and "MS_UNAVAILABLE" in result.detail
    assert result.attempts == 3 == len(register.requests)
    assert waits == [0.5, 1.0]


def test_user_error_with_valid_false_is_not_invalid(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("user-error"), retries=1, sleep=waits.append)
    assert result.state == "unavailable"
    assert result.detail == "VIES error MS_MAX_CONCURRENT_REQ"
    assert result.attempts == 2


def test_slow_answer_times_out(register: FakeRegister, waits: list[float]) -> None:
    started = time.monotonic()
    result = check_vies(
        "DE136695976", base_url=register.url("slow"), timeout=0.2, retries=1, sleep=waits.append
    )
    elapsed = time.monotonic() - started
    assert result.state == "unavailable"
    assert result.detail is not None and "timed out" in result.detail
    assert result.attempts == 2 == len(register.requests)
    assert elapsed < SLOW_SECONDS  # neither attempt waited for the answer


def test_garbage_body_is_unavailable(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("garbage"), sleep=waits.append)
    assert result.state == "unavailable"
    assert result.detail == "VIES answer is not a JSON object"


def test_http_500_retries_are_bounded(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies(
        "DE136695976", base_url=register.url("http500"), retries=4, backoff=0.1, sleep=waits.append
    )
    assert result.state == "unavailable"
    assert result.detail == "VIES answered HTTP 500 (SERVICE_UNAVAILABLE)"
    assert result.attempts == 5 == len(register.requests)
    assert waits == pytest.approx([0.1, 0.2, 0.4, 0.8])


def test_no_retries(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("http500"), retries=0, sleep=waits.append)
    assert (result.state, result.attempts, len(register.requests), waits) == ("unavailable", 1, 1, [])


def test_retry_then_success(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("flaky"), sleep=waits.append)
    assert (result.state, result.attempts, waits) == ("valid", 2, [0.5])


def test_permanent_errors_are_not_retried(register: FakeRegister, waits: list[float]) -> None:
    result = check_vies("DE136695976", base_url=register.url("invalid-input"), sleep=waits.append)
    assert result.state == "unavailable"
    assert result.detail is not None and result.detail.startswith("VIES error INVALID_INPUT")
    assert result.attempts == 1


def test_connection_refused_is_unavailable(waits: list[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = check_vies(
        "DE136695976", base_url=f"http://127.0.0.1:{port}", retries=1, timeout=0.5, sleep=waits.append
    )
    assert result.state == "unavailable"
    assert result.detail is not None and result.detail.startswith("no answer from VIES")
    assert result.attempts == 2


def test_offline_invalid_is_not_sent(register: FakeRegister) -> None:
    result = check_vies("DE136695978", base_url=register.url("valid"), now=_now)
    assert (result.state, result.attempts, result.checked_at) == ("invalid", 0, FIXED_NOW)
    assert result.detail == "not sent to VIES: offline validation failed (checksum does not match)"
    assert register.requests == []


def test_precheck_can_be_disabled(register: FakeRegister) -> None:
    result = check_vies("DE136695978", base_url=register.url("invalid"), precheck=False)
    assert (result.state, result.attempts) == ("invalid", 1)
    assert register.requests[0].json()["vatNumber"] == "136695978"


@pytest.mark.parametrize(
    ("vat_id", "kwargs"),
    [
        ("GB980780684", {}),  # not in VIES
        ("CHE107787577IVA", {}),
        ("136695976", {}),
        ("DE136695976", {"requester": "GB980780684"}),
        ("DE136695976", {"requester": "DE136695978"}),
        ("DE136695976", {"timeout": 0}),
        ("DE136695976", {"retries": -1}),
        ("DE136695976", {"retries": 11}),
    ],
)
def test_usage_errors(vat_id: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        check_vies(vat_id, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": float("inf")},
        {"timeout": float("nan")},
        {"timeout": 0},
        {"timeout": -1},
        {"timeout": True},
        {"timeout": "10"},
        {"timeout": None},
        {"retries": 1.0},
        {"retries": True},
        {"retries": -1},
        {"backoff": float("inf")},
        {"backoff": -0.5},
    ],
)
def test_unbounded_limits_are_refused_before_sending(kwargs: dict[str, object]) -> None:
    transport = Scripted(_ok({"valid": True}))
    with pytest.raises(OnlineLimitError) as caught:
        check_vies("DE136695976", transport=transport, **kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, InvoiceKitError)
    assert next(iter(kwargs)) in str(caught.value)
    assert transport.requests == []


# --- injected transports --------------------------------------------------------------


class Scripted:
    """A transport that plays back answers (or raises) and records requests."""

    def __init__(self, *answers: HttpResponse | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[tuple[HttpRequest, float]] = []

    def __call__(self, request: HttpRequest, timeout: float) -> HttpResponse:
        self.requests.append((request, timeout))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _ok(payload: object, status: int = 200) -> HttpResponse:
    return HttpResponse(status, json.dumps(payload).encode())


@pytest.mark.parametrize(
    "answer",
    [
        TransportError("timed out"),
        OSError("network unreachable"),
        RuntimeError("transport bug"),
        HttpResponse(200, b""),
        HttpResponse(200, b"\xff\xfe"),
        HttpResponse(200, b"null"),
        _ok([{"valid": False}]),
        _ok({}),
        _ok({"valid": "false"}),
        _ok({"valid": False, "actionSucceed": False}),
        _ok({"valid": False, "errorWrappers": [{"error": "TIMEOUT"}]}),
        _ok({"valid": False, "errorWrappers": [{}]}),
        _ok({"valid": False, "userError": "SERVICE_UNAVAILABLE"}),
        _ok({"valid": False, "userError": "VALID"}),
        _ok({"valid": False}, status=503),
        _ok({"valid": False}, status=400),
        _ok({"valid": False}, status=302),
        HttpResponse(429, b""),
    ],
)
def test_no_clear_answer_is_never_invalid(answer: HttpResponse | Exception, waits: list[float]) -> None:
    transport = Scripted(answer)
    result = check_vies("DE136695976", transport=transport, retries=2, sleep=waits.append, now=_now)
    assert result.state == "unavailable"
    assert result.detail
    assert result.checked_at == FIXED_NOW
    assert 1 <= result.attempts == len(transport.requests) <= 3


@pytest.mark.parametrize(
    "returned",
    [None, b'{"valid": true}', {"valid": True}, HttpResponse(200, None), HttpResponse("200", b"{}")],  # type: ignore[arg-type]
)
def test_transport_returning_no_response_is_unavailable(returned: object, waits: list[float]) -> None:
    def transport(request: HttpRequest, timeout: float) -> HttpResponse:
        return returned  # type: ignore[return-value]

    result = check_vies("DE136695976", transport=transport, sleep=waits.append, now=_now)
    assert (result.state, result.attempts, waits) == ("unavailable", 1, [])  # a bug, not retried
    assert result.detail is not None and "not an HttpResponse" in result.detail
    assert result.checked_at == FIXED_NOW


def test_timeout_is_passed_to_the_transport() -> None:
    transport = Scripted(_ok({"valid": True, "requestDate": "2025-01-16"}))
    result = check_vies("DE136695976", transport=transport, timeout=3.5)
    assert transport.requests[0][1] == 3.5
    assert result.checked_at == dt.datetime(2025, 1, 16, tzinfo=dt.UTC)


def test_missing_request_date_uses_the_clock() -> None:
    result = check_vies("DE136695976", transport=Scripted(_ok({"valid": True})), now=_now)
    assert result.checked_at == FIXED_NOW


def test_user_error_invalid_is_an_answer() -> None:
    result = check_vies("DE136695976", transport=Scripted(_ok({"valid": False, "userError": "INVALID"})))
    assert result.state == "invalid"


def test_the_network_guard_catches_the_real_service(no_internet: list[str]) -> None:
    result = check_vies("DE136695976", retries=0)  # default base URL: ec.europa.eu
    assert result.state == "unavailable"
    assert no_internet == ["resolve 'ec.europa.eu'"]
    no_internet.clear()
