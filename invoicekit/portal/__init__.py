"""The self-service billing portal: a small ASGI application a shop mounts into its site,
where a buyer reached by a signed, expiring link sees their invoice history, opens and
downloads their documents and asks for their personal data to be erased. docs/portal.md.

:func:`link` needs only the standard library; :func:`app` needs the ``portal`` extra
(Starlette).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from ..errors import expect
from . import tokens

DEFAULT_SESSION = dt.timedelta(hours=1)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _secret(secret: bytes | str) -> bytes:
    expect("secret", secret, (bytes, str), "the portal secret (bytes, at least 32)")
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    if len(key) < 32:
        raise ValueError(f"secret: must be at least 32 bytes, got {len(key)}")
    return key


def link(
    buyer: str,
    *,
    expires: dt.datetime | dt.timedelta,
    secret: bytes | str,
    base_url: str,
    now: dt.datetime | None = None,
) -> str:
    """The signed URL that opens ``buyer``'s portal until ``expires`` (a time, or a span from
    now): ``{base_url}?t=TOKEN``. The shop sends it from its account page or an e-mail."""
    expect("base_url", base_url, str, "the portal's address, e.g. 'https://shop.example/billing/'")
    until = (now or _now()) + expires if isinstance(expires, dt.timedelta) else expires
    token = tokens.sign(_secret(secret), tokens.LINK, buyer, until)
    return f"{base_url.rstrip('/')}/?t={quote(token)}"


def languages() -> tuple[str, ...]:
    """Every language the message catalogs have (the portal's language switch)."""
    from ..i18n import locales_dir

    return tuple(sorted(p.name for p in locales_dir().iterdir() if p.is_dir()))


def app(
    register: Any,
    *,
    brand: Any = None,
    secret: bytes | str,
    base_url: str,
    retention_years: int,
    languages_shown: Sequence[str] | None = None,
    session: dt.timedelta = DEFAULT_SESSION,
    clock: Callable[[], dt.datetime] = _now,
    shared_limit: bool = True,
) -> Any:
    """The portal over ``register`` (an :class:`invoicekit.Register`) dressed in ``brand``:
    an ASGI application to mount at ``base_url``. ``retention_years``: how long the shop's
    tax law keeps its invoices (counted from the end of the year of issue); an erasure
    request leaves the documents still inside it whole. ``session``: how long the cookie
    lasts. ``shared_limit``: count link failures in the register's database (every process
    sees them), else in this process's memory."""
    from .web import Portal, build

    expect("retention_years", retention_years, int, "a whole number of years, e.g. 10")
    if not 0 <= retention_years <= 100:
        raise ValueError(f"retention_years: must be 0 to 100, got {retention_years!r}")
    shown = tuple(languages_shown) if languages_shown is not None else languages()
    portal = Portal(register, brand, _secret(secret), base_url, shown, session, clock, retention_years,
                    shared_limit)  # fmt: skip
    return build(portal)


__all__ = ["app", "languages", "link"]
