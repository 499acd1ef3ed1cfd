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
    invoice = invoicekit.load(document())
    computed = invoicekit.compute(invoice)
    base = per_call(lambda: invoicekit.compute(invoice), args.rounds)
    print(f"compute, 10 lines: {base * 1000:.3f} ms (baseline)")
    for name, write in (("to_ubl", to_ubl), ("to_cii", to_cii)):
        took = per_call(lambda write=write: write(computed), args.rounds)  # type: ignore[misc]
        verdict = "under" if took < 0.002 else "OVER"
        print(
            f"{name}, 10 lines: {took * 1000:.3f} ms = {took / base:.2f} x compute ({verdict} the 2 ms target)"
        )


if __name__ == "__main__":
    main()
