"""The outputs a speed change must not move: a dump to compare before and after.

Run: python benchmarks/golden.py OUT.txt [--fuzz N] [--pdf]
then, after a change, again into another file and ``cmp`` (or ``diff``) the two.

Each line is one case: an id, then ``repr`` of what :func:`invoicekit.load` and
:func:`invoicekit.compute` give (the whole ``Computed``, which holds the ``Invoice``, every
Decimal with its exponent) or the error type and message. The cases: every shipped example;
documents made by the fuzz generator (``benchmarks/fuzz_run.py``, seeded by number; valid and
broken); the hypothesis strategy of ``tests/test_properties.py`` drawn derandomized, computed
with its fixed-rate providers and with the shipped table; and sales between a set of
countries, kinds of buyer, supplies, categories and dates (the decisions of the rules). With
``--pdf``, the SHA-256 of each example's PDF.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import sys
import tomllib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import invoicekit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]


def outcome(raw: Any, provider: Any = None) -> str:
    """repr of the computed document, or the error of the step that refused it."""
    try:
        invoice = invoicekit.load(raw)
    except invoicekit.InvoiceKitError as exc:
        return f"load {type(exc).__name__}: {exc}"
    try:
        return repr(invoicekit.compute(invoice, provider))
    except invoicekit.InvoiceKitError as exc:
        return f"compute {type(exc).__name__}: {exc}"


def example_paths() -> list[Path]:
    return [
        p
        for p in sorted((ROOT / "examples").rglob("*"))
        if p.suffix in (".toml", ".json") and "brand" not in p.parts
    ]


def read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)


def fuzzed(count: int) -> Iterator[tuple[str, Any]]:
    """The fuzz run's documents, by seed (``one_document``'s choice of generator)."""
    import fuzz_run

    bases = fuzz_run.examples()
    for number in range(count):
        rnd = random.Random(number)
        choice = rnd.random()
        if choice < 0.3:
            raw = fuzz_run.grow(rnd.choice(bases), rnd)
        elif choice < 0.8:
            raw = copy.deepcopy(rnd.choice(bases))
            for _ in range(rnd.randrange(0, 4)):
                raw = fuzz_run.mutate(raw, rnd)
        else:
            raw = fuzz_run.random_document(rnd)
        yield f"fuzz {number}", raw


def hypothesis_documents(count: int) -> list[dict[str, Any]]:
    """``count`` documents of tests/test_properties.py's strategy, the same on every run."""
    from hypothesis import HealthCheck, given, settings
    from test_properties import documents

    drawn: list[dict[str, Any]] = []

    @settings(max_examples=count, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(documents())
    def collect(raw: dict[str, Any]) -> None:
        drawn.append(raw)

    collect()
    return drawn


PARTIES = [
    ("DE", None, "DE136695976"), ("FR", None, "FR40303265045"), ("AT", None, "ATU13585627"),
    ("GB", None, "GB980780684"), ("US", "CA", None), ("US", "NY", None), ("CA", "QC", None),
    ("CA", "ON", None), ("IN", "KA", None), ("IN", "MH", None), ("CH", None, None), ("NO", None, None),
    ("JP", None, None), ("AU", None, None), ("BR", None, None), ("IE", None, "IE6388047V"),
]  # fmt: skip


def sales(count: int) -> Iterator[tuple[str, Any]]:
    """Sales between the countries above, to businesses and consumers, of each supply."""
    rnd = random.Random(13)
    for number in range(count):
        seller, buyer = rnd.choice(PARTIES), rnd.choice(PARTIES)
        lines = [
            {
                "description": f"item {j}",
                "quantity": str(rnd.randint(1, 9)),
                "unit_price": f"{rnd.randint(1, 99999) / 100:.2f}",
                "category": rnd.choice(["standard", "reduced", "food", "books", "zero", "exempt"]),
                **({"supply": rnd.choice(["goods", "services", "digital"])} if rnd.random() < 0.3 else {}),
            }
            for j in range(rnd.randint(1, 6))
        ]
        yield (
            f"sale {number}",
            {
                "number": f"S-{number}",
                "issue_date": rnd.choice(
                    ["2019-06-01", "2020-07-15", "2021-07-01", "2024-05-01", "2025-01-01"]
                ),
                "currency": rnd.choice(["EUR", "USD", "CAD", "INR", "CHF"]),
                "supply": rnd.choice(["goods", "services", "digital"]),
                "seller": party("Seller", seller, True, rnd),
                "buyer": party("Buyer", buyer, rnd.random() < 0.5, rnd),
                "lines": lines,
            },
        )


def party(
    name: str, spec: tuple[str, str | None, str | None], business: bool, rnd: random.Random
) -> dict[str, Any]:
    country, region, vat_id = spec
    address: dict[str, Any] = {"country": country, **({"region": region} if region else {})}
    out: dict[str, Any] = {"name": name, "address": address, "business": business}
    if vat_id and business and rnd.random() < 0.8:
        out["vat_id"] = vat_id
    return out


def cases(fuzz: int) -> Iterator[tuple[str, str]]:
    from test_properties import PROVIDER, QUEBEC

    for path in example_paths():
        yield f"example {path.relative_to(ROOT)}", outcome(read(path))
    for name, raw in fuzzed(fuzz):
        yield name, outcome(raw)
    for i, raw in enumerate(hypothesis_documents(400)):
        for label, provider in (("fixed", PROVIDER), ("quebec", QUEBEC), ("table", None)):
            yield f"hypothesis {i} {label}", outcome(raw, provider)
    for name, raw in sales(1500):
        yield name, outcome(raw)


def pdfs() -> Iterator[tuple[str, str]]:
    from invoicekit.render import render_bytes

    for path in example_paths():
        computed = invoicekit.compute(invoicekit.load(read(path)))
        yield f"pdf {path.relative_to(ROOT)}", hashlib.sha256(render_bytes(computed)).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--fuzz", type=int, default=2000)
    parser.add_argument("--pdf", action="store_true")
    args = parser.parse_args()
    with warnings.catch_warnings(), args.out.open("w", encoding="utf-8", errors="backslashreplace") as out:
        warnings.simplefilter("ignore")
        for name, text in cases(args.fuzz):
            out.write(f"{name}\t{text}\n")
        if args.pdf:
            for name, digest in pdfs():
                out.write(f"{name}\t{digest}\n")


if __name__ == "__main__":
    main()
