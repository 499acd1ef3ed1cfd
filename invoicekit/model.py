"""The invoice document: immutable values, built and checked by :mod:`invoicekit.loader`.

Field names follow the document format (docs/format.md). Amounts are ``Decimal``;
nothing here computes: see :mod:`invoicekit.compute`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from attrs import frozen

Kind = Literal["invoice", "receipt", "credit_note"]
Supply = Literal["goods", "services", "digital"]
DistanceSales = Literal["destination", "origin"]

KINDS: tuple[Kind, ...] = ("invoice", "receipt", "credit_note")
SUPPLIES: tuple[Supply, ...] = ("goods", "services", "digital")
DISTANCE_SALES: tuple[DistanceSales, ...] = ("destination", "origin")


@frozen
class Address:
    """A postal address; ``country`` is ISO 3166-1 alpha-2, ``region`` an ISO 3166-2 suffix."""

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
class Endpoint:
    """An electronic address (EN 16931 BT-34, BT-49): where e-invoices are delivered, as an
    identifier and its CEF EAS scheme code (``"0088"`` GLN, ``"9930"`` German VAT, ``"EM"`` e-mail)."""

    id: str
    scheme: str


@frozen
class Contact:
    """A contact point (the seller's, EN 16931 BG-6): a person or department, phone, e-mail."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None


@frozen
class Party:
    """Seller or buyer. ``registrations``, ``eu_distance_sales`` and ``contact`` matter for
    the seller only; ``endpoint`` is the party's electronic address for e-invoices."""

    name: str
    address: Address
    vat_id: str | None = None
    business: bool = False
    locale: str | None = None
    email: str | None = None
    registrations: tuple[str, ...] = ()
    eu_distance_sales: DistanceSales = "destination"
    endpoint: Endpoint | None = None
    contact: Contact | None = None

    @property
    def country(self) -> str:
        return self.address.country


@frozen
class Discount:
    """A line discount: a percentage of the line amount, or an amount off it."""

    percent: Decimal | None = None
    amount: Decimal | None = None


@frozen
class Line:
    """One invoice line. ``category`` is a rate class or product category of the tax data."""

    description: str
    unit_price: Decimal
    quantity: Decimal = Decimal(1)
    unit: str = "C62"
    category: str = "standard"
    supply: Supply | None = None
    discount: Discount | None = None


@frozen
class AllowanceCharge:
    """A document-level allowance (``charge=False``) or charge, with the tax category it enters."""

    reason: str
    amount: Decimal
    category: str = "standard"
    charge: bool = False
    supply: Supply | None = None  # None: the lines' kind of supply when they agree, else the document's


@frozen
class Rounding:
    """How tax amounts are rounded: ``mode`` and ``level`` ("document" per tax group, or "line")."""

    mode: Literal["half_up", "half_even", "down"] = "half_up"
    level: Literal["document", "line"] = "document"


@frozen
class Payment:
    """How to pay: terms, account, remittance reference and the UNTDID 4461 ``means`` code
    (EN 16931 BT-81: ``"58"`` SEPA credit transfer, ``"30"`` credit transfer, ``"10"`` cash ...)."""

    terms: str | None = None
    iban: str | None = None
    bic: str | None = None
    reference: str | None = None
    means: str | None = None


@frozen
class OriginalInvoice:
    """The invoice a credit note corrects."""

    number: str
    issue_date: dt.date


@frozen
class Invoice:
    """An invoice, receipt or credit note as the document states it (before computation)."""

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
    allowances: tuple[AllowanceCharge, ...] = ()
    charges: tuple[AllowanceCharge, ...] = ()
    notes: tuple[str, ...] = ()
    payment: Payment | None = None
    original: OriginalInvoice | None = None
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
