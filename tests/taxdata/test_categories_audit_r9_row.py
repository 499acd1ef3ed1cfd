"""The category periods of the Asia-Pacific, African, Gulf and American files checked or
annotated in the ninth audit round, each pinned on both sides of its start.

Expected rates are read from the sources, not from the data files:
- Japan: e-Gov's consolidated 消費税法 (in force 2025-06-01, mirrored in yno9/legalize-jp) carries
  the supplementary provisions of the amending acts. Those of 所得税法等の一部を改正する法律
  (平成28年法律第15号), 附則第34条第1項, tax the 元年軽減対象資産の譲渡等 made from 令和元年10月1日
  to the day before 令和5年10月1日 at 6.24 %: food and drink under the Food Labelling Act other than
  alcoholic drinks, meals served where tables or counters are provided and catering, and
  newspapers issued at least twice a week under a subscription; its 第2項 reads 第38条第1項 as
  百分の十, 百分の八 for those supplies: 8 % with the local tax, against 10 % for the rest. From
  令和5年10月1日 the Act's 第5条 (附則第1条第9号 イ) puts the same items into 消費税法 別表第一. Before
  2019-10-01 the Law had one rate: the supplementary provisions of 平成24年法律第68号 give
  第38条第1項 its 百分の八 from 平成26年4月1日 and 百分の十 from 令和元年10月1日 (its 第三条).
- Thailand: public code projects quote the Revenue Department's list of new laws for Royal Decree
  No. 807 B.E. 2569 (2026-08-24), keeping 7 % to 2027-09-30 (secondary; nothing beyond that day).
"""

from decimal import Decimal

import pytest
from taxdata_audit import d, mapping_period, rate, reason

from invoicekit import default_table

# (code, day, category, rate) on both sides of each start checked in this round; the rates are the
# sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("JP", "2019-09-30", "standard", "8"),
    ("JP", "2019-10-01", "standard", "10"),
    ("JP", "2019-09-30", "food", "8"),
    ("JP", "2019-10-01", "food", "8"),
    ("JP", "2023-09-30", "food", "8"),
    ("JP", "2023-10-01", "food", "8"),
    ("JP", "2019-09-30", "basic_food", "8"),
    ("JP", "2019-10-01", "basic_food", "8"),
    ("JP", "2023-10-01", "basic_food", "8"),
    ("JP", "2019-09-30", "newspapers", "8"),
    ("JP", "2019-10-01", "newspapers", "8"),
    ("JP", "2023-10-01", "newspapers", "8"),
    ("TH", "2026-09-30", "standard", "7"),
    ("TH", "2026-10-01", "standard", "7"),
    ("TH", "2027-09-30", "standard", "7"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


# (code, day, category, words the source must name) for the periods marked checked this round.
CHECKED: list[tuple[str, str, str, str]] = [
    ("JP", "2019-10-01", "food", "附則第34条"),
    ("JP", "2019-10-01", "basic_food", "附則第34条"),
    ("JP", "2019-10-01", "newspapers", "附則第34条"),
]


@pytest.mark.parametrize(("code", "day", "category", "act"), CHECKED)
def test_period_read_in_an_official_text_is_checked(code: str, day: str, category: str, act: str) -> None:
    period = mapping_period(code, day, category)
    assert period.checked is not None
    assert act in period.source
    assert "平成28年法律第15号" in period.source


@pytest.mark.parametrize("category", ["food", "basic_food", "newspapers"])
def test_japanese_reduced_rate_starts_on_the_acts_day(category: str) -> None:
    """The day before, the category falls back to the single standard rate (no mapping)."""
    assert mapping_period("JP", "2019-10-01", category).start.isoformat() == "2019-10-01"
    assert rate("JP", "2019-10-01", category) < rate("JP", "2019-10-01", "standard")


def test_japanese_newspapers_need_a_subscription_and_two_issues_a_week() -> None:
    limit = mapping_period("JP", "2019-10-01", "newspapers").limit or ""
    assert "twice a week" in limit
    assert "subscription" in limit


@pytest.mark.parametrize(("category", "day"), [("food", "2020-06-30"), ("basic_food", "2024-06-30")])
def test_japanese_food_limit_names_alcohol_eating_in_and_catering(category: str, day: str) -> None:
    """附則第34条第1項第1号 leaves out 酒類, meals served at tables or counters (イ) and catering (ロ)."""
    text = reason("JP", day, category)
    assert "酒類" in text
    assert "catering" in text
    assert "take-away" in text


def test_japanese_newspapers_limit_names_general_news_under_a_fixed_title() -> None:
    assert "fixed title" in (mapping_period("JP", "2024-06-30", "newspapers").limit or "")


def test_japanese_insured_dispensing_rests_on_the_health_insurance_act() -> None:
    """健康保険法 第63条第1項第2号 and 第3項 make a pharmacy's supply of drugs on the insurance 療養の給付."""
    period = mapping_period("JP", "2024-06-30", "medicines_prescription")
    assert "健康保険法 第63条" in period.source
    assert not period.secondary
    assert period.checked is None
    assert rate("JP", "2024-06-30", "medicines_prescription") == Decimal("0")


def test_thai_2026_renewal_names_the_decree_and_stays_secondary() -> None:
    series = default_table().series("TH", "VAT", "standard")
    assert series is not None
    period = series.at(d("2027-09-30"))
    assert period is not None
    assert period.start == d("2026-10-01")
    assert "No. 807" in period.source
    assert period.secondary
