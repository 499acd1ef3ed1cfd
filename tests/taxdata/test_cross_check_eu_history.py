"""Cross-check of the EU standard rates over time against an independent dataset
(duty27-eu-vat, a test-only dependency: the standard rate of each member state on every
day since 2016-01-01, CC BY 4.0, "Rate data: Duty27").

Compared on every day either dataset changes a rate, and the day before, from 2016-01-01
to the other dataset's DATA_AS_OF. A day our data does not model (RateNotModelled, the
member states whose history starts in 2019) is not compared; those are listed. Anything
else that differs fails."""

import datetime as dt
from decimal import Decimal

import duty27_eu_vat as independent
import pytest

from invoicekit import RateNotModelled, default_table

EU_27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
FIRST = independent.DATA_FIRST_DATE
LAST = independent.DATA_AS_OF
DAY = dt.timedelta(days=1)

# Member states whose data starts on 2019-01-01: 2016-2018 is not compared (yet). HU, LT and LV
# were the last; every member state now answers from 2015, so every day is compared.
NOT_MODELLED_BEFORE_2019: set[str] = set()


def _days(code: str) -> list[dt.date]:
    """The days either dataset starts a period, and the day before each, within range."""
    theirs = [w.effective_from for w in independent.get_rate_history("EL" if code == "GR" else code)]
    series = default_table().series(code, "VAT", "standard")
    assert series is not None
    ours = [p.start for p in series.periods] + [p.end + DAY for p in series.periods if p.end]
    days = {FIRST, LAST}
    for start in theirs + ours:
        days |= {start, start - DAY}
    return sorted(day for day in days if FIRST <= day <= LAST)


def _ours(code: str, day: dt.date) -> Decimal | None:
    try:
        return default_table().resolve(code, day, "standard").components[0].rate
    except RateNotModelled:
        return None


@pytest.mark.parametrize("code", EU_27)
def test_standard_rates_over_time_agree(code: str) -> None:
    skipped = []
    for day in _days(code):
        ours = _ours(code, day)
        if ours is None:
            skipped.append(day)
            continue
        theirs = independent.get_standard_rate("EL" if code == "GR" else code, day)
        assert ours == theirs, f"{code} on {day}: ours {ours}, theirs {theirs}"
    if code in NOT_MODELLED_BEFORE_2019:
        assert skipped and max(skipped) < dt.date(2019, 1, 1), code
    else:
        assert skipped == [], f"{code}: not modelled on {skipped}"
