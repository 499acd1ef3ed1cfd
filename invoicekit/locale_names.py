"""Babel's name for a locale, without importing Babel when the name is already one of its own.

Loading and computing a document only needs to know that its ``locale`` exists. Babel ships
one ``locale-data/<name>.dat`` file per locale, and every such name parses to itself
(``Locale.parse("fr_CA")`` is ``fr_CA``; a test checks all of them), so a name with a file
is answered from the file system; any other spelling (``fr-ca``, ``zh_CN``) goes to Babel.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache

_NAME = re.compile(r"[A-Za-z0-9_]+")


@cache
def _data_dir() -> str | None:
    spec = importlib.util.find_spec("babel")
    locations = spec.submodule_search_locations if spec is not None else None
    return os.path.join(locations[0], "locale-data") if locations else None


def shipped_name(tag: str) -> bool:
    """Whether ``tag`` is exactly the name of one of Babel's locale data files."""
    folder = _data_dir()
    return bool(folder and _NAME.fullmatch(tag)) and os.path.isfile(os.path.join(str(folder), f"{tag}.dat"))


@cache
def canonical_locale(name: str) -> str | None:
    """``str(babel.Locale.parse(name))`` with ``-`` read as ``_``; ``None`` for a locale Babel
    does not know (where ``Locale.parse`` raises)."""
    tag = name.replace("-", "_")
    if shipped_name(tag):
        return tag
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(tag))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
