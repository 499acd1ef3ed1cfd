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

# ``food`` is food for home consumption (groceries: the US "food and food ingredients");
# ``prepared_food`` is food sold ready to eat (hot food, takeaway meals), which most US States
# tax although they exempt groceries. docs/taxdata.md defines each category.
PRODUCT_CATEGORIES: Final[tuple[str, ...]] = (
    "food", "basic_food", "prepared_food", "restaurant_food", "accommodation", "hospitality",
    "passenger_transport", "books", "ebooks", "newspapers", "medicines",
    "medicines_prescription", "medicines_otc", "medicines_reimbursable", "medical_devices",
    "clothing", "children_clothing", "agricultural", "telecommunications", "merit", "demerit",
)  # fmt: skip

# A narrower category a jurisdiction does not map takes its broader category's mapping
# (a country that does not tell prescription from other medicines taxes both as medicines);
# only when no category of the chain is mapped does the standard rate apply.
BROADER: Final[dict[str, str]] = {
    "basic_food": "food",
    "medicines_prescription": "medicines",
    "medicines_otc": "medicines",
    "medicines_reimbursable": "medicines_prescription",
    "prepared_food": "restaurant_food",
    "children_clothing": "clothing",
}


def category_chain(category: str) -> tuple[str, ...]:
    """``category`` and then each broader category it falls back to, narrowest first."""
    chain = [category]
    while chain[-1] in BROADER:
        chain.append(BROADER[chain[-1]])
    return tuple(chain)


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
