"""Benchmark: emitting UBL and CII for a 10-line invoice, as a ratio to ``compute`` of the
same invoice, measured in the same run (the target: under 2 ms per document).

Run: python benchmarks/bench_einvoice.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import invoicekit
from invoicekit.einvoice import to_cii, to_ubl


def document(lines: int = 10) -> dict:  # type: ignore[type-arg]
    return {
        "number": "B-1",
        "issue_date": "2024-05-01",
        "due_date": "2024-05-31",
        "currency": "EUR",
        "buyer_reference": "04011000-12345-34",
        "seller": {"name": "Seller GmbH", "vat_id": "DE136695976",
                   "address": {"lines": ["Hauptstraße 1"], "city": "Berlin", "postal_code": "10115", "country": "DE"}},
        "buyer": {"name": "Buyer GmbH", "address": {"city": "Köln", "postal_code": "50667", "country": "DE"}},
        "lines": [
            {"description": f"item {j}", "quantity": str(1 + j % 7), "unit_price": f"{(j * 1717) % 5000 / 100:.2f}",
             "category": "food" if j % 3 == 0 else "standard", **({"discount": "5%"} if j % 4 == 0 else {})}
            for j in range(lines)
        ],
        "payment": {"iban": "DE89370400440532013000", "terms": "30 Tage netto"},
    }  # fmt: skip


def every_term(lines: int = 10) -> dict:  # type: ignore[type-arg]
    """The same invoice with the EN 16931 terms the writers also carry: on every line a
    price per 100 from a gross price, two allowances and a charge; a prepaid amount, a tax
    representative and a VAT accounting currency."""
    doc = document(lines)
    for line in doc["lines"]:
        line |= {"base_quantity": "100", "gross_price": line["unit_price"], "price_discount": "0",
                 "allowances": [{"percent": "2", "reason_code": "95"}, {"amount": "0.10", "reason": "Bonus"}],
                 "charges": [{"amount": "0.50", "reason": "Packing", "reason_code": "ABL"}]}  # fmt: skip
        line.pop("discount", None)
    rep = {"name": "Rep SARL", "address": {"country": "FR"}, "vat_id": "FR40303265045"}
    return doc | {"prepaid": "1.00", "tax_representative": rep,
                  "tax_currency": {"currency": "DKK", "exchange_rate": "7.4604"}}  # fmt: skip


def per_call(fn: Callable[[], object], rounds: int) -> float:
    """The best of five runs of ``rounds`` calls, in seconds per call."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(rounds):
            fn()
        best = min(best, (time.perf_counter() - start) / rounds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    for label, raw in (("10 lines", document()), ("10 lines, every EN 16931 term", every_term())):
        invoice = invoicekit.load(raw)
        computed = invoicekit.compute(invoice)
        base = per_call(lambda invoice=invoice: invoicekit.compute(invoice), args.rounds)  # type: ignore[misc]
        print(f"compute, {label}: {base * 1000:.3f} ms (baseline)")
        for name, write in (("to_ubl", to_ubl), ("to_cii", to_cii)):
            took = per_call(lambda write=write, c=computed: write(c), args.rounds)  # type: ignore[misc]
            verdict = "under" if took < 0.002 else "OVER"
            print(f"{name}, {label}: {took * 1000:.3f} ms = {took / base:.2f} x compute ({verdict} the 2 ms target)")

if __name__ == "__main__":
    main()
