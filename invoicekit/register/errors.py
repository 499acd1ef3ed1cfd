"""The errors the register raises on purpose; each says what is wrong and what to do.

All are :class:`~invoicekit.errors.InvoiceKitError` subclasses and pickle whole (an error
raised in a worker process arrives with its fields), so the CLI reports them as bad input
(exit 2) without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InvoiceKitError


class RegisterError(InvoiceKitError):
    """Base class of the register's errors."""


class BadURL(RegisterError, ValueError):
    """A register URL that is not ``sqlite:///path`` or ``postgresql://...``."""

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"register URL {url!r}: {problem}")

    def __reduce__(self) -> tuple[type[BadURL], tuple[str, str]]:
        return (type(self), (self.url, self.problem))


class SchemaVersionError(RegisterError):
    """The database's schema version is not the one this invoicekit reads."""

    def __init__(self, found: int, expected: int) -> None:
        self.found = found
        self.expected = expected
        if found > expected:
            text = (
                f"register schema version {found} is newer than this invoicekit supports "
                f"(version {expected}): upgrade invoicekit"
            )
        else:
            state = "an unmigrated database" if found == 0 else "an older schema"
            text = (
                f"register schema version {found} ({state}); this invoicekit needs version {expected}: "
                "run `invoicekit register migrate` (or Register.migrate())"
            )
        super().__init__(text)

    def __reduce__(self) -> tuple[type[SchemaVersionError], tuple[int, int]]:
        return (type(self), (self.found, self.expected))


class UnknownSeries(RegisterError, LookupError):
    """A series name the register does not have."""

    def __init__(self, name: str, known: Iterable[str] = ()) -> None:
        self.name = name
        self.known = tuple(known)
        hint = f" (known: {', '.join(self.known)})" if self.known else " (no series yet: create one first)"
        super().__init__(f"unknown series {name!r}{hint}")

    def __reduce__(self) -> tuple[type[UnknownSeries], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.known))


class SeriesError(RegisterError, ValueError):
    """A series cannot be created as asked (bad format, reset rule, or a conflicting one exists)."""


class AlreadyIssued(RegisterError):
    """A document was already issued with this idempotency key (``issue(..., key=)``): the
    record ``number`` is the one issued for it, so nothing new was numbered or stored."""

    def __init__(self, key: str, number: str) -> None:
        self.key = key
        self.number = number
        super().__init__(f"already issued as {number} (key {key!r})")

    def __reduce__(self) -> tuple[type[AlreadyIssued], tuple[str, str]]:
        return (type(self), (self.key, self.number))


class UnknownNumber(RegisterError, LookupError):
    """No issued document has this number (or it has no such stored file)."""


class ReadOnlyDatabase(RegisterError):
    """The register's database file (or its directory) cannot be written."""

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        more = f": {detail}" if detail else ""
        super().__init__(f"register database {path} is read-only{more}")

    def __reduce__(self) -> tuple[type[ReadOnlyDatabase], tuple[str, str]]:
        return (type(self), (self.path, self.detail))


class RegisterUnavailable(RegisterError):
    """The database cannot be opened or reached (missing driver, refused connection)."""
