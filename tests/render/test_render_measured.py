"""A number column's values are measured (the column fits them) and then laid out: the
layout takes the measurement's characters and advances instead of finding them again, and
must give the same line as an engine that never measured the text."""

from __future__ import annotations

from invoicekit.render.fonts import FontChooser
from invoicekit.render.text import _LINES, TextEngine


def engine() -> TextEngine:
    made = TextEngine(FontChooser(), False, "de", "Latn")
    made.lines("\u20660123456789,.\u00a0€\u2069", 9.0, 100.0)  # the characters' face chosen once
    return made


def test_a_measured_amount_is_laid_out_from_its_measurement() -> None:
    amount = "\u20664.711,08\u00a0€\u2069"
    measuring = engine()
    _LINES.clear()
    width = measuring.width(amount, 9.0)
    assert (amount, False, None) in measuring._measured
    measured_line = measuring.shaped_lines(amount, 9.0, 60.0, False, None, None)[0]
    assert (amount, False, None) not in measuring._measured  # taken, not kept twice
    _LINES.clear()
    fresh_line = engine().shaped_lines(amount, 9.0, 60.0, False, None, None)[0]
    assert measured_line == fresh_line and measured_line is not fresh_line
    assert measured_line.text == "4.711,08\u00a0€"  # the isolate's marks are not drawn
    assert abs(measured_line.width - width) < 1e-9  # the same sum, scaled in another order


def test_a_text_that_takes_the_general_path_is_not_kept() -> None:
    measuring = engine()
    measuring.width("zwei\tTeile", 9.0)  # a tab: not a one-run text
    assert ("zwei\tTeile", False, None) not in measuring._measured
