"""Reading HTML back with the standard library's parser: a small tree to query."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "img", "br", "hr", "link", "input", "source"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        """All text below this node, tags removed."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())
        ]

    def find(self, tag: str, cls: str | None = None) -> Node:
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls}>"
        return found[0]

    def own_text(self) -> str:
        """The text of this node without the second-language spans."""
        return "".join(
            c if isinstance(c, str) else ("" if "second" in c.attrs.get("class", "") else c.own_text())
            for c in self.children
        )


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.current.tag != tag:
            self.errors.append(f"</{tag}> closes <{self.current.tag}>")
            return
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(markup: str) -> Node:
    """The tree of ``markup``; every element must be closed where it opened."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert not builder.errors, builder.errors[:5]
    assert builder.current is builder.root, f"<{builder.current.tag}> never closed"
    return builder.root


def normal(value: str) -> str:
    """NFC, no-break spaces as spaces, isolate marks dropped, whitespace collapsed."""
    value = unicodedata.normalize("NFC", value)
    for ch in "\u00a0\u202f\u2009":
        value = value.replace(ch, " ")
    for ch in "\u2066\u2067\u2068\u2069\u200e\u200f":
        value = value.replace(ch, "")
    return re.sub(r"\s+", " ", value).strip()
