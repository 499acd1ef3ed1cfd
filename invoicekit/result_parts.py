"""The computed allowances and charges, defined on first use (:mod:`invoicekit.first_use`).

Their home is :mod:`invoicekit.result` (their ``__module__``), which names them; a document
without line or document allowances and charges does not define their attrs classes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import frozen

from .reprs import fields_repr
from .taxtable.provider import Component

if TYPE_CHECKING:
    from . import model_parts
else:  # the model's stand-in, which imports invoicekit.model_parts when a class is read from it
    from .model import model_parts

_HOME = "invoicekit.result"


@frozen
class ComputedLineAdjustment:
    """A line allowance or charge after computation: ``amount`` is the stated amount, or
    ``percent`` of ``base``, rounded to the minor unit (BT-136/BT-141, signed as stated)."""

    __module__ = _HOME
    __repr__ = fields_repr

    source: model_parts.LineAdjustment
    base: Decimal | None  # the base the percentage applies to (BT-137/BT-142), exact
    amount: Decimal


@frozen
class ComputedAdjustment:
    """A document-level allowance or charge after computation, signed as the document states
    it (positive unless the amount given was negative); the kind says which way it goes."""

    __module__ = _HOME
    __repr__ = fields_repr

    source: model_parts.AllowanceCharge
    net: Decimal
    tax: Decimal
    gross: Decimal
    taxes: tuple[Component, ...]
    jurisdiction: str
