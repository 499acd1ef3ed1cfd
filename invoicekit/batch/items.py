"""The documents of a batch, one :class:`Item` each, read lazily from a directory, a JSON
Lines file or any iterable: a month of invoices is never held in memory at once.

Each item has a *name* (where it came from: ``march/acme.json``, ``month.jsonl:12``,
``#3``), a *stem* (its outputs' path without suffix) and a *key*: SHA-256 of the name and
the document's bytes. The key is what a re-run recognises: the report lists the keys done,
and the register records the key with the record it issued (``issue(..., key=)``). An
edited document has a new key and is done again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import Problem
from ..limits import MAX_DOCUMENT_BYTES

SUFFIXES = (".json", ".toml")
JSON_LINES = (".jsonl", ".ndjson")


@frozen
class Item:
    """One document of a batch: its raw text (parsed in the worker) or a mapping, or the
    problem that kept it from being read."""

    name: str
    stem: str
    key: str
    text: str | None = None
    suffix: str = ".json"
    data: Mapping[str, Any] | None = None
    problem: Problem | None = None


def key_of(name: str, content: bytes) -> str:
    """The idempotency key of a document: SHA-256 of its name, a NUL and its bytes."""
    return hashlib.sha256(name.encode("utf-8") + b"\0" + content).hexdigest()


def items_from(source: str | os.PathLike[str] | Iterable[Any]) -> Iterator[Item]:
    """Items from a directory, a ``.jsonl`` file, or an iterable of mappings, paths or items."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            return from_directory(path)
        return from_json_lines(path)
    return from_iterable(source)


def count(source: str | os.PathLike[str]) -> int:
    """How many items :func:`items_from` will give for a directory or a JSON Lines file
    (a cheap first pass for the progress bar's ETA; the file is read in blocks, not whole)."""
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in _document_files(path))
    total = 0
    with path.open("rb") as handle:
        for line in handle:
            total += bool(line.strip())
    return total


def _document_files(root: Path) -> Iterator[tuple[str, str]]:
    """The .json and .toml files under ``root``, in sorted order, hidden ones left out: each
    as its path and its name relative to ``root`` in POSIX form (strings, not ``Path``
    objects: the parent does this for every document while the workers wait for it)."""
    top = os.fspath(root)
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        below = folder[len(top) :].lstrip(os.sep)  # os.walk joins each folder onto ``top``
        prefix = below.replace(os.sep, "/") + "/" if below else ""
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                yield os.path.join(folder, name), prefix + name


def from_directory(root: Path) -> Iterator[Item]:
    """One item per document file under ``root``; outputs mirror the tree (``a/b.json`` -> ``a/b.pdf``)."""
    for path, name in _document_files(root):
        suffix = os.path.splitext(name)[1]
        yield _file_item(path, name, name[: -len(suffix)], suffix.lower())


def _file_item(path: str | Path, name: str, stem: str, suffix: str) -> Item:
    """The item of one document file (read now: its key is a hash of its bytes)."""
    try:
        with open(path, "rb") as handle:
            content = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        unreadable = Problem(name, f"cannot read: {exc.strerror or exc}")
        return Item(name, stem, key_of(name, b""), problem=unreadable)
    return _text_item(name, stem, content, suffix)


def from_json_lines(path: Path) -> Iterator[Item]:
    """One item per non-blank line of a JSON Lines file, streamed line by line. Line 12 of
    ``month.jsonl`` is named ``month.jsonl:12`` and written as ``month-000012.pdf``."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            content = line.strip()
            if content:
                name = f"{path.name}:{number}"
                yield _text_item(name, f"{path.stem}-{number:06d}", content, ".json")


def _text_item(name: str, stem: str, content: bytes, suffix: str) -> Item:
    key = key_of(name, content)
    if len(content) > MAX_DOCUMENT_BYTES:
        too_large = Problem(name, f"larger than {MAX_DOCUMENT_BYTES:,} bytes: not read")
        return Item(name, stem, key, problem=too_large)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return Item(name, stem, key, problem=Problem(name, "not UTF-8 text"))
    return Item(name, stem, key, text=text, suffix=suffix)


def from_iterable(documents: Iterable[Any]) -> Iterator[Item]:
    """Items from mappings (named ``#1``, ``#2`` ... by position), document paths, or items."""
    from ..register.document import canonical_json

    for index, document in enumerate(documents, start=1):
        if isinstance(document, Item):
            yield document
        elif isinstance(document, Mapping):
            name = f"#{index}"
            yield Item(name, f"{index:06d}", key_of(name, canonical_json(document).encode()), data=document)
        elif isinstance(document, str | os.PathLike):
            path = Path(document)
            yield _file_item(path, path.as_posix(), path.stem, path.suffix.lower())
        else:
            name = f"#{index}"
            kind = type(document).__name__
            problem = Problem(name, f"expected a document (a mapping) or a path, not {kind}")
            yield Item(name, f"{index:06d}", key_of(name, kind.encode()), problem=problem)
