"""The ``invoicekit taxid`` subcommand: :func:`taxid_main`.

``invoicekit taxid VALUE [--country CC | --scheme NAME] [--online] [--json]
[--requester VAT_ID] [--timeout S] [--retries N] [--vies-url URL] [--hmrc-url URL]``

``--scheme`` checks the number against that one scheme: the way to check a further
registration such as a Québec QST number (``ca.qst``), which is never tried for a country.

Exit status: 0 valid, 3 invalid, 4 online check unavailable, 2 usage error. With
``--online`` a number valid offline is also checked with VIES (EU and XI numbers) or HMRC
(GB numbers; the OAuth bearer token is read from ``$INVOICEKIT_HMRC_TOKEN``); other
schemes have no online register here, which gives 4. A number invalid offline is not
sent anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from invoicekit.errors import OnlineLimitError
from invoicekit.taxid.hmrc import HMRC_BASE_URL, check_hmrc
from invoicekit.taxid.online import MAX_RETRIES, OnlineResult, check_limits, utc_now
from invoicekit.taxid.result import TaxIdResult
from invoicekit.taxid.validate import validate_in_scheme, validate_tax_id
from invoicekit.taxid.vies import VIES_BASE_URL, check_vies

EXIT_VALID = 0
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_UNAVAILABLE = 4

#: Environment variable holding the OAuth 2.0 bearer token for HMRC's API.
HMRC_TOKEN_ENV = "INVOICEKIT_HMRC_TOKEN"

_EXIT_BY_STATE = {"valid": EXIT_VALID, "invalid": EXIT_INVALID, "unavailable": EXIT_UNAVAILABLE}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``invoicekit taxid``."""
    parser = argparse.ArgumentParser(
        prog="invoicekit taxid",
        description="Validate a tax identifier (VAT number, GSTIN, ABN, ...) offline, "
        "and optionally with VIES or HMRC.",
        epilog="exit status: 0 valid, 3 invalid, 4 online check unavailable, 2 usage error",
    )
    parser.add_argument("value", help="the number, e.g. 'FR 40 303 265 045'")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--country", metavar="CC", help="ISO country code, for numbers without a prefix")
    where.add_argument("--scheme", metavar="NAME", help="check against this scheme only (e.g. ca.qst)")
    parser.add_argument("--online", action="store_true", help="also ask VIES (EU, XI) or HMRC (GB)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a line of text")
    parser.add_argument("--requester", metavar="VAT_ID", help="your VAT number, for a consultation number")
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="seconds one request may take, connect to last byte (finite, > 0; default 10)",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=2,
        metavar="N",
        help=f"retries after a transient failure (0-{MAX_RETRIES}, default 2)",
    )
    parser.add_argument("--vies-url", default=VIES_BASE_URL, help=argparse.SUPPRESS)
    parser.add_argument("--hmrc-url", default=HMRC_BASE_URL, help=argparse.SUPPRESS)
    return parser


def taxid_main(argv: list[str]) -> int:
    """Run ``invoicekit taxid`` with ``argv`` (the arguments after ``taxid``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help (0) or a usage error (2)
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:  # the same rule as the library's: finite timeout > 0 (no inf/nan), retries 0-10
        check_limits(args.timeout, args.retries)
    except OnlineLimitError as error:
        print(f"invoicekit taxid: --{error}", file=sys.stderr)
        return EXIT_USAGE
    if args.scheme:
        offline = validate_in_scheme(args.value, args.scheme.strip().lower())
    else:
        offline = validate_tax_id(args.value, args.country)
    online: OnlineResult | None = None
    if args.online and offline.valid:
        try:
            online = _check_online(offline, args)
        except ValueError as error:  # e.g. an unusable --requester
            print(f"invoicekit taxid: {error}", file=sys.stderr)
            return EXIT_USAGE
    status = _exit_status(offline, online)
    if args.json:
        document = {"offline": offline.to_dict(), "online": online.to_dict() if online else None}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(_describe(offline))
        if online is not None:
            print(_describe_online(online))
    return status


def _check_online(offline: TaxIdResult, args: argparse.Namespace) -> OnlineResult:
    limits = {"timeout": args.timeout, "retries": args.retries}
    if offline.scheme in ("eu.vat", "xi.vat"):
        return check_vies(offline, requester=args.requester, base_url=args.vies_url, **limits)
    if offline.scheme == "gb.vat":
        return check_hmrc(
            offline.normalized,
            requester=args.requester,
            bearer_token=os.environ.get(HMRC_TOKEN_ENV),
            base_url=args.hmrc_url,
            **limits,
        )
    return OnlineResult(
        state="unavailable",
        vat_id=offline.normalized,
        service="none",
        checked_at=utc_now(),
        detail=f"no online register is supported for {offline.scheme} numbers",
    )


def _exit_status(offline: TaxIdResult, online: OnlineResult | None) -> int:
    if not offline.valid:
        return EXIT_INVALID
    return _EXIT_BY_STATE[online.state] if online else EXIT_VALID


def _describe(result: TaxIdResult) -> str:
    """One line for an offline result.

    >>> _describe(validate_tax_id("XI980780684"))
    'XI980780684: valid (xi.vat, GB, region GB-NIR)'
    >>> _describe(validate_tax_id("DE136695975"))
    'DE136695975: invalid: checksum does not match (eu.vat, DE)'
    >>> _describe(validate_in_scheme("1227494057 TQ 0001", "ca.qst"))
    '1227494057TQ0001: valid (ca.qst, CA)'
    """
    where = ", ".join(
        part
        for part in (result.scheme, result.country, f"region {result.region}" if result.region else None)
        if part
    )
    suffix = f" ({where})" if where else ""
    if result.valid:
        return f"{result.normalized}: valid{suffix}"
    return f"{result.normalized or '(empty)'}: invalid: {result.reason}{suffix}"


def _describe_online(result: OnlineResult) -> str:
    """One line for an online result."""
    parts: list[str] = []
    for label, value in (
        ("name", result.name),
        ("address", result.address.replace("\n", ", ") if result.address else None),
        ("consultation", result.consultation_number),
        ("checked", result.checked_at.isoformat() if result.checked_at else None),
        (None, result.detail),
    ):
        if value:
            parts.append(f"{label} {value}" if label else value)
    return f"online ({result.service}): {result.state}" + (f": {'; '.join(parts)}" if parts else "")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``python -m invoicekit.taxid.cli``."""
    return taxid_main(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
