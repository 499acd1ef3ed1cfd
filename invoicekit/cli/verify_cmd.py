"""``invoicekit verify FILE [--json] [--rules]``: check a received e-invoice's figures.

Exit status: 0 when every printed figure agrees with the recomputation (and, with
``--rules``, the stated treatment with invoicekit's rules), 3 when something differs,
2 when the file cannot be read as an e-invoice.
"""

from __future__ import annotations

import argparse
import json

from .common import Subcommands, add_taxdata_option, table_from

EXIT_DIFFERS = 3


def register(sub: Subcommands) -> None:
    parser = sub.add_parser(
        "verify", help="recompute a received e-invoice (UBL, CII, Factur-X) and report every difference"
    )
    parser.add_argument("file", help="a UBL or CII XML file, or a Factur-X / ZUGFeRD PDF")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--rules", action="store_true", help="also compare the stated VAT treatment with invoicekit's rules"
    )
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..incoming import verify
    except ImportError as exc:  # pragma: no cover - the einvoice extra is not installed
        raise SystemExit(
            f"error: verify needs the einvoice extra (pip install 'invoicekit[einvoice]'): {exc}"
        ) from None
    result = verify(args.file, rules=args.rules, provider=table_from(args) if args.rules else None)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        inv = result.incoming.invoice
        title = "Credit note" if inv.kind == "credit_note" else "Invoice"
        syntax = result.incoming.syntax.upper()
        print(f"{title} {inv.number}  issued {inv.issue_date}  {inv.currency}  ({syntax})")
        for difference in result.differences:
            print(f"differs: {difference}")
        for finding in result.findings:
            print(f"finding: {finding}")
        if result.ok and not result.findings:
            print(f"all figures agree: {len(inv.lines)} lines, payable {result.computed.payable}")
    return EXIT_DIFFERS if result.differences or result.findings else 0
