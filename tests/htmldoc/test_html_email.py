"""The e-mail: parts, attachments, determinism, size and what it may load."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

import invoicekit
from invoicekit.einvoice import to_ubl
from invoicekit.render import render_bytes

from .htmlcheck import normal, parse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DE = EXAMPLES / "de-invoice.toml"
BRAND = EXAMPLES / "i18n" / "brand" / "brand.toml"


@pytest.fixture(scope="module")
def computed() -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(DE))


def parsed(msg: EmailMessage) -> EmailMessage:
    back = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(back, EmailMessage)
    return back


def test_the_message_parses_back_into_its_parts(computed: invoicekit.Computed) -> None:
    brand = invoicekit.load_brand(BRAND)
    msg = invoicekit.email_message(
        computed, brand=brand, attach=["pdf", "ubl"], recipient="erika@example.com"
    )
    back = parsed(msg)
    types = [part.get_content_type() for part in back.walk()]
    assert types == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "multipart/related",
        "text/html",
        "image/png",
        "application/pdf",
        "application/xml",
    ]
    assert back["To"] == "erika@example.com"
    assert back["Subject"] == "Rechnung 2024-0042 · Kaffeerösterei Beispiel GmbH"
    attachments = {part.get_filename(): part.get_content() for part in back.iter_attachments()}
    # the PDF is byte for byte render_pdf's, the XML to_ubl's
    assert attachments["invoice-2024-0042.pdf"] == render_bytes(computed, brand=brand)
    assert attachments["invoice-2024-0042.xml"] == to_ubl(computed)


def test_the_logo_is_a_related_part_the_html_refers_to(computed: invoicekit.Computed) -> None:
    back = parsed(invoicekit.email_message(computed, brand=invoicekit.load_brand(BRAND)))
    logo = next(p for p in back.walk() if p.get_content_type() == "image/png")
    html = next(p for p in back.walk() if p.get_content_type() == "text/html").get_content()
    cid = logo["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html
    assert logo.get_content() == (EXAMPLES / "i18n" / "brand" / "logo.png").read_bytes()


def test_text_and_html_say_the_same(computed: invoicekit.Computed) -> None:
    back = parsed(invoicekit.email_message(computed, locale="ru"))
    text = next(p for p in back.walk() if p.get_content_type() == "text/plain").get_content()
    root = parse(next(p for p in back.walk() if p.get_content_type() == "text/html").get_content())
    lines = {normal(line) for line in text.splitlines()}
    for tr in root.find("table", "totals").find_all("tr"):  # every total, label and amount
        assert f"{normal(tr.find('th').text())}: {normal(tr.find('td').text())}" in lines
    for note in root.find_all("p", "note"):
        assert normal(note.text()) in normal(text)
    assert "Здравствуйте, Erika Mustermann!" in text  # the greeting, in the buyer's language


def test_the_same_document_gives_the_same_message(computed: invoicekit.Computed) -> None:
    brand = invoicekit.load_brand(BRAND)
    first = invoicekit.email_message(computed, brand=brand, attach=["pdf", "facturx"]).as_bytes()
    second = invoicekit.email_message(computed, brand=brand, attach=["pdf", "facturx"]).as_bytes()
    assert first == second
    assert b"Date:" not in first.split(b"\r\n\r\n")[0] and b"Message-ID" not in first


def test_a_factur_x_attachment_is_render_facturx_bytes(computed: invoicekit.Computed, tmp_path: Path) -> None:
    back = parsed(invoicekit.email_message(computed, attach=["facturx"]))
    (part,) = list(back.iter_attachments())
    invoicekit.render_facturx(computed, tmp_path / "fx.pdf")
    assert part.get_filename() == "invoice-2024-0042-facturx.pdf"
    assert part.get_content() == (tmp_path / "fx.pdf").read_bytes()


def test_an_unknown_attachment_is_an_error(computed: invoicekit.Computed) -> None:
    with pytest.raises(invoicekit.render.RenderError, match="attach: unknown attachment"):
        invoicekit.email_message(computed, attach=["zip"])
    with pytest.raises(invoicekit.render.RenderError, match="attach"):
        invoicekit.email_message(computed, attach="pdf")


def test_the_email_html_loads_nothing_and_is_small(computed: invoicekit.Computed) -> None:
    brand = invoicekit.load_brand(BRAND)
    markup = invoicekit.render_html(computed, brand=brand)
    assert len(markup.encode("utf-8")) < 100_000  # a one-page invoice
    root = parse(markup)
    assert not root.find_all("script") and not root.find_all("link")
    assert not root.find_all("img")  # no hosted logo_url: a local logo only on request
    assert "url(" not in markup and "@import" not in markup
    # the stylesheet is inlined: the lines table's header cells carry their style
    assert "border-bottom: 2px solid #6e3a1e" in root.find("table", "lines").find("th").attrs["style"]


def test_a_hosted_logo_is_the_only_external_resource(computed: invoicekit.Computed) -> None:
    brand = invoicekit.Brand(logo_url="https://shop.example/logo.png", accent="#1f4e79")
    root = parse(invoicekit.render_html(computed, brand=brand))
    sources = [node.attrs.get("src") for node in root.iter() if "src" in node.attrs]
    assert sources == ["https://shop.example/logo.png"]


def test_a_data_uri_logo_on_request(computed: invoicekit.Computed) -> None:
    markup = invoicekit.render_html(computed, brand=invoicekit.load_brand(BRAND), images="data")
    src = parse(markup).find("img").attrs["src"]
    assert re.match(r"data:image/png;base64,[A-Za-z0-9+/=]+$", src)


def test_the_readme_example_builds_the_receipt_with_the_pdf(
    computed: invoicekit.Computed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's three lines, run up to the sending (which is the shop's business)."""
    monkeypatch.chdir(Path(__file__).resolve().parents[2])  # its paths are the repository's
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = next(b for b in readme.split("```python\n")[1:] if "email_message" in b.split("```")[0])
    code = [line for line in block.split("```")[0].splitlines() if "smtplib" not in line]
    assert len(code) == 2
    scope: dict[str, object] = {"invoicekit": invoicekit, "computed": computed}
    exec("\n".join(code), scope)
    back = parsed(scope["msg"])  # type: ignore[arg-type]
    (pdf,) = list(back.iter_attachments())
    assert pdf.get_content() == render_bytes(computed, brand=invoicekit.load_brand(BRAND))
    assert back["From"] == "shop@example.de"


def test_the_zatca_qr_code_is_a_related_part_in_the_email() -> None:
    """Gmail hides data URIs: in the e-mail the QR code is a related ``cid:`` part, which a
    real decoder reads to the payload the PDF draws."""
    import io

    import zxingcpp
    from PIL import Image
    from presentation.test_local_documents import SA

    from invoicekit.presentation import present

    computed = invoicekit.compute(invoicekit.load(SA))
    (code,) = present(computed).qr
    back = parsed(invoicekit.email_message(computed))
    html = next(p for p in back.walk() if p.get_content_type() == "text/html").get_content()
    (qr,) = [p for p in back.walk() if p.get_content_type() == "image/png" and p.get_filename() == "qr.png"]
    cid = qr["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html and "data:image/png" not in html
    (found,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.get_content())))
    assert found.text == code.payload
