"""Offline validation, scheme by scheme.

Valid numbers are python-stdnum's doctest examples (module named per row) unless a
comment says otherwise; invalid ones are the same doctests' counter-examples.
"""

from __future__ import annotations

import importlib

import pycountry
import pytest
from stdnum import luhn
from stdnum.in_ import gstin as stdnum_gstin

from invoicekit.taxid import TaxIdResult, validate_in_scheme, validate_tax_id
from invoicekit.taxid.india import CODES_MISSING_FROM_STDNUM, GSTIN_STATE_CODES, gstin_state
from invoicekit.taxid.schemes import COUNTRY_ALIASES, PREFIX_INDEX, SCHEMES, countries, schemes_for

# (input, country argument, normalized, ISO country, scheme)
VALID = [
    # EU VAT, one or more per member state (stdnum.<cc>.<module> doctests)
    ("AT U13585627", None, "ATU13585627", "AT", "eu.vat"),  # stdnum.at.uid
    ("BE 428759497", None, "BE0428759497", "BE", "eu.vat"),  # stdnum.be.vat (9 digits, padded)
    ("BE697449992", None, "BE0697449992", "BE", "eu.vat"),  # stdnum.eu.vat
    ("BG175074752", None, "BG175074752", "BG", "eu.vat"),  # stdnum.bg.vat
    ("CY-10259033P ", None, "CY10259033P", "CY", "eu.vat"),  # stdnum.cy.vat
    ("CZ 25123891", None, "CZ25123891", "CZ", "eu.vat"),  # stdnum.cz.dic, legal entity
    ("CZ7103192745", None, "CZ7103192745", "CZ", "eu.vat"),  # stdnum.cz.dic, birth number
    ("DE136695976", None, "DE136695976", "DE", "eu.vat"),  # stdnum.de.vat
    ("DK 13585628", None, "DK13585628", "DK", "eu.vat"),  # stdnum.dk.cvr
    ("EE100594102", None, "EE100594102", "EE", "eu.vat"),  # stdnum.ee.kmkr
    ("EL 094259216 ", None, "EL094259216", "GR", "eu.vat"),  # stdnum.gr.vat
    ("ESB64717838", None, "ESB64717838", "ES", "eu.vat"),  # stdnum.es.nif
    ("FI 20774740", None, "FI20774740", "FI", "eu.vat"),  # stdnum.fi.alv
    ("FR 61 954 506 077", None, "FR61954506077", "FR", "eu.vat"),  # stdnum.eu.vat
    ("FR23334175221", None, "FR23334175221", "FR", "eu.vat"),  # stdnum.fr.tva
    ("FR40303265045", None, "FR40303265045", "FR", "eu.vat"),  # example of the invoicekit brief
    ("HR 33392005961", None, "HR33392005961", "HR", "eu.vat"),  # stdnum.hr.oib
    ("HU-12892312", None, "HU12892312", "HU", "eu.vat"),  # stdnum.hu.anum
    ("IE 6433435F", None, "IE6433435F", "IE", "eu.vat"),  # stdnum.ie.vat, pre-2013 format
    ("IE 6433435OA", None, "IE6433435OA", "IE", "eu.vat"),  # stdnum.ie.vat, 2013 format
    ("IE8D79739I", None, "IE8D79739I", "IE", "eu.vat"),  # stdnum.ie.vat, old style
    ("IT 00743110157", None, "IT00743110157", "IT", "eu.vat"),  # stdnum.it.iva
    ("LT119511515", None, "LT119511515", "LT", "eu.vat"),  # stdnum.lt.pvm, organisation
    ("LT 100001919017", None, "LT100001919017", "LT", "eu.vat"),  # stdnum.lt.pvm, temporary
    ("LU 150 274 42", None, "LU15027442", "LU", "eu.vat"),  # stdnum.lu.tva
    ("LV 4000 3521 600", None, "LV40003521600", "LV", "eu.vat"),  # stdnum.lv.pvn
    ("MT 1167-9112", None, "MT11679112", "MT", "eu.vat"),  # stdnum.mt.vat
    ("NL004495445B01", None, "NL004495445B01", "NL", "eu.vat"),  # stdnum.nl.btw
    ("NL4495445B01", None, "NL004495445B01", "NL", "eu.vat"),  # stdnum.nl.btw (padded)
    ("PL 8567346215", None, "PL8567346215", "PL", "eu.vat"),  # stdnum.pl.nip
    ("PT 501 964 843", None, "PT501964843", "PT", "eu.vat"),  # stdnum.pt.nif
    ("RO 185 472 90", None, "RO18547290", "RO", "eu.vat"),  # stdnum.ro.cf
    ("SE 123456789701", None, "SE123456789701", "SE", "eu.vat"),  # stdnum.se.vat
    ("SI 5022 3054", None, "SI50223054", "SI", "eu.vat"),  # stdnum.si.ddv
    ("SK 202 274 96 19", None, "SK2022749619", "SK", "eu.vat"),  # stdnum.sk.dph
    # Greece written with its ISO code instead of EL, and with country= only
    ("GR094259216", None, "EL094259216", "GR", "eu.vat"),
    ("094259216", "GR", "EL094259216", "GR", "eu.vat"),
    ("094259216", "EL", "EL094259216", "GR", "eu.vat"),
    ("136695976", "DE", "DE136695976", "DE", "eu.vat"),
    ("DE136695976", "de", "DE136695976", "DE", "eu.vat"),
    # United Kingdom and Northern Ireland (stdnum.gb.vat: 'GB 980 7806 84')
    ("GB 980 7806 84", None, "GB980780684", "GB", "gb.vat"),
    ("980780684", "GB", "GB980780684", "GB", "gb.vat"),
    ("980780684", "UK", "GB980780684", "GB", "gb.vat"),
    ("XI 980 7806 84", None, "XI980780684", "GB", "xi.vat"),
    ("XI980780684", "GB", "XI980780684", "GB", "xi.vat"),
    ("980780684", "XI", "XI980780684", "GB", "xi.vat"),
    ("GB980780684001", None, "GB980780684001", "GB", "gb.vat"),  # branch trader (stdnum rule)
    ("GBGD001", None, "GBGD001", "GB", "gb.vat"),  # government department GD000-GD499 (stdnum rule)
    # Switzerland (stdnum.ch.vat, stdnum.ch.uid)
    ("CHE-107.787.577 IVA", None, "CHE107787577IVA", "CH", "ch.vat"),
    ("CHE-107.787.577 MWST", None, "CHE107787577MWST", "CH", "ch.vat"),
    ("107.787.577 TVA", "CH", "CHE107787577TVA", "CH", "ch.vat"),
    ("CHE-100.155.212", None, "CHE100155212", "CH", "ch.uid"),
    ("100.155.212", "CH", "CHE100155212", "CH", "ch.uid"),
    # Norway (stdnum.no.mva; the bare organisation number is no.orgnr)
    ("NO 995 525 828 MVA", None, "NO995525828MVA", "NO", "no.mva"),
    ("995525828MVA", "NO", "NO995525828MVA", "NO", "no.mva"),
    ("995 525 828", "NO", "995525828", "NO", "no.orgnr"),
    # Australia (stdnum.au.abn)
    ("83 914 571 673", "AU", "83914571673", "AU", "au.abn"),
    ("51 824 753 556", "AU", "51824753556", "AU", "au.abn"),
    ("AU 83 914 571 673", None, "83914571673", "AU", "au.abn"),
    # New Zealand (stdnum.nz.ird)
    ("4909185-0", "NZ", "49091850", "NZ", "nz.ird"),
    ("NZ 49-098-576", None, "49098576", "NZ", "nz.ird"),
    # India (stdnum.in_.gstin)
    ("27AAPFU0939F1ZV", "IN", "27AAPFU0939F1ZV", "IN", "in.gstin"),
    ("27-aapfu-0939-f1zv", "in", "27AAPFU0939F1ZV", "IN", "in.gstin"),
    # Russia (stdnum.ru.inn)
    ("123456789047", "RU", "123456789047", "RU", "ru.inn"),
    ("1234567894", "RU", "1234567894", "RU", "ru.inn"),
    # Belarus (stdnum.by.unp)
    ("200988541", "BY", "200988541", "BY", "by.unp"),
    ("УНП MA1953684", "BY", "MA1953684", "BY", "by.unp"),
    ("УНП MA1953684", None, "MA1953684", "BY", "by.unp"),
    # Ukraine (stdnum.ua.edrpou, stdnum.ua.rntrc)
    ("32855961", "UA", "32855961", "UA", "ua.edrpou"),
    ("1759013776", "UA", "1759013776", "UA", "ua.rntrc"),
    ("25 30 41 40 71", "UA", "2530414071", "UA", "ua.rntrc"),
    # Kazakhstan (invoicekit.taxid.kz_bin; examples of the python-stdnum kz.bin proposal)
    ("940140000385", "KZ", "940140000385", "KZ", "kz.bin"),
    ("990 140 004 654", "KZ", "990140004654", "KZ", "kz.bin"),
    # Japan: T7010705000725 is the registration number of the Japan Federation of Certified
    # Public Tax Accountants' Associations (Wikipedia ja "法人番号"); 5835678256246 is from
    # stdnum.jp.cn.
    ("T7010705000725", None, "T7010705000725", "JP", "jp.invoice"),
    ("t 7010-7050-0072-5", None, "T7010705000725", "JP", "jp.invoice"),
    ("T7010705000725", "JP", "T7010705000725", "JP", "jp.invoice"),
    ("7010705000725", "JP", "7010705000725", "JP", "jp.cn"),
    ("5-8356-7825-6246", "JP", "5835678256246", "JP", "jp.cn"),
    # Canada (stdnum.ca.bn; the RT program account is the GST/HST number)
    ("12302 6635", "CA", "123026635", "CA", "ca.bn"),
    ("12302 6635 RC 0001", "CA", "123026635RC0001", "CA", "ca.bn"),
    ("123026635RT0001", "CA", "123026635RT0001", "CA", "ca.bn"),
    # Singapore (stdnum.sg.uen)
    ("00192200M", "SG", "00192200M", "SG", "sg.uen"),
    ("197401143C", "SG", "197401143C", "SG", "sg.uen"),
    ("S16FC0121D", "SG", "S16FC0121D", "SG", "sg.uen"),
    ("T01FC6132D", "SG", "T01FC6132D", "SG", "sg.uen"),
    # Turkey (stdnum.tr.vkn)
    ("4540536920", "TR", "4540536920", "TR", "tr.vkn"),
]


@pytest.mark.parametrize(("value", "country", "normalized", "iso", "scheme"), VALID)
def test_valid_numbers(value: str, country: str | None, normalized: str, iso: str, scheme: str) -> None:
    result = validate_tax_id(value, country)
    assert result == TaxIdResult(
        valid=True,
        normalized=normalized,
        country=iso,
        scheme=scheme,
        reason=None,
        region=result.region,
    )


# (input, country argument, reason, scheme reported)
INVALID = [
    ("FR4030326504", None, "wrong length: 10 digits, expected 11", "eu.vat"),
    ("QQ123456", None, "unknown country prefix 'QQ'", None),
    ("ATU13585626", None, "checksum does not match", "eu.vat"),  # stdnum.at.uid
    ("BE431150351", None, "checksum does not match", "eu.vat"),  # stdnum.be.vat
    ("BG175074751", None, "checksum does not match", "eu.vat"),  # stdnum.bg.vat
    ("CY-10259033Z", None, "checksum does not match", "eu.vat"),  # stdnum.cy.vat
    ("CZ25123890", None, "checksum does not match", "eu.vat"),  # stdnum.cz.dic
    ("DE136695978", None, "checksum does not match", "eu.vat"),  # stdnum.de.vat
    ("DK 13585627", None, "checksum does not match", "eu.vat"),  # stdnum.dk.cvr
    ("EE100594103", None, "checksum does not match", "eu.vat"),  # stdnum.ee.kmkr
    ("EL 123456781", None, "checksum does not match", "eu.vat"),  # stdnum.gr.vat
    ("ESB64717839", None, "checksum does not match", "eu.vat"),  # stdnum.es.nif
    ("FI 20774741", None, "checksum does not match", "eu.vat"),  # stdnum.fi.alv
    ("FR 84 323 140 391", None, "checksum does not match", "eu.vat"),  # stdnum.fr.tva
    ("HR33392005962", None, "checksum does not match", "eu.vat"),  # stdnum.hr.oib
    ("HU-12892313", None, "checksum does not match", "eu.vat"),  # stdnum.hu.anum
    ("IE6433435E", None, "checksum does not match", "eu.vat"),  # stdnum.ie.vat
    ("IT00743110158", None, "checksum does not match", "eu.vat"),  # stdnum.it.iva
    ("LT100001919018", None, "checksum does not match", "eu.vat"),  # stdnum.lt.pvm
    ("LU 150 274 43", None, "checksum does not match", "eu.vat"),  # stdnum.lu.tva
    ("LV40003521601", None, "checksum does not match", "eu.vat"),  # stdnum.lv.pvn
    ("MT 1167-9113", None, "checksum does not match", "eu.vat"),  # stdnum.mt.vat
    ("NL123456789B90", None, "checksum does not match", "eu.vat"),  # stdnum.nl.btw
    ("PL 8567346216", None, "checksum does not match", "eu.vat"),  # stdnum.pl.nip
    ("PT 501 964 842", None, "checksum does not match", "eu.vat"),  # stdnum.pt.nif
    ("SE123456789101", None, "checksum does not match", "eu.vat"),  # stdnum.se.vat
    ("SI 50223055", None, "checksum does not match", "eu.vat"),  # stdnum.si.ddv
    ("SK 202 274 96 18", None, "checksum does not match", "eu.vat"),  # stdnum.sk.dph
    ("SE12345678970", None, "wrong length: 11 digits, expected 12", "eu.vat"),
    ("ATU1358562", None, "wrong length: 8 characters, expected 9", "eu.vat"),
    ("ATX13585627", None, "invalid format: expected ATU + 8 digits (e.g. ATU13585627)", "eu.vat"),
    ("FRIO334175221", None, "invalid format: expected FR + 2-character key + 9-digit SIREN "
     "(e.g. FR23334175221)", "eu.vat"),  # stdnum.fr.tva
    ("DE136695976", "FR", "prefix 'DE' does not match country 'FR'", None),
    ("GB980780684", "XI", "prefix 'GB' does not match country 'XI'", None),
    ("DE", None, "nothing after the prefix 'DE'", "eu.vat"),
    # United Kingdom
    ("GB802311781", None, "checksum does not match", "gb.vat"),  # stdnum.gb.vat
    ("XI802311781", None, "checksum does not match", "xi.vat"),
    ("GB98078068", None, "wrong length: 8 digits, expected 5, 9, 11 or 12", "gb.vat"),
    ("GBGD555", None, "invalid component: government department (GD) or health authority (HA) "
     "number out of range", "gb.vat"),
    # Switzerland: the brief's CHE-123.456.789 MWST illustrates the format; its check digit
    # should be 8.
    ("CHE-123.456.789 MWST", None, "checksum does not match", "ch.vat"),
    ("CHE-107.787.578 IVA", None, "checksum does not match", "ch.vat"),  # stdnum.ch.vat
    ("CHE-100.155.213", None, "checksum does not match", "ch.uid"),  # stdnum.ch.uid
    ("CHE-107.787.577 XYZ", None, "invalid component: suffix must be MWST, TVA, IVA or TPV", "ch.vat"),
    # Norway
    ("NO 995 525 829 MVA", None, "checksum does not match", "no.mva"),  # stdnum.no.mva
    # Australia, New Zealand
    ("99 999 999 999", "AU", "checksum does not match", "au.abn"),  # stdnum.au.abn
    ("8391457167", "AU", "wrong length: 10 digits, expected 11", "au.abn"),
    ("136410133", "NZ", "checksum does not match", "nz.ird"),  # stdnum.nz.ird
    ("9125568", "NZ", "wrong length: 7 digits, expected 8 or 9", "nz.ird"),  # stdnum.nz.ird
    # India (stdnum.in_.gstin)
    ("27AAPFU0939F1Z", "IN", "wrong length: 14 characters, expected 15", "in.gstin"),
    ("369296450896540", "IN", "invalid format: expected 2-digit state code + 10-character PAN + "
     "entity character + Z + check character (e.g. 27AAPFU0939F1ZV)", "in.gstin"),
    ("27AAPFU0939F1AA", "IN", "invalid component: unknown state code, entity character 0, or 14th "
     "character not Z", "in.gstin"),
    ("27AAPFU0939F1ZO", "IN", "checksum does not match", "in.gstin"),
    # Russia, Belarus, Ukraine, Kazakhstan
    ("123456789037", "RU", "checksum does not match", "ru.inn"),  # stdnum.ru.inn
    ("1234567895", "RU", "checksum does not match", "ru.inn"),  # stdnum.ru.inn
    ("12345678901", "RU", "wrong length: 11 digits, expected 10 or 12", "ru.inn"),
    ("200988542", "BY", "checksum does not match", "by.unp"),  # stdnum.by.unp
    ("32855968", "UA", "checksum does not match", "ua.edrpou"),  # stdnum.ua.edrpou
    ("1759013770", "UA", "checksum does not match", "ua.rntrc"),  # stdnum.ua.rntrc
    ("12345", "UA", "wrong length: 5 digits, expected 8 or 10", None),
    ("123456789012", "UA", "wrong length: 12 digits, expected 8 or 10", None),  # a 12-digit IPN
    ("940140000386", "KZ", "checksum does not match", "kz.bin"),
    ("949940000385", "KZ", "invalid component: month, entity type (5th digit) or division (6th digit) "
     "out of range", "kz.bin"),
    ("940190000385", "KZ", "invalid component: month, entity type (5th digit) or division (6th digit) "
     "out of range", "kz.bin"),
    ("12345678901X", "KZ", "invalid format: expected 12 digits (e.g. 940140000385)", "kz.bin"),
    # Japan
    ("T2835678256246", None, "checksum does not match", "jp.invoice"),
    ("2-8356-7825-6246", "JP", "checksum does not match", "jp.cn"),  # stdnum.jp.cn
    ("701070500072", "JP", "wrong length: 12 digits, expected 13", "jp.cn"),
    ("T701070500072", None, "wrong length: 12 digits, expected 13", "jp.invoice"),
    # Canada, Singapore, Turkey
    ("123456783", "CA", "checksum does not match", "ca.bn"),  # stdnum.ca.bn
    ("123026635XX0001", "CA", "invalid component: program identifier must be RC, RM, RP or RT", "ca.bn"),
    ("123456", "SG", "wrong length: 6 digits, expected 9 or 10", "sg.uen"),  # stdnum.sg.uen
    ("4540536921", "TR", "checksum does not match", "tr.vkn"),  # stdnum.tr.vkn
    ("454053692", "TR", "wrong length: 9 digits, expected 10", "tr.vkn"),  # stdnum.tr.vkn
]


@pytest.mark.parametrize(("value", "country", "reason", "scheme"), INVALID)
def test_invalid_numbers(value: str, country: str | None, reason: str, scheme: str | None) -> None:
    result = validate_tax_id(value, country)
    assert not result.valid
    assert result.reason == reason
    assert result.scheme == scheme


@pytest.mark.parametrize(
    ("value", "country", "reason"),
    [
        ("", None, "empty value"),
        (" -./ ", None, "empty value"),
        ("DE13669597€", None, "invalid character '€'"),
        ("136695976", None, "no country prefix: pass country= for a number written without one"),
        ("27AAPFU0939F1ZV", None, "no country prefix: pass country= for a number written without one"),
        ("x", "ZZ", "unsupported country 'ZZ'"),
        ("x", "", "unsupported country ''"),
        ("7010705000725", None, "no country prefix: pass country= for a number written without one"),
    ],
)
def test_unreadable_input(value: str, country: str | None, reason: str) -> None:
    result = validate_tax_id(value, country)
    assert (result.valid, result.reason, result.scheme) == (False, reason, None)


def test_invalid_result_keeps_cleaned_input_and_country() -> None:
    result = validate_tax_id("de 136-695-978")
    assert (result.normalized, result.country) == ("DE136695978", "DE")


@pytest.mark.parametrize(
    "value",
    ["fr40303265045", "Fr 403 032 650 45", "FR-40-303-265-045", "fr.403.032.650.45", "FR/40303265045",
     " FR\t40303265045\n", "FR\u00a040303265045", "FR\u201340303265045"],
)
def test_separators_and_case(value: str) -> None:
    assert validate_tax_id(value).normalized == "FR40303265045"


def test_xi_numbers_are_british_with_northern_ireland_region() -> None:
    result = validate_tax_id("xi980780684")
    assert (result.country, result.scheme, result.region) == ("GB", "xi.vat", "GB-NIR")
    assert validate_tax_id("GB980780684").region is None


def test_japan_needs_the_t_or_the_country() -> None:
    assert validate_tax_id("T7010705000725").country == "JP"
    assert not validate_tax_id("7010705000725").valid
    assert validate_tax_id("7010705000725", country="JP").scheme == "jp.cn"


def test_several_schemes_are_tried_in_table_order() -> None:
    assert [s.name for s in schemes_for("CH")] == ["ch.vat", "ch.uid"]
    assert [s.name for s in schemes_for("UA")] == ["ua.edrpou", "ua.rntrc"]
    assert [s.name for s in schemes_for("GB")] == ["xi.vat", "gb.vat"]
    assert [s.name for s in schemes_for("JP")] == ["jp.invoice", "jp.cn"]


# --- India: state codes -----------------------------------------------------------------


def test_gstin_region() -> None:
    assert validate_tax_id("27AAPFU0939F1ZV", "IN").region == "IN-MH"
    assert GSTIN_STATE_CODES["29"].subdivision == "IN-KA"
    assert gstin_state("29ABCDE1234F1Z5").name == "Karnataka"


def _with_state(code: str) -> str:
    """stdnum's example GSTIN moved to another state, with its check character recomputed
    by stdnum's Luhn mod 36 (a constructed number, not a real registration)."""
    body = code + "AAPFU0939F1Z"
    return body + luhn.calc_check_digit(body, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.mark.parametrize(("code", "region"), [("29", "IN-KA"), ("38", "IN-LA"), ("97", None)])
def test_gstin_state_codes_stdnum_lacks_or_has(code: str, region: str | None) -> None:
    result = validate_tax_id(_with_state(code), "IN")
    assert (result.valid, result.region) == (True, region)


def test_gstin_unknown_state_code() -> None:
    result = validate_tax_id(_with_state("99"), "IN")
    assert not result.valid and result.reason is not None and "state code" in result.reason


def test_gstin_table_covers_stdnum_and_iso() -> None:
    stdnum_codes = set(getattr(stdnum_gstin, "_STATE_CODES", {}))
    assert stdnum_codes <= set(GSTIN_STATE_CODES)
    assert set(GSTIN_STATE_CODES) - stdnum_codes <= CODES_MISSING_FROM_STDNUM
    iso = {s.code for s in pycountry.subdivisions.get(country_code="IN")}
    for state in GSTIN_STATE_CODES.values():
        assert state.subdivision is None or state.subdivision in iso, state


# --- the scheme table ---------------------------------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: f"{s.name}-{s.country}")
def test_every_example_is_valid(scheme: object) -> None:
    from invoicekit.taxid.schemes import Scheme

    assert isinstance(scheme, Scheme)
    if scheme.registration_only:  # never a VAT ID: valid in its scheme, not for its country
        result = validate_in_scheme(scheme.example, scheme.name)
        assert validate_tax_id(scheme.example, scheme.country).scheme != scheme.name
    else:
        result = validate_tax_id(scheme.example, scheme.country)
    assert (result.valid, result.normalized, result.scheme) == (True, scheme.example, scheme.name)
    body = scheme.example[len(scheme.prefix):]
    assert len(body) in scheme.lengths
    if scheme.prefix and scheme.prefix in PREFIX_INDEX:
        assert validate_tax_id(scheme.example).normalized == scheme.example
    module = importlib.import_module(scheme.module)
    assert callable(module.validate)


def test_every_eu_member_state_and_xi() -> None:
    eu = {s.country for s in SCHEMES if s.name == "eu.vat"}
    assert eu == {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }
    assert {s.prefix for s in SCHEMES if s.name == "eu.vat" and s.country == "GR"} == {"EL"}
    assert {"GB", "CH", "NO", "AU", "NZ", "IN", "RU", "BY", "UA", "KZ", "JP", "CA", "SG", "TR"} <= set(
        countries()
    )


def test_country_aliases_point_at_real_rows() -> None:
    for code, only in COUNTRY_ALIASES.values():
        names = [s.name for s in schemes_for(code)]
        assert names and (only is None or only in names)
