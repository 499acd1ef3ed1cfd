"""``invoicekit portal serve`` on a free 127.0.0.1 port over a register of a few buyers:
for the browser test and for ``make_references.py``."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from register.support import document

from invoicekit.register import Register

SECRET = b"portal-test-secret-0123456789abcdef"
BOB = "bob.other@example.org"
BRAND = Path(__file__).resolve().parents[2] / "examples" / "i18n" / "brand" / "brand.toml"


ERIKA = "erika.buyer@example.org"


def fill(url: str) -> None:
    """Erika: 2024-00001, 2026-00001 (with UBL) and 2026-00003, credit note CN-0001 for
    2026-00001; Bob: 2026-00002."""
    with Register(url) as reg:
        reg.migrate()
        reg.create_series("INV", format="{year}-{seq:05}", reset="yearly")
        reg.create_series("CN", format="CN-{seq:04}", reset="never", kind="credit_note")
        reg.issue(document(5, issue_date="2024-11-05"), series="INV")
        reg.issue(document(1, issue_date="2026-03-02"), series="INV", xml="ubl")
        reg.issue(document(2, email=BOB, issue_date="2026-03-03"), series="INV")
        reg.issue(document(3, issue_date="2026-03-04"), series="INV")
        reg.issue(document(4, kind="credit_note", issue_date="2026-03-06"), series="CN")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(url: str, folder: Path, retention_years: int = 10) -> Iterator[str]:
    """The portal served over the register at ``url``; its base URL (``http://127.0.0.1:N/``)."""
    secret = folder / "portal-secret"
    secret.write_bytes(SECRET)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "invoicekit", "portal", "serve", "--db", url,
                               "--secret-file", str(secret), "--brand", str(BRAND),
                               "--retention-years", str(retention_years),
                               "--host", "127.0.0.1", "--port", str(port)])  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "the portal server exited"
                assert time.monotonic() < deadline, "the portal server did not start in 30 s"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
