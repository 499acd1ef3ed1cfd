"""The invoice document: immutable values, built and checked by :mod:`invoicekit.loader`.

Field names follow the document format (docs/format.md). Amounts are ``Decimal``;
nothing here computes: see :mod:`invoicekit.compute`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from attrs import frozen

from .reprs import fields_repr

Kind = Literal["invoice", "receipt", "credit_note"]
Supply = Literal["goods", "services", "digital"]
DistanceSales = Literal["destination", "origin"]

KINDS: tuple[Kind, ...] = ("invoice", "receipt", "credit_note")
SUPPLIES: tuple[Supply, ...] = ("goods", "services", "digital")
DISTANCE_SALES: tuple[DistanceSales, ...] = ("destination", "origin")


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
class Endpoint:
    """An electronic address (EN 16931 BT-34, BT-49): where e-invoices are delivered, as an
    identifier and its CEF EAS scheme code (``"0088"`` GLN, ``"9930"`` German VAT, ``"EM"`` e-mail)."""

    __repr__ = fields_repr

    id: str
    scheme: str


@frozen
class Contact:
    """A contact point (the seller's, EN 16931 BG-6): a person or department, phone, e-mail."""

    __repr__ = fields_repr

    name: str | None = None
    phone: str | None = None
    email: str | None = None


@frozen
class TaxRegistration:
    """A tax registration besides ``vat_id``: a number of an :mod:`invoicekit.taxid` scheme,
    e.g. the Québec sales tax number (``ca.qst``) of a seller whose ``vat_id`` is its
    federal GST/HST number. EN 16931 calls the seller's BT-32."""

    __repr__ = fields_repr

    scheme: str
    number: str


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
    endpoint: Endpoint | None = None
    contact: Contact | None = None
    tax_registrations: tuple[TaxRegistration, ...] = ()

    @property
    def country(self) -> str:
        return self.address.country


@frozen
class Discount:
    """A line discount: a percentage of the line amount, or an amount off it."""

    __repr__ = fields_repr

    percent: Decimal | None = None
    amount: Decimal | None = None


@frozen
class LineAdjustment:
    """A line allowance (EN 16931 BG-27, ``charge=False``) or line charge (BG-28).

    Either a stated ``amount`` (BT-136/BT-141) or a ``percent`` (BT-138/BT-143) of ``base``
    (BT-137/BT-142; by default the line amount, quantity x net price / base quantity).
    ``reason`` (BT-139/BT-144) or ``reason_code`` (BT-140/BT-145: UNTDID 5189 for
    allowances, UNTDID 7161 for charges) or both: BR-CO-23, BR-CO-24.
    """

    __repr__ = fields_repr

    charge: bool = False
    amount: Decimal | None = None
    percent: Decimal | None = None
    base: Decimal | None = None
    reason: str | None = None
    reason_code: str | None = None

    @property
    def label(self) -> str:
        """The reason as printed: the text, else the code."""
        return self.reason or self.reason_code or ""


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
    discount: Discount | None = None
    allowances: tuple[LineAdjustment, ...] = ()
    charges: tuple[LineAdjustment, ...] = ()
    base_quantity: Decimal = Decimal(1)
    gross_price: Decimal | None = None
    price_discount: Decimal | None = None
    #: India: the HSN code of goods or SAC code of services (CGST Rules 2017, rule 46(g))
    hsn: str | None = None


@frozen
class AllowanceCharge:
    """A document-level allowance (``charge=False``, BG-20) or charge (BG-21), with the tax
    category it enters. A negative allowance adds to the total, a negative charge reduces it."""

    __repr__ = fields_repr

    reason: str
    amount: Decimal  # may be negative (EN 16931 gives BT-92/BT-99 the signed Amount type)
    category: str = "standard"
    charge: bool = False
    supply: Supply | None = None  # None: the lines' kind of supply when they agree, else the document's
    reason_code: str | None = None  # BT-98 (UNTDID 5189) / BT-105 (UNTDID 7161)
    percent: Decimal | None = None  # BT-94 / BT-101, as stated (the amount is what counts)
    base: Decimal | None = None  # BT-93 / BT-100, the base of that percentage

    @property
    def label(self) -> str:
        """The reason as printed: the text (BT-97/BT-104), else the code (BR-CO-21/22: one of
        them is given; ``reason`` is empty when only the code is)."""
        return self.reason or self.reason_code or ""


@frozen
class TaxCurrency:
    """The VAT accounting currency (EN 16931 BT-6) and the exchange rate to it: units of
    ``currency`` for one unit of the invoice currency (Article 91 of Directive 2006/112/EC
    says which rate; the document states it)."""

    __repr__ = fields_repr

    currency: str
    exchange_rate: Decimal


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
class OriginalInvoice:
    """The invoice a credit note corrects."""

    __repr__ = fields_repr

    number: str
    issue_date: dt.date


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
    tax_currency: TaxCurrency | None = None  # BT-6, with the rate that gives BT-111
    prepaid: Decimal | None = None  # EN 16931 BT-113, the amount already paid
    rounding_amount: Decimal | None = None  # BT-114 as stated (cash rounding adds to it)
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
