"""The invoice, credit note and receipt as laid-out pages: what goes where.

A full invoice carries what Article 226 of Directive 2006/112/EC requires: issue date and
number, both parties' names, addresses and VAT IDs, the date of supply where it differs,
quantity and nature of each line, unit price, discount, rate, the taxable amount and tax per
rate and category, and the notes the tax rules attach (exemption, reverse charge). A receipt
carries the simplified content of Article 226b: issue date, seller, goods or services, tax.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from attrs import frozen
from reportlab.pdfgen.canvas import Canvas

from ..model import Party
from ..result import Computed, ComputedLine
from .brand import CheckedBrand
from .labels import Labels, cjk_font_script
from .layout import GREY, RGB, RULE, Align, Box, Column, Layout, Painter, Para, Style

_CJK_COUNTRIES = {
    "JP": "Jpan",
    "CN": "Hans",
    "SG": "Hans",
    "TW": "Hans",
    "HK": "Hans",
    "MO": "Hans",
    "KR": "Kore",
}
_GAP = 14.0


@frozen
class Theme:
    """Styles of one document (the accent colour comes from the brand)."""

    accent: RGB

    @property
    def title(self) -> Style:
        return Style(19, True, self.accent, 1.2)

    @property
    def heading(self) -> Style:
        return Style(7.5, True, self.accent)

    @property
    def label(self) -> Style:
        return Style(7.5, True, GREY)

    @property
    def second(self) -> Style:
        return Style(6.5, False, GREY)

    @property
    def body(self) -> Style:
        return Style(9)

    @property
    def strong(self) -> Style:
        return Style(9, True)

    @property
    def small(self) -> Style:
        return Style(7.5, False, GREY)

    @property
    def payable(self) -> Style:
        return Style(10.5, True, self.accent)

    def tint(self) -> RGB:
        """A pale version of the accent for table headers."""
        r, g, b = self.accent
        return (0.88 + 0.12 * r, 0.88 + 0.12 * g, 0.88 + 0.12 * b)


def party_han_hint(party: Party) -> str | None:
    """Which CJK font a party's own text prefers (its locale, else its country)."""
    if party.locale:
        hint = {"ja": "Jpan", "zh": "Hans", "ko": "Kore"}.get(party.locale.split("_")[0].split("-")[0])
        if hint:
            return hint
    return _CJK_COUNTRIES.get(party.country)


class Document:
    """Lays out one computed document (``template``: ``"invoice"`` or ``"receipt"``)."""

    def __init__(
        self, computed: Computed, labels: Labels, layout: Layout, brand: CheckedBrand, template: str
    ) -> None:
        self.c = computed
        self.inv = computed.invoice
        self.labels = labels
        self.layout = layout
        self.brand = brand
        self.theme = Theme(brand.accent)
        self.receipt = template == "receipt"
        self.cur = computed.currency

    # --- small helpers ---

    def title_msgid(self) -> str:
        if self.inv.kind == "credit_note":
            return "Credit note"
        return "Receipt" if self.receipt else "Invoice"

    def number_msgid(self) -> str:
        return {"Credit note": "Credit note number", "Receipt": "Receipt number"}.get(
            self.title_msgid(), "Invoice number"
        )

    def para(
        self, text: str, style: Style, width: float, align: Align = "start", hint: str | None = None
    ) -> Para:
        return self.layout.text(text, style, width, align, hint)

    def label_cell(self, msgid: str, width: float, align: Align = "start") -> list[Para]:
        """A label in the document language, the second language below it in small type."""
        first, second = self.labels.pair(msgid)
        cell = [self.para(first, self.theme.label, width, align)]
        if second:
            cell.append(self.para(second, self.theme.second, width, align))
        return cell

    # --- the document ---

    def build(self) -> None:
        lay = self.layout
        lay.on_new_page = self.running_header
        self.header()
        lay.space(_GAP)
        self.parties()
        lay.space(_GAP)
        self.meta()
        lay.space(_GAP)
        self.lines_table()
        lay.space(_GAP)
        self.tax_table()
        lay.space(8)
        self.totals()
        if not self.receipt:
            lay.space(_GAP)
            self.payment()
        self.notes()

    def header(self) -> None:
        lay, th = self.layout, self.theme
        half = lay.width / 2
        title = self.para(self.labels.both(self.title_msgid()), th.title, half, "end")
        number = self.para(self.labels.code(self.inv.number), th.strong, half, "end")
        logo_h = logo_w = 0.0
        if self.brand.logo is not None and self.brand.logo_size is not None:
            w, h = self.brand.logo_size
            scale = min(150 / w, 52 / h)
            logo_w, logo_h = w * scale, h * scale
        name = None
        if self.brand.logo is None:
            name = self.para(
                self.brand.brand.name or self.inv.seller.name,
                Style(13, True, th.accent),
                half,
                hint=party_han_hint(self.inv.seller),
            )
        height = max(logo_h, title.height + number.height, name.height if name else 0.0)

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            if self.brand.logo is not None:
                canvas.drawImage(
                    self.brand.logo, p.x(0, logo_w), p.y(top + logo_h), logo_w, logo_h, mask="auto"
                )
            elif name is not None:
                p.para(canvas, name, 0, half, top)
            p.para(canvas, title, half, half, top)
            p.para(canvas, number, half, half, top + title.height)

        boxes = [Box(0, half, (name,) if name else ()), Box(half, half, (title, number))]
        lay.boxes(boxes, height, draw)

    def running_header(self, lay: Layout) -> None:
        """The top of every page after the first: title, number, seller."""
        title, number = self.labels.t(self.title_msgid()), self.labels.code(self.inv.number)
        text = f"{title} {number} · {self.inv.seller.name}"
        para = self.para(text, self.theme.label, lay.width)

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            p.para(canvas, para, 0, lay.width, top)
            p.hline(canvas, 0, top + para.height + 3, lay.width)

        lay.pages[-1].append(lambda c, p: draw(c, p, 0.0))
        lay.y = para.height + 10

    def party_cell(self, party: Party, msgid: str, width: float) -> list[Para]:
        th, lb = self.theme, self.labels
        hint = party_han_hint(party)
        cell = self.label_cell(msgid, width)
        cell.append(self.para(party.name, th.strong, width, hint=hint))
        addr = party.address
        lines = list(addr.lines)
        place = " ".join(x for x in (addr.postal_code, addr.city) if x)
        if place:
            lines.append(place)
        if addr.region and addr.country in ("US", "CA", "IN", "AU"):
            lines.append(addr.region)
        lines.append(lb.country(addr.country))
        if lines:
            cell.append(self.para("\n".join(lines), th.body, width, hint=hint))
        if party.vat_id:
            cell.append(self.para(f"{lb.both('VAT ID')}: {lb.code(party.vat_id)}", th.body, width))
        if party.email:
            cell.append(self.para(f"{lb.t('Email')}: {lb.code(party.email)}", th.body, width))
        return cell

    def parties(self) -> None:
        lay = self.layout
        col = (lay.width - 20) / 2
        seller = self.party_cell(self.inv.seller, "Seller", col)
        if self.inv.tax_representative is not None:  # BG-11, printed under the seller it acts for
            seller.append(self.para(" ", self.theme.small, col))
            seller += self.party_cell(self.inv.tax_representative, "Tax representative", col)
        buyer = None
        show_buyer = not self.receipt or self.inv.buyer.vat_id
        if show_buyer:
            buyer = self.party_cell(self.inv.buyer, "Buyer", col)
        height = max(sum(p.height for p in seller), sum(p.height for p in buyer or []))

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            for x, cell in ((0.0, seller), (col + 20, buyer or [])):
                y = top
                for para in cell:
                    p.para(canvas, para, x, col, y)
                    y += para.height

        lay.boxes([Box(0, col, tuple(seller)), Box(col + 20, col, tuple(buyer or ()))], height, draw)

    def meta(self) -> None:
        lay, lb, inv, th = self.layout, self.labels, self.inv, self.theme
        items: list[tuple[str, str]] = [
            (self.number_msgid(), lb.code(inv.number)),
            ("Issue date", lb.date(inv.issue_date)),
        ]
        if inv.supply_date and inv.supply_date != inv.issue_date:
            items.append(("Date of supply", lb.date(inv.supply_date)))
        if inv.due_date and not self.receipt:
            items.append(("Due date", lb.date(inv.due_date)))
        width = lay.width / max(len(items), 4)
        cells = [
            [*self.label_cell(msgid, width - 8), self.para(value, th.strong, width - 8)]
            for msgid, value in items
        ]
        height = max(sum(p.height for p in cell) for cell in cells) + 8
        tint = th.tint()

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            p.rect(canvas, 0, top, lay.width, height, tint)
            for k, cell in enumerate(cells):
                y = top + 4
                for para in cell:
                    p.para(canvas, para, k * width + 4, width - 8, y)
                    y += para.height

        lay.boxes([Box(k * width + 4, width - 8, tuple(cell)) for k, cell in enumerate(cells)], height, draw)
        if inv.kind == "credit_note" and inv.original is not None:
            lay.space(6)
            text = lb.t(
                "Credit note for invoice %(number)s of %(date)s",
                number=lb.code(inv.original.number),
                date=lb.date(inv.original.issue_date),
            )
            lay.para(self.para(text, th.strong, lay.width))

    # --- tables ---

    def lines_table(self) -> None:
        lay, lb, th, c = self.layout, self.labels, self.theme, self.c
        any_unit = any(lb.unit(line.line.unit) for line in c.lines)
        any_discount = any(line.discount for line in c.lines)
        inclusive = self.inv.prices_include_tax
        spec: list[tuple[str, float, Align]] = []  # msgid, width, align
        if not self.receipt:  # wide enough for the last line's number (18 points: up to 99)
            last = lb.code(str(len(c.lines)))
            spec.append(("#", max(18.0, round(lay.engine.width(last, th.body.size) + 7)), "end"))
        spec.append(("Description", 0, "start"))
        spec.append(("Quantity", 50, "end"))
        if any_unit:
            spec.append(("Unit", 40, "start"))
        spec.append(("Unit price", 66, "end"))
        if any_discount:
            spec.append(("Discount", 58, "end"))
        spec.append(("Tax rate", 56, "end"))
        amount_msgid = "Total amount" if self.receipt and inclusive else "Net amount"
        spec.append((amount_msgid, 76, "end"))
        flex = lay.width - sum(w for _, w, _ in spec)
        columns = [Column(w or flex, a) for _, w, a in spec]
        pad = 3.0

        def cell(text: str, k: int, style: Style | None = None, hint: str | None = None) -> list[Para]:
            return [self.para(text, style or th.body, columns[k].width - 2 * pad, spec[k][2], hint)]

        header = [
            [self.para("#", th.label, columns[k].width - 2 * pad, "end")]
            if msgid == "#"
            else self.label_cell(msgid, columns[k].width - 2 * pad, spec[k][2])
            for k, (msgid, _, _) in enumerate(spec)
        ]
        hint = party_han_hint(self.inv.seller)
        rows: list[list[list[Para]]] = []
        desc_k = next(k for k, (msgid, _, _) in enumerate(spec) if msgid == "Description")
        for line in c.lines:
            values = self.line_values(line, any_unit, any_discount, inclusive)
            row = [cell(v, k, hint=hint if k == desc_k else None) for k, v in enumerate(values)]
            row[desc_k] += self.line_details(line, columns[desc_k].width - 2 * pad)
            rows.append(row)
        for adjustments, msgid, sign in ((c.allowances, "Allowance", -1), (c.charges, "Charge", 1)):
            for adj in adjustments:
                desc = f"{lb.t(msgid)}: {adj.source.label}"
                if adj.source.percent is not None:
                    desc += f" ({lb.rate(adj.source.percent)})"
                rates = " + ".join(lb.rate(t.rate) for t in adj.taxes)
                amount = adj.gross if self.receipt and inclusive else adj.net
                values = self.row_values(
                    desc, "", "", "", "", rates, lb.money(sign * amount, self.cur), any_unit, any_discount
                )
                rows.append([cell(v, k) for k, v in enumerate(values)])
        lay.table(columns, header, rows, header_fill=th.tint(), header_rule=th.accent, pad=pad)

    def row_values(
        self,
        desc: str,
        index: str,
        qty: str,
        unit: str,
        price: str,
        rate: str,
        amount: str,
        any_unit: bool,
        any_discount: bool,
        discount: str = "",
    ) -> list[str]:
        values = [] if self.receipt else [index]
        values += [desc, qty]
        if any_unit:
            values.append(unit)
        values.append(price)
        if any_discount:
            values.append(discount)
        values += [rate, amount]
        return values

    def unit_price(self, line: ComputedLine) -> str:
        """The net price, with `` / 100`` when it is the price of a base quantity (BT-149)."""
        lb, src = self.labels, line.line
        price = lb.price(src.unit_price, self.cur)
        if src.base_quantity != 1:
            return f"{price} / {lb.number(src.base_quantity)}"
        return price

    def line_values(
        self, line: ComputedLine, any_unit: bool, any_discount: bool, inclusive: bool
    ) -> list[str]:
        lb, src = self.labels, line.line
        rates = " + ".join(lb.rate(t.rate) for t in line.taxes)
        amount = line.gross if self.receipt and inclusive else line.net
        discount = ""
        if line.discount:
            discount = lb.money(-line.discount, self.cur)
            if src.discount is not None and src.discount.percent is not None:
                discount = f"{discount}\n({lb.rate(src.discount.percent)})"
        return self.row_values(
            src.description,
            lb.code(str(line.index + 1)),
            lb.number(src.quantity),
            lb.unit(src.unit),
            self.unit_price(line),
            rates,
            lb.money(amount, self.cur),
            any_unit,
            any_discount,
            discount,
        )

    def line_details(self, line: ComputedLine, width: float) -> list[Para]:
        """Under a line's description, in small type: the gross price and price discount
        (BT-148, BT-147) and each line allowance and charge (BG-27, BG-28) with its amount,
        so the buyer sees how the line net amount BT-131 is reached."""
        lb, src, th = self.labels, line.line, self.theme
        texts = []
        if src.gross_price is not None:
            texts.append(
                lb.t(
                    "Gross price %(price)s, price discount %(discount)s",
                    price=lb.price(src.gross_price, self.cur),
                    discount=lb.price(src.price_discount or Decimal(0), self.cur),
                )
            )
        for entries, msgid, sign in ((line.allowances, "Allowance", -1), (line.charges, "Charge", 1)):
            for entry in entries:
                label = entry.source.label
                if entry.source.percent is not None and entry.source.amount is None:
                    label = (
                        f"{label} ({lb.rate(entry.source.percent)})"
                        if label
                        else lb.rate(entry.source.percent)
                    )
                texts.append(f"{lb.t(msgid)}: {label}: {lb.money(sign * entry.amount, self.cur)}")
        return [self.para(text, th.small, width) for text in texts]

    def tax_table(self) -> None:
        lay, lb, th, c = self.layout, self.labels, self.theme, self.c
        lay.para(self.para(lb.both("Tax breakdown"), th.heading, lay.width))
        lay.space(3)
        spec: list[tuple[str, float, Align]] = [
            ("Tax", 54, "start"),
            ("Category", 0, "start"),
            ("Tax rate", 60, "end"),
            ("Taxable amount", 92, "end"),
            ("Tax amount", 92, "end"),
        ]
        flex = lay.width - sum(w for _, w, _ in spec)
        columns = [Column(w or flex, a) for _, w, a in spec]
        pad = 3.0
        header = [self.label_cell(m, columns[k].width - 2 * pad, a) for k, (m, _, a) in enumerate(spec)]
        rows = []
        for row in c.taxes:
            values = [
                lb.code(row.tax),
                lb.category(row.category),
                lb.rate(row.rate),
                lb.money(row.base, self.cur),
                lb.money(row.amount, self.cur),
            ]
            rows.append(
                [
                    [self.para(v, th.body, columns[k].width - 2 * pad, spec[k][2])]
                    for k, v in enumerate(values)
                ]
            )
        lay.table(columns, header, rows, header_fill=th.tint(), header_rule=th.accent, pad=pad)

    def totals(self) -> None:
        lay, lb, th = self.layout, self.labels, self.theme
        final = "Amount credited" if self.inv.kind == "credit_note" else "Amount payable"
        label_w, value_w = 170.0, 96.0
        x0 = lay.width - label_w - value_w
        rows = []
        entries = self.total_entries(final)
        for k, (text, amount, currency, style) in enumerate(entries):
            label = self.para(text, Style(style.size, style.bold, style.color), label_w, "start")
            value = self.para(lb.money(amount, currency), style, value_w, "end")
            rows.append((label, value, k == len(entries) - 1))  # the amount payable, ruled above
        height = sum(max(a.height, b.height) + 4 for a, b, _ in rows) + 2

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            y = top
            for label, value, last in rows:
                h = max(label.height, value.height) + 4
                if last:
                    p.hline(canvas, x0, y, label_w + value_w, th.accent, 0.9)
                p.para(canvas, label, x0, label_w, y + 2)
                p.para(canvas, value, x0 + label_w, value_w, y + 2)
                y += h

        lay.block(height, draw)

    def total_entries(self, final: str) -> list[tuple[str, Decimal, str, Style]]:
        """The totals block, top to bottom: (label, amount, currency, style). The tax in the
        VAT accounting currency follows the total tax (Article 230 of Directive 2006/112/EC);
        the prepaid amount and the rounding come between the total and the amount payable,
        in the order of BR-CO-16."""
        lb, th, c, cur = self.labels, self.theme, self.c, self.cur
        entries = [
            (lb.both("Total net amount"), c.net, cur, th.body),
            (lb.both("Total tax"), c.tax, cur, th.body),
        ]
        chosen = self.inv.tax_currency
        if chosen is not None and c.tax_in_tax_currency is not None:
            msgid = "Total tax in %(currency)s (exchange rate %(rate)s)"
            text = lb.both(msgid, currency=chosen.currency, rate=lb.number(chosen.exchange_rate))
            entries.append((text, c.tax_in_tax_currency, chosen.currency, th.body))
        entries.append((lb.both("Total amount"), c.gross, cur, th.strong))
        for msgid, amount in (("Prepaid amount", -c.prepaid), ("Rounding", c.rounding)):
            if amount:
                entries.append((lb.both(msgid), amount, cur, th.body))
        entries.append((lb.both(final), c.payable, cur, th.payable))
        return entries

    # --- payment and notes ---

    def payment(self) -> None:
        lb, inv = self.labels, self.inv
        pay = inv.payment
        if pay is None:
            return
        pairs: list[tuple[str, str]] = []
        if pay.terms:
            pairs.append(("Payment terms", pay.terms))
        if pay.iban:
            pairs.append(("IBAN", lb.iban(pay.iban)))
        if pay.bic:
            pairs.append(("BIC", lb.code(pay.bic)))
        if pay.reference:
            pairs.append(("Payment reference", lb.code(pay.reference)))
        if not pairs:
            return
        self.key_values(lb.both("Payment"), pairs)

    def key_values(self, heading: str, pairs: Sequence[tuple[str, str]]) -> None:
        lay, th = self.layout, self.theme
        key_w = 150.0
        value_w = lay.width - key_w
        head = self.para(heading, th.heading, lay.width)
        rows = [
            (self.para(self.labels.both(k), th.label, key_w - 6), self.para(v, th.body, value_w))
            for k, v in pairs
        ]
        height = head.height + 3 + sum(max(a.height, b.height) + 2 for a, b in rows)

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            p.para(canvas, head, 0, lay.width, top)
            y = top + head.height + 3
            for key, value in rows:
                p.para(canvas, key, 0, key_w - 6, y + 0.8)
                p.para(canvas, value, key_w, value_w, y)
                y += max(key.height, value.height) + 2

        if height <= lay.fresh_room():
            lay.block(height, draw)
            return
        lay.para(head)  # taller than a page: pair by pair, each free to run over pages
        lay.space(3)
        for key, value in rows:
            lay.flow([Box(0, key_w - 6, (key,)), Box(key_w, value_w, (value,))])
            lay.space(2)

    def notes(self) -> None:
        lay, lb, th, c, inv = self.layout, self.labels, self.theme, self.c, self.inv
        texts = list(inv.notes)
        if c.legal_notes:
            texts += [lb.legal(n) for n in c.legal_notes]
        else:  # notes from a computation without message ids: as written
            texts += [n for n in c.notes if n not in inv.notes]
        if inv.prices_include_tax:
            texts.append(lb.t("Prices include tax"))
        if not texts:
            return
        lay.space(_GAP)
        head = self.para(lb.both("Notes"), th.heading, lay.width)
        first = self.para(texts[0], th.body, lay.width)
        lay.ensure(head.height + 3 + min(first.height, 40))
        lay.para(head)
        lay.space(3)
        for text in texts:
            lay.para(self.para(text, th.body, lay.width))
            lay.space(3)

    # --- every page ---

    def furniture(self) -> Callable[[Canvas, Painter, int, int], None]:
        """Footer lines and "Page X of Y", drawn in the bottom margin of every page."""
        lay, lb, th = self.layout, self.labels, self.theme
        brand = self.brand.brand
        parts = [x for x in (brand.footer, brand.contact, brand.support) if x]
        footer = self.para("\n".join(parts), th.small, lay.width * 0.72) if parts else None

        def draw(canvas: Canvas, p: Painter, number: int, count: int) -> None:
            top = lay.height + 12
            p.hline(canvas, 0, top - 4, lay.width, RULE)
            if footer is not None:
                p.para(canvas, footer, 0, lay.width * 0.72, top)
            text = lb.both("Page %(page)s of %(pages)s", page=lb.code(str(number)), pages=lb.code(str(count)))
            page = self.para(text, th.small, lay.width * 0.26, "end")
            p.para(canvas, page, lay.width * 0.74, lay.width * 0.26, top)

        return draw


def document_cjk(labels: Labels, computed: Computed) -> str:
    """The CJK font for Han characters without other hints: the document language's, else the
    buyer's or seller's country's, else Japanese."""
    for candidate in (
        cjk_font_script(labels.babel),
        labels.second and cjk_font_script(labels.second.babel),
        party_han_hint(computed.invoice.buyer),
        party_han_hint(computed.invoice.seller),
    ):
        if candidate:
            return candidate
    return "Jpan"
