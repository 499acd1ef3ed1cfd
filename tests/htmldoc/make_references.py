"""Write the browser tests' reference images anew (look at each before committing it):

.venv/bin/python tests/htmldoc/make_references.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from htmldoc.browser import REFERENCE, browser, opened, screenshot
from htmldoc.cases import SHOTS, markup


def main() -> None:
    REFERENCE.mkdir(exist_ok=True)
    with browser() as chrome:
        for case, width in SHOTS:
            with opened(chrome, markup(case), width) as (page, _):
                path = REFERENCE / f"{case}-{width}.png"
                screenshot(page).save(path, optimize=True)
                print(path)


if __name__ == "__main__":
    main()
