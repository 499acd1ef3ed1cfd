"""The plain-text alternative of an e-mail: the HTML's content, line by line.

Same view, same words: greeting, title and number, parties, dates, each line with its
labelled values, the tax rows, totals, payment, notes, support and footer. Directional
isolates stay in right-to-left documents (a mail client that runs the bidi algorithm keeps
amounts left to right in Arabic and Hebrew) and are left out of the others, where they would
only travel along when an IBAN is copied.
"""

from __future__ import annotations

from ..presentation import isolates
from ..presentation.model import DocumentView, Field, Table

RULE = "-" * 40


def _fields(fields: tuple[Field, ...], colon: str) -> list[str]:
    return [f"{f.label.joined}{colon}{f.value}" for f in fields]


def _table(table: Table, colon: str) -> list[str]:
    """Each row as its first cell, then ``label: value`` for the others."""
    out: list[str] = []
    for row in table.rows:
        first, *rest = zip(table.columns, row.cells, strict=True)
        head = first[1]
        if first[0].key == "index" and rest:  # "1. Milchaufschäumer"
            head = f"{head}. {rest[0][1]}"
            rest = rest[1:]
        out.append(head)
        out += [f"    {d}" for d in row.details]
        out += [f"    {col.label.joined}{colon}{text}" for col, text in rest if text]
    return out


def plain_text(view: DocumentView) -> str:
    """The text of ``view``, ending in a newline."""
    out: list[str] = []
    if view.greeting:
        out += [view.greeting, *([view.thanks] if view.thanks and view.kind != "credit_note" else []), ""]
    out += [f"{view.title.joined} {view.number}", RULE]
    for party in view.parties:
        out += [party.label.joined, party.name, *party.address]
        out += _fields((*party.ids, *((party.email,) if party.email else ())), view.colon)
        out.append("")
    out += _fields(view.meta, view.colon)
    if view.reference:
        out.append(view.reference)
    out += ["", *_table(view.lines, view.colon), ""]
    if view.taxes.rows:
        out += [view.taxes.heading.joined if view.taxes.heading else "", *_table(view.taxes, view.colon), ""]
    out += [f"{t.label.joined}{view.colon}{t.value}" for t in view.totals]
    if view.in_words:
        out.append(view.in_words)
    if view.payment:
        out += ["", view.payment_heading.joined, *_fields(view.payment, view.colon)]
    if view.notes:
        out += ["", view.notes_heading.joined, *view.notes]
    if view.support is not None:
        out += ["", view.support.heading.joined, *_fields(view.support.fields, view.colon)]
        if view.support.reply:
            out.append(view.support.reply)
    if view.footer:
        out += ["", RULE, *view.footer]
    joined = "\n".join(out) + "\n"
    return joined if view.rtl else isolates.plain(joined)
