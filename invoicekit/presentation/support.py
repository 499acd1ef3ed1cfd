"""The brand's support block and the personal greeting, in the document's language.

Both come from the brand (its ``[support_contact]`` and ``[greeting]`` tables), read through
attributes only, so the view needs no reportlab. The reply time is a plural message of the
catalogs ("We reply within 24 hours", "Мы отвечаем в течение 24 часов"); the greeting is the
shop's template for the language, else the catalog's "Hello %(name)s,".
"""

from __future__ import annotations

from typing import Any

from .labels import Labels
from .model import Field, SupportBlock
from .parties import label

_REPLY = ("We reply within %(count)s hour", "We reply within %(count)s hours")


def support_block(labels: Labels, brand: Any) -> SupportBlock | None:
    """The support block of ``brand`` (a :class:`~invoicekit.render.Brand`), if it has one."""
    contact = getattr(brand, "support_contact", None)
    if contact is None or contact.is_empty():
        return None
    fields: list[Field] = []
    for key, msgid, value in (
        ("email", "Email", contact.email),
        ("phone", "Phone", contact.phone and labels.code(contact.phone)),
        ("chat_url", "Chat", contact.chat_url and labels.code(contact.chat_url)),
        ("hours", "Opening hours", contact.hours_for(labels.name)),
    ):
        if value:
            fields.append(Field(key, label(labels, msgid), value))
    reply = None
    if contact.response_hours is not None:
        from ..i18n import translate_count

        reply = translate_count(*_REPLY, contact.response_hours, labels.catalog)
    return SupportBlock(
        label(labels, "Customer support"), tuple(fields), reply, contact.email, contact.chat_url
    )


def greeting(labels: Labels, brand: Any, name: str) -> str:
    """The greeting line for the buyer ``name``: the brand's template for the language, else
    the catalog's. The name is data: inserted once, never read as a template."""
    templates = getattr(brand, "greeting", None)
    own = templates.for_locale(labels.name) if templates is not None else None
    if own is not None:
        return str(own).replace("%(name)s", name)
    text: str = labels.t("Hello %(name)s,", name=name)
    return text
