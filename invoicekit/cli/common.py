"""Pieces the subcommands share: the tax data option and plain-text tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from ..taxtable import TaxTable, default_table

if TYPE_CHECKING:  # argparse is imported where a parser is built (not for `compute FILE`)
    import argparse

# What ``add_subparsers`` returns; generic only in typeshed, hence a string at run time.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_taxdata_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--taxdata",
        action="append",
        default=[],
        metavar="DIR",
        help="a directory of tax data files layered over the shipped data (repeatable)",
    )


def table_from(args: argparse.Namespace) -> TaxTable:
    return table_of(args.taxdata)


def table_of(taxdata: Sequence[str]) -> TaxTable:
    """The shipped tax data with the ``--taxdata`` directories layered over it."""
    return TaxTable.shipped(taxdata) if taxdata else default_table()


def text_table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """Rows as aligned columns; the column indexes in ``right`` are right-aligned."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)
