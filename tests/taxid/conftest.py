"""Fixtures for the taxid tests: no internet, and the local fake register."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from .fakes import FakeRegister

_LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}

@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse, and fail the test for, any lookup of or connection to a non-loopback host.

    Violations are also collected, because the online checks turn transport errors into
    "unavailable" results and would otherwise hide them; the list is checked at teardown.
    """
    violations: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in _LOCAL_HOSTS:
            violations.append(f"resolve {host!r}")
            raise OSError(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] not in _LOCAL_HOSTS:
            violations.append(f"connect {address!r}")
            raise OSError(f"test tried to connect to {address!r}")
        real_connect(self, address)

    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)  # the fake register is reached directly
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    yield violations
    assert not violations, f"a test tried to reach the network: {violations}"


@pytest.fixture(scope="session")
def _register_server() -> Iterator[FakeRegister]:
    server = FakeRegister()
    thread = threading.Thread(target=server.serve_forever, name="fake-register", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def register(_register_server: FakeRegister) -> FakeRegister:
    """The fake VIES/HMRC server, with its record of requests emptied."""
    _register_server.reset()
    return _register_server


@pytest.fixture
def waits() -> list[float]:
    """Collects the back-off delays instead of sleeping (pass ``sleep=waits.append``)."""
    return []
