"""The table of supported tax identifier schemes (data, not logic).

Each :class:`Scheme` row says which country issues the number, which module checks it
(python-stdnum, or the small stdnum-style modules of this package where stdnum 2.2
falls short), how the number is written (prefix, accepted lengths, an example) and what
to say when a part of it is wrong. Where a country has several schemes, they are tried
in the order of this table; the first that accepts the number wins.

Examples are valid numbers taken from python-stdnum's doctests unless noted.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs


@attrs.frozen
class Scheme:
    """One tax identifier scheme.

    >>> SCHEMES_BY_NAME["au.abn"].lengths
    (11,)
    """

    #: Short name, e.g. ``eu.vat``; shared by the 27 member states' EU VAT rows.
    name: str
    #: ISO 3166-1 alpha-2 code of the issuing country.
    country: str
    #: Module with stdnum's interface (``validate(number) -> compact``) that checks it.
    module: str
    #: Human description, for documentation and messages.
    title: str
    #: How the number is written, in words.
    pattern: str
    #: A valid number in normalized form.
    example: str
    #: Accepted lengths of the number after its prefix (for "wrong length" messages).
    lengths: tuple[int, ...]
    #: Prefix written in front of the normalized form ("" if none).
    prefix: str = ""
    #: Prefixes recognised (and removed) in input; they also let ``country=None`` find
    #: the scheme.
    input_prefixes: tuple[str, ...] = ()
    #: Whether the number is only this scheme's when written with its prefix.
    prefix_required: bool = False
    #: Whether the checking module is given the number with ``prefix`` in front.
    pass_prefix: bool = False
    #: The national module stdnum's ``eu.vat`` delegates to (documentation only).
    delegate: str | None = None
    #: ISO 3166-2 subdivision implied by every number of the scheme.
    region: str | None = None
    #: What an "invalid component" error means for this scheme.
    component_hint: str | None = None
    #: A further registration only (a party's ``tax_registrations``, EN 16931 BT-32): never
    #: tried for a VAT ID, so a country's VAT ID messages stay those of its VAT schemes.
    registration_only: bool = False
    #: A VAT number written with a country prefix (EU, UK, Northern Ireland, Swiss, Norwegian
    #: VAT): the prefixes :func:`vat_prefixes` gives come from these schemes only.
    vat: bool = False


# EU VAT: (VIES prefix, ISO country, national stdnum module, pattern, lengths, example).
# Lengths are those of the part after the prefix that stdnum accepts.
_EU_VAT: tuple[tuple[str, str, str, str, tuple[int, ...], str], ...] = (
    ("AT", "AT", "stdnum.at.uid", "ATU + 8 digits", (9,), "ATU13585627"),
    ("BE", "BE", "stdnum.be.vat", "BE + 10 digits (0 or 1 first)", (9, 10), "BE0428759497"),
    ("BG", "BG", "stdnum.bg.vat", "BG + 9 or 10 digits", (9, 10), "BG175074752"),
    ("CY", "CY", "stdnum.cy.vat", "CY + 8 digits + letter", (9,), "CY10259033P"),
    ("CZ", "CZ", "stdnum.cz.dic", "CZ + 8, 9 or 10 digits", (8, 9, 10), "CZ25123891"),
    ("DE", "DE", "stdnum.de.vat", "DE + 9 digits", (9,), "DE136695976"),
    ("DK", "DK", "stdnum.dk.cvr", "DK + 8 digits", (8,), "DK13585628"),
    ("EE", "EE", "stdnum.ee.kmkr", "EE + 9 digits", (9,), "EE100594102"),
    ("EL", "GR", "stdnum.gr.vat", "EL + 9 digits", (8, 9), "EL094259216"),
    ("ES", "ES", "stdnum.es.nif", "ES + letter/digit + 7 digits + letter/digit", (9,), "ESB64717838"),
    ("FI", "FI", "stdnum.fi.alv", "FI + 8 digits", (8,), "FI20774740"),
    ("FR", "FR", "stdnum.fr.tva", "FR + 2-character key + 9-digit SIREN", (11,), "FR23334175221"),
    ("HR", "HR", "stdnum.hr.oib", "HR + 11 digits (OIB)", (11,), "HR33392005961"),
    ("HU", "HU", "stdnum.hu.anum", "HU + 8 digits", (8,), "HU12892312"),
    (
        "IE",
        "IE",
        "stdnum.ie.vat",
        "IE + 7 digits + 1 or 2 letters (old: digit, letter, 5 digits, letter)",
        (8, 9),
        "IE6433435OA",
    ),
    ("IT", "IT", "stdnum.it.iva", "IT + 11 digits", (11,), "IT00743110157"),
    ("LT", "LT", "stdnum.lt.pvm", "LT + 9 or 12 digits", (9, 12), "LT119511515"),
    ("LU", "LU", "stdnum.lu.tva", "LU + 8 digits", (8,), "LU15027442"),
    ("LV", "LV", "stdnum.lv.pvn", "LV + 11 digits", (11,), "LV40003521600"),
    ("MT", "MT", "stdnum.mt.vat", "MT + 8 digits", (8,), "MT11679112"),
    ("NL", "NL", "stdnum.nl.btw", "NL + 9 digits + B + 2 digits", (10, 11, 12), "NL004495445B01"),
    ("PL", "PL", "stdnum.pl.nip", "PL + 10 digits", (10,), "PL8567346215"),
    ("PT", "PT", "stdnum.pt.nif", "PT + 9 digits", (9,), "PT501964843"),
    ("RO", "RO", "stdnum.ro.cf", "RO + 2 to 10 digits", (*range(2, 11), 13), "RO18547290"),
    ("SE", "SE", "stdnum.se.vat", "SE + 10 digits + 01", (12,), "SE123456789701"),
    ("SI", "SI", "stdnum.si.ddv", "SI + 8 digits", (8,), "SI50223054"),
    ("SK", "SK", "stdnum.sk.dph", "SK + 10 digits", (10,), "SK2022749619"),
)

_GB_LENGTHS = (5, 9, 11, 12)
_GB_COMPONENT = "government department (GD) or health authority (HA) number out of range"


def _eu_vat_rows() -> tuple[Scheme, ...]:
    return tuple(
        Scheme(
            name="eu.vat",
            vat=True,
            country=country,
            module="stdnum.eu.vat",
            title=f"EU VAT number ({prefix})",
            pattern=pattern,
            example=example,
            lengths=lengths,
            prefix=prefix,
            # Greece: VIES writes EL, but GR is often seen and means the same.
            input_prefixes=(prefix, "GR") if prefix == "EL" else (prefix,),
            pass_prefix=True,
            delegate=delegate,
        )
        for prefix, country, delegate, pattern, lengths, example in _EU_VAT
    )


#: Every scheme, grouped by country; within a country, in the order they are tried.
SCHEMES: tuple[Scheme, ...] = (
    *_eu_vat_rows(),
    # Northern Ireland: UK VAT numbers with the XI prefix, for trade in goods with the
    # EU; checked in VIES. Only with the XI prefix (otherwise it is a gb.vat number).
    Scheme(
        name="xi.vat",
        vat=True,
        country="GB",
        module="stdnum.eu.vat",
        title="Northern Ireland VAT number",
        pattern="XI + 9 digits (12 with branch; GD/HA + 3 digits)",
        example="XI980780684",
        lengths=_GB_LENGTHS,
        prefix="XI",
        input_prefixes=("XI",),
        prefix_required=True,
        pass_prefix=True,
        delegate="stdnum.gb.vat",
        region="GB-NIR",
        component_hint=_GB_COMPONENT,
    ),
    Scheme(
        name="gb.vat",
        vat=True,
        country="GB",
        module="stdnum.gb.vat",
        title="UK VAT registration number",
        pattern="GB + 9 digits (12 with branch; GD/HA + 3 digits)",
        example="GB980780684",
        lengths=_GB_LENGTHS,
        prefix="GB",
        input_prefixes=("GB",),
        component_hint=_GB_COMPONENT,
    ),
    # Switzerland: the VAT number is the UID with a language suffix; a bare UID is
    # accepted as ch.uid (the business identifier, not proof of VAT registration).
    Scheme(
        name="ch.vat",
        vat=True,
        country="CH",
        module="stdnum.ch.vat",
        title="Swiss VAT number (MWST/TVA/IVA)",
        pattern="CHE + 9 digits + MWST, TVA, IVA or TPV",
        example="CHE107787577IVA",
        lengths=(12, 13),
        prefix="CHE",
        input_prefixes=("CHE",),
        pass_prefix=True,
        component_hint="suffix must be MWST, TVA, IVA or TPV",
    ),
    Scheme(
        name="ch.uid",
        country="CH",
        module="stdnum.ch.uid",
        title="Swiss business identifier (UID)",
        pattern="CHE + 9 digits",
        example="CHE100155212",
        lengths=(9,),
        prefix="CHE",
        input_prefixes=("CHE",),
        pass_prefix=True,
    ),
    # Norway: likewise the MVA number first, then the bare organisation number.
    Scheme(
        name="no.mva",
        vat=True,
        country="NO",
        module="stdnum.no.mva",
        title="Norwegian VAT number (MVA)",
        pattern="NO + 9 digits + MVA",
        example="NO995525828MVA",
        lengths=(12,),
        prefix="NO",
        input_prefixes=("NO",),
    ),
    Scheme(
        name="no.orgnr",
        country="NO",
        module="stdnum.no.orgnr",
        title="Norwegian organisation number",
        pattern="9 digits",
        example="995525828",
        lengths=(9,),
        input_prefixes=("NO",),
    ),
    Scheme(
        name="au.abn",
        country="AU",
        module="stdnum.au.abn",
        title="Australian Business Number",
        pattern="11 digits",
        example="83914571673",
        lengths=(11,),
        input_prefixes=("AU",),
    ),
    Scheme(
        name="nz.ird",
        country="NZ",
        module="stdnum.nz.ird",
        title="New Zealand IRD number (also the GST number)",
        pattern="8 or 9 digits",
        example="49091850",
        lengths=(8, 9),
        input_prefixes=("NZ",),
        component_hint="outside the issued range 10-000-000 to 150-000-000",
    ),
    Scheme(
        name="in.gstin",
        country="IN",
        module="invoicekit.taxid.gstin",
        title="Indian GST identification number",
        pattern="2-digit state code + 10-character PAN + entity character + Z + check character",
        example="27AAPFU0939F1ZV",
        lengths=(15,),
        input_prefixes=("IN",),
        component_hint="unknown state code, entity character 0, or 14th character not Z",
    ),
    Scheme(
        name="ru.inn",
        country="RU",
        module="stdnum.ru.inn",
        title="Russian taxpayer number (INN)",
        pattern="10 digits (organisations) or 12 digits (individuals)",
        example="1234567894",
        lengths=(10, 12),
        input_prefixes=("RU",),
    ),
    Scheme(
        name="by.unp",
        country="BY",
        module="stdnum.by.unp",
        title="Belarusian payer number (UNP)",
        pattern="9 digits, or 2 letters + 7 digits",
        example="200988541",
        lengths=(9,),
        input_prefixes=("BY", "UNP", "УНП"),
        component_hint="unknown region code (first character)",
    ),
    # Ukraine: stdnum supports the EDRPOU (legal entities) and RNTRC (individuals); the
    # 12-digit VAT payer number (IPN) has no stdnum module and is not supported.
    Scheme(
        name="ua.edrpou",
        country="UA",
        module="stdnum.ua.edrpou",
        title="Ukrainian enterprise code (EDRPOU)",
        pattern="8 digits",
        example="32855961",
        lengths=(8,),
        input_prefixes=("UA",),
    ),
    Scheme(
        name="ua.rntrc",
        country="UA",
        module="stdnum.ua.rntrc",
        title="Ukrainian individual taxpayer number (RNTRC)",
        pattern="10 digits",
        example="1759013776",
        lengths=(10,),
        input_prefixes=("UA",),
    ),
    Scheme(
        name="kz.bin",
        country="KZ",
        module="invoicekit.taxid.kz_bin",
        title="Kazakh business identification number (BIN)",
        pattern="12 digits",
        example="940140000385",
        lengths=(12,),
        input_prefixes=("KZ",),
        component_hint="month, entity type (5th digit) or division (6th digit) out of range",
    ),
    # Japan: the qualified invoice issuer registration number is "T" + 13 digits; for
    # corporations the digits are the corporate number, check digit first. Without the
    # T (and with country="JP") the digits are read as a corporate number.
    # Example T7010705000725: the Japan Federation of Certified Public Tax Accountants'
    # Associations, as cited in Wikipedia (ja) "法人番号".
    Scheme(
        name="jp.invoice",
        country="JP",
        module="stdnum.jp.cn",
        title="Japanese qualified invoice issuer registration number",
        pattern="T + 13 digits",
        example="T7010705000725",
        lengths=(13,),
        prefix="T",
        input_prefixes=("T",),
        prefix_required=True,
    ),
    Scheme(
        name="jp.cn",
        country="JP",
        module="stdnum.jp.cn",
        title="Japanese corporate number",
        pattern="13 digits",
        example="5835678256246",
        lengths=(13,),
    ),
    Scheme(
        name="ca.bn",
        country="CA",
        module="stdnum.ca.bn",
        title="Canadian Business Number (GST/HST account: BN15 with RT)",
        pattern="9 digits, or 9 digits + RC/RM/RP/RT + 4 digits",
        example="123026635",
        lengths=(9, 15),
        input_prefixes=("CA",),
        component_hint="program identifier must be RC, RM, RP or RT",
    ),
    Scheme(
        name="ca.qst",
        country="CA",
        module="invoicekit.taxid.ca_qst",
        title="Québec sales tax (QST/TVQ) registration number, general system",
        pattern="10 digits + TQ + 4 digits",
        example="1227494057TQ0001",
        lengths=(16,),
        component_hint="the letters must be TQ and the file number not 0000",
        registration_only=True,
    ),
    Scheme(
        name="sg.uen",
        country="SG",
        module="stdnum.sg.uen",
        title="Singapore Unique Entity Number",
        pattern="8 or 9 digits + letter, or R/S/T + 2 digits + 2 letters + 4 digits + letter",
        example="197401143C",
        lengths=(9, 10),
        input_prefixes=("SG",),
        component_hint="unknown entity type, or issue year in the future",
    ),
    Scheme(
        name="tr.vkn",
        country="TR",
        module="stdnum.tr.vkn",
        title="Turkish tax number (VKN)",
        pattern="10 digits",
        example="4540536920",
        lengths=(10,),
        input_prefixes=("TR",),
    ),
    # Issue #14's jurisdictions, where python-stdnum 2.2 has a module (none for HK, PH, MY,
    # ZA's VAT number, OM, QA, KW, NG, BA, GE, AM, UZ). Israel: a company's VAT file number
    # is its company number, an individual dealer's is the identity number.
    Scheme(
        name="mx.rfc",
        country="MX",
        module="stdnum.mx.rfc",
        title="Mexican taxpayer number (RFC)",
        pattern="3 letters (companies) or 4 letters (individuals) + 6-digit date + 3-character homoclave",
        example="MAB9307148T4",
        lengths=(12, 13),
        input_prefixes=(),
    ),
    Scheme(
        name="il.hp",
        country="IL",
        module="stdnum.il.hp",
        title="Israeli company number (ח.פ., also the VAT file number of a company)",
        pattern="9 digits",
        example="516179157",
        lengths=(9,),
        input_prefixes=("IL",),
    ),
    Scheme(
        name="il.idnr",
        country="IL",
        module="stdnum.il.idnr",
        title="Israeli identity number (the VAT file number of an individual dealer)",
        pattern="9 digits",
        example="039337423",
        lengths=(9,),
        input_prefixes=("IL",),
    ),
    Scheme(
        name="cn.uscc",
        country="CN",
        module="stdnum.cn.uscc",
        title="Chinese Unified Social Credit Code (统一社会信用代码)",
        pattern="18 digits or letters",
        example="91110000600037341L",
        lengths=(18,),
        input_prefixes=("CN",),
    ),
    Scheme(
        name="tw.ubn",
        country="TW",
        module="stdnum.tw.ubn",
        title="Taiwanese Unified Business Number (統一編號)",
        pattern="8 digits",
        example="00501503",
        lengths=(8,),
        input_prefixes=("TW",),
    ),
    Scheme(
        name="th.tin",
        country="TH",
        module="stdnum.th.tin",
        title="Thai taxpayer identification number",
        pattern="13 digits",
        example="0994000617721",
        lengths=(13,),
        input_prefixes=("TH",),
    ),
    Scheme(
        name="vn.mst",
        country="VN",
        module="stdnum.vn.mst",
        title="Vietnamese tax code (mã số thuế)",
        pattern="10 digits, or 13 with a branch suffix",
        example="0100233488",
        lengths=(10, 13),
        input_prefixes=("VN",),
    ),
    Scheme(
        name="id.npwp",
        country="ID",
        module="stdnum.id.npwp",
        title="Indonesian taxpayer number (NPWP)",
        pattern="15 digits, or the 16-digit NIK form",
        example="013121660091000",
        lengths=(15, 16),
        input_prefixes=("ID",),
    ),
    Scheme(
        name="cl.rut",
        country="CL",
        module="stdnum.cl.rut",
        title="Chilean tax number (RUT)",
        pattern="7 or 8 digits + check digit (0-9 or K)",
        example="760864285",
        lengths=(8, 9),
        input_prefixes=("CL",),
    ),
    Scheme(
        name="co.nit",
        country="CO",
        module="stdnum.co.nit",
        title="Colombian tax number (NIT)",
        pattern="8 to 16 digits, the last a check digit",
        example="2131234321",
        lengths=(8, 9, 10, 11, 12, 13, 14, 15, 16),
        input_prefixes=("CO",),
    ),
    Scheme(
        name="pe.ruc",
        country="PE",
        module="stdnum.pe.ruc",
        title="Peruvian taxpayer number (RUC)",
        pattern="11 digits (10, 15, 16, 17 or 20 first)",
        example="20512333797",
        lengths=(11,),
        input_prefixes=("PE",),
    ),
    Scheme(
        name="ar.cuit",
        country="AR",
        module="stdnum.ar.cuit",
        title="Argentinian tax number (CUIT)",
        pattern="11 digits",
        example="20055361682",
        lengths=(11,),
        input_prefixes=("AR",),
    ),
    Scheme(
        name="eg.tn",
        country="EG",
        module="stdnum.eg.tn",
        title="Egyptian tax registration number",
        pattern="9 digits",
        example="100531385",
        lengths=(9,),
        input_prefixes=("EG",),
    ),
    Scheme(
        name="ma.ice",
        country="MA",
        module="stdnum.ma.ice",
        title="Moroccan common company identifier (ICE)",
        pattern="15 digits",
        example="001561191000066",
        lengths=(15,),
        input_prefixes=("MA",),
    ),
    Scheme(
        name="rs.pib",
        country="RS",
        module="stdnum.rs.pib",
        title="Serbian tax identification number (PIB)",
        pattern="9 digits",
        example="101134702",
        lengths=(9,),
        input_prefixes=("RS",),
    ),
    Scheme(
        name="mk.edb",
        country="MK",
        module="stdnum.mk.edb",
        title="North Macedonian tax number (ЕДБ)",
        pattern="13 digits",
        example="4030000375897",
        lengths=(13,),
        input_prefixes=("MK", "МК"),  # noqa: RUF001 (the Cyrillic spelling, as stdnum accepts)
    ),
    Scheme(
        name="me.pib",
        country="ME",
        module="stdnum.me.pib",
        title="Montenegrin tax number (PIB)",
        pattern="8 digits",
        example="02655284",
        lengths=(8,),
        input_prefixes=("ME",),
    ),
    Scheme(
        name="al.nipt",
        country="AL",
        module="stdnum.al.nipt",
        title="Albanian tax number (NIPT/NUIS)",
        pattern="letter + 8 digits + letter",
        example="J91402501L",
        lengths=(10,),
        input_prefixes=(),
    ),
    Scheme(
        name="md.idno",
        country="MD",
        module="stdnum.md.idno",
        title="Moldovan company identification number (IDNO)",
        pattern="13 digits",
        example="1008600038413",
        lengths=(13,),
        input_prefixes=("MD",),
    ),
    Scheme(
        name="az.voen",
        country="AZ",
        module="stdnum.az.voen",
        title="Azerbaijani tax number (VÖEN)",
        pattern="10 digits",
        example="1401555071",
        lengths=(10,),
        input_prefixes=("AZ",),
    ),
    Scheme(
        name="ke.pin",
        country="KE",
        module="stdnum.ke.pin",
        title="Kenyan KRA PIN",
        pattern="letter + 9 digits + letter",
        example="P051365947M",
        lengths=(11,),
        input_prefixes=(),
    ),
    # Brazil: its taxes are not modelled (docs/taxdata.md, "Brazil"), but its buyers' and
    # sellers' numbers are checked all the same: CNPJ for companies (alphanumeric from
    # July 2026), CPF for individuals.
    Scheme(
        name="br.cnpj",
        country="BR",
        module="stdnum.br.cnpj",
        title="Brazilian company number (CNPJ)",
        pattern="14 characters: 8 (company) + 4 (branch) + 2 check digits",
        example="16727230000197",
        lengths=(14,),
        input_prefixes=("BR",),
    ),
    Scheme(
        name="br.cpf",
        country="BR",
        module="stdnum.br.cpf",
        title="Brazilian individual taxpayer number (CPF)",
        pattern="11 digits",
        example="39053344705",
        lengths=(11,),
        input_prefixes=("BR",),
    ),
    Scheme(
        name="de.stnr",
        country="DE",
        module="stdnum.de.stnr",
        title="German tax number (Steuernummer) of the tax office",
        pattern="10 or 11 digits (regional form, e.g. 181/815/08155) or 13 digits",
        example="18181508155",
        lengths=(10, 11, 13),
        registration_only=True,
    ),
)

#: Scheme name -> its first row (``eu.vat`` maps to the Austrian row; use
#: :func:`schemes_for` for per-country rows).
SCHEMES_BY_NAME: Mapping[str, Scheme] = MappingProxyType(
    {scheme.name: scheme for scheme in reversed(SCHEMES)}
)

#: Values accepted for ``country=`` besides ISO codes: (ISO country, only this scheme).
COUNTRY_ALIASES: Mapping[str, tuple[str, str | None]] = MappingProxyType(
    {
        "EL": ("GR", None),
        "UK": ("GB", None),
        "XI": ("GB", "xi.vat"),
    }
)

#: The country codes VIES answers for (its own spelling: EL, XI).
VIES_PREFIXES: frozenset[str] = frozenset(
    scheme.prefix for scheme in SCHEMES if scheme.name in ("eu.vat", "xi.vat")
)


def schemes_for(country: str) -> tuple[Scheme, ...]:
    """The schemes of ``country`` (ISO code), in the order they are tried.

    >>> [s.name for s in schemes_for("CH")]
    ['ch.vat', 'ch.uid']
    """
    return tuple(scheme for scheme in SCHEMES if scheme.country == country and not scheme.registration_only)


def vat_prefixes(country: str) -> tuple[str, ...]:
    """The two-letter prefixes a VAT number of ``country`` is written with: its schemes'
    (``EL`` for Greece, ``XI`` and ``GB`` for the United Kingdom), else the ISO code itself.

    >>> vat_prefixes("GR"), vat_prefixes("GB"), vat_prefixes("CH")
    (('EL',), ('XI', 'GB'), ('CH',))
    """
    found = tuple(dict.fromkeys(s.prefix for s in schemes_for(country) if s.vat and len(s.prefix) == 2))
    return found or (country,)


def countries() -> tuple[str, ...]:
    """The ISO codes of all supported countries, sorted.

    >>> "GR" in countries() and "JP" in countries()
    True
    """
    return tuple(sorted({scheme.country for scheme in SCHEMES}))


def _prefix_index() -> Mapping[str, tuple[Scheme, ...]]:
    index: dict[str, list[Scheme]] = {}
    for scheme in SCHEMES:
        for prefix in scheme.input_prefixes:
            index.setdefault(prefix, []).append(scheme)
    return MappingProxyType({prefix: tuple(rows) for prefix, rows in index.items()})


#: Input prefix -> the schemes written with it, in table order.
PREFIX_INDEX: Mapping[str, tuple[Scheme, ...]] = _prefix_index()
