"""The e-invoice profiles: their specification identifiers (BT-24, BT-23) and what each
needs of a document beyond EN 16931.

- ``en16931``: the European norm itself (and Factur-X's EN 16931 profile for CII).
- ``xrechnung``: the German CIUS, XRechnung 3.0 (KoSIT): buyer reference (Leitweg-ID,
  BR-DE-15), the seller's contact (BR-DE-2) and both electronic addresses (the KoSIT
  rules' PEPPOL-EN16931-R020 and R010).
- ``peppol``: Peppol BIS Billing 3.0: electronic addresses of both parties (PEPPOL-EN16931-R010,
  R020) and a buyer reference or order reference (R003).
- ``basic``, ``extended``: the Factur-X profiles of those names (CII only).
"""

from __future__ import annotations

from attrs import frozen

from ..errors import ArgumentError, Problem
from ..model import Invoice

PEPPOL_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"


@frozen
class Profile:
    name: str
    guideline: str  # BT-24, the specification identifier
    process: str | None  # BT-23, the business process
    syntaxes: tuple[str, ...]
    buyer_reference: bool = False  # BT-10 required
    reference: bool = False  # BT-10 or BT-13 required
    endpoints: bool = False  # BT-34 and BT-49 required
    xrechnung: bool = False  # contact, cities, post codes, payment required
    peppol: bool = False  # endpoints by a Peppol participant scheme, not e-mail (PEPPOL-EN16931-CL008)
    basic: bool = False  # Factur-X BASIC: no contacts, BIC, line allowance percent and base

    def problems(self, inv: Invoice) -> list[Problem]:
        """The document fields this profile needs and ``inv`` lacks."""
        need = f"required by the {self.name} profile"
        out = []
        if self.buyer_reference and not inv.buyer_reference:
            out.append(Problem("buyer_reference", f"{need} (the Leitweg-ID for a public buyer)"))
        if self.reference and not (inv.buyer_reference or inv.order_reference):
            out.append(Problem("buyer_reference", f"{need}: a buyer_reference or an order_reference"))
        for role, party in (("seller", inv.seller), ("buyer", inv.buyer)):
            if self.endpoints and party.endpoint is None:
                out.append(Problem(f"{role}.endpoint", need))
            elif self.peppol and party.endpoint is not None and party.endpoint.scheme == "EM":
                message = f"{need}: Peppol does not deliver to e-mail addresses (EM)"
                out.append(Problem(f"{role}.endpoint.scheme", message))
        if self.xrechnung:
            out += _xrechnung_problems(inv, need)
        return out


def _xrechnung_problems(inv: Invoice, need: str) -> list[Problem]:
    """XRechnung's own needs: the seller's contact with name, phone and e-mail (BR-DE-2, 5 to 7),
    city and post code of both parties (BR-DE-3, 4, 8, 9), payment instructions (BR-DE-1)."""
    out = []
    contact = inv.seller.contact
    if contact is None:
        out.append(Problem("seller.contact", f"{need} (name, phone and email)"))
    else:
        out += [Problem(f"seller.contact.{key}", need) for key in ("name", "phone", "email")
                if getattr(contact, key) is None]  # fmt: skip
    for role, party in (("seller", inv.seller), ("buyer", inv.buyer)):
        out += [Problem(f"{role}.address.{key}", need) for key in ("city", "postal_code")
                if getattr(party.address, key) is None]  # fmt: skip
    if inv.payment is None or not (inv.payment.means or inv.payment.iban):
        out.append(Problem("payment", f"{need}: payment instructions (means or iban)"))
    return out


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("en16931", "urn:cen.eu:en16931:2017", None, ("ubl", "cii")),
        Profile(
            "xrechnung",
            "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
            PEPPOL_PROCESS,
            ("ubl", "cii"),
            buyer_reference=True,
            endpoints=True,
            xrechnung=True,
        ),
        Profile(
            "peppol",
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
            PEPPOL_PROCESS,
            ("ubl",),
            reference=True,
            endpoints=True,
            peppol=True,
        ),
        Profile(
            "basic", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", None, ("cii",), basic=True
        ),
        Profile(
            "extended", "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", None, ("cii",)
        ),
    )
}


def profile(name: object, syntax: str) -> Profile:
    """The profile called ``name`` for ``syntax`` ("ubl" or "cii"), or an ArgumentError."""
    found = PROFILES.get(name) if isinstance(name, str) else None
    if found is None or syntax not in found.syntaxes:
        known = ", ".join(f'"{p.name}"' for p in PROFILES.values() if syntax in p.syntaxes)
        raise ArgumentError(f"profile: {syntax.upper()} profiles are {known}, not {name!r}")
    return found
