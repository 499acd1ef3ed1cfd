"""Which jurisdiction's tax applies to a line, and why: the dispatcher over the regimes.

The regime is data: the seller's membership of the EU VAT area (``vat_area``, per kind of
supply, so Northern Ireland is EU for goods only), a file without taxes, or the country
file's ``regime`` (``canada``, ``india``, ``us``; ``national`` by default). Each regime
module registers itself in :mod:`invoicekit.regimes`, decides with the rules of its law and
records every step in ``Treatment.path``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import attrgetter
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary, ref

from attrs import fields, frozen

from .. import regimes
from ..first_use import ModuleOnFirstUse
from ..model import Address, Invoice, Party
from ..regimes import Regime
from ..reprs import fields_repr
from ..taxtable.provider import Component, RateProvider
from ..taxtable.table import TaxTable as _TaxTable  # loaded with .provider's package anyway

if TYPE_CHECKING:  # for the annotations only: _facts imports the table when first needed
    from ..taxtable import TaxTable
    from . import legal_note
    from .sale import Sale
else:  # the annotations name LegalNote through it (defined on first use)
    legal_note = ModuleOnFirstUse("invoicekit.rules.legal_note", globals(), "legal_note")


@frozen
class Treatment:
    """The decision for one line: where it is taxed, the tax components, a one-sentence reason,
    whether the buyer self-accounts, the legal notes the invoice must carry, and the steps
    of the decision (for ``invoicekit.explain``)."""

    __repr__ = fields_repr

    jurisdiction: str
    components: tuple[Component, ...]
    reason: str
    reverse_charge: bool = False
    notes: tuple[legal_note.LegalNote, ...] = ()
    path: tuple[str, ...] = ()


def _facts(provider: RateProvider) -> TaxTable:
    """The jurisdiction facts (VAT areas, regimes): the provider's own table if it is one,
    else the shipped data."""
    from ..taxtable import TaxTable, default_table

    if isinstance(provider, TaxTable):
        return provider
    for inner in getattr(provider, "providers", ()):
        if isinstance(inner, TaxTable):
            return inner
    return default_table()


def _require_seller_data(sale: Sale, provider: RateProvider) -> None:
    """Every rule starts from the seller's law (is this an export? a domestic sale?), so a
    seller whose country has no data gets no decision at all: before, a Brazilian seller's
    goods to Germany came out as a zero-rated export with a German legal note, while the same
    seller's domestic sale failed. A caller who brings rates (any provider that is not
    only the shipped table) decides for itself; national rules then ask that provider."""
    from ..taxtable import TaxTable
    from .sale import RuleProblem, country_name

    country = sale.seller.country
    if isinstance(provider, TaxTable) and not sale.facts.has(country):
        raise RuleProblem(
            "seller.address.country",
            f'no tax data for "{country}" ({country_name(country)}): invoicekit decides no sale by a seller'
            " from there; pass a RateProvider that has its rates",
        )
    reason = sale.facts.unmodelled(country) if sale.facts.has(country) else None
    if isinstance(provider, TaxTable) and reason is not None:
        raise RuleProblem(
            "seller.address.country",
            f'the taxes of "{country}" ({country_name(country)}) are not modelled: {reason}'
            " Pass a RateProvider that has its rates.",
        )


#: Decisions by tax table, then by the parties and tax point, then by kind of supply and
#: category: the same parties, tax point, category and supply give the same treatment, so a
#: month of invoices to the same kinds of buyer decides each once. The parties are hashed
#: and compared once per invoice (:func:`remembered`), not once per category, by their
#: fields (:func:`_party_fields`).
Decisions = dict[str, dict[str, Treatment]]
_DECIDED: WeakKeyDictionary[TaxTable, dict[Hashable, Decisions]] = WeakKeyDictionary()
_DECIDED_MAX = 16384  # parties and tax points per table (each with a few supplies and categories)
_decided_generation = -1  # the registry's generation the remembered decisions were made in


def _fields_of(cls: type[Any], but: str = "") -> Callable[[Any], tuple[object, ...]]:
    """The class and every field (``but`` one) of an attrs object, read in C."""
    names = [a.name for a in fields(cls) if a.name != but]
    getter: Callable[[Any], tuple[object, ...]] = attrgetter("__class__", *names)
    return getter


#: A party's key in the memory: its class and fields, with its address's class and fields
#: in place of the address, equal exactly when the parties are (attrs' ``__eq__`` compares
#: the class, then the fields in order). Each invoice loads parties of its own, so hashing
#: and comparing the Party and Address objects ran their attrs ``__hash__`` and ``__eq__``
#: (Python functions) for every invoice; these tuples are built and hashed in C. Read from
#: the classes' fields, so that a field added later is part of the key too.
_party_fields = _fields_of(Party, but="address")  # an Address would hash by attrs' __hash__
_address_fields = _fields_of(Address)


def _party_key(party: Party) -> tuple[object, ...]:
    """The memory's key for ``party`` (see :data:`_party_fields`)."""
    return (_party_fields(party), _address_fields(party.address))


def decide(provider: RateProvider, invoice: Invoice, category: str, supply: str) -> Treatment:
    """The treatment of a line of ``category`` and kind of ``supply`` on the invoice's tax point.

    A provider with ``stated_treatment`` (rates as stated, for a received invoice) answers
    for itself: the rules do not override what a third party's invoice states. With a
    ``TaxTable`` (immutable data) a decision is remembered, by everything the rules read:
    the seller, the buyer, the tax point, the category and the kind of supply. Another
    provider (an online rate service, say) is asked every time."""
    stated = getattr(provider, "stated_treatment", None)
    if stated is not None:
        treatment: Treatment = stated(invoice, category)
        return treatment
    if not isinstance(provider, _TaxTable):
        return _decide(provider, invoice, category, supply)
    by_category = _decisions_by_category(provider, invoice, supply)
    found = by_category.get(category)
    if found is None:
        found = by_category[category] = _decide(provider, invoice, category, supply)
    return found


def remembered(provider: RateProvider, invoice: Invoice, supply: str) -> dict[str, Treatment]:
    """The decisions :func:`decide` has remembered for the invoice's parties and tax point and
    kind of ``supply``, by category (read only: ``decide`` adds to it). Empty, and not
    remembered, for a provider whose decisions are not remembered."""
    if not isinstance(provider, _TaxTable) or getattr(provider, "stated_treatment", None) is not None:
        return {}
    return _decisions_by_category(provider, invoice, supply)


def _decisions_by_category(provider: _TaxTable, invoice: Invoice, supply: str) -> dict[str, Treatment]:
    """The table's decisions for the invoice's seller, buyer and tax point and kind of
    ``supply``, by category (forgetting every party's decisions when too many parties are
    remembered, or a regime was registered since)."""
    now = regimes.generation()
    if now != _decided_generation:
        _forget(now)
    decided = _table_decisions(provider, now)
    seller, buyer = invoice.seller, invoice.buyer  # _party_key of each, spelt out: no calls
    key = (
        (_party_fields(seller), _address_fields(seller.address)),
        (_party_fields(buyer), _address_fields(buyer.address)),
        invoice.tax_point,
    )
    found = decided.get(key)
    if found is None:
        if len(decided) >= _DECIDED_MAX:
            decided.clear()
        found = decided[key] = {}
    by_category = found.get(supply)
    if by_category is None:
        by_category = found[supply] = {}
    return by_category


#: The table last asked for, its decisions and the registry's generation then: a batch
#: computes with one table, and a look-up in the weak dictionary makes a weak reference
#: each time. The table is held weakly here too (a dead table's reference answers None).
_last: tuple[ref[TaxTable], dict[Hashable, Decisions], int] | None = None


def _table_decisions(provider: _TaxTable, now: int) -> dict[Hashable, Decisions]:
    """The decisions remembered for ``provider``, by parties and tax point, in the
    registry's generation ``now``."""
    global _last
    last = _last  # read once: another thread may replace it meanwhile
    if last is not None and last[0]() is provider and last[2] == now:
        return last[1]
    decided = _DECIDED.setdefault(provider, {})
    _last = (ref(provider), decided, now)
    return decided


def _forget(now: int) -> None:
    """Forget every remembered decision once a regime has been registered since they were
    made: a shop's claiming regime registered later in a long-running process may decide
    the same sale differently."""
    global _decided_generation, _last
    _DECIDED.clear()
    _last = None
    _decided_generation = now


def _decide(provider: RateProvider, invoice: Invoice, category: str, supply: str) -> Treatment:
    """:func:`decide` without the memory: the rules of the seller's regime."""
    from .sale import Sale

    sale = Sale(invoice, supply, category, invoice.tax_point, _facts(provider), provider)
    _require_seller_data(sale, provider)
    return regime_of(sale).decide(sale)


def regime_of(sale: Sale) -> Regime:
    """The regime that decides ``sale`` (invoicekit/regimes.py): one that claims it by a fact
    of the data (the seller's file defines no taxes; the seller is in the EU VAT area for
    this supply), the first by priority, else the one its country file names (``national``
    by default). A regime that is not registered in this process (a shop's module not
    imported in a worker) or two claims of one priority are located at the seller."""
    from .sale import RuleProblem

    claimed = _claimed(sale)
    if claimed is not None:
        return claimed
    country = sale.seller.country
    try:
        return regimes.get(sale.facts.regime(country) if sale.facts.has(country) else "national")
    except regimes.RegimeError as exc:
        raise RuleProblem("seller.address.country", exc.message) from None


def _claimed(sale: Sale) -> Regime | None:
    """The claiming regime of the lowest priority whose claim matches ``sale``, if any."""
    from .sale import RuleProblem

    matching = [r for r in regimes.claiming() if r.claims is not None and r.claims(sale)]
    if not matching:
        return None
    first = [r for r in matching if r.priority == matching[0].priority]
    if len(first) > 1:
        names = ", ".join(f'"{r.name}"' for r in first)
        raise RuleProblem(
            "seller.address.country",
            f"regimes {names} (priority {first[0].priority}) both claim this sale: give one a lower priority",
        )
    return first[0]
