"""The code lists an e-invoice needs, in one place: VAT categories, exemption reasons,
electronic-address schemes, payment means.

Pure data (no XML), so the loader and the reader of incoming e-invoices can use it without
loading the writers. Sources, each list as the CEN EN 16931 validation artefacts 1.3.16
(2026-03-30) check it:

- VAT category codes: UNTDID 5305, the EN 16931 subset (BR-CL-17, BR-CL-18).
- Exemption reason codes: the CEF VATEX code list (BR-CL-22).
- Electronic address schemes: the CEF EAS code list (BR-CL-25).
- Payment means: UNTDID 4461 (BR-CL-16).
"""

from __future__ import annotations

from typing import Final

from attrs import frozen


@frozen
class VatCategory:
    """How one EN 16931 VAT category is written: its UNTDID 5305 code, whether the VAT
    breakdown must (or must not) carry an exemption reason (BT-120/BT-121), the VATEX code
    when one code fits every such supply, and the reason text used when the computation
    gives none. ``rate`` is False for "not subject to VAT" (O), which states no rate."""

    code: str
    name: str
    exemption: bool
    vatex: str | None
    default_reason: str | None
    rate: bool = True


#: UNTDID 5305 as EN 16931 uses it; the rule numbers are those that demand or forbid the
#: exemption reason (BR-S-10, BR-Z-10, BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10,
#: BR-AF-10, BR-AG-10).
VAT_CATEGORIES: Final[dict[str, VatCategory]] = {
    c.code: c
    for c in (
        VatCategory("S", "Standard rate", False, None, None),
        VatCategory("Z", "Zero rated goods", False, None, None),
        VatCategory("E", "Exempt from tax", True, None, "Exempt from VAT"),
        VatCategory("AE", "VAT Reverse Charge", True, "VATEX-EU-AE", "Reverse charge"),
        VatCategory("K", "VAT exempt for EEA intra-community supply", True, "VATEX-EU-IC",
                    "Intra-Community supply"),
        VatCategory("G", "Free export item, tax not charged", True, "VATEX-EU-G", "Export outside the EU"),
        VatCategory("O", "Services outside scope of tax", True, "VATEX-EU-O", "Not subject to VAT",
                    rate=False),
        VatCategory("L", "Canary Islands general indirect tax", False, None, None),
        VatCategory("M", "Tax for production, services and importation in Ceuta and Melilla", False,
                    None, None),
    )
}  # fmt: skip

#: The computed tax codes an EN 16931 VAT breakdown can state, and its tax scheme for them.
#: Canadian GST/HST/PST/QST, Indian GST and US sales tax are not VAT in EN 16931's sense
#: (two taxes on one base cannot share one VAT breakdown), so they are refused.
TAX_SCHEMES: Final[dict[str, str]] = {"VAT": "VAT"}

#: The CEF VATEX exemption reason codes (BR-CL-22), for reading and for checking.
VATEX_CODES: Final[frozenset[str]] = frozenset(
    """VATEX-EU-79-C VATEX-EU-132 VATEX-EU-132-1A VATEX-EU-132-1B VATEX-EU-132-1C VATEX-EU-132-1D
    VATEX-EU-132-1E VATEX-EU-132-1F VATEX-EU-132-1G VATEX-EU-132-1H VATEX-EU-132-1I VATEX-EU-132-1J
    VATEX-EU-132-1K VATEX-EU-132-1L VATEX-EU-132-1M VATEX-EU-132-1N VATEX-EU-132-1O VATEX-EU-132-1P
    VATEX-EU-132-1Q VATEX-EU-135-1 VATEX-EU-143 VATEX-EU-143-1A VATEX-EU-143-1B VATEX-EU-143-1C
    VATEX-EU-143-1D VATEX-EU-143-1E VATEX-EU-143-1F VATEX-EU-143-1FA VATEX-EU-143-1G VATEX-EU-143-1H
    VATEX-EU-143-1I VATEX-EU-143-1J VATEX-EU-143-1K VATEX-EU-143-1L VATEX-EU-144 VATEX-EU-146-1E
    VATEX-EU-159 VATEX-EU-309 VATEX-EU-148 VATEX-EU-148-A VATEX-EU-148-B VATEX-EU-148-C VATEX-EU-148-D
    VATEX-EU-148-E VATEX-EU-148-F VATEX-EU-148-G VATEX-EU-151 VATEX-EU-151-1A VATEX-EU-151-1AA
    VATEX-EU-151-1B VATEX-EU-151-1C VATEX-EU-151-1D VATEX-EU-151-1E VATEX-EU-G VATEX-EU-O VATEX-EU-IC
    VATEX-EU-AE VATEX-EU-D VATEX-EU-F VATEX-EU-I VATEX-EU-J VATEX-FR-FRANCHISE VATEX-FR-CNWVAT
    VATEX-EU-153""".split()
)

#: The CEF Electronic Address Scheme (EAS) codes an endpoint ID may name (BR-CL-25).
EAS_SCHEMES: Final[frozenset[str]] = frozenset(
    """0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177
    0183 0184 0188 0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205
    0208 0209 0210 0211 0212 0213 0215 0216 0217 0218 0219 0220 0221 0225 0230 0235 0240 0244
    0242 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928
    9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946
    9947 9948 9949 9950 9951 9952 9953 9957 9959 AN AQ AS AU EM""".split()
)

#: UNTDID 4461 payment means codes (BR-CL-16); the common ones are named in docs/format.md.
PAYMENT_MEANS: Final[frozenset[str]] = frozenset(
    [str(n) for n in range(1, 71)]
    + [str(n) for n in (74, 75, 76, 77, 78, 91, 92, 93, 94, 95, 96, 97, 98)]
    + ["ZZZ"]
)

#: The means code written when the document gives an IBAN but no code: 58, SEPA credit
#: transfer, for an IBAN in EUR; 30, credit transfer, otherwise.
SEPA_CREDIT_TRANSFER: Final = "58"
CREDIT_TRANSFER: Final = "30"

#: UNTDID 1001 document type codes (BT-3).
INVOICE_TYPE: Final = "380"
CREDIT_NOTE_TYPE: Final = "381"

#: UNTDID 5189 allowance reason code for a line discount (BT-140).
DISCOUNT_REASON: Final = "95"
