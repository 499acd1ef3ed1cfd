"""The HTTP seam of the online checks: request/response values, a Protocol, urllib default.

A transport is any callable ``(request, timeout) -> HttpResponse``. It returns every
HTTP answer it gets, whatever the status, and raises :class:`TransportError` when no
answer came (refused connection, DNS failure, timeout, broken or oversized answer).
Tests and applications inject their own; :func:`urllib_transport` is the default.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from typing import Protocol

import attrs

#: Largest answer body read, in bytes; a bigger one is a transport error.
MAX_BODY_BYTES = 1024 * 1024
_CHUNK = 16 * 1024


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
        """Send ``request``; give up after about ``timeout`` seconds."""
        ...


def urllib_transport(request: HttpRequest, timeout: float) -> HttpResponse:
    """Send ``request`` with :mod:`urllib.request`.

    ``timeout`` bounds the connection and every socket read (urllib's meaning), and the
    body is read against a deadline of ``timeout`` seconds from when the answer began,
    so a server trickling bytes cannot hold the check open for long. HTTP error
    statuses are returned, not raised.
    """
    prepared = urllib.request.Request(
        request.url, data=request.body, headers=dict(request.headers), method=request.method
    )
    # A fresh opener per call: proxy settings are read from the environment each time
    # (urlopen's shared opener would keep those of its first use).
    opener = urllib.request.build_opener()
    try:
        with opener.open(prepared, timeout=timeout) as answer:
            return HttpResponse(answer.status, _read_bounded(answer, timeout))
    except urllib.error.HTTPError as error:
        try:
            body = _read_bounded(error, timeout)
        except TransportError:
            body = b""
        finally:
            error.close()
        return HttpResponse(error.code, body)
    except TransportError:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        # URLError wraps refused connections and DNS failures; TimeoutError is an OSError.
        raise TransportError(_describe(error)) from error


def _read_bounded(stream: object, timeout: float) -> bytes:
    """Read at most ``MAX_BODY_BYTES`` from ``stream`` before a deadline."""
    read = getattr(stream, "read", None)
    if read is None:
        return b""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = read(_CHUNK)
        except (OSError, http.client.HTTPException) as error:
            raise TransportError(_describe(error)) from error
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise TransportError(f"answer larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise TransportError(f"answer not complete within {timeout:g} s")


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        return "timed out"
    if isinstance(error, urllib.error.URLError):
        return f"connection failed: {error.reason}"
    return f"{type(error).__name__}: {error}"
