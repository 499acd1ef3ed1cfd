"""The HTML in a real browser: Debian's headless Chromium opens the e-mail and the page
with no network, at a phone's 360 px and a desktop mail pane's 800 px. Nothing may be
loaded, nothing may scroll sideways, and each looks like its reference image (looked at
when it was stored; ``python tests/htmldoc/make_references.py`` writes them anew)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from .browser import REFERENCE, browser, difference, opened, overflow, screenshot
from .cases import CASES, SHOTS, markup

pytestmark = pytest.mark.filterwarnings("error")
# The same Chromium and fonts draw the same pixels (0 differ, measured); one changed digit of
# the amount payable changes about 3 in 100,000 of them (3.2e-5 at 800 px, 8.3e-5 at 360 px)
LIMIT = 1e-5


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    with browser() as chrome:
        yield chrome


@pytest.mark.parametrize("width", [360, 800])
@pytest.mark.parametrize("case", sorted(CASES))
def test_no_request_and_no_sideways_scroll(chrome: Any, case: str, width: int) -> None:
    with opened(chrome, markup(case), width) as (page, requests):
        assert requests == []
        assert overflow(page) == 0
        # the amount payable is on screen, not clipped: inside the window's width
        box = page.locator("tr.payable td").bounding_box()
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width


@pytest.mark.parametrize(("case", "width"), SHOTS)
def test_looks_like_its_reference(chrome: Any, case: str, width: int) -> None:
    with opened(chrome, markup(case), width) as (page, _):
        image = screenshot(page)
    reference = Image.open(REFERENCE / f"{case}-{width}.png").convert("RGB")
    assert image.size == reference.size
    assert difference(image, reference) < LIMIT


def test_the_comparison_sees_a_changed_amount(chrome: Any) -> None:
    """The check above can fail: a different amount payable is seen in the screenshot."""
    changed = markup("email-de").replace("31,77", "81,77")
    with opened(chrome, changed, 800) as (page, _):
        image = screenshot(page)
    reference = Image.open(REFERENCE / "email-de-800.png").convert("RGB")
    assert difference(image, reference) > LIMIT


# The distance, in CSS pixels, from each totals label's text to its amount's cell on the side
# they face (left of the label in right-to-left documents, right of it in left-to-right ones).
_LABEL_GAPS = """() => [...document.querySelectorAll('.totals tr')].map(tr => {
  const range = document.createRange();
  range.selectNodeContents(tr.querySelector('th'));
  const label = range.getBoundingClientRect();
  const amount = tr.querySelector('td').getBoundingClientRect();
  return document.documentElement.dir === 'rtl' ? label.left - amount.right : amount.left - label.right;
})"""


@pytest.mark.parametrize(("case", "width"), [("email-ar", 360), ("email-ar", 800), ("email-de", 360)])
def test_totals_labels_keep_apart_from_their_amounts(chrome: Any, case: str, width: int) -> None:
    """"المبلغ المستحق" once touched "515.33 UK£": the label's padding was on its outer side."""
    with opened(chrome, markup(case), width) as (page, _):
        gaps = page.evaluate(_LABEL_GAPS)
    assert gaps and min(gaps) >= 10, gaps


def test_an_arabic_credit_note_page_keeps_the_credited_amount_apart(chrome: Any) -> None:
    """The portal's document page is the page mode: an Arabic credit note's "المبلغ الدائن"."""
    import invoicekit

    from .cases import EXAMPLES

    computed = invoicekit.compute(invoicekit.load(EXAMPLES / "fr-credit-note.json"))
    html = invoicekit.render_html(computed, locale="ar", mode="page")
    assert "المبلغ الدائن" in html
    with opened(chrome, html, 800) as (page, _):
        gaps = page.evaluate(_LABEL_GAPS)
    assert gaps and min(gaps) >= 10, gaps
