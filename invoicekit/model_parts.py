"""The parts of an invoice document that many documents do without, defined on first use.

Their home is :mod:`invoicekit.model`: each class's ``__module__`` is ``invoicekit.model``,
which names it through its module ``__getattr__`` (so ``invoicekit.model.Endpoint``, pickles
and ``typing.get_type_hints`` see the same class, as before). They are defined here so that
``invoicekit compute`` of a plain invoice does not build their attrs classes (about 2M
instructions each); ``tests/test_startup.py`` checks it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from attrs import frozen

from .model import Supply
from .reprs import fields_repr

_HOME = "invoicekit.model"


@frozen
class Endpoint:
    """An electronic address (EN 16931 BT-34, BT-49): where e-invoices are delivered, as an
    identifier and its CEF EAS scheme code (``"0088"`` GLN, ``"9930"`` German VAT, ``"EM"`` e-mail)."""

    __module__ = _HOME
    __repr__ = fields_repr

    id: str
    scheme: str


@frozen
class Contact:
    """A contact point (the seller's, EN 16931 BG-6): a person or department, phone, e-mail."""

    __module__ = _HOME
    __repr__ = fields_repr

    name: str | None = None
    phone: str | None = None
    email: str | None = None


@frozen
class TaxRegistration:
    """A tax registration besides ``vat_id``: a number of an :mod:`invoicekit.taxid` scheme,
    e.g. the Québec sales tax number (``ca.qst``) of a seller whose ``vat_id`` is its
    federal GST/HST number. EN 16931 calls the seller's BT-32."""

    __module__ = _HOME
    __repr__ = fields_repr

    scheme: str
    number: str


@frozen
class Discount:
    """A line discount: a percentage of the line amount, or an amount off it."""

    __module__ = _HOME
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

    __module__ = _HOME
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
class AllowanceCharge:
    """A document-level allowance (``charge=False``, BG-20) or charge (BG-21), with the tax
    category it enters. A negative allowance adds to the total, a negative charge reduces it."""

    __module__ = _HOME
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

    __module__ = _HOME
    __repr__ = fields_repr

    currency: str
    exchange_rate: Decimal


@frozen
class OriginalInvoice:
    """The invoice a credit note corrects."""

    __module__ = _HOME
    __repr__ = fields_repr

    number: str
    issue_date: dt.date
