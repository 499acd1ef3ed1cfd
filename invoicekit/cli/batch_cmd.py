"""``invoicekit batch INPUT --out DIR``: every document of a directory or a JSON Lines file
to PDF and e-invoices, with a progress bar, a JSON Lines report and resume (docs/batch.md).

Exit status: 0 when every document was done, 2 when any failed (the report says which and
why) or the arguments are wrong, 1 on an internal fault, 130 when interrupted (Ctrl-C)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ArgumentError
from .common import Subcommands, add_taxdata_option, table_from

EXIT_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it


def register(sub: Subcommands) -> None:
    from ..batch.formats import FORMATS

    parser = sub.add_parser("batch", help="bill a directory or JSON Lines file of documents, resumably")
    parser.add_argument("input", help="a directory of .json/.toml documents, or a .jsonl file (one a line)")
    parser.add_argument("--out", required=True, metavar="DIR", help="where outputs and report.jsonl go")
    parser.add_argument(
        "--format", default="pdf", metavar="LIST", help=f"comma-separated: {','.join(FORMATS)} (default: pdf)"
    )
    parser.add_argument("--register", metavar="URL", help="issue each document into this register")
    parser.add_argument("--series", help="the register series to number in (with --register)")
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes (default: one per core)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (tcp://host:8786)")
    parser.add_argument("--locale", help="document language for every PDF (default: each document's)")
    parser.add_argument("--brand", metavar="brand.toml", help="logo, colour, fonts and footer of the shop")
    parser.add_argument("--profile", default="en16931", help="e-invoice profile (en16931, xrechnung, peppol)")
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..batch import items
    from ..batch.progress import Tally, shown
    from ..batch.report import REPORT_NAME, done_keys
    from ..batch.runner import run as batch_run

    source = Path(args.input)
    if not source.exists():
        print(f"error: {source}: no such file or directory", file=sys.stderr)
        return EXIT_INPUT
    try:
        brand = _brand(args.brand)
        results = batch_run(
            source, out=args.out, formats=args.format, provider=table_from(args) if args.taxdata else None,
            brand=brand, locale=args.locale, xml_profile=args.profile, register=args.register,
            series=args.series, workers=args.workers, engine=args.engine, scheduler=args.scheduler,
        )  # fmt: skip
    except ArgumentError as exc:  # wrong options, an unusable brand file
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    total = items.count(source)
    before = len(done_keys(Path(args.out) / REPORT_NAME))  # a resumed run: the bar counts what is left
    tally = Tally()
    shown_results = shown(results, max(0, total - before))
    try:
        for result in shown_results:
            tally.add(result)
    except KeyboardInterrupt:  # Ctrl-C: what is reported is done; the same command resumes
        shown_results.close()
        print(tally.summary(total, str(Path(args.out) / REPORT_NAME)), file=sys.stderr)
        print("interrupted: run the same command again to do the rest", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(tally.summary(total, str(Path(args.out) / REPORT_NAME)), file=sys.stderr)
    return EXIT_INPUT if tally.failed else 0


def _brand(path: str | None) -> object:
    if path is None:
        return None
    from ..render import RenderError, load_brand  # reportlab loads only with a brand

    try:
        return load_brand(path)
    except RenderError as exc:
        raise ArgumentError(f"brand: {exc}") from None
