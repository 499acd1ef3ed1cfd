"""``invoicekit render FILE -o OUT.pdf``: the document as a PDF, in its language or another;
``--format html`` writes the HTML e-mail (``--mode email``, the default) or page instead.

``-o -`` writes to standard output; the output rules are those of
:mod:`invoicekit.outputs` (an output that is the document or a brand file is refused)."""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import TYPE_CHECKING

from ..compute import compute
from ..loader import load
from ..outputs import check_output, write_output
from ..result import Computed
from .common import Subcommands, add_taxdata_option, table_from

if TYPE_CHECKING:
    from ..render import Brand

EXIT_INPUT = 2


def register(sub: Subcommands) -> None:
    parser = sub.add_parser(
        "render", help="render a document as a PDF (or HTML) invoice, credit note or receipt"
    )
    parser.add_argument("file", help="an invoice document (.json or .toml)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help='the PDF or HTML file to write ("-": standard output)',
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
    parser.add_argument("--format", choices=("pdf", "html"), default="pdf", help="pdf (default) or html")
    parser.add_argument(
        "--mode",
        choices=("email", "page"),
        default="email",
        help="html: an e-mail body (default) or a web page",
    )
    parser.add_argument(
        "--images",
        choices=("none", "cid", "data"),
        help="html: the brand logo as a data URI, cid: or not at all",
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
        data = (
            _html(computed, brand, args)
            if args.format == "html"
            else render_bytes(
                computed,
                locale=args.locale,
                second_locale=args.second_locale,
                template="receipt" if args.receipt else None,
                brand=brand,
                paper=args.paper,
                pdfa=args.pdfa,
            )
        )
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except ValueError as exc:  # css-inline's error for markup it cannot parse (never expected)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sources = [args.file, args.brand, *((brand.logo, brand.font_regular, brand.font_bold) if brand else ())]
    write_output(data, args.output, inputs=sources)  # OutputError: exit 2 (cli.main)
    return 0


def _html(computed: Computed, brand: Brand | None, args: argparse.Namespace) -> bytes:
    """The HTML document as UTF-8; a brand colour below WCAG AA is reported on stderr."""
    from ..html import render_html

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = render_html(
            computed,
            locale=args.locale,
            second_locale=args.second_locale,
            template="receipt" if args.receipt else None,
            brand=brand,
            mode=args.mode,
            images=args.images,
        )
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    return text.encode("utf-8")
