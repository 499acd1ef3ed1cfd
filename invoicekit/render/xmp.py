"""The XMP metadata packet of a PDF/A-3b file: identification, document info, extensions.

PDF/A (ISO 19005-3, 6.6) requires an XMP packet in the catalog's /Metadata stream that
identifies the part and conformance (``pdfaid:part`` 3, ``pdfaid:conformance`` B) and
repeats the document information dictionary (title, author, subject, creator tool,
producer, dates) with equal values. Every description has ``rdf:about=""``: validators
look for the identification in descriptions about the document itself. Properties outside
the predefined schemas need an extension schema (``pdfaExtension``), declared here from an
:class:`XmpExtension` (Factur-X declares its ``fx:`` properties this way).

The packet is built as text, in a fixed order: same metadata, same bytes.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the fixed id of every XMP packet (XMP part 1, 7.3.2)
_NS = {
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
}
# characters XML 1.0 cannot carry (C0 controls but tab, newline, carriage return; surrogates;
# U+FFFE and U+FFFF): removed from metadata text, in the XMP and the info dictionary alike
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@frozen
class XmpProperty:
    """One property of an extension schema: its name, value and the description the
    schema declares for it (all its values are text)."""

    name: str
    value: str
    description: str


@frozen
class XmpExtension:
    """Properties outside the predefined XMP schemas, declared by a PDF/A extension schema."""

    schema: str  # the schema's human-readable name
    namespace: str
    prefix: str
    properties: tuple[XmpProperty, ...]


@frozen
class DocumentInfo:
    """What the info dictionary and the XMP packet both say about the document. ``date`` is
    the creation and modification date (invoicekit uses the issue date: no clock)."""

    title: str
    author: str
    subject: str
    creator: str
    producer: str
    date: dt.datetime


def clean_text(value: str) -> str:
    """``value`` without the characters XML cannot carry, so that the info dictionary and the
    XMP packet can hold equal text."""
    return _NOT_XML.sub("", value)


def xmp_date(value: dt.datetime) -> str:
    """An XMP date (ISO 8601 with seconds and offset): ``2024-05-28T00:00:00+00:00``."""
    return value.isoformat(timespec="seconds")


def pdf_date(value: dt.datetime) -> str:
    """A PDF date string for the same instant as :func:`xmp_date`: ``D:20240528000000+00'00'``."""
    offset = value.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"D:{value:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def _text(value: str) -> str:
    """``value`` as XML character data; a carriage return as a reference, since XML parsers
    turn a literal one into a line feed and the XMP would no longer equal the info entry."""
    value = clean_text(value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _description(prefix: str, body: list[str], extra_ns: tuple[str, ...] = ()) -> str:
    spaces = " ".join(f'xmlns:{p}="{_NS[p]}"' for p in (prefix, *extra_ns))
    inner = "\n".join(f"   {line}" for line in body)
    return f'  <rdf:Description rdf:about="" {spaces}>\n{inner}\n  </rdf:Description>'


def _alt(value: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{_text(value)}</rdf:li></rdf:Alt>'


def _document_descriptions(info: DocumentInfo) -> list[str]:
    date = xmp_date(info.date)
    return [
        _description(
            "pdfaid", ["<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]
        ),
        _description(
            "dc",
            [
                "<dc:format>application/pdf</dc:format>",
                f"<dc:title>{_alt(info.title)}</dc:title>",
                f"<dc:creator><rdf:Seq><rdf:li>{_text(info.author)}</rdf:li></rdf:Seq></dc:creator>",
                f"<dc:description>{_alt(info.subject)}</dc:description>",
            ],
        ),
        _description(
            "xmp",
            [
                f"<xmp:CreatorTool>{_text(info.creator)}</xmp:CreatorTool>",
                f"<xmp:CreateDate>{date}</xmp:CreateDate>",
                f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
                f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
            ],
        ),
        _description("pdf", [f"<pdf:Producer>{_text(info.producer)}</pdf:Producer>"]),
    ]


def _schema_declaration(extensions: tuple[XmpExtension, ...]) -> str:
    """The ``pdfaExtension:schemas`` bag declaring every extension's properties."""
    body = ["<pdfaExtension:schemas>", " <rdf:Bag>"]
    for ext in extensions:
        body += [
            '  <rdf:li rdf:parseType="Resource">',
            f"   <pdfaSchema:schema>{_text(ext.schema)}</pdfaSchema:schema>",
            f"   <pdfaSchema:namespaceURI>{_text(ext.namespace)}</pdfaSchema:namespaceURI>",
            f"   <pdfaSchema:prefix>{ext.prefix}</pdfaSchema:prefix>",
            "   <pdfaSchema:property>",
            "    <rdf:Seq>",
        ]
        for prop in ext.properties:
            body += [
                '     <rdf:li rdf:parseType="Resource">',
                f"      <pdfaProperty:name>{prop.name}</pdfaProperty:name>",
                "      <pdfaProperty:valueType>Text</pdfaProperty:valueType>",
                "      <pdfaProperty:category>external</pdfaProperty:category>",
                f"      <pdfaProperty:description>{_text(prop.description)}</pdfaProperty:description>",
                "     </rdf:li>",
            ]
        body += ["    </rdf:Seq>", "   </pdfaSchema:property>", "  </rdf:li>"]
    body += [" </rdf:Bag>", "</pdfaExtension:schemas>"]
    return _description("pdfaExtension", body, ("pdfaSchema", "pdfaProperty"))


def _extension_values(ext: XmpExtension) -> str:
    body = [f"<{ext.prefix}:{p.name}>{_text(p.value)}</{ext.prefix}:{p.name}>" for p in ext.properties]
    inner = "\n".join(f"   {line}" for line in body)
    return (
        f'  <rdf:Description rdf:about="" xmlns:{ext.prefix}="{_text(ext.namespace)}">\n'
        f"{inner}\n  </rdf:Description>"
    )


def xmp_packet(info: DocumentInfo, extensions: tuple[XmpExtension, ...] = ()) -> bytes:
    """The complete XMP packet (UTF-8) for a PDF/A-3b document described by ``info``, with
    the extension schemas ``extensions`` declared and their values set."""
    parts = _document_descriptions(info)
    if extensions:
        parts.append(_schema_declaration(extensions))
        parts += [_extension_values(ext) for ext in extensions]
    rdf = "\n".join(parts)
    return (
        f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f"{rdf}\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()
