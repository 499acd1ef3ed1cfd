"""Debian's Chromium, driven by Playwright (PyPI ``playwright``, no browser download), for
the HTML tests: open a document with no network, measure it, take a screenshot.

CI installs Chromium (.ci/run). Where it is missing, the tests fail when ``CI`` is set and
skip with the reason on a developer's machine without it.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

REFERENCE = Path(__file__).resolve().parent / "reference"
# Chromium as the machine's probe starts it: headless, no sandbox as root, none of the
# background connections (updates, sync, field trials) a closed network refuses
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
    "--force-color-profile=srgb",
]


def chromium_path() -> str:
    """The Debian Chromium, or a failure (CI) / skip (a developer's machine) saying why."""
    path = os.environ.get("INVOICEKIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        reason = "Debian's chromium is not installed (apt-get install chromium; .ci/run does it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@contextmanager
def browser() -> Iterator[Any]:
    """A headless Chromium browser; every request it tries is recorded and refused."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        try:
            yield chrome
        finally:
            chrome.close()


@contextmanager
def opened(chrome: Any, markup: str, width: int) -> Iterator[tuple[Any, list[str]]]:
    """``markup`` in a fresh offline page ``width`` CSS pixels wide; the list of URLs it
    tried to load (refused) comes along."""
    context = chrome.new_context(
        viewport={"width": width, "height": 700}, offline=True, device_scale_factor=1
    )
    requests: list[str] = []

    def refuse(route: Any) -> None:
        requests.append(route.request.url)
        route.abort()

    context.route("**/*", refuse)
    page = context.new_page()
    try:
        page.set_content(markup, wait_until="load")
        yield page, requests
    finally:
        context.close()


def overflow(page: Any) -> int:
    """How many CSS pixels the document is wider than its window (0: no horizontal scroll)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def screenshot(page: Any) -> Image.Image:
    return Image.open(io.BytesIO(page.screenshot(full_page=True, animations="disabled"))).convert("RGB")


def difference(image: Image.Image, reference: Image.Image) -> float:
    """The share of pixels that differ visibly (by more than 48 of 255 in a channel):
    anti-aliasing may move, a word, a line or a colour may not."""
    if image.size != reference.size:
        return 1.0
    diff = ImageChops.difference(image, reference).convert("L").point(lambda v: 255 if v > 48 else 0)
    changed = diff.histogram()[255]
    return changed / (image.size[0] * image.size[1])
