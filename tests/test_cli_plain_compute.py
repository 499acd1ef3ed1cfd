"""`invoicekit compute FILE [--json]` goes without argparse, with argparse's meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoicekit.cli import build_parser, main
from invoicekit.cli.compute_cmd import plain_call

EXAMPLE = str(Path(__file__).parent.parent / "examples" / "de-invoice.toml")


@pytest.mark.parametrize("argv", [[EXAMPLE], [EXAMPLE, "--json"], ["--json", EXAMPLE], ["no such file.toml"]])
def test_the_plain_calls_are_taken(argv: list[str]) -> None:
    assert plain_call(argv) is not None


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--json"],
        [EXAMPLE, "--explain"],
        [EXAMPLE, "--json", "--json"],
        [EXAMPLE, "--js"],  # argparse's abbreviation of --json
        [EXAMPLE, "--json=1"],
        [EXAMPLE, EXAMPLE],
        ["-"],
        ["-x.toml"],
        [EXAMPLE, "--locale", "de"],
        [EXAMPLE, "--taxdata", "layer"],
        ["--help"],
    ],
)
def test_everything_else_goes_to_argparse(argv: list[str]) -> None:
    assert plain_call(argv) is None


@pytest.mark.parametrize("argv", [[EXAMPLE], [EXAMPLE, "--json"], ["--json", EXAMPLE]])
def test_the_plain_call_prints_what_argparse_gives(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser("compute").parse_args(["compute", *argv])
    assert (args.file, args.explain, args.locale, args.taxdata) == (EXAMPLE, False, None, [])
    assert args.run(args) == 0
    parsed = capsys.readouterr()
    assert main(["compute", *argv]) == 0
    assert capsys.readouterr() == parsed
    assert ('"payable": "31.77"' in parsed.out) is ("--json" in argv)
    assert ("Payable  31.77" in parsed.out) is ("--json" not in argv)


def test_a_missing_file_is_the_same_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", "no/such/file.toml"]) == 2
    plain = capsys.readouterr().err
    assert main(["compute", "no/such/file.toml", "--explain"]) == 2  # through argparse
    assert capsys.readouterr().err == plain
    assert plain.startswith("error: no/such/file.toml: ")
