"""The Québec QST registration number (invoicekit.taxid.ca_qst): ten digits, TQ, four
digits; the tenth digit a check digit (weights 4 3 2 7 6 5 4 3 2, modulo 11)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoicekit.taxid import validate_in_scheme, validate_tax_id
from invoicekit.taxid.ca_qst import calc_check_digit, is_valid


@pytest.mark.parametrize(
    ("first_nine", "check"),
    [
        # 1x4 + 2x3 + 2x2 + 7x7 + 4x6 + 9x5 + 4x4 + 0x3 + 5x2 = 158; 158 mod 11 = 4; 11 - 4 = 7
        ("122749405", "7"),
        # 4 + 6 + 4 + 28 + 0 + 0 + 8 + 27 + 0 = 77; 77 mod 11 = 0; (11 - 0) mod 10 = 1
        ("122400290", "1"),
        # 4 + 6 + 2 + 28 + 18 + 10 + 24 + 12 + 4 = 108; 108 mod 11 = 9; 11 - 9 = 2
        ("121432642", "2"),
        # the last digit alone: 1 x 2 = 2; 11 - 2 = 9
        ("000000001", "9"),
        # 1 x 4 + 1 x 7 = 11; 11 mod 11 = 0; (11 - 0) mod 10 = 1
        ("100100000", "1"),
        # 3 x 4 + 1 x 3 = 15; 15 mod 11 = 4; 11 - 4 = 7
        ("310000000", "7"),
        # 1 x 3 + 1 x 7 = 10; 11 - 10 = 1
        ("010100000", "1"),
        # 1 x 6 + 1 x 5 = 11; 0; 1
        ("000011000", "1"),
        # 6 x 2 = 12; 12 mod 11 = 1; (11 - 1) mod 10 = 0
        ("000000006", "0"),
    ],
)
def test_check_digit_by_hand(first_nine: str, check: str) -> None:
    assert calc_check_digit(first_nine) == check


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("1227494058TQ0001", "checksum does not match"),
        ("1227494057TX0001", "invalid component: the letters must be TQ and the file number not 0000"),
        ("1227494057TQ0000", "invalid component: the letters must be TQ and the file number not 0000"),
        ("1227494057TQ001", "wrong length: 15 characters, expected 16"),
        ("1227494057", "wrong length: 10 digits, expected 16"),
        ("12274940A7TQ0001", "invalid format: expected 10 digits + TQ + 4 digits (e.g. 1227494057TQ0001)"),
        ("NR00012345", "wrong length: 10 characters, expected 16"),
    ],
)
def test_bad_numbers_say_why(number: str, reason: str) -> None:
    result = validate_in_scheme(number, "ca.qst")
    assert (result.valid, result.reason, result.scheme) == (False, reason, "ca.qst")


def test_written_with_spaces_dashes_and_lower_case() -> None:
    for written in ("1227494057 TQ 0001", "1227494057-tq-0001", "1227 494 057 TQ0001"):
        result = validate_in_scheme(written, "ca.qst")
        assert (result.valid, result.normalized, result.country) == (True, "1227494057TQ0001", "CA")


def test_a_qst_number_is_no_vat_id() -> None:
    """Never tried for a VAT ID: a Canadian VAT ID is the GST/HST number."""
    result = validate_tax_id("1227494057TQ0001", "CA")
    assert not result.valid and result.scheme != "ca.qst"
    assert validate_tax_id("123456782RT0001", "CA").scheme == "ca.bn"


@given(
    digits=st.from_regex(r"[0-9]{9}", fullmatch=True),
    file_number=st.integers(min_value=1, max_value=9999),
    wrong=st.integers(min_value=1, max_value=9),
)
def test_exactly_one_check_digit_is_valid(digits: str, file_number: int, wrong: int) -> None:
    check = calc_check_digit(digits)
    suffix = f"TQ{file_number:04d}"
    assert is_valid(f"{digits}{check}{suffix}")
    other = str((int(check) + wrong) % 10)
    assert not is_valid(f"{digits}{other}{suffix}")


@given(st.text(max_size=24))
def test_any_text_gets_an_answer(value: str) -> None:
    result = validate_in_scheme(value, "ca.qst")
    assert result.valid == (result.reason is None)
