"""Write the portal's browser-test reference images anew (look at each before committing it):

.venv/bin/python tests/portal/make_references.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from htmldoc.browser import browser

from portal.served import fill, serve
from portal.shots import REFERENCE, take


def main() -> None:
    REFERENCE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'shop.db'}"
        fill(url)
        with serve(url, Path(folder)) as base, browser() as chrome:
            for name, image, scroll in take(chrome, base):
                path = REFERENCE / f"{name}.png"
                image.save(path, optimize=True)
                print(path, f"scrollWidth {scroll}")


if __name__ == "__main__":
    main()
