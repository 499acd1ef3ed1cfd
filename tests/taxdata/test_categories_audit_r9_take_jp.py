"""Take-away food in Japan (ninth audit round), pinned on both sides of the reduced rate's start.

Expected rates are read from the source, not from the data file: 所得税法等の一部を改正する法律
(平成28年法律第15号), 附則第34条第1項第1号 イ (e-Gov's consolidated 消費税法 with the amending acts'
附則, mirrored in yno9/legalize-jp) excludes from the reduced rate the 食事の提供 at tables, chairs or
counters, but not food the seller packs for take-away, which stays a 飲食料品の譲渡 at 6.24 % (8 % with
the local tax) from 令和元年10月1日; before that day Japan had one rate, 8 %; the standard rate is 10 %
from that day.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate

PINNED: list[tuple[str, str, str]] = [
    ("2019-09-30", "prepared_food", "8"),
    ("2019-10-01", "prepared_food", "8"),
    ("2023-09-30", "prepared_food", "8"),
    ("2023-10-01", "prepared_food", "8"),
    ("2019-10-01", "restaurant_food", "10"),
]


@pytest.mark.parametrize(("day", "category", "expected"), PINNED)
def test_japanese_take_away_food_takes_the_sources_rate(day: str, category: str, expected: str) -> None:
    assert rate("JP", day, category) == Decimal(expected)


def test_take_away_food_is_below_eating_in_from_2019_10_01() -> None:
    assert rate("JP", "2019-10-01", "prepared_food") < rate("JP", "2019-10-01", "restaurant_food")
    period = mapping_period("JP", "2019-10-01", "prepared_food")
    assert period.start.isoformat() == "2019-10-01"
    assert "附則第34条第1項第1号" in period.source
    assert "restaurant_food" in (period.limit or "")
