"""``invoicekit register ...``: the invoice register (numbering, archive, history, erasure).

``migrate | series create NAME | series list | issue FILE --series S | show NUMBER |
history --buyer EMAIL [--json] | erase --buyer EMAIL | verify | export --from --to OUT.zip``,
each with ``--db URL`` (default ``sqlite:///invoicekit.db``). Exit status 0 on success,
2 on bad input or a register that does not verify, 1 on an internal fault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from ..outputs import write_output
from .common import Subcommands, add_taxdata_option, table_from, text_table

DEFAULT_DB = "sqlite:///invoicekit.db"
EXIT_INPUT = 2
Handler = Callable[[Any, argparse.Namespace], int]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: Subcommands) -> None:
    parser = sub.add_parser(
        "register", help="the invoice register: number, archive, history, erasure, export"
    )
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="URL",
        help=f"sqlite:///PATH or postgresql://... (default {DEFAULT_DB})",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="the register database")

    def action(name: str, handler: Handler, text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(name, help=text, parents=[db])
        p.set_defaults(run=lambda ns: _run(ns, handler))
        return p

    action("migrate", _migrate, "create or upgrade the register's tables")
    _series_parsers(actions, db)
    issue = action("issue", _issue, "number, compute, render and archive a document")
    issue.add_argument("file")
    issue.add_argument("--series", required=True)
    issue.add_argument("--locale", help="language of the PDF")
    issue.add_argument("--no-pdf", action="store_true", help="archive without rendering a PDF")
    issue.add_argument("--xml", choices=("ubl", "cii"), help="also write and archive the e-invoice")
    issue.add_argument(
        "--xml-profile", default="en16931", help="e-invoice profile: en16931 (default), xrechnung, peppol ..."
    )
    add_taxdata_option(issue)
    show = action("show", _show, "an archived document's entry and hashes")
    show.add_argument("number")
    show.add_argument("--json", action="store_true", help="print the archived record as JSON")
    show.add_argument("--pdf", metavar="OUT.pdf", help="also write the stored PDF here")
    show.add_argument("--xml", metavar="OUT.xml", help="also write the stored e-invoice here")
    history = action("history", _history, "documents issued (to a buyer), newest first")
    history.add_argument("--buyer", metavar="EMAIL")
    history.add_argument("--since", type=_date, metavar="DATE")
    history.add_argument("--kind")
    history.add_argument("--limit", type=int)
    history.add_argument("--offset", type=int, default=0)
    history.add_argument("--json", action="store_true")
    erase = action("erase", _erase, "erase a buyer's personal data (GDPR Art. 17)")
    erase.add_argument("--buyer", required=True, metavar="EMAIL")
    erase.add_argument(
        "--issued-before", type=_date, metavar="DATE", help="keep documents issued from DATE on"
    )
    erase.add_argument(
        "--locale", help="language of the confirmation (default: that of the buyer's latest document)"
    )
    action("verify", _verify, "re-hash the archive and check every chain")
    export = action("export", _export, "the documents of a period as a ZIP with index and chain proof")
    export.add_argument("--from", dest="start", type=_date, metavar="DATE")
    export.add_argument("--to", dest="end", type=_date, metavar="DATE")
    export.add_argument("output", metavar="OUT.zip")


def _series_parsers(actions: Any, db: argparse.ArgumentParser) -> None:
    series = actions.add_parser("series", help="create or list numbering series")
    what = series.add_subparsers(dest="series_action", required=True, metavar="ACTION")
    create = what.add_parser("create", help="create a numbering series", parents=[db])
    create.add_argument("name")
    create.add_argument("--format", default="{year}-{seq:05}", help="default {year}-{seq:05}")
    create.add_argument("--reset", choices=("yearly", "never"), default="yearly")
    create.add_argument("--kind", default="invoice", choices=("invoice", "receipt", "credit_note"))
    create.add_argument("--seller", help="only documents of the seller with this VAT ID or name")
    create.set_defaults(run=lambda ns: _run(ns, _series_create))
    listing = what.add_parser("list", help="the register's series", parents=[db])
    listing.set_defaults(run=lambda ns: _run(ns, _series_list))


def _run(args: argparse.Namespace, handler: Handler) -> int:
    """Open the register, run ``handler``; register and render errors are bad input (exit 2)."""
    from ..register import Register, RegisterError
    from ..render.errors import RenderError

    try:
        provider = table_from(args) if hasattr(args, "taxdata") else None
        with Register(args.db, provider=provider) as reg:
            return handler(reg, args)
    except (RegisterError, RenderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT


def _migrate(reg: Any, args: argparse.Namespace) -> int:
    before, after = reg.migrate()
    print(f"schema version {after}" + (f" (was {before})" if before != after else " (up to date)"))
    return 0


def _series_create(reg: Any, args: argparse.Namespace) -> int:
    s = reg.create_series(args.name, format=args.format, reset=args.reset, kind=args.kind, seller=args.seller)
    print(f"series {s.name}: {s.kind}, format {s.format}, reset {s.reset}")
    return 0


def _series_list(reg: Any, args: argparse.Namespace) -> int:
    rows = [["Series", "Kind", "Format", "Reset", "Seller"]]
    rows += [[s.name, s.kind, s.format, s.reset, s.seller or ""] for s in reg.series()]
    print(text_table(rows))
    return 0


def _issue(reg: Any, args: argparse.Namespace) -> int:
    issued = reg.issue(
        args.file, series=args.series, render=not args.no_pdf, locale=args.locale,
        xml=args.xml, xml_profile=args.xml_profile,
    )  # fmt: skip
    draft = f" (draft {issued.draft_number})" if issued.draft_number else ""
    print(f"issued {issued.number}{draft}  payable {issued.computed.payable} {issued.computed.currency}")
    return 0


def _show(reg: Any, args: argparse.Namespace) -> int:
    record = reg.get(args.number)
    if args.pdf:
        write_output(reg.pdf(args.number), args.pdf)
    if args.xml:
        write_output(reg.xml(args.number), args.xml)
    if args.json:
        out = {"entry": record.entry.to_dict(), "document": record.document, "computed": record.computed,
               "release": record.release, "draft_number": record.draft_number,
               "fingerprint": record.fingerprint, "files": record.files}  # fmt: skip
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    e = record.entry
    print(
        f"{e.number}  {e.kind}  issued {e.issue_date}  series {e.series}"
        + ("  (personal data erased)" if e.erased else "")
    )
    print(f"net {e.net}  tax {e.tax}  gross {e.gross}  payable {e.payable} {e.currency}")
    print(f"tax data release {record.release}  fingerprint {record.fingerprint}")
    for name, sha in sorted(record.files.items()):
        print(f"  {name}  sha256 {sha}")
    return 0


def _history(reg: Any, args: argparse.Namespace) -> int:
    entries = reg.history(
        buyer=args.buyer, since=args.since, kind=args.kind, limit=args.limit, offset=args.offset
    )
    if args.json:
        print(json.dumps([e.to_dict() for e in entries], indent=2, ensure_ascii=False))
        return 0
    rows = [["Number", "Kind", "Issued", "Payable", ""]]
    for e in entries:
        erased = "erased" if e.erased else ""
        rows.append([e.number, e.kind, e.issue_date.isoformat(), f"{e.payable} {e.currency}", erased])
    print(text_table(rows, right=(3,)) if entries else "no documents")
    return 0


def _erase(reg: Any, args: argparse.Namespace) -> int:
    print(reg.erase(buyer=args.buyer, issued_before=args.issued_before, locale=args.locale).text)
    return 0


def _verify(reg: Any, args: argparse.Namespace) -> int:
    report = reg.verify()
    print(report, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else EXIT_INPUT


def _export(reg: Any, args: argparse.Namespace) -> int:
    count = reg.export(args.output, start=args.start, end=args.end)
    print(f"exported {count} document(s) to {args.output}")
    return 0
