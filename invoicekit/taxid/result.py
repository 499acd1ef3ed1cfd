"""The value returned by offline validation: :class:`TaxIdResult`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class TaxIdResult:
    """The outcome of validating one tax identifier offline.

    ``valid``
        whether the number passed the scheme's structure and checksum tests.
    ``normalized``
        the compact form (upper case, separators removed), with the country prefix
        where the scheme writes one (``FR40303265045``, ``EL094259216``,
        ``GB980780684``, ``CHE107787577IVA``, ``T7010705000725``). For an invalid
        number it is the cleaned input, as far as it could be read.
    ``country``
        ISO 3166-1 alpha-2 code of the issuing country: ``GR`` for Greece although
        its VAT prefix is ``EL``, ``GB`` for Northern Ireland ``XI`` numbers.
        ``None`` when the country could not be told.
    ``scheme``
        short scheme name (``eu.vat``, ``xi.vat``, ``gb.vat``, ``ch.uid``,
        ``in.gstin``, ...); for an invalid number, the scheme whose reason is given.
    ``reason``
        why the number is invalid (``None`` when valid).
    ``region``
        ISO 3166-2 subdivision encoded by the number itself, if any: ``GB-NIR`` for an
        ``XI`` number, the state of an Indian GSTIN (``IN-KA`` for state code 29).

    >>> r = TaxIdResult(valid=True, normalized="FR40303265045", country="FR", scheme="eu.vat")
    >>> r.valid, r.reason, r.region
    (True, None, None)
    """

    valid: bool
    normalized: str
    country: str | None = None
    scheme: str | None = None
    reason: str | None = None
    region: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON output).

        >>> TaxIdResult(valid=False, normalized="", reason="empty value").to_dict()["reason"]
        'empty value'
        """
        return attrs.asdict(self)
