"""The portal's HTML pages: history, erasure request and confirmation, errors. Every text
from a document, the brand or the request is escaped here (``html.escape``); the pages have
no script, so a strict Content-Security-Policy holds (see :mod:`invoicekit.portal.web`)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from attrs import frozen

from ..i18n import best_locale, translate

RTL = frozenset({"ar", "he", "fa", "ur"})
STYLE = (
    "body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}"
    "header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}"
    "header{border-bottom:4px solid var(--accent)}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:start;padding:.4rem;border-bottom:1px solid #ccc}"
    "td.n{text-align:end;white-space:nowrap}a{color:#0b4f8a}"
    "button{font:inherit;padding:.5rem 1rem;background:#8b1a1a;color:#fff;border:0}"
    "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.75rem}"
    "@media (max-width:40rem){table,tbody,tr,td,th{display:block}thead{display:none}"
    "td{border:0;padding:.1rem 0}tr{border-bottom:1px solid #ccc;padding:.5rem 0}}"
)


def t(msgid: str, lang: str, **params: object) -> str:
    """The catalog's text for ``lang`` (English where a catalog lacks the portal's words)."""
    return translate(msgid, lang, **params)


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


def page(
    lang: str, title: str, body: str, *, root: str, shop: str, accent: str, languages: Sequence[str]
) -> str:
    """A whole page: ``lang`` and ``dir`` on <html>, header, main and footer landmarks."""
    tag = lang.replace("_", "-")
    direction = "rtl" if best_locale(lang).split("_")[0] in RTL else "ltr"
    switch = " ".join(
        f'<a href="?lang={escape(code)}" hreflang="{escape(code)}" lang="{escape(code)}">{escape(code)}</a>'
        for code in languages
    )
    return (
        f'<!DOCTYPE html><html lang="{escape(tag)}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · {escape(shop)}</title>"
        f"<style>:root{{--accent:{escape(accent)}}}{STYLE}</style></head><body>"
        f"<header><p><strong>{escape(shop)}</strong></p>"
        f'<nav aria-label="{escape(t("Language", lang))}"><ul><li><a href="{escape(root)}">'
        f"{escape(t('Your documents', lang))}</a></li><li>{switch}</li></ul></nav></header>"
        f"<main><h1>{escape(title)}</h1>{body}</main></body></html>"
    )


def history_body(lang: str, rows: Sequence[Row], page_no: int, more: bool, support: str, root: str) -> str:
    """The history table (newest first), paging links, the support block and the erasure link."""
    if not rows:
        table = f"<p>{escape(t('No documents yet.', lang))}</p>"
    else:
        head = "".join(
            f'<th scope="col">{escape(t(m, lang))}</th>'
            for m in ("Invoice number", "Issue date", "Total amount", "Status", "PDF")
        )
        lines = "".join(_row(r, lang) for r in rows)
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{lines}</tbody></table>"
    links = []
    if page_no > 1:
        links.append(f'<a href="?page={page_no - 1}" rel="prev">{escape(t("Newer documents", lang))}</a>')
    if more:
        links.append(f'<a href="?page={page_no + 1}" rel="next">{escape(t("Older documents", lang))}</a>')
    paging = f'<nav aria-label="{escape(t("Pages", lang))}">{" ".join(links)}</nav>' if links else ""
    erase = f'<p><a href="{escape(root)}erase">{escape(t("Erase my personal data", lang))}</a></p>'
    return table + paging + support + erase


def _row(row: Row, lang: str) -> str:
    kind = t("Credit note" if row.kind == "credit_note" else "Invoice", lang)
    note = ""
    if row.original is not None:
        target = escape(row.original)
        if row.original_href is not None:
            target = f'<a href="{escape(row.original_href)}">{target}</a>'
        note = f"<br><small>{escape(t('for invoice', lang))} {target}</small>"
    return (
        f'<tr><th scope="row"><a href="{escape(row.href)}">{escape(row.number)}</a>'
        f" <small>{escape(kind)}</small>{note}</th>"
        f"<td>{escape(row.date)}</td><td class=\"n\">{escape(row.total)}</td><td>{escape(row.status)}</td>"
        f'<td><a href="{escape(row.href)}/pdf" download>{escape(t("Download PDF", lang))}</a></td></tr>'
    )


def support_html(heading: str, fields: Sequence[tuple[str, str]], reply: str | None) -> str:
    """The brand's support block: channels, hours and the reply time."""
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in fields)
    reply_html = f"<p>{escape(reply)}</p>" if reply else ""
    return (
        f'<section aria-labelledby="support"><h2 id="support">{escape(heading)}</h2>'
        f"<dl>{items}</dl>{reply_html}</section>"
    )


WHAT_ERASURE_DOES = (
    "Your name, address and e-mail address will be removed from your documents. "
    "Invoice numbers, dates and amounts are kept as tax law requires."
)


def erase_form(lang: str, csrf: str, root: str) -> str:
    """The confirmation step: what erasure does, and a button that POSTs with the CSRF token."""
    return (
        f"<p>{escape(t(WHAT_ERASURE_DOES, lang))}</p>"
        f'<form method="post" action="{escape(root)}erase">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<button type="submit">{escape(t("Yes, erase my personal data", lang))}</button></form>'
        f'<p><a href="{escape(root)}">{escape(t("Cancel", lang))}</a></p>'
    )


def confirmation_body(text: str) -> str:
    """The register's translated confirmation, one paragraph a line."""
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line)


def message_body(text: str) -> str:
    return f"<p>{escape(text)}</p>"
