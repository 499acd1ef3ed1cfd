"""The HTTP seam of the online checks: request/response values, a Protocol, urllib default.

A transport is any callable ``(request, timeout) -> HttpResponse``. It returns every
HTTP answer it gets, whatever the status, and raises :class:`TransportError` when no
answer came (refused connection, DNS failure, timeout, broken or oversized answer).
``timeout`` is a deadline for the whole exchange, connect to last body byte; the checks
pass a finite number > 0. Tests and applications inject their own;
:func:`urllib_transport` is the default.
"""

from __future__ import annotations

import functools
import http.client
import io
import math
import queue
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Protocol, cast

import attrs

#: Largest answer body read, in bytes; a bigger one is a transport error.
MAX_BODY_BYTES = 1024 * 1024
_CHUNK = 16 * 1024
#: How much longer than ``timeout`` the caller waits for the worker to report itself.
_GRACE_SECONDS = 0.1


@attrs.frozen
class HttpRequest:
    """One HTTP request.

    >>> HttpRequest("GET", "http://127.0.0.1/x", headers=(("Accept", "application/json"),))
    HttpRequest(method='GET', url='http://127.0.0.1/x', headers=(('Accept', 'application/json'),), body=None)
    """

    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None


@attrs.frozen
class HttpResponse:
    """One HTTP answer: status code and raw body.

    >>> HttpResponse(200, b"{}").status
    200
    """

    status: int
    body: bytes


class TransportError(Exception):
    """No HTTP answer was received (network failure, timeout, unreadable answer)."""


class Transport(Protocol):
    """What the online checks call to send a request."""

    def __call__(self, request: HttpRequest, timeout: float) -> HttpResponse:
        """Send ``request``; answer, or raise :class:`TransportError`, within ``timeout`` seconds."""
        ...


def urllib_transport(request: HttpRequest, timeout: float) -> HttpResponse:
    """Send ``request`` with :mod:`urllib.request`, all of it within ``timeout`` seconds.

    ``timeout`` is a deadline for the whole exchange, from name lookup and connect to
    the last body byte (redirects included), not urllib's per-socket-operation limit:
    every send and receive gets only the time left, so a server trickling its headers or
    body one byte at a time is cut off. The exchange runs in a daemon worker thread that
    the caller stops waiting for at the deadline (closing its socket), which also bounds
    what no socket timeout covers (a hanging DNS lookup). HTTP error statuses are
    returned, not raised; proxies from the environment are honoured as by urllib.
    Raises :class:`TransportError` when no complete answer came in time, and
    ``ValueError`` for a ``timeout`` that is not a finite number > 0.
    """
    if not (isinstance(timeout, int | float) and math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"timeout must be a finite number of seconds > 0, got {timeout!r}")
    deadline = Deadline(timeout)
    outcome: queue.SimpleQueue[HttpResponse | TransportError] = queue.SimpleQueue()
    worker = threading.Thread(
        target=lambda: outcome.put(_exchange(request, deadline)), name="invoicekit-http", daemon=True
    )
    worker.start()
    try:
        # A little grace so that the worker's own, more precise, error usually wins.
        answer = outcome.get(timeout=timeout + _GRACE_SECONDS)
    except queue.Empty:
        deadline.expire()
        raise TransportError(deadline.message) from None
    if isinstance(answer, TransportError):
        raise answer
    return answer


def _exchange(request: HttpRequest, deadline: Deadline) -> HttpResponse | TransportError:
    """The whole HTTP exchange, run in the worker: the answer, or why there is none.

    Every exception is returned as a :class:`TransportError`: one escaping the thread
    would be lost, and the caller would wait for the full timeout.
    """
    try:
        prepared = urllib.request.Request(
            request.url, data=request.body, headers=dict(request.headers), method=request.method
        )
        # A fresh opener per call: proxy settings are read from the environment each
        # time, and its HTTP(S) handlers hold this call's deadline.
        opener = urllib.request.build_opener(_DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline))
        with opener.open(prepared, timeout=deadline.remaining()) as answer:
            return HttpResponse(answer.status, _read_bounded(answer, deadline))
    except urllib.error.HTTPError as error:
        try:
            body = _read_bounded(error, deadline)
        except TransportError:
            body = b""
        finally:
            error.close()
        return HttpResponse(error.code, body)
    except TransportError as error:
        return error
    except Exception as error:
        # URLError wraps refused connections and DNS failures; TimeoutError is an OSError.
        described = TransportError(_describe(error, deadline))
        described.__cause__ = error
        return described
    finally:
        deadline.release()


def _read_bounded(stream: object, deadline: Deadline) -> bytes:
    """Read at most ``MAX_BODY_BYTES`` from ``stream`` in chunks, before ``deadline``.

    Every socket read is already limited to the time left (see :class:`_DeadlineReader`);
    the clock is also checked between chunks.
    """
    read = getattr(stream, "read", None)
    if read is None:
        return b""
    chunks: list[bytes] = []
    size = 0
    while True:
        deadline.remaining()
        try:
            chunk = read(_CHUNK)
        except (OSError, http.client.HTTPException) as error:
            raise TransportError(_describe(error, deadline)) from error
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise TransportError(f"answer larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)


class Deadline:
    """A point on the monotonic clock by which one exchange must be over, and the
    sockets to shut down if the caller stops waiting before then."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._expired = False

    def remaining(self) -> float:
        """Seconds left; raises :class:`TransportError` when none are (or it expired)."""
        left = self.end - time.monotonic()
        if left <= 0 or self._expired:
            raise TransportError(self.message)
        return left

    @property
    def message(self) -> str:
        """The reason given when the deadline has passed."""
        return f"timed out: no complete answer within {self.seconds:.3g} s"

    def adopt(self, sock: socket.socket) -> None:
        """Remember ``sock`` so that :meth:`expire` can cut it; cut it now if too late."""
        with self._lock:
            self._sockets.append(sock)
            late = self._expired
        if late:
            _shutdown(sock)
        self.remaining()

    def expire(self) -> None:
        """The caller gave up: shut the sockets down so the worker's reads fail now."""
        with self._lock:
            self._expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shutdown(sock)

    def release(self) -> None:
        """The exchange is over: forget its sockets (urllib has closed them)."""
        with self._lock:
            self._sockets = []


def _shutdown(sock: socket.socket) -> None:
    """Shut ``sock`` down both ways, which wakes a thread blocked reading it (close alone
    may not)."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed or never connected


class _DeadlineReader(io.RawIOBase):
    """The raw reader under an HTTP response: before each receive, the socket's timeout
    is set to the time left, so headers and body together cannot outlast the deadline."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open while read
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        """One receive, allowed only the time left (raises TransportError when none is)."""
        self._sock.settimeout(self._deadline.remaining())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """A connected socket as http.client sees it: sends and the response reader are
    bounded by the deadline; everything else goes to the real socket."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        """The response reader http.client asks for (it only ever reads, ``"rb"``)."""
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def sendall(self, data: Any) -> None:
        """Send ``data``, allowed only the time left."""
        self._sock.settimeout(self._deadline.remaining())
        self._sock.sendall(data)

    def close(self) -> None:
        self._sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _bound(connection: http.client.HTTPConnection, deadline: Deadline) -> None:
    """After connecting (and TLS): let ``deadline`` cut the socket, wrap it for http.client."""
    sock = connection.sock
    deadline.adopt(sock)
    # http.client only calls sendall, makefile and close on it; the wrapper has those.
    connection.sock = cast(socket.socket, _DeadlineSocket(sock, deadline))


class _DeadlineHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection whose connect, and every later socket operation, use the time
    left before ``deadline``."""

    def __init__(self, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def connect(self) -> None:
        """Connect with the time left as timeout, then bound the socket by the deadline."""
        self.timeout = self.deadline.remaining()
        super().connect()
        _bound(self, self.deadline)


class _DeadlineHTTPSConnection(_DeadlineHTTPConnection, http.client.HTTPSConnection):
    """The HTTPS counterpart: the method order puts HTTPSConnection.connect (socket, then
    TLS handshake, which Python bounds as a whole by the socket timeout) under the deadline."""


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    """urllib's HTTP handler, opening :class:`_DeadlineHTTPConnection` s."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_DeadlineHTTPConnection, deadline=self._deadline), req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    """urllib's HTTPS handler (default TLS context), opening :class:`_DeadlineHTTPSConnection` s."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_DeadlineHTTPSConnection, deadline=self._deadline), req)


def _describe(error: BaseException, deadline: Deadline) -> str:
    """A one-line reason for ``error``; timeouts say which limit ran out."""
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        return deadline.message
    if isinstance(error, urllib.error.URLError):
        return f"connection failed: {error.reason}"
    return f"{type(error).__name__}: {error}"
