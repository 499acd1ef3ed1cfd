"""``invoicekit render FILE -o OUT.pdf``: the document as a PDF, in its language or another.

``-o -`` writes the PDF to standard output; the output rules are those of
:mod:`invoicekit.outputs` (an output that is the document or a brand file is refused)."""

from __future__ import annotations

import argparse
import sys

from ..compute import compute
from ..loader import load
from ..outputs import check_output, write_output
from .common import Subcommands, add_taxdata_option, table_from

EXIT_INPUT = 2


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("render", help="render a document as a PDF invoice, credit note or receipt")
    parser.add_argument("file", help="an invoice document (.json or .toml)")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help='the PDF to write ("-": standard output)'
    )
    parser.add_argument("--locale", help="document language (default: the document's, else the buyer's)")
    parser.add_argument(
        "--second-locale", metavar="LOCALE", help="a second language printed beside the labels"
    )
    parser.add_argument("--receipt", action="store_true", help="simplified receipt layout (Article 226b)")
    parser.add_argument("--brand", metavar="brand.toml", help="logo, colour, fonts and footer of the shop")
    parser.add_argument(
        "--paper", choices=("A4", "Letter"), type=_paper, help="default: Letter for US/CA buyers"
    )
    parser.add_argument(
        "--pdfa", action="store_true", help="write PDF/A-3b (archival: XMP metadata, sRGB output intent)"
    )
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def _paper(value: str) -> str:
    for name in ("A4", "Letter"):
        if value.lower() == name.lower():
            return name
    return value


def run(args: argparse.Namespace) -> int:
    from ..render import RenderError, load_brand, render_bytes  # reportlab loads only for this command

    check_output(args.output, [args.file, args.brand])  # fail before the slow part
    computed = compute(load(args.file), table_from(args))
    try:
        brand = load_brand(args.brand) if args.brand else None
        data = render_bytes(
            computed,
            locale=args.locale,
            second_locale=args.second_locale,
            template="receipt" if args.receipt else None,
            brand=brand,
            paper=args.paper,
            pdfa=args.pdfa,
        )
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    sources = [args.file, args.brand, *((brand.logo, brand.font_regular, brand.font_bold) if brand else ())]
    write_output(data, args.output, inputs=sources)  # OutputError: exit 2 (cli.main)
    return 0
