"""Benchmark: reading and verifying a received ten-line e-invoice (UBL and CII), as a ratio
to ``compute`` of the same invoice measured in the same run.

Run: python benchmarks/bench_verify.py [--rounds N]
Target (issue 9): read + verify of a ten-line invoice under 10 ms. The XML is made by
invoicekit's own writers from a ten-line document, so it is valid EN 16931.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial

import invoicekit
from invoicekit.einvoice import to_cii, to_ubl
from invoicekit.incoming import StatedRates, read_einvoice, verify


def document() -> dict:  # type: ignore[type-arg]
    return {
        "number": "B-1",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "seller": {"name": "Seller GmbH", "address": {"country": "DE"}, "vat_id": "DE123456788"},
        "buyer": {"name": "Buyer AG", "address": {"country": "DE"}},
        "lines": [
            {
                "description": f"item {j}",
                "quantity": str(1 + j % 7),
                "unit_price": f"{(31 + j * 17) % 5000 / 100:.2f}",
                "category": "food" if j % 3 == 0 else "standard",
            }
            for j in range(10)
        ],
    }


def every_term() -> dict:  # type: ignore[type-arg]
    """The same invoice with line allowances and charges, prices per 100 from a gross price,
    a prepaid amount and a VAT accounting currency: what the reader also has to walk."""
    doc = document()
    for line in doc["lines"]:
        line |= {"base_quantity": "100", "gross_price": line["unit_price"], "price_discount": "0",
                 "allowances": [{"percent": "2", "reason_code": "95"}],
                 "charges": [{"amount": "0.50", "reason": "Packing"}]}  # fmt: skip
    return doc | {"prepaid": "1.00", "tax_currency": {"currency": "DKK", "exchange_rate": "7.4604"}}


def per_call(fn: Callable[[], object], rounds: int) -> float:
    """The best of three runs of ``rounds`` calls, per call, in seconds."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(rounds):
            fn()
        best = min(best, (time.perf_counter() - start) / rounds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    table = invoicekit.default_table()
    for label, raw in (("ten-line invoice", document()), ("ten lines, every EN 16931 term", every_term())):
        invoice = invoicekit.load(raw)
        computed = invoicekit.compute(invoice, table)
        base = per_call(partial(invoicekit.compute, invoice, table), args.rounds)
        print(f"compute of the {label}: {base * 1e3:.3f} ms")
        for name, write in (("UBL", to_ubl), ("CII", to_cii)):
            xml = write(computed)
            assert verify(xml).ok
            incoming = read_einvoice(xml)
            read = per_call(partial(read_einvoice, xml), args.rounds)
            recompute = per_call(partial(invoicekit.compute, incoming.invoice, StatedRates()), args.rounds)
            whole = per_call(partial(verify, xml), args.rounds)
            print(
                f"{name}: read {read * 1e3:.3f} ms, recompute as stated {recompute * 1e3:.3f} ms, "
                f"read + verify {whole * 1e3:.3f} ms [< 10 ms] = {whole / base:.1f}x compute"
            )

if __name__ == "__main__":
    main()
