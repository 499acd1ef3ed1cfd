"""Offline validation of tax identifiers: :func:`validate_tax_id`."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import MappingProxyType, ModuleType

from invoicekit.taxid.cleaning import clean, first_bad_character, leading_letters
from invoicekit.taxid.india import gstin_region
from invoicekit.taxid.reasons import (
    NO_PREFIX,
    Failure,
    empty_body,
    failure_from_exception,
    missing_prefix,
    pick,
)
from invoicekit.taxid.result import TaxIdResult
from invoicekit.taxid.schemes import COUNTRY_ALIASES, PREFIX_INDEX, SCHEMES, Scheme, schemes_for

#: Schemes whose numbers encode a subdivision: scheme name -> normalized number -> code.
REGION_RESOLVERS: Mapping[str, Callable[[str], str | None]] = MappingProxyType(
    {
        "in.gstin": gstin_region,
    }
)

# Longest first, so that "CHE" is tried before any two-letter prefix.
_PREFIXES = tuple(sorted(PREFIX_INDEX, key=len, reverse=True))


def validate_tax_id(value: str, country: str | None = None) -> TaxIdResult:
    """Validate a tax identifier offline (structure and check digits, via python-stdnum).

    Spaces, dots, dashes, slashes and lower case are accepted. With ``country=None`` the
    prefix decides (an EU VAT prefix, EL, XI, GB, CHE, NO, ``T`` + digits for Japan, or
    the ISO code written in front of the other schemes' numbers); numbers written without
    one need ``country`` (ISO 3166-1 alpha-2; ``EL``, ``UK`` and ``XI`` are accepted too).
    Never raises for any text: problems come back as ``valid=False`` with a ``reason``.

    >>> r = validate_tax_id("fr 40 303 265 045")
    >>> r.valid, r.normalized, r.country, r.scheme
    (True, 'FR40303265045', 'FR', 'eu.vat')
    >>> validate_tax_id("EL 094 259 216").country
    'GR'
    >>> validate_tax_id("XI 980 7806 84").region
    'GB-NIR'
    >>> validate_tax_id("83 914 571 673", country="AU").scheme
    'au.abn'
    >>> validate_tax_id("FR4030326504").reason
    'wrong length: 10 digits, expected 11'
    >>> validate_tax_id("QQ123456").reason
    "unknown country prefix 'QQ'"
    """
    if not isinstance(value, str):
        return TaxIdResult(valid=False, normalized="", reason="not a string")
    cleaned = clean(value)
    if not cleaned:
        return TaxIdResult(valid=False, normalized="", reason="empty value")
    bad = first_bad_character(cleaned)
    if bad is not None:
        return TaxIdResult(valid=False, normalized=cleaned, reason=f"invalid character {bad!r}")
    if country is None:
        return _by_prefix(cleaned)
    return _by_country(cleaned, country)


def validate_in_scheme(value: str, scheme: str) -> TaxIdResult:
    """Validate ``value`` as a number of the scheme named ``scheme`` only (``ca.qst``):
    a further tax registration whose kind the document states. An unknown scheme name is
    reported as the reason.

    >>> validate_in_scheme("1227494057 tq 0001", "ca.qst").normalized
    '1227494057TQ0001'
    >>> validate_in_scheme("1227494057", "ca.qst").reason
    'wrong length: 10 digits, expected 16'
    """
    cleaned = clean(value) if isinstance(value, str) else ""
    candidates = [row for row in SCHEMES if row.name == scheme]
    if not candidates:
        return TaxIdResult(valid=False, normalized=cleaned, reason=f"unknown scheme {scheme!r}")
    if not cleaned:
        return TaxIdResult(valid=False, normalized="", reason="empty value")
    bad = first_bad_character(cleaned)
    if bad is not None:
        return TaxIdResult(valid=False, normalized=cleaned, reason=f"invalid character {bad!r}")
    return _decide(cleaned, _attempts(cleaned, candidates), candidates[0].country)


def _attempts(cleaned: str, candidates: Sequence[Scheme]) -> list[tuple[Scheme, str | None, str]]:
    """(scheme, the input prefix written, the rest) for each candidate scheme."""
    attempts: list[tuple[Scheme, str | None, str]] = []
    for scheme in candidates:
        prefix = next((p for p in _longest_first(scheme.input_prefixes) if cleaned.startswith(p)), None)
        body = cleaned[len(prefix) :] if prefix else cleaned
        attempts.append((scheme, prefix, body))
    return attempts


def _by_prefix(cleaned: str) -> TaxIdResult:
    """``country=None``: the prefix picks the schemes."""
    prefix = _match_prefix(cleaned)
    if prefix is None:
        letters = leading_letters(cleaned)
        if len(letters) >= 2:
            return TaxIdResult(
                valid=False, normalized=cleaned, reason=f"unknown country prefix '{letters[:2]}'"
            )
        return TaxIdResult(valid=False, normalized=cleaned, reason=NO_PREFIX)
    body = cleaned[len(prefix) :]
    candidates = PREFIX_INDEX[prefix]
    return _decide(cleaned, [(scheme, prefix, body) for scheme in candidates], candidates[0].country)


def _match_prefix(cleaned: str) -> str | None:
    """The longest known prefix ``cleaned`` starts with (one letter only before a digit)."""
    for prefix in _PREFIXES:
        if not cleaned.startswith(prefix):
            continue
        if len(prefix) == 1 and not cleaned[1:2].isdigit():
            continue
        return prefix
    return None


def _by_country(cleaned: str, country: str) -> TaxIdResult:
    """``country`` given: that country's schemes, in table order."""
    code = country.strip().upper() if isinstance(country, str) else ""
    only: str | None = None
    if code in COUNTRY_ALIASES:
        code, only = COUNTRY_ALIASES[code]
    candidates = [s for s in schemes_for(code) if only is None or s.name == only]
    if not candidates:
        return TaxIdResult(valid=False, normalized=cleaned, reason=f"unsupported country {country!r}")
    result = _decide(cleaned, _attempts(cleaned, candidates), code, prefix_optional=only is not None)
    if result.valid:
        return result
    foreign = _foreign_prefix(cleaned, candidates)
    if foreign is not None:
        return TaxIdResult(
            valid=False,
            normalized=cleaned,
            country=code,
            reason=f"prefix '{foreign}' does not match country '{country.strip().upper()}'",
        )
    return result


def _longest_first(prefixes: Sequence[str]) -> list[str]:
    return sorted(prefixes, key=len, reverse=True)


def _foreign_prefix(cleaned: str, candidates: Sequence[Scheme]) -> str | None:
    """A prefix of other schemes on a number of a country whose numbers carry prefixes."""
    if not any(scheme.prefix for scheme in candidates):
        return None
    own = {p for scheme in candidates for p in scheme.input_prefixes}
    letters = leading_letters(cleaned)
    for size in (3, 2):
        prefix = letters[:size]
        if len(prefix) == size and prefix in PREFIX_INDEX and prefix not in own:
            return prefix
    return None


def _decide(
    cleaned: str,
    attempts: Sequence[tuple[Scheme, str | None, str]],
    country: str,
    *,
    prefix_optional: bool = False,
) -> TaxIdResult:
    """Try each (scheme, prefix written, rest) in order; first success wins."""
    failures: list[Failure] = []
    for scheme, prefix, body in attempts:
        if prefix is None and scheme.prefix_required and not prefix_optional:
            failures.append(missing_prefix(scheme, body))
            continue
        if not body:
            failures.append(empty_body(scheme, prefix or ""))
            continue
        outcome = _check(scheme, body)
        if isinstance(outcome, TaxIdResult):
            return outcome
        failures.append(outcome)
    reason, failed = pick(failures)
    return TaxIdResult(
        valid=False,
        normalized=cleaned,
        country=country,
        scheme=failed.name if failed else None,
        reason=reason,
    )


def _check(scheme: Scheme, body: str) -> TaxIdResult | Failure:
    """Run the scheme's module on ``body`` (the number without its prefix)."""
    argument = scheme.prefix + body if scheme.pass_prefix else body
    try:
        compact = _module(scheme.module).validate(argument)
    except Exception as error:  # stdnum raises ValidationError, rarely something plainer
        return failure_from_exception(scheme, body, error)
    if scheme.pass_prefix and compact.startswith(scheme.prefix):
        compact = compact[len(scheme.prefix) :]
    normalized = scheme.prefix + compact
    resolver = REGION_RESOLVERS.get(scheme.name)
    region = scheme.region or (resolver(normalized) if resolver else None)
    return TaxIdResult(
        valid=True, normalized=normalized, country=scheme.country, scheme=scheme.name, region=region
    )


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(name)
