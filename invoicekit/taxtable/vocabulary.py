"""The closed vocabulary of the tax data: tax codes, rate classes, product categories.

Documented in docs/taxdata.md; the loader rejects anything outside it.
"""

from __future__ import annotations

from typing import Final

TAX_CODES: Final[tuple[str, ...]] = (
    "VAT", "GST", "HST", "PST", "RST", "QST", "CGST", "SGST", "UTGST", "IGST", "SALES_TAX",
)  # fmt: skip

# Rate classes with a dated series in the data files.
SERIES_CLASSES: Final[tuple[str, ...]] = (
    "standard", "reduced", "reduced2", "super_reduced", "parking", "increased",
)  # fmt: skip
# Rate classes every jurisdiction has without data: 0 % (EN 16931 "Z") and no tax ("E").
IMPLICIT_CLASSES: Final[tuple[str, ...]] = ("zero", "exempt")
RATE_CLASSES: Final[tuple[str, ...]] = SERIES_CLASSES + IMPLICIT_CLASSES

PRODUCT_CATEGORIES: Final[tuple[str, ...]] = (
    "food", "basic_food", "restaurant_food", "accommodation", "hospitality",
    "passenger_transport", "books", "ebooks", "newspapers", "medicines", "medical_devices",
    "children_clothing", "agricultural", "telecommunications", "merit", "demerit",
)  # fmt: skip

CATEGORIES: Final[tuple[str, ...]] = RATE_CLASSES + PRODUCT_CATEGORIES

# EN 16931 VAT category codes (UNTDID 5305 subset) used in results.
CATEGORY_CODES: Final[dict[str, str]] = {
    "S": "Standard rated",
    "Z": "Zero rated",
    "E": "Exempt from tax",
    "AE": "Reverse charge",
    "K": "Intra-Community supply",
    "G": "Export outside the EU",
    "O": "Outside the scope of tax",
    "L": "Canary Islands general indirect tax (IGIC)",
    "M": "Tax for production, services and importation in Ceuta and Melilla (IPSI)",
}
