"""The portal in every catalog's language: each of its own sentences is translated, and no
page shows a sentence left in English (beside the names, numbers and formats that stay)."""

from __future__ import annotations

import re
from html import escape, unescape
from typing import Any

import pytest
from babel.messages.pofile import read_po

from invoicekit.i18n import LOCALES, translate
from invoicekit.i18n.compile import po_file, read_catalog, template_file
from invoicekit.portal.files import LABELS
from invoicekit.portal.messages import MESSAGES
from invoicekit.portal.pages import language_name

from .conftest import ERIKA, Clock, enter

OTHERS = [loc for loc in LOCALES if loc != "en"]
TEMPLATE = [str(m.id) for m in read_catalog(template_file().read_bytes()) if isinstance(m.id, str) and m.id]


def text_nodes(html: str) -> set[str]:
    """The visible texts of a page (between tags, outside <style>), and its attribute labels."""
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    nodes = {unescape(n).strip() for n in re.findall(r">([^<]+)<", body)}
    nodes |= {unescape(v) for v in re.findall(r'(?:aria-label|data-label)="([^"]+)"', body)}
    return {n for n in nodes if n}


def pages_in(client: Any, lang: str) -> dict[str, str]:
    """The portal's own pages in ``lang``: history, erasure step, not found, refused link,
    and the portal's parts of the pages of an invoice and of its credit note (the
    document itself, in ``main``, is the renderer's and tested with it)."""
    history = client.get("/", params={"lang": lang}).text
    documents = {
        number: re.sub(r"<main.*</main>", "", client.get(href, params={"lang": lang}).text, flags=re.S)
        for href, number in re.findall(r'<th scope="row"><a href="(/d/[0-9a-f]{32})"><bdi>([^<]+)</bdi>', history)
        if number in ("2026-00001", "CN-0001")
    }
    assert len(documents) == 2
    return {
        "history": history,
        "invoice": documents["2026-00001"],
        "credit note": documents["CN-0001"],
        "erase": client.get("/erase", params={"lang": lang}).text,
        "not found": client.get("/d/" + "0" * 32, params={"lang": lang}).text,
        "refused": client.get("/", params={"lang": lang, "t": "x.y"}).text,
    }


@pytest.mark.parametrize("locale", OTHERS)
def test_every_portal_msgid_is_translated_in_the_catalog(locale: str) -> None:
    catalog = read_po(po_file(locale).open("rb"))
    for msgid in MESSAGES:
        message = catalog.get(msgid)
        assert message is not None and isinstance(message.string, str) and message.string.strip(), (locale, msgid)


@pytest.fixture
def erika(client: Any, clock: Clock) -> Any:
    assert enter(client, ERIKA, clock).status_code == 303
    return client


@pytest.mark.parametrize("url", ["sqlite"], indirect=True)  # the pages do not depend on the backend
def test_no_page_is_left_in_english(erika: Any) -> None:
    english = {name: text_nodes(html) for name, html in pages_in(erika, "en").items()}
    kept = {language_name(c) for c in LOCALES} | {label for label, _, _ in LABELS.values()}
    for lang in OTHERS:
        same_as_english = {m for m in TEMPLATE if translate(m, lang) == m}  # "Status", "Chat" in German
        for name, html in pages_in(erika, lang).items():
            assert f'lang="{lang.replace("_", "-")}"' in html[:80], (lang, name)
            nodes = text_nodes(html)
            for msgid in MESSAGES:
                if msgid not in same_as_english:
                    # a whole text, or the words before a placeholder ("Corrects invoice ")
                    assert msgid not in nodes, (lang, name, msgid)
                    if "%(" in msgid:
                        assert escape(msgid.split("%(")[0]) not in html, (lang, name, msgid)
            left = {n for n in english[name] & nodes
                    if re.search(r"[^\W\d_]", n) and not re.search(r"\d|@|://", n)}  # words, not data
            left -= kept | same_as_english | {"Kaffeerösterei Beispiel", "·"}
            assert left == set(), (lang, name, left)
