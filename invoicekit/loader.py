"""Read an invoice document (JSON file, TOML file or dict) into an :class:`Invoice`.

Numbers are read exactly from their text, never through float. Every problem is
collected with its path (``lines[2].quantity: not a number: "2,5"``) and all of a
document's problems are raised together as one :class:`InvoiceError`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from .countries import known_country, known_subdivision
from .currencies import currency as iso_currency
from .errors import InvoiceError, Problem
from .limits import MAX_DOCUMENT_BYTES, MAX_DOCUMENT_TEXT, MAX_LINES, echo, text_problem
from .locale_names import canonical_locale
from .model import (
    DISTANCE_SALES,
    KINDS,
    SUPPLIES,
    Address,
    DistanceSales,
    Invoice,
    Kind,
    Line,
    Party,
    Payment,
    Rounding,
    Supply,
)
from .money import ROUNDING_LEVELS, ROUNDING_MODES, RoundingLevel, RoundingMode, minor_units
from .paths import normal_name, path_problem, shown, suffix_of

if TYPE_CHECKING:
    from . import model_parts
else:  # the model's stand-in: imports invoicekit.model_parts when a document has such a part
    from .model import model_parts

FORMAT_VERSION = 1

# Bounds that keep every product and sum exact and catch absurd input early.
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 10
MAX_LINE_AMOUNT = 10**15
_NUMBER = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")
_FIELD = TypeVar("_FIELD")
_CHOICE = TypeVar("_CHOICE", bound=str)


class _NonFinite:
    """Marks a JSON NaN/Infinity constant so that its field can be named in the error."""

    def __init__(self, text: str) -> None:
        self.text = text


class _Reader:
    """Walks a raw document, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.text_total = 0  # characters of text read so far (MAX_DOCUMENT_TEXT)

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def mapping(self, value: Any, path: str, known: tuple[str, ...]) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.fail(path, f"expected a table of fields, got {_describe(value)}")
            return None
        for key in value:
            if key not in known:
                import difflib  # only for a mistake: not loaded at start-up

                hint = difflib.get_close_matches(str(key), known, n=1)
                where = f"{path}.{key}" if path else str(key)
                self.fail(where, "unknown field" + (f' (did you mean "{hint[0]}"?)' if hint else ""))
        return value

    def get(
        self,
        data: Mapping[str, Any],
        path: str,
        key: str,
        parse: Callable[[Any, str], _FIELD | None],
        *,
        required: bool = False,
    ) -> _FIELD | None:
        value = data.get(key)
        if value is None:  # the field's name is spelt out only when needed (13 per line)
            if required:
                self.fail(f"{path}.{key}" if path else key, "required field is missing")
            return None
        return parse(value, f"{path}.{key}" if path else key)

    # --- scalar parsers: each returns None after recording a problem ---

    def text(self, value: Any, path: str, *, multiline: bool = False) -> str | None:
        """One line of text (``multiline``: newlines and tabs allowed), within the limits of
        :mod:`invoicekit.limits`."""
        if not isinstance(value, str):
            self.fail(path, f"expected text, got {_describe(value)}")
            return None
        problem = text_problem(value, multiline=multiline)
        if problem:
            self.fail(path, problem)
            return None
        self.text_total += len(value)
        if self.text_total - len(value) <= MAX_DOCUMENT_TEXT < self.text_total:
            self.fail(
                path, f"the document's text runs over {MAX_DOCUMENT_TEXT:,} characters in all (at most that)"
            )
            return None
        if not value.strip():
            self.fail(path, "must not be empty")
            return None
        return value

    def paragraph(self, value: Any, path: str) -> str | None:
        """Text that may run over several lines (a description, a note)."""
        return self.text(value, path, multiline=True)

    def number(self, value: Any, path: str) -> Decimal | None:
        if isinstance(value, str):  # the usual case first: a string, or a TOML number (Decimal)
            number = self._number_text(value, path)
        elif isinstance(value, Decimal):
            number = value
        else:
            number = self._number_other(value, path)
        if number is None:
            return None
        if not number.is_finite():
            self.fail(path, f"not a finite number: {_describe(value)}")
            return None
        _sign, digits, exponent = number.as_tuple()
        assert isinstance(exponent, int)
        fraction = max(0, -exponent)
        integer = max(0, len(digits) + exponent) if any(digits) else 0
        if integer > MAX_INTEGER_DIGITS:
            limit = f"at most {MAX_INTEGER_DIGITS} digits before the point"
            self.fail(path, f"out of range: {_bare(value)} ({limit})")
            return None
        if fraction > MAX_FRACTION_DIGITS:
            self.fail(path, f"too many decimals: {_bare(value)} (at most {MAX_FRACTION_DIGITS})")
            return None
        return number

    def _number_text(self, value: str, path: str) -> Decimal | None:
        text = value.strip()
        if not _NUMBER.match(text):
            self.fail(path, f"not a number: {_describe(value)}")
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
            self.fail(path, f"not a number: {_describe(value)}")
            return None

    def _number_other(self, value: Any, path: str) -> Decimal | None:
        """:meth:`number` of what is neither text nor a Decimal: an int, or a problem."""
        if isinstance(value, bool):
            self.fail(path, f"not a number: {value!r}")
            return None
        if isinstance(value, float):
            self.fail(path, f"float is not exact; give the number as a string or Decimal: {value!r}")
            return None
        if isinstance(value, _NonFinite):
            self.fail(path, f"not a finite number: {value.text}")
            return None
        if isinstance(value, int):
            if value.bit_length() > 64:
                self.fail(path, f"out of range (at most {MAX_INTEGER_DIGITS} digits before the point)")
                return None
            return Decimal(value)
        self.fail(path, f"not a number: {_describe(value)}")
        return None

    def date(self, value: Any, path: str) -> dt.date | None:
        if isinstance(value, dt.datetime):
            self.fail(path, f"expected a date YYYY-MM-DD, got a date and time: {value.isoformat()}")
            return None
        if isinstance(value, dt.date):
            return value
        if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            self.fail(path, f"expected a date YYYY-MM-DD, got {_describe(value)}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(path, f"not a real date: {_describe(value)}")
            return None

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, f"expected true or false, got {_describe(value)}")
            return None
        return value

    def choice(self, options: tuple[_CHOICE, ...]) -> Callable[[Any, str], _CHOICE | None]:
        """A parser for one of ``options``; it returns the option itself (typed as the options are)."""

        def parse(value: Any, path: str) -> _CHOICE | None:
            for option in options:
                if value == option:
                    return option
            listed = ", ".join(f'"{o}"' for o in options)
            self.fail(path, f"must be one of {listed}, got {_describe(value)}")
            return None

        return parse

    def texts(self, value: Any, path: str) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.fail(path, f"expected a list of text, got {_describe(value)}")
            return None
        items = [self.paragraph(item, f"{path}[{i}]") for i, item in enumerate(value)]
        return tuple(item for item in items if item is not None)

    def currency(self, value: Any, path: str) -> str | None:
        """An ISO 4217 code with a minor unit, upper-cased ("eur" is read as "EUR")."""
        code = value.strip().upper() if isinstance(value, str) else None
        entry = iso_currency(code) if code else None
        if entry is None:
            self.fail(path, f"unknown currency (ISO 4217 code expected): {_describe(value)}")
            return None
        if entry.minor_units is None:
            self.fail(path, f"{code} ({entry.name}) is not an invoice currency: ISO 4217 gives no minor unit")
            return None
        if entry.fund:
            self.fail(path, f"{code} ({entry.name}) is an ISO 4217 funds code, not legal tender")
            return None
        return code

    def country(self, value: Any, path: str) -> str | None:
        """An ISO 3166-1 alpha-2 code, upper-cased."""
        if not isinstance(value, str) or not _known_country(value.strip().upper()):
            self.fail(path, f"unknown country (ISO 3166-1 alpha-2 code expected): {_describe(value)}")
            return None
        return value.strip().upper()

    def locale(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str):
            self.fail(path, f'expected a locale such as "fr_CA", got {_describe(value)}')
            return None
        if canonical_locale(value) is None:
            self.fail(path, f"unknown locale: {_describe(value)}")
            return None
        return value.replace("-", "_")


def _describe(value: Any) -> str:
    """A value as an error message shows it: shortened, with control characters escaped."""
    if isinstance(value, str):
        return f'"{_printable(echo(value))}"'
    if isinstance(value, _NonFinite):
        return value.text
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()  # TOML dates and times as written, not as Python objects
    if isinstance(value, Decimal):
        return echo(f"{value}")
    return _printable(echo(repr(value)))


def _bare(value: Any) -> str:
    """A number as written, without quotes, shortened: for range messages."""
    return _printable(echo(value.strip() if isinstance(value, str) else f"{value}"))


def _printable(text: str) -> str:
    """``text`` with every character a terminal would not print as itself escaped
    (``\\x1b``), so an error message can never carry an escape sequence or a surrogate."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _known_country(code: str) -> bool:
    return len(code) == 2 and known_country(code)



# --- structures -------------------------------------------------------------------

_TOP = (
    "format", "kind", "number", "issue_date", "supply_date", "due_date", "currency",
    "prices_include_tax", "supply", "rounding", "cash_rounding", "locale", "seller", "buyer",
    "lines", "allowances", "charges", "notes", "payment", "original", "prepaid", "rounding_amount",
    "tax_representative", "tax_currency", "buyer_reference", "order_reference", "contract_reference",
)  # fmt: skip
_TAX_CURRENCY = ("currency", "exchange_rate")
_TAX_REPRESENTATIVE = ("name", "address", "vat_id")
_PARTY = ("name", "address", "vat_id", "business", "locale", "email", "endpoint", "tax_registrations")
_SELLER = (*_PARTY, "registrations", "eu_distance_sales", "contact")
_ADDRESS = ("lines", "city", "postal_code", "country", "region")
_LINE = (
    "description", "quantity", "unit", "unit_price", "category", "supply", "discount",
    "allowances", "charges", "base_quantity", "gross_price", "price_discount", "hsn",
)  # fmt: skip
_ALLOWANCE = ("reason", "amount", "category", "supply", "reason_code", "percent", "base")
_LINE_ADJUSTMENT = ("amount", "percent", "base", "reason", "reason_code")
# The shape of the reason codes: UNTDID 5189 (allowances: "95", "100") and UNTDID 7161
# (charges: "FC", "ABL"), the code lists EN 16931 names for BT-98/BT-140 and BT-105/BT-145.
# Pattern texts, compiled (and kept by re's cache) when a document first gives a code.
_REASON_CODE = {False: r"[0-9]{2,3}", True: r"[A-Z]{2,3}"}
_ROUNDING = ("mode", "level")
_PAYMENT = ("terms", "iban", "bic", "reference", "means")
_ENDPOINT = ("id", "scheme")
_REFERENCES = ("buyer_reference", "order_reference", "contract_reference")
_CONTACT = ("name", "phone", "email")
_TAX_REGISTRATION = ("scheme", "number")
_ORIGINAL = ("number", "issue_date")


def _address(r: _Reader, value: Any, path: str) -> Address | None:
    data = r.mapping(value, path, _ADDRESS)
    if data is None:
        return None
    country = r.get(data, path, "country", r.country, required=True)
    region = r.get(data, path, "region", r.text)
    region = region.strip().upper() if region else None
    if country and region and not known_subdivision(f"{country}-{region}"):
        r.fail(f"{path}.region", f'unknown subdivision "{country}-{region}" (ISO 3166-2 suffix expected)')
        region = None
    lines = r.get(data, path, "lines", r.texts) or ()
    if country is None:
        return None
    return Address(
        country=country,
        lines=lines,
        city=r.get(data, path, "city", r.text),
        postal_code=r.get(data, path, "postal_code", r.text),
        region=region,
    )


def _party(r: _Reader, value: Any, path: str, *, seller: bool) -> Party | None:
    data = r.mapping(value, path, _SELLER if seller else _PARTY)
    if data is None:
        return None
    name = r.get(data, path, "name", r.text, required=True)
    address = r.get(data, path, "address", lambda v, p: _address(r, v, p), required=True)
    vat_id = r.get(data, path, "vat_id", r.text)
    business = r.get(data, path, "business", r.boolean)
    registrations: tuple[str, ...] = ()
    distance: DistanceSales = "destination"
    if seller:
        registrations = tuple(
            reg.strip().upper() for reg in r.get(data, path, "registrations", r.texts) or ()
        )
        for i, reg in enumerate(registrations):
            if not (_known_country(reg) or known_subdivision(reg)):
                r.fail(f"{path}.registrations[{i}]", f'unknown jurisdiction "{reg}"')
        distance = r.get(data, path, "eu_distance_sales", r.choice(DISTANCE_SALES)) or "destination"
    endpoint = r.get(data, path, "endpoint", lambda v, p: _endpoint(r, v, p))
    contact = r.get(data, path, "contact", lambda v, p: _contact(r, v, p)) if seller else None
    further = r.get(data, path, "tax_registrations", lambda v, p: _list(r, v, p, _registration_parser(r)))
    if name is None or address is None:
        return None
    return Party(
        name=name,
        address=address,
        vat_id=vat_id,
        business=business if business is not None else vat_id is not None,
        locale=r.get(data, path, "locale", r.locale),
        email=r.get(data, path, "email", r.text),
        registrations=registrations,
        eu_distance_sales=distance,
        endpoint=endpoint,
        contact=contact,
        tax_registrations=tuple(further or ()),
    )


def _registration_parser(r: _Reader) -> Callable[[Any, str], model_parts.TaxRegistration | None]:
    """:func:`_tax_registration` as a list item parser of ``r``."""
    return lambda value, path: _tax_registration(r, value, path)


def _tax_registration(r: _Reader, value: Any, path: str) -> model_parts.TaxRegistration | None:
    """A further tax number of a party: an :mod:`invoicekit.taxid` ``scheme`` name and a
    ``number`` that scheme accepts (checked offline; kept in its normalized form)."""
    from .taxid.validate import validate_in_scheme  # python-stdnum, only when one is given

    data = r.mapping(value, path, _TAX_REGISTRATION)
    if data is None:
        return None
    scheme = r.get(data, path, "scheme", r.text, required=True)
    number = r.get(data, path, "number", r.text, required=True)
    if scheme is None or number is None:
        return None
    scheme = scheme.strip().lower()
    result = validate_in_scheme(number, scheme)
    if result.reason and result.reason.startswith("unknown scheme"):
        known = 'a scheme of docs/taxid.md, such as "ca.qst"'
        r.fail(f"{path}.scheme", f"unknown tax-ID scheme {_describe(scheme)} ({known})")
        return None
    if not result.valid:
        r.fail(f"{path}.number", f"not a valid {scheme} number {_describe(number)}: {result.reason}")
        return None
    return model_parts.TaxRegistration(scheme=scheme, number=result.normalized)


def _endpoint(r: _Reader, value: Any, path: str) -> model_parts.Endpoint | None:
    """An electronic address: ``id`` and a CEF EAS ``scheme`` code (EN 16931 BR-CL-25)."""
    from .einvoice.codes import EAS_SCHEMES  # pure data, no XML

    data = r.mapping(value, path, _ENDPOINT)
    if data is None:
        return None
    ident = r.get(data, path, "id", r.text, required=True)
    scheme = r.get(data, path, "scheme", r.text, required=True)
    if scheme is not None and scheme.strip().upper() not in EAS_SCHEMES:
        r.fail(
            f"{path}.scheme",
            f"unknown electronic address scheme {_describe(scheme)}"
            ' (a CEF EAS code such as "0088", "9930", "EM")',
        )
        return None
    if ident is None or scheme is None:
        return None
    return model_parts.Endpoint(id=ident.strip(), scheme=scheme.strip().upper())


def _contact(r: _Reader, value: Any, path: str) -> model_parts.Contact | None:
    data = r.mapping(value, path, _CONTACT)
    if data is None:
        return None
    fields = {key: r.get(data, path, key, r.text) for key in _CONTACT}
    if not any(fields.values()):
        if not data:
            r.fail(path, "give at least one of name, phone, email")
        return None
    return model_parts.Contact(**fields)


def _tax_representative(r: _Reader, value: Any, path: str) -> Party | None:
    """The seller's tax representative (EN 16931 BG-11): a name (BT-62, BR-18), a postal
    address with its country (BG-12, BR-19, BR-20) and a VAT ID (BT-63, BR-56), all required."""
    data = r.mapping(value, path, _TAX_REPRESENTATIVE)
    if data is None:
        return None
    name = r.get(data, path, "name", r.text, required=True)
    address = r.get(data, path, "address", lambda v, p: _address(r, v, p), required=True)
    vat_id = r.get(data, path, "vat_id", r.text, required=True)
    if name is None or address is None or vat_id is None:
        return None
    return Party(name=name, address=address, vat_id=vat_id, business=True)


def _tax_currency(
    r: _Reader, value: Any, path: str, invoice_currency: str | None
) -> model_parts.TaxCurrency | None:
    """The VAT accounting currency BT-6 (another currency than the invoice's, BT-5) and a
    positive exchange rate to it; EN 16931 BR-53 then requires BT-111, which compute gives."""
    data = r.mapping(value, path, _TAX_CURRENCY)
    if data is None:
        return None
    code = r.get(data, path, "currency", r.currency, required=True)
    rate = r.get(data, path, "exchange_rate", r.number, required=True)
    if code is not None and code == invoice_currency:
        r.fail(f"{path}.currency", f"{code} is the invoice currency: leave tax_currency out")
        return None
    if rate is not None and rate <= 0:
        r.fail(
            f"{path}.exchange_rate",
            f"must be positive (units of {code or 'it'} per 1 {invoice_currency}), got {rate}",
        )
        return None
    if code is None or rate is None:
        return None
    return model_parts.TaxCurrency(currency=code, exchange_rate=rate)


def _discount(r: _Reader, value: Any, path: str) -> model_parts.Discount | None:
    """``"10%"`` is a percentage of the line amount; a plain number is an amount off it."""
    if isinstance(value, str) and value.strip().endswith("%"):
        percent = r.number(value.strip()[:-1], path)
        if percent is None:
            return None
        if not Decimal(0) <= percent <= Decimal(100):
            r.fail(path, f"percentage must be between 0% and 100%, got {value}")
            return None
        return model_parts.Discount(percent=percent)
    amount = r.number(value, path)
    if amount is not None and amount < 0:
        r.fail(path, f"a discount must not be negative, got {value}")
        return None
    return None if amount is None else model_parts.Discount(amount=amount)


def _line(r: _Reader, value: Any, path: str, supply_default: str) -> Line | None:
    data = r.mapping(value, path, _LINE)
    if data is None:
        return None
    description = r.get(data, path, "description", r.paragraph, required=True)
    quantity = r.get(data, path, "quantity", r.number)
    unit = r.get(data, path, "unit", r.text)
    if unit is not None and not re.fullmatch(r"[A-Z0-9]{2,3}", unit):
        r.fail(f"{path}.unit", f'not a UN/ECE Recommendation 20 code (e.g. "C62", "HUR"): {_describe(unit)}')
    category = r.get(data, path, "category", r.text)
    hsn = r.get(data, path, "hsn", r.text)
    if hsn is not None and not re.fullmatch(r"[0-9]{4,8}", hsn):
        example = '(4 to 8 digits, e.g. "8528" or "998314")'
        r.fail(f"{path}.hsn", f"not an HSN or SAC code {example}: {_describe(hsn)}")
        hsn = None
    supply: Supply | None = r.get(data, path, "supply", r.choice(SUPPLIES))
    discount = r.get(data, path, "discount", lambda v, p: _discount(r, v, p))
    price = _price(r, data, path)
    allowances = _line_adjustments(r, data, path, charge=False)
    charges = _line_adjustments(r, data, path, charge=True)
    unit_price = price.net
    if (
        unit_price is not None
        and quantity is not None
        and _out_of_range(quantity, unit_price, price.base_quantity)
    ):
        r.fail(path, f"quantity x unit_price is out of range (at most {MAX_LINE_AMOUNT:,} in absolute value)")
        return None
    if description is None or unit_price is None:
        return None
    return Line(
        description=description,
        unit_price=unit_price,
        quantity=quantity if quantity is not None else Decimal(1),
        unit=unit or "C62",
        category=category or "standard",
        supply=supply,
        discount=discount,
        allowances=tuple(allowances),
        charges=tuple(charges),
        base_quantity=price.base_quantity,
        gross_price=price.gross,
        price_discount=price.discount,
        hsn=hsn,
    )


def _out_of_range(quantity: Decimal, unit_price: Decimal, base_quantity: Decimal) -> bool:
    """Whether quantity x unit price / base quantity reaches MAX_LINE_AMOUNT (a base quantity
    below 1 raises the line amount: compared without dividing, so it stays exact)."""
    return abs(quantity * unit_price) >= MAX_LINE_AMOUNT * base_quantity


class _Price(NamedTuple):
    net: Decimal | None
    base_quantity: Decimal
    gross: Decimal | None
    discount: Decimal | None


def _price(r: _Reader, data: Mapping[str, Any], path: str) -> _Price:
    """The net price BT-146 (``unit_price``), its base quantity BT-149, and the gross price
    BT-148 less the price discount BT-147 it comes from: net = gross - discount
    (PEPPOL-EN16931-R046); no price is negative (BR-27, BR-28)."""
    unit_price = r.get(data, path, "unit_price", r.number, required="gross_price" not in data)
    base_quantity = r.get(data, path, "base_quantity", r.number)
    if base_quantity is not None and base_quantity <= 0:
        r.fail(
            f"{path}.base_quantity", f"must be positive (a price per 100 units is 100), got {base_quantity}"
        )
        base_quantity = None
    gross = r.get(data, path, "gross_price", r.number)
    discount = r.get(data, path, "price_discount", r.number)
    for name, amount in (("gross_price", gross), ("price_discount", discount)):
        if amount is not None and amount < 0:
            r.fail(f"{path}.{name}", f"must not be negative, got {amount}")
            return _Price(None, Decimal(1), None, None)
    if discount is not None and gross is None:
        r.fail(f"{path}.price_discount", "needs the gross_price it is taken off")
    elif gross is not None:
        net = gross - (discount or 0)
        if net < 0:
            r.fail(f"{path}.price_discount", f"{discount} is more than the gross price {gross}")
        elif unit_price is not None and unit_price != net:
            r.fail(f"{path}.unit_price", f"{unit_price} is not gross_price - price_discount = {net}")
        else:
            unit_price = net
    return _Price(unit_price, base_quantity or Decimal(1), gross, discount)


def _line_adjustments(
    r: _Reader, data: Mapping[str, Any], path: str, *, charge: bool
) -> list[model_parts.LineAdjustment]:
    """A line's allowances (BG-27) or charges (BG-28)."""

    def entries(value: Any, where: str) -> list[model_parts.LineAdjustment]:
        return _list(r, value, where, lambda w, q: _line_adjustment(r, w, q, charge=charge))

    return r.get(data, path, "charges" if charge else "allowances", entries) or []


def _reason_code(r: _Reader, data: Mapping[str, Any], path: str, *, charge: bool) -> str | None:
    code = r.get(data, path, "reason_code", r.text)
    if code is not None and not re.fullmatch(_REASON_CODE[charge], code):
        listed = 'UNTDID 7161, such as "FC"' if charge else 'UNTDID 5189, such as "95"'
        r.fail(f"{path}.reason_code", f"not a code of {listed}: {_describe(code)}")
        return None
    return code


def _line_adjustment(r: _Reader, value: Any, path: str, *, charge: bool) -> model_parts.LineAdjustment | None:
    """An amount (BT-136/141) or a percentage (BT-138/143) of a base (BT-137/142), with a
    reason or a reason code (BR-CO-23, BR-CO-24); amounts and percentages are not negative
    (a negative allowance is a charge)."""
    data = r.mapping(value, path, _LINE_ADJUSTMENT)
    if data is None:
        return None
    amount = r.get(data, path, "amount", r.number)
    percent = r.get(data, path, "percent", r.number)
    base = r.get(data, path, "base", r.number)
    reason = r.get(data, path, "reason", r.text)
    code = _reason_code(r, data, path, charge=charge)
    ok = True
    for name, number in (("amount", amount), ("percent", percent)):
        if number is not None and number < 0:
            r.fail(f"{path}.{name}", f"must not be negative, got {number}")
            ok = False
    if amount is None and percent is None and "amount" not in data and "percent" not in data:
        r.fail(path, "needs an amount or a percent (of the line amount, or of base)")
        ok = False
    if base is not None and percent is None:
        r.fail(f"{path}.base", "a base needs the percent that applies to it")
        ok = False
    if reason is None and code is None and "reason" not in data and "reason_code" not in data:
        r.fail(path, "needs a reason or a reason_code (EN 16931 BR-CO-23/BR-CO-24)")
        ok = False
    if not ok or (amount is None and percent is None):
        return None
    return model_parts.LineAdjustment(
        charge=charge, amount=amount, percent=percent, base=base, reason=reason, reason_code=code
    )


def _stated_percentage(
    r: _Reader, data: Mapping[str, Any], path: str, amount: Decimal | None, currency: str | None
) -> tuple[Decimal | None, Decimal | None]:
    """A document-level percentage (BT-94/BT-101) and its base (BT-93/BT-100), as stated:
    both or neither (PEPPOL-EN16931-R041/R042), and the stated amount less than one minor
    unit from base x percent / 100 (R040; the amount is what counts)."""
    percent = r.get(data, path, "percent", r.number)
    base = r.get(data, path, "base", r.number)
    if (percent is None) != (base is None):
        given, missing = ("percent", "base") if base is None else ("base", "percent")
        if given in data and missing not in data:
            r.fail(f"{path}.{missing}", f"required with {given} (PEPPOL-EN16931-R041/R042)")
        return None, None
    if percent is None or base is None or amount is None or currency is None:
        return percent, base
    if percent < 0:
        r.fail(f"{path}.percent", f"must not be negative, got {percent}")
        return None, None
    if abs(amount - base * percent / 100) >= Decimal(1).scaleb(-minor_units(currency)):
        r.fail(f"{path}.amount", f"{amount} is not {percent} percent of {base} (PEPPOL-EN16931-R040)")
    return percent, base


def _allowance(
    r: _Reader, value: Any, path: str, *, charge: bool, currency: str | None
) -> model_parts.AllowanceCharge | None:
    data = r.mapping(value, path, _ALLOWANCE)
    if data is None:
        return None
    # a reason or a reason code, or both (BR-CO-21, BR-CO-22)
    reason = r.get(data, path, "reason", r.text, required="reason_code" not in data)
    amount = r.get(data, path, "amount", r.number, required=True)
    category = r.get(data, path, "category", r.text) or "standard"
    supply: Supply | None = r.get(data, path, "supply", r.choice(SUPPLIES))
    code = _reason_code(r, data, path, charge=charge)
    percent, base = _stated_percentage(r, data, path, amount, currency)
    # A negative amount is accepted (a correction that reverses an earlier allowance):
    # EN 16931-1 gives BT-92 and BT-99 the signed Amount type and the CEN rules set no sign.
    if (reason is None and code is None) or amount is None:
        return None
    return model_parts.AllowanceCharge(
        reason=reason or "", amount=amount, category=category, charge=charge, supply=supply,
        reason_code=code, percent=percent, base=base,
    )  # fmt: skip


def _list(r: _Reader, value: Any, path: str, item: Callable[[Any, str], _FIELD | None]) -> list[_FIELD]:
    if not isinstance(value, list):
        r.fail(path, f"expected a list, got {_describe(value)}")
        return []
    out = []
    for i, raw in enumerate(value):
        parsed = item(raw, f"{path}[{i}]")
        if parsed is not None:
            out.append(parsed)
    return out


#: How far the supply date may lie from the issue date: an invoice for a supply up to ten
#: years back (the longest retention period in the EU), or an advance invoice up to a year
#: ahead. Further is a typing error (9999 for 2025), refused rather than taxed.
SUPPLY_BEFORE_ISSUE = dt.timedelta(days=3653)
SUPPLY_AFTER_ISSUE = dt.timedelta(days=366)


def _check_dates(r: _Reader, issue: dt.date | None, supply: dt.date | None, due: dt.date | None) -> None:
    if issue is None:
        return
    if due is not None and due < issue:
        r.fail("due_date", f"{due} is before the issue date {issue}")
    if supply is not None and supply - issue > SUPPLY_AFTER_ISSUE:  # no date arithmetic past 9999
        r.fail("supply_date", f"{supply} is more than a year after the issue date {issue}")
    if supply is not None and issue - supply > SUPPLY_BEFORE_ISSUE:
        r.fail("supply_date", f"{supply} is more than ten years before the issue date {issue}")


def _is_format_version(value: Any) -> bool:
    if type(value) is int:
        return value == FORMAT_VERSION
    return isinstance(value, Decimal) and value.is_finite() and value == FORMAT_VERSION


def _cash_rounding(r: _Reader, data: Mapping[str, Any], currency: str | None) -> Decimal | None:
    """A positive step that is a multiple of the currency's minor unit, or None."""
    cash_rounding = r.get(data, "", "cash_rounding", r.number)
    if cash_rounding is not None and cash_rounding <= 0:
        r.fail("cash_rounding", f'must be a positive step such as "0.05", got {cash_rounding}')
        return None
    if cash_rounding is not None and currency is not None:
        unit = Decimal(1).scaleb(-minor_units(currency))
        if cash_rounding % unit != 0:
            message = f"must be a multiple of the currency's minor unit {unit}, got {cash_rounding}"
            r.fail("cash_rounding", message)
            return None
    return cash_rounding


def _lines(r: _Reader, data: Mapping[str, Any], supply: str) -> list[Line]:
    """The document's lines: at least one, at most MAX_LINES."""
    if "lines" not in data:
        r.fail("lines", "required field is missing")
        return []
    raw_lines = data["lines"]
    if isinstance(raw_lines, list) and not raw_lines:
        r.fail("lines", "an invoice needs at least one line")
        return []
    if isinstance(raw_lines, list) and len(raw_lines) > MAX_LINES:
        r.fail("lines", f"too many lines: {len(raw_lines)} (at most {MAX_LINES})")
        return []
    return _list(r, raw_lines, "lines", lambda v, p: _line(r, v, p, supply))


def _adjustments(
    r: _Reader, data: Mapping[str, Any], currency: str | None, *, charge: bool
) -> list[model_parts.AllowanceCharge]:
    """The document-level allowances (or charges)."""

    def entries(value: Any, path: str) -> list[model_parts.AllowanceCharge]:
        return _list(r, value, path, lambda w, q: _allowance(r, w, q, charge=charge, currency=currency))

    return r.get(data, "", "charges" if charge else "allowances", entries) or []


def _document(r: _Reader, raw: Any) -> Invoice | None:
    data = r.mapping(raw, "", _TOP)
    if data is None:
        return None
    version = data.get("format", FORMAT_VERSION)
    if not _is_format_version(version):
        reads = f"this invoicekit reads {FORMAT_VERSION}"
        r.fail("format", f"unsupported format version {_describe(version)} ({reads})")
    kind: Kind = r.get(data, "", "kind", r.choice(KINDS)) or "invoice"
    number = r.get(data, "", "number", r.text, required=True)
    issue_date = r.get(data, "", "issue_date", r.date, required=True)
    supply_date = r.get(data, "", "supply_date", r.date)
    due_date = r.get(data, "", "due_date", r.date)
    _check_dates(r, issue_date, supply_date, due_date)
    currency = r.get(data, "", "currency", r.currency, required=True)
    prices_include_tax = r.get(data, "", "prices_include_tax", r.boolean) or False
    supply: Supply = r.get(data, "", "supply", r.choice(SUPPLIES)) or "goods"
    rounding = r.get(data, "", "rounding", lambda v, p: _rounding(r, v, p))
    cash_rounding = _cash_rounding(r, data, currency)
    prepaid = _stated_amount(r, data, "prepaid", currency, signed=False)
    rounding_amount = _stated_amount(r, data, "rounding_amount", currency, signed=True)
    locale = r.get(data, "", "locale", r.locale)
    seller = r.get(data, "", "seller", lambda v, p: _party(r, v, p, seller=True), required=True)
    representative = r.get(data, "", "tax_representative", lambda v, p: _tax_representative(r, v, p))
    tax_currency = r.get(data, "", "tax_currency", lambda v, p: _tax_currency(r, v, p, currency))
    buyer = r.get(data, "", "buyer", lambda v, p: _party(r, v, p, seller=False), required=True)
    lines = _lines(r, data, supply)
    allowances = _adjustments(r, data, currency, charge=False)
    charges = _adjustments(r, data, currency, charge=True)
    notes = r.get(data, "", "notes", r.texts) or ()
    payment = r.get(data, "", "payment", lambda v, p: _payment(r, v, p))
    original = _original_of(r, data, kind)
    references = {key: r.get(data, "", key, r.text) for key in _REFERENCES}
    if r.problems:
        return None
    assert number and issue_date and currency and seller and buyer
    return Invoice(
        kind=kind,
        number=number,
        issue_date=issue_date,
        supply_date=supply_date,
        due_date=due_date,
        currency=currency,
        prices_include_tax=prices_include_tax,
        supply=supply,
        rounding=rounding,
        cash_rounding=cash_rounding,
        locale=locale,
        seller=seller,
        buyer=buyer,
        lines=tuple(lines),
        allowances=tuple(allowances),
        charges=tuple(charges),
        notes=notes,
        payment=payment,
        original=original,
        prepaid=prepaid,
        rounding_amount=rounding_amount,
        tax_representative=representative,
        tax_currency=tax_currency,
        **references,
    )


def _stated_amount(
    r: _Reader, data: Mapping[str, Any], key: str, currency: str | None, *, signed: bool
) -> Decimal | None:
    """A document-level amount in whole minor units (BR-DEC-16/17: BT-113 and BT-114 have
    at most the currency's decimals); ``prepaid`` is not negative, a rounding amount may be."""
    amount = r.get(data, "", key, r.number)
    if amount is None:
        return None
    if not signed and amount < 0:
        r.fail(key, f"must not be negative, got {amount}")
        return None
    if currency is not None and amount % Decimal(1).scaleb(-minor_units(currency)) != 0:
        r.fail(key, f"has more decimals than {currency} has ({minor_units(currency)}): {amount}")
        return None
    return amount


def _original_of(r: _Reader, data: Mapping[str, Any], kind: Kind) -> model_parts.OriginalInvoice | None:
    """The invoice a credit note corrects: optional (EN 16931 BG-3 is), refused on an invoice."""
    original = r.get(data, "", "original", lambda v, p: _original(r, v, p))
    if kind != "credit_note" and "original" in data:
        r.fail("original", f'only a credit note refers to an original invoice (kind is "{kind}")')
    return original


def _rounding(r: _Reader, value: Any, path: str) -> Rounding | None:
    data = r.mapping(value, path, _ROUNDING)
    if data is None:
        return None
    mode = r.get(data, path, "mode", r.choice(tuple(ROUNDING_MODES))) or "half_up"
    level = r.get(data, path, "level", r.choice(ROUNDING_LEVELS)) or "document"
    # the choices are the keys of ROUNDING_MODES and ROUNDING_LEVELS, exactly these literals
    return Rounding(mode=cast(RoundingMode, mode), level=cast(RoundingLevel, level))


def _payment(r: _Reader, value: Any, path: str) -> Payment | None:
    data = r.mapping(value, path, _PAYMENT)
    if data is None:
        return None
    fields = {key: r.get(data, path, key, r.text) for key in _PAYMENT}
    means = fields["means"]
    if means is not None:
        from .einvoice.codes import PAYMENT_MEANS  # pure data, no XML

        if means.strip().upper() not in PAYMENT_MEANS:
            expected = 'not a UNTDID 4461 payment means code (e.g. "58", "30")'
            r.fail(f"{path}.means", f"{expected}: {_describe(means)}")
        fields["means"] = means.strip().upper()
    return Payment(**fields)


def _original(r: _Reader, value: Any, path: str) -> model_parts.OriginalInvoice | None:
    data = r.mapping(value, path, _ORIGINAL)
    if data is None:
        return None
    number = r.get(data, path, "number", r.text, required=True)
    issue_date = r.get(data, path, "issue_date", r.date, required=True)
    if number is None or issue_date is None:
        return None
    return model_parts.OriginalInvoice(number=number, issue_date=issue_date)


# --- entry points -------------------------------------------------------------------


def read_document(path: str | os.PathLike[str]) -> Any:
    """Parse a JSON or TOML file into raw data, numbers as exact Decimals."""
    problem = path_problem(path)
    if problem:
        raise InvoiceError([Problem(shown(path), problem)])
    file = normal_name(path)  # as str(Path(path)) writes it, for the problems
    try:
        with open(file, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InvoiceError([Problem(file, f"larger than {MAX_DOCUMENT_BYTES:,} bytes: not read")])
        text = data.decode("utf-8")
    except OSError as exc:
        raise InvoiceError([Problem(file, f"cannot read: {exc.strerror or exc}")]) from None
    except UnicodeDecodeError:
        raise InvoiceError([Problem(file, "not UTF-8 text")]) from None
    return parse_text(text, file, suffix_of(file).lower())


def parse_text(text: str, file: str | os.PathLike[str], suffix: str) -> Any:
    """Parse a document's text as JSON or TOML (``suffix`` ".json" or ".toml") into raw data,
    numbers as exact Decimals; ``file`` names it in problems (a batch passes ``input.jsonl:12``
    for one line of a JSON Lines file)."""
    if suffix == ".toml":
        try:
            return tomllib.loads(text, parse_float=Decimal)
        except tomllib.TOMLDecodeError as exc:
            raise InvoiceError([Problem(str(file), f"not valid TOML: {exc}")]) from None
        except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
            raise InvoiceError([_unreadable(file, text, exc)]) from None
    if suffix == ".json":
        import json  # a TOML document is read without it (start-up)

        try:
            return json.loads(text, parse_float=Decimal, parse_int=Decimal, parse_constant=_NonFinite)
        except json.JSONDecodeError as exc:
            raise InvoiceError(
                [Problem(f"{file}:{exc.lineno}", f"not valid JSON: {exc.msg} (column {exc.colno})")]
            ) from None
        except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
            raise InvoiceError([_unreadable(file, text, exc)]) from None
    raise InvoiceError([Problem(str(file), "unknown file type: expected .json or .toml")])


_LONG_NUMBER = r"[0-9_]{4301,}"  # past CPython's int-from-text limit (4300 digits); compiled when needed


def _unreadable(file: str | os.PathLike[str], text: str, exc: Exception) -> Problem:
    """A parser's ValueError or RecursionError as a located problem where it can be."""
    if isinstance(exc, RecursionError):
        return Problem(str(file), "not a readable document: nested too deeply")
    found = re.search(_LONG_NUMBER, text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        return Problem(f"{file}:{line}", f"a number of {len(found.group())} digits: not a readable document")
    return Problem(str(file), f"not a readable document: {type(exc).__name__}")


def load(source: str | os.PathLike[str] | Mapping[str, Any]) -> Invoice:
    """Read and check an invoice document from a ``.json``/``.toml`` path or a dict.

    Raises :class:`InvoiceError` listing every problem, each with its path.
    """
    if not isinstance(source, Mapping | str | os.PathLike):
        kind = type(source).__name__
        expected = "expected a document (a mapping) or a .json/.toml path"
        raise InvoiceError([Problem("", f"{expected}, not {kind}")])
    raw = source if isinstance(source, Mapping) else read_document(source)
    reader = _Reader()
    try:
        invoice = _document(reader, raw)
    except RecursionError:
        raise InvoiceError([Problem("", "document nested too deeply")]) from None
    if reader.problems or invoice is None:
        raise InvoiceError(reader.problems or [Problem("", "not a document")])
    return invoice
