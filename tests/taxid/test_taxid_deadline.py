"""Honest timeouts: ``timeout`` bounds one attempt from connect to the last body byte, and
the whole call has the deadline documented in docs/taxid.md, against a real local server
that trickles its answer (see fakes.py) and a transport that hangs in a name lookup.

The elapsed-time bounds are correctness bounds with generous slack for a busy machine,
not performance targets: without a deadline these calls take from 30 s to minutes.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invoicekit.taxid import HttpRequest, TransportError, check_hmrc, check_vies
from invoicekit.taxid.online import Attempt, OnlineResult, call_deadline, with_retries
from invoicekit.taxid.transport import urllib_transport

from .fakes import FakeRegister

SLACK = 2.0  # seconds allowed on top of a deadline on a loaded 2-core machine


@pytest.mark.parametrize("scenario", ["trickle-headers", "trickle-body"])
def test_a_trickling_answer_is_cut_off_at_the_timeout(register: FakeRegister, scenario: str) -> None:
    started = time.monotonic()
    result = check_vies("DE136695976", base_url=register.url(scenario), timeout=1, retries=0)
    elapsed = time.monotonic() - started
    assert result.state == "unavailable"
    assert result.detail == "no answer from VIES: timed out: no complete answer within 1 s"
    assert result.attempts == 1
    assert 0.9 < elapsed < 1 + SLACK


def test_retries_stay_within_the_call_deadline(register: FakeRegister) -> None:
    budget = call_deadline(timeout=0.5, retries=2, backoff=0.1)
    assert budget == pytest.approx(0.5 * 3 + 0.1 + 0.2)
    started = time.monotonic()
    result = check_vies(
        "DE136695976", base_url=register.url("trickle-body"), timeout=0.5, retries=2, backoff=0.1
    )
    elapsed = time.monotonic() - started
    assert (result.state, result.attempts) == ("unavailable", 3)
    assert len(register.requests) == 3
    assert elapsed < budget + SLACK


def test_hmrc_trickle_is_cut_off_too(register: FakeRegister) -> None:
    started = time.monotonic()
    result = check_hmrc(
        "GB980780684", bearer_token="t", base_url=register.url("trickle-headers"), timeout=0.5, retries=0
    )
    assert result.state == "unavailable"
    assert time.monotonic() - started < 0.5 + SLACK


def test_a_hanging_name_lookup_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """No socket timeout covers getaddrinfo; the worker thread's deadline does."""

    def slow_lookup(*args: Any, **kwargs: Any) -> Any:
        time.sleep(3)
        raise OSError("lookup gave up")

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    request = HttpRequest("GET", "http://localhost:9/x")
    started = time.monotonic()
    with pytest.raises(TransportError, match="timed out"):
        urllib_transport(request, 0.5)
    assert time.monotonic() - started < 0.5 + SLACK


def test_the_transport_answers_within_its_timeout(register: FakeRegister) -> None:
    body = b'{"countryCode": "DE", "vatNumber": "136695976"}'
    answer = urllib_transport(HttpRequest("POST", register.url("valid") + "/check-vat-number", body=body), 2)
    assert answer.status == 200 and b'"valid": true' in answer.body


def test_an_error_status_body_is_read_too(register: FakeRegister) -> None:
    answer = urllib_transport(HttpRequest("GET", register.url("hmrc-not-found") + "/x"), 2)
    assert answer.status == 404 and b"NOT_FOUND" in answer.body


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0, -1])
def test_the_transport_refuses_unbounded_timeouts(timeout: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        urllib_transport(HttpRequest("GET", "http://127.0.0.1:9/"), timeout)


def test_an_unusable_url_is_a_transport_error_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(TransportError):
        urllib_transport(HttpRequest("GET", "gopher://127.0.0.1/"), 5)
    assert time.monotonic() - started < 2.5  # reported by the worker, not waited out (5 s)


@pytest.mark.parametrize(
    ("overrun", "retries", "given", "detail"),
    [
        # deadline 3 * 1 s: attempts end at 1.25, 2.5, 3.75; the last gets the 0.5 s left
        (1.25, 2, [1.0, 1.0, 0.5], "no answer"),
        # deadline 4 * 1 s: after two 2 s attempts nothing is left, so no third one
        (2.0, 3, [1.0, 1.0], "no answer; no retry: the check's deadline of 4 s has passed"),
    ],
)
def test_a_slow_custom_transport_cannot_stretch_the_call(
    overrun: float, retries: int, given: list[float], detail: str
) -> None:
    """with_retries gives each attempt at most what is left and starts none after it."""
    clock = [0.0]
    seen: list[float] = []

    def overrunning(seconds: float) -> Attempt:
        seen.append(seconds)
        clock[0] += overrun  # longer than allowed, as a transport ignoring its timeout
        return Attempt(OnlineResult("unavailable", "X", "t", detail="no answer"), retry=True)

    def sleep(seconds: float) -> None:
        clock[0] += seconds

    result = with_retries(
        overrunning, timeout=1.0, retries=retries, backoff=0.0, sleep=sleep, clock=lambda: clock[0]
    )
    assert seen == given
    assert (result.attempts, result.detail) == (len(given), detail)


@pytest.fixture(scope="module")
def tls_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeRegister]:
    """The fake register over TLS with a throw-away self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = FakeRegister()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.cert = cert  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, name="fake-register-tls", daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("scenario", "answers"), [("valid", True), ("trickle-body", False)])
def test_https_is_bounded_and_verified(
    tls_register: FakeRegister, scenario: str, answers: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tls_register.base.replace("http://", "https://")
    unverified = check_vies("DE136695976", base_url=f"{base}/valid", timeout=1, retries=0)
    assert unverified.state == "unavailable" and "CERTIFICATE_VERIFY_FAILED" in (unverified.detail or "")
    monkeypatch.setenv("SSL_CERT_FILE", str(Path(tls_register.cert)))  # type: ignore[attr-defined]
    started = time.monotonic()
    result = check_vies("DE136695976", base_url=f"{base}/{scenario}", timeout=1, retries=0)
    assert result.state == ("valid" if answers else "unavailable"), result.detail
    assert time.monotonic() - started < 1 + SLACK
