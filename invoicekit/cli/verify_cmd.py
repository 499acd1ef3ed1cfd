"""``invoicekit verify FILE [--json] [--rules] [--validate]``: check a received e-invoice.

Exit status: 0 when every printed figure agrees with the recomputation (and, with
``--rules``, the stated treatment with invoicekit's rules; with ``--validate``, the
official rules find nothing fatal), 3 when something differs, 2 when the file cannot be
read as an e-invoice, 1 when ``--validate`` lacks the rule files (the message says how to
install them).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from .common import Subcommands, add_taxdata_option, table_from

if TYPE_CHECKING:
    from ..incoming import Verification

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
    parser.add_argument(
        "--validate",
        action="store_true",
        help="also run the official XSD and Schematron rules of the file's profile (needs the validators)",
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
    from ..einvoice.validate import ValidatorsMissing

    try:
        result = verify(
            args.file,
            rules=args.rules,
            provider=table_from(args) if args.rules else None,
            validate=args.validate,
        )
    except ValidatorsMissing as exc:
        raise SystemExit(f"error: verify --validate needs the official rule files: {exc}") from None
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print(result)
    fatal = result.validation is not None and result.validation.fatal
    return EXIT_DIFFERS if result.differences or result.findings or fatal else 0


def _print(result: Verification) -> None:
    """The plain-text report: a title, each difference, finding and rule finding."""
    inv = result.incoming.invoice
    title = "Credit note" if inv.kind == "credit_note" else "Invoice"
    syntax = result.incoming.syntax.upper()
    print(f"{title} {inv.number}  issued {inv.issue_date}  {inv.currency}  ({syntax})")
    for difference in result.differences:
        print(f"differs: {difference}")
    for accepted in result.tolerated:
        print(f"within tolerance (BR-CO-17, less than 1 {inv.currency}): {accepted}")
    for finding in result.findings:
        print(f"finding: {finding}")
    validation = result.validation
    if validation is not None:
        for rule in validation.findings:
            print(f"rule {rule.rule} ({rule.flag}): {rule.location}: {rule.text}")
        fatal = len(validation.fatal)
        verdict = f"{fatal} fatal finding{'s' if fatal != 1 else ''}" if fatal else "no fatal finding"
        print(f"validated as {validation.profile} ({', '.join(validation.layers)}): {verdict}")
    if result.ok and not result.findings:
        # the stated payable: with tolerated VAT rounding it is the seller's, not the recomputed one
        within = f" ({len(result.tolerated)} within tolerance)" if result.tolerated else ""
        payable = result.incoming.totals.payable.value
        print(f"all figures agree{within}: {len(inv.lines)} lines, payable {payable}")
