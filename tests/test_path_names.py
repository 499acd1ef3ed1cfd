"""The path names that `compute FILE` works out without pathlib are pathlib's own."""

from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from invoicekit import countries, currencies, profiles
from invoicekit.paths import normal_name, stem_of, suffix_of
from invoicekit.taxtable import TaxTable, shipped_data_dir

SPELLINGS = [
    "", ".", "..", "/", "//", "///", "a", "a/", "a//b", "./a", "a/./b", "a/../b", "//a/b", "///a",
    "de.toml", "de.TOML", ".toml", "a.", "a.b.c", "dir.d/file", "dir.d/.hidden", "/tmp/x.toml/.",
]  # fmt: skip


def _same_as_pathlib(name: str) -> None:
    path = Path(name)
    assert normal_name(name) == str(path)
    assert normal_name(path) == str(path)
    assert suffix_of(normal_name(name)) == path.suffix
    assert stem_of(normal_name(name)) == path.stem


def test_written_spellings() -> None:
    for name in SPELLINGS:
        _same_as_pathlib(name)


@given(st.text(alphabet="/._aT", max_size=14))
def test_any_spelling(name: str) -> None:
    _same_as_pathlib(name)


def test_the_public_paths_are_still_paths() -> None:
    assert countries.COUNTRIES_FILE == countries.DATA / "countries.tsv"
    assert countries.SUBDIVISIONS_FILE.is_file()
    assert currencies.TABLE_FILE.name == "iso4217.toml" and currencies.TABLE_FILE.is_file()
    assert (profiles.PROFILE_DIR / "_default.toml").is_file()
    table = TaxTable.shipped()
    assert table.directories == (shipped_data_dir(),)
    assert table.path("DE") == shipped_data_dir() / "eu" / "DE.toml"
    again = pickle.loads(pickle.dumps(table))
    assert again.directories == table.directories and again.release() == table.release()
