"""The party blocks of a document: name, address lines, tax identifiers, e-mail."""

from __future__ import annotations

from ..model import Party, TaxRegistration
from ..profiles import language_fact, profile
from ..taxid.schemes import SCHEMES_BY_NAME
from ..taxid.validate import validate_tax_id
from . import addresses
from .labels import Labels
from .model import Field, Label, PartyBlock

_CJK_LANGUAGES = {"ja": "Jpan", "zh": "Hans", "ko": "Kore"}


def label(labels: Labels, msgid: str, **params: str) -> Label:
    """``msgid`` in the document language and the second language (when it differs)."""
    first, second = labels.pair(msgid, **params)
    return Label(first, second)


def party_han_hint(party: Party) -> str | None:
    """Which CJK font a party's own text prefers (its locale, else its country)."""
    if party.locale:
        hint = _CJK_LANGUAGES.get(party.locale.split("_")[0].split("-")[0])
        if hint:
            return hint
    return profile(party.country).cjk


def _is_eu_vat(scheme: str | None) -> bool:
    """Whether a scheme is an EU VAT identification number (VIES checks it: the member
    states' numbers and Northern Ireland's XI ones)."""
    found = SCHEMES_BY_NAME.get(scheme or "")
    return found is not None and found.module == "stdnum.eu.vat"


def _vat_id_word(lb: Labels, scheme: str | None) -> str:
    """The catalog's "VAT ID", or for a number known not to be an EU one the language's
    plain word where its "VAT ID" names the EU's (fr "N° de TVA"; languages.toml)."""
    if scheme is not None and not _is_eu_vat(scheme):
        plain = language_fact("vat_id_outside_eu", lb.babel.language)
        if plain:
            return plain
    return lb.t("VAT ID")


def tax_id_label(labels: Labels, party: Party, vat_id: str) -> Label:
    """The label of the party's tax ID: the local name of its scheme from the issuing
    country's profile in the document language (ИНН, Код ЄДРПОУ, GSTIN, UID-Nr.), else the
    catalog's "VAT ID" (a profile word only in some languages leaves the others theirs)."""
    result = validate_tax_id(vat_id, party.country)
    country = profile(result.country or party.country)

    def one(lb: Labels) -> str:
        return country.tax_id_label(result.scheme, lb.babel.language) or _vat_id_word(lb, result.scheme)

    first = one(labels)
    second = one(labels.second) if labels.second else None
    return Label(first, None if second == first else second)


def registration_label(labels: Labels, registration: TaxRegistration) -> Label:
    """The label of a further tax registration: its scheme's name in the profile of the
    country that issues it (``ca.qst``: "QST No." / "No TVQ"), else the catalog's "Tax ID"."""
    scheme = SCHEMES_BY_NAME.get(registration.scheme)
    country = profile(scheme.country if scheme else "")

    def one(lb: Labels) -> str:
        return country.tax_id_label(registration.scheme, lb.babel.language, fallback=False) or lb.t("Tax ID")

    first = one(labels)
    second = one(labels.second) if labels.second else None
    return Label(first, None if second == first else second)


def tax_ids(labels: Labels, party: Party) -> tuple[Field, ...]:
    """The party's tax identifiers with their labels: the VAT ID (or national tax number),
    then the further registrations in the order the document gives them."""
    out = []
    if party.vat_id:
        out.append(Field("vat_id", tax_id_label(labels, party, party.vat_id), labels.code(party.vat_id)))
    for registration in party.tax_registrations:
        label = registration_label(labels, registration)
        out.append(Field("tax_registration", label, labels.code(registration.number)))
    return tuple(out)


def party_block(labels: Labels, party: Party, role: str, msgid: str) -> PartyBlock:
    """One party as the document shows it."""
    email = None
    if party.email:
        email = Field("email", Label(labels.t("Email")), labels.code(party.email))
    return PartyBlock(
        role=role,
        label=label(labels, msgid),
        name=party.name,
        address=addresses.address_lines(party.address, labels.country(party.address.country)),
        ids=tax_ids(labels, party),
        email=email,
        han_hint=party_han_hint(party),
    )
