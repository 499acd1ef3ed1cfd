"""Tax identifiers: offline validation and online checks (VIES, HMRC).

>>> from invoicekit.taxid import validate_tax_id
>>> validate_tax_id("CHE-107.787.577 IVA").scheme
'ch.vat'

Offline validation uses python-stdnum; online checks run only when called, and report
``unavailable`` rather than ``invalid`` whenever the register gave no clear answer.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded on first use (below), so that importing a submodule such as
    # invoicekit.taxid.india (the presentation reads its state codes) does not load
    # python-stdnum and the online clients' HTTP code
    from invoicekit.taxid.hmrc import check_hmrc
    from invoicekit.taxid.online import OnlineResult, OnlineState
    from invoicekit.taxid.result import TaxIdResult
    from invoicekit.taxid.transport import HttpRequest, HttpResponse, Transport, TransportError
    from invoicekit.taxid.validate import validate_in_scheme, validate_tax_id
    from invoicekit.taxid.vies import check_vies

_HOMES = {
    "check_hmrc": "hmrc",
    "OnlineResult": "online",
    "OnlineState": "online",
    "TaxIdResult": "result",
    "HttpRequest": "transport",
    "HttpResponse": "transport",
    "Transport": "transport",
    "TransportError": "transport",
    "validate_tax_id": "validate",
    "validate_in_scheme": "validate",
    "check_vies": "vies",
}


def __getattr__(name: str) -> object:
    """Each public name from its submodule, imported when first asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'invoicekit.taxid' has no attribute {name!r}")
    return getattr(import_module(f"invoicekit.taxid.{home}"), name)


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
    "validate_in_scheme",
    "validate_tax_id",
]
