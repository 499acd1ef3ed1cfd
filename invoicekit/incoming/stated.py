"""Rates as stated: recompute a third party's invoice with the tax it states, not ours.

A received invoice says, for each line and each document-level allowance or charge, its
VAT category code and rate (EN 16931 BT-151/152, BT-95/96, BT-102/103). Whether that
treatment is right is a separate question (``verify --rules``); the arithmetic check must
use it as given. A line read from an e-invoice carries a *stated category* such as
``"S 19%"`` or ``"AE 0%"``, and :class:`StatedRates` answers it with exactly that
component, without the place-of-supply rules (see :func:`invoicekit.rules.decide`).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Final

from ..einvoice.codes import VAT_CATEGORIES
from ..errors import RateNotFound
from ..model import Invoice, Rounding
from ..money import format_rate
from ..rules.treatment import Treatment
from ..taxtable.provider import Component, Resolution

_STATED: Final = re.compile(r"(?P<code>[A-Z]{1,2}) (?P<rate>\d+(\.\d+)?)%\Z")
#: EN 16931 computes each category's tax on its base, rounded half up to the currency unit.
EN16931_ROUNDING: Final = Rounding("half_up", "document")


def stated_category(code: str, rate: Decimal) -> str:
    """The line category that stands for VAT category ``code`` at ``rate`` as stated.

    >>> stated_category("S", Decimal("19.00")), stated_category("AE", Decimal(0))
    ('S 19%', 'AE 0%')
    """
    return f"{code} {format_rate(rate)}%"


def parse_stated(category: str) -> tuple[str, Decimal] | None:
    """``(code, rate)`` of a stated category, or None for an ordinary rate class."""
    match = _STATED.match(category)
    if match is None or match["code"] not in VAT_CATEGORIES:
        return None
    return match["code"], Decimal(match["rate"])


class StatedRates:
    """A RateProvider for invoices read with :func:`invoicekit.read_einvoice`: each stated
    category (``"S 19%"``) is VAT at that rate and category, on any date, anywhere; and
    the rules do not second-guess it (:meth:`stated_treatment`)."""

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        stated = parse_stated(category)
        if stated is None:
            raise RateNotFound(f'"{category}" is not a stated VAT category and rate (such as "S 19%")')
        code, rate = stated
        component = Component("VAT", rate, code, "stated", "stated on the invoice")
        return Resolution(
            jurisdiction, (component,), category, f"VAT {code} at {format_rate(rate)} % as stated"
        )

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        return EN16931_ROUNDING

    def stated_treatment(self, invoice: Invoice, category: str) -> Treatment:
        """The treatment the invoice states for ``category``, taken as given."""
        resolution = self.resolve(invoice.seller.country, invoice.tax_point, category)
        code = resolution.components[0].category
        name = VAT_CATEGORIES[code].name
        reason = f"VAT category {code} ({name}) at {category.split()[1]}, as the invoice states"
        return Treatment(
            jurisdiction=invoice.seller.country,
            components=resolution.components,
            reason=reason,
            reverse_charge=code == "AE",
            path=(f"Rates as stated: {resolution.explanation}; the place-of-supply rules are not applied.",),
        )
