"""The portal over HTTP (Starlette's TestClient) against a real register: entry by signed
link, the session cookie, history, documents, downloads, erasure and every access rule."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from invoicekit import portal
from invoicekit.portal import tokens
from invoicekit.register import Register

from .conftest import BASE, BOB, ERIKA, RETENTION, SECRET, Clock, enter


def visible(html: str) -> str:
    """The page's text without its tags (a number in <bdi> reads as plain text)."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def doc_links(html: str) -> list[str]:
    """The history's document links, one a row, in the order shown."""
    return re.findall(r'<th scope="row"><a href="(/d/[0-9a-f]{32})">', html)


def test_link_sets_a_strict_session_cookie_and_drops_the_token(client: Any, clock: Clock) -> None:
    r = enter(client, ERIKA, clock)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # served over plain http here; see the https test
    assert ERIKA not in r.headers["location"]


def test_cookie_is_secure_over_https(reg: Register, brand: Any, clock: Clock) -> None:
    from starlette.testclient import TestClient

    app = portal.app(reg, brand=brand, secret=SECRET, base_url="https://shop.example/", clock=clock,
                     retention_years=RETENTION)
    with TestClient(app, base_url="https://shop.example", follow_redirects=False) as c:
        link = portal.link(ERIKA, expires=dt.timedelta(hours=1), secret=SECRET, base_url="https://shop.example/",
                           now=clock.now)  # fmt: skip
        assert "Secure" in c.get(link).headers["set-cookie"]


def test_history_newest_first_with_the_credit_note_linked(client: Any, clock: Clock) -> None:
    enter(client, ERIKA, clock)
    r = client.get("/")
    assert r.status_code == 200
    text = r.text
    # Erika's documents, newest first by issue date: CN-0001 (03-06), 2026-00002 (03-03), 2026-00001 (03-02)
    rows = re.findall(r'<th scope="row"><a href="/d/[0-9a-f]{32}"><bdi>([^<]+)</bdi></a>', text)
    assert rows == ["CN-0001", "2026-00002", "2026-00001"]
    assert "2026-00003" not in text  # Bob's
    assert '<html lang="de" dir="ltr">' in text  # the stored locale of her documents
    # the credit note names its invoice and links to that invoice's own page
    cn_row = text[text.index(">CN-0001<"):text.index(">2026-00002<")]
    target = re.search(r'<small>[^<]*<a href="(/d/[0-9a-f]{32})"><bdi>2026-00001</bdi></a>', cn_row)
    assert target is not None
    assert f'<th scope="row"><a href="{target.group(1)}"><bdi>2026-00001</bdi></a>' in text
    # document(1): net 2 * 7.49 = 14.98 at 7 % (1.0486 -> 1.05) + 11.99 at 19 % (2.2781 -> 2.28);
    # payable 14.98 + 11.99 + 1.05 + 2.28 = 30.30
    assert "30,30\u00a0€" in text
    assert "Kundenservice" in text or "support" in text.lower()


def test_security_headers_on_every_page(client: Any, clock: Clock) -> None:
    for r in (client.get("/"), enter(client, ERIKA, clock), client.get("/"), client.get("/d/" + "0" * 32)):
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "<script" not in r.text


def downloads(html: str, number: str) -> list[tuple[str, str]]:
    """(label, href) of the download links in the row of document ``number``."""
    start = html.index(f">{number}</bdi></a> <small>")  # the row heading, not a credit note's link
    row = html[start:html.index("</tr>", start)]
    return [(label, href) for href, label in re.findall(r'<li><a href="([^"]+)" download>([^<]+)</a>', row)]


def test_every_stored_file_is_offered_by_its_format_with_the_stored_bytes(
    client: Any, clock: Clock, reg: Register
) -> None:
    enter(client, ERIKA, clock)
    history = client.get("/").text
    offered = {n: downloads(history, n) for n in ("2026-00001", "2026-00002", "CN-0001")}
    assert {n: [label for label, _ in d] for n, d in offered.items()} == {
        "2026-00001": ["PDF", "UBL XML", "Factur-X PDF"],  # issued with xml="ubl", Factur-X attached
        "2026-00002": ["PDF"],
        "CN-0001": ["PDF", "CII XML"],
    }
    expected = {  # label: (stored name, download name, media type)
        ("2026-00001", "PDF"): ("invoice.pdf", "2026-00001.pdf", "application/pdf"),
        ("2026-00001", "UBL XML"): ("invoice-ubl.xml", "2026-00001-ubl.xml", "application/xml"),
        ("2026-00001", "Factur-X PDF"): ("factur-x.pdf", "2026-00001-facturx.pdf", "application/pdf"),
        ("2026-00002", "PDF"): ("invoice.pdf", "2026-00002.pdf", "application/pdf"),
        ("CN-0001", "PDF"): ("invoice.pdf", "CN-0001.pdf", "application/pdf"),
        ("CN-0001", "CII XML"): ("invoice-cii.xml", "CN-0001-cii.xml", "application/xml"),
    }
    for number, links in offered.items():
        for label, href in links:
            stored, filename, media = expected[number, label]
            r = client.get(href)
            assert r.status_code == 200, href
            assert r.content == reg.file(number, stored)  # byte for byte the register's
            assert r.headers["content-disposition"] == f'attachment; filename="{filename}"'
            assert r.headers["content-type"].split(";")[0] == media
    # what each label claims is what the bytes are
    ubl = client.get(offered["2026-00001"][1][1]).content
    assert b"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" in ubl[:400]
    assert b"CrossIndustryInvoice:100" in client.get(offered["CN-0001"][1][1]).content[:400]
    facturx = client.get(offered["2026-00001"][2][1]).content
    plain = client.get(offered["2026-00001"][0][1]).content
    assert b"factur-x.xml" in facturx and b"factur-x.xml" not in plain
    doc = offered["2026-00002"][0][1].rsplit("/", 1)[0]
    for missing in ("/xml", "/invoice-ubl.xml", "/pdf", "/factur-x.pdf", "/../invoice.pdf"):
        assert client.get(doc + missing).status_code == 404, missing


def test_document_page_is_the_html_page_of_the_stored_document(client: Any, clock: Clock) -> None:
    enter(client, ERIKA, clock)
    history = client.get("/").text
    href = downloads(history, "2026-00001")[0][1].rsplit("/", 1)[0]
    page = client.get(href)
    assert page.status_code == 200 and "2026-00001" in page.text and "Rechnung" in page.text


def test_format_detection_reads_the_bytes() -> None:
    from invoicekit.portal.files import artefact, kind

    assert kind(b"%PDF-1.7 plain") == "pdf"
    # a plain PDF that names factur-x.xml but lacks the fx: XMP schema is not Factur-X
    assert kind(b"%PDF-1.7 (factur-x.xml)") == "pdf"
    assert kind(b'<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>') == "ubl"
    assert kind(b'<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>') == "cii"
    assert kind(b"<other/>") == "" and kind(b"<broken") == "" and kind(b"a,b\n") == ""
    # an attached plain PDF keeps its own name (two "PDF" downloads would be confused)
    attached = artefact("delivery-note.pdf", b"%PDF-1.4")
    assert (attached.label, attached.filename("2026-00001")) == ("delivery-note.pdf", "2026-00001-delivery-note.pdf")
    assert artefact("invoice.pdf", b"%PDF-1.4").filename("A/B 7") == "A_B_7.pdf"


def test_buyer_a_cannot_reach_buyer_b(client: Any, clock: Clock, reg: Register) -> None:
    enter(client, BOB, clock)
    bob_doc = doc_links(client.get("/").text)[0]
    enter(client, ERIKA, clock)  # the cookie is now Erika's
    not_found = client.get("/d/" + "f" * 32)
    for path in (bob_doc, bob_doc + "/invoice.pdf", "/d/2026-00003", "/d/2026-00003/invoice.pdf", "/2026-00003",
                 "/d/" + tokens.document_id(SECRET, ERIKA, "2026-00003")):  # fmt: skip
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.text == not_found.text  # "not yours" reads as "does not exist"
    assert b"%PDF" not in client.get(bob_doc + "/invoice.pdf").content


def test_no_cookie_or_a_forged_one_is_refused(client: Any, clock: Clock) -> None:
    assert client.get("/").status_code == 403
    forged = tokens.sign(b"another-secret-that-is-long-enough!!", tokens.SESSION, ERIKA,
                         clock.now + dt.timedelta(hours=1))  # fmt: skip
    client.cookies.set("invoicekit_portal", forged)
    assert client.get("/").status_code == 403
    # a link token is not a session, and a session is not a link
    link_token = tokens.sign(SECRET, tokens.LINK, ERIKA, clock.now + dt.timedelta(hours=1))
    client.cookies.set("invoicekit_portal", link_token)
    assert client.get("/").status_code == 403
    session = tokens.sign(SECRET, tokens.SESSION, ERIKA, clock.now + dt.timedelta(hours=1))
    assert client.get("/", params={"t": session}).status_code == 403


def test_expired_and_tampered_links_are_refused(client: Any, clock: Clock) -> None:
    link = portal.link(ERIKA, expires=dt.timedelta(hours=2), secret=SECRET, base_url=BASE, now=clock.now)
    clock.now += dt.timedelta(hours=2)
    assert client.get(link).status_code == 403
    clock.now -= dt.timedelta(hours=1)
    token = link.split("?t=", 1)[1]
    payload, mac = token.split(".")
    assert client.get("/", params={"t": payload[:-2] + "xx." + mac}).status_code == 403
    assert client.get(link).status_code == 303


def test_session_expires(client: Any, clock: Clock) -> None:
    enter(client, ERIKA, clock)
    assert client.get("/").status_code == 200
    clock.now += portal.DEFAULT_SESSION
    assert client.get("/").status_code == 403


def test_link_failures_are_rate_limited(client: Any, clock: Clock) -> None:
    for _ in range(10):
        assert client.get("/", params={"t": "nonsense"}).status_code == 403
    assert enter(client, ERIKA, clock).status_code == 429


def test_language_switch_and_rtl(client: Any, clock: Clock) -> None:
    enter(client, ERIKA, clock)
    assert '<html lang="uk" dir="ltr">' in client.get("/", params={"lang": "uk"}).text
    ar = client.get("/", params={"lang": "ar"}).text
    assert '<html lang="ar" dir="rtl">' in ar
    assert '<html lang="ar" dir="rtl">' in client.get("/").text  # remembered
    assert '<html lang="ar"' in client.get("/", params={"lang": "xx<script>"}).text  # unknown: ignored


def test_erasure_needs_the_csrf_token_then_confirms_and_ends_access(client: Any, clock: Clock, reg: Register) -> None:
    # eleven years on, past the 10-year retention of 2026's documents (kept to the end of 2036)
    clock.now = dt.datetime(2037, 1, 4, 9, 0, tzinfo=dt.UTC)
    enter(client, ERIKA, clock)
    form = client.get("/erase").text
    assert "Aufbewahrungsfrist" not in form  # nothing to keep
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', form)
    assert csrf is not None
    assert client.post("/erase", data={"csrf": "0" * 64}).status_code == 403
    assert client.post("/erase").status_code == 403
    assert reg.history(buyer=ERIKA)  # nothing erased yet
    r = client.post("/erase", data={"csrf": csrf.group(1)})
    assert r.status_code == 200
    assert "Wir haben Ihren Antrag vom 4. Januar 2037" in r.text  # the German confirmation
    assert "CN-0001" in r.text and "2026-00001" in r.text
    assert reg.history(buyer=ERIKA) == []
    assert reg.history(buyer=BOB)  # Bob untouched
    assert client.get("/").status_code == 403  # the cookie was dropped
    # the link replayed after erasure is refused
    assert enter(client, ERIKA, clock).status_code == 403


def test_erasure_keeps_documents_within_the_retention_period(client: Any, clock: Clock, reg: Register) -> None:
    # 2 December 2026: the 2026 documents are kept to the end of 2036
    enter(client, ERIKA, clock)
    form = visible(client.get("/erase").text)
    # named before the buyer confirms, oldest first, as a German list
    assert "gesetzlichen Aufbewahrungsfrist und werden bis zu deren Ablauf unverändert aufbewahrt: " \
           "2026-00001, 2026-00002 und CN-0001." in form
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/erase").text)
    assert csrf is not None
    r = client.post("/erase", data={"csrf": csrf.group(1)})
    assert r.status_code == 200
    text = visible(r.text)
    assert "Es wurde kein Dokument gefunden, aus dem Ihre personenbezogenen Daten gelöscht werden könnten." in text
    assert "2026-00001, 2026-00002 und CN-0001" in text  # the register's "retained" sentence
    assert [e.number for e in reg.history(buyer=ERIKA)] == ["CN-0001", "2026-00002", "2026-00001"]
    assert reg.file("2026-00001", "invoice.pdf").startswith(b"%PDF")  # nothing erased


def test_erasure_takes_the_old_and_keeps_the_recent(url: str, brand: Any, clock: Clock) -> None:
    """A 2024 invoice is past a one-year retention on 2 December 2026 (kept to the end of
    2025), a 2026 invoice is not: the first is erased, the second kept and named."""
    from register.support import document
    from starlette.testclient import TestClient

    with Register(url) as reg:
        reg.migrate()
        reg.create_series("INV", format="{year}-{seq:05}", reset="yearly")
        old = reg.issue(document(1, issue_date="2024-05-06"), series="INV").number
        new = reg.issue(document(2, issue_date="2026-01-01"), series="INV").number
        app = portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, clock=clock, retention_years=1)
        with TestClient(app, base_url="http://testserver", follow_redirects=False) as c:
            enter(c, ERIKA, clock)
            form = visible(c.get("/erase").text)
            assert f"unverändert aufbewahrt: {new}." in form and old not in form.split("aufbewahrt")[1]
            csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', c.get("/erase").text)
            assert csrf is not None
            text = visible(c.post("/erase", data={"csrf": csrf.group(1)}).text)
        assert old in text and new in text
        assert [e.number for e in reg.history(buyer=ERIKA)] == [new]
        assert reg.get(old).entry.erased and not reg.get(new).entry.erased


def test_retention_years_is_required_and_checked(reg: Register, brand: Any) -> None:
    import pytest

    from invoicekit.errors import ArgumentError

    with pytest.raises(TypeError, match="retention_years"):
        portal.app(reg, brand=brand, secret=SECRET, base_url=BASE)  # type: ignore[call-arg]
    with pytest.raises(ArgumentError, match="retention_years: expected a whole number of years"):
        portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, retention_years="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="retention_years: must be 0 to 100, got -1"):
        portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, retention_years=-1)


def test_document_text_is_escaped(client: Any, clock: Clock) -> None:
    enter(client, BOB, clock)
    page = client.get(doc_links(client.get("/").text)[0]).text
    assert "Bob &lt;b&gt;Other&lt;/b&gt;" in page and "<b>Other" not in page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.one_of(
    st.text(alphabet="0123456789abcdef", min_size=32, max_size=32).map(lambda h: "/d/" + h),
    st.sampled_from(["2026-00003", "CN-0001", "2026-00001"]).map(lambda n: "/d/" + n),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_/.", min_size=1, max_size=40).map(lambda p: "/" + p),
))  # fmt: skip
@example(path="////")
def test_no_path_reveals_another_buyers_document(bob_client: Any, path: str) -> None:
    # An absolute URL: httpx refuses a relative one whose path starts with "//" ("////" was
    # drawn), though a real client can send such a path.
    r = bob_client.get("http://testserver" + path)
    assert r.status_code in (200, 303, 307, 404, 405), (path, r.status_code)  # 200: his own history
    assert b"%PDF" not in r.content and "Erika" not in r.text and "2026-00001" not in r.text


def test_mounted_under_a_prefix(reg: Register, brand: Any, clock: Clock) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.testclient import TestClient

    base = "http://testserver/billing/"
    shop = Starlette(routes=[Mount("/billing", app=portal.app(reg, brand=brand, secret=SECRET, base_url=base, retention_years=RETENTION,
                                                              clock=clock))])  # fmt: skip
    link = portal.link(ERIKA, expires=dt.timedelta(hours=1), secret=SECRET, base_url=base, now=clock.now)
    assert link.startswith(base + "?t=")
    with TestClient(shop, base_url="http://testserver", follow_redirects=False) as c:
        r = c.get(link)
        assert r.status_code == 303 and r.headers["location"] == "/billing/"
        assert "Path=/billing/" in r.headers["set-cookie"]
        history = c.get("/billing/").text
        rows = re.findall(r'<th scope="row"><a href="(/billing/d/[0-9a-f]{32})">', history)
        assert len(rows) == 3 and 'action="/billing/erase"' in c.get("/billing/erase").text
        assert c.get(rows[0] + "/invoice.pdf").status_code == 200
        assert f'href="{rows[0]}/invoice.pdf" download' in history


def test_hostile_brand_and_query_are_escaped(reg: Register, clock: Clock) -> None:
    from starlette.testclient import TestClient

    from invoicekit.render.brand import Brand

    brand = Brand(name='<img src=x onerror="alert(1)">', accent="#6e3a1e")
    with TestClient(portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, clock=clock,
                               retention_years=RETENTION),
                    follow_redirects=False) as c:  # fmt: skip
        enter(c, ERIKA, clock)
        text = c.get("/", params={"page": "<script>1</script>", "lang": '"><b>'}).text
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text
    assert "<img" not in text and "<script" not in text and '"><b>' not in text


def test_pages_have_landmarks_headers_and_a_visible_focus(client: Any, clock: Clock) -> None:
    enter(client, ERIKA, clock)
    text = client.get("/").text
    body = text[text.index("<body>"):]
    assert body.startswith('<body><a class="skip" href="#main">Zum Hauptinhalt springen</a><header>')
    assert '<main id="main" tabindex="-1"><h1>Ihre Dokumente</h1>' in text
    assert re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', text) == ["Dokument", "Ausstellungsdatum", "Gesamtbetrag", "Status", "Downloads"]
    assert len(re.findall(r'<th scope="row">', text)) == 3
    assert '<label for="lang">Sprache</label> <select id="lang" name="lang">' in text
    assert '<option value="uk" lang="uk">Українська</option>' in text and '<option value="de" lang="de" selected>' in text
    assert "a:focus-visible,button:focus-visible,select:focus-visible" in text and "outline:3px solid" in text
    assert 'name="viewport"' in text


def test_the_limit_on_link_failures_is_shared_by_every_process(reg: Register, brand: Any, clock: Clock) -> None:
    """Two portal apps over one database (two worker processes of a shop) count the same
    failures: five bad links at each make the eleventh attempt, at either, a 429."""
    from starlette.testclient import TestClient

    apps = [portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, clock=clock, retention_years=RETENTION)
            for _ in range(2)]  # fmt: skip
    with TestClient(apps[0], follow_redirects=False) as one, TestClient(apps[1], follow_redirects=False) as two:
        for _ in range(5):
            assert one.get("/", params={"t": "nonsense"}).status_code == 403
            assert two.get("/", params={"t": "nonsense"}).status_code == 403
        assert enter(one, ERIKA, clock).status_code == 429
        r = enter(two, ERIKA, clock)
        assert r.status_code == 429 and "Zu viele Versuche" not in r.text  # no session yet: English
        assert "Too many invalid links were opened from your network" in r.text
        clock.now += dt.timedelta(minutes=10)  # the window has passed
        assert enter(two, ERIKA, clock).status_code == 303
    # the database holds a keyed hash of the address, never the address itself
    assert reg.failures("portal-link", tokens.client_key(SECRET, "testclient"), since=0) == 10
    assert reg.failures("portal-link", "testclient", since=0) == 0


def test_the_in_memory_limit_is_per_app(reg: Register, brand: Any, clock: Clock) -> None:
    from starlette.testclient import TestClient

    apps = [portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, clock=clock, retention_years=RETENTION,
                       shared_limit=False) for _ in range(2)]  # fmt: skip
    with TestClient(apps[0], follow_redirects=False) as one, TestClient(apps[1], follow_redirects=False) as two:
        for _ in range(10):
            assert one.get("/", params={"t": "nonsense"}).status_code == 403
        assert enter(one, ERIKA, clock).status_code == 429
        assert enter(two, ERIKA, clock).status_code == 303
    assert reg.failures("portal-link", tokens.client_key(SECRET, "testclient"), since=0) == 0


def test_old_failures_are_deleted_as_new_ones_come(reg: Register) -> None:
    for at in (100.0, 200.0, 701.0):
        reg.record_failure("s", "a", at=at, forget_before=at - 600)
    assert reg.failures("s", "a", since=0) == 2  # 100.0 went when 701.0 came
    assert reg.failures("s", "a", since=150) == 2 and reg.failures("s", "a", since=201) == 1
    assert reg.failures("s", "b", since=0) == 0 and reg.failures("t", "a", since=0) == 0
