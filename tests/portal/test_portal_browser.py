"""The portal in a real browser: ``invoicekit portal serve`` on 127.0.0.1 over a SQLite
register, Debian's Chromium through the HTML tests' Playwright harness. Open the signed
link, see the history, download a PDF, switch to ar and uk, request erasure, confirm it."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from htmldoc.browser import browser
from register.support import document

from invoicekit import portal
from invoicekit.register import Register

from .conftest import BOB, ERIKA, SECRET

GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember")  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The portal served on a free loopback port over a register of Erika and Bob."""
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    with Register(db) as reg:
        reg.migrate()
        reg.create_series("INV", format="{year}-{seq:05}", reset="yearly")
        reg.issue(document(1, issue_date="2026-03-02"), series="INV")
        reg.issue(document(2, email=BOB, issue_date="2026-03-03"), series="INV")
        reg.issue(document(3, issue_date="2026-03-04"), series="INV")
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "invoicekit", "portal", "serve", "--db", db,
                               "--secret-file", str(secret), "--brand", "examples/i18n/brand/brand.toml",
                               "--host", "127.0.0.1", "--port", str(port)])  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "the portal server exited"
                assert time.monotonic() < deadline, "the portal server did not start in 30 s"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/", db
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_signed_link_history_and_erasure_in_chromium(served: tuple[str, str]) -> None:
    base, db = served
    with Register(db) as reg:
        stored_pdf = reg.pdf("2026-00003")
    url = portal.link(ERIKA, expires=dt.timedelta(hours=1), secret=SECRET, base_url=base)
    with browser() as chrome:
        context = chrome.new_context(viewport={"width": 360, "height": 700})
        outside: list[str] = []

        def only_loopback(route: Any) -> None:
            if route.request.url.startswith(base):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_loopback)
        page = context.new_page()
        try:
            page.goto(url)
            assert page.url == base  # the token is gone from the address bar
            rows = page.locator("tbody th[scope=row] a").all_inner_texts()
            assert rows == ["2026-00003", "2026-00001"]  # newest first; Bob's 2026-00002 absent
            assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
            with page.expect_download() as download:
                page.locator("tbody tr").first.get_by_role("link", name="Download PDF").click()
            assert Path(download.value.path()).read_bytes() == stored_pdf
            for lang, direction in (("ar", "rtl"), ("uk", "ltr"), ("de", "ltr")):
                page.get_by_role("link", name=lang, exact=True).click()
                assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [lang, direction]
            page.get_by_role("link", name="Erase my personal data").click()
            page.get_by_role("button", name="Yes, erase my personal data").click()
            body = page.locator("main").inner_text()
            # the request date in German's long form ("2. Dezember 2026"), both numbers as a German list
            today = dt.date.today()
            assert f"{today.day}. {GERMAN_MONTHS[today.month - 1]} {today.year}" in body
            assert "2026-00001 und 2026-00003" in body
            page.goto(base)
            assert "This link is not valid" in page.locator("main").inner_text()
        finally:
            context.close()
    assert outside == []
