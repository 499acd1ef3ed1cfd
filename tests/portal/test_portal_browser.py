"""The portal in a real browser: ``invoicekit portal serve`` on 127.0.0.1 over a SQLite and a
PostgreSQL register, Debian's Chromium through the HTML tests' Playwright harness. Open the
signed link, see the history, download the stored files, switch to uk and ar, use the
keyboard, request erasure and confirm it; and each page looks like its reference image
(``python tests/portal/make_references.py`` writes them anew, to be looked at)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from htmldoc.browser import browser, difference
from PIL import Image

from invoicekit.register import Register

from .served import fill, serve
from .shots import REFERENCE, SHOTS, loopback, signed_link, take

pytestmark = pytest.mark.filterwarnings("error")
# the same Chromium and fonts draw the same pixels; a changed digit of an amount changes
# more than this share of them (see tests/htmldoc/test_html_browser.py and the test below)
LIMIT = 1e-5


@pytest.fixture
def served(url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The portal over a register of Erika and Bob (on each backend); (base URL, register URL).
    The retention is chosen so that Erika's 2024 invoice may be erased and her 2026 ones not,
    whatever year the test runs in."""
    fill(url)
    with serve(url, tmp_path, retention_years=dt.date.today().year - 2025) as base:
        yield base, url


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    with browser() as chrome:
        yield chrome


def switch(page: Any, lang: str) -> None:
    """Choose ``lang`` in the language form and send it (no script: a GET form)."""
    page.select_option("#lang", lang)
    page.locator("form.lang button").click()
    page.wait_for_load_state()


def row(page: Any, number: str) -> Any:
    return page.locator("tbody tr").filter(has=page.get_by_role("rowheader").filter(has_text=number))


def test_signed_link_downloads_languages_and_erasure(chrome: Any, served: tuple[str, str]) -> None:
    base, db = served
    with Register(db) as reg:
        stored_pdf, stored_ubl = reg.pdf("2026-00003"), reg.xml("2026-00001")
    with loopback(chrome, base, 360) as (page, outside):
        page.goto(signed_link(base))
        assert page.url == base  # the token is gone from the address bar
        numbers = page.locator("tbody th[scope=row] > a").all_inner_texts()
        assert numbers == ["CN-0001", "2026-00003", "2026-00001", "2024-00001"]  # newest first; not Bob's
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        with page.expect_download() as download:
            row(page, "2026-00003").get_by_role("link", name="PDF", exact=True).click()
        assert Path(download.value.path()).read_bytes() == stored_pdf
        assert download.value.suggested_filename == "2026-00003.pdf"
        with page.expect_download() as download:
            row(page, "2026-00001").get_by_role("link", name="UBL XML", exact=True).click()
        assert Path(download.value.path()).read_bytes() == stored_ubl
        assert download.value.suggested_filename == "2026-00001-ubl.xml"
        document_page(page, base, stored_ubl)
        for lang, direction, heading in (("uk", "ltr", "Ваші документи"), ("ar", "rtl", "مستنداتك")):
            switch(page, lang)
            assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [lang, direction]
            assert page.locator("h1").inner_text() == heading
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert page.locator("th[scope=col]").first.inner_text() == "المستند"
        contrast(page)
        keyboard(page)
        switch(page, "de")
        erase(page)
    assert outside == []


def document_page(page: Any, base: str, stored_ubl: bytes) -> None:
    """A document's page (in the buyer's German, at 360 px): inside the portal's landmarks, its
    downloads as on the history, keyboard and contrast as there, and the way back."""
    page.locator("tbody th[scope=row] > a", has_text="2026-00001").click()
    page.wait_for_load_state()
    keyboard(page)
    contrast(page)
    bar = page.get_by_role("navigation", name="Dokument")
    assert bar.get_by_role("list", name="Downloads").get_by_role("link").all_inner_texts() == [
        "PDF", "UBL XML"]  # fmt: skip
    with page.expect_download() as download:
        bar.get_by_role("link", name="UBL XML", exact=True).click()
    assert Path(download.value.path()).read_bytes() == stored_ubl
    assert bar.get_by_role("link", name="CN-0001").count() == 1  # its credit note
    assert page.locator("main h1").inner_text() == "Rechnung"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    bar.get_by_role("link", name="Zurück zu Ihren Dokumenten").click()
    page.wait_for_load_state()
    assert page.url == base


def luminance(rgb: list[float]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0-255 channels)."""
    c = [v / 255 for v in rgb]
    lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(page: Any) -> None:
    """Every text the portal draws has at least WCAG AA's 4.5:1 against what is behind it,
    as Chromium computes the colours (a transparent background shows the page's)."""
    pairs = page.evaluate(
        "Array.from(document.querySelectorAll('body *')).filter(e => e.closest('main,header')"
        " && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())).map(e => {"
        " const rgb = c => c.match(/[\\d.]+/g).map(Number); let b = e, bg;"
        " while (b && (bg = getComputedStyle(b).backgroundColor) === 'rgba(0, 0, 0, 0)') b = b.parentElement;"
        " return [e.tagName, rgb(getComputedStyle(e).color), b ? rgb(bg) : [255, 255, 255]]; })"
    )
    assert len(pairs) > 20
    for tag, fg, bg in pairs:
        light, dark = sorted((luminance(fg[:3]), luminance(bg[:3])), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (tag, fg, bg)


def keyboard(page: Any) -> None:
    """The first Tab reaches the skip link, shown on screen with a visible outline; Enter
    moves to the main content."""
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();"
        " return [e.className, s.outlineStyle, parseFloat(s.outlineWidth), r.top >= 0 && r.left >= 0"
        " && r.right <= innerWidth]; })()"
    )
    assert focused == ["skip", "solid", 3.0, True]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def erase(page: Any) -> None:
    """Erasure in German: the 2026 documents are named as kept before and after; the 2024
    invoice is erased; the session ends."""
    page.get_by_role("link", name="Meine personenbezogenen Daten löschen").click()
    form = page.locator("main").inner_text()
    assert "unverändert aufbewahrt: 2026-00001, 2026-00003 und CN-0001." in form
    page.get_by_role("button", name="Ja, meine personenbezogenen Daten löschen").click()
    body = page.locator("main").inner_text()
    assert page.locator("h1").inner_text() == "Personenbezogene Daten gelöscht"
    assert "aus einem Dokument entfernt und dessen gespeicherte PDF-Kopie gelöscht: 2024-00001." in body
    assert "3 Dokumente unterliegen noch der gesetzlichen Aufbewahrungsfrist" in body
    assert "unverändert aufbewahrt: 2026-00001, 2026-00003 und CN-0001." in body
    page.goto(page.url.split("erase")[0])
    assert "Dieser Link ist ungültig oder abgelaufen" in page.locator("main").inner_text()


def test_pages_look_like_their_references(chrome: Any, served: tuple[str, str]) -> None:
    base, _ = served
    seen = []
    for name, image, scroll in take(chrome, base):
        width = int(name.rsplit("-", 1)[1])
        assert scroll <= width, name  # no sideways scroll, at 360 px too
        reference = Image.open(REFERENCE / f"{name}.png").convert("RGB")
        assert image.size == reference.size, name
        assert difference(image, reference) < LIMIT, name
        seen.append(name)
    assert len(seen) == len(SHOTS) == 8


def test_the_comparison_sees_a_changed_amount(chrome: Any, served: tuple[str, str]) -> None:
    """The check above can fail: the history with one amount changed differs visibly."""
    base, _ = served
    with loopback(chrome, base, 1280) as (page, _):
        page.goto(signed_link(base))
        page.goto(f"{base}?lang=en")
        page.evaluate("document.querySelector('td.n').textContent = '€83.87'")
        from htmldoc.browser import screenshot

        image = screenshot(page)
    reference = Image.open(REFERENCE / "history-en-1280.png").convert("RGB")
    assert difference(image, reference) > LIMIT
