"""Report, never fail: where babel's CLDR currency digits differ from our ISO 4217 table.

invoicekit rounds to ISO 4217's minor units and lets babel only format numbers. CLDR's digits
are the everyday cash and accounting practice (0 for HUF, COP, IDR), so differences are
expected; a change in this list after a babel upgrade means: check that the rendered amounts
of those currencies still show every minor unit invoicekit rounded to.
"""

from __future__ import annotations

import babel
from babel.numbers import get_currency_precision

from invoicekit.currencies import iso_4217


def main() -> None:
    table = iso_4217()
    differing = [
        f"{c.code} {c.minor_units} vs {get_currency_precision(c.code)}"
        for c in table.currencies
        if c.minor_units is not None and get_currency_precision(c.code) != c.minor_units
    ]
    print(f"ISO 4217 ({table.published}) minor units vs babel {babel.__version__} CLDR digits:")
    print("  differ (ISO vs CLDR): " + (", ".join(differing) or "none"))


if __name__ == "__main__":
    main()
