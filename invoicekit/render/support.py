"""A shop's support contact and its personal greeting: the parts of a brand with words.

:class:`SupportContact` holds the channels (e-mail, phone, chat address), the opening hours
(the shop's own text, one for every language or one per language) and how soon it answers,
in whole hours, which the documents print in the buyer's language ("We reply within 24
hours"). :class:`Greetings` are the shop's own greeting templates per language, each with
the one placeholder ``%(name)s``; where the shop gives none, the catalog's "Hello %(name)s,"
is used. Both are plain values: reading them from brand.toml is :mod:`.brand`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from attrs import field, frozen

from .errors import BrandError

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_MAX_HOURS = 24 * 31


def _pairs(value: object) -> tuple[tuple[str, str], ...]:
    """``{"de": "...", "en": "..."}`` or pairs as sorted ``(language, text)`` pairs (sorted:
    the same brand gives the same documents whatever order its file lists them in)."""
    if value is None:
        return ()
    items: Iterable[tuple[object, object]] = value.items() if isinstance(value, Mapping) else value  # type: ignore[assignment]
    return tuple(sorted((str(k), str(v)) for k, v in items))


def _language(tag: str) -> str:
    return tag.replace("-", "_").split("_")[0].lower()


def pick(pairs: tuple[tuple[str, str], ...], locale: str) -> str | None:
    """The text for ``locale`` from ``(language, text)`` pairs: the exact tag (``pt_BR``),
    else its language (``pt``), else the pair for every language (``"*"``)."""
    wanted = locale.replace("-", "_").lower()
    by_tag = {tag.replace("-", "_").lower(): text for tag, text in pairs}
    for key in (wanted, _language(wanted), "*"):
        if key in by_tag:
            return by_tag[key]
    return None


def _hours(value: object) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str):
        return (("*", value),)
    return _pairs(value)


@frozen
class SupportContact:
    """How a buyer reaches the shop. Every part optional; ``hours``: ``"Mo-Fr 9-18"`` for all
    languages or ``{"de": "Mo-Fr 9-18 Uhr", "en": "Mon-Fri 9am-6pm"}``."""

    email: str | None = None
    phone: str | None = None
    chat_url: str | None = None
    hours: tuple[tuple[str, str], ...] = field(default=(), converter=_hours)
    response_hours: int | None = None

    def __attrs_post_init__(self) -> None:
        hours = self.response_hours
        if hours is not None and (isinstance(hours, bool) or not isinstance(hours, int)):
            raise BrandError("support_contact.response_hours", f"expected whole hours, got {hours!r}")
        if hours is not None and not 1 <= hours <= _MAX_HOURS:
            raise BrandError(
                "support_contact.response_hours", f"must be 1 to {_MAX_HOURS} hours, got {hours}"
            )
        url = self.chat_url
        if url is not None and not url.lower().startswith(("https://", "http://")):
            raise BrandError("support_contact.chat_url", f"not a web address (https://...): {url!r}")

    def hours_for(self, locale: str) -> str | None:
        """The opening hours for ``locale`` (its own, else the language's, else the common ones)."""
        return pick(self.hours, locale)

    def is_empty(self) -> bool:
        return not (self.email or self.phone or self.chat_url or self.hours or self.response_hours)


@frozen
class Greetings:
    """The shop's greeting templates per language (``{"de": "Moin %(name)s!"}``), each with
    ``%(name)s`` and no other placeholder."""

    templates: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)

    def __attrs_post_init__(self) -> None:
        for tag, text in self.templates:
            names = set(_PLACEHOLDER.findall(text))
            if names != {"name"} or "%" in _PLACEHOLDER.sub("", text):
                raise BrandError(
                    f"greeting.{tag}", f"must contain %(name)s and no other placeholder or '%': {text!r}"
                )

    def for_locale(self, locale: str) -> str | None:
        """The shop's template for ``locale``, if it wrote one."""
        return pick(self.templates, locale)
