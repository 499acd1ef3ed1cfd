"""What every document of a batch shares: the formats, the rate provider, the brand, the
register. A :class:`Job` is pickled to each worker once (the process pool's initializer, or
a Dask future scattered to every worker), not with each document."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from ..errors import ArgumentError
from ..taxtable import RateProvider
from .formats import REGISTER_FORMATS


@frozen
class Job:
    """The options of a batch. ``provider``: a custom ``TaxTable`` or any picklable
    ``RateProvider`` (``None``: the shipped tables); ``brand``: an ``invoicekit.Brand``;
    ``register``/``series``: issue each document into that register's series."""

    formats: tuple[str, ...] = ("pdf",)
    provider: RateProvider | None = None
    brand: Any = None
    locale: str | None = None
    xml_profile: str = "en16931"
    register: str | None = None
    series: str | None = None

    def check(self) -> None:
        """Refuse options that cannot work together, before any document is read."""
        if self.register is None:
            if self.series is not None:
                raise ArgumentError("series: only with a register")
            return
        if not self.series:
            raise ArgumentError("series: a batch with a register needs the series to number in")
        extra = [f for f in self.formats if f not in REGISTER_FORMATS]
        if extra:
            known = ", ".join(REGISTER_FORMATS)
            raise ArgumentError(f"format: with a register only {known} (what it archives), not {extra[0]}")
        if "ubl" in self.formats and "cii" in self.formats:
            raise ArgumentError("format: with a register one e-invoice, ubl or cii (the register keeps one)")

    @property
    def xml(self) -> str | None:
        """The e-invoice syntax the register archives, if any."""
        return next((f for f in self.formats if f in ("ubl", "cii")), None)

    def settings(self) -> dict[str, Any]:
        """What makes the outputs what they are, as JSON: a re-run must give the same, else
        the documents done so far and those still to do would differ."""
        return {
            "formats": list(self.formats),
            "provider": type(self.provider).__qualname__ if self.provider is not None else None,
            "brand": repr(self.brand) if self.brand is not None else None,
            "locale": self.locale,
            "xml_profile": self.xml_profile,
            "register": self.register,
            "series": self.series,
        }
