"""``invoicekit taxdata check [DIR]`` and ``invoicekit taxdata diff DIR_A DIR_B``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..taxtable.check import check_directory
from ..taxtable.diff import diff_directories
from ..taxtable.table import data_files, shipped_data_dir
from .common import Subcommands


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("taxdata", help="check or compare tax data directories")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate tax data files (the shipped data by default)")
    check.add_argument("dir", nargs="?", help="a data directory (layered over the shipped data)")
    check.set_defaults(run=run_check)
    diff = actions.add_parser("diff", help="which rates change on which dates between two data directories")
    diff.add_argument("dir_a")
    diff.add_argument("dir_b")
    diff.set_defaults(run=run_diff)


def run_check(args: argparse.Namespace) -> int:
    shipped = shipped_data_dir()
    directory = Path(args.dir) if args.dir else shipped
    base = [] if directory.resolve() == shipped.resolve() else [shipped]
    problems = check_directory(directory, base)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {directory}", file=sys.stderr)
        return 2
    print(f"ok: {len(data_files(directory))} jurisdiction files in {directory}")
    return 0


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
