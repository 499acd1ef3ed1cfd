"""``invoicekit portal link | serve``: signed links to the billing portal, and the portal
itself served with uvicorn (a demo, and the browser tests). docs/portal.md."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from .common import Subcommands
from .register_cmd import DEFAULT_DB, EXIT_INPUT, _run


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("portal", help="the buyers' billing portal: signed links, a server")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=DEFAULT_DB, metavar="URL", help="the register database")
    common.add_argument("--secret-file", required=True, metavar="F", help="the portal secret (32+ bytes)")
    link = actions.add_parser("link", parents=[common], help="print a signed, expiring link for a buyer")
    link.add_argument("--buyer", required=True, metavar="EMAIL")
    link.add_argument("--base-url", required=True, metavar="URL", help="where the portal is mounted")
    link.add_argument("--hours", type=int, default=72, help="hours the link is valid (default 72)")
    link.set_defaults(run=lambda ns: _with_secret(ns, lambda reg, key: _link(reg, key, ns)))
    serve = actions.add_parser("serve", parents=[common], help="serve the portal with uvicorn")
    serve.add_argument("--brand", metavar="brand.toml")
    serve.add_argument("--retention-years", type=int, required=True, metavar="N",
                       help="years the shop's tax law keeps invoices (from the end of the year of issue)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=lambda ns: _with_secret(ns, lambda reg, key: _serve(reg, key, ns)))


def _with_secret(args: argparse.Namespace, handler: Any) -> int:
    try:
        key = Path(args.secret_file).read_bytes().strip()
    except OSError as exc:
        print(f"error: --secret-file: cannot read {args.secret_file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    if len(key) < 32:
        print(f"error: --secret-file: the secret must be at least 32 bytes, got {len(key)}", file=sys.stderr)
        return EXIT_INPUT
    return _run(args, lambda reg, _: int(handler(reg, key)))


def _link(reg: Any, key: bytes, args: argparse.Namespace) -> int:
    from ..portal import link

    if args.hours < 1:
        print(f"error: --hours: must be 1 or more, got {args.hours}", file=sys.stderr)
        return EXIT_INPUT
    if not reg.history(buyer=args.buyer, limit=1):
        print(f"error: --buyer: the register has no documents for {args.buyer!r}", file=sys.stderr)
        return EXIT_INPUT
    print(link(args.buyer, expires=dt.timedelta(hours=args.hours), secret=key, base_url=args.base_url))
    return 0


def _serve(reg: Any, key: bytes, args: argparse.Namespace) -> int:
    import uvicorn

    from ..portal import app
    from ..render.brand import load_brand

    brand = load_brand(args.brand) if args.brand else None
    base = f"http://{args.host}:{args.port}/"
    if not 0 <= args.retention_years <= 100:
        print(f"error: --retention-years: must be 0 to 100, got {args.retention_years}", file=sys.stderr)
        return EXIT_INPUT
    portal = app(reg, brand=brand, secret=key, base_url=base, retention_years=args.retention_years)
    uvicorn.run(portal, host=args.host, port=args.port, log_level="warning")
    return 0
