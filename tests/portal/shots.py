"""The portal's screenshots, for the browser test and ``make_references.py``: the history
and a document page, in English and Arabic, at a phone's 360 px and a desktop's 1280 px.
What could change from run to run stays out of the pictures: issue dates are the
documents' own, the expiry and session live in the URL and the cookie, never on the page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from htmldoc.browser import screenshot
from PIL import Image

from invoicekit import portal

from .served import ERIKA, SECRET

REFERENCE = Path(__file__).resolve().parent / "reference"
SHOTS = [(page, lang, width) for page in ("history", "document") for lang in ("en", "ar") for width in (360, 1280)]


@contextmanager
def loopback(chrome: Any, base: str, width: int) -> Iterator[tuple[Any, list[str]]]:
    """A page ``width`` CSS pixels wide that reaches only ``base``; the URLs it was refused."""
    context = chrome.new_context(viewport={"width": width, "height": 700}, device_scale_factor=1)
    outside: list[str] = []

    def only_loopback(route: Any) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    try:
        yield context.new_page(), outside
    finally:
        context.close()


def signed_link(base: str) -> str:
    return portal.link(ERIKA, expires=dt.timedelta(hours=1), secret=SECRET, base_url=base)


def take(chrome: Any, base: str) -> Iterator[tuple[str, Image.Image, int]]:
    """(reference name, screenshot, scrollWidth) of each of :data:`SHOTS`."""
    for page_name, lang, width in SHOTS:
        with loopback(chrome, base, width) as (page, _):
            page.goto(signed_link(base))
            page.goto(f"{base}?lang={lang}")
            if page_name == "document":
                page.locator("tbody th[scope=row] a").first.click()
                page.wait_for_load_state()
            scroll = int(page.evaluate("document.documentElement.scrollWidth"))
            yield f"{page_name}-{lang}-{width}", screenshot(page), scroll
