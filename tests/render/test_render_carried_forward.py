"""Carried-forward subtotals (issue #10): a page of a multi-page line table ends with the
net of the lines so far, and the next page starts with the same amount."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from support import doc

from .pdfcheck import page_texts, render


def many_lines(count: int, locale: str) -> dict[str, Any]:
    """``count`` lines, line n (from 1) at n x 1.00 EUR: the net of the first k lines is
    k (k + 1) / 2 EUR."""
    lines = [{"description": f"Item {n}", "unit_price": f"{n}.00"} for n in range(1, count + 1)]
    return doc(locale=locale, lines=lines)


def line_numbers(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"^(\d+) Item \1\b", page, re.M)]


def test_each_page_break_carries_the_running_net() -> None:
    pages = page_texts(render(many_lines(90, "en")))
    assert len(pages) >= 3
    seen = 0
    for page, following in pairwise(pages):
        numbers = line_numbers(page)
        if not numbers or numbers[-1] == 90:
            break
        last = numbers[-1]
        seen += 1
        # lines 1..last at 1.00, 2.00, ...: last (last + 1) / 2, e.g. 30 -> 465.00
        subtotal = f"€{last * (last + 1) // 2:,}.00"
        assert f"Carried forward {subtotal}" in page, (last, page[-300:])
        assert f"Brought forward {subtotal}" in following
        assert following.index("Brought forward") < following.index(f"{last + 1} Item {last + 1}")
    assert seen >= 2


def test_a_single_page_carries_nothing() -> None:
    (page,) = page_texts(render(many_lines(3, "en")))
    assert "Carried forward" not in page and "Brought forward" not in page


def test_german_word_is_uebertrag() -> None:
    pages = page_texts(render(many_lines(60, "de")))
    assert len(pages) >= 2
    last = line_numbers(pages[0])[-1]
    # 1 + 2 + ... + last = last (last + 1) / 2 (for last = 40: 820,00 €)
    amount = f"{last * (last + 1) // 2:,}".replace(",", ".") + ",00 €"
    assert f"Übertrag {amount}" in pages[0]
    assert f"Übertrag {amount}" in pages[1]


TALL = ("W" * 39 + " ") * 125  # 125 words of 40 wide letters: more than a page of lines


def test_a_row_taller_than_a_page_carries_the_subtotal_between_its_parts() -> None:
    lines = [
        {"description": "Item 1", "unit_price": "1.00"},
        {"description": TALL, "unit_price": "2.00"},
        {"description": "Item 3", "unit_price": "3.00"},
    ]
    pages = page_texts(render(doc(locale="en", lines=lines)))
    parts = [k for k, page in enumerate(pages) if "W" * 39 in page]
    assert len(parts) >= 2  # the tall row runs over at least one page break
    # its amount is printed with its first part, so every break inside it carries lines 1
    # and 2: 1.00 + 2.00 = 3.00
    for k in parts[:-1]:
        assert "Carried forward €3.00" in pages[k], pages[k][-300:]
        following = pages[k + 1]
        assert "Brought forward €3.00" in following
        assert following.index("Brought forward") < following.index("W" * 39)
    assert "€6.00" in pages[parts[-1]] or "€6.00" in pages[-1]  # 1 + 2 + 3, the net total
    assert sum(page.count("Carried forward") for page in pages) == len(parts) - 1


def test_a_single_tall_row_carries_its_own_amount() -> None:
    pages = page_texts(render(doc(locale="en", lines=[{"description": TALL, "unit_price": "2.50"}])))
    assert len(pages) >= 2
    assert "Carried forward €2.50" in pages[0]
    assert "Brought forward €2.50" in pages[1]
    assert pages[1].index("Brought forward") < pages[1].index("W" * 39)


def test_a_subtotal_wider_than_the_amount_column_stays_on_one_line() -> None:
    """The amount column is fitted to the line amounts (9.999,00 € each); the bold running net
    at a page break has more digits (k x 9,999.00 EUR) and must not break before its currency
    sign: it reaches into the description column, which holds only the label on that row."""
    lines = [{"description": f"Item {n}", "unit_price": "9999.00"} for n in range(1, 61)]
    pages = page_texts(render(doc(locale="de", lines=lines)))
    assert len(pages) >= 2
    last = line_numbers(pages[0])[-1]
    amount = f"{last * 9999:,}".replace(",", ".") + ",00 €"  # 40 lines: 399.960,00 €
    assert f"Übertrag {amount}" in pages[0], pages[0][-200:]
    assert f"Übertrag {amount}" in pages[1], pages[1][:300]
