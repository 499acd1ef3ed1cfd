"""Tax identifiers: offline validation and online checks (VIES, HMRC).

>>> from invoicekit.taxid import validate_tax_id
>>> validate_tax_id("CHE-107.787.577 IVA").scheme
'ch.vat'

Offline validation uses python-stdnum; online checks run only when called, and report
``unavailable`` rather than ``invalid`` whenever the register gave no clear answer.
"""

from invoicekit.taxid.hmrc import check_hmrc
from invoicekit.taxid.online import OnlineResult, OnlineState
from invoicekit.taxid.result import TaxIdResult
from invoicekit.taxid.transport import HttpRequest, HttpResponse, Transport, TransportError
from invoicekit.taxid.validate import validate_tax_id
from invoicekit.taxid.vies import check_vies

__all__ = [
    "HttpRequest",
    "HttpResponse",
    "OnlineResult",
    "OnlineState",
    "TaxIdResult",
    "Transport",
    "TransportError",
    "check_hmrc",
    "check_vies",
    "validate_tax_id",
]
