"""Safe XML parsing and an element walker that knows its own XPath.

Incoming e-invoices come from strangers: the parser resolves no entities, loads no DTD,
touches no network and refuses huge trees, and the input is bounded by
:data:`invoicekit.limits.MAX_DOCUMENT_BYTES` before it is parsed. Every value read goes
through a :class:`Node`, so a problem is reported at the XPath of the element it came from
(``/Invoice/cac:InvoiceLine[3]/cbc:InvoicedQuantity``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Final

from lxml import etree

from ..errors import InvoiceError, Problem
from ..limits import MAX_DOCUMENT_BYTES, echo, text_problem
from ..loader import _Reader

#: xsd:decimal as EN 16931 uses it: an optional sign, digits, an optional fraction.
_DECIMAL: Final = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)\Z")
MAX_INTEGER_DIGITS: Final = 15
MAX_FRACTION_DIGITS: Final = 10


def parse(data: bytes, where: str) -> etree._Element:
    """The root element of ``data``, parsed without entities, DTDs or network access."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InvoiceError([Problem(where, f"larger than {MAX_DOCUMENT_BYTES:,} bytes: not read")])
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        # An e-invoice has no document type declaration; one is how entity expansion
        # (billion laughs) and external entities arrive, so it is refused outright.
        raise InvoiceError(
            [Problem(where, "has a DOCTYPE declaration: entities are not accepted in e-invoices")]
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InvoiceError([Problem(where, f"not well-formed XML: {exc.msg}")]) from None
    if root is None:  # pragma: no cover - lxml raises for an empty document
        raise InvoiceError([Problem(where, "empty document")])
    if root.getroottree().docinfo.doctype:  # a DOCTYPE in an encoding the byte check missed
        raise InvoiceError(
            [Problem(where, "has a DOCTYPE declaration: entities are not accepted in e-invoices")]
        )
    return root


class Problems:
    """The problems found while reading one document, reported together."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def fail(self, where: str, message: str) -> None:
        self.items.append(Problem(where, message))

    def raise_any(self) -> None:
        if self.items:
            raise InvoiceError(self.items)


#: Clark-notation tags by (prefix table, prefixed name). The tables are module constants
#: (ubl.PREFIXES, cii.PREFIXES), so their identity is a stable key.
_TAGS: dict[tuple[int, str], str] = {}


class Node:
    """An element, its XPath with the document's usual prefixes, and the problem list.

    ``prefixes`` maps namespace URIs to the prefixes paths are written with; the root is
    written without one (``/Invoice``), as the EN 16931 syntax bindings do."""

    __slots__ = ("_children", "_ones", "element", "path", "prefixes", "problems")

    def __init__(
        self, element: etree._Element, path: str, prefixes: dict[str, str], problems: Problems
    ) -> None:
        self.element = element
        self.path = path
        self.prefixes = prefixes
        self.problems = problems
        self._children: dict[str, list[etree._Element]] | None = None
        self._ones: dict[str, Node | None] = {}

    def _tag(self, name: str) -> str:
        """``"cac:Item"`` as lxml spells it (``"{urn:...}Item"``), cached per name."""
        tag = _TAGS.get((id(self.prefixes), name))
        if tag is None:
            prefix, local = name.split(":")
            uri = next(uri for uri, known in self.prefixes.items() if known == prefix)
            tag = _TAGS[(id(self.prefixes), name)] = f"{{{uri}}}{local}"
        return tag

    def _found(self, name: str) -> list[etree._Element]:
        """The children called ``name``, from an index of the children built once."""
        if self._children is None:
            index: dict[str, list[etree._Element]] = {}
            for child in self.element:
                if isinstance(child.tag, str):
                    index.setdefault(child.tag, []).append(child)
            self._children = index
        return self._children.get(self._tag(name), [])

    def all(self, name: str) -> list[Node]:
        """Every child called ``name`` (``"cac:InvoiceLine"``), each with its position."""
        found = self._found(name)
        return [
            Node(e, f"{self.path}/{name}[{i}]", self.prefixes, self.problems) for i, e in enumerate(found, 1)
        ]

    def one(self, name: str) -> Node | None:
        """The child ``name``, or None; more than one is a problem (reported once; the first
        is used). The node is kept, so reading several values below it walks it once."""
        if name in self._ones:
            return self._ones[name]
        found = self._found(name)
        if len(found) > 1:
            self.problems.fail(f"{self.path}/{name}", f"appears {len(found)} times (at most once)")
        node = Node(found[0], f"{self.path}/{name}", self.prefixes, self.problems) if found else None
        self._ones[name] = node
        return node

    def at(self, route: str) -> Node | None:
        """The element at a relative ``route`` of single children (``"cac:Price/cbc:PriceAmount"``)."""
        node: Node | None = self
        if route == ".":
            return self
        for name in route.split("/"):
            node = node.one(name) if node is not None else None
        return node

    def child_path(self, route: str) -> str:
        return f"{self.path}/{route}"

    @property
    def value(self) -> str:
        return (self.element.text or "").strip()

    def attribute(self, name: str) -> str | None:
        value = self.element.get(name)
        return None if value is None else str(value)

    def text(self, route: str, *, required: bool = False, multiline: bool = False) -> str | None:
        """The text at ``route``, checked as document text (no control characters ...)."""
        node = self.at(route)
        if node is None or not node.value:
            if required:
                self.problems.fail(self.child_path(route), "missing")
            return None
        raw = node.element.text or ""
        value = raw.strip() if not multiline else raw.strip().replace("\r\n", "\n")
        problem = text_problem(value, multiline=multiline)
        if problem:
            self.problems.fail(node.path, problem)
            return None
        return value

    def decimal(self, route: str, *, required: bool = False) -> Decimal | None:
        """The xsd:decimal at ``route``, bounded like the loader's numbers."""
        node = self.at(route)
        if node is None or not node.value:
            if required:
                self.problems.fail(self.child_path(route), "missing")
            return None
        return node.number()

    def number(self) -> Decimal | None:
        text = self.value
        if not _DECIMAL.match(text):
            self.problems.fail(self.path, f'not a number: "{echo(text)}"')
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
            self.problems.fail(self.path, f'not a number: "{echo(text)}"')
            return None
        _sign, digits, exponent = number.as_tuple()
        assert isinstance(exponent, int)
        if max(0, -exponent) > MAX_FRACTION_DIGITS:
            self.problems.fail(self.path, f"too many decimals: {echo(text)} (at most {MAX_FRACTION_DIGITS})")
            return None
        if any(digits) and len(digits) + exponent > MAX_INTEGER_DIGITS:
            self.problems.fail(
                self.path,
                f"out of range: {echo(text)} (at most {MAX_INTEGER_DIGITS} digits before the point)",
            )
            return None
        return number

    def boolean(self, route: str, *, required: bool = False) -> bool | None:
        """An xsd:boolean at ``route`` (``true``/``false``, ``1``/``0``)."""
        node = self.at(route)
        if node is None or not node.value:
            if required:
                self.problems.fail(self.child_path(route), "missing")
            return None
        if node.value in ("true", "1"):
            return True
        if node.value in ("false", "0"):
            return False
        self.problems.fail(node.path, f'not true or false: "{echo(node.value)}"')
        return None

    def currency(self, route: str, *, required: bool = False) -> str | None:
        """An ISO 4217 invoice currency at ``route``, checked as the loader checks one."""
        return self._code(route, required, _Reader.currency)

    def country(self, route: str, *, required: bool = False) -> str | None:
        """An ISO 3166-1 alpha-2 country code at ``route``."""
        return self._code(route, required, _Reader.country)

    def _code(
        self, route: str, required: bool, check: Callable[[_Reader, str, str], str | None]
    ) -> str | None:
        node = self.at(route)
        if node is None or not node.value:
            if required:
                self.problems.fail(self.child_path(route), "missing")
            return None
        reader = _Reader()
        value = check(reader, node.value, node.path)
        self.problems.items.extend(reader.problems)
        return value

    def date(self, route: str, *, required: bool = False, compact: bool = False) -> dt.date | None:
        """A date at ``route``: ``YYYY-MM-DD`` (UBL) or, with ``compact``, ``YYYYMMDD`` (CII format 102)."""
        node = self.at(route)
        if node is None or not node.value:
            if required:
                self.problems.fail(self.child_path(route), "missing")
            return None
        text = node.value
        pattern = r"\d{8}\Z" if compact else r"\d{4}-\d{2}-\d{2}\Z"
        try:
            if not re.match(pattern, text):
                raise ValueError
            return dt.datetime.strptime(text, "%Y%m%d" if compact else "%Y-%m-%d").date()
        except ValueError:
            shape = "YYYYMMDD" if compact else "YYYY-MM-DD"
            node.problems.fail(node.path, f'not a date {shape}: "{echo(text)}"')
            return None
