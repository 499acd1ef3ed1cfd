"""``invoicekit rates JURISDICTION [--on DATE] [--json]``: every category's rate on a date."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from ..errors import RateNotFound
from ..money import format_rate
from ..taxtable.vocabulary import PRODUCT_CATEGORIES, RATE_CLASSES
from .common import Subcommands, add_taxdata_option, table_from, text_table


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a date YYYY-MM-DD: "{text}"') from None


def _no_tax(name: str, code: str, on: dt.date, as_json: bool) -> int:
    """A jurisdiction whose file says it levies no tax on sales (Hong Kong, Qatar, Kuwait)."""
    if as_json:
        payload = {"jurisdiction": code, "name": name, "on": on.isoformat(), "taxes": [], "categories": {}}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(f"{name} ({code}) on {on}: no VAT, GST or sales tax is levied;", end=" ")
        print("sales are outside the scope of tax.")
    return 0


def register(sub: Subcommands) -> None:
    parser = sub.add_parser("rates", help="the tax rates of a jurisdiction on a date")
    parser.add_argument("jurisdiction", help='ISO 3166-1 or 3166-2 code: "DE", "CA-QC", "US-TX"')
    parser.add_argument("--on", type=_date, default=None, help="the date (default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_taxdata_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    table = table_from(args)
    code = args.jurisdiction.upper()
    on = args.on or dt.date.today()
    if table.has(code) and not table.taxes(code) and table.unmodelled(code) is None:
        return _no_tax(table.jurisdiction(code).name, code, on, args.json)
    table.resolve(code, on, "standard")  # raises RateNotFound for an unknown code, a date or Brazil
    result: dict[str, object] = {}
    rows = [["Category", "Taxes", "Why"]]
    for category in RATE_CLASSES + PRODUCT_CATEGORIES:
        try:
            resolution = table.resolve(code, on, category)
        except RateNotFound:
            result[category] = None
            continue
        result[category] = [
            {"tax": c.tax, "rate": format_rate(c.rate), "category": c.category, "source": c.source}
            for c in resolution.components
        ]
        shown = " + ".join(f"{c.tax} {format_rate(c.rate)}% {c.category}" for c in resolution.components)
        rows.append([category, shown, resolution.explanation])
    j = table.jurisdiction(code)
    if args.json:
        payload = {
            "jurisdiction": code,
            "name": j.name,
            "on": on.isoformat(),
            "currency": table.currency(code),
            "taxes": list(table.taxes(code)),
            "names": table.tax_names(code),
            "categories": result,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(f"{j.name} ({code}) on {on}, currency {table.currency(code)}")
    names = table.tax_names(code)
    for tax in table.taxes(code):
        print(f"  {tax}: {names.get(tax, tax)}")
    print()
    print(text_table(rows))
    missing = [c for c, v in result.items() if v is None]
    if missing:
        print(f"\nNo rate of class: {', '.join(missing)}")
    return 0
