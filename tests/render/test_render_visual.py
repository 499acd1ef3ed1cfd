"""Pixels: the first page of one document per script family against a reference image
(tests/render/reference/, made by make_references.py and checked by eye)."""

from __future__ import annotations

import pytest
from PIL import ImageChops, ImageStat

from .make_references import DOCUMENTS, REFERENCE, page_image

# Anti-aliasing may differ a little between pdfium builds; a moved line or a missing glyph
# changes far more than this.
MEAN_DIFFERENCE = 1.5  # of 255, averaged over the page
CHANGED_PIXELS = 0.004  # share of pixels that differ by more than a quarter of the range


@pytest.mark.parametrize("family", sorted(DOCUMENTS))
def test_page_matches_reference(family: str) -> None:
    from PIL import Image

    reference = Image.open(REFERENCE / f"{family}.png").convert("L")
    page = page_image(DOCUMENTS[family])
    assert page.size == reference.size
    diff = ImageChops.difference(page, reference)
    mean = ImageStat.Stat(diff).mean[0]
    changed = sum(diff.histogram()[64:]) / (page.size[0] * page.size[1])
    assert mean <= MEAN_DIFFERENCE and changed <= CHANGED_PIXELS, (
        f"{family}: mean difference {mean:.2f}, {changed:.2%} of pixels changed; "
        "if the change is intended, run tests/render/make_references.py and look at the images"
    )
