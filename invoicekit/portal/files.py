"""The downloads of one document: every file the register stores for it, named by its
format as read from its bytes (a Factur-X PDF carries the ``fx:`` XMP schema; an XML file's
root namespace says UBL or CII), and served byte for byte as the register holds it."""

from __future__ import annotations

import mimetypes
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from io import BytesIO

from attrs import frozen

from ..facturx import NAMESPACE as FACTURX_NS

UBL_NS = ("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
          "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")  # fmt: skip
CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
PDF_NAME = "invoice.pdf"  # the register's own names come first (issuing.PDF_NAME, XML_NAMES)
OWN = (PDF_NAME, "invoice-ubl.xml", "invoice-cii.xml")


@frozen
class Artefact:
    """A stored file as the portal offers it: ``name`` in the register (the URL's last part),
    ``label`` naming the format, the ``suffix`` of its download's name, ``media_type``."""

    name: str
    label: str
    suffix: str
    media_type: str

    def filename(self, number: str) -> str:
        """The download's name: the document number and the format ("2026-00001-ubl.xml")."""
        return safe(number) + self.suffix


def _root_namespace(data: bytes) -> str:
    """The namespace of the first element (``""`` when the bytes are not XML)."""
    try:
        for _, element in ET.iterparse(BytesIO(data), events=("start",)):
            tag = element.tag
            return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    except ET.ParseError:
        return ""
    return ""


def kind(data: bytes) -> str:
    """``"facturx"``, ``"pdf"``, ``"ubl"``, ``"cii"`` or ``""`` (another file), from the bytes."""
    if data.startswith(b"%PDF-"):
        return "facturx" if FACTURX_NS.encode("ascii") in data and b"factur-x.xml" in data else "pdf"
    if data.lstrip().startswith(b"<"):
        namespace = _root_namespace(data)
        return "ubl" if namespace in UBL_NS else "cii" if namespace == CII_NS else ""
    return ""


LABELS = {"facturx": ("Factur-X PDF", "-facturx.pdf", "application/pdf"),
          "pdf": ("PDF", ".pdf", "application/pdf"),
          "ubl": ("UBL XML", "-ubl.xml", "application/xml"),
          "cii": ("CII XML", "-cii.xml", "application/xml")}  # fmt: skip


def safe(number: str) -> str:
    """A document number as a file name: letters, digits, ``-`` and ``_`` kept."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in number)


def artefact(name: str, data: bytes) -> Artefact:
    """How the portal names the stored file ``name`` whose bytes are ``data``."""
    found = kind(data)
    if found and (name in OWN or found != "pdf"):  # an attached plain PDF keeps its own name
        label, suffix, media = LABELS[found]
        return Artefact(name, label, suffix, media)
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Artefact(name, name, f"-{name}", media)


def ordered(names: Mapping[str, str]) -> list[str]:
    """The register's own files first (PDF, XML), then attachments by name."""
    return [n for n in OWN if n in names] + sorted(n for n in names if n not in OWN)
