"""Why a number failed: stdnum's exceptions turned into ranked, readable reasons."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import attrs
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidLength,
)

from invoicekit.taxid.schemes import Scheme

# Failure kinds, best first: when several schemes of a country reject a number, the
# reason of the most specific failure is reported (a checksum error says more than a
# length error, which says more than a missing prefix).
CHECKSUM: Final = "checksum"
COMPONENT: Final = "component"
FORMAT: Final = "format"
LENGTH: Final = "length"
PREFIX: Final = "prefix"
_RANK: Final = {CHECKSUM: 0, COMPONENT: 1, FORMAT: 2, LENGTH: 3, PREFIX: 4}

NO_PREFIX: Final = "no country prefix: pass country= for a number written without one"


def describe_lengths(lengths: Iterable[int]) -> str:
    """Accepted lengths in words, runs of three or more compressed.

    >>> describe_lengths([11])
    '11'
    >>> describe_lengths([8, 10])
    '8 or 10'
    >>> describe_lengths([2, 3, 4, 5, 6, 7, 8, 9, 10, 13])
    '2 to 10 or 13'
    """
    values = sorted(set(lengths))
    runs: list[list[int]] = []
    for value in values:
        if runs and value == runs[-1][-1] + 1:
            runs[-1].append(value)
        else:
            runs.append([value])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]} to {run[-1]}")
        else:
            parts.extend(str(v) for v in run)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " or " + parts[-1]


def length_reason(body: str, lengths: Sequence[int]) -> str:
    """The message for a number of the wrong length.

    >>> length_reason("4030326504", (11,))
    'wrong length: 10 digits, expected 11'
    >>> length_reason("12345678A", (8, 10))
    'wrong length: 9 characters, expected 8 or 10'
    """
    unit = "digit" if body.isdecimal() and body.isascii() else "character"
    plural = "" if len(body) == 1 else "s"
    text = f"wrong length: {len(body)} {unit}{plural}"
    if len(body) not in lengths:
        text += f", expected {describe_lengths(lengths)}"
    return text


@attrs.frozen
class Failure:
    """One scheme's rejection of a number: its kind, the part examined, the message."""

    scheme: Scheme
    kind: str
    body: str
    reason: str

    @property
    def rank(self) -> int:
        """Smaller is more specific (see the kind constants)."""
        return _RANK[self.kind]


def failure_from_exception(scheme: Scheme, body: str, error: BaseException) -> Failure:
    """Classify what a stdnum-style ``validate`` raised for ``body``."""
    if isinstance(error, InvalidChecksum):
        return Failure(scheme, CHECKSUM, body, "checksum does not match")
    if isinstance(error, InvalidLength) or len(body) not in scheme.lengths:
        # Some modules test the characters before the length: a number of a length the
        # scheme never has is reported as a length problem, which is easier to act on.
        return Failure(scheme, LENGTH, body, length_reason(body, scheme.lengths))
    if isinstance(error, InvalidComponent):
        hint = scheme.component_hint or "a part of the number has a value that is not allowed"
        return Failure(scheme, COMPONENT, body, f"invalid component: {hint}")
    # Anything else (InvalidFormat, another ValidationError, or the plain ValueError or
    # IndexError stdnum occasionally raises on odd input) is a format problem.
    return Failure(scheme, FORMAT, body, f"invalid format: expected {scheme.pattern} (e.g. {scheme.example})")


def missing_prefix(scheme: Scheme, body: str) -> Failure:
    """The failure for a scheme that needs its prefix written."""
    return Failure(scheme, PREFIX, body, f"missing '{scheme.prefix}' prefix ({scheme.pattern})")


def empty_body(scheme: Scheme, prefix: str) -> Failure:
    """The failure for a prefix with nothing after it."""
    return Failure(scheme, LENGTH, "", f"nothing after the prefix '{prefix}'")


def pick(failures: Sequence[Failure]) -> tuple[str, Scheme | None]:
    """The reason to report for ``failures`` (non-empty), and the scheme it belongs to.

    The most specific failure wins, ties going to the scheme tried first. When the best
    failures are length failures of several schemes, their lengths are merged into one
    message and no single scheme is named.
    """
    best = min(failures, key=lambda failure: failure.rank)
    if best.kind != LENGTH or not best.body:
        return best.reason, best.scheme
    same = [f for f in failures if f.kind == LENGTH and f.body]
    names = {f.scheme.name for f in same}
    if len(names) == 1:
        return best.reason, best.scheme
    lengths = sorted({n for f in same for n in f.scheme.lengths})
    return length_reason(best.body, lengths), None
