"""The portal's HTML pages: history, erasure request and confirmation, errors. Every text
from a document, the brand or the request is escaped here (``html.escape``); every sentence
of the portal's own is a catalog msgid (:mod:`invoicekit.portal.messages`). The pages have
no script, so a strict Content-Security-Policy holds (see :mod:`invoicekit.portal.web`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from html import escape

from attrs import frozen
from babel import Locale, UnknownLocaleError

from ..i18n import best_locale, translate
from . import messages as m

RTL = frozenset({"ar", "he", "fa", "ur"})
# the parts every portal page shares: the header band, the download list and the controls
HEADER_CSS = (
    "header{border-bottom:4px solid var(--accent);display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;"
    "align-items:center;justify-content:space-between}header p{margin:0}"
)
CONTROLS_CSS = (
    "ul.files{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}"
    "button,select{font:inherit;padding:.4rem .6rem}"
    "button.erase{padding:.5rem 1rem;background:#8b1a1a;color:#fff;border:0}"
    "a:focus-visible,button:focus-visible,select:focus-visible,main:focus-visible"
    "{outline:3px solid #0b4f8a;outline-offset:2px}"
    ".skip{position:absolute;top:-10em;background:#fff;padding:.5rem}.skip:focus{top:.5rem}"
)
STYLE = (
    "body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.4}"
    "header,main{max-width:60rem;margin:0 auto;padding:1rem;box-sizing:border-box}"
    + HEADER_CSS
    + "table{border-collapse:collapse;width:100%}"
    "th,td{text-align:start;vertical-align:top;padding:.4rem;border-bottom:1px solid #767676}"
    ".n{text-align:end;white-space:nowrap}a{color:#0b4f8a}th small{font-weight:normal}"
    + CONTROLS_CSS
    + "nav.paging{display:flex;gap:1.5rem;margin:1rem 0}"
    "@media (max-width:40rem){table,tbody,tr,td,th{display:block}thead{display:none}"
    "th,td{border:0;padding:.1rem 0}tr{border-bottom:1px solid #767676;padding:.5rem 0}"
    "td.n{text-align:start}td[data-label]::before{content:attr(data-label) \": \";font-weight:600}"
    "td ul.files{display:inline-flex}}"
)


def t(msgid: str, lang: str, **params: object) -> str:
    """The catalog's text of ``msgid`` for ``lang``."""
    return translate(msgid, lang, **params)


def direction(lang: str) -> str:
    return "rtl" if best_locale(lang).split("_")[0] in RTL else "ltr"


@cache
def language_name(code: str) -> str:
    """The language's own name for itself (CLDR): "Deutsch", "українська" -> "Українська"."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        name = code
    return name[:1].upper() + name[1:]


@frozen
class Row:
    """One line of the history, ready to show (texts unescaped: the page escapes them)."""

    href: str
    number: str
    kind: str
    date: str
    total: str
    status: str
    original: str | None  # the credit note's invoice number
    original_href: str | None
    files: tuple[tuple[str, str], ...]  # (label, href) of each stored file


def language_form(lang: str, languages: Sequence[str], page_no: int = 1) -> str:
    """The language choice: a GET form (no script), each language named in itself; on a
    document opened from history page ``page_no`` > 1, the form keeps that page number."""
    options = "".join(
        f'<option value="{escape(c)}" lang="{escape(c.replace("_", "-"))}"'
        f'{" selected" if c == lang else ""}>{escape(language_name(c))}</option>'
        for c in languages
    )
    return (
        f'<form class="lang" method="get"><label for="lang">{escape(t(m.LANGUAGE, lang))}</label> '
        f'<select id="lang" name="lang">{options}</select> '
        + (f'<input type="hidden" name="page" value="{page_no}">' if page_no > 1 else "")
        + f'<button type="submit">{escape(t(m.CHANGE_LANGUAGE, lang))}</button></form>'
    )


def page(
    lang: str, title: str, body: str, *, root: str, shop: str, accent: str, languages: Sequence[str]
) -> str:
    """A whole page: ``lang`` and ``dir`` on <html>, a skip link, header and main landmarks."""
    return (
        head(lang, escape(title), escape(shop), STYLE, accent)
        + header(lang, shop, root, languages)
        + f'<main id="main" tabindex="-1"><h1>{escape(title)}</h1>{body}</main></body></html>'
    )


def head(lang: str, title: str, shop: str, css: str, accent: str) -> str:
    """From the doctype to ``<body>``: ``lang`` and ``dir``, the title (``title`` and
    ``shop`` already escaped) and the page's only stylesheet ``css``."""
    tag = lang.replace("_", "-")
    return (
        f'<!DOCTYPE html><html lang="{escape(tag)}" dir="{direction(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} · {shop}</title>"
        f"<style>:root{{--accent:{escape(accent)}}}{css}</style></head><body>"
    )


def header(lang: str, shop: str, root: str, languages: Sequence[str], page_no: int = 1) -> str:
    """The skip link and the header landmark: the shop, "Your documents" (at history page
    ``page_no``) and the language choice."""
    home = root + (f"?page={page_no}" if page_no > 1 else "")
    return (
        f'<a class="skip" href="#main">{escape(t(m.SKIP, lang))}</a>'
        f"<header><p><strong>{escape(shop)}</strong> · "
        f'<a href="{escape(home)}">{escape(t(m.YOUR_DOCUMENTS, lang))}</a></p>'
        f"{language_form(lang, languages, page_no)}</header>"
    )


def history_body(lang: str, rows: Sequence[Row], page_no: int, more: bool, support: str, root: str) -> str:
    """The history table (newest first), paging links, the support block and the erasure link."""
    if not rows:
        table = f"<p>{escape(t(m.EMPTY_PAGE, lang))}</p>"
    else:
        head = "".join(
            f'<th scope="col"{css}>{escape(t(msgid, lang))}</th>'
            for msgid, css in ((m.DOCUMENT, ""), (m.ISSUE_DATE, ""), (m.TOTAL, ' class="n"'), (m.STATUS, ""),
                               (m.DOWNLOADS, ""))
        )  # fmt: skip
        lines = "".join(_row(r, lang, page_no) for r in rows)
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{lines}</tbody></table>"
    links = []
    if page_no > 1:
        links.append(f'<a href="?page={page_no - 1}" rel="prev">{escape(t(m.NEWER, lang))}</a>')
    if more:
        links.append(f'<a href="?page={page_no + 1}" rel="next">{escape(t(m.OLDER, lang))}</a>')
    label = escape(t(m.PAGES, lang))
    paging = f'<nav class="paging" aria-label="{label}">{"".join(links)}</nav>' if links else ""
    erase = f'<p><a href="{escape(root)}erase">{escape(t(m.ERASE, lang))}</a></p>'
    return table + paging + support + erase


def _cell(label: str, content: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f'<td{klass} data-label="{escape(label)}">{content}</td>'


def relation(msgid: str, lang: str, number: str, href: str | None) -> str:
    """The sentence ``msgid`` naming another document by its ``number``, linked when
    ``href`` is given ("Corrects invoice 2026-00001")."""
    target = f"<bdi>{escape(number)}</bdi>"  # a number keeps its order in RTL text
    if href is not None:
        target = f'<a href="{escape(href)}">{target}</a>'
    # the number goes in as a marker, so that the link survives the escaping
    return escape(t(msgid, lang, number=chr(0))).replace(chr(0), target)


def files_list(files: Sequence[tuple[str, str]], labelled_by: str | None = None) -> str:
    """The downloads of one document, each stored file by its format label ("" for none)."""
    if not files:
        return ""
    items = "".join(f'<li><a href="{escape(h)}" download>{escape(label)}</a></li>' for label, h in files)
    by = f' aria-labelledby="{labelled_by}"' if labelled_by else ""
    return f'<ul class="files"{by}>{items}</ul>'


def _row(row: Row, lang: str, page_no: int = 1) -> str:
    kind = t(m.CREDIT_NOTE if row.kind == "credit_note" else m.INVOICE, lang)
    note = ""
    if row.original is not None:
        note = f"<br><small>{relation(m.CORRECTS, lang, row.original, row.original_href)}</small>"
    href = row.href + (f"?page={page_no}" if page_no > 1 else "")  # the document links back here
    return (
        f'<tr><th scope="row"><a href="{escape(href)}"><bdi>{escape(row.number)}</bdi></a>'
        f" <small>{escape(kind)}</small>{note}</th>"
        + _cell(t(m.ISSUE_DATE, lang), escape(row.date))
        + _cell(t(m.TOTAL, lang), escape(row.total), "n")
        + _cell(t(m.STATUS, lang), escape(row.status))
        + _cell(t(m.DOWNLOADS, lang), files_list(row.files))
        + "</tr>"
    )


def support_html(heading: str, fields: Sequence[tuple[str, str]], reply: str | None) -> str:
    """The brand's support block: channels, hours and the reply time."""
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in fields)
    reply_html = f"<p>{escape(reply)}</p>" if reply else ""
    return (
        f'<section aria-labelledby="support"><h2 id="support">{escape(heading)}</h2>'
        f"<dl>{items}</dl>{reply_html}</section>"
    )


def erase_form(lang: str, csrf: str, root: str, kept: str | None, numbers: Sequence[str]) -> str:
    """The confirmation step: what erasure does, which documents the law keeps whole
    (``kept``: their ``numbers`` as a list, or ``None``), and a button that POSTs with the CSRF token."""
    keeping = f"<p>{isolate(escape(t(m.WILL_BE_KEPT, lang, numbers=kept)), numbers)}</p>" if kept else ""
    return (
        f"<p>{escape(t(m.WHAT_ERASURE_DOES, lang))}</p>{keeping}"
        f'<form method="post" action="{escape(root)}erase">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<button class="erase" type="submit">{escape(t(m.ERASE_YES, lang))}</button></form>'
        f'<p><a href="{escape(root)}">{escape(t(m.CANCEL, lang))}</a></p>'
    )


def isolate(html: str, numbers: Sequence[str]) -> str:
    """``html`` (escaped text) with each document number in a <bdi>, so that right-to-left
    text does not turn "2026-00001" into "00001-2026"."""
    if not numbers:
        return html
    pattern = "|".join(re.escape(escape(n)) for n in sorted(set(numbers), key=len, reverse=True))
    return re.sub(f"(?<![\\w-])({pattern})(?![\\w-])", r"<bdi>\1</bdi>", html)


def confirmation_body(text: str, numbers: Sequence[str]) -> str:
    """The register's translated confirmation, one paragraph a line, its numbers isolated."""
    return "".join(f"<p>{isolate(escape(line), numbers)}</p>" for line in text.splitlines() if line)


def message_body(text: str) -> str:
    return f"<p>{escape(text)}</p>"
