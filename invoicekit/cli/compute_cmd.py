"""``invoicekit compute FILE [--json]``: the computed totals of an invoice document."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ..compute import compute
from ..explain import explain
from ..loader import load
from ..money import format_amount, format_rate
from ..presentation.isolates import plain
from ..printed_notes import document_notes
from ..result import Computed
from .common import Subcommands, add_taxdata_option, table_of, text_table

if TYPE_CHECKING:  # argparse is imported where the parser is built: not for `compute FILE`
    import argparse


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("compute", help="compute the lines, tax breakdown and totals of a document")
    parser.add_argument("file", help="an invoice document (.json or .toml)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--explain", action="store_true", help="print the decision path behind each line's tax"
    )
    parser.add_argument(
        "--locale",
        help="print the document as it reads in this language (the PDF's words), not the summary",
    )
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def plain_call(argv: Sequence[str]) -> Callable[[], int] | None:
    """``compute FILE`` or ``compute FILE --json`` (either order), the usual calls, without
    argparse: importing it and building the parser were about 6% of the start-up's
    instructions. Any other arguments (options, a second file, a name starting with ``-``)
    give None, and argparse parses them as before; what it would give for these is the same
    (``--explain`` and ``--locale`` off, no ``--taxdata``)."""
    files = [arg for arg in argv if arg != "--json"]
    if len(files) != 1 or files[0].startswith("-") or len(argv) - len(files) > 1:
        return None
    return lambda: summarise(files[0], as_json="--json" in argv)


def run(args: argparse.Namespace) -> int:
    return summarise(
        args.file, as_json=args.json, explaining=args.explain, locale=args.locale, taxdata=args.taxdata
    )


def summarise(
    file: str,
    *,
    as_json: bool,
    explaining: bool = False,
    locale: str | None = None,
    taxdata: Sequence[str] = (),
) -> int:
    """Load, compute and print one document: its summary, JSON, explanation or view text."""
    invoice = load(file)
    table = table_of(taxdata)
    computed = compute(invoice, table)
    for warning in computed.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if explaining:
        # with --json the explanation goes to stderr so that stdout stays valid JSON
        print(explain(invoice, table), file=sys.stderr if as_json else sys.stdout)
        if not as_json:
            return 0
    if as_json:
        import json  # not loaded for the text summary (start-up)

        out = {**computed.to_dict(), "taxdata_release": getattr(table, "release", lambda: None)()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    elif locale:
        from ..presentation import present
        from .document_text import view_text

        print(view_text(present(computed, locale=locale)))
    else:
        print(render_text(computed))
    return 0


def _line_adjustments(c: Computed, money: Callable[[Decimal], str]) -> list[str]:
    """Each line allowance and charge (BG-27, BG-28), already in its line's net amount."""
    out = []
    for line in c.lines:
        for label, adjustments, sign in (("allowance", line.allowances, -1), ("charge", line.charges, 1)):
            for item in adjustments:
                out.append(f"Line {line.index + 1} {label}: {item.source.label}  {money(sign * item.amount)}")
    return out


def render_text(c: Computed) -> str:
    """A readable summary: lines, tax breakdown, totals, notes."""
    inv, cur = c.invoice, c.currency

    def money(value: Decimal) -> str:
        return format_amount(value, cur)

    title = {"invoice": "Invoice", "receipt": "Receipt", "credit_note": "Credit note"}[inv.kind]
    out = [f"{title} {inv.number}  issued {inv.issue_date}  tax point {inv.tax_point}  {cur}", ""]
    rows = [["#", "Description", "Qty", "Unit price", "Discount", "Net", "Tax", "Where"]]
    for line in c.lines:
        taxes = " + ".join(f"{t.tax} {format_rate(t.rate)}% {t.category}" for t in line.taxes)
        rows.append(
            [
                str(line.index + 1),
                line.line.description,
                f"{line.line.quantity:f}",
                f"{line.line.unit_price:f}",
                money(line.discount) if line.discount else "",
                money(line.net),
                taxes,
                line.jurisdiction,
            ]
        )
    out += [text_table(rows, right=(0, 2, 3, 4, 5)), ""]
    out += _line_adjustments(c, money)
    for label, entries in (("Allowance", c.allowances), ("Charge", c.charges)):
        for entry in entries:
            out.append(f"{label}: {entry.source.label}  {money(entry.net)}")
    out.append("Tax breakdown")
    rows = [["Tax", "Rate", "Category", "Base", "Amount"]]
    rows += [[t.tax, f"{format_rate(t.rate)}%", t.category, money(t.base), money(t.amount)] for t in c.taxes]
    out += [text_table(rows, right=(1, 3, 4)), ""]
    totals = [["Net", money(c.net)], ["Tax", money(c.tax)]]
    if inv.tax_currency is not None and c.tax_in_tax_currency is not None:
        code = inv.tax_currency.currency
        totals.append([f"Tax in {code}", f"{format_amount(c.tax_in_tax_currency, code)} {code}"])
    totals.append(["Gross", money(c.gross)])
    if c.prepaid:
        totals.append(["Prepaid", money(-c.prepaid)])
    if c.rounding:
        totals.append(["Rounding", money(c.rounding)])
    totals.append(["Payable" if inv.kind != "credit_note" else "Credited", money(c.payable)])
    out.append(text_table(totals, right=(1,)))
    if c.reverse_charge:
        out.append("Reverse charge: the buyer accounts for the tax.")
    notes = document_notes(c)  # as the PDF prints them, in the document's language
    if notes:
        out += ["", "Notes", *(f"- {plain(n)}" for n in notes)]
    out += ["", "Why"]
    seen: list[str] = []
    for line in c.lines:
        if line.reason not in seen:
            seen.append(line.reason)
    out += [f"- {reason}" for reason in seen]
    return "\n".join(out)
