"""The category periods of BG, RO, SI, CY, LI, IS, MK, TR, MD and BY corrected in the seventh audit
round's follow-up of the earlier helpers' leads, each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- Bulgaria: the lex.bg consolidated text of the VAT Act (ZDDS) as updated to 2026-07-31, in the
  Ahelia-Consulting-EOOD/legalize-bg mirror (an unofficial consolidation, so the periods stay
  unchecked): para. 15d(1)(2) of the transitional and final provisions gives restaurant and
  catering services the 9 % of art. 66a "until 31 December 2024 inclusive", beer, wine and spirits
  excepted; para. 15d(3) gives bread and flour the zero rate of art. 66b until the same day, in
  force from 2022-07-09 (three days after State Gazette No. 52 of 2022-07-05); art. 66a lists no
  other food, so bread outside that window takes the 20 % of art. 66(1).
"""

from decimal import Decimal

import pytest
from taxdata_audit import answer, mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start and end corrected in this round; the
# rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("BG", "2022-07-09", "restaurant_food", "9"),
    ("BG", "2024-12-31", "restaurant_food", "9"),
    ("BG", "2025-01-01", "restaurant_food", "20"),
    ("BG", "2024-12-31", "hospitality", "9"),
    ("BG", "2025-01-01", "hospitality", "20"),
    ("BG", "2022-07-08", "basic_food", "20"),
    ("BG", "2022-07-09", "basic_food", "0"),
    ("BG", "2024-12-31", "basic_food", "0"),
    ("BG", "2025-01-01", "basic_food", "20"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_bulgarian_bread_is_zero_rated_not_exempt() -> None:
    """The zero rate of art. 66b is an exemption with the right of deduction: category Z."""
    assert answer("BG", "2023-06-01", "basic_food") == [("VAT", Decimal("0"), "Z")]


def test_bulgarian_restaurant_limit_names_the_excluded_drinks() -> None:
    text = reason("BG", "2023-06-01", "restaurant_food")
    assert "beer, wine and spirits" in text
    assert "20 %" in text


def test_bulgarian_periods_cite_paragraph_15d_and_stay_unchecked() -> None:
    """The consolidation is unofficial (the mirror's README says so): secondary, no checked date."""
    for category in ("restaurant_food", "basic_food"):
        period = mapping_period("BG", "2023-06-01", category)
        assert "§ 15д" in period.source
        assert "unofficial" in period.source
        assert period.checked is None
