"""The e-mail of a document: text and HTML alternatives, the logo, the PDF and, on request,
the Factur-X PDF or the UBL file, as one standard-library :class:`EmailMessage`.

Sending is the shop's business (any SMTP library takes the message). The message carries
no Date or Message-ID and its MIME boundaries come from a hash of its content, so the same
document gives the same bytes: a message can be stored, compared and sent later.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from email.message import EmailMessage, Message
from email.policy import SMTP
from typing import TYPE_CHECKING

from ..presentation import isolates, present
from ..presentation.errors import RenderError
from ..result import Computed

if TYPE_CHECKING:
    from ..render import RenderArgs

ATTACHMENTS = ("pdf", "facturx", "ubl")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _file_name(kind: str, number: str, suffix: str) -> str:
    """``invoice-2024-0042.pdf``: ASCII only, every mail client shows it unchanged."""
    stem = _UNSAFE.sub("_", number).strip("._") or "document"
    return f"{kind.replace('_', '-')}-{stem}{suffix}"


def _files(
    computed: Computed, attach: Sequence[str], options: RenderArgs
) -> list[tuple[bytes, str, str, str]]:
    """(bytes, maintype, subtype, file name) of each attachment asked for, in that order."""
    unknown = [a for a in attach if a not in ATTACHMENTS]
    if isinstance(attach, str) or unknown:
        shown = attach if isinstance(attach, str) else unknown
        raise RenderError(f"attach: unknown attachment {shown!r} (use a list of {', '.join(ATTACHMENTS)})")
    kind, number = computed.invoice.kind, computed.invoice.number
    files: list[tuple[bytes, str, str, str]] = []
    for name in dict.fromkeys(attach):
        if name == "pdf":
            from ..render import render_bytes

            data = render_bytes(computed, **options)
            files.append((data, "application", "pdf", _file_name(kind, number, ".pdf")))
        elif name == "facturx":
            from ..facturx import facturx_bytes

            data = facturx_bytes(computed, **options)
            files.append((data, "application", "pdf", _file_name(kind, number, "-facturx.pdf")))
        else:
            from ..einvoice import to_ubl

            files.append((to_ubl(computed), "application", "xml", _file_name(kind, number, ".xml")))
    return files


def email_message(
    computed: Computed,
    *,
    locale: str | None = None,
    second_locale: str | None = None,
    brand: object = None,
    template: str | None = None,
    attach: Sequence[str] = ("pdf",),
    sender: str | None = None,
    recipient: str | None = None,
    subject: str | None = None,
) -> EmailMessage:
    """The e-mail of ``computed``: a text and an HTML alternative (the logo as a related
    ``cid:`` image) and the attachments ``attach`` (``"pdf"``: :func:`render_pdf`'s bytes,
    ``"facturx"``: :func:`render_facturx`'s, ``"ubl"``: :func:`to_ubl`'s), all in the same
    language and brand. ``recipient`` defaults to the buyer's e-mail address, ``subject`` to
    "Rechnung 2024-0042 · Seller". Raises :class:`RenderError` for a bad option."""
    from . import _brand, logo_bytes, logo_cid, render_html, render_text
    from .document import image_cid, qr_png

    chosen = _brand(brand)
    languages = {"locale": locale, "second_locale": second_locale, "template": template}
    html = render_html(computed, mode="email", images="cid", brand=chosen, **languages)
    text = render_text(computed, brand=chosen, **languages)
    view = present(computed, brand=chosen, **languages)
    files = _files(computed, attach, {"brand": chosen, **languages})  # type: ignore[typeddict-item]

    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject or isolates.plain(
        f"{view.title_plain} {view.number} · {computed.invoice.seller.name}"
    )
    if sender:
        msg["From"] = sender
    to = recipient or computed.invoice.buyer.email
    if to:
        msg["To"] = to
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    html_part = msg.get_payload()[1]  # type: ignore[index]  # the HTML alternative
    assert isinstance(html_part, EmailMessage)
    logo = logo_bytes(chosen)
    if logo is not None:
        data, mime = logo
        maintype, subtype = mime.split("/")
        html_part.add_related(data, maintype, subtype, cid=f"<{logo_cid(data)}>", filename=f"logo.{subtype}")
    for code in view.qr:  # the ZATCA QR code, as the HTML refers to it
        png = qr_png(code.payload)
        html_part.add_related(png, "image", "png", cid=f"<{image_cid(png, 'qr')}>", filename="qr.png")
    for data, maintype, subtype, name in files:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    _fix_boundaries(msg)
    return msg


def _fix_boundaries(msg: Message) -> None:
    """Replace the random MIME boundaries by ones from a hash of each part's content."""
    for depth, part in enumerate(msg.walk()):
        if part.is_multipart():
            digest = hashlib.sha256()
            for sub in part.walk():
                if not sub.is_multipart():
                    digest.update(sub.get_payload(decode=False).encode("ascii", "surrogateescape"))  # type: ignore[union-attr]
            part.set_boundary(f"=_invoicekit_{depth}_{digest.hexdigest()[:32]}")
