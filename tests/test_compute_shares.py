"""The shares of a group's tax in whole units (Python integers) against the plain Decimal
largest-remainder method they replaced, for random weights, totals and minor units."""

import decimal
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoicekit.compute import allocate
from invoicekit.money import EXACT

WIDE = decimal.Context(prec=200, traps=[decimal.InvalidOperation, decimal.DivisionByZero])


def reference(total: D, weights: list[D], unit: D) -> list[D]:
    """Largest remainder, written out in 200-digit Decimals: exact shares of ``total`` in
    proportion to ``weights``, floored to the unit, the units left over going to the largest
    fractions (the earlier item on a tie)."""
    whole = sum(weights, D(0))
    units = (total / unit).to_integral_value()
    exact = [WIDE.divide(WIDE.multiply(units, w), whole) for w in weights]
    floors = [e.to_integral_value(rounding=decimal.ROUND_FLOOR) for e in exact]
    left = int(units - sum(floors, D(0)))
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [f * unit for f in floors]


units = st.sampled_from([D(1), D("0.01"), D("0.001")])


@given(units, st.lists(st.integers(-(10**17), 10**17), min_size=1, max_size=40), st.integers(0, 10**17))
def test_shares_match_the_decimal_method(unit: D, counts: list[int], total_units: int) -> None:
    weights = [D(c) * unit for c in counts]
    total = D(total_units) * unit
    with decimal.localcontext(EXACT):
        shares = allocate(total, weights, unit)
    if sum(counts) == 0:
        assert sum(shares, D(0)) == total  # the zero-sum case: own shares, the largest absorbs
        return
    expected = reference(total, weights, unit)
    assert shares == expected
    # the same exponent (the minor unit) and the same digits, zeros without a sign
    assert [str(s) for s in shares] == [str(abs(e)) if e == 0 else str(e) for e in expected]
    assert sum(shares, D(0)) == total


def test_hand_checked_shares() -> None:
    # 0.10 over three equal lines: 3.33.. cents each, the left-over cent to the first
    assert allocate(D("0.10"), [D(1), D(1), D(1)], D("0.01")) == [D("0.04"), D("0.03"), D("0.03")]
    # 1.00 over 1.00 and 2.00: 33.33 and 66.66 cents, the cent to the larger fraction (the second)
    assert allocate(D("1.00"), [D("1.00"), D("2.00")], D("0.01")) == [D("0.33"), D("0.67")]
    # a return line in the group: 0.19 x (10.00 - 5.00) = 0.95 over +10.00 and -5.00
    assert allocate(D("0.95"), [D("10.00"), D("-5.00")], D("0.01")) == [D("1.90"), D("-0.95")]
    # yen: no minor unit
    assert allocate(D(7), [D(1), D(1)], D(1)) == [D(4), D(3)]


def test_a_weight_or_total_off_the_unit_is_refused_not_truncated() -> None:
    # allocate works in whole units; 1.005 is not a whole number of cents, and truncating it
    # to 100 would silently shift the shares.
    with pytest.raises(decimal.Inexact):
        allocate(D("0.10"), [D("1.005"), D(1)], D("0.01"))
    with pytest.raises(decimal.Inexact):
        allocate(D("0.105"), [D(1), D(1)], D("0.01"))
