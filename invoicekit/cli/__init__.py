"""The ``invoicekit`` command: one module per subcommand, dispatched here.

Exit status: 0 on success, 2 on bad input (the problems on stderr), 1 on an internal fault;
``verify`` exits 3 when a received invoice's figures differ from the recomputation.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import OutputError, ProblemsError, RateNotFound

if TYPE_CHECKING:  # imported where the parser is built: `compute FILE` goes without it
    import argparse

    from .common import Subcommands

EXIT_OK, EXIT_FAULT, EXIT_INPUT = 0, 1, 2

# each subcommand's module, in the order of the help text; imported only when needed, so that
# `invoicekit compute FILE` does not load the batch engine, the register or the tax-data tools
COMMANDS = ("batch", "compute", "export", "portal", "rates", "register", "render", "taxdata", "verify")


def _command(name: str) -> ModuleType:
    return importlib.import_module(f".{name}_cmd", __name__)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``only`` a known command's: the same parser for that command's
    arguments, without importing the other commands' modules (the start-up time of one run)."""
    import argparse

    parser = argparse.ArgumentParser(prog="invoicekit", description="Tax-correct, multilingual invoices.")
    parser.add_argument("--version", action="version", version=f"invoicekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        _command(name).register(sub)
    if only is None:
        _register_optional(sub)
    return parser


def _register_optional(sub: Subcommands) -> None:
    """Subcommands of optional parts (tax IDs, rendering) register themselves when present."""
    import argparse

    try:
        from ..taxid import cli as taxid_cli
    except ImportError:  # pragma: no cover - the tax-ID part is always shipped
        return
    taxid = sub.add_parser("taxid", help="validate a tax ID (VAT number, GSTIN, ABN ...)", add_help=False)
    taxid.add_argument("args", nargs=argparse.REMAINDER)
    taxid.set_defaults(run=lambda ns: taxid_cli.taxid_main(ns.args))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["taxid"]:
        # the tax-ID command parses its own arguments (and its own --help)
        from ..taxid import cli as taxid_cli

        run: Callable[[], int] = lambda: taxid_cli.taxid_main(argv[1:])  # noqa: E731
    elif argv[:1] == ["compute"] and (plain := _command("compute").plain_call(argv[1:])) is not None:
        run = plain
    else:
        args = build_parser(argv[0] if argv[:1] and argv[0] in COMMANDS else None).parse_args(argv)
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
    """The command's entry point (``invoicekit`` and ``python -m invoicekit``).

    The objects the imports made live until the process ends, so they are moved out of the
    cyclic collector's reach (``gc.freeze``, the pattern the ``gc`` documentation gives for
    long-lived objects): later collections, and the one at exit, no longer walk them. For
    ``compute FILE`` that was about 5% of the start-up's instructions (docs/performance.md).
    """
    gc.freeze()
    sys.exit(main())
