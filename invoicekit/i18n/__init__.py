"""Translations of invoice labels and legal wording (gettext domain ``invoicekit``).

The catalogs ship inside the package (``locales/<locale>/LC_MESSAGES/invoicekit.mo``) and are
read with :mod:`importlib.resources`, so they work from a source checkout, an installed wheel
or a zip import alike::

    >>> translate("Invoice", "de_AT")
    'Rechnung'
    >>> translate("Page %(page)s of %(pages)s", "fr_CA", page=1, pages=3)
    'Page 1 sur 3'
    >>> best_locale("zh_Hans_CN"), best_locale("no"), best_locale("xx")
    ('zh_Hans', 'nb', 'en')

See ``docs/translations.md`` for how the catalogs are organised and maintained.
"""

from __future__ import annotations

import gettext
import io
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Final

__all__ = [
    "DOMAIN", "LOCALES", "best_locale", "catalog_problems", "locales_dir", "translate",
    "translate_count", "translator",
]  # fmt: skip

#: The locales with a shipped catalog, as ``language`` or ``language_Script`` (no regions).
LOCALES: Final[tuple[str, ...]] = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "bg",
    "el", "sv", "da", "fi", "et", "lv", "lt", "nb", "ru", "uk", "be", "kk", "tr", "ar", "he",
    "hi", "th", "ja", "zh_Hans", "ko",
)  # fmt: skip

#: The gettext domain: the catalogs are ``locales/<locale>/LC_MESSAGES/invoicekit.{po,mo}``.
DOMAIN: Final = "invoicekit"

#: The catalog used when nothing better matches, and the fallback for any msgid a catalog lacks.
DEFAULT_LOCALE: Final = "en"

# Language codes that are read with another language's catalog: Norwegian ("no") and
# Nynorsk ("nn") with Bokmål, the withdrawn ISO code "iw" as Hebrew.
_ALIASES: Final[dict[str, str]] = {"no": "nb", "nn": "nb", "iw": "he"}

# The script of the catalog used for a language given without a script (or with another one).
_DEFAULT_SCRIPT: Final[dict[str, str]] = {"zh": "Hans"}


def _parse(locale: str) -> tuple[str, str | None, str | None]:
    """Split ``"zh-hans-CN.UTF-8@x"`` into ``("zh", "Hans", "CN")``; tolerant of case and ``-``."""
    tag = locale.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = [part for part in tag.split("_") if part]
    if not parts:
        return "", None, None
    language = parts[0].lower()
    script = region = None
    for part in parts[1:]:
        if script is None and region is None and len(part) == 4 and part.isalpha():
            script = part.title()
        elif region is None and ((len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit())):
            region = part.upper()
    return language, script, region


@lru_cache(maxsize=256)
def best_locale(locale: str) -> str:
    """The catalog locale used for ``locale`` (one of :data:`LOCALES`).

    Accepts POSIX and BCP 47 forms (``"pt_BR"``, ``"pt-BR"``, ``"de_DE.UTF-8"``,
    ``"zh_Hans_CN"``). Tries language+script, then the language (``fr_CA`` -> ``fr``,
    ``zh`` / ``zh_CN`` -> ``zh_Hans``, ``no`` / ``nb_NO`` -> ``nb``), then English.
    """
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a str, not {type(locale).__name__}")
    language, script, _region = _parse(locale)
    language = _ALIASES.get(language, language)
    candidates: list[str] = []
    if script:
        candidates.append(f"{language}_{script}")
    candidates.append(language)
    if language in _DEFAULT_SCRIPT:
        candidates.append(f"{language}_{_DEFAULT_SCRIPT[language]}")
    for candidate in candidates:
        if candidate in LOCALES:
            return candidate
    return DEFAULT_LOCALE


def locales_dir() -> Traversable:
    """The ``locales`` directory inside the installed package."""
    return files(__name__) / "locales"


@cache
def _load(locale: str) -> gettext.GNUTranslations:
    with (locales_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as stream:
        translations = gettext.GNUTranslations(io.BytesIO(stream.read()))
    if locale != DEFAULT_LOCALE:
        translations.add_fallback(_load(DEFAULT_LOCALE))
    return translations


def translator(locale: str) -> gettext.NullTranslations:
    """A cached :class:`gettext.GNUTranslations` for the best catalog of ``locale``.

    Its ``gettext(msgid)`` returns the translation; a msgid missing from that catalog falls
    back to the English catalog, and one unknown to both comes back unchanged.
    """
    return _load(best_locale(locale))


def translate(msgid: str, locale: str, /, **params: object) -> str:
    """Translate ``msgid`` for ``locale`` and fill its ``%(name)s`` placeholders from ``params``.

    Parameter values are data: they are inserted with ``str()`` and never interpreted as
    placeholders or markup (escape the result for HTML/XML yourself). Without ``params`` the
    translation is returned as is. A placeholder without a parameter raises :class:`KeyError`;
    extra parameters are ignored.
    """
    text = translator(locale).gettext(msgid)
    if not params:
        return text
    return text % {name: str(value) for name, value in params.items()}


def translate_count(msgid: str, plural: str, count: int, locale: str, /, **params: object) -> str:
    """The plural form of ``msgid``/``plural`` that ``count`` takes in ``locale`` (the
    catalog's ``Plural-Forms`` rule: Russian 1, 2-4, 5-20, ...; Arabic six forms), with
    ``%(count)s`` and ``params`` filled in as :func:`translate` does."""
    from ..errors import expect

    expect("count", count, int, "an int")
    text = translator(locale).ngettext(msgid, plural, count)
    return text % {"count": str(count), **{name: str(value) for name, value in params.items()}}


def catalog_problems() -> list[str]:
    """Problems with the shipped catalogs; empty when every locale is complete and compiled.

    Reports missing, empty or fuzzy translations, ``%(name)s`` placeholder mismatches, stray
    ``%`` signs, msgids not in the template, catalogs missing or not listed in :data:`LOCALES`,
    and ``.mo`` files that differ from a fresh compile of their ``.po``.
    """
    from .compile import check

    return check(LOCALES)
