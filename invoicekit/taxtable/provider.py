"""The one interface through which rates reach the engine: :class:`RateProvider`.

The shipped :class:`~invoicekit.taxtable.table.TaxTable` implements it; a shop can plug
in its own (for example US local sales-tax rates from a service) and layer it over the
shipped data with :class:`LayeredRateProvider`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Protocol, runtime_checkable

from attrs import frozen

from ..errors import RateNotFound
from ..model import Rounding
from ..reprs import fields_repr


@frozen
class Component:
    """One tax applying to a sale: ``tax`` code (``"VAT"``, ``"QST"``), ``rate`` in percent,
    EN 16931 ``category`` code (``"S"``, ``"Z"``, ``"E"`` ...), the ``rate_class`` it came
    from and the ``source`` of the rate."""

    __repr__ = fields_repr

    tax: str
    rate: Decimal
    category: str = "S"
    rate_class: str = "standard"
    source: str | None = None


@frozen
class Resolution:
    """The answer of a provider: the components in print order and why; ``condition`` is a
    condition of the rule the data cannot check (a price threshold), for the line's reason."""

    __repr__ = fields_repr

    jurisdiction: str
    components: tuple[Component, ...]
    category: str
    explanation: str
    condition: str | None = None


@runtime_checkable
class RateProvider(Protocol):
    """Answers which taxes apply to a domestic sale of ``category`` in ``jurisdiction`` on ``on``."""

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        """Raise :class:`~invoicekit.errors.RateNotFound` when it has no answer."""
        ...

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        """The jurisdiction's usual rounding practice, or None to use half_up per document."""
        ...


class LayeredRateProvider:
    """Asks each provider in turn; the first that does not raise ``RateNotFound`` answers.

    >>> from invoicekit import default_table
    >>> layered = LayeredRateProvider(default_table())
    >>> [str(c.rate) for c in layered.resolve("DE", dt.date(2024, 1, 1), "standard").components]
    ['19']
    """

    def __init__(self, *providers: RateProvider) -> None:
        if not providers:
            raise ValueError("LayeredRateProvider needs at least one provider")
        self.providers = providers

    def resolve(self, jurisdiction: str, on: dt.date, category: str) -> Resolution:
        last: RateNotFound | None = None
        for provider in self.providers:
            try:
                return provider.resolve(jurisdiction, on, category)
            except RateNotFound as exc:
                last = exc
        assert last is not None
        raise last

    def default_rounding(self, jurisdiction: str) -> Rounding | None:
        for provider in self.providers:
            rounding = provider.default_rounding(jurisdiction)
            if rounding is not None:
                return rounding
        return None
