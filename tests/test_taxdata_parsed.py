"""The shipped tax data's TOML parsed ahead of time (``taxdata/parsed.marshal``) is what
``tomllib`` gives for each file now, and is used only for the very text it was made from."""

from __future__ import annotations

import marshal
import os
import tomllib
from typing import Any

import pytest

from invoicekit.paths import read_text
from invoicekit.resources import shipped_dir_name
from invoicekit.taxtable import parse, parsed
from invoicekit.taxtable.parse import parse_file
from invoicekit.taxtable.table import _file_names

TOP = shipped_dir_name("taxdata")
FILES = sorted(_file_names(TOP, []))


def _typed(value: Any) -> Any:
    """``value`` with the type of every part beside it (``1 == 1.0 == True`` in Python)."""
    if isinstance(value, dict):
        return ("dict", [(key, _typed(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(item) for item in value])
    return (type(value).__name__, repr(value))


def _contents(stored: bytes) -> dict[str, Any]:
    """A store's files, each its text and its data with every value's type (marshal's bytes
    may differ between processes where it shares a repeated string)."""
    files = {key: marshal.loads(blob) for key, blob in marshal.loads(stored).items()}
    return {key: (text, _typed(data)) for key, (text, data) in files.items()}


def test_the_stored_file_is_what_the_toml_files_give_now() -> None:
    # fails when a file of taxdata/ changed without parsed.marshal written again (see
    # invoicekit/taxtable/parsed.py for the command)
    with open(os.path.join(TOP, parsed.PARSED_FILE), "rb") as handle:
        assert _contents(handle.read()) == _contents(parsed.build(TOP))


def test_every_shipped_file_is_stored() -> None:
    assert len(FILES) > 190
    for name in FILES:
        assert parsed.stored_data(name, read_text(name)) is not None, name


@pytest.mark.parametrize("name", FILES[::7], ids=os.path.basename)
def test_the_stored_data_is_tomllibs_with_its_types_and_order(name: str) -> None:
    text = read_text(name)
    stored = parsed.stored_data(name, text)
    assert stored == tomllib.loads(text)
    assert _typed(stored) == _typed(tomllib.loads(text))


def test_a_changed_text_is_not_answered_from_the_store() -> None:
    name = os.path.join(TOP, "eu", "DE.toml")
    text = read_text(name)
    assert parsed.stored_data(name, text) is not None
    assert parsed.stored_data(name, text.replace('rate = "19"', 'rate = "20"')) is None
    assert parsed.stored_data(name, text + "\n") is None


def test_a_file_outside_the_shipped_data_is_not_answered_from_the_store(tmp_path: Any) -> None:
    source = os.path.join(TOP, "eu", "DE.toml")
    layer = tmp_path / "eu" / "DE.toml"
    layer.parent.mkdir()
    layer.write_text(read_text(source), encoding="utf-8")
    assert parsed.stored_data(str(layer), read_text(layer)) is None
    assert parsed.stored_data(os.path.join("eu", "DE.toml"), read_text(source)) is None


def test_parsing_with_and_without_the_store_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    with_store = [parse_file(name) for name in FILES]
    monkeypatch.setattr(parsed, "_blobs", {})
    without = [parse_file(name) for name in FILES]
    assert with_store == without
    assert repr(with_store) == repr(without)


def test_the_parser_reads_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is what start-up reads: tomllib is not called for a shipped file
    def refuse(text: str) -> Any:
        raise AssertionError("tomllib called")

    monkeypatch.setattr(parse.tomllib, "loads", refuse)
    jurisdiction, problems = parse_file(os.path.join(TOP, "eu", "DE.toml"))
    assert jurisdiction is not None and jurisdiction.code == "DE" and problems == []


def test_an_unreadable_store_means_parsing(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    (tmp_path / parsed.PARSED_FILE).write_bytes(b"not marshal")
    monkeypatch.setattr(parsed, "shipped_dir_name", lambda name: str(tmp_path))
    monkeypatch.setattr(parsed, "_blobs", None)
    assert parsed._stored() == {}
