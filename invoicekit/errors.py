"""The error types invoicekit raises for bad input.

Every problem names where it is (a document path such as ``lines[2].quantity`` or a
``file:line``) and what is wrong; all problems found in one pass are reported together.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from .reprs import fields_repr


@frozen
class Problem:
    """One thing wrong with an input: where, and what."""

    __repr__ = fields_repr

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InvoiceKitError(Exception):
    """Base class of every error invoicekit raises on purpose."""


class ProblemsError(InvoiceKitError, ValueError):
    """Bad input: carries every :class:`Problem` found, in order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[ProblemsError], tuple[tuple[Problem, ...]]]:
        # Rebuilt from the problems, not from the joined message (pickle's default), so an
        # error raised in a worker process arrives whole.
        return (type(self), (self.problems,))


class InvoiceError(ProblemsError):
    """An invoice document is not valid; ``problems`` name each field and what is wrong."""


class TaxDataError(ProblemsError):
    """A tax data file is not valid; ``problems`` are located as ``file:line``."""


class RateNotFound(InvoiceKitError, LookupError):
    """No tax rate answers the question (unknown jurisdiction, date outside the data, a
    rate class the jurisdiction does not have)."""


class RateNotInForce(RateNotFound):
    """The jurisdiction has the rate, but no period of it covers the tax point: the date is
    what is wrong (outside the data, or before the tax existed), not the line's category."""


class RateNotModelled(RateNotInForce):
    """The date is before the first day a jurisdiction's data answers (its ``data_from``):
    the tax law then in force is not modelled (India before GST), or its history is not
    recorded yet. The message says which, from the data file's ``not_modelled``."""


class ArgumentError(InvoiceKitError, TypeError):
    """A public function was called with an argument of the wrong type; the message names
    the argument and what it expects (a TypeError too, as Python's own would be)."""


def expect(name: str, value: object, kinds: type | tuple[type, ...], what: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is one of ``kinds`` (``what`` in words)."""
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in _as_tuple(kinds)):
        raise ArgumentError(f"{name}: expected {what}, got {type(value).__name__}")


def _as_tuple(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)


class PathProblem(InvoiceKitError):
    """Base of the errors about one file or output target: ``path`` and ``problem``."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type[PathProblem], tuple[str, str]]:
        # Rebuilt from both fields, so an error raised in a worker process unpickles whole
        # (pickle's default would call the class with the joined message alone).
        return (type(self), (self.path, self.problem))


class OutputError(PathProblem):
    """An output cannot be written where it was asked to go: ``path`` and ``problem`` (a
    directory, a block device, the input document itself, a full disk ...). A refused target
    got nothing, and a regular file that failed to be replaced is as it was."""


class OnlineLimitError(InvoiceKitError, ValueError):
    """An online check was given a limit that would leave it unbounded or meaningless: a
    ``timeout`` that is not a finite positive number of seconds, a ``retries`` that is not
    an integer in the allowed range, or a ``backoff`` that is not finite and >= 0."""
