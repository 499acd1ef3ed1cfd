"""Amounts in right-to-left documents (issue #10): the Saudi riyal amount "1,234.56 ر.س."
stays on one line beside its digits, and a number column lines up on the decimal point.
Read from character boxes (pypdfium2), as a reader sees the page."""

from __future__ import annotations

import pypdfium2 as pdfium
from support import doc

from .pdfcheck import render

SELLER = {"name": "شركة المثال", "vat_id": "310122393500003", "address": {"country": "SA", "city": "الرياض"}}
BUYER = {"name": "مؤسسة العميل", "vat_id": "300000000000003", "address": {"country": "SA", "city": "جدة"}}
SAUDI = doc(
    locale="ar",
    currency="SAR",
    issue_date="2026-11-02",
    seller=SELLER,
    buyer=BUYER,
    lines=[
        {"description": "خدمة استشارية طويلة الوصف " * 3, "quantity": "1", "unit_price": "1234.56"},
        {"description": "قلم", "quantity": "3", "unit_price": "5.50"},
    ],
)

Box = tuple[str, float, float, float]  # character, left, bottom, right


def boxes(pdf: bytes) -> list[Box]:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0].get_textpage()
        out = []
        for i in range(page.count_chars()):
            left, bottom, right, _top = page.get_charbox(i)
            char = page.get_text_range(i, 1)
            if len(char) == 1:  # not the generated line ends
                out.append((char, left, bottom, right))
        return out
    finally:
        document.close()


def runs(chars: list[Box], text: str) -> list[list[Box]]:
    """Each place ``text`` occurs in the page's character stream."""
    stream = "".join(c for c, *_ in chars)
    found, start = [], stream.find(text)
    while start >= 0:
        found.append(chars[start : start + len(text)])
        start = stream.find(text, start + 1)
    return found


def decimal_points(chars: list[Box], amount: str) -> list[float]:
    """The x of the decimal point of every occurrence of ``amount`` (digits as drawn)."""
    dot = amount.index(".")
    return [run[dot][1] for run in runs(chars, amount)]


def test_riyal_amount_stays_on_its_line() -> None:
    chars = boxes(render(SAUDI))
    # 1 x 1234.56 = 1234.56 (unit price and line net); the sign follows the digits
    # pdfium reads the drawn order: the sign's glyphs (right of the digits), then the digits
    amounts = runs(chars, ".ر.س 1,234.56")
    assert len(amounts) == 2  # the unit price and the line net
    for run in amounts:
        digits = [(left, bottom, right) for c, left, bottom, right in run if c.isdigit()]
        sign = [(left, bottom) for c, left, bottom, _right in run if c in "رس"]
        assert len(digits) == 6 and len(sign) == 2
        assert max(b for _l, b, _r in digits) - min(b for _l, b, _r in digits) < 1
        # the sign's letters sit on the digits' line (ر descends a little), right of the
        # last digit and close to it: one word, not wrapped
        assert all(abs(bottom - digits[0][1]) < 4 for _left, bottom in sign)
        gap = min(left for left, _b in sign) - max(right for _l, _b, right in digits)
        assert 0 < gap < 15, gap


def test_rtl_amount_column_lines_up_on_the_decimal_point() -> None:
    chars = boxes(render(SAUDI))
    # line nets 1234.56 and 3 x 5.50 = 16.50; both unit prices and nets are in number columns
    big = decimal_points(chars, "1,234.56")
    small = decimal_points(chars, "16.50")
    assert len(big) >= 2 and small
    # the line net column: 1,234.56 (line 1) and 16.50 (line 2) share one decimal x
    assert any(abs(b - s) < 0.5 for b in big for s in small), (big, small)
    unit_small = decimal_points(chars, "5.50")
    assert any(abs(b - s) < 0.5 for b in big for s in unit_small), (big, unit_small)


def test_rtl_totals_line_up_with_the_line_amounts() -> None:
    """The totals block sits under the amount column, mirrored: each total's decimal point
    on the x of the line amounts' (the bold gross and the larger payable amount too)."""
    chars = boxes(render(SAUDI))
    line_net = decimal_points(chars, "16.50")  # only in the line net column
    assert len(line_net) == 1
    # net 1234.56 + 16.50 = 1251.06; VAT 15 % = 187.659 -> 187.66; gross 1438.72 (twice:
    # the gross total, bold, and the amount payable, larger)
    net = decimal_points(chars, "1,251.06")  # the breakdown's base, then the net total
    tax = decimal_points(chars, "187.66")  # the breakdown's VAT, then the tax total
    gross = decimal_points(chars, "1,438.72")
    assert len(net) == 2 and len(tax) == 2 and len(gross) == 2
    for x in (net[-1], tax[-1], *gross):
        assert abs(x - line_net[0]) < 0.5, (x, line_net)
    # mirrored: the amount payable stands at the left, its label (Arabic letters on the
    # same line, beyond the riyal sign) to its right, nothing of it to its left
    payable = runs(chars, "1,438.72")[-1]
    baseline, first = payable[0][2], min(left for _c, left, _b, _r in payable)
    arabic = [left for c, left, bottom, _r in chars if "\u0600" <= c <= "\u06ff" and abs(bottom - baseline) < 4]
    assert any(left > gross[-1] + 40 for left in arabic)
    assert not any(left < first for left in arabic)


LATIN = doc(
    locale="en",
    issue_date="2026-11-02",
    lines=[
        {"description": "Consulting", "quantity": "1", "unit_price": "1234.56"},
        {"description": "Pen", "quantity": "3", "unit_price": "5.50"},
    ],
)


def test_ltr_totals_line_up_with_the_line_amounts() -> None:
    chars = boxes(render(LATIN))
    line_net = decimal_points(chars, "16.50")
    assert len(line_net) == 1
    # net 1251.06; German VAT 19 % = 237.7014 -> 237.70; gross 1488.76
    points = [decimal_points(chars, a)[-1] for a in ("1,251.06", "237.70")]
    points += decimal_points(chars, "1,488.76")  # the gross total and the amount payable
    assert len(points) == 4
    for x in points:
        assert abs(x - line_net[0]) < 0.5, (points, line_net)
