"""Exact money arithmetic: currency minor units, explicit rounding, bounded Decimal contexts.

Nothing here uses the ambient decimal context: every operation goes through
:data:`EXACT` (which traps any inexact result) or rounds with an explicit mode.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from functools import cache
from typing import Final, Literal

from .currencies import currency as iso_currency

RoundingMode = Literal["half_up", "half_even", "down"]
RoundingLevel = Literal["document", "line"]

ROUNDING_MODES: Final[dict[str, str]] = {
    "half_up": decimal.ROUND_HALF_UP,  # .5 away from zero, as tax authorities mean "commercial rounding"
    "half_even": decimal.ROUND_HALF_EVEN,
    "down": decimal.ROUND_DOWN,  # truncation toward zero (Japanese practice when the issuer chooses it)
}
ROUNDING_LEVELS: Final[tuple[str, ...]] = ("document", "line")

# Products and sums of the loader's bounded inputs fit exactly in 100 digits;
# EXACT traps Inexact so a silent loss of digits is impossible. The engine runs inside
# decimal.localcontext(EXACT), so even plain + and sum() cannot use a caller's context.
EXACT: Final = decimal.Context(
    prec=100,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=999,
    Emin=-999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow, decimal.Inexact],
)
# For the one inexact step (a share of a tax-inclusive amount), 60 significant digits,
# then an explicit rounding to the currency unit.
DIVIDE: Final = decimal.Context(
    prec=100,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=999,
    Emin=-999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

@cache
def minor_units(currency: str) -> int:
    """The ISO 4217 minor units of ``currency``: 2 for EUR, 0 for JPY, 3 for BHD, from the
    shipped ISO 4217 table (:mod:`invoicekit.currencies`), never from CLDR's cash digits.

    >>> minor_units("EUR"), minor_units("JPY"), minor_units("BHD"), minor_units("HUF")
    (2, 0, 3, 2)
    """
    entry = iso_currency(currency)
    if entry is None:
        raise ValueError(f"unknown currency {currency!r} (not in ISO 4217 List One)")
    if entry.minor_units is None:
        raise ValueError(f"{currency} ({entry.name}) has no minor unit in ISO 4217: not an invoice currency")
    return entry.minor_units


@cache
def quantum(currency: str) -> Decimal:
    """The smallest amount of ``currency`` as a Decimal exponent: ``Decimal('0.01')`` for EUR."""
    return Decimal(1).scaleb(-minor_units(currency))


def round_to(amount: Decimal, unit: Decimal, mode: str) -> Decimal:
    """Round ``amount`` to a multiple of ``unit`` (a power of ten) with rounding ``mode``.

    >>> round_to(Decimal("1.425"), Decimal("0.01"), "half_up")
    Decimal('1.43')
    >>> round_to(Decimal("-1.425"), Decimal("0.01"), "half_up")
    Decimal('-1.43')
    >>> round_to(Decimal("1.425"), Decimal("0.01"), "half_even")
    Decimal('1.42')
    >>> round_to(Decimal("1.429"), Decimal("0.01"), "down")
    Decimal('1.42')
    """
    return amount.quantize(unit, rounding=ROUNDING_MODES[mode], context=DIVIDE)


def round_to_step(amount: Decimal, step: Decimal, unit: Decimal) -> Decimal:
    """Cash rounding: ``amount`` to the nearest multiple of ``step`` (half away from zero).

    >>> round_to_step(Decimal("10.02"), Decimal("0.05"), Decimal("0.01"))
    Decimal('10.00')
    >>> round_to_step(Decimal("10.03"), Decimal("0.05"), Decimal("0.01"))
    Decimal('10.05')
    >>> round_to_step(Decimal("10.025"), Decimal("0.05"), Decimal("0.001"))
    Decimal('10.050')
    """
    steps = DIVIDE.divide(amount, step).quantize(Decimal(1), rounding=decimal.ROUND_HALF_UP, context=DIVIDE)
    return EXACT.multiply(steps, step).quantize(unit, context=EXACT)


def percent_of(base: Decimal, rate: Decimal) -> Decimal:
    """``base * rate / 100``, exact (rates have few decimals)."""
    return EXACT.multiply(base, rate).scaleb(-2, context=EXACT)


def format_amount(amount: Decimal, currency: str) -> str:
    """An amount as a plain string with exactly the currency's minor units: ``'3.80'``."""
    value = amount.quantize(quantum(currency), context=EXACT)
    if not value:
        value = value.copy_abs()  # never print "-0.00"
    return f"{value:f}"


def format_rate(rate: Decimal) -> str:
    """A percent rate as a plain decimal without trailing zeros: ``'19'``, ``'5.5'``, ``'9.975'``."""
    text = f"{rate.normalize(context=EXACT):f}"
    return "0" if text in ("-0", "") else text
