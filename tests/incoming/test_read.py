"""read_einvoice: what is read from UBL and CII, and problems named by XPath."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoicekit import InvoiceError, compute
from invoicekit.incoming import StatedRates, read_einvoice, stated_category

from .conftest import FIXTURES

UBL = "ubl-invoice-two-rates.xml"
CII = "cii-invoice-three-categories.xml"


def _plant(data: bytes, old: str, new: str) -> bytes:
    text = data.decode()
    assert old in text, old
    return text.replace(old, new, 1).encode()


def _problems(data: bytes) -> list[str]:
    with pytest.raises(InvoiceError) as caught:
        read_einvoice(data)
    return [str(p) for p in caught.value.problems]


def test_ubl_terms_are_read() -> None:
    incoming = read_einvoice(FIXTURES / UBL)
    inv = incoming.invoice
    assert (incoming.syntax, incoming.profile) == ("ubl", "urn:cen.eu:en16931:2017")
    assert (inv.number, str(inv.issue_date), str(inv.due_date), inv.currency) == ("RE-2024-0117", "2024-06-14", "2024-07-14", "EUR")
    assert str(inv.supply_date) == "2024-06-12"  # BT-72, the actual delivery date
    assert inv.seller.name == "Papier Müller GmbH"  # the legal name (BT-27), not the trading name
    assert (inv.seller.vat_id, inv.seller.country, inv.seller.address.city) == ("DE123456789", "DE", "Berlin")
    assert inv.seller.endpoint is not None and inv.seller.endpoint.scheme == "EM"
    assert inv.buyer_reference == "04011000-12345-34"
    assert inv.payment is not None and (inv.payment.iban, inv.payment.means) == ("DE02120300000000202051", "58")
    assert [(ln.quantity, ln.unit_price, ln.category) for ln in inv.lines] == [
        (Decimal(10), Decimal("4.95"), "S 19%"),
        (Decimal(2), Decimal("45.00"), "S 19%"),
        (Decimal(3), Decimal("12.333"), "S 7%"),
    ]
    assert [(a.amount, a.reason, a.reason_code) for a in inv.lines[1].allowances] == [(Decimal("5.00"), "Discount", "95")]
    assert [(a.reason, a.reason_code, a.amount, a.charge) for a in (*inv.allowances, *inv.charges)] == [
        ("Loyalty discount", "95", Decimal("10.00"), False),
        ("Shipping", "DL", Decimal("4.90"), True),
    ]
    assert (inv.allowances[0].percent, inv.allowances[0].base) == (Decimal(10), Decimal("100.00"))  # BT-94, BT-93
    assert [(s.id, s.net.value) for s in incoming.lines] == [("1", Decimal("49.50")), ("2", Decimal("85.00")), ("3", Decimal("37.00"))]


def test_cii_terms_are_read() -> None:
    incoming = read_einvoice(FIXTURES / CII)
    inv = incoming.invoice
    assert (inv.number, str(inv.issue_date), str(inv.due_date)) == ("FA-2024-1203", "2024-09-10", "2024-10-10")
    assert (inv.seller.vat_id, inv.buyer.vat_id) == ("FR32123456789", "FR61987654321")
    assert [ln.category for ln in inv.lines] == ["S 20%", "S 5.5%", "E 0%"]
    assert [(s.category, s.rate, s.base.value) for s in incoming.subtotals] == [
        ("S", Decimal("20.00"), Decimal("10.01")),
        ("S", Decimal("5.50"), Decimal("3.00")),
        ("E", Decimal(0), Decimal("25.00")),
    ]


def test_rates_as_stated_are_not_overridden_by_the_rules(fixture_bytes: dict[str, bytes]) -> None:
    # A German seller charging 19 % to a French business buyer: invoicekit's rules would
    # reverse-charge this (AE), but recomputing their invoice uses what it states.
    data = _plant(fixture_bytes[UBL], "<cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n        <cbc:CompanyID>DE987654321",
                  "<cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n        <cbc:CompanyID>FR40303265045")  # fmt: skip
    inv = read_einvoice(data).invoice
    assert inv.buyer.country == "FR"
    computed = compute(inv, StatedRates())
    assert [(t.category, t.rate, t.amount) for t in computed.taxes] == [
        ("S", Decimal(19), Decimal("24.59")),
        ("S", Decimal(7), Decimal("2.59")),
    ]
    assert not computed.reverse_charge


def test_stated_category_is_a_readable_token() -> None:
    assert stated_category("S", Decimal("5.50")) == "S 5.5%"
    assert StatedRates().resolve("FR", read_einvoice(FIXTURES / CII).invoice.issue_date, "S 5.5%").components[0].rate == Decimal("5.5")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('<cbc:InvoicedQuantity unitCode="C62">3<', '<cbc:InvoicedQuantity unitCode="C62">2,5<',
         '/Invoice/cac:InvoiceLine[3]/cbc:InvoicedQuantity: not a number: "2,5"'),
        ("<cbc:IssueDate>2024-06-14<", "<cbc:IssueDate>14.06.2024<", '/Invoice/cbc:IssueDate: not a date YYYY-MM-DD: "14.06.2024"'),
        ("<cbc:DocumentCurrencyCode>EUR<", "<cbc:DocumentCurrencyCode>EUX<",
         '/Invoice/cbc:DocumentCurrencyCode: unknown currency (ISO 4217 code expected): "EUX"'),
        ("<cbc:ID>RE-2024-0117</cbc:ID>", "", "/Invoice/cbc:ID: missing"),
        ("<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7<", "<cac:ClassifiedTaxCategory><cbc:ID>X</cbc:ID><cbc:Percent>7<",
         '/Invoice/cac:InvoiceLine[3]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID: unknown VAT category code "X" (EN 16931 uses S, Z, E, AE, K, G, O, L, M)'),
        ("<cbc:Name>Printer toner, black</cbc:Name>", "<cbc:Name>Printer&#x9B;31m toner</cbc:Name>",
         "/Invoice/cac:InvoiceLine[2]/cac:Item/cbc:Name: contains a control character U+009B at position 8"),
        ("<cbc:PriceAmount currencyID=\"EUR\">4.95<", "<cbc:PriceAmount currencyID=\"EUR\">1e3<",
         '/Invoice/cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount: not a number: "1e3"'),
    ],
)
def test_ubl_problems_are_named_by_xpath(fixture_bytes: dict[str, bytes], old: str, new: str, problem: str) -> None:
    assert _problems(_plant(fixture_bytes[UBL], old, new)) == [problem]


def test_every_problem_is_reported_at_once(fixture_bytes: dict[str, bytes]) -> None:
    data = _plant(fixture_bytes[CII], "<ram:BilledQuantity unitCode=\"C62\">3<", "<ram:BilledQuantity unitCode=\"C62\">three<")
    data = _plant(data.decode().replace("<ram:CountryID>FR</ram:CountryID>", "<ram:CountryID>XX</ram:CountryID>", 1).encode(), "20240910", "2024-09-10")
    line = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[1]"
    agreement = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
    assert sorted(_problems(data)) == sorted([
        f'{line}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity: not a number: "three"',
        '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString: not a date YYYYMMDD: "2024-09-10"',
        f'{agreement}/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID: unknown country (ISO 3166-1 alpha-2 code expected): "XX"',
    ])


EXTRAS_UBL = "ubl-invoice-en16931-extras.xml"
EXTRAS_CII = "cii-invoice-en16931-extras.xml"


def test_ubl_less_common_terms_are_read() -> None:
    # the figures are hand-checked in the fixture's header comment
    inv = read_einvoice(FIXTURES / EXTRAS_UBL).invoice
    cable, screws, _ = inv.lines
    assert (cable.base_quantity, cable.unit) == (Decimal(100), "MTR")
    assert [(c.amount, c.reason_code) for c in cable.charges] == [(Decimal("2.50"), "CG")]
    assert (screws.gross_price, screws.price_discount, screws.unit_price) == (Decimal("0.12"), Decimal("0.02"), Decimal("0.10"))
    assert [(a.amount, a.percent, a.base) for a in screws.allowances] == [(Decimal("10.00"), Decimal(10), Decimal("100.00"))]
    assert (inv.prepaid, inv.rounding_amount) == (Decimal("100.00"), Decimal("0.01"))
    assert inv.tax_representative is not None
    assert (inv.tax_representative.name, inv.tax_representative.vat_id) == ("Fiskal Vertretung GmbH", "DE111222333")
    # the rate is the shortest that gives BT-111 back: 40.35 x 11.4 = 459.99
    assert inv.tax_currency is not None and (inv.tax_currency.currency, inv.tax_currency.exchange_rate) == ("SEK", Decimal("11.4"))


def test_cii_less_common_terms_are_read() -> None:
    inv = read_einvoice(FIXTURES / EXTRAS_CII).invoice
    labels, ribbon = inv.lines
    assert labels.base_quantity == Decimal(10)
    assert [(c.amount, c.reason, c.reason_code) for c in labels.charges] == [(Decimal("0.40"), "Packing", "PC")]
    assert (ribbon.gross_price, ribbon.price_discount) == (Decimal("5.00"), Decimal("0.50"))
    assert [a.amount for a in ribbon.allowances] == [Decimal("1.00")]
    assert (inv.prepaid, inv.rounding_amount) == (Decimal("4.28"), Decimal("0.00"))
    assert inv.tax_representative is not None and inv.tax_representative.country == "DE"
    # 9.80 / 2.28 = 4.298...: 4.3 is the shortest rate that rounds back to 9.80 (2.28 x 4.3 = 9.804)
    assert inv.tax_currency is not None and (inv.tax_currency.currency, inv.tax_currency.exchange_rate) == ("PLN", Decimal("4.3"))


def test_a_tax_currency_without_its_vat_total_is_a_problem(fixture_bytes: dict[str, bytes]) -> None:
    data = fixture_bytes[EXTRAS_UBL].decode().replace('<cac:TaxTotal>\n    <cbc:TaxAmount currencyID="SEK">459.99</cbc:TaxAmount>\n  </cac:TaxTotal>', "")
    assert _problems(data.encode()) == ["/Invoice/cac:TaxTotal: missing: the VAT total in the accounting currency (BT-111, BR-53)"]


def test_not_an_einvoice() -> None:
    assert _problems(b"<html><body/></html>") == [
        "<bytes>: not an e-invoice: the root element is html (expected a UBL Invoice or CreditNote, or a CII CrossIndustryInvoice)"
    ]


def test_missing_file(tmp_path: object) -> None:
    with pytest.raises(InvoiceError, match="cannot be read"):
        read_einvoice("no/such/invoice.xml")


def test_wrong_argument_type() -> None:
    from invoicekit import ArgumentError

    with pytest.raises(ArgumentError, match="source: expected a path or bytes, got int"):
        read_einvoice(3)  # type: ignore[arg-type]
