"""``invoicekit taxdata check [DIR]``, ``invoicekit taxdata diff DIR_A DIR_B`` and
``invoicekit taxdata coverage [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import Problem
from ..taxtable.check import audit_directory, check_directory
from ..taxtable.coverage import CoverageRow, coverage
from ..taxtable.diff import diff_directories
from ..taxtable.table import data_files, shipped_data_dir
from .common import Subcommands, add_taxdata_option, table_from, text_table


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("taxdata", help="check or compare tax data directories")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate tax data files (the shipped data by default)")
    check.add_argument("dir", nargs="?", help="a data directory (layered over the shipped data)")
    check.add_argument(
        "--unchecked", action="store_true", help="list the category mappings without a checked date"
    )
    check.add_argument("--strict", action="store_true", help="a mapping without a checked date is a problem")
    check.set_defaults(run=run_check)
    diff = actions.add_parser("diff", help="which rates change on which dates between two data directories")
    diff.add_argument("dir_a")
    diff.add_argument("dir_b")
    diff.set_defaults(run=run_diff)
    cover = actions.add_parser(
        "coverage", help="which jurisdictions the data covers, from when, and what it does not model"
    )
    cover.add_argument("--json", action="store_true", help="print JSON")
    add_taxdata_option(cover)
    cover.set_defaults(run=run_coverage)


def run_check(args: argparse.Namespace) -> int:
    shipped = shipped_data_dir()
    directory = Path(args.dir) if args.dir else shipped
    base = [] if directory.resolve() == shipped.resolve() else [shipped]
    problems = check_directory(directory, base)
    limits, unchecked = audit_directory(directory)
    if args.strict:
        problems += unchecked
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {directory}", file=sys.stderr)
        return 2
    _print_audit(limits, unchecked, listing=args.unchecked)
    print(f"ok: {len(data_files(directory))} jurisdiction files in {directory}")
    return 0


def _print_audit(limits: list[Problem], unchecked: list[Problem], *, listing: bool) -> None:
    """The conditions the format cannot express (always), and the unaudited mappings."""
    if limits:
        print(f"{len(limits)} mapping(s) with a condition the format cannot express (lines say so):")
        for notice in limits:
            print(f"  {notice}")
    if unchecked and listing:
        print(f"{len(unchecked)} category mapping(s) without a checked date:")
        for notice in unchecked:
            print(f"  {notice}")
    elif unchecked:
        print(f"{len(unchecked)} category mapping(s) without a checked date (list them with --unchecked)")


def run_diff(args: argparse.Namespace) -> int:
    for name in (args.dir_a, args.dir_b):
        if not Path(name).is_dir():
            print(f"error: {name}: not a directory", file=sys.stderr)
            return 2
    changes = diff_directories(Path(args.dir_a), Path(args.dir_b))  # TaxDataError: exit 2 with file:line
    for change in changes:
        print(change)
    if not changes:
        print("no changes in force")
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    rows = coverage(table_from(args))
    if args.json:
        print(json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False))
        return 0
    lines = [["Code", "Name", "Taxes", "From", "Categories", "Checked", "Not modelled"]]
    lines += [_text_row(row) for row in rows]
    print(text_table(lines))
    print(f"\n{len(rows)} jurisdictions; a category not listed takes the standard rate.")
    return 0


def _text_row(row: CoverageRow) -> list[str]:
    not_modelled = row.not_modelled or ""
    if len(not_modelled) > 60:
        not_modelled = not_modelled[:57].rstrip() + "..."
    return [
        row.code,
        row.name,
        " + ".join(row.taxes) or "-",
        row.start.isoformat() if row.start else "-",
        str(len(row.categories)) if row.categories else "-",
        row.checked.isoformat() if row.checked else "-",
        not_modelled,
    ]
