"""``verify(..., validate=True)``: run the official XSD and Schematron layers on a received
e-invoice, the ones of the profile its specification identifier (BT-24) names.

The rule files are an optional install (the ``einvoice`` extra and the wheels of
``constraints/validators.txt``, see :mod:`invoicekit.einvoice.validate`); without them
:class:`ValidatorsMissing` says how to install them. Never imported by ``compute``.
"""

from __future__ import annotations

from attrs import frozen

from ..einvoice.validate import LAYERS, Finding, ValidatorsMissing, rule_file, schema_for
from ..errors import ArgumentError
from .figures import Incoming

#: BT-24 prefixes and the profile whose layers check them, most specific first. Any other
#: identifier (a national CIUS invoicekit has no rules for) gets the EN 16931 layer alone.
_PROFILES: tuple[tuple[str, str, str], ...] = (
    ("ubl", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung", "xrechnung"),
    ("cii", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung", "xrechnung"),
    ("ubl", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", "peppol"),
    ("cii", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "basic"),
    ("cii", "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "extended"),
)


@frozen
class Validation:
    """What the official rules say of a received file: the profile whose layers ran, the
    layers (rule file names, in order) and every finding, each naming its rule."""

    profile: str
    layers: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def fatal(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.fatal)


def profile_of(syntax: str, guideline: str | None) -> str:
    """The profile (a key of the LAYERS table) whose rules check a file of ``syntax`` with
    specification identifier ``guideline`` (BT-24)."""
    for known_syntax, prefix, name in _PROFILES:
        if syntax == known_syntax and (guideline or "").startswith(prefix):
            return name
    return "en16931"


def validate_incoming(incoming: Incoming) -> Validation:
    """Every layer of the profile ``incoming`` names, on the XML as received. Raises
    ValidatorsMissing when a rule file (or lxml, saxonche) is not installed."""
    xml = incoming.xml
    if xml is None:
        raise ArgumentError("validate: this Incoming was not read by read_einvoice, so it has no XML")
    profile = profile_of(incoming.syntax, incoming.profile)
    if incoming.from_pdf and profile == "en16931":  # a Factur-X EN 16931 PDF: its own rules too
        profile = "facturx-en16931"
    layers = (schema_for(xml, incoming.syntax, profile), *LAYERS[(incoming.syntax, profile)])
    try:
        from ..einvoice.validate import validate

        for name in layers:
            rule_file(name)  # every file first: a missing one is named before any work
        findings = validate(xml, incoming.syntax, profile)
    except ImportError as exc:
        raise ValidatorsMissing(
            f"{exc.name or exc}: not installed; validation needs the einvoice extra "
            "(pip install 'invoicekit[einvoice]') and the rule files of constraints/validators.txt"
        ) from None
    return Validation(profile, layers, tuple(findings))
