"""Small helpers for writing XML with the standard library, deterministically.

Tags carry their namespace prefix literally (``"cbc:ID"``) and the root declares the
prefixes, so no global namespace registry is touched and the bytes depend on nothing
but the input.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """A child element ``tag`` of ``parent`` with ``text`` and attributes (in the given order)."""
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = text
    return child


def opt(parent: ET.Element, tag: str, text: str | None, **attrs: str) -> None:
    """A child element only when ``text`` is given."""
    if text:
        sub(parent, tag, text, **attrs)


def serialize(root: ET.Element) -> bytes:
    """UTF-8 bytes with an XML declaration, indented by two spaces, ending in a newline."""
    ET.indent(root, space="  ")
    # to text first: ElementTree's byte encoder resets a codec on every write (four times slower)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def compact_date(day: dt.date) -> str:
    """A date as CII's format 102: ``YYYYMMDD``."""
    return day.strftime("%Y%m%d")
