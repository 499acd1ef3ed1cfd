"""The output formats of a batch: one entry each, so a new format (HTML) is one line.

Each maker takes the computed invoice and the job's options and returns the output's bytes
(the same input gives the same bytes). Heavy modules load on first use, in the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from ..errors import ArgumentError
from ..result import Computed

if TYPE_CHECKING:
    from .job import Job


@frozen
class Format:
    """An output format: the suffix added to the document's stem and its maker."""

    suffix: str
    make: Callable[[Computed, Job], bytes]


def _pdf(computed: Computed, job: Job) -> bytes:
    from ..render import render_bytes

    return render_bytes(computed, locale=job.locale, brand=job.brand)


def _ubl(computed: Computed, job: Job) -> bytes:
    from ..einvoice import to_ubl

    return to_ubl(computed, job.xml_profile)


def _cii(computed: Computed, job: Job) -> bytes:
    from ..einvoice import to_cii

    return to_cii(computed, job.xml_profile)


def _facturx(computed: Computed, job: Job) -> bytes:
    from ..facturx import facturx_bytes

    return facturx_bytes(computed, locale=job.locale, brand=job.brand)


FORMATS: dict[str, Format] = {
    "pdf": Format(".pdf", _pdf),
    "ubl": Format(".ubl.xml", _ubl),
    "cii": Format(".cii.xml", _cii),
    "facturx": Format(".facturx.pdf", _facturx),
}
#: What a register stores, so what a batch with ``--register`` can write (one e-invoice).
REGISTER_FORMATS = ("pdf", "ubl", "cii")


def parse_formats(value: str | Sequence[str]) -> tuple[str, ...]:
    """``"pdf,ubl"`` (or a sequence) as a checked tuple, in the order given, without repeats."""
    names = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for raw in names:
        name = raw.strip().lower()
        if name not in FORMATS:
            known = ", ".join(FORMATS)
            raise ArgumentError(f"format: unknown format {raw!r} (known: {known})")
        if name not in out:
            out.append(name)
    if not out:
        raise ArgumentError("format: give at least one format")
    return tuple(out)
