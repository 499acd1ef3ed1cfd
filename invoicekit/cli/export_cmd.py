"""``invoicekit export FILE --format FORMAT -o OUT``: the document as an e-invoice.

Each format is one entry of :data:`FORMATS`: a name, a help text and a function from the
computed invoice to the bytes to write. Output rules: :mod:`invoicekit.outputs` (atomic
replacement, ``-`` for standard output, the input document is never overwritten)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from attrs import frozen

from ..compute import compute
from ..loader import load
from ..outputs import check_output, write_output
from ..result import Computed
from .common import Subcommands, add_taxdata_option, table_from


@frozen
class Format:
    help: str
    write: Callable[[Computed], bytes]


def _ubl(profile: str) -> Callable[[Computed], bytes]:
    def write(computed: Computed) -> bytes:
        from ..einvoice import to_ubl  # the XML code loads only for this command

        return to_ubl(computed, profile)

    return write


def _cii(profile: str) -> Callable[[Computed], bytes]:
    def write(computed: Computed) -> bytes:
        from ..einvoice import to_cii

        return to_cii(computed, profile)

    return write


#: The export formats, in the order ``--help`` lists them. A new format is one entry.
FORMATS: dict[str, Format] = {
    "ubl": Format("UBL 2.1, EN 16931", _ubl("en16931")),
    "cii": Format("UN/CEFACT CII D16B, EN 16931", _cii("en16931")),
    "xrechnung-ubl": Format("XRechnung 3.0 in UBL (German public and B2B buyers)", _ubl("xrechnung")),
    "xrechnung-cii": Format("XRechnung 3.0 in CII", _cii("xrechnung")),
    "peppol": Format("Peppol BIS Billing 3.0 (UBL)", _ubl("peppol")),
}


def register(sub: Subcommands) -> None:
    listed = "; ".join(f"{name}: {fmt.help}" for name, fmt in FORMATS.items())
    parser = sub.add_parser("export", help="write the document as an e-invoice (UBL, CII, XRechnung, Peppol)")
    parser.add_argument("file", help="an invoice document (.json or .toml)")
    parser.add_argument("--format", required=True, choices=list(FORMATS), metavar="FORMAT", help=listed)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help='the file to write ("-": standard output)'
    )
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    check_output(args.output, [args.file])
    computed = compute(load(args.file), table_from(args))
    data = FORMATS[args.format].write(computed)  # InvoiceError: exit 2 (cli.main)
    write_output(data, args.output, inputs=[args.file])
    return 0
