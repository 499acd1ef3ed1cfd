"""The ``invoicekit taxid`` subcommand (taxid_main)."""

from __future__ import annotations

import json

import pytest

from invoicekit.taxid.cli import HMRC_TOKEN_ENV, taxid_main

from .fakes import FakeRegister


def test_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["fr 40 303 265 045"]) == 0
    assert capsys.readouterr().out == "FR40303265045: valid (eu.vat, FR)\n"


def test_invalid(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["FR4030326504"]) == 3
    assert "wrong length: 10 digits, expected 11" in capsys.readouterr().out


def test_country_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["27AAPFU0939F1ZV", "--country", "IN"]) == 0
    assert capsys.readouterr().out == "27AAPFU0939F1ZV: valid (in.gstin, IN, region IN-MH)\n"


def test_scheme_option_checks_a_further_registration(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["1227494057 TQ 0001", "--scheme", "ca.qst"]) == 0
    assert capsys.readouterr().out == "1227494057TQ0001: valid (ca.qst, CA)\n"
    assert taxid_main(["1227494058TQ0001", "--scheme", "CA.QST"]) == 3
    assert capsys.readouterr().out == "1227494058TQ0001: invalid: checksum does not match (ca.qst, CA)\n"
    # for its country, a QST number is no VAT ID (the GST/HST number is)
    assert taxid_main(["1227494057TQ0001", "--country", "CA"]) == 3
    assert taxid_main(["1227494057TQ0001", "--scheme", "qc.tvq"]) == 3
    assert "unknown scheme 'qc.tvq'" in capsys.readouterr().out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["XI980780684", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["offline"] == {
        "valid": True,
        "normalized": "XI980780684",
        "country": "GB",
        "scheme": "xi.vat",
        "reason": None,
        "region": "GB-NIR",
    }
    assert document["online"] is None


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["DE136695976", "--bogus"],
        ["DE136695976", "--timeout", "x"],
        ["X", "--retries", "99"],
        ["1227494057TQ0001", "--country", "CA", "--scheme", "ca.qst"],  # one or the other
    ],
)
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(argv) == 2
    assert capsys.readouterr().err


@pytest.mark.parametrize("timeout", ["inf", "-inf", "nan", "0", "-1"])
def test_unbounded_timeout_is_a_usage_error(
    timeout: str, register: FakeRegister, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["DE136695976", "--online", f"--timeout={timeout}", "--vies-url", register.url("valid")]
    assert taxid_main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("invoicekit taxid: --timeout must be a finite")
    assert register.requests == []


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["--help"]) == 0
    assert "exit status" in capsys.readouterr().out


def test_online_valid(register: FakeRegister, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["DE136695976", "--online", "--requester", "ATU13585627", "--vies-url", register.url("valid")]
    assert taxid_main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("online (vies): valid: name ACME GMBH; address MUSTERSTRASSE 1, 10115 BERLIN")
    assert "consultation WAPIAAAAY1234567" in out[1]


def test_online_invalid(register: FakeRegister) -> None:
    assert taxid_main(["DE136695976", "--online", "--vies-url", register.url("invalid")]) == 3


def test_online_unavailable_json(register: FakeRegister, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["DE136695976", "--online", "--json", "--retries", "0", "--vies-url", register.url("ms-unavailable")]
    assert taxid_main(argv) == 4
    online = json.loads(capsys.readouterr().out)["online"]
    assert (online["state"], online["attempts"]) == ("unavailable", 1)
    assert "MS_UNAVAILABLE" in online["detail"]


def test_online_offline_invalid_is_not_sent(register: FakeRegister) -> None:
    assert taxid_main(["DE136695978", "--online", "--vies-url", register.url("valid")]) == 3
    assert register.requests == []


def test_online_gb_uses_hmrc(register: FakeRegister, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HMRC_TOKEN_ENV, "t0ken")
    assert taxid_main(["GB980780684", "--online", "--hmrc-url", register.url("hmrc-valid")]) == 0
    assert register.requests[0].headers["Authorization"] == "Bearer t0ken"


def test_online_gb_without_token(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(HMRC_TOKEN_ENV, raising=False)
    assert taxid_main(["GB980780684", "--online"]) == 4
    assert "bearer token" in capsys.readouterr().out


def test_online_without_register(capsys: pytest.CaptureFixture[str]) -> None:
    assert taxid_main(["83914571673", "--country", "AU", "--online"]) == 4
    assert "no online register" in capsys.readouterr().out


def test_online_bad_requester(register: FakeRegister, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["DE136695976", "--online", "--requester", "GB980780684", "--vies-url", register.url("valid")]
    assert taxid_main(argv) == 2
    assert "VIES country code" in capsys.readouterr().err
