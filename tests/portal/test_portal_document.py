"""The page of one document: the renderer's page inside the portal's landmarks, with the
way back to the history page it was opened from, the same downloads as the history (and
their bytes), the credit note and its invoice linked both ways, and nothing of another
buyer's reachable from it. On SQLite and PostgreSQL (the ``url`` fixture)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from invoicekit.portal import tokens, views
from invoicekit.register import Register

from .conftest import BOB, ERIKA, SECRET, Clock, enter
from .test_portal_http import doc_links, downloads

NUMBERS = ("CN-0001", "2026-00002", "2026-00001")  # Erika's, newest first


def nav(page: str) -> str:
    """The document page's navigation bar."""
    return page[page.index('<nav class="doc"') : page.index("</nav>")]


def nav_downloads(page: str) -> list[tuple[str, str]]:
    return [(label, href) for href, label in re.findall(r'<li><a href="([^"]+)" download>([^<]+)</a>', nav(page))]


def opened(client: Any, clock: Clock) -> tuple[str, dict[str, str]]:
    """Erika's history and her document pages by number."""
    enter(client, ERIKA, clock)
    history = client.get("/").text
    pages = {number: client.get(href).text for number, href in zip(NUMBERS, doc_links(history), strict=True)}
    return history, pages


def test_document_page_has_the_portal_landmarks_around_the_document(client: Any, clock: Clock) -> None:
    _, pages = opened(client, clock)
    page = pages["2026-00001"]
    assert page.startswith('<!DOCTYPE html><html lang="de" dir="ltr">')
    assert page.index('<a class="skip" href="#main">') < page.index("<header>") < page.index('<nav class="doc"')
    assert page.index("</nav>") < page.index('<main id="main" class="doc" tabindex="-1">')
    main = page[page.index("<main") : page.index("</main>")]
    assert "Rechnung" in main and "2026-00001" in main  # the renderer's document, in German
    assert page.count("<body") == 1 and page.count("<main") == 1 and "<script" not in page
    assert "<title>Rechnung 2026-00001 · Kaffeerösterei Beispiel</title>" in page


def test_document_page_links_back_to_the_history(client: Any, clock: Clock) -> None:
    _, pages = opened(client, clock)
    for number, page in pages.items():
        assert '<p><a href="/">Zurück zu Ihren Dokumenten</a></p>' in nav(page), number
        assert '<a href="/">Ihre Dokumente</a>' in page  # the header's link too
        assert 'name="page"' not in page  # opened from the first page: nothing to keep


def test_document_page_offers_the_histories_downloads_with_the_stored_bytes(
    client: Any, clock: Clock, reg: Register
) -> None:
    history, pages = opened(client, clock)
    stored = {"PDF": "invoice.pdf", "UBL XML": "invoice-ubl.xml", "CII XML": "invoice-cii.xml",
              "Factur-X PDF": "factur-x.pdf"}  # fmt: skip
    labels = {"2026-00001": ["PDF", "UBL XML", "Factur-X PDF"], "2026-00002": ["PDF"], "CN-0001": ["PDF", "CII XML"]}
    for number, page in pages.items():
        offered = nav_downloads(page)
        assert [label for label, _ in offered] == labels[number]
        assert offered == downloads(history, number)  # the same links as the history's row
        assert '<span id="downloads">Downloads</span><ul class="files" aria-labelledby="downloads">' in page
        for label, href in offered:
            response = client.get(href)
            assert response.status_code == 200, href
            assert response.content == reg.file(number, stored[label])


def test_credit_note_and_invoice_link_each_other(client: Any, clock: Clock) -> None:
    history, pages = opened(client, clock)
    hrefs = dict(zip(NUMBERS, doc_links(history), strict=True))
    credit = nav(pages["CN-0001"])
    assert f'<p>Korrektur zu Rechnung <a href="{hrefs["2026-00001"]}"><bdi>2026-00001</bdi></a></p>' in credit
    invoice = nav(pages["2026-00001"])
    assert (
        f'<p>Korrigiert durch Rechnungskorrektur <a href="{hrefs["CN-0001"]}"><bdi>CN-0001</bdi></a></p>'
        in invoice
    )
    other = nav(pages["2026-00002"])
    assert "Korrektur zu" not in other and "Korrigiert durch" not in other
    assert "CN-0001" in client.get(hrefs["CN-0001"]).text.split("<main", 1)[1]


@pytest.mark.parametrize("url", ["sqlite"], indirect=True)  # paging does not depend on the backend
def test_document_opened_from_a_later_page_links_back_to_that_page(
    client: Any, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "PAGE_SIZE", 1)  # one document a page: 2026-00002 is on page 2
    enter(client, ERIKA, clock)
    second = client.get("/?page=2").text
    (href,) = re.findall(r'<th scope="row"><a href="(/d/[0-9a-f]{32}\?page=2)">', second)
    page = client.get(href).text
    assert '<p><a href="/?page=2">Zurück zu Ihren Dokumenten</a></p>' in page
    assert '<a href="/?page=2">Ihre Dokumente</a>' in page
    assert '<input type="hidden" name="page" value="2">' in page  # a language change keeps it
    changed = client.get(href + "&lang=fr").text
    assert '<p><a href="/?page=2">Retour à vos documents</a></p>' in changed
    for bad in ("0", "-3", "x", "2.5", ""):
        assert '<p><a href="/">' in client.get(href.split("?")[0] + "?page=" + bad).text, bad


def test_no_document_page_reaches_another_buyers_document(client: Any, clock: Clock) -> None:
    """Every link on Erika's document pages stays among her own documents; Bob's page
    names none of hers, and his document's ID is not found for her."""
    history, pages = opened(client, clock)
    bob_id = tokens.document_id(SECRET, BOB, "2026-00003")
    own = set(doc_links(history))
    for number, page in pages.items():
        assert "2026-00003" not in page and bob_id not in page and "Bob" not in page, number
        for href in re.findall(r'href="([^"#]+)"', page):
            target = unescape(href)
            if target.startswith("/d/"):
                assert target.split("?")[0][:35] in own, (number, target)
    assert client.get(f"/d/{bob_id}").status_code == 404
    enter(client, BOB, clock)
    (bob_href,) = doc_links(client.get("/").text)
    bob_page = client.get(bob_href).text
    assert bob_page.count('download>') == 1  # his own PDF only
    for number in NUMBERS:
        assert number not in bob_page.split("<main", 1)[0], number
    for href in own:  # Erika's document IDs are not found for Bob
        assert client.get(href).status_code == 404


def test_a_page_without_its_parts_is_a_clear_error() -> None:
    from invoicekit.portal.docpage import parts

    assert parts("<title>A &amp; B</title><style>p{}</style><body class='x'><p>1</p></body>").body == "<p>1</p>"
    with pytest.raises(ValueError, match="render_html page: no <style> element"):
        parts("<title>A</title><body></body>")
