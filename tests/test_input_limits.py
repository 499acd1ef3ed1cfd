"""Hostile and careless documents: every one is refused with the field named, or computed
with a warning, never a traceback or a silently wrong document (docs/format.md, "Limits")."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support import doc

import invoicekit
from invoicekit.cli import main
from invoicekit.limits import MAX_DOCUMENT_BYTES, MAX_LINES, MAX_TEXT_LENGTH, text_problem


def problems(source: Any) -> list[str]:
    with pytest.raises(invoicekit.InvoiceError) as caught:
        invoicekit.load(source)
    return [str(p) for p in caught.value.problems]


def with_line(**line: Any) -> dict[str, Any]:
    return doc(lines=[{"description": "Item", "unit_price": "10.00", **line}])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Wid\x1b[2Jget", "contains a control character U+001B at position 4"),
        ("a\x00b", "contains a control character U+0000 at position 2"),
        ("x\x85", "contains a control character U+0085 at position 2"),  # C1: NEXT LINE
        ("x\x7f", "contains a control character U+007F at position 2"),
        ("ab\ud800", "contains a lone surrogate U+D800 (not text) at position 3"),
    ],
)
def test_control_characters_and_surrogates_are_refused(text: str, message: str) -> None:
    assert problems(with_line(description=text)) == [f"lines[0].description: {message}"]
    raw = doc()
    raw["buyer"]["name"] = text
    assert problems(raw) == [f"buyer.name: {message}"]


def test_newlines_and_tabs_only_where_text_runs_over_lines() -> None:
    invoice = invoicekit.load(with_line(description="Widget\n\tblue, 2 m"))
    assert invoice.lines[0].description == "Widget\n\tblue, 2 m"
    assert invoicekit.load(doc(notes=["Thank you.\nSee you soon."])).notes == ("Thank you.\nSee you soon.",)
    raw = doc()
    raw["seller"]["name"] = "Seller\nGmbH"
    assert problems(raw) == ["seller.name: contains a control character U+000A at position 7"]


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_bidi_embeddings_overrides_and_isolates_are_refused(control: str) -> None:
    [problem] = problems(with_line(description=f"Widget {control}שלום עולם"))
    assert problem.startswith(f"lines[0].description: contains U+{ord(control):04X} ")
    assert problem.endswith("at position 8: bidirectional embeddings, overrides and isolates are not accepted (write the text in logical order)")


def test_mixed_scripts_in_logical_order_and_bidi_marks_are_accepted() -> None:
    text = "Widget שלום עולם \u200e(2 m) مرحبا"
    assert invoicekit.load(with_line(description=text)).lines[0].description == text


def test_text_length_is_bounded() -> None:
    assert invoicekit.load(with_line(description="x" * MAX_TEXT_LENGTH)).lines[0].description == "x" * 5000
    assert problems(with_line(description="x" * (MAX_TEXT_LENGTH + 1))) == [
        "lines[0].description: too long: 5001 characters (at most 5000)"
    ]


def test_all_the_text_of_a_document_is_bounded() -> None:
    # 60 descriptions of 5,000 characters are 300,000 in all; the number and the names count
    # too ("T-1" 3 + "Seller GmbH" 11 + "Buyer" 5 = 19), so the last description is 19 shorter
    # to reach 300,000 exactly; 1 character more is refused, at the field that runs over
    lines = [{"description": "x" * 5000, "unit_price": "1.00"} for _ in range(60)]
    lines[-1]["description"] = "x" * (5000 - 19)
    assert len(invoicekit.load(doc(lines=lines)).lines) == 60
    lines[-1]["description"] += "y"
    assert problems(doc(lines=lines)) == [
        "lines[59].description: the document's text runs over 300,000 characters in all (at most that)"
    ]


def test_number_of_lines_is_bounded() -> None:
    line = {"description": "x", "unit_price": "1.00"}
    assert len(invoicekit.load(doc(lines=[line] * MAX_LINES)).lines) == 10_000
    assert problems(doc(lines=[line] * (MAX_LINES + 1))) == ["lines: too many lines: 10001 (at most 10000)"]


def test_document_files_are_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_DOCUMENT_BYTES + 1))
    assert problems(big) == [f"{big}: larger than 8,388,608 bytes: not read"]


@pytest.mark.parametrize(("source", "kind"), [([], "list"), (None, "NoneType"), (5, "int"), (b"{}", "bytes")])
def test_anything_but_a_document_or_a_path_is_an_invoice_error(source: Any, kind: str) -> None:
    assert problems(source) == [f"expected a document (a mapping) or a .json/.toml path, not {kind}"]


@pytest.mark.parametrize(
    ("version", "shown"),
    [(Decimal("sNaN"), "sNaN"), (Decimal("2"), "2"), ("1", '"1"'), (True, "True"), (1.0, "1.0")],
)
def test_format_versions_are_named_as_written(version: Any, shown: str) -> None:
    assert problems(doc(format=version)) == [f"format: unsupported format version {shown} (this invoicekit reads 1)"]


def test_long_values_are_echoed_short() -> None:
    [problem] = problems(with_line(quantity="1" * 5000))
    assert problem == "lines[0].quantity: out of range: " + "1" * 60 + "... (5000 characters) (at most 15 digits before the point)"
    [problem] = problems(with_line(quantity="2,5" + "x" * 100))
    assert problem == 'lines[0].quantity: not a number: "2,5' + "x" * 57 + '... (103 characters)"'


def test_dates_that_cannot_be_meant() -> None:
    assert problems(doc(due_date="2024-04-30")) == ["due_date: 2024-04-30 is before the issue date 2024-05-01"]
    assert problems(doc(supply_date="9999-01-01")) == ["supply_date: 9999-01-01 is more than a year after the issue date 2024-05-01"]
    assert problems(doc(supply_date="2014-04-30")) == ["supply_date: 2014-04-30 is more than ten years before the issue date 2024-05-01"]
    # the edges are accepted: due the same day, an advance invoice a year ahead (2024 is a leap year: 366 days)
    assert invoicekit.load(doc(due_date="2024-05-01", supply_date="2025-05-02")).supply_date.isoformat() == "2025-05-02"
    assert problems(doc(supply_date="2025-05-03")) == ["supply_date: 2025-05-03 is more than a year after the issue date 2024-05-01"]


@pytest.mark.parametrize(("code", "name"), [("CLF", "Unidad de Fomento"), ("UYI", "Uruguay Peso en Unidades Indexadas (UI)"), ("CHE", "WIR Euro")])
def test_funds_codes_are_not_legal_tender(code: str, name: str) -> None:
    assert problems(doc(currency=code)) == [f"currency: {code} ({name}) is an ISO 4217 funds code, not legal tender"]


def test_a_negative_invoice_is_computed_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 10.00 - 20.00 allowance = -10.00 net; 19 % VAT = -1.90; gross -11.90
    raw = doc(allowances=[{"reason": "Goodwill", "amount": "20.00"}])
    computed = invoicekit.compute(invoicekit.load(raw))
    assert (computed.net, computed.tax, computed.gross) == (Decimal("-10.00"), Decimal("-1.90"), Decimal("-11.90"))
    assert [str(w) for w in computed.warnings] == ["allowances: the invoice total is negative (-11.90): a refund is a credit note"]
    path = tmp_path / "negative.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["compute", str(path), "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["warnings"] == ["allowances: the invoice total is negative (-11.90): a refund is a credit note"]
    assert out.err == "warning: allowances: the invoice total is negative (-11.90): a refund is a credit note\n"
    assert invoicekit.compute(invoicekit.load(doc())).warnings == ()


def test_the_cli_never_prints_what_the_terminal_would_obey(tmp_path: Path) -> None:
    # A JSON document with an escape sequence and a lone surrogate: exit 2, each problem on
    # stderr with the characters escaped, nothing on stdout, no UnicodeEncodeError.
    path = tmp_path / "hostile.json"
    raw = with_line(description="Widget\x1b]0;owned\x07", unit="\ud800")
    path.write_text(json.dumps(raw), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "invoicekit", "compute", str(path)], capture_output=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == b""
    err = done.stderr.decode("utf-8")
    assert "\x1b" not in err and "\x07" not in err
    assert "lines[0].description: contains a control character U+001B at position 7" in err
    assert 'lines[0].unit: contains a lone surrogate U+D800 (not text) at position 1' in err


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("a\x00b.toml", "not a usable path: it contains a NUL character"),
        ("\ud800.toml", "not a usable path: it contains a character the file system cannot encode (U+D800)"),
    ],
)
def test_an_unusable_path_is_an_invoice_error(name: str, problem: str) -> None:
    """Found by the fuzz run: ValueError and UnicodeEncodeError from pathlib."""
    with pytest.raises(invoicekit.InvoiceError) as caught:
        invoicekit.load(name)
    [found] = caught.value.problems
    assert (found.where, found.message) == (ascii(name)[1:-1], problem)
    with pytest.raises(invoicekit.InvoiceKitError, match="not a usable path"):
        invoicekit.load_brand(name)


@pytest.mark.parametrize(
    ("issue", "supply", "message"),
    [
        ("9999-12-31", "0001-01-01", "supply_date: 0001-01-01 is more than ten years before the issue date 9999-12-31"),
        ("0001-01-01", "9999-12-31", "supply_date: 9999-12-31 is more than a year after the issue date 0001-01-01"),
    ],
)
def test_supply_dates_at_the_ends_of_the_calendar(issue: str, supply: str, message: str) -> None:
    """Found by the fuzz run: issue date + 1 year past 9999 raised OverflowError."""
    assert message in problems(doc(issue_date=issue, supply_date=supply))


def _refused_by_the_rules(code: int, multiline: bool) -> bool:
    """The character rules of invoicekit.limits, written out: controls (but a newline or tab
    in a multi-line field), lone surrogates, bidi embeddings, overrides and isolates."""
    if multiline and chr(code) in "\n\t":
        return False
    control = code < 0x20 or 0x7F <= code <= 0x9F
    return control or 0xD800 <= code <= 0xDFFF or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


@pytest.mark.parametrize("multiline", [False, True])
def test_every_character_is_judged_by_the_rules(multiline: bool) -> None:
    # text_problem skips its search for a printable text: each of the 1,114,112 code points,
    # printable or not, is refused exactly when the rules say, at its position
    wrong = [
        code
        for code in range(0x110000)
        if (text_problem(f"a{chr(code)}b", multiline=multiline) is None) is _refused_by_the_rules(code, multiline)
    ]
    assert wrong == []
    assert text_problem("a\u0085b") == "contains a control character U+0085 at position 2"
    assert text_problem("\u00e4\u00adx\udc00", multiline=multiline) == "contains a lone surrogate U+DC00 (not text) at position 4"
