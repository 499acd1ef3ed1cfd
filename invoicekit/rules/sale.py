"""The facts a place-of-supply decision reads: who sells to whom, what, and when."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from attrs import frozen

from ..countries import country_name as iso_country_name
from ..errors import RateNotFound
from ..model import Invoice, Party
from ..reprs import fields_repr
from ..taxtable.provider import Component, RateProvider
from ..taxtable.table import TaxTable
from .treatment import Treatment

if TYPE_CHECKING:  # defined on first use
    from .notes import LegalNote

_ZERO = Decimal(0)


class RuleProblem(RateNotFound):
    """A decision needs a field the document does not give (``where`` names it)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message

    def __reduce__(self) -> tuple[type[RuleProblem], tuple[str, str]]:
        return (type(self), (self.where, self.message))  # picklable for worker processes


@cache
def country_name(code: str) -> str:
    return iso_country_name(code.split("-", 1)[0]) or code


@frozen
class Sale:
    """One line's sale: the parties, the kind of supply, the category and the tax point."""

    __repr__ = fields_repr

    invoice: Invoice
    supply: str
    category: str
    on: dt.date
    facts: TaxTable
    provider: RateProvider

    @property
    def seller(self) -> Party:
        return self.invoice.seller

    @property
    def buyer(self) -> Party:
        return self.invoice.buyer

    def code(self, party: Party) -> str:
        """The party's jurisdiction: its subdivision where the data has one, else its country."""
        sub = party.address.subdivision
        return sub if sub and self.facts.has(sub) else party.country

    def in_eu(self, party: Party) -> bool:
        return self.facts.in_vat_area(self.code(party), self.on, "EU", self.supply)

    def same_territory(self) -> bool:
        """A domestic sale: the same VAT territory (data: ``territory_of``; Liechtenstein is
        Switzerland's, the Canary Islands are their own, Northern Ireland is the UK's)."""
        return self.facts.territory(self.code(self.seller)) == self.facts.territory(self.code(self.buyer))

    def taxed(
        self, jurisdiction: str, reason: str, path: list[str], notes: tuple[LegalNote, ...] = ()
    ) -> Treatment:
        """The rates of ``jurisdiction`` for this line's category."""
        resolution = self.provider.resolve(jurisdiction, self.on, self.category)
        path = [*path, f"{resolution.explanation}."]
        if resolution.condition:  # a rule the data cannot check: the line itself says so
            unchecked = "(not checked by invoicekit)"
            reason = f"{reason} {self.category}: only where {resolution.condition} {unchecked}."
        return Treatment(resolution.jurisdiction, resolution.components, reason, False, notes, tuple(path))

    def untaxed(
        self,
        jurisdiction: str,
        category: str,
        reason: str,
        path: list[str],
        notes: tuple[LegalNote, ...] = (),
        *,
        home: str | None = None,
        reverse_charge: bool = False,
    ) -> Treatment:
        """No tax charged: one 0 % component per tax of ``home`` with an EN 16931 category
        (K, AE, G, O)."""
        taxes = self.facts.taxes(home or jurisdiction) if self.facts.has(home or jurisdiction) else ()
        components = tuple(Component(tax, _ZERO, category, "zero") for tax in taxes or ("VAT",))
        return Treatment(jurisdiction, components, reason, reverse_charge, notes, tuple(path))
