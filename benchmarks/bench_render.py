"""Benchmark: rendering one-page invoices to PDF, against a bare reportlab canvas drawing a
similar page (same fonts, same number of text pieces, rules and fills) in the same run.

Run: python benchmarks/bench_render.py [--invoices 200] [--largest] [--callgrind]
[--per-line [--lines 1000]]
(``--largest``: only the render time of the largest documents the limits accept, as a ratio
to a 10-line invoice rendered in the same run. ``--callgrind``: the same ratio in
instructions counted by ``valgrind --tool=callgrind``, with and without reportlab's C
accelerator ``rl_accel``: repeatable where the wall clock is not, on a busy machine.
``--per-line``: callgrind instructions per line of a long invoice and of a warm 10-line
render, and from them the estimate of the 10,000-line ratio.)
Also times the same invoices as PDF/A-3b and as Factur-X, as ratios to the plain PDF.
The machine is shared and noisy: the ratio is the figure to compare; absolute rates are for
reference only. Also reports the size of a one-page Cyrillic invoice (fonts are subset when
embedded: the target is under 50 KB).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

import invoicekit
from invoicekit.facturx import facturx_bytes
from invoicekit.limits import MAX_DOCUMENT_TEXT, MAX_LINES, MAX_TEXT_LENGTH
from invoicekit.render import render_bytes
from invoicekit.render.text import _LINES

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "fonts"

LATIN = [
    "Milchaufschäumer",
    "Espresso-Bohnen 250 g",
    "Entkalker, 500 ml",
    "Reinigungstabletten (10 Stück)",
    "Tasse „Barista“ 0,3 l",
    "Kaffeemühle mit Kegelmahlwerk",
    "Filterpapier Gr. 4",
    "Siebträger-Dichtung",
    "Tamper 58 mm, Edelstahl",
    "Versandkosten",
]
CYRILLIC = [
    "Пилосос бездротовий",
    "Фільтр HEPA",
    "Щітка турбо",
    "Акумулятор 2500 мА·год",
    "Зарядний пристрій",
    "Насадка для меблів",
    "Подовжувач трубки",
    "Гарантія +1 рік",
    "Сумка для зберігання",
    "Доставка кур'єром",
]


def document(i: int, cyrillic: bool) -> dict:  # type: ignore[type-arg]
    names = CYRILLIC if cyrillic else LATIN
    return {
        "number": f"B-{i:05d}",
        "issue_date": "2026-05-04",
        "due_date": "2026-05-18",
        "currency": "EUR",
        "locale": "uk" if cyrillic else "de",
        "seller": {
            "name": "Elektro Schmidt GmbH",
            "vat_id": "DE136695976",
            "email": "rechnung@example.de",
            "address": {
                "lines": ["Karl-Marx-Straße 88"],
                "postal_code": "12043",
                "city": "Berlin",
                "country": "DE",
            },
        },
        "buyer": {
            "name": "Олена Коваленко" if cyrillic else "Erika Mustermann",
            "address": {
                "lines": ["Sonnenallee 121"],
                "postal_code": "12045",
                "city": "Berlin",
                "country": "DE",
            },
        },
        "lines": [
            {
                "description": names[j],
                "quantity": str(1 + (i + j) % 4),
                "unit_price": f"{(i * 31 + j * 17) % 9000 / 100 + 1:.2f}",
                "category": "food" if j % 4 == 1 else "standard",
            }
            for j in range(10)
        ],
        "payment": {
            "terms": "14 Tage netto",
            "iban": "DE89370400440532013000",
            "bic": "COBADEFFXXX",
            "reference": f"B-{i:05d}",
        },
    }


def bare_canvas(pages: int) -> None:
    """A similar page drawn straight on a reportlab canvas: about 150 strings in two embedded
    TrueType fonts, 20 rules, 4 fills; no layout, shaping, bidi or translation."""
    for i in range(pages):
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=A4, invariant=1, initialFontName="Bench-Regular")
        c.setFillColorRGB(0.9, 0.92, 0.95)
        for k in range(4):
            c.rect(42, 600 - k * 120, 511, 18, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.12)
        c.setFont("Bench-Bold", 19)
        c.drawRightString(553, 790, "Rechnung")
        c.setFont("Bench-Regular", 9)
        names = CYRILLIC if i % 2 else LATIN
        y = 760.0
        for row in range(150):
            c.drawString(
                42 + (row % 5) * 100, y, f"{names[row % 10]} {row}" if row % 5 == 1 else f"{row * 3.17:.2f} €"
            )
            if row % 5 == 4:
                y -= 4.5
        for k in range(20):
            c.line(42, 300 + k * 12, 553, 300 + k * 12)
        c.showPage()
        c.save()


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def render_all(computed: list[invoicekit.Computed], write=render_bytes) -> None:  # type: ignore[no-untyped-def]
    # start every timed run with an empty layout cache: no run profits from an earlier one
    # (within a run, labels and repeated product names are shared, as in a shop)
    _LINES.clear()
    for c in computed:
        write(c)


def pdfa(c: invoicekit.Computed) -> bytes:
    return render_bytes(c, pdfa=True)


def words(length: int, rnd: random.Random) -> str:
    """Words of 2 to 9 letters, ``length`` characters in all."""
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < length:
        out.append("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 9))))
    return " ".join(out)[:length].strip()


def sized(lines: int, description: int) -> invoicekit.Computed:
    """A German invoice of ``lines`` lines, each with a description of ``description`` characters."""
    rnd = random.Random(lines * 100_003 + description)
    raw = document(0, False)
    raw["lines"] = [
        {"description": words(description, rnd), "quantity": str(1 + i % 7), "unit_price": f"{1 + i % 97}.00"}
        for i in range(lines)
    ]
    return invoicekit.compute(invoicekit.load(raw))


def cpu(fn, *args) -> float:  # type: ignore[no-untyped-def]
    """The processor time of ``fn(*args)``, best of 3: on a shared machine the wall clock
    counts the other processes too."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


def largest() -> None:
    """The largest documents the limits accept (invoicekit/limits.py), each rendered once
    (processor and wall time), against a 10-line invoice rendered in the same run."""
    text_per_line = (MAX_DOCUMENT_TEXT - 200) // MAX_LINES  # the names and addresses take ~200
    long_lines = MAX_DOCUMENT_TEXT // MAX_TEXT_LENGTH - 1
    cases = [
        (f"{MAX_LINES:,} lines of {text_per_line} characters", sized(MAX_LINES, text_per_line)),
        (f"one line with a {MAX_TEXT_LENGTH:,}-character description", sized(1, MAX_TEXT_LENGTH)),
        (f"{long_lines} descriptions of {MAX_TEXT_LENGTH:,} characters", sized(long_lines, MAX_TEXT_LENGTH)),
    ]
    ten = sized(10, 30)
    render_bytes(ten)
    base = cpu(render_bytes, ten)
    print(f"10-line invoice: {base * 1000:.0f} ms of processor time")
    for name, computed in cases:
        _LINES.clear()
        start, wall = time.process_time(), time.perf_counter()
        pdf = render_bytes(computed)
        took, wall = time.process_time() - start, time.perf_counter() - wall
        pages = pdf.count(b"/Type /Page\n")
        print(
            f"{name}: {took:.2f} s of processor time ({wall:.2f} s wall), {pages} pages"
            f" = {took / base:,.0f}x the 10-line invoice"
        )


def prepared(count: int) -> list[invoicekit.Computed]:
    """``count`` computed invoices, the benchmark fonts registered, everything warmed once."""
    for name, style in (("Bench-Regular", "Regular"), ("Bench-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"NotoSans-{style}.ttf")))
    table = invoicekit.default_table()
    computed = [invoicekit.compute(invoicekit.load(document(i, i % 2 == 1)), table) for i in range(count)]
    render_all(computed[:2])  # fonts loaded, catalogs read
    bare_canvas(2)
    return computed


def phase(kind: str, count: int) -> None:
    """One side of ``--callgrind``: prepare, then draw ``count`` pages with ``kind``."""
    computed = prepared(max(count, 2))
    if kind == "engine":
        render_all(computed[:count])
    elif kind == "bare":
        bare_canvas(count)


def instructions(kind: str, count: int, accel: bool) -> int:
    """Instructions of ``phase(kind, count)`` in a fresh process under callgrind."""
    block = [] if accel else ["-c", "import sys; sys.modules['_rl_accel'] = None; sys.argv = sys.argv[1:]; "
                              "import runpy; runpy.run_path(sys.argv[0], run_name='__main__')"]  # fmt: skip
    return counted([sys.executable, *block, __file__, "--phase", kind, "--invoices", str(count)])


def counted(command: list[str]) -> int:
    """The instructions of ``command`` under callgrind (``PYTHONHASHSEED=0``)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind: {done.stderr[-500:]}")
    return int(found.group(1))


def callgrind(count: int) -> None:
    """The engine's instructions per page against the bare canvas's: each side measured as the
    difference between drawing ``count`` pages and only preparing (``none``); the six
    processes run side by side (instruction counts do not depend on the machine's load)."""
    runs = [(kind, accel) for accel in (False, True) for kind in ("none", "engine", "bare")]
    with ThreadPoolExecutor(len(runs)) as pool:
        counts = dict(zip(runs, pool.map(lambda run: instructions(run[0], count, run[1]), runs), strict=True))
    for accel in (False, True):
        base = counts["none", accel]
        engine, bare = counts["engine", accel] - base, counts["bare", accel] - base
        print(
            f"callgrind, rl_accel {'on' if accel else 'off'}: {engine / count / 1e6:.1f}M instructions per"
            f" invoice against {bare / count / 1e6:.1f}M per bare page: {engine / bare:.2f}x"
        )


def line_phase(kind: str, lines: int) -> None:
    """One side of ``--per-line``: two warm renders of a 10-line invoice, then a third
    (``ten``) or a ``lines``-line invoice with the shared line cache cleared (``big``), or
    nothing more (``none``)."""
    ten, big = sized(10, 30), sized(lines, 29)
    render_bytes(ten)
    render_bytes(ten)
    if kind == "ten":
        render_bytes(ten)
    elif kind == "big":
        _LINES.clear()
        render_bytes(big)


def per_line(lines: int) -> None:
    """Instructions per line of a ``lines``-line invoice and of a warm 10-line render (each
    the difference to the process that only prepares them), and the estimate for
    ``MAX_LINES`` lines: the 10-line render plus ``MAX_LINES - 10`` per-line counts. The
    processes run one after the other after one that writes the ``.pyc`` files (a process
    that compiles a module would count the compiling)."""
    subprocess.run([sys.executable, __file__, "--line-phase", "none", "--lines", "20"], check=True)

    def of(kind: str) -> int:
        return counted([sys.executable, __file__, "--line-phase", kind, "--lines", str(lines)])

    none = of("none")
    ten, big = of("ten") - none, (of("big") - none) / lines
    estimate = (ten + (MAX_LINES - 10) * big) / ten
    print(
        f"callgrind: {big / 1e6:.3f}M instructions a line of a {lines:,}-line invoice, {ten / 1e6:.2f}M a warm"
        f" 10-line render: {MAX_LINES:,} lines estimated at {estimate:,.0f}x the 10-line invoice"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=200)
    parser.add_argument("--largest", action="store_true", help="only the largest accepted documents")
    parser.add_argument("--callgrind", action="store_true", help="instruction counts (valgrind)")
    parser.add_argument("--per-line", action="store_true", help="instructions per line (valgrind)")
    parser.add_argument("--lines", type=int, default=1000, help="the invoice of --per-line")
    parser.add_argument("--phase", choices=("none", "engine", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--line-phase", choices=("none", "ten", "big"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(args.phase, args.invoices)
        return
    if args.line_phase:
        line_phase(args.line_phase, args.lines)
        return
    if args.per_line:
        per_line(args.lines)
        return
    if args.largest:
        largest()
        return
    if args.callgrind:
        callgrind(args.invoices)
        return
    computed = prepared(args.invoices)

    engine = timed(render_all, computed)
    baseline = timed(bare_canvas, args.invoices)
    pages = sum(len(render_bytes(c).split(b"/Type /Page\n")) - 1 for c in computed[:4])
    print(
        f"render: {args.invoices} one-page invoices (Latin and Cyrillic) in {engine:.3f} s"
        f" = {args.invoices / engine:,.0f} invoices/s ({pages} pages for the first 4)"
    )
    print(f"bare reportlab canvas, similar page: {baseline:.3f} s = {args.invoices / baseline:,.0f} pages/s")
    print(f"ratio: invoicekit takes {engine / baseline:.1f}x the time of the bare canvas")
    size = len(render_bytes(computed[1]))
    print(f"one-page Cyrillic invoice: {size:,} bytes ({size / 1024:.1f} KB; target < 50 KB)")
    render_all(computed[:2], pdfa)
    render_all(computed[:2], facturx_bytes)
    archival = timed(render_all, computed, pdfa)
    hybrid = timed(render_all, computed, facturx_bytes)
    extra = len(pdfa(computed[1])) - size
    print(
        f"PDF/A-3b: {engine / args.invoices * 1000:.2f} -> {archival / args.invoices * 1000:.2f} ms per invoice"
        f" ({archival / engine:.2f}x the plain PDF), {extra:,} bytes more"
    )
    print(
        f"Factur-X (PDF/A-3b + CII): {hybrid / args.invoices * 1000:.2f} ms per invoice ({hybrid / engine:.2f}x the plain PDF)"
    )
    largest()


if __name__ == "__main__":
    main()
