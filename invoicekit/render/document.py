"""The invoice, credit note and receipt as laid-out pages: what goes where.

A full invoice carries what Article 226 of Directive 2006/112/EC requires: issue date and
number, both parties' names, addresses and VAT IDs, the date of supply where it differs,
quantity and nature of each line, unit price, discount, rate, the taxable amount and tax per
rate and category, and the notes the tax rules attach (exemption, reverse charge). A receipt
carries the simplified content of Article 226b: issue date, seller, goods or services, tax.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

from attrs import frozen
from babel.numbers import get_decimal_symbol
from reportlab.pdfgen.canvas import Canvas

from ..presentation.isolates import ltr
from ..presentation.model import DocumentView, Field, Label, PartyBlock, Table
from .brand import CheckedBrand
from .layout import BLACK, GREY, RGB, RULE, Align, Box, Carry, Column, Layout, Painter, Para, Style
from .qr import QrMatrix, draw_qr, qr_matrix

_GAP = 14.0
# the widths of the table columns, in points; 0 is the flexible column that takes the rest
_LINE_WIDTHS = {
    "description": 0.0,
    "hsn": 44.0,
    "quantity": 50.0,
    "unit": 40.0,
    "unit_price": 66.0,
    "discount": 58.0,
    "rate": 56.0,
    "amount": 76.0,
}
_TAX_WIDTHS = {"tax": 54.0, "category": 0.0, "rate": 60.0, "base": 92.0, "tax_amount": 92.0}


_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))


def decimal_symbols(locale: str) -> frozenset[str]:
    """The decimal separators amounts of ``locale`` may be written with (its own numbering
    system's and the Latin digits')."""
    return frozenset({get_decimal_symbol(locale), get_decimal_symbol(locale, numbering_system="latn")})


def decimal_tail(amount: str, symbols: frozenset[str]) -> str:
    """What an amount has from its decimal separator on (``",50 €"`` of ``"1.234,50 €"``;
    after its last digit when it has no decimals: ``" ¥"``), without directional marks."""
    text = amount.translate(_CONTROLS)
    for k in range(len(text) - 2, -1, -1):
        if text[k] in symbols and text[k + 1].isdigit():
            return text[k:]
    last = max((k for k, ch in enumerate(text) if ch.isdigit()), default=len(text) - 1)
    return text[last + 1 :]


@lru_cache(maxsize=256)
def _style(size: float, bold: bool = False, color: RGB = BLACK, leading: float = 1.3) -> Style:
    """A :class:`Style`, made once (frozen: every document of an accent shares its styles)."""
    return Style(size, bold, color, leading)


@frozen
class Theme:
    """Styles of one document (the accent colour comes from the brand)."""

    accent: RGB

    @property
    def title(self) -> Style:
        return _style(19, True, self.accent, 1.2)

    @property
    def heading(self) -> Style:
        return _style(7.5, True, self.accent)

    @property
    def label(self) -> Style:
        return _style(7.5, True, GREY)

    @property
    def second(self) -> Style:
        return _style(6.5, False, GREY)

    @property
    def body(self) -> Style:
        return _style(9)

    @property
    def strong(self) -> Style:
        return _style(9, True)

    @property
    def small(self) -> Style:
        return _style(7.5, False, GREY)

    @property
    def payable(self) -> Style:
        return _style(10.5, True, self.accent)

    def tint(self) -> RGB:
        """A pale version of the accent for table headers."""
        r, g, b = self.accent
        return (0.88 + 0.12 * r, 0.88 + 0.12 * g, 0.88 + 0.12 * b)


class Document:
    """Lays out one :class:`DocumentView` on pages."""

    def __init__(self, view: DocumentView, layout: Layout, brand: CheckedBrand) -> None:
        self.view = view
        self.layout = layout
        self.brand = brand
        self.theme = Theme(brand.accent)
        self.receipt = view.template == "receipt"
        self.amount_column: tuple[float, float] | None = None  # the lines' amount column: x, width
        self.decimal_symbols = decimal_symbols(view.locale)

    # --- small helpers ---

    def para(
        self, text: str, style: Style, width: float, align: Align = "start", hint: str | None = None
    ) -> Para:
        return self.layout.text(text, style, width, align, hint)

    def label_cell(self, label: Label, width: float, align: Align = "start") -> list[Para]:
        """A label in the document language, the second language below it in small type."""
        cell = [self.para(label.text, self.theme.label, width, align)]
        if label.second:
            cell.append(self.para(label.second, self.theme.second, width, align))
        return cell

    # --- the document ---

    def build(self) -> None:
        lay = self.layout
        lay.on_new_page = self.running_header
        self.header()
        lay.space(_GAP)
        self.greeting()
        self.parties()
        lay.space(_GAP)
        self.meta()
        lay.space(_GAP)
        self.lines_table()
        lay.space(_GAP)
        self.tax_table()
        lay.space(8)
        self.totals()
        self.in_words()
        self.qr_codes()
        if not self.receipt:
            lay.space(_GAP)
            self.payment()
        self.notes()
        self.support()

    def header(self) -> None:
        lay, th, view = self.layout, self.theme, self.view
        half = lay.width / 2
        title = self.para(view.title.joined, th.title, half, "end")
        number = self.para(view.number, th.strong, half, "end")
        logo_h = logo_w = 0.0
        if self.brand.logo is not None and self.brand.logo_size is not None:
            w, h = self.brand.logo_size
            scale = min(150 / w, 52 / h)
            logo_w, logo_h = w * scale, h * scale
        name = None
        if self.brand.logo is None:
            seller = view.party("seller")
            hint = seller.han_hint if seller else None
            name = self.para(view.seller_name, Style(13, True, th.accent), half, hint=hint)
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
        para = self.para(self.view.running_header, self.theme.label, lay.width)

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            p.para(canvas, para, 0, lay.width, top)
            p.hline(canvas, 0, top + para.height + 3, lay.width)

        lay.pages[-1].append(lambda c, p: draw(c, p, 0.0))
        lay.y = para.height + 10

    def party_cell(self, party: PartyBlock, width: float) -> list[Para]:
        th, hint = self.theme, party.han_hint
        cell = self.label_cell(party.label, width)
        cell.append(self.para(party.name, th.strong, width, hint=hint))
        if party.address:
            cell.append(self.para("\n".join(party.address), th.body, width, hint=hint))
        for item in (*party.ids, *((party.email,) if party.email else ())):
            cell.append(self.para(f"{item.label.joined}{self.view.colon}{item.value}", th.body, width))
        return cell

    def parties(self) -> None:
        lay, view = self.layout, self.view
        col = (lay.width - 20) / 2
        seller_block = view.party("seller")
        seller = self.party_cell(seller_block, col) if seller_block else []
        representative = view.party("tax_representative")
        if representative is not None:  # BG-11, printed under the seller it acts for
            seller.append(self.para(" ", self.theme.small, col))
            seller += self.party_cell(representative, col)
        buyer_block = view.party("buyer")
        buyer = self.party_cell(buyer_block, col) if buyer_block else None
        height = max(sum(p.height for p in seller), sum(p.height for p in buyer or []))

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            for x, cell in ((0.0, seller), (col + 20, buyer or [])):
                y = top
                for para in cell:
                    p.para(canvas, para, x, col, y)
                    y += para.height

        lay.boxes([Box(0, col, tuple(seller)), Box(col + 20, col, tuple(buyer or ()))], height, draw)

    def meta(self) -> None:
        lay, th, items = self.layout, self.theme, self.view.meta
        width = lay.width / max(len(items), 4)
        cells = [
            [*self.label_cell(item.label, width - 8), self.para(item.value, th.strong, width - 8)]
            for item in items
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
        if self.view.reference is not None:
            lay.space(6)
            lay.para(self.para(self.view.reference, th.strong, lay.width))

    # --- tables ---

    def fitted_width(self, table: Table, k: int) -> float:
        """A column as wide as its widest value (with a gap) and its widest header word, and
        three quarters of its usual width at least: numbers never wrap, headers take two
        lines at most, and the description takes what the numbers leave."""
        engine, size = self.layout.engine, self.theme.body.size
        # each distinct text once (values repeat down a column; the widest is the same)
        cells = dict.fromkeys([row.cells[k] for row in table.rows])
        texts = dict.fromkeys(part for cell in cells for part in cell.split("\n"))
        widest = max((engine.width(t, size) for t in texts), default=0.0)
        floor = 0.75 * _LINE_WIDTHS.get(table.columns[k].key, 32.0)  # headers in two lines at most
        return round(max(floor, self.header_word_width(table.columns[k].label) + 8, widest + 12))

    def columns(
        self, table: Table, widths: dict[str, float], fit: bool = False, floor: dict[str, float] | None = None
    ) -> list[Column]:
        """Layout columns for ``table``: fixed widths (with ``fit``, each as wide as its
        content), the line number's as wide as the last number (18 points at least: up to
        99), the tax name's as wide as the longest, the flexible column taking the rest."""
        lay, th = self.layout, self.theme
        fixed = []
        for k, col in enumerate(table.columns):
            if col.key == "index":
                last = next((r.cells[k] for r in reversed(table.rows) if r.kind == "line"), "")
                fixed.append(max(18.0, round(lay.engine.width(last, th.body.size) + 7)))
            elif col.key == "tax":  # as wide as the longest local tax name (ضريبة القيمة المضافة)
                widest = max((lay.engine.width(r.cells[k], th.body.size) for r in table.rows), default=0.0)
                fixed.append(max(widths[col.key], round(widest + 7)))
            elif widths[col.key] and fit:
                fixed.append(max(self.fitted_width(table, k), round((floor or {}).get(col.key, 0.0))))
            elif widths[col.key]:
                fixed.append(max(widths[col.key], self.header_word_width(col.label) + 8))
            else:
                fixed.append(0.0)
        flex = lay.width - sum(fixed)
        return [
            Column(w or flex, self.cell_align(col.align)) for w, col in zip(fixed, table.columns, strict=True)
        ]

    def cell_align(self, align: Align) -> Align:
        """A number column's alignment: its end, except in right-to-left documents, where the
        numbers (left-to-right runs ending in the same currency sign, "1,234.56 ر.س.") align
        on their right edge, so that their decimal points line up."""
        return "start" if self.view.rtl and align == "end" else align

    def header_word_width(self, label: Label) -> float:
        """The widest word of a column header (both languages): a column at least this wide
        breaks its header only between words (the Russian "quantity" whole, not cut before its
        last letter)."""
        th, engine = self.theme, self.layout.engine
        words = [(w, th.label) for w in label.text.split()]
        words += [(w, th.second) for w in (label.second or "").split()]
        return max((engine.width(w, style.size, style.bold) for w, style in words), default=0.0)

    def carry(self, table: Table, columns: list[Column]) -> Carry | None:
        """The running-subtotal rows of the lines table: the label in the description
        column, the sum so far in the amount column (``None`` for other tables). The sum is
        set in bold and grows down the table, so it can be wider than the column fitted to the
        line amounts: in a left-to-right document it stays on one line, reaching into the
        description column (which holds only the short label on that row), rather than
        breaking before its currency sign."""
        desc_k, amount_k = table.column("description"), table.column("amount")
        if table.carried is None or table.brought is None or desc_k is None or amount_k is None:
            return None
        texts = {"carried": table.carried.joined, "brought": table.brought.joined}
        strong, pad = self.theme.strong, 3.0
        widths = [col.width - 2 * pad for col in columns]
        if not self.view.rtl:  # at the page's right edge; in RTL the column fits the totals
            widths[amount_k] = self.layout.width

        def cells(i: int, which: Literal["carried", "brought"]) -> list[list[Para]]:
            values = {desc_k: texts[which], amount_k: table.rows[i].running}
            return [
                [self.para(values.get(k, ""), strong, widths[k], table.columns[k].align)]
                for k in range(len(columns))
            ]

        return cells

    def table(
        self,
        table: Table,
        widths: dict[str, float],
        hint: str | None = None,
        fit: bool = False,
        floor: dict[str, float] | None = None,
    ) -> list[Column]:
        """Lay out ``table``; the columns it used (``floor``: least widths by key)."""
        lay, th = self.layout, self.theme
        columns, pad = self.columns(table, widths, fit, floor or {}), 3.0
        header = [
            self.label_cell(col.label, columns[k].width - 2 * pad, col.align)
            for k, col in enumerate(table.columns)
        ]
        desc_k = table.column("description")
        rows: list[list[list[Para]]] = []
        boxes: list[tuple[int, float, Align, dict[str, list[Para]]]] = [
            (k, columns[k].width - 2 * pad, col.align, {}) for k, col in enumerate(table.columns)
        ]
        body, shaped = th.body, lay.engine.shaped_lines  # Layout.text of a body cell, inline
        for row in table.rows:
            cells = []
            for (k, width, align, known), text in zip(boxes, row.cells, strict=True):
                if k == desc_k:
                    cell = [Para(shaped(text, body.size, width, body.bold, None, hint), body, align)]
                    if row.details:
                        cell += [self.para(d, th.small, width) for d in row.details]
                else:  # quantities, prices, rates and amounts repeat: one cell per text and column
                    found = known.get(text)
                    if found is None:
                        found = known[text] = [
                            Para(shaped(text, body.size, width, body.bold, None, None), body, align)
                        ]
                    cell = found
                cells.append(cell)
            rows.append(cells)
        carry = self.carry(table, columns)
        lay.table(columns, header, rows, header_fill=th.tint(), header_rule=th.accent, pad=pad, carry=carry)
        return columns

    def lines_table(self) -> None:
        seller = self.view.party("seller")
        # the numbers fit their values, so the description gets the rest of the page; in a
        # right-to-left document the amount column, at the page's edge, also fits the totals
        # that line up in it (they grow towards that edge)
        floor = {"amount": self.totals_width() + 12} if self.view.rtl else {}
        columns = self.table(self.view.lines, _LINE_WIDTHS, seller.han_hint if seller else None, True, floor)
        k = self.view.lines.column("amount")
        if k is not None:
            self.amount_column = (sum(c.width for c in columns[:k]), columns[k].width)

    def tax_table(self) -> None:
        lay, th, taxes = self.layout, self.theme, self.view.taxes
        if taxes.heading is not None:
            lay.para(self.para(taxes.heading.joined, th.heading, lay.width))
        lay.space(3)
        self.table(taxes, _TAX_WIDTHS)

    def total_style(self, emphasis: str) -> Style:
        """The style of a total of ``emphasis`` (normal, strong, payable)."""
        th = self.theme
        return {"normal": th.body, "strong": th.strong, "payable": th.payable}[emphasis]

    def totals_width(self) -> float:
        """The widest amount of the totals block, each in its own style."""
        engine, widest = self.layout.engine, 0.0
        for total in self.view.totals:
            style = self.total_style(total.emphasis)
            widest = max(widest, engine.width(total.value, style.size, style.bold))
        return widest

    def totals(self) -> None:
        """The totals block under the amount column: each amount decimal-aligned with the
        line amounts (physically right-aligned in both directions, the decimal point of a
        bold or larger amount on the same x as a body-text one), the labels before them."""
        lay, th, pad = self.layout, self.theme, 3.0
        x, width = self.amount_column or (lay.width - 96.0, 96.0)
        box_x, box_w = x + pad, width - 2 * pad  # the amount column's text box
        widest = self.totals_width()
        label_end = x if self.view.rtl else min(x, lay.width - pad - widest - 8)
        label_w = min(170.0, label_end)
        x0 = label_end - label_w
        rows = []
        entries = self.view.totals
        for k, total in enumerate(entries):
            style = self.total_style(total.emphasis)
            label = self.para(total.label.joined, style, label_w, "start")
            shift = self.decimal_shift(total.value, style)
            vx, vw = (box_x - shift, box_w + shift) if self.view.rtl else (box_x, box_w + shift)
            value = self.para(total.value, style, vw, self.cell_align("end"))
            rows.append((label, value, vx, vw, k == len(entries) - 1))  # payable: ruled above
        height = sum(max(a.height, b.height) + 4 for a, b, *_ in rows) + 2

        def draw(canvas: Canvas, p: Painter, top: float) -> None:
            y = top
            for label, value, vx, vw, last in rows:
                h = max(label.height, value.height) + 4
                if last:
                    p.hline(canvas, x0, y, lay.width - x0, th.accent, 0.9)
                p.para(canvas, label, x0, label_w, y + 2)
                p.para(canvas, value, vx, vw, y + 2)
                y += h

        lay.block(height, draw)

    def decimal_shift(self, amount: str, style: Style) -> float:
        """How far right of the column's edge ``amount`` in ``style`` must end for its
        decimal point to sit where the same amount in body text has it: the extra width of
        its decimals and currency sign (0 in body text)."""
        tail = decimal_tail(amount, self.decimal_symbols)
        engine, body = self.layout.engine, self.theme.body
        return engine.width(tail, style.size, style.bold) - engine.width(tail, body.size, body.bold)

    def in_words(self) -> None:
        """The amount payable in words (ru, uk, be), under the totals."""
        if self.view.in_words is not None:
            self.layout.space(4)
            self.layout.para(self.para(self.view.in_words, self.theme.body, self.layout.width))

    def qr_codes(self) -> None:
        """Each QR code the document must carry (ZATCA), 86 points square, at the end
        side of the page with its caption beside it."""
        lay, th, size = self.layout, self.theme, 86.0
        for code in self.view.qr:
            matrix = qr_matrix(code.payload)
            caption = None
            if code.caption is not None:
                caption = self.para(code.caption.joined, th.small, lay.width - size - 10, "end")
            lay.space(6)

            def draw(
                canvas: Canvas,
                p: Painter,
                top: float,
                matrix: QrMatrix = matrix,
                caption: Para | None = caption,
            ) -> None:
                draw_qr(canvas, p, matrix, lay.width - size, top, size)
                if caption is not None:
                    p.para(canvas, caption, 0, lay.width - size - 10, top + size / 2 - caption.height / 2)

            lay.block(size, draw)

    # --- payment and notes ---

    def payment(self) -> None:
        if self.view.payment:
            self.key_values(self.view.payment_heading.joined, self.view.payment)

    def key_values(self, heading: str, pairs: Sequence[Field]) -> None:
        lay, th = self.layout, self.theme
        key_w = 150.0
        value_w = lay.width - key_w
        head = self.para(heading, th.heading, lay.width)
        rows = [
            (self.para(item.label.joined, th.label, key_w - 6), self.para(item.value, th.body, value_w))
            for item in pairs
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
        lay, th, texts = self.layout, self.theme, self.view.notes
        if not texts:
            return
        lay.space(_GAP)
        head = self.para(self.view.notes_heading.joined, th.heading, lay.width)
        first = self.para(texts[0], th.body, lay.width)
        lay.ensure(head.height + 3 + min(first.height, 40))
        lay.para(head)
        lay.space(3)
        for text in texts:
            lay.para(self.para(text, th.body, lay.width))
            lay.space(3)

    def greeting(self) -> None:
        """A receipt greets the buyer by name and thanks them, as its e-mail does."""
        view, lay = self.view, self.layout
        if not self.receipt or not view.greeting:
            return
        lay.para(self.para(view.greeting, self.theme.body, lay.width))
        if view.thanks and view.kind != "credit_note":
            lay.para(self.para(view.thanks, self.theme.body, lay.width))
        lay.space(_GAP)

    def support(self) -> None:
        """The brand's support block: channels, opening hours, the reply time."""
        block, lay = self.view.support, self.layout
        if block is None:
            return
        lay.space(_GAP)
        if block.fields:
            self.key_values(block.heading.joined, block.fields)
        else:
            lay.para(self.para(block.heading.joined, self.theme.heading, lay.width))
        if block.reply:
            lay.space(2)
            lay.para(self.para(block.reply, self.theme.body, lay.width))

    # --- every page ---

    def furniture(self) -> Callable[[Canvas, Painter, int, int], None]:
        """Footer lines and "Page X of Y", drawn in the bottom margin of every page."""
        lay, th, view = self.layout, self.theme, self.view
        parts = view.footer
        footer = self.para("\n".join(parts), th.small, lay.width * 0.72) if parts else None

        def draw(canvas: Canvas, p: Painter, number: int, count: int) -> None:
            top = lay.height + 12
            p.hline(canvas, 0, top - 4, lay.width, RULE)
            if footer is not None:
                p.para(canvas, footer, 0, lay.width * 0.72, top)
            text = view.pages.text(ltr(str(number)), ltr(str(count)))
            page = self.para(text, th.small, lay.width * 0.26, "end")
            p.para(canvas, page, lay.width * 0.74, lay.width * 0.26, top)

        return draw
