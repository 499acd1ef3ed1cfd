"""The lines table and the tax breakdown of a document."""

from __future__ import annotations

from decimal import Decimal
from itertools import repeat

from ..profiles import local_tax_name, profile
from ..result import Computed, ComputedLine
from .labels import Labels
from .model import Align, Column, Label, Row, RowKind, Table
from .parties import label
from .taxwords import tax_label


def _columns(labels: Labels, computed: Computed, receipt: bool) -> tuple[Column, ...]:
    """The columns of the lines table: those every document has, the unit and discount
    columns when a line has one."""
    lines = computed.lines
    spec: list[tuple[str, str, Align]] = []  # key, msgid, align
    if not receipt:
        spec.append(("index", "#", "end"))
    spec.append(("description", "Description", "start"))
    seller = profile(computed.invoice.seller.country)
    hsn = seller.words("labels", "hsn", labels.babel.language)
    if seller.hsn_column and hsn and any(line.line.hsn for line in lines):
        spec.append(("hsn", "", "start"))  # HSN/SAC: the profile's label
    spec.append(("quantity", "Quantity", "end"))
    if any(labels.unit(line.line.unit) for line in lines):
        spec.append(("unit", "Unit", "start"))
    spec.append(("unit_price", "Unit price", "end"))
    if any(line.discount for line in lines):
        spec.append(("discount", "Discount", "end"))
    spec.append(("rate", "Tax rate", "end"))
    inclusive = computed.invoice.prices_include_tax
    # a receipt's lines show the amount with tax, headed apart from the document total
    spec.append(("amount", "Line total" if receipt and inclusive else "Net amount", "end"))
    fixed = {"index": Label("#"), "hsn": Label(hsn or "HSN/SAC")}
    # "Taux de TVA", "Сумма без НДС" only where the taxes are VAT (taxwords.py)
    return tuple(
        Column(key, fixed.get(key) or tax_label(labels, computed, msgid), align) for key, msgid, align in spec
    )


def _cells(keys: tuple[str, ...], values: dict[str, str]) -> tuple[str, ...]:
    """The text of each column (by its key) in ``values``, "" where it has none."""
    return tuple(map(values.get, keys, repeat("")))


def _unit_price(labels: Labels, line: ComputedLine, currency: str) -> str:
    """The net price, with `` / 100`` when it is the price of a base quantity (BT-149)."""
    src = line.line
    price = labels.price(src.unit_price, currency)
    if src.base_quantity != 1:
        return f"{price} / {labels.number(src.base_quantity)}"
    return price


def _line_details(labels: Labels, line: ComputedLine, currency: str) -> tuple[str, ...]:
    """Under a line's description: the gross price and price discount (BT-148, BT-147) and
    each line allowance and charge (BG-27, BG-28) with its amount, so the buyer sees how the
    line net amount BT-131 is reached."""
    src, texts = line.line, []
    if src.gross_price is not None:
        texts.append(
            labels.t(
                "Gross price %(price)s, price discount %(discount)s",
                price=labels.price(src.gross_price, currency),
                discount=labels.price(src.price_discount or Decimal(0), currency),
            )
        )
    for entries, msgid, sign in ((line.allowances, "Allowance", -1), (line.charges, "Charge", 1)):
        for entry in entries:
            text = entry.source.label
            if entry.source.percent is not None and entry.source.amount is None:
                rate = labels.rate(entry.source.percent)
                text = f"{text} ({rate})" if text else rate
            amount = labels.money(sign * entry.amount, currency)
            texts.append(f"{labels.t(msgid)}{labels.colon}{text}{labels.colon}{amount}")
    return tuple(texts)


# a row's cells, details, kind and amount: made into a Row with its running subtotal (_running)
_RowParts = tuple[tuple[str, ...], tuple[str, ...], RowKind, Decimal | None]


def _line_row(
    labels: Labels,
    keys: tuple[str, ...],
    line: ComputedLine,
    gross: bool,
    cur: str,
    rates: dict[str, str],
) -> _RowParts:
    src = line.line
    amount = line.gross if gross else line.net
    discount = ""
    if line.discount:
        discount = labels.money(-line.discount, cur)
        if src.discount is not None and src.discount.percent is not None:
            discount = f"{discount}\n({labels.rate(src.discount.percent)})"
    values = {
        "index": labels.code(str(line.index + 1)),
        "description": src.description,
        "hsn": labels.code(src.hsn or ""),
        "quantity": labels.number(src.quantity),
        "unit": labels.unit(src.unit),
        "unit_price": _unit_price(labels, line, cur),
        "discount": discount,
        "rate": _rates(labels, line, rates),
        "amount": labels.money(amount, cur),
    }
    return _cells(keys, values), _line_details(labels, line, cur), "line", amount


def _rates(labels: Labels, line: ComputedLine, known: dict[str, str]) -> str:
    """The rate column of ``line``: its taxes' rates, each formatted once per table (by the
    rate as written: ``5.5`` and ``5.50`` are written apart)."""
    key = " ".join([str(t.rate) for t in line.taxes])
    found = known.get(key)
    if found is None:
        found = known[key] = " + ".join(labels.rate(t.rate) for t in line.taxes)
    return found


def lines_table(labels: Labels, computed: Computed, receipt: bool) -> Table:
    """Every line, then the document-level allowances and charges (BG-20, BG-21)."""
    columns = _columns(labels, computed, receipt)
    gross = receipt and computed.invoice.prices_include_tax
    cur = computed.currency
    rates: dict[str, str] = {}
    keys = tuple(col.key for col in columns)  # each row's texts in this order
    rows = [_line_row(labels, keys, line, gross, cur, rates) for line in computed.lines]
    for adjustments, msgid, sign in ((computed.allowances, "Allowance", -1), (computed.charges, "Charge", 1)):
        for adj in adjustments:
            desc = f"{labels.t(msgid)}{labels.colon}{adj.source.label}"
            if adj.source.percent is not None:
                desc += f" ({labels.rate(adj.source.percent)})"
            amount = sign * (adj.gross if gross else adj.net)
            values = {
                "description": desc,
                "rate": " + ".join(labels.rate(t.rate) for t in adj.taxes),
                "amount": labels.money(amount, cur),
            }
            kind: RowKind = "allowance" if sign < 0 else "charge"
            rows.append((_cells(keys, values), (), kind, amount))
    carried, brought = label(labels, "Carried forward"), label(labels, "Brought forward")
    return Table(None, columns, _running(labels, rows, cur), carried, brought)


def _running(labels: Labels, rows: list[_RowParts], currency: str) -> tuple[Row, ...]:
    """Each row with the sum of the amount column so far, formatted: what a page break
    after it carries forward (the sum is exact, of amounts already rounded). The rows are
    made here, once each, from their parts."""
    total, out = Decimal(0), []
    for cells, details, kind, amount in rows:
        total += amount or Decimal(0)
        out.append(Row(cells, details, kind, amount, labels.money(total, currency)))
    return tuple(out)


def tax_name(labels: Labels, computed: Computed, code: str) -> str:
    """The local abbreviation of tax ``code`` in the document language (USt., НДС, TPS) from
    the profile of the country whose tax it is (the lines' jurisdictions; the seller's and
    buyer's only for lines without one: a German export to Japan is not 消費税), else the code."""
    countries = [line.jurisdiction.split("-")[0] for line in computed.lines if line.jurisdiction]
    countries = countries or [computed.invoice.seller.country, computed.invoice.buyer.country]
    return local_tax_name(tuple(countries), code, labels.babel.language)


def tax_table(labels: Labels, computed: Computed) -> Table:
    """The tax breakdown: one row per tax, category and rate (EN 16931 BG-23)."""
    spec: tuple[tuple[str, str, Align], ...] = (
        ("tax", "Tax", "start"),
        ("category", "Category", "start"),
        ("rate", "Tax rate", "end"),
        ("base", "Taxable amount", "end"),
        ("tax_amount", "Tax amount", "end"),
    )
    columns = tuple(Column(key, tax_label(labels, computed, msgid), align) for key, msgid, align in spec)
    cur = computed.currency
    rows = tuple(
        Row(
            (
                labels.code(tax_name(labels, computed, row.tax)),
                labels.category(row.category),
                labels.rate(row.rate),
                labels.money(row.base, cur),
                labels.money(row.amount, cur),
            ),
            amount=row.amount,
        )
        for row in computed.taxes
    )
    return Table(tax_label(labels, computed, "Tax breakdown"), columns, rows)
