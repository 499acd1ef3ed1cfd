"""The portal's routes: entry by signed link, history, one document, downloads, erasure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from babel.lists import format_list
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..presentation.labels import Labels
from ..register.errors import UnknownNumber
from . import docpage, pages, tokens
from . import messages as m
from .web import COOKIE, PAGE_SIZE, Portal, root

Endpoint = Callable[[Request], Response]


def routes(portal: Portal) -> list[Route]:
    def locked(view: Callable[[Portal, Request], Response]) -> Endpoint:
        def run(request: Request) -> Response:
            with portal.lock:
                return view(portal, request)

        return run

    async def posted(request: Request) -> Response:
        body = (await request.body())[:10_000].decode("utf-8", "replace")

        def run() -> Response:
            with portal.lock:
                return erase_post(portal, request, body)

        return await run_in_threadpool(run)

    return [
        Route("/", locked(home)),
        Route("/erase", locked(erase_page), methods=["GET"]),
        Route("/erase", posted, methods=["POST"]),
        Route("/d/{doc}", locked(document)),
        Route("/d/{doc}/{file}", locked(download)),
    ]


def home(portal: Portal, request: Request) -> Response:
    if "t" in request.query_params:
        return enter(portal, request, request.query_params["t"])
    buyer = portal.buyer(request)
    if buyer is None:
        return portal.refused(request)
    return history(portal, request, buyer)


def enter(portal: Portal, request: Request, token: str) -> Response:
    """A signed link: refused when tampered or expired, or when the buyer has no documents
    any more (a link replayed after erasure); else a session cookie and the history."""
    who = portal.client_key(request)
    if portal.failures.blocked(who, portal.now()):
        return portal.refused(request, 429)
    buyer = tokens.verify(portal.secret, tokens.LINK, token, portal.clock())
    if buyer is None or not portal.register.history(buyer=buyer, limit=1):
        portal.failures.record(who, portal.now())
        return portal.refused(request)
    response = RedirectResponse(root(request), status_code=303)
    session = tokens.sign(portal.secret, tokens.SESSION, buyer, portal.clock() + portal.session)
    portal.cookie(request, response, COOKIE, session)
    return response


def history(portal: Portal, request: Request, buyer: str) -> Response:
    lang = portal.lang(request, buyer)
    page_no = page_number(request)
    found = portal.register.history(buyer=buyer, limit=PAGE_SIZE + 1, offset=(page_no - 1) * PAGE_SIZE)
    mine = {e.number for e in portal.entries(buyer)}
    rows = [row(portal, request, buyer, lang, entry, mine) for entry in found[:PAGE_SIZE]]
    more = len(found) > PAGE_SIZE
    body = pages.history_body(lang, rows, page_no, more, portal.support(lang), root(request))
    return portal.html(request, lang, pages.t(m.YOUR_DOCUMENTS, lang), body)


def row(portal: Portal, request: Request, buyer: str, lang: str, entry: Any, mine: set[str]) -> pages.Row:
    """One history line; a credit note names (and links, when it is the buyer's) its invoice."""
    labels = Labels(lang)
    href = document_href(portal, request, buyer, entry.number)
    record = portal.register.get(entry.number)
    original = record.document.get("original") or {}
    number = original.get("number") if isinstance(original, dict) else None
    own = number is not None and number in mine
    status = pages.t(m.ERASED if entry.erased else m.ISSUED, lang)
    downloads = tuple((a.label, f"{href}/{a.name}") for a in portal.artefacts(record))
    return pages.Row(
        href, entry.number, entry.kind, labels.date(entry.issue_date),
        labels.money(entry.payable, entry.currency, isolate=False), status, number,
        document_href(portal, request, buyer, number) if own and number else None,
        downloads,
    )  # fmt: skip


def document(portal: Portal, request: Request) -> Response:
    """One document: the renderer's page inside the portal's layout, with the way back to
    the history page it was opened from, its downloads and its related documents."""
    buyer = portal.buyer(request)
    if buyer is None:
        return portal.refused(request)
    entry = portal.find(buyer, request.path_params["doc"])
    if entry is None:
        return portal.not_found(request, buyer)
    from .. import compute, load, render_html

    record = portal.register.get(entry.number)
    lang = portal.lang(request, buyer)
    page = render_html(compute(load(record.document)), locale=lang, brand=portal.brand, mode="page")
    page_no = page_number(request)
    mine = {e.number for e in portal.entries(buyer)}
    links = docpage.Links(
        root(request) + (f"?page={page_no}" if page_no > 1 else ""),
        row(portal, request, buyer, lang, entry, mine),
        credit_notes(portal, request, buyer, entry.number),
    )
    markup = docpage.document_page(
        lang, docpage.parts(page), links, root=root(request), page_no=page_no,
        shop=portal.shop, accent=portal.accent, languages=portal.languages,
    )  # fmt: skip
    return portal.respond(request, lang, markup)


def document_href(portal: Portal, request: Request, buyer: str, number: str) -> str:
    """The page of ``buyer``'s document ``number``, by its opaque ID."""
    return f"{root(request)}d/{tokens.document_id(portal.secret, buyer, number)}"


def page_number(request: Request) -> int:
    """The ``page`` query parameter: a history page number, 1 when absent or not one."""
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


def credit_notes(portal: Portal, request: Request, buyer: str, number: str) -> list[tuple[str, str]]:
    """The buyer's credit notes that correct invoice ``number`` (number, page link), oldest first."""
    found = []
    for entry in reversed(portal.entries(buyer)):
        if entry.kind != "credit_note":
            continue
        original = portal.register.get(entry.number).document.get("original") or {}
        if isinstance(original, dict) and original.get("number") == number:
            found.append((entry.number, document_href(portal, request, buyer, entry.number)))
    return found


def download(portal: Portal, request: Request) -> Response:
    """A stored file (by its name in the register), exactly as the register holds it."""
    buyer = portal.buyer(request)
    if buyer is None:
        return portal.refused(request)
    entry = portal.find(buyer, request.path_params["doc"])
    if entry is None:
        return portal.not_found(request, buyer)
    record = portal.register.get(entry.number)
    wanted = request.path_params["file"]
    artefact = next((a for a in portal.artefacts(record) if a.name == wanted), None)
    if artefact is None:  # not stored, or its bytes were erased
        return portal.not_found(request, buyer)
    try:
        data = portal.register.file(entry.number, artefact.name)
    except UnknownNumber:  # erased by another process since the page was drawn
        return portal.not_found(request, buyer)
    disposition = f'attachment; filename="{artefact.filename(entry.number)}"'
    return Response(data, media_type=artefact.media_type, headers={"Content-Disposition": disposition})


def erase_page(portal: Portal, request: Request) -> Response:
    buyer = portal.buyer(request)
    if buyer is None:
        return portal.refused(request)
    lang = portal.lang(request, buyer)
    csrf = tokens.csrf_token(portal.secret, request.cookies[COOKIE])
    cutoff = portal.issued_before()
    kept = [e.number for e in reversed(portal.entries(buyer)) if e.issue_date >= cutoff]
    listed = format_list(kept, locale=Labels(lang).babel) if kept else None
    body = pages.erase_form(lang, csrf, root(request), listed, kept)
    return portal.html(request, lang, pages.t(m.ERASE, lang), body)


def erase_post(portal: Portal, request: Request, body: str) -> Response:
    """Erasure, with a CSRF token bound to the session; the translated confirmation is shown
    and the session ends (the link cannot be replayed: nothing is left to show)."""
    buyer = portal.buyer(request)
    if buyer is None:
        return portal.refused(request)
    form = parse_qs(body, max_num_fields=5)
    if not tokens.csrf_ok(portal.secret, request.cookies[COOKIE], (form.get("csrf") or [""])[0]):
        return portal.refused(request)
    lang = portal.lang(request, buyer)
    confirmation = portal.register.erase(
        buyer=buyer, on=portal.clock().date(), issued_before=portal.issued_before(), locale=lang
    )
    numbers = (*confirmation.erased, *confirmation.retained)
    body = pages.confirmation_body(confirmation.text, numbers)
    response = portal.html(request, lang, pages.t(m.ERASED, lang), body)
    response.delete_cookie(COOKIE, path=root(request))
    return response
