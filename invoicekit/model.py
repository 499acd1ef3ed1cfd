"""The invoice document: immutable values, built and checked by :mod:`invoicekit.loader`.

Field names follow the document format (docs/format.md). Amounts are ``Decimal``;
nothing here computes: see :mod:`invoicekit.compute`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from attrs import frozen

from .first_use import ModuleOnFirstUse, names_from
from .reprs import fields_repr

if TYPE_CHECKING:  # defined on first use (PARTS, below); named here for type checkers
    from . import model_parts
    from .model_parts import AllowanceCharge as AllowanceCharge
    from .model_parts import Contact as Contact
    from .model_parts import Discount as Discount
    from .model_parts import Endpoint as Endpoint
    from .model_parts import LineAdjustment as LineAdjustment
    from .model_parts import OriginalInvoice as OriginalInvoice
    from .model_parts import TaxCurrency as TaxCurrency
    from .model_parts import TaxRegistration as TaxRegistration

Kind = Literal["invoice", "receipt", "credit_note"]
Supply = Literal["goods", "services", "digital"]
DistanceSales = Literal["destination", "origin"]

KINDS: tuple[Kind, ...] = ("invoice", "receipt", "credit_note")
SUPPLIES: tuple[Supply, ...] = ("goods", "services", "digital")
DISTANCE_SALES: tuple[DistanceSales, ...] = ("destination", "origin")

#: The parts of a document that many documents do without (e-invoice addresses and contacts,
#: further tax numbers, price adjustments, allowances and charges, the tax currency, the
#: corrected invoice). Their classes are defined in :mod:`invoicekit.model_parts` when one is
#: first asked for, so that ``invoicekit compute`` of a plain invoice does not build them
#: (start-up); their ``__module__`` is this module, which names them (``__getattr__``).
PARTS = frozenset(
    {
        "AllowanceCharge", "Contact", "Discount", "Endpoint", "LineAdjustment", "OriginalInvoice",
        "TaxCurrency", "TaxRegistration",
    }
)  # fmt: skip


if not TYPE_CHECKING:  # the annotations below name the parts through it
    model_parts = ModuleOnFirstUse("invoicekit.model_parts", globals(), "model_parts")

# ``invoicekit.model.Endpoint`` and the other PARTS, from invoicekit.model_parts
__getattr__ = names_from("invoicekit.model_parts", __name__, PARTS)


@frozen
class Address:
    """A postal address; ``country`` is ISO 3166-1 alpha-2, ``region`` an ISO 3166-2 suffix."""

    __repr__ = fields_repr

    country: str
    lines: tuple[str, ...] = ()
    city: str | None = None
    postal_code: str | None = None
    region: str | None = None

    @property
    def subdivision(self) -> str | None:
        """The ISO 3166-2 code (``"CA-QC"``) when a region is given."""
        return f"{self.country}-{self.region}" if self.region else None


@frozen
class Party:
    """Seller or buyer. ``registrations``, ``eu_distance_sales`` and ``contact`` matter for
    the seller only; ``endpoint`` is the party's electronic address for e-invoices;
    ``tax_registrations`` are its further tax numbers (printed under the VAT ID)."""

    __repr__ = fields_repr

    name: str
    address: Address
    vat_id: str | None = None
    business: bool = False
    locale: str | None = None
    email: str | None = None
    registrations: tuple[str, ...] = ()
    eu_distance_sales: DistanceSales = "destination"
    endpoint: model_parts.Endpoint | None = None
    contact: model_parts.Contact | None = None
    tax_registrations: tuple[model_parts.TaxRegistration, ...] = ()

    @property
    def country(self) -> str:
        return self.address.country


@frozen
class Line:
    """One invoice line. ``category`` is a rate class or product category of the tax data.

    ``unit_price`` is the net price (BT-146) per ``base_quantity`` units (BT-149);
    ``gross_price`` (BT-148) and ``price_discount`` (BT-147) say how it was reached
    (net = gross - discount, checked at load). ``discount`` is the original one-field line
    allowance; ``allowances`` and ``charges`` are the EN 16931 ones (BG-27, BG-28).
    """

    __repr__ = fields_repr

    description: str
    unit_price: Decimal
    quantity: Decimal = Decimal(1)
    unit: str = "C62"
    category: str = "standard"
    supply: Supply | None = None
    discount: model_parts.Discount | None = None
    allowances: tuple[model_parts.LineAdjustment, ...] = ()
    charges: tuple[model_parts.LineAdjustment, ...] = ()
    base_quantity: Decimal = Decimal(1)
    gross_price: Decimal | None = None
    price_discount: Decimal | None = None
    #: India: the HSN code of goods or SAC code of services (CGST Rules 2017, rule 46(g))
    hsn: str | None = None


@frozen
class Rounding:
    """How tax amounts are rounded: ``mode`` and ``level`` ("document" per tax group, or "line")."""

    __repr__ = fields_repr

    mode: Literal["half_up", "half_even", "down"] = "half_up"
    level: Literal["document", "line"] = "document"


@frozen
class Payment:
    """How to pay: terms, account, remittance reference and the UNTDID 4461 ``means`` code
    (EN 16931 BT-81: ``"58"`` SEPA credit transfer, ``"30"`` credit transfer, ``"10"`` cash ...)."""

    __repr__ = fields_repr

    terms: str | None = None
    iban: str | None = None
    bic: str | None = None
    reference: str | None = None
    means: str | None = None


@frozen
class Invoice:
    """An invoice, receipt or credit note as the document states it (before computation)."""

    __repr__ = fields_repr

    number: str
    issue_date: dt.date
    currency: str
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    kind: Kind = "invoice"
    supply_date: dt.date | None = None
    due_date: dt.date | None = None
    prices_include_tax: bool = False
    supply: Supply = "goods"
    rounding: Rounding | None = None
    cash_rounding: Decimal | None = None
    locale: str | None = None
    tax_representative: Party | None = None  # BG-11: name, VAT ID and address
    tax_currency: model_parts.TaxCurrency | None = None  # BT-6, with the rate that gives BT-111
    prepaid: Decimal | None = None  # EN 16931 BT-113, the amount already paid
    rounding_amount: Decimal | None = None  # BT-114 as stated (cash rounding adds to it)
    allowances: tuple[model_parts.AllowanceCharge, ...] = ()
    charges: tuple[model_parts.AllowanceCharge, ...] = ()
    notes: tuple[str, ...] = ()
    payment: Payment | None = None
    original: model_parts.OriginalInvoice | None = None
    buyer_reference: str | None = None  # EN 16931 BT-10; the Leitweg-ID for German public buyers
    order_reference: str | None = None  # BT-13, the buyer's purchase order
    contract_reference: str | None = None  # BT-12

    @property
    def tax_point(self) -> dt.date:
        """The date that selects the rate: the supply date, else (for a credit note) the
        original invoice's issue date, since a correction takes the rate of the supply it
        corrects, else the issue date."""
        if self.supply_date:
            return self.supply_date
        if self.kind == "credit_note" and self.original is not None:
            return self.original.issue_date
        return self.issue_date

    @property
    def tax_point_field(self) -> str:
        """The document field :attr:`tax_point` comes from, for error messages."""
        if self.supply_date:
            return "supply_date"
        if self.kind == "credit_note" and self.original is not None:
            return "original.issue_date"
        return "issue_date"
