"""The portal as a Starlette application: signed-link entry, session cookie, history,
document pages, downloads and the erasure request. docs/portal.md.

Access rule: every document is reached through the session's buyer, by an opaque ID made
from that buyer and the number (:func:`tokens.document_id`), and resolved only among that
buyer's own history. Another buyer's ID, a number, or a made-up path all get the same 404.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..i18n import best_locale
from ..presentation.labels import Labels
from ..presentation.support import support_block
from ..register.confirmation import stored_locale
from ..register.errors import UnknownNumber
from . import files, pages, tokens
from . import messages as m

COOKIE = "invoicekit_portal"
PAGE_SIZE = 20
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
Clock = Callable[[], dt.datetime]
LIMIT, WINDOW = 10, 600.0  # link check failures allowed per client address in 10 minutes


class MemoryFailures:
    """Link verification failures per client, in this process only (a test, or a shop with
    one process): after ``limit`` within ``window`` seconds, attempts are refused (429)."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, list[float]] = {}

    def blocked(self, client: str, now: float) -> bool:
        recent = [t for t in self._seen.get(client, []) if now - t < self.window]
        self._seen[client] = recent
        return len(recent) >= self.limit

    def record(self, client: str, now: float) -> None:
        if len(self._seen) > 10_000:  # many addresses: forget those with nothing recent
            self._seen = {c: ts for c, ts in self._seen.items() if ts and now - ts[-1] < self.window}
        self._seen.setdefault(client, []).append(now)


class SharedFailures:
    """The same limit counted in the register's database (table ``attempt``), so that every
    worker process of a shop sees every failure; rows older than the window are deleted."""

    SCOPE = "portal-link"

    def __init__(self, register: Any, limit: int = LIMIT, window: float = WINDOW) -> None:
        self.register, self.limit, self.window = register, limit, window

    def blocked(self, client: str, now: float) -> bool:
        since = now - self.window
        return int(self.register.failures(self.SCOPE, client, since=since)) >= self.limit

    def record(self, client: str, now: float) -> None:
        self.register.record_failure(self.SCOPE, client, at=now, forget_before=now - self.window)


Failures = MemoryFailures | SharedFailures


class Portal:
    """The state the routes share: register, brand, secret, languages and the clock."""

    def __init__(self, register: Any, brand: Any, secret: bytes, base_url: str,
                 languages: Sequence[str], session: dt.timedelta, clock: Clock, retention_years: int,
                 shared: bool) -> None:  # fmt: skip
        self.register, self.brand, self.secret = register, brand, secret
        self.base_url, self.languages = base_url, tuple(languages)
        self.session, self.clock, self.retention_years = session, clock, retention_years
        self.failures: Failures = SharedFailures(register) if shared else MemoryFailures()
        self._kinds: dict[str, files.Artefact] = {}  # by SHA-256 and name: stored bytes never change
        # one register connection: its transactions must not interleave across threads
        self.lock = threading.Lock()

    # --- who is asking, in which language ---

    def buyer(self, request: Request) -> str | None:
        cookie = request.cookies.get(COOKIE)
        return tokens.verify(self.secret, tokens.SESSION, cookie, self.clock()) if cookie else None

    def lang(self, request: Request, buyer: str | None) -> str:
        for asked in (request.query_params.get("lang"), request.cookies.get(COOKIE + "_lang")):
            if asked in self.languages:
                return str(asked)
        latest = self.register.history(buyer=buyer, limit=1) if buyer else []
        if latest:
            stored = stored_locale(json.dumps(self.register.get(latest[0].number).document))
            return best_locale(stored)
        return "en"

    @property
    def shop(self) -> str:
        return getattr(self.brand, "name", None) or ""

    @property
    def accent(self) -> str:
        return getattr(self.brand, "accent", None) or "#1f4e79"

    def html(self, request: Request, lang: str, title: str, body: str, status: int = 200) -> Response:
        markup = pages.page(lang, title, body, root=root(request), shop=self.shop, accent=self.accent,
                            languages=self.languages)  # fmt: skip
        return self.respond(request, lang, markup, status)

    def respond(self, request: Request, lang: str, markup: str, status: int = 200) -> Response:
        """The page ``markup``; a language chosen in the query is remembered in a cookie."""
        response = HTMLResponse(markup, status_code=status)
        if request.query_params.get("lang") in self.languages:
            self.cookie(request, response, COOKIE + "_lang", lang)
        return response

    def cookie(self, request: Request, response: Response, name: str, value: str) -> None:
        response.set_cookie(name, value, max_age=int(self.session.total_seconds()), path=root(request),
                            httponly=True, secure=request.url.scheme == "https", samesite="lax")  # fmt: skip

    def refused(self, request: Request, status: int = 403) -> Response:
        lang = self.lang(request, None)
        busy = status == 429
        title, text = (m.TOO_MANY, m.TOO_MANY_TEXT) if busy else (m.LINK_NOT_VALID, m.LINK_NOT_VALID_TEXT)
        return self.html(request, lang, pages.t(title, lang), pages.message_body(pages.t(text, lang)), status)

    def not_found(self, request: Request, buyer: str | None) -> Response:
        lang = self.lang(request, buyer)
        text = pages.t(m.NOT_FOUND_TEXT, lang)
        return self.html(request, lang, pages.t(m.NOT_FOUND, lang), pages.message_body(text), 404)

    def client_key(self, request: Request) -> str:
        """The client address as the failure counter keeps it: an HMAC, not the address."""
        return tokens.client_key(self.secret, client(request))

    def now(self) -> float:
        return self.clock().timestamp()

    # --- retention ---

    def issued_before(self) -> dt.date:
        """The first issue date still retained: a document issued in year Y is kept to the
        end of year Y + ``retention_years`` (periods run from the end of the year of issue,
        e.g. § 147(4) AO), so those issued before 1 January of (this year - years) may go."""
        return dt.date(self.clock().year - self.retention_years, 1, 1)

    # --- the buyer's documents ---

    def entries(self, buyer: str) -> list[Any]:
        return list(self.register.history(buyer=buyer))

    def find(self, buyer: str, doc: str) -> Any | None:
        """The buyer's entry whose opaque ID is ``doc``; ``None`` for anything else."""
        for entry in self.entries(buyer):
            if tokens.document_id(self.secret, buyer, entry.number) == doc:
                return entry
        return None

    def artefacts(self, record: Any) -> list[files.Artefact]:
        """Every stored file of ``record`` whose bytes are still there, named by its format."""
        found = []
        for name in files.ordered(record.files):
            key = f"{record.files[name]} {name}"
            if key not in self._kinds:
                try:
                    data = self.register.file(record.entry.number, name)
                except UnknownNumber:  # its bytes were erased
                    continue
                if len(self._kinds) > 10_000:
                    self._kinds.clear()
                self._kinds[key] = files.artefact(name, data)
            found.append(self._kinds[key])
        return found

    def support(self, lang: str) -> str:
        block = support_block(Labels(lang), self.brand) if self.brand is not None else None
        if block is None:
            return ""
        fields = [(f.label.text, f.value) for f in block.fields]
        return pages.support_html(block.heading.text, fields, block.reply)


def root(request: Request) -> str:
    """The path the portal is mounted at, with a trailing slash."""
    return str(request.scope.get("root_path", "")).rstrip("/") + "/"


def client(request: Request) -> str:
    return request.client.host if request.client else "?"


def routes(portal: Portal) -> list[Route]:
    from . import views

    return views.routes(portal)


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP response (errors included)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in HEADERS.items()}
                kept = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1") not in names]
                own = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]
                message = {**message, "headers": kept + own}
            await send(message)

        await self.app(scope, receive, sending)


def build(portal: Portal) -> Starlette:
    """The Starlette application of ``portal``, with the security headers on every response."""
    def unknown(request: Request, exc: Exception) -> Response:
        # any other path reads exactly as a document that is not the buyer's
        with portal.lock:
            return portal.not_found(request, portal.buyer(request))

    return Starlette(
        routes=routes(portal), middleware=[Middleware(SecurityHeaders)], exception_handlers={404: unknown}
    )
