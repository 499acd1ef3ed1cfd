"""The shipped tax data's TOML, parsed ahead of time.

``tomllib`` reads a string one character at a time in Python: parsing ``DE.toml`` was about
8.5M instructions of ``invoicekit compute``'s start-up (issue #13). ``taxdata/parsed.marshal``
holds, for every shipped jurisdiction file, the file's text and what ``tomllib.loads`` gave
for it, written with :mod:`marshal` (a C reader, and every value ``tomllib`` gave for the
shipped files is a dict, list, str, int, float or bool, which marshal keeps exactly: key
order, ``bool`` against ``int``, the float's bits). A file's stored data is used only when its
stored text is the text just read, so an edited file, a shop's layer or a stale
``parsed.marshal`` is parsed by ``tomllib`` as before: the stored data can never answer for a
text it was not made from. ``tests/test_taxdata_parsed.py`` fails when ``parsed.marshal`` is
not what :func:`build` makes from the files now; write it again with
``python -c "from invoicekit.taxtable.parsed import main; main()"``.
"""

from __future__ import annotations

import marshal
import os
from typing import Any

from ..resources import shipped_dir_name

PARSED_FILE = "parsed.marshal"
_VERSION = 4  # marshal's format version (Python 3.4 and later read it)
_blobs: dict[str, bytes] | None = None


def _shipped_key(path: str) -> str | None:
    """``path`` relative to the shipped data folder with ``/`` between parts, or None for a
    file elsewhere (a shop's layer)."""
    top = shipped_dir_name("taxdata") + os.sep
    if not path.startswith(top):
        return None
    return path[len(top) :].replace(os.sep, "/")


def _stored() -> dict[str, bytes]:
    """The stored files (key to marshalled ``(text, data)``), read once; empty without
    ``parsed.marshal`` or when it cannot be read."""
    global _blobs
    if _blobs is None:
        try:
            with open(os.path.join(shipped_dir_name("taxdata"), PARSED_FILE), "rb") as handle:
                loaded = marshal.loads(handle.read())
        except (OSError, ValueError, EOFError, TypeError):
            loaded = {}
        _blobs = loaded if isinstance(loaded, dict) else {}
    return _blobs


def stored_data(path: str, text: str) -> dict[str, Any] | None:
    """What ``tomllib.loads(text)`` gives for the shipped file ``path``, if ``parsed.marshal``
    holds it for exactly this text; else None (the caller parses the text)."""
    key = _shipped_key(path)
    blob = _stored().get(key) if key is not None else None
    if blob is None:
        return None
    stored_text, data = marshal.loads(blob)
    return data if stored_text == text and isinstance(data, dict) else None


def build(directory: str) -> bytes:
    """``parsed.marshal`` for the jurisdiction files below ``directory``, the text of each
    read as the loader reads it; a file ``tomllib`` refuses, or whose data marshal cannot
    keep exactly, is left out (it is parsed when read)."""
    import tomllib

    from ..paths import read_text
    from .table import _file_names

    stored: dict[str, bytes] = {}
    for name in sorted(_file_names(directory, []), key=lambda n: n.split(os.sep)):
        text = read_text(name)
        try:
            data = tomllib.loads(text)
            blob = marshal.dumps((text, data), _VERSION)
        except (tomllib.TOMLDecodeError, ValueError, RecursionError):
            continue
        key = os.path.relpath(name, directory).replace(os.sep, "/")
        stored[key] = blob
    return marshal.dumps(stored, _VERSION)


def main() -> int:
    """Write ``parsed.marshal`` into the shipped data folder."""
    directory = shipped_dir_name("taxdata")
    with open(os.path.join(directory, PARSED_FILE), "wb") as handle:
        handle.write(build(directory))
    return 0
