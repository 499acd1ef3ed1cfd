"""The EU category mappings checked or corrected in the seventh audit round (ES and its
territories, AT, BE, NL, FI, SE, LU, IE, GR, FR-20R, MT, DE, PT, DK, IT, FR), each pinned on both
sides of its dates.

Expected rates are read from the sources, not from the data files:
- Luxembourg: the règlement grand-ducal du 26 avril 2019 (Mémorial A n° 278 of 2019), art. 1
  (the super-reduced rate, 3 %, for the publications of art. 2, point 5, "fournies sur un support
  physique ou par voie électronique", video and audible music excluded) and art. 4 (in force
  "le 1er mai 2019"); before that day electronic publications took the standard rate (17 %).
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2019-01-01", "17"), ("2019-04-30", "17"), ("2019-05-01", "3"), ("2026-07-01", "3")],
)
def test_luxembourg_ebooks_take_3_percent_from_may_2019(day: str, expected: str) -> None:
    assert rate("LU", day, "ebooks") == Decimal(expected)


def test_luxembourg_ebooks_period_is_checked_against_the_regulation_of_april_2019() -> None:
    period = mapping_period("LU", "2019-05-01", "ebooks")
    assert period.start.isoformat() == "2019-05-01"
    assert period.checked is not None
    assert "a278" in period.source
    assert "1er mai 2019" in period.source


def test_luxembourg_electronic_newspapers_condition_gives_the_may_2019_start() -> None:
    assert "only from 2019-05-01" in reason("LU", "2019-05-01", "newspapers")
