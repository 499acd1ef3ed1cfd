"""check_hmrc against a local stand-in for HMRC's "Check a UK VAT number" API."""

from __future__ import annotations

import datetime as dt

import pytest

from invoicekit.taxid import check_hmrc

from .fakes import FakeRegister

TOKEN = "test-token"


def test_valid(register: FakeRegister, waits: list[float]) -> None:
    result = check_hmrc(
        "GB 980 7806 84", bearer_token=TOKEN, base_url=register.url("hmrc-valid"), sleep=waits.append
    )
    assert (result.state, result.service, result.vat_id) == ("valid", "hmrc", "GB980780684")
    assert result.name == "BRITISH WIDGETS LIMITED"
    assert result.address == "1 HIGH STREET\nLONDON\nE1 8EE\nGB"
    assert result.checked_at == dt.datetime(2025, 1, 29, 12, tzinfo=dt.UTC)
    assert result.consultation_number is None
    [request] = register.requests
    assert request.method == "GET"
    assert request.path == "/hmrc-valid/organisations/vat/check-vat-number/lookup/980780684"
    assert request.headers["Accept"] == "application/vnd.hmrc.2.0+json"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_requester_gives_consultation_number(register: FakeRegister) -> None:
    result = check_hmrc(
        "980780684", requester="GB980780684", bearer_token=TOKEN, base_url=register.url("hmrc-valid")
    )
    assert result.consultation_number == "AAA-BBB-CCC"
    assert register.requests[0].path.endswith("/lookup/980780684/980780684")


def test_not_found_is_invalid(register: FakeRegister) -> None:
    result = check_hmrc("GB980780684", bearer_token=TOKEN, base_url=register.url("hmrc-not-found"))
    assert (result.state, result.attempts) == ("invalid", 1)


@pytest.mark.parametrize(
    ("scenario", "attempts"),
    [("hmrc-404-html", 1), ("hmrc-requester-not-found", 1), ("hmrc-401", 1), ("hmrc-500", 3), ("garbage", 3)],
)
def test_other_answers_are_unavailable(
    register: FakeRegister, waits: list[float], scenario: str, attempts: int
) -> None:
    result = check_hmrc(
        "GB980780684", bearer_token=TOKEN, base_url=register.url(scenario), retries=2, sleep=waits.append
    )
    assert result.state == "unavailable" and result.detail
    assert result.attempts == attempts == len(register.requests)


def test_without_token_nothing_is_sent(register: FakeRegister) -> None:
    result = check_hmrc("GB980780684", base_url=register.url("hmrc-valid"))
    assert (result.state, result.attempts) == ("unavailable", 0)
    assert register.requests == []


def test_offline_invalid_is_not_sent(register: FakeRegister) -> None:
    result = check_hmrc("GB802311781", bearer_token=TOKEN, base_url=register.url("hmrc-valid"))
    assert (result.state, result.attempts) == ("invalid", 0)
    assert register.requests == []


@pytest.mark.parametrize(
    ("vat_id", "kwargs"),
    [("GBGD001", {}), ("GB980780684", {"requester": "GB802311781"}), ("GB980780684", {"timeout": -1})],
)
def test_usage_errors(vat_id: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        check_hmrc(vat_id, bearer_token=TOKEN, **kwargs)  # type: ignore[arg-type]
