"""The party blocks of a document: name, address lines, tax identifiers, e-mail."""

from __future__ import annotations

from ..model import Party
from .labels import Labels
from .model import Field, Label, PartyBlock

_CJK_LANGUAGES = {"ja": "Jpan", "zh": "Hans", "ko": "Kore"}
_CJK_COUNTRIES = {
    "JP": "Jpan",
    "CN": "Hans",
    "SG": "Hans",
    "TW": "Hans",
    "HK": "Hans",
    "MO": "Hans",
    "KR": "Kore",
}
_REGION_COUNTRIES = ("US", "CA", "IN", "AU")


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
    return _CJK_COUNTRIES.get(party.country)


def address_lines(labels: Labels, party: Party) -> tuple[str, ...]:
    """The address as printed: street lines, post code and city, region, country."""
    addr = party.address
    lines = list(addr.lines)
    place = " ".join(x for x in (addr.postal_code, addr.city) if x)
    if place:
        lines.append(place)
    if addr.region and addr.country in _REGION_COUNTRIES:
        lines.append(addr.region)
    lines.append(labels.country(addr.country))
    return tuple(lines)


def tax_ids(labels: Labels, party: Party) -> tuple[Field, ...]:
    """The party's tax identifiers with their labels."""
    if not party.vat_id:
        return ()
    return (Field("vat_id", label(labels, "VAT ID"), labels.code(party.vat_id)),)


def party_block(labels: Labels, party: Party, role: str, msgid: str) -> PartyBlock:
    """One party as the document shows it."""
    email = None
    if party.email:
        email = Field("email", Label(labels.t("Email")), labels.code(party.email))
    return PartyBlock(
        role=role,
        label=label(labels, msgid),
        name=party.name,
        address=address_lines(labels, party),
        ids=tax_ids(labels, party),
        email=email,
        han_hint=party_han_hint(party),
    )
