"""Paths from callers: a path the operating system cannot take is named, not a ValueError.

``open("a\\x00b")`` raises ValueError ("embedded null byte") and a lone surrogate
(``"\\ud800.toml"``) a UnicodeEncodeError, before any file is touched; every function
that takes a path checks it with :func:`path_problem` first and raises its own error.
"""

from __future__ import annotations

import os
from collections.abc import Callable


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


def normal_name(path: str | os.PathLike[str]) -> str:
    """``str(pathlib.Path(path))``, without importing pathlib for a name already written that
    way (on POSIX: no empty or ``.`` parts, no ``..``, no trailing slash), such as the
    shipped data's folders: ``compute FILE`` then runs without pathlib (and the
    ``urllib.parse`` and ``ipaddress`` it imports), about 5% of its start-up.

    >>> normal_name("taxdata/eu"), normal_name("./taxdata//eu/")
    ('taxdata/eu', 'taxdata/eu')
    """
    if isinstance(path, str) and os.name == "posix" and path == os.path.normpath(path):
        if ".." not in path.split("/"):
            return path
    from pathlib import Path

    return str(Path(path))


def suffix_of(name: str) -> str:
    """``pathlib.Path(name).suffix`` of a :func:`normal_name`: the last part's ending from its
    last dot, if the dot neither starts nor ends the part.

    >>> suffix_of("examples/de.invoice.TOML"), suffix_of("dir.d/.toml"), suffix_of("a.")
    ('.TOML', '', '')
    """
    last = _last_part(name)
    dot = last.rfind(".")
    return last[dot:] if 0 < dot < len(last) - 1 else ""


def stem_of(name: str) -> str:
    """``pathlib.Path(name).stem`` of a :func:`normal_name` (its last part less its suffix)."""
    last = _last_part(name)
    return last[: len(last) - len(suffix_of(last))]


def _last_part(name: str) -> str:
    """``pathlib.Path(name).name`` of a :func:`normal_name` (``"."`` alone has no name)."""
    last = name.rsplit(os.sep, 1)[-1]
    return "" if last == "." else last


def read_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of a file, as ``pathlib.Path(path).read_text(encoding="utf-8")`` gives
    it; an error is raised by that call itself, so that its message (which names the path
    as pathlib writes it) is what it was when the callers used pathlib."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        from pathlib import Path

        return Path(path).read_text(encoding="utf-8")


def path_attributes(module: str, names: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that gives each of ``names`` (attribute -> file name) as a
    ``pathlib.Path``, made when first asked for (a module's public path constants, kept
    without importing pathlib at start-up)."""

    def __getattr__(name: str) -> object:
        if name in names:
            from pathlib import Path

            return Path(names[name])
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
