"""Paths from callers: a path the operating system cannot take is named, not a ValueError.

``open("a\\x00b")`` raises ValueError ("embedded null byte") and a lone surrogate
(``"\\ud800.toml"``) a UnicodeEncodeError, before any file is touched; every function
that takes a path checks it with :func:`path_problem` first and raises its own error.
"""

from __future__ import annotations

import os


def path_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot name a file, or None.

    >>> path_problem("invoice.toml")
    >>> path_problem("a\\x00b")
    'not a usable path: it contains a NUL character'
    >>> path_problem("\\ud800.toml")
    'not a usable path: it contains a character the file system cannot encode (U+D800)'
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        return None if b"\0" not in name else "not a usable path: it contains a NUL character"
    if "\0" in name:
        return "not a usable path: it contains a NUL character"
    try:
        os.fsencode(name)
    except UnicodeEncodeError as exc:
        code = ord(name[exc.start])
        return f"not a usable path: it contains a character the file system cannot encode (U+{code:04X})"
    return None


def shown(path: str | os.PathLike[str]) -> str:
    """``path`` as text safe to print: unprintable characters escaped (``\\x00``, ``\\ud800``)."""
    name = os.fsdecode(path)
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name)
