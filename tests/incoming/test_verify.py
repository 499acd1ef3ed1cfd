"""verify: correct invoices agree, planted errors are found and named by XPath and line.

The fixtures' arithmetic is written out in each file's header comment; the expected figures
below are those hand-checked amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

import invoicekit
from invoicekit.incoming import Difference, verify

from .conftest import FIXTURES

UBL = "ubl-invoice-two-rates.xml"
UBL_CN = "ubl-creditnote-reverse-charge.xml"
CII = "cii-invoice-three-categories.xml"
CII_CN = "cii-creditnote-no-preceding.xml"
LINE2 = "/Invoice/cac:InvoiceLine[2]"


@pytest.mark.parametrize(
    ("name", "payable", "tax"),
    [
        (UBL, "193.58", "27.18"),  # 24.59 (S 19 on 129.40) + 2.59 (S 7 on 37.00)
        (UBL_CN, "805.50", "0.00"),  # reverse charge: no VAT
        (CII, "40.18", "2.17"),  # 2.00 + 0.17 (half up of 0.165) + 0.00 exempt
        (CII_CN, "127.93", "20.43"),  # 107.50 x 0.19 = 20.425 -> 20.43
        ("ubl-invoice-en16931-extras.xml", "165.35", "40.35"),  # 265.34 - 100.00 prepaid + 0.01
        ("cii-invoice-en16931-extras.xml", "10.00", "2.28"),  # 14.28 - 4.28 prepaid
    ],
)
def test_correct_invoices_verify_clean(name: str, payable: str, tax: str) -> None:
    result = verify(FIXTURES / name)
    assert result.differences == ()
    assert result.ok
    assert result.computed.payable == Decimal(payable)
    assert result.computed.tax == Decimal(tax)


def test_public_api_names() -> None:
    assert invoicekit.verify is verify
    assert invoicekit.read_einvoice(FIXTURES / UBL).invoice.number == "RE-2024-0117"


def _plant(data: bytes, old: str, new: str, count: int = 1) -> bytes:
    text = data.decode()
    assert text.count(old) >= count, old
    return text.replace(old, new, count).encode()


def test_a_line_net_off_by_a_cent_is_named(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes[UBL], '<cbc:LineExtensionAmount currencyID="EUR">85.00<', '<cbc:LineExtensionAmount currencyID="EUR">85.01<')
    result = verify(planted)
    assert result.differences == (
        Difference(f"{LINE2}/cbc:LineExtensionAmount", "BT-131", "line 2 net amount", Decimal("85.01"), Decimal("85.00")),
    )
    assert not result.ok
    assert str(result.differences[0]) == (
        "/Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount: line 2 net amount (BT-131) states 85.01, recomputed 85.00"
    )


def test_a_wrong_category_total_is_found(fixture_bytes: dict[str, bytes]) -> None:
    # S 19 % tax stated 24.58 instead of 24.59 (129.40 x 0.19 = 24.586); BT-110 still 27.18
    planted = _plant(fixture_bytes[UBL], '<cbc:TaxAmount currencyID="EUR">24.59<', '<cbc:TaxAmount currencyID="EUR">24.58<')
    (difference,) = verify(planted).differences
    assert difference.where == "/Invoice/cac:TaxTotal[1]/cac:TaxSubtotal[1]/cbc:TaxAmount"
    assert (difference.term, difference.stated, difference.computed) == ("BT-117", Decimal("24.58"), Decimal("24.59"))
    assert difference.what == "VAT category S at 19 % tax amount"


def test_a_wrong_category_base_in_cii_is_found(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes[CII], "<ram:BasisAmount>3.00<", "<ram:BasisAmount>3.10<")
    (difference,) = verify(planted).differences
    assert difference.term == "BT-116"
    assert difference.where.endswith("/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[2]/ram:BasisAmount")
    assert (difference.stated, difference.computed) == (Decimal("3.10"), Decimal("3.00"))


def test_a_wrong_payable_is_found(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes[UBL], '<cbc:PayableAmount currencyID="EUR">193.58<', '<cbc:PayableAmount currencyID="EUR">193.68<')
    (difference,) = verify(planted).differences
    assert (difference.term, difference.where) == ("BT-115", "/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")
    assert difference.computed == Decimal("193.58")


def test_a_wrong_tax_total_is_found(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes[CII], '<ram:TaxTotalAmount currencyID="EUR">2.17<', '<ram:TaxTotalAmount currencyID="EUR">2.16<')
    (difference,) = verify(planted).differences
    assert difference.term == "BT-110"
    assert difference.where.endswith("/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount")
    assert (difference.stated, difference.computed) == (Decimal("2.16"), Decimal("2.17"))


def test_a_consistent_but_wrong_line_shows_in_every_figure_it_feeds(fixture_bytes: dict[str, bytes]) -> None:
    # The seller computed line 1 as 10 x 4.95 = 49.05 and carried it through consistently:
    # the line, BT-106, the S 19 base and every total differ, each named.
    data = _plant(fixture_bytes[UBL], '<cbc:LineExtensionAmount currencyID="EUR">49.50<', '<cbc:LineExtensionAmount currencyID="EUR">49.05<')
    terms = [d.term for d in verify(data).differences]
    assert terms == ["BT-131"]  # only the line: the other figures are still the right ones
    data = _plant(data, ">171.50<", ">171.05<")
    assert [d.term for d in verify(data).differences] == ["BT-131", "BT-106"]


def test_a_breakdown_row_missing_from_the_invoice_is_reported(fixture_bytes: dict[str, bytes]) -> None:
    text = fixture_bytes[UBL].decode()
    start = text.index("<cac:TaxSubtotal>", text.index("<cac:TaxSubtotal>") + 1)
    end = text.index("</cac:TaxSubtotal>", start) + len("</cac:TaxSubtotal>")
    result = verify((text[:start] + text[end:]).encode())
    (difference,) = result.differences
    assert (difference.where, difference.term, difference.stated, difference.computed) == (
        "/Invoice/cac:TaxTotal", "BG-23", None, Decimal("2.59"),
    )


def test_a_credit_note_reads_as_one_with_its_preceding_invoice() -> None:
    result = verify(FIXTURES / UBL_CN)
    inv = result.incoming.invoice
    assert inv.kind == "credit_note"
    assert inv.original is not None and (inv.original.number, str(inv.original.issue_date)) == ("INV-2024-051", "2024-02-20")
    assert inv.due_date is not None and str(inv.due_date) == "2024-03-19"  # BT-9 on the payment means
    assert result.computed.reverse_charge


def test_a_credit_note_without_a_preceding_invoice_reads() -> None:
    inv = verify(FIXTURES / CII_CN).incoming.invoice
    assert (inv.kind, inv.original) == ("credit_note", None)


def test_json_shape(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes[UBL], ">85.00<", ">85.01<")
    out = verify(planted).to_dict()
    assert out["ok"] is False
    assert out["differences"] == [
        {"where": f"{LINE2}/cbc:LineExtensionAmount", "term": "BT-131", "what": "line 2 net amount", "stated": "85.01", "computed": "85.00"}
    ]
    assert (out["syntax"], out["number"], out["payable"]) == ("ubl", "RE-2024-0117", "193.58")


def test_a_payable_that_ignores_the_prepaid_amount_is_found(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes["ubl-invoice-en16931-extras.xml"], ">165.35<", ">265.35<")
    (difference,) = verify(planted).differences
    assert (difference.term, difference.stated, difference.computed) == ("BT-115", Decimal("265.35"), Decimal("165.35"))


def test_a_line_charge_left_out_of_the_line_net_is_found(fixture_bytes: dict[str, bytes]) -> None:
    # line 1 stated as 112.50 (without its 2.50 charge); recomputed 250 x 45.00 / 100 + 2.50
    planted = _plant(fixture_bytes["ubl-invoice-en16931-extras.xml"], ">115.00<", ">112.50<")
    (difference,) = verify(planted).differences
    assert (difference.where, difference.computed) == ("/Invoice/cac:InvoiceLine[1]/cbc:LineExtensionAmount", Decimal("115.00"))


def test_a_net_price_that_is_not_gross_less_discount_is_found(fixture_bytes: dict[str, bytes]) -> None:
    planted = _plant(fixture_bytes["cii-invoice-en16931-extras.xml"], "<ram:ActualAmount>0.50<", "<ram:ActualAmount>0.40<")
    (difference,) = verify(planted).differences
    assert difference.term == "BT-146"
    assert difference.where.endswith("ram:IncludedSupplyChainTradeLineItem[2]/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount")
    assert (difference.stated, difference.computed) == (Decimal("4.50"), Decimal("4.60"))


def test_outside_the_scope_of_vat_states_no_rate(fixture_bytes: dict[str, bytes]) -> None:
    # category O has no rate (BR-O-05): the exempt line and its breakdown row become O
    text = fixture_bytes[CII].decode()
    text = text.replace("<ram:CategoryCode>E</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent>", "<ram:CategoryCode>O</ram:CategoryCode>")
    text = text.replace("<ram:CategoryCode>E</ram:CategoryCode>\n        <ram:RateApplicablePercent>0</ram:RateApplicablePercent>", "<ram:CategoryCode>O</ram:CategoryCode>")
    result = verify(text.encode())
    assert result.differences == ()
    assert [(t.category, t.rate, t.base) for t in result.computed.taxes][-1] == ("O", Decimal(0), Decimal("25.00"))


def test_a_standard_rated_line_must_state_its_rate(fixture_bytes: dict[str, bytes]) -> None:
    from invoicekit import InvoiceError

    text = fixture_bytes[CII].decode().replace("<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>", "", 1)
    with pytest.raises(InvoiceError) as caught:
        verify(text.encode())
    (problem,) = caught.value.problems
    assert problem.where.endswith("ram:IncludedSupplyChainTradeLineItem[1]/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent")
    assert problem.message == "missing (a standard-rated category states its rate)"
