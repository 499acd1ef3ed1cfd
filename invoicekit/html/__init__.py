"""HTML receipts and invoices for e-mail and the web, drawn from the presentation model.

``render_html(computed, mode="email")`` gives the body of an e-mail receipt: tables for
layout, the stylesheet inlined into ``style`` attributes (css-inline), no script and no
external resource but a brand's hosted logo. ``mode="page"`` gives a standalone, printable,
accessible page. Both say exactly what the PDF says: labels, amounts, tax rows and legal
notes all come from :func:`invoicekit.presentation.present`. See docs/html.md.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Literal

from ..language import document_locale
from ..presentation import DocumentView, isolates, present
from ..presentation.errors import RenderError
from ..result import Computed
from .contrast import ContrastWarning, parse_hex, warn_contrast
from .document import Options, document_body, image_cid
from .mail import email_message
from .markup import Raw, h, render
from .style import font_stack, stylesheet

if TYPE_CHECKING:
    from ..render.brand import Brand

__all__ = ["ContrastWarning", "email_message", "logo_cid", "render_html", "render_text"]

Mode = Literal["email", "page"]
Images = Literal["none", "cid", "data"]
MODES = ("email", "page")
IMAGES = ("none", "cid", "data")
_MIME = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def _brand(brand: object) -> Brand:
    """``brand`` checked (a :class:`Brand` or ``None`` for the default look)."""
    from ..render.brand import Brand

    if brand is None:
        return Brand()
    if not isinstance(brand, Brand):
        hint = f" (load it with invoicekit.load_brand({brand!r}))" if isinstance(brand, str) else ""
        raise RenderError(f"brand: expected a Brand, got {type(brand).__name__}{hint}")
    return brand


def logo_bytes(brand: Brand) -> tuple[bytes, str] | None:
    """The brand's logo file and its MIME type (checked as the PDF checks it), if any."""
    from ..render.brand import check_brand

    if brand.logo is None:
        return None
    check_brand(brand)  # a missing or broken logo is a BrandError naming the file
    data = brand.logo.read_bytes()
    mime = next(m for head, m in _MIME.items() if data.startswith(head))
    return data, mime


def logo_cid(data: bytes) -> str:
    """The Content-ID of a logo: from its bytes, so the same logo gives the same message."""
    return image_cid(data, "logo")


def _logo_src(brand: Brand, images: str) -> str | None:
    """A local logo as ``cid:`` or a data URI when asked, else the hosted ``logo_url``."""
    logo = logo_bytes(brand) if images != "none" else None
    if logo is not None:
        data, mime = logo
        if images == "cid":
            return f"cid:{logo_cid(data)}"
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return brand.logo_url


def _check(computed: object, mode: str, images: str | None, **texts: object) -> None:
    if not isinstance(computed, Computed):
        raise RenderError(
            f"computed: expected the result of invoicekit.compute(), got {type(computed).__name__}"
        )
    if mode not in MODES:
        raise RenderError(f"mode: unknown mode {mode!r} (use email or page)")
    if images is not None and images not in IMAGES:
        raise RenderError(f"images: unknown value {images!r} (use none, cid or data)")
    for name, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise RenderError(f"{name}: expected text or None, got {type(value).__name__}")


def _tag(locale: str) -> str:
    return locale.replace("_", "-")


def render_html(
    computed: Computed,
    *,
    locale: str | None = None,
    second_locale: str | None = None,
    brand: object = None,
    mode: Mode = "email",
    images: Images | None = None,
    template: str | None = None,
) -> str:
    """The HTML of ``computed`` (same input, same string). ``mode``: ``"email"`` (inlined
    CSS, layout tables, greeting) or ``"page"`` (a standalone page with a print stylesheet).
    ``images``: how a brand's logo file is shown: ``"none"`` (default in e-mails: only a
    hosted ``logo_url``), ``"cid"`` (for :func:`invoicekit.email_message`) or ``"data"``
    (a data URI, the default for pages). Warns with :class:`ContrastWarning` when the brand
    accent fails WCAG AA on white. Raises :class:`RenderError` for a bad option."""
    _check(computed, mode, images, locale=locale, second_locale=second_locale, template=template)
    chosen = _brand(brand)
    view = present(computed, locale=locale, second_locale=second_locale, brand=chosen, template=template)
    chosen.accent_rgb()  # a bad colour is a BrandError here too
    accent = "#{:02x}{:02x}{:02x}".format(*parse_hex(chosen.accent))
    warn_contrast(accent)
    opt = Options(
        mode,
        _tag(second_locale) if second_locale else None,
        _logo_src(chosen, images or ("data" if mode == "page" else "none")),
        cid_images=images == "cid",
    )
    return html_document(view, opt, accent, chosen.font_family)


def html_document(view: DocumentView, opt: Options, accent: str, family: str | None) -> str:
    """The whole document as text; in e-mail mode with its CSS inlined."""
    css = stylesheet(accent, font_stack(view.language, family), page=opt.mode == "page")
    title = isolates.plain(f"{view.title_plain} {view.number}")  # <title> holds text only, no <bdi>
    head = h(
        "head",
        None,
        h("meta", {"charset": "utf-8"}),
        h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        h("meta", {"name": "color-scheme", "content": "light"}),
        h("title", None, title),
        h("style", None, Raw(css)),
    )
    root = h(
        "html",
        {"lang": _tag(view.locale), "dir": "rtl" if view.rtl else "ltr"},
        head,
        document_body(view, opt),
    )
    markup = "<!DOCTYPE html>\n" + render(root) + "\n"
    if opt.mode == "email":
        markup = inline_css(markup)
    return markup


def inline_css(markup: str) -> str:
    """The stylesheet moved into ``style`` attributes; media queries stay in the head for
    the clients that read them. Nothing is fetched."""
    import css_inline

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    result: str = inliner.inline(markup)
    return result


def render_text(
    computed: Computed,
    *,
    locale: str | None = None,
    second_locale: str | None = None,
    brand: object = None,
    template: str | None = None,
) -> str:
    """The plain-text alternative of the e-mail: the same content as :func:`render_html`."""
    from .plain import plain_text

    _check(computed, "email", None, locale=locale, second_locale=second_locale, template=template)
    view = present(
        computed, locale=locale, second_locale=second_locale, brand=_brand(brand), template=template
    )
    return plain_text(view)


def default_locale(computed: Computed) -> str:
    return document_locale(computed.invoice)
