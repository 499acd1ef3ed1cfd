"""A small HTML tree whose text is always data: every string child and attribute value is
escaped when the tree is written, so a description holding ``<script>``, ``</td>`` or
``{{ }}`` prints as those characters and never becomes markup.

Document text can also carry Unicode's explicit embedding and override controls (U+202A to
U+202E), which would reorder the rest of a cell when shown ("Trojan Source", CVE-2021-42574).
The presentation model never inserts them (it uses isolates only), so every one found is
document data and is printed visibly as ``[U+202E]``. C0/C1 control characters, which HTML
forbids, and lone surrogates, which UTF-8 cannot carry, become U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import frozen

_OVERRIDES = re.compile("[\u202a-\u202e]")
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ATTR_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_ESCAPE = re.compile("[&<>\"']")
VOID = frozenset({"meta", "img", "br", "hr", "link"})

Node = "Element | str"


def clean(text: str) -> str:
    """``text`` with override controls made visible and forbidden characters replaced."""
    text = _OVERRIDES.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return _FORBIDDEN.sub("\ufffd", text)


def escape(text: str) -> str:
    """``text`` cleaned and escaped for an HTML text node or a quoted attribute value."""
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group()], clean(text))


@frozen
class Element:
    """An element: tag, attributes (name, value) in order, children (elements or text)."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    children: tuple[Element | str, ...]


@frozen
class Raw:
    """Markup written as is: only for the fixed stylesheet, never for document data."""

    markup: str


def h(tag: str, attrs: dict[str, str | None] | None = None, *children: Element | str | Raw | None) -> Element:
    """``h("td", {"class": "num"}, "1,00 €")``; ``None`` attributes and children are left out."""
    pairs = tuple((k, v) for k, v in (attrs or {}).items() if v is not None)
    for name, _ in pairs:
        if not _ATTR_NAME.match(name):
            raise ValueError(f"not an attribute name: {name!r}")
    kids = tuple(c for c in children if c is not None and c != "")
    return Element(tag, pairs, kids)  # type: ignore[arg-type]  # Raw is allowed as a child


def join(items: Iterable[Element | str], separator: Element | str) -> list[Element | str]:
    """``items`` with ``separator`` between them (text lines with ``<br>``)."""
    out: list[Element | str] = []
    for k, item in enumerate(items):
        if k:
            out.append(separator)
        out.append(item)
    return out


def lines(text: str) -> list[Element | str]:
    """Text whose newlines become ``<br>``."""
    return join(text.split("\n"), h("br"))


_ISOLATES = re.compile("([\u2066-\u2069])")
_OPEN = {"\u2066": '<bdi dir="ltr">', "\u2067": '<bdi dir="rtl">', "\u2068": "<bdi>"}
PDI = "\u2069"


def text(value: str) -> str:
    """A text node: escaped, with the view's directional isolates (LRI, RLI, FSI ... PDI) as
    ``<bdi>`` elements, which mark the same runs for the browser; an unmatched PDI is left
    out and an isolate left open is closed at the end of the text, so none leaks."""
    out: list[str] = []
    depth = 0
    for part in _ISOLATES.split(value):
        if part in _OPEN:
            out.append(_OPEN[part])
            depth += 1
        elif part == PDI:
            if depth:
                out.append("</bdi>")
                depth -= 1
        elif part:
            out.append(escape(part))
    return "".join(out) + "</bdi>" * depth


def attribute(value: str) -> str:
    """An attribute value: escaped, without isolates (an attribute has no markup)."""
    return escape(_ISOLATES.sub("", value))


def render(node: Element | str | Raw) -> str:
    """The markup of ``node``: attributes in the order given, text escaped."""
    if isinstance(node, Raw):
        return node.markup
    if isinstance(node, str):
        return text(node)
    attrs = "".join(f' {name}="{attribute(value)}"' for name, value in node.attrs)
    if node.tag in VOID:
        return f"<{node.tag}{attrs}>"
    inner = "".join(render(child) for child in node.children)
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"
