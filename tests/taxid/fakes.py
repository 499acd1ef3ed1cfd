"""A local stand-in for VIES and HMRC: an ``http.server`` on 127.0.0.1 (port 0, in a thread).

The first path segment picks the scenario, so a test points ``base_url`` at
``http://127.0.0.1:PORT/<scenario>``; every request is recorded. Answers follow the shapes
documented for the VIES REST API and HMRC's "Check a UK VAT number" API.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs

#: How long the "slow" scenario waits before answering (tests use timeout=0.2).
SLOW_SECONDS = 1.5

#: Seconds between two bytes in the "trickle-headers" and "trickle-body" scenarios: each
#: byte comes well within a per-read socket timeout, the whole answer takes minutes.
TRICKLE_SECONDS = 0.3


@attrs.frozen
class Recorded:
    """One request the fake register received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@attrs.frozen
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json"
    delay: float = 0.0
    #: ``"headers"``: send everything one byte per TRICKLE_SECONDS; ``"body"``: the status
    #: line and headers at once, then the body that way.
    trickle: str | None = None


def _json(status: int, payload: Any) -> Answer:
    return Answer(status, json.dumps(payload).encode("utf-8"))


# --- VIES answers (shapes as documented for the VIES REST API) ---------------------------


def _vies_valid(request: Recorded, _: int) -> Answer:
    sent = request.json()
    payload = {
        "countryCode": sent["countryCode"],
        "vatNumber": sent["vatNumber"],
        "requestDate": "2024-10-07T07:46:54.087Z",
        "valid": True,
        "requestIdentifier": "",
        "name": "ACME GMBH",
        "address": "MUSTERSTRASSE 1\n10115 BERLIN",
        "traderName": "---",
        "traderStreet": "---",
    }
    if sent.get("requesterNumber"):
        payload["requestIdentifier"] = "WAPIAAAAY1234567"
    return _json(200, payload)


def _vies_invalid(request: Recorded, _: int) -> Answer:
    sent = request.json()
    return _json(200, {
        "countryCode": sent["countryCode"],
        "vatNumber": sent["vatNumber"],
        "requestDate": "2024-10-07T07:46:54.087Z",
        "valid": False,
        "requestIdentifier": "",
        "name": "---",
        "address": "---",
    })


def _vies_error(code: str) -> Callable[[Recorded, int], Answer]:
    def answer(request: Recorded, _: int) -> Answer:
        return _json(200, {
            "actionSucceed": False,
            "errorWrappers": [{"error": code, "message": f"{code} (test)"}],
        })

    return answer


def _vies_user_error(request: Recorded, _: int) -> Answer:
    # valid: false next to a userError that is not INVALID: the member state did not answer.
    return _json(200, {"valid": False, "userError": "MS_MAX_CONCURRENT_REQ", "requestDate": "2024-10-07"})


def _vies_slow(request: Recorded, count: int) -> Answer:
    answer = _vies_valid(request, count)
    return attrs.evolve(answer, delay=SLOW_SECONDS)


def _vies_trickle(part: str) -> Callable[[Recorded, int], Answer]:
    def answer(request: Recorded, count: int) -> Answer:
        return attrs.evolve(_vies_valid(request, count), trickle=part)

    return answer


def _garbage(request: Recorded, _: int) -> Answer:
    return Answer(200, b"<html><body>Service Unavailable</body></html>", "text/html")


def _http500(request: Recorded, _: int) -> Answer:
    return _json(500, {"actionSucceed": False, "errorWrappers": [{"error": "SERVICE_UNAVAILABLE"}]})


def _flaky(request: Recorded, count: int) -> Answer:
    if count == 1:
        return Answer(503, b"busy", "text/plain")
    return _vies_valid(request, count)


# --- HMRC answers ---------------------------------------------------------------------


def _hmrc_valid(request: Recorded, _: int) -> Answer:
    parts = request.path.rstrip("/").split("/")
    lookup = parts.index("lookup")
    payload: dict[str, Any] = {
        "target": {
            "name": "BRITISH WIDGETS LIMITED",
            "vatNumber": parts[lookup + 1],
            "address": {"line1": "1 HIGH STREET", "line2": "LONDON", "postcode": "E1 8EE", "countryCode": "GB"},
        },
        "processingDate": "2025-01-29T12:00:00+00:00",
    }
    if len(parts) > lookup + 2:
        payload["requester"] = parts[lookup + 2]
        payload["consultationNumber"] = "AAA-BBB-CCC"
    return _json(200, payload)


def _hmrc_not_found(request: Recorded, _: int) -> Answer:
    return _json(404, {"code": "NOT_FOUND", "message": "targetVrn does not match a registered company"})


def _hmrc_requester_not_found(request: Recorded, _: int) -> Answer:
    return _json(404, {"code": "NOT_FOUND", "message": "requesterVrn does not match a registered company"})


def _hmrc_404_html(request: Recorded, _: int) -> Answer:
    return Answer(404, b"<html>Not Found</html>", "text/html")


def _hmrc_401(request: Recorded, _: int) -> Answer:
    return _json(401, {"code": "INVALID_CREDENTIALS", "message": "Invalid Authentication information provided"})


SCENARIOS: dict[str, Callable[[Recorded, int], Answer]] = {
    "valid": _vies_valid,
    "invalid": _vies_invalid,
    "ms-unavailable": _vies_error("MS_UNAVAILABLE"),
    "invalid-input": _vies_error("INVALID_INPUT"),
    "user-error": _vies_user_error,
    "slow": _vies_slow,
    "trickle-headers": _vies_trickle("headers"),
    "trickle-body": _vies_trickle("body"),
    "garbage": _garbage,
    "http500": _http500,
    "flaky": _flaky,
    "hmrc-valid": _hmrc_valid,
    "hmrc-not-found": _hmrc_not_found,
    "hmrc-requester-not-found": _hmrc_requester_not_found,
    "hmrc-404-html": _hmrc_404_html,
    "hmrc-401": _hmrc_401,
    "hmrc-500": _http500,
}


class FakeRegister(ThreadingHTTPServer):
    """The local server; ``requests`` holds what it received, in order."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[Recorded] = []
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, scenario: str) -> str:
        """The base URL that makes this server play ``scenario``."""
        return f"{self.base}/{scenario}"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.counts.clear()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client gave up (the timeout tests do that on purpose)."""


class _Handler(BaseHTTPRequestHandler):
    server: FakeRegister

    def log_message(self, format: str, *args: Any) -> None:
        """No request logging on stderr."""

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        recorded = Recorded(self.command, self.path, dict(self.headers.items()), body)
        scenario = self.path.strip("/").split("/")[0]
        with self.server.lock:
            self.server.requests.append(recorded)
            self.server.counts[scenario] += 1
            count = self.server.counts[scenario]
        handler = SCENARIOS.get(scenario)
        answer = handler(recorded, count) if handler else Answer(404, b"no such scenario", "text/plain")
        if answer.delay:
            time.sleep(answer.delay)
        try:
            if answer.trickle:
                self._trickle(answer)
                return
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)
        except OSError:
            pass  # the client timed out and went away

    def _trickle(self, answer: Answer) -> None:
        """Write the answer by hand, the trickled part one byte every TRICKLE_SECONDS,
        until it is all sent or the client hangs up (a write then fails)."""
        head = (
            f"HTTP/1.1 {answer.status} OK\r\nContent-Type: {answer.content_type}\r\n"
            f"Content-Length: {len(answer.body)}\r\nConnection: close\r\n\r\n"
        ).encode("ascii")
        slow = head + answer.body if answer.trickle == "headers" else answer.body
        if answer.trickle == "body":
            self.wfile.write(head)
            self.wfile.flush()
        for index in range(len(slow)):
            self.wfile.write(slow[index : index + 1])
            self.wfile.flush()
            time.sleep(TRICKLE_SECONDS)
        self.close_connection = True
