"""The invoice register: gapless numbering, an immutable hash-chained archive of issued
documents, buyer history, GDPR erasure that keeps the chain whole, and audit export.

``Register("sqlite:///invoices.db")`` (standard library) or ``Register("postgresql://...")``
(the ``postgresql`` extra). See docs/register.md.
"""

from .archive import Entry, Record
from .erasure import ErasureConfirmation
from .errors import (
    AlreadyIssued,
    BadURL,
    ReadOnlyDatabase,
    RegisterError,
    RegisterUnavailable,
    SchemaVersionError,
    SeriesError,
    UnknownNumber,
    UnknownSeries,
)
from .issuing import Issued
from .numbering import Series
from .register import Register
from .schema import SCHEMA_VERSION
from .verify import Break, VerifyReport

__all__ = [
    "SCHEMA_VERSION",
    "AlreadyIssued",
    "BadURL",
    "Break",
    "Entry",
    "ErasureConfirmation",
    "Issued",
    "ReadOnlyDatabase",
    "Record",
    "Register",
    "RegisterError",
    "RegisterUnavailable",
    "SchemaVersionError",
    "Series",
    "SeriesError",
    "UnknownNumber",
    "UnknownSeries",
    "VerifyReport",
]
