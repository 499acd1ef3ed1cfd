"""The erasure confirmation in the buyer's language: every catalog, plural forms, dates, lists."""

# The expected texts are Russian and Ukrainian: their Cyrillic letters are meant.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from invoicekit.cli import main
from invoicekit.errors import ArgumentError
from invoicekit.i18n import LOCALES
from invoicekit.register import Register
from invoicekit.register.confirmation import DONE, ERASED, KEPT, NONE, RETAINED
from invoicekit.register.erasure import ErasureConfirmation

from .support import cli_register, document

DAY = dt.date(2026, 12, 1)
KEY = "0123456789abcdef" * 4
ENGLISH = [DONE, *ERASED, NONE, KEPT, *RETAINED]  # and REFERENCE, which Danish writes alike


def confirmation(erased: int, retained: int = 0, locale: str = "en") -> ErasureConfirmation:
    numbers = tuple(f"2026-{i:05}" for i in range(1, erased + retained + 1))
    return ErasureConfirmation(KEY, DAY, numbers[:erased], numbers[erased:], locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_catalog_has_the_confirmation(locale: str) -> None:
    lines = confirmation(3, 1).text_in(locale).splitlines()
    assert len(lines) == 5  # request done, erased, what is kept, retained, reference
    assert "2026-00001" in lines[1] and "2026-00003" in lines[1] and "2026-00004" in lines[3]
    assert "2026-00004" not in lines[1] and KEY[:16] in lines[4] and KEY[:17] not in lines[4]
    assert "2006/112" in lines[2] and "2016/679" in lines[2]
    assert "%(" not in "".join(lines)
    if locale != "en":  # translated: no sentence is an English msgid filled in
        english = confirmation(3, 1).text_in("en").splitlines()[:4]
        assert all(mine != theirs for mine, theirs in zip(lines[:4], english, strict=True))
        starts = tuple(m.split("%")[0] for m in ENGLISH if m[0] != "%")
        assert not any(line.startswith(starts) for line in lines)


@pytest.mark.parametrize(
    ("locale", "date", "listed"),
    [
        ("de", "vom 1. Dezember 2026 auf", "2026-00001, 2026-00002 und 2026-00003"),
        ("de_AT", "vom 1. Dezember 2026 auf", "2026-00001, 2026-00002 und 2026-00003"),
        ("pl", "z dnia 1 grudnia 2026", "2026-00001, 2026-00002 i 2026-00003"),
        ("ru", "от 1 декабря 2026\u202fг. об", "2026-00001, 2026-00002 и 2026-00003"),  # CLDR: narrow NBSP before г.
        ("en_US", "of December 1, 2026 to", "2026-00001, 2026-00002, and 2026-00003"),
        ("ja", "2026年12月1日付け", "2026-00001、2026-00002、2026-00003"),
        ("lv", "(iesniegšanas datums: 2026. gada 1. decembris)", "2026-00001, 2026-00002 un 2026-00003"),
    ],
)
def test_the_date_and_the_list_of_numbers_are_written_the_locales_way(locale: str, date: str, listed: str) -> None:
    text = confirmation(3).text_in(locale)
    assert date in text.splitlines()[0]
    assert listed in text.splitlines()[1]


# Retained documents: the subject of the sentence is "N documents", so the noun and verb
# follow the number. Expected forms written by hand from each language's grammar.
PLURALS = {
    "ru": {1: "1 документ ещё находится", 2: "2 документа ещё находятся", 4: "4 документа",
           5: "5 документов ещё находятся", 11: "11 документов", 21: "21 документ ещё находится",
           22: "22 документа", 25: "25 документов"},
    "pl": {1: "1 dokument jest nadal objęty", 3: "3 dokumenty są nadal objęte",
           5: "5 dokumentów jest nadal objętych", 12: "12 dokumentów jest", 22: "22 dokumenty są"},
    "cs": {1: "1 dokument je stále", 2: "2 dokumenty jsou stále", 4: "4 dokumenty jsou",
           5: "5 dokumentů je stále", 22: "22 dokumentů je"},
    "ar": {1: "لا يزال مستند واحد ضمن", 2: "لا يزال مستندان ضمن", 3: "لا تزال 3 مستندات ضمن",
           10: "لا تزال 10 مستندات ضمن", 11: "لا تزال 11 مستندًا ضمن", 99: "لا تزال 99 مستندًا ضمن",
           100: "لا تزال 100 مستند ضمن", 103: "لا تزال 103 مستندات ضمن"},
    "sl": {1: "1 dokument je še", 2: "2 dokumenta sta še", 3: "3 dokumenti so še", 5: "5 dokumentov je še",
           101: "101 dokument je še", 102: "102 dokumenta sta še"},
    "lt": {1: "1 dokumentas dar yra", 2: "2 dokumentai dar yra", 10: "10 dokumentų dar yra",
           21: "21 dokumentas dar yra"},
    "ro": {1: "1 document se află", 19: "19 documente se află", 20: "20 de documente se află"},
    "de": {1: "Ein Dokument unterliegt", 2: "2 Dokumente unterliegen"},
    "fr": {1: "1 document est encore", 2: "2 documents sont encore"},
    "ja": {1: "1件の書類は", 7: "7件の書類は"},
}  # fmt: skip


@pytest.mark.parametrize(("locale", "count"), [(lo, n) for lo, forms in PLURALS.items() for n in forms])
def test_the_plural_form_follows_the_count(locale: str, count: int) -> None:
    line = confirmation(0, count).text_in(locale).splitlines()[3]
    assert line.startswith(PLURALS[locale][count]), line


def test_the_erased_sentence_takes_plural_forms_too() -> None:
    assert "3 dokumenty již neobsahují" in confirmation(3).text_in("cs")
    assert "5 dokumentů již neobsahuje" in confirmation(5).text_in("cs")
    assert "1 dokument již neobsahuje" in confirmation(1).text_in("cs")
    assert "من مستندين وحذفنا نسختي PDF" in confirmation(2).text_in("ar")
    assert "aus einem Dokument entfernt und dessen" in confirmation(1).text_in("de")
    assert "z 1 dokumentu i skasowaliśmy jego" in confirmation(1).text_in("pl")
    assert "z 2 dokumentów i skasowaliśmy ich" in confirmation(2).text_in("pl")


def test_nothing_erased_says_so() -> None:
    lines = confirmation(0).text_in("de").splitlines()
    assert lines[1] == "Es wurde kein Dokument gefunden, aus dem Ihre personenbezogenen Daten gelöscht werden könnten."
    assert len(lines) == 4  # no retained line


def test_a_locale_must_be_a_string() -> None:
    with pytest.raises(ArgumentError, match="locale"):
        confirmation(1).text_in(7)  # type: ignore[arg-type]


def test_erase_speaks_the_buyers_language(reg: Register) -> None:
    german = reg.issue(document(1, email="de@example.org"), series="INV", render=False).number
    first = document(2, email="fr@example.org")
    first.pop("locale")
    first["buyer"]["address"]["country"] = "FR"  # no locale anywhere: the buyer's country's language
    reg.issue(first, series="INV", render=False)
    later = document(3, email="fr@example.org", issue_date="2026-03-03")
    del later["locale"]
    later["buyer"]["locale"] = "pl"  # the buyer's latest document decides
    reg.issue(later, series="INV", render=False)
    done = reg.erase(buyer="de@example.org", on=DAY)
    assert done.locale == "de" and done.text.startswith("Wir haben Ihren Antrag vom 1. Dezember 2026")
    assert f"aus einem Dokument entfernt und dessen gespeicherte PDF-Kopie gelöscht: {german}." in done.text
    polish = reg.erase(buyer="fr@example.org", on=DAY)
    assert polish.locale == "pl" and "z 2 dokumentów" in polish.text
    again = reg.erase(buyer="fr@example.org", on=DAY, locale="uk")  # nothing left: says so, as asked
    assert again.text.splitlines()[1] == "Не знайдено жодного документа, з якого можна було б видалити ваші персональні дані."
    unknown = reg.erase(buyer="nobody@example.org", on=DAY)
    assert unknown.locale == "en" and "No document was found" in unknown.text
    with pytest.raises(ArgumentError, match="locale"):
        reg.erase(buyer="de@example.org", locale=b"de")  # type: ignore[arg-type]


def test_erase_uses_the_country_language_when_no_locale_is_stored(reg: Register) -> None:
    doc = document(1, email="fr@example.org")
    doc.pop("locale")
    doc["buyer"]["address"]["country"] = "FR"
    reg.issue(doc, series="INV", render=False)
    done = reg.erase(buyer="fr@example.org", on=DAY)
    assert done.locale == "fr" and done.text.startswith("Nous avons donné suite à votre demande du 1 décembre 2026")


def test_cli_erase_prints_the_confirmation_in_the_locale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, doc = cli_register(tmp_path)
    assert main(["register", "issue", str(doc), "--series", "INV", "--db", db, "--no-pdf"]) == 0
    capsys.readouterr()
    assert main(["register", "erase", "--buyer", "erika.buyer@example.org", "--locale", "ru", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Ваш запрос от ") and out[0].endswith(" об удалении персональных данных выполнен.")
    assert out[1] == (
        "Мы удалили ваши имя, адрес и адрес электронной почты из 1 документа "
        "и стёрли его сохранённую PDF-копию: 2026-00001."
    )
