"""A :class:`~invoicekit.presentation.DocumentView` as plain text: the document in its own
language, as the PDF says it (``invoicekit compute FILE --locale LL``)."""

from __future__ import annotations

from ..presentation import DocumentView, Table
from ..presentation.isolates import plain
from .common import text_table


def _table(table: Table) -> list[str]:
    rows = [[plain(col.label.text) for col in table.columns]]
    for row in table.rows:
        rows.append([plain(cell).replace("\n", " ") for cell in row.cells])
        desc = table.column("description")
        rows += [["" if k != desc else f"  {plain(d)}" for k in range(len(row.cells))] for d in row.details]
    right = [k for k, col in enumerate(table.columns) if col.align == "end"]
    return [text_table(rows, right=right)]


def view_text(view: DocumentView) -> str:
    """The whole document, top to bottom, isolate marks removed."""
    out = [f"{plain(view.title.joined)} {plain(view.number)}", ""]
    for party in view.parties:
        out += [plain(party.label.text), party.name, *map(plain, party.address)]
        out += [f"{plain(f.label.text)}{view.colon}{plain(f.value)}" for f in party.ids]
        out.append("")
    out += [f"{plain(f.label.text)}{view.colon}{plain(f.value)}" for f in view.meta]
    if view.reference:
        out.append(plain(view.reference))
    out += ["", *_table(view.lines), ""]
    if view.taxes.heading is not None:
        out.append(plain(view.taxes.heading.text))
    out += [*_table(view.taxes), ""]
    out.append(text_table([[plain(t.label.text), plain(t.value)] for t in view.totals], right=(1,)))
    if view.in_words:
        out.append(plain(view.in_words))
    if view.payment:
        out += ["", plain(view.payment_heading.text)]
        out += [f"{plain(f.label.text)}{view.colon}{plain(f.value)}" for f in view.payment]
    if view.notes:
        out += ["", plain(view.notes_heading.text), *(f"- {plain(n)}" for n in view.notes)]
    for code in view.qr:
        out += ["", f"QR ({code.kind}): {code.payload}"]
    return "\n".join(out)
