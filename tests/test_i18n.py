"""Translation catalogs: complete, placeholders intact, compiled, and found for every locale string."""

# The expected texts include Cyrillic and Greek: their letters are meant.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import gettext
import io
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

import invoicekit.i18n as i18n
from invoicekit.i18n import LOCALES, best_locale, catalog_problems, translate, translator
from invoicekit.i18n import compile as i18n_compile

LOCALES_DIR = Path(str(i18n.locales_dir()))
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def template() -> Catalog:
    return i18n_compile.read_catalog((LOCALES_DIR / "invoicekit.pot").read_bytes())


def po_path(locale: str) -> Path:
    return LOCALES_DIR / locale / "LC_MESSAGES" / "invoicekit.po"


def mo_path(locale: str) -> Path:
    return LOCALES_DIR / locale / "LC_MESSAGES" / "invoicekit.mo"


MSGIDS = [message.id for message in template() if isinstance(message.id, str) and message.id]
PLURAL_IDS = [message.id for message in template() if isinstance(message.id, tuple)]

RC_LINE = "Reverse charge: the customer is liable for the VAT (Article 196 of Directive 2006/112/EC)."
IC_LINE = "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC)."
EXPORT_LINE = "Exempt export of goods outside the EU (Article 146 of Directive 2006/112/EC)."


def test_catalogs_live_inside_the_package() -> None:
    # importlib.resources finds them next to the code, so a wheel ships them.
    assert LOCALES_DIR == Path(i18n.__file__).parent / "locales"
    assert (LOCALES_DIR / "invoicekit.pot").is_file()


def test_locales_are_the_catalog_directories() -> None:
    assert len(LOCALES) == len(set(LOCALES)) == 35
    assert sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir()) == sorted(LOCALES)


def test_template_has_the_messages() -> None:
    assert len(MSGIDS) == 123  # 60, four for EN 16931 (gross price, prepaid, tax representative, VAT in national currency), four for the erasure confirmation, six for the support block and greeting, four for tax included, the receipt line total and the running subtotal, 27 for the billing portal, 18 for the tax headers of documents whose taxes are not VAT
    assert [singular.split(" from ")[0] for singular, _ in PLURAL_IDS] == [
        "We have removed your name, address and e-mail address",
        "%(count)s document is still within its legal retention period and will be kept unchanged until that period ends: %(numbers)s.",
        "We reply within %(count)s hour",
    ]
    assert "Invoice" in MSGIDS and RC_LINE in MSGIDS


def test_catalog_problems_reports_nothing() -> None:
    assert catalog_problems() == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_msgid_translated_with_its_placeholders(locale: str) -> None:
    catalog = i18n_compile.read_catalog(po_path(locale).read_bytes())
    assert str(catalog.locale_identifier) == locale
    for msgid in MSGIDS:
        message = catalog.get(msgid)
        assert message is not None, msgid
        assert isinstance(message.string, str) and message.string.strip(), msgid
        assert not message.fuzzy, msgid
        assert sorted(PLACEHOLDER.findall(message.string)) == sorted(PLACEHOLDER.findall(msgid)), msgid
        assert "%" not in PLACEHOLDER.sub("", message.string), msgid
    assert {m.id for m in catalog if m.id} == set(MSGIDS) | set(PLURAL_IDS)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_plural_message_has_each_form_of_the_language(locale: str) -> None:
    catalog = i18n_compile.read_catalog(po_path(locale).read_bytes())
    for msgid in PLURAL_IDS:
        message = catalog.get(msgid)
        assert message is not None and not message.fuzzy, msgid
        forms = message.string
        assert isinstance(forms, tuple) and len(forms) == catalog.num_plurals, msgid
        expected = set(PLACEHOLDER.findall(msgid[1]))  # a form may spell the count out
        for form in forms:
            names = set(PLACEHOLDER.findall(form))
            assert form.strip() and names in (expected, expected - {"count"}), (msgid, form)
            assert "%" not in PLACEHOLDER.sub("", form), form


@pytest.mark.parametrize("locale", LOCALES)
def test_mo_is_up_to_date_with_po(locale: str) -> None:
    po_data = po_path(locale).read_bytes()
    compiled = i18n_compile.compile_po(po_data)
    assert mo_path(locale).read_bytes() == compiled
    # ... and the .mo says what the .po says.
    catalog = i18n_compile.read_catalog(po_data)
    translations = gettext.GNUTranslations(io.BytesIO(compiled))
    for msgid in MSGIDS:
        assert translations.gettext(msgid) == catalog.get(msgid).string  # type: ignore[union-attr]
    for singular, plural in PLURAL_IDS:
        forms = catalog.get(singular).string  # type: ignore[union-attr]
        assert translations.ngettext(singular, plural, 1) in forms
        assert translations.ngettext(singular, plural, 5) in forms


def test_compilation_is_deterministic_and_independent_of_babel_version() -> None:
    po_data = po_path("de").read_bytes()
    assert i18n_compile.compile_po(po_data) == i18n_compile.compile_po(po_data)
    assert b"Generated-By" not in i18n_compile.compile_po(po_data)
    # A re-serialised .po (as a newer Babel would write it) compiles to the same bytes.
    rewritten = po_data.replace(b"Generated-By: Babel 2.18.0", b"Generated-By: Babel 9.9.9")
    assert i18n_compile.compile_po(rewritten) == i18n_compile.compile_po(po_data)


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("fr_CA", "fr"),
        ("pt_BR", "pt"),
        ("pt-BR", "pt"),
        ("zh_Hans_CN", "zh_Hans"),
        ("zh-Hans-CN", "zh_Hans"),
        ("zh", "zh_Hans"),
        ("zh_CN", "zh_Hans"),
        ("no", "nb"),
        ("nb_NO", "nb"),
        ("no_NO", "nb"),
        ("nn_NO", "nb"),
        ("uk_UA", "uk"),
        ("de_DE.UTF-8", "de"),
        ("de_AT", "de"),
        ("EN_us", "en"),
        ("iw_IL", "he"),
        ("sr_Latn_RS", "en"),
        ("xx", "en"),
        ("", "en"),
        ("en", "en"),
    ],
)
def test_best_locale_fallbacks(requested: str, expected: str) -> None:
    assert best_locale(requested) == expected


def test_every_locale_is_its_own_best_locale() -> None:
    assert [best_locale(locale) for locale in LOCALES] == list(LOCALES)


def test_translator_is_cached_per_catalog() -> None:
    assert translator("fr_CA") is translator("fr")
    assert translator("xx") is translator("en")


@pytest.mark.parametrize(
    ("locale", "msgid", "expected"),
    [
        ("de", "Invoice", "Rechnung"),
        ("de", "Invoice number", "Rechnungsnummer"),
        ("de", "Date of supply", "Leistungsdatum"),
        ("de", "VAT ID", "USt-IdNr."),
        ("de", "Net amount", "Nettobetrag"),
        ("de", "Amount payable", "Zahlbetrag"),
        ("de", "Reverse charge", "Steuerschuldnerschaft des Leistungsempfängers"),
        ("fr", "Invoice", "Facture"),
        ("fr", "Credit note", "Avoir"),
        # the catalog's "VAT ID" names the EU's number; this line once stood for every VAT
        # number, which was wrong for British or Norwegian ones: those are now labelled
        # "N° de TVA" (languages.toml vat_id_outside_eu; tests/presentation/test_local_wording.py)
        ("fr", "VAT ID", "N° de TVA intracommunautaire"),
        ("fr", "Net amount", "Montant HT"),
        ("fr", "Tax", "TVA"),
        ("fr", "Total amount", "Total TTC"),
        ("fr", "Amount payable", "Net à payer"),
        ("fr_CA", "Invoice", "Facture"),
        ("ja", "Invoice", "請求書"),
        ("ja", "Tax", "消費税"),
        ("uk", "Invoice", "Рахунок"),
        ("uk", "Tax", "ПДВ"),
        ("ru", "Tax ID", "ИНН"),
        ("ru", "Tax", "НДС"),
        ("zh", "Invoice", "发票"),
        ("no", "Invoice", "Faktura"),
        ("xx", "Invoice", "Invoice"),
    ],
)
def test_real_terms(locale: str, msgid: str, expected: str) -> None:
    assert translate(msgid, locale) == expected


# The ru/uk/be wording of issue #10, as business documents in those countries word it: the tax
# breakdown is "the VAT by rates", a credit note's total is "the amount to be refunded", the
# table headers are the usual abbreviations, and the Russicisms of the first drafts are gone
# (uk "Термін", be "Скідка").
ISSUE_10_WORDING = [
    ("ru", "Tax breakdown", "Сумма НДС по ставкам"),
    ("ru", "Amount credited", "Сумма к возврату"),
    ("ru", "Quantity", "Кол-во"),
    ("ru", "Unit", "Ед. изм."),
    ("uk", "Due date", "Строк оплати"),
    ("uk", "Tax breakdown", "ПДВ за ставками"),
    ("uk", "Amount credited", "Сума до повернення"),
    ("uk", "Total tax", "Сума ПДВ"),
    ("uk", "Unit", "Од. вим."),
    ("be", "Discount", "Зніжка"),
    ("be", "Allowance", "Зніжка"),
    ("be", "Tax breakdown", "ПДВ па стаўках"),
    ("be", "Amount credited", "Сума да вяртання"),
    ("be", "Total tax", "Сума ПДВ"),
    # beyond the issue's list: "prices are stated including VAT", as these invoices say it
    ("ru", "Prices include tax", "Цены указаны с учётом НДС"),
    ("uk", "Prices include tax", "Ціни вказано з урахуванням ПДВ"),
    ("be", "Prices include tax", "Цэны пазначаны з улікам ПДВ"),
]


@pytest.mark.parametrize(("locale", "msgid", "expected"), ISSUE_10_WORDING)
def test_issue_10_wording(locale: str, msgid: str, expected: str) -> None:
    assert translate(msgid, locale) == expected


# Line-table headers in the abbreviation invoices of the language use, where the full term has a
# word too wide for its column (Unit is 40 points, Quantity 50, Tax rate 56) or is never written
# out on invoices there (it/ro "U.M.", cs/sk "MJ").
HEADER_ABBREVIATIONS = [
    ("pt", "Quantity", "Qtd."),
    ("bg", "Quantity", "К-во"),
    ("bg", "Unit", "Мярка"),
    ("pl", "Unit", "J.m."),
    ("hu", "Unit", "Menny. egys."),
    ("el", "Unit", "Μ.Μ."),
    ("lv", "Unit", "Mērv."),
    ("lt", "Unit", "Mato vnt."),
    ("it", "Unit", "U.M."),
    ("ro", "Unit", "U.M."),
    ("cs", "Unit", "MJ"),
    ("sk", "Unit", "MJ"),
    ("et", "Tax rate", "KM määr"),
]


@pytest.mark.parametrize(("locale", "msgid", "expected"), HEADER_ABBREVIATIONS)
def test_header_abbreviations(locale: str, msgid: str, expected: str) -> None:
    assert translate(msgid, locale) == expected


def test_old_ru_uk_be_wording_is_gone() -> None:
    old = ["Разбивка", "Зачтённая", "Количество", "Единица измерения", "Термін оплати", "Розбивка"]
    old += ["Зарахована", "Разом ПДВ", "Одиниця виміру", "Скідка", "скідк", "Разбіўка", "Залічаная", "Усяго ПДВ"]
    for locale in ("ru", "uk", "be"):
        texts = [translate(msgid, locale) for msgid in MSGIDS]
        assert [(locale, word) for word in old if any(word in text for text in texts)] == []


def test_ru_total_tax_still_says_itogo() -> None:
    # One msgid ("Total tax") serves invoices with net and with gross prices; "В том числе НДС"
    # (issue #10) is right only for the second, so it waits for a msgid of its own.
    assert translate("Total tax", "ru") == "Итого НДС"


# The mention required by Article 226(11a) of Directive 2006/112/EC, in each language version.
ARTICLE_226_11A = {
    "de": "Steuerschuldnerschaft des Leistungsempfängers",
    "fr": "Autoliquidation",
    "es": "Inversión del sujeto pasivo",
    "it": "Inversione contabile",
    "nl": "Btw verlegd",
    "pt": "Autoliquidação",
    "pl": "Odwrotne obciążenie",
    "cs": "Daň odvede zákazník",
    "sk": "Prenesenie daňovej povinnosti",
    "sl": "Obrnjena davčna obveznost",
    "hr": "Prijenos porezne obveze",
    "hu": "Fordított adózás",
    "ro": "Taxare inversă",
    "bg": "Обратно начисляване",
    "el": "Αντίστροφη επιβάρυνση",
    "sv": "Omvänd betalningsskyldighet",
    "da": "Omvendt betalingspligt",
    "fi": "Käännetty verovelvollisuus",
    "et": "Pöördmaksustamine",
    "lv": "Nodokļa apgrieztā maksāšana",
    "lt": "Atvirkštinis apmokestinimas",
    "en": "Reverse charge",
}


@pytest.mark.parametrize(("locale", "term"), sorted(ARTICLE_226_11A.items()))
def test_reverse_charge_uses_the_directive_term(locale: str, term: str) -> None:
    assert translate("Reverse charge", locale) == term
    # French typography puts a no-break space before the colon.
    assert re.match(re.escape(term) + "\u00a0?:", translate(RC_LINE, locale))


@pytest.mark.parametrize("locale", LOCALES)
def test_legal_lines_cite_the_right_article(locale: str) -> None:
    for line, article in ((RC_LINE, "196"), (IC_LINE, "138"), (EXPORT_LINE, "146")):
        text = translate(line, locale)
        assert "2006/112/" in text and article in text, (locale, text)
        assert text != line or locale == "en"


def test_translate_fills_placeholders() -> None:
    assert translate("Page %(page)s of %(pages)s", "de", page=2, pages=5) == "Seite 2 von 5"
    assert (
        translate("Credit note for invoice %(number)s of %(date)s", "fr", number="F-17", date="01/02/2026")
        == "Avoir sur la facture n° F-17 du 01/02/2026"
    )
    assert (
        translate("Buyer's VAT ID: %(vat_id)s", "en", vat_id="DE123456789") == "Buyer's VAT ID: DE123456789"
    )


def test_params_are_data() -> None:
    value = "%(vat_id)s <b>&amp; 100%"
    assert translate("Buyer's VAT ID: %(vat_id)s", "pl", vat_id=value) == f"NIP nabywcy: {value}"


def test_missing_param_raises_and_extra_params_are_ignored() -> None:
    with pytest.raises(KeyError, match="pages"):
        translate("Page %(page)s of %(pages)s", "en", page=1)
    assert translate("Invoice", "de", unused="x") == "Rechnung"


def test_without_params_the_text_is_returned_as_is() -> None:
    assert translate("Page %(page)s of %(pages)s", "it") == "Pagina %(page)s di %(pages)s"


def test_unknown_msgid_comes_back_unchanged() -> None:
    assert translate("No such message", "de") == "No such message"


def test_best_locale_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        best_locale(None)  # type: ignore[arg-type]


# --- the checker finds what it should ------------------------------------------------------


def test_message_problems_finds_broken_translations() -> None:
    tmpl = template()
    damage: dict[str, str | None] = {
        "Invoice": None,
        "Seller": "",
        "Page %(page)s of %(pages)s": "Seite %(page)s von %(seiten)s",
        "Zero rated": "0 %",
    }
    broken = Catalog(locale="de")
    for msgid in MSGIDS:
        text = damage.get(msgid, translate(msgid, "de"))
        if text is not None:
            broken.add(msgid, text, flags=["fuzzy"] if msgid == "Due date" else [])
    broken.add("Not in the template", "Nicht in der Vorlage")
    problems = "\n".join(i18n_compile.message_problems("de", tmpl, broken))
    assert "missing msgid 'Invoice'" in problems
    assert "untranslated 'Seller'" in problems
    assert "placeholders of 'Page %(page)s of %(pages)s'" in problems
    assert "fuzzy translation of 'Due date'" in problems
    assert "stray '%' in the translation of 'Zero rated'" in problems
    assert "'Not in the template' is not in the template" in problems


def test_check_finds_stale_mo_and_stray_directories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, copy)
    (copy / "de" / "LC_MESSAGES" / "invoicekit.mo").write_bytes(b"stale")
    (copy / "fr" / "LC_MESSAGES" / "invoicekit.mo").unlink()
    (copy / "xx" / "LC_MESSAGES").mkdir(parents=True)
    monkeypatch.setattr(i18n_compile, "locales_dir", lambda: copy)
    problems = i18n_compile.check(LOCALES)
    assert "de: invoicekit.mo is out of date (run python -m invoicekit.i18n.compile)" in problems
    assert "fr: invoicekit.mo is missing (run python -m invoicekit.i18n.compile)" in problems
    assert "xx: catalog directory is not in LOCALES" in problems
    assert len(problems) == 3


def test_compile_command_check_mode(capsys: pytest.CaptureFixture[str]) -> None:
    assert i18n_compile.main(["--check"]) == 0
    assert capsys.readouterr().out.strip() == f"ok: {len(LOCALES)} catalogs"


def test_export_label_is_not_eu_specific() -> None:
    # a Swiss or Japanese export is category G too: its label must not say "outside the EU"
    assert [translate("Export", locale) for locale in ("de", "fr", "ja")] == ["Ausfuhr", "Exportation", "輸出"]


def test_message_problems_finds_broken_plural_forms() -> None:
    broken = i18n_compile.read_catalog(po_path("ru").read_bytes())
    erased, retained = (singular for singular, _ in PLURAL_IDS[:2])
    broken.get(erased).string = ("один документ", "документы")  # type: ignore[union-attr]  # Russian has 3
    forms = list(broken.get(retained).string)  # type: ignore[union-attr]
    forms[2] = "%(count)s документов"  # the list of numbers lost
    broken.get(retained).string = tuple(forms)  # type: ignore[union-attr]
    problems = "\n".join(i18n_compile.message_problems("ru", template(), broken))
    assert f"untranslated {erased!r} (needs 3 plural forms)" in problems
    assert f"placeholders of {retained!r} are ['count'], expected ['count', 'numbers']" in problems


def test_translate_count_picks_the_form_and_fills_count() -> None:
    one, many = "%(count)s document is still", "%(count)s documents are still"
    assert i18n.translate_count(one, many, 1, "en") == "1 document is still"
    assert i18n.translate_count(one, many, 2, "en") == "2 documents are still"  # not in a catalog: English rule
    with pytest.raises(TypeError):
        i18n.translate_count(one, many, 2.0, "en")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        i18n.translate_count(one, many, True, "en")
