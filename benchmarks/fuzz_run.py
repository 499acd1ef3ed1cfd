"""Fuzz run: many documents, malformed and valid, and random calls of the public API; only
invoicekit's documented errors (InvoiceKitError and its subclasses, ArgumentError among them)
may come out.

Documents are the shipped examples mutated (fields dropped, replaced by values of other
types, control characters, surrogates, huge numbers, long text, duplicated lines), and random
structures built from nothing. Each is loaded; what loads is computed and explained; every
``--render-every``-th computed document is rendered with random options. Between documents,
random calls of ``rates``, ``validate_tax_id``, ``compute``, ``render_bytes`` and ``load_brand``.

Run: python benchmarks/fuzz_run.py [--count 100000] [--workers 2] [--out fuzz-results]
Work is split in chunks of ``--chunk`` documents (seeded by their number, so a chunk is the
same on every run); each finished chunk is written to ``--out`` as JSON, and a run started
again skips the chunks already there (resumable, and safe to run from several processes).
At the end it prints the totals and every failure (exception type, message, seed).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import functools
import json
import random
import sys
import time
import tomllib
import traceback
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import invoicekit
from invoicekit import InvoiceKitError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

WEIRD_TEXT = [
    "",
    " ",
    "\x00",
    "a\x1b[2Jb",
    "\ud800",
    "x\u202ey",
    "\u2067\u05e9\u05dc\u05d5\u05dd\u2069",  # an isolate around Hebrew
    "a\nb",
    "\t",
    "\ufeff",
    "\u0301",
    "👩‍👩‍👧",
    "🇩🇪🇫🇷",
    "Ünïcödé",
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",  # Hebrew
    "مرحبا بالعالم",
    "中文字符",
    "नमस्ते क्षत्रिय",
    "สวัสดีครับ",
    "Привет",
    "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5",  # Greek
    "한국어",
    "<b>x</b>&amp;",
    "%(number)s",
    "{0}",
    "../../etc/passwd",
]
WEIRD_NUMBERS = [
    "0",
    "-1",
    "1e9999",
    "NaN",
    "sNaN",
    "Infinity",
    "-0.00",
    "2,5",
    "1" * 40,
    "0." + "1" * 30,
    "9" * 5000,
    "1_000",
    " 5 ",
    "0x10",
    "½",
]
WEIRD_DATES = ["2024-02-30", "0001-01-01", "9999-12-31", "2024-13-01", "yesterday", "2024-1-1", "1970-01-01"]
CURRENCIES = ["EUR", "USD", "XAU", "XXX", "eur", "JPY", "BHD", "CHF", "ZZZ", "", "EURO"]
COUNTRIES = [
    "DE",
    "FR",
    "AT",
    "GB",
    "US",
    "CA",
    "IN",
    "JP",
    "CN",
    "BR",
    "AQ",
    "XX",
    "de",
    "CA-QC",
    "CH",
    "NO",
]


def examples() -> list[Any]:
    """The shipped example documents as plain data."""
    out: list[Any] = []
    for path in sorted(EXAMPLES.rglob("*")):
        if path.suffix == ".toml" and "brand" not in path.parts:
            out.append(tomllib.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".json":
            out.append(json.loads(path.read_text(encoding="utf-8")))
    return out


def long_text(rnd: random.Random) -> str:
    words = [
        rnd.choice(WEIRD_TEXT[13:]) if rnd.random() < 0.3 else "w" * rnd.randint(1, 60) for _ in range(200)
    ]
    return " ".join(words)[: rnd.choice((100, 1999, 2000, 2001, 5000, 5001, 20000))]


def scalar(rnd: random.Random) -> Any:
    """A value of any type a document might (wrongly) hold."""
    kind = rnd.randrange(12)
    if kind == 0:
        return rnd.choice(WEIRD_TEXT)
    if kind == 1:
        return rnd.choice(WEIRD_NUMBERS)
    if kind == 2:
        return rnd.choice(WEIRD_DATES)
    if kind == 3:
        return rnd.choice([0, -1, 10**30, 2**63, True, False, None])
    if kind == 4:
        return rnd.choice([0.1, float("nan"), float("inf"), -0.0, 1e308])
    if kind == 5:
        return rnd.choice([Decimal("sNaN"), Decimal("NaN"), Decimal("1E+999999"), Decimal("-0")])
    if kind == 6:
        return rnd.choice([dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, 12), dt.time(1)])
    if kind == 7:
        return long_text(rnd)
    if kind == 8:
        return rnd.choice(CURRENCIES + COUNTRIES)
    if kind == 9:
        return [scalar(rnd) for _ in range(rnd.randrange(3))]
    if kind == 10:
        return {rnd.choice(["x", "name", "lines", "country", ""]): scalar(rnd)}
    return b"\xff\x00"


SCRIPTS = {
    "Latin": "abcdefghijklmnopqrstuvwxyzäöüßéèçñ",
    "Cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюяії",
    "Greek": "αβγδεζηθικλμνξοπρστυφχψωάέήί",
    "Arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "Hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "CJK": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年株式会社",
    "Devanagari": "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह" + "ािीुूेैोौं्",
    "Thai": "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ" + "ะัาิีึืุู่้",
}
TEXT_FIELDS = ("description", "name", "terms", "reason", "city")


def valid_text(rnd: random.Random) -> str:
    """Words of one or two scripts, of any length up to longer than a column, within limits."""
    letters = "".join(rnd.sample(sorted(SCRIPTS.values()), rnd.choice((1, 2))))
    size = rnd.choices((1, 10, 60, 200, 2000, 5000), weights=(2, 4, 4, 3, 1, 1))[0]
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < size:
        words.append("".join(rnd.choice(letters) for _ in range(rnd.choice((1, 3, 8, 30, 120)))))
    return " ".join(words)[:size].strip() or "x"


def grow(value: Any, rnd: random.Random) -> Any:
    """``value`` still valid, with long text in many scripts in its text fields and perhaps
    many more lines: the renderer's stress, not the loader's."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in TEXT_FIELDS and isinstance(item, str) and rnd.random() < 0.5:
                out[key] = valid_text(rnd)
            elif key in ("notes", "lines") and isinstance(item, list) and item and isinstance(item[0], str):
                out[key] = [valid_text(rnd) for _ in item]
            elif key == "lines" and isinstance(item, list) and item and rnd.random() < 0.1:
                out[key] = item * rnd.choice((2, 30))  # many lines, their text as it was
            else:
                out[key] = grow(item, rnd)
        return out
    if isinstance(value, list):
        return [grow(item, rnd) for item in value]
    return value


def mutate(value: Any, rnd: random.Random, depth: int = 0) -> Any:
    """``value`` with a few random changes somewhere inside."""
    if isinstance(value, dict) and value and rnd.random() < 0.8:
        value = dict(value)
        key = rnd.choice(list(value))
        action = rnd.randrange(5)
        if action == 0:
            del value[key]
        elif action == 1:
            value[key] = scalar(rnd)
        elif action == 2:
            value[rnd.choice(["extra", "Number", "lines ", key.upper()])] = scalar(rnd)
        else:
            value[key] = mutate(value[key], rnd, depth + 1)
        return value
    if isinstance(value, list) and value and rnd.random() < 0.8:
        value = list(value)
        action = rnd.randrange(5)
        k = rnd.randrange(len(value))
        if action == 0:
            del value[k]
        elif action == 1:
            value = value * rnd.choice((2, 10, 200))
        elif action == 2:
            value.insert(k, scalar(rnd))
        else:
            value[k] = mutate(value[k], rnd, depth + 1)
        return value
    return scalar(rnd) if rnd.random() < 0.7 else value


def random_document(rnd: random.Random) -> Any:
    """A document built from nothing: the right field names, random contents."""
    party = {"name": scalar(rnd), "address": {"country": rnd.choice(COUNTRIES), "lines": [scalar(rnd)]}}
    lines = [
        {"description": scalar(rnd), "quantity": scalar(rnd), "unit_price": rnd.choice(WEIRD_NUMBERS)}
        for _ in range(rnd.randrange(4))
    ]
    raw: dict[str, Any] = {
        "number": scalar(rnd),
        "issue_date": rnd.choice(WEIRD_DATES),
        "currency": rnd.choice(CURRENCIES),
        "seller": party,
        "buyer": copy.deepcopy(party),
        "lines": lines,
    }
    if rnd.random() < 0.5:
        raw["notes"] = [scalar(rnd)]
    return raw if rnd.random() < 0.9 else scalar(rnd)


def render_some(computed: invoicekit.Computed, rnd: random.Random) -> None:
    from invoicekit.render import render_bytes

    options: dict[str, Any] = {}
    if rnd.random() < 0.3:
        options["locale"] = rnd.choice(["de", "ar", "he", "ja", "xx", "", "en_US", None, 5])
    if rnd.random() < 0.2:
        options["paper"] = rnd.choice(["A4", "letter", "A5", None, 3])
    if rnd.random() < 0.2:
        options["template"] = rnd.choice(["invoice", "receipt", "x", None])
    if rnd.random() < 0.1:
        options["second_locale"] = rnd.choice(["fr", "zz", None])
    pdf = render_bytes(computed, **options)
    assert pdf.startswith(b"%PDF"), "not a PDF"


def api_call(rnd: random.Random, computed: invoicekit.Computed | None) -> None:
    """One random call of the public API."""
    from invoicekit.render import render_bytes

    def rates() -> object:
        on = rnd.choice([None, dt.date(2024, 1, 1), scalar(rnd)])
        return invoicekit.rates(rnd.choice([*COUNTRIES, scalar(rnd)]), on, rnd.choice(["food", scalar(rnd)]))

    def tax_id() -> object:
        value = rnd.choice(["DE136695976", "ATU12345678", scalar(rnd)])
        return invoicekit.validate_tax_id(value, rnd.choice([None, "DE", scalar(rnd)]))

    calls: list[Callable[[], object]] = [
        rates,
        tax_id,
        lambda: invoicekit.compute(scalar(rnd)),
        lambda: invoicekit.compute(computed.invoice if computed else scalar(rnd), scalar(rnd)),
        lambda: invoicekit.explain(scalar(rnd)),
        lambda: render_bytes(scalar(rnd)),
        lambda: invoicekit.load_brand(rnd.choice([scalar(rnd), "/nonexistent/brand.toml", str(EXAMPLES)])),
        lambda: invoicekit.load(rnd.choice([scalar(rnd), "/nonexistent.toml", str(EXAMPLES), b"{}"])),
        lambda: invoicekit.render_pdf(
            computed or scalar(rnd), rnd.choice(["\x00.pdf", "\ud800.pdf", str(EXAMPLES)])
        ),
    ]
    rnd.choice(calls)()


def fuzz(numbers: range, render_every: int) -> tuple[dict[str, int], list[dict[str, str]]]:
    """Documents number ``numbers`` (each seeded by its number): the counts and failures."""
    bases = examples()
    counts = {"documents": 0, "loaded": 0, "refused": 0, "computed": 0, "rendered": 0, "api_calls": 0}
    failures: list[dict[str, str]] = []
    for number in numbers:
        rnd = random.Random(number)
        counts["documents"] += 1
        for stage in one_document(rnd, bases, number, render_every, counts):
            failures.append({"seed": str(number), **stage})
    return counts, failures


def run_chunk(chunk: int, size: int, render_every: int, out: Path) -> dict[str, Any]:
    """Documents ``chunk * size`` to ``(chunk + 1) * size - 1``, the result written to ``out``."""
    start = time.perf_counter()
    counts, failures = fuzz(range(chunk * size, (chunk + 1) * size), render_every)
    seconds = round(time.perf_counter() - start, 2)
    result = {"chunk": chunk, "seconds": seconds, **counts, "failures": failures}
    path = out / f"chunk-{chunk:05d}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=1), encoding="utf-8")
    tmp.replace(path)
    return result


def one_document(
    rnd: random.Random, bases: list[Any], number: int, render_every: int, counts: dict[str, int]
) -> list[dict[str, str]]:
    """Load, compute, explain, maybe render one generated document, then one random API call;
    the failures (anything but an InvoiceKitError), as dicts."""
    choice = rnd.random()
    if choice < 0.3:
        raw = grow(rnd.choice(bases), rnd)  # valid, with long text in many scripts
    elif choice < 0.8:
        raw = copy.deepcopy(rnd.choice(bases))
        for _ in range(rnd.randrange(0, 4)):  # 0 mutations: a valid document
            raw = mutate(raw, rnd)
    else:
        raw = random_document(rnd)
    failures = []
    computed = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for stage in ("load", "compute", "explain", "render", "api"):
            try:
                if stage == "load":
                    invoice = invoicekit.load(raw)
                    counts["loaded"] += 1
                elif stage == "compute":
                    computed = invoicekit.compute(invoice)
                    counts["computed"] += 1
                elif stage == "explain":
                    invoicekit.explain(invoice)
                elif stage == "render" and computed is not None and number % render_every == 0:
                    render_some(computed, rnd)
                    counts["rendered"] += 1
                elif stage == "api":
                    counts["api_calls"] += 1
                    api_call(rnd, computed)
            except InvoiceKitError:
                if stage == "load":
                    counts["refused"] += 1
                if stage in ("load", "compute"):
                    stage = "api"  # nothing to compute, explain or render: still one API call
                    try:
                        counts["api_calls"] += 1
                        api_call(rnd, computed)
                    except InvoiceKitError:
                        pass
                    except Exception as exc:  # anything else is a finding of the run
                        failures.append(failure("api", exc))
                    break
            except Exception as exc:  # anything else is a finding of the run
                failures.append(failure(stage, exc))
                if stage in ("load", "compute"):
                    break
    return failures


def failure(stage: str, exc: BaseException) -> dict[str, str]:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return {
        "stage": stage,
        "type": type(exc).__name__,
        "message": str(exc)[:300],
        "at": f"{Path(where.filename).name}:{where.lineno}",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--render-every", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("fuzz-results"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chunks = [c for c in range(args.count // args.chunk) if not (args.out / f"chunk-{c:05d}.json").exists()]
    start = time.perf_counter()
    work = functools.partial(run_chunk, size=args.chunk, render_every=args.render_every, out=args.out)
    with ProcessPoolExecutor(args.workers) as pool:
        for result in pool.map(work, chunks):
            print(
                f"chunk {result['chunk']}: {result['seconds']} s, {len(result['failures'])} failures",
                flush=True,
            )
    return report(args.out, time.perf_counter() - start)


def report(out: Path, wall: float) -> int:
    """Totals over every chunk file in ``out``; 1 if any failure."""
    totals: dict[str, float] = {}
    failures = []
    for path in sorted(out.glob("chunk-*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        for key, value in result.items():
            if isinstance(value, (int, float)) and key != "chunk":
                totals[key] = totals.get(key, 0) + value
        failures += result["failures"]
    print(
        json.dumps({**totals, "failures": len(failures), "wall_seconds_this_run": round(wall, 1)}, indent=1)
    )
    kinds: dict[tuple[str, str, str], list[str]] = {}
    for f in failures:
        kinds.setdefault((f["stage"], f["type"], f["at"]), []).append(f["seed"])
    for (stage, kind, at), seeds in sorted(kinds.items()):
        print(f"FAIL {stage} {kind} at {at}: {len(seeds)}x, seeds {', '.join(seeds[:5])}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
