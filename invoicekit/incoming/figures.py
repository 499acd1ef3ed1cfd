"""What a received e-invoice states: its document in invoicekit's model, and its printed figures.

Each figure keeps the XPath it was read from, so that :func:`invoicekit.verify` can name
the element whose amount is wrong. Business-term numbers (BT-131 ...) are EN 16931's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from attrs import frozen

from ..model import Invoice

Syntax = Literal["ubl", "cii"]


@frozen
class Figure:
    """One stated amount and where it is."""

    where: str
    value: Decimal


@frozen
class StatedLine:
    """A line's identifier (BT-126), its stated net amount (BT-131), VAT category and rate."""

    where: str
    id: str
    net: Figure
    category: str
    rate: Decimal
    price_where: str = ""  # the XPath of the net price BT-146


@frozen
class StatedAdjustment:
    """A document-level allowance (BG-20) or charge (BG-21): amount, VAT category and rate."""

    where: str
    charge: bool
    amount: Figure
    category: str
    rate: Decimal


@frozen
class StatedSubtotal:
    """One row of the VAT breakdown (BG-23): category (BT-118), rate (BT-119), taxable
    amount (BT-116) and tax (BT-117)."""

    where: str
    category: str
    rate: Decimal
    base: Figure
    amount: Figure


@frozen
class StatedTotals:
    """The document totals (BG-22). Optional terms are None when the invoice omits them."""

    line_total: Figure  # BT-106
    net: Figure  # BT-109
    gross: Figure  # BT-112
    payable: Figure  # BT-115
    allowance_total: Figure | None = None  # BT-107
    charge_total: Figure | None = None  # BT-108
    tax: Figure | None = None  # BT-110


@frozen
class Incoming:
    """A received e-invoice: its syntax, profile (BT-24), the document, and what it states."""

    syntax: Syntax
    root: str  # the root element's XPath: "/Invoice", "/CreditNote", "/rsm:CrossIndustryInvoice"
    profile: str | None
    invoice: Invoice
    lines: tuple[StatedLine, ...]
    adjustments: tuple[StatedAdjustment, ...]
    subtotals: tuple[StatedSubtotal, ...]
    totals: StatedTotals
    #: the XML as received (a Factur-X PDF's embedded file), for ``verify(..., validate=True)``
    xml: bytes | None = None
    #: read from a Factur-X / ZUGFeRD PDF: its CII also answers to the Factur-X rules
    from_pdf: bool = False
