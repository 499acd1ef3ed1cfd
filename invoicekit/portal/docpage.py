"""The page of one document: the HTML renderer's page mode, its body embedded whole in the
portal's layout (skip link, header, a navigation bar with the way back, the downloads and
the related documents, then the document as ``main``). The renderer's text is escaped
already and its stylesheet is the page's only other CSS, so the strict CSP still holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from attrs import frozen

from . import messages as m
from . import pages
from .pages import t

# the bar's own rules, after the renderer's stylesheet: the same header and controls as the
# history, in the portal's font, links in the portal's blue whatever the brand's accent
CHROME_CSS = (
    "header,nav.doc{max-width:60rem;margin:0 auto;padding:1rem;box-sizing:border-box;"
    "font-family:system-ui,sans-serif;font-size:1rem;line-height:1.4;color:#1a1a1a}"
    + pages.HEADER_CSS
    + pages.CONTROLS_CSS
    + "header a,nav.doc a,.skip{color:#0b4f8a}"
    "nav.doc{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;"
    "border-bottom:1px solid #767676}nav.doc p{margin:0}"
    "nav.doc .dl{display:flex;flex-wrap:wrap;gap:.25rem .75rem}nav.doc .dl span{font-weight:600}"
    "main.doc{padding:.5rem 0}"
)
_PART = {name: re.compile(f"<{name}[^>]*>(.*?)</{name}>", re.S) for name in ("title", "style", "body")}


@frozen
class Rendered:
    """The parts of the renderer's page the portal keeps: ``title`` (escaped text),
    ``css`` and the ``body``'s content."""

    title: str
    css: str
    body: str


def parts(markup: str) -> Rendered:
    """Split a page of :func:`invoicekit.render_html` (``mode="page"``) into its parts."""
    found = {name: pattern.search(markup) for name, pattern in _PART.items()}
    missing = [name for name, match in found.items() if match is None]
    if missing:
        raise ValueError(f"render_html page: no <{missing[0]}> element")
    title, css, body = (match.group(1) for match in found.values() if match is not None)
    return Rendered(title, css, body)


@frozen
class Links:
    """What the bar offers: the history page to go back to, the row of the document (its
    downloads and, for a credit note, its invoice) and the credit notes of an invoice."""

    back: str
    row: pages.Row
    credit_notes: Sequence[tuple[str, str]]  # (number, href)


def bar(lang: str, links: Links) -> str:
    """The navigation bar of the document page."""
    row = links.row
    parts_ = [f'<p><a href="{escape(links.back)}">{escape(t(m.BACK, lang))}</a></p>']
    if row.files:
        parts_.append(
            f'<div class="dl"><span id="downloads">{escape(t(m.DOWNLOADS, lang))}</span>'
            f"{pages.files_list(row.files, 'downloads')}</div>"
        )
    if row.original is not None:
        parts_.append(f"<p>{pages.relation(m.CORRECTS, lang, row.original, row.original_href)}</p>")
    parts_.extend(f"<p>{pages.relation(m.CORRECTED_BY, lang, n, h)}</p>" for n, h in links.credit_notes)
    label = escape(t(m.DOCUMENT, lang))
    return f'<nav class="doc" aria-label="{label}">{"".join(parts_)}</nav>'


def document_page(lang: str, rendered: Rendered, links: Links, *, root: str, page_no: int, shop: str,
                  accent: str, languages: Sequence[str]) -> str:  # fmt: skip
    """The whole page: the portal's head, header and bar, the document as ``main``."""
    return (
        pages.head(lang, rendered.title, escape(shop), rendered.css + CHROME_CSS, accent)
        + pages.header(lang, shop, root, languages, page_no)
        + bar(lang, links)
        + f'<main id="main" class="doc" tabindex="-1">{rendered.body}</main></body></html>'
    )
