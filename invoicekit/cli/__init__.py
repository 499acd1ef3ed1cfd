"""The ``invoicekit`` command: one module per subcommand, dispatched here.

Exit status: 0 on success, 2 on bad input (the problems on stderr), 1 on an internal fault;
``verify`` exits 3 when a received invoice's figures differ from the recomputation.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import OutputError, ProblemsError, RateNotFound
from . import (
    batch_cmd,
    compute_cmd,
    export_cmd,
    portal_cmd,
    rates_cmd,
    register_cmd,
    render_cmd,
    taxdata_cmd,
    verify_cmd,
)
from .common import Subcommands

EXIT_OK, EXIT_FAULT, EXIT_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invoicekit", description="Tax-correct, multilingual invoices.")
    parser.add_argument("--version", action="version", version=f"invoicekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = (batch_cmd, compute_cmd, export_cmd, rates_cmd, register_cmd, render_cmd, taxdata_cmd)
    for module in (*commands, portal_cmd, verify_cmd):
        module.register(sub)
    _register_optional(sub)
    return parser


def _register_optional(sub: Subcommands) -> None:
    """Subcommands of optional parts (tax IDs, rendering) register themselves when present."""
    try:
        from ..taxid import cli as taxid_cli
    except ImportError:  # pragma: no cover - the tax-ID part is always shipped
        return
    taxid = sub.add_parser("taxid", help="validate a tax ID (VAT number, GSTIN, ABN ...)", add_help=False)
    taxid.add_argument("args", nargs=argparse.REMAINDER)
    taxid.set_defaults(run=lambda ns: taxid_cli.taxid_main(ns.args))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if argv[:1] == ["taxid"]:
        # the tax-ID command parses its own arguments (and its own --help)
        from ..taxid import cli as taxid_cli

        run: Callable[[], int] = lambda: taxid_cli.taxid_main(argv[1:])  # noqa: E731
    else:
        args = parser.parse_args(argv)
        run = lambda: args.run(args)  # noqa: E731
    try:
        return int(run())
    except ProblemsError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_INPUT
    except (RateNotFound, OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # pragma: no cover - output piped into head
        return EXIT_OK
    except Exception as exc:  # the last line of defence: no traceback for users
        if os.environ.get("INVOICEKIT_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc} (set INVOICEKIT_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_FAULT


def run() -> None:
    sys.exit(main())
