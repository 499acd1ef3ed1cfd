"""Portal fixtures: a register of two buyers on SQLite (and PostgreSQL when
``INVOICEKIT_TEST_POSTGRES`` is set), the portal app over it and a clock the tests move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from register.conftest import url  # noqa: F401  (the sqlite/postgresql parametrised URL)
from register.support import document

import invoicekit
from invoicekit import portal
from invoicekit.register import Register

from .served import BOB, ERIKA, SECRET  # noqa: F401  (ERIKA: the tests import it from here)

BASE = "http://testserver/"
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
RETENTION = 10  # years, as Italian and (for books) German law keep them


class Clock:
    """The portal's clock, moved by the tests (links and sessions expire against it)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def reg(url: str) -> Iterator[Register]:  # noqa: F811
    """Erika: invoices 2026-00001 (with UBL, and a Factur-X PDF attached) and 2026-00002,
    credit note CN-0001 (with CII) for 2026-00001; Bob: invoice 2026-00003."""
    from invoicekit.facturx import facturx_bytes

    with Register(url) as register:
        register.migrate()
        register.create_series("INV", format="{year}-{seq:05}", reset="yearly")
        register.create_series("CN", format="CN-{seq:04}", reset="never", kind="credit_note")
        register.issue(document(1, issue_date="2026-03-02"), series="INV", xml="ubl",
                       attachments=lambda computed: {"factur-x.pdf": facturx_bytes(computed)})  # fmt: skip
        register.issue(document(2, issue_date="2026-03-03"), series="INV")
        bob = document(3, email=BOB, name="Bob <b>Other</b>", issue_date="2026-03-04")
        register.issue(bob, series="INV")
        register.issue(document(4, kind="credit_note", issue_date="2026-03-06"), series="CN", xml="cii")
        yield register


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def brand() -> Any:
    return invoicekit.load_brand("examples/i18n/brand/brand.toml")


@pytest.fixture
def client(reg: Register, brand: Any, clock: Clock) -> Iterator[Any]:
    from starlette.testclient import TestClient

    app = portal.app(reg, brand=brand, secret=SECRET, base_url=BASE, clock=clock, retention_years=RETENTION)
    with TestClient(app, base_url="http://testserver", follow_redirects=False) as c:
        yield c


def enter(client: Any, buyer: str, clock: Clock, hours: int = 24) -> Any:
    """Open ``buyer``'s signed link (valid ``hours`` from the clock's now); the response."""
    link = portal.link(buyer, expires=dt.timedelta(hours=hours), secret=SECRET, base_url=BASE, now=clock.now)
    return client.get(link)


@pytest.fixture
def bob_client(client: Any, clock: Clock) -> Any:
    """The client holding Bob's session."""
    assert enter(client, BOB, clock).status_code == 303
    return client
