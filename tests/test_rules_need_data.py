"""No decision without data: a seller whose country has no tax data gets an error naming it,
unless the caller brings the rates; a date outside the data is blamed on the date."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support import FixedRates, doc, vat

import invoicekit


def problems(raw: dict, provider: object = None) -> list[str]:  # type: ignore[type-arg]
    with pytest.raises(invoicekit.InvoiceError) as caught:
        invoicekit.compute(invoicekit.load(raw), provider)  # type: ignore[arg-type]
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("country", "name"), [("VE", "Venezuela"), ("NP", "Nepal"), ("AQ", "Antarctica")])
@pytest.mark.parametrize("buyer", ["DE", "FR", "US"])
@pytest.mark.parametrize("supply", ["goods", "services", "digital"])
def test_a_seller_without_data_gets_no_invented_tax(country: str, name: str, buyer: str, supply: str) -> None:
    raw = doc(supply=supply, seller={"name": "Seller", "address": {"country": country}},
              buyer={"name": "Buyer", "business": True, "address": {"country": buyer}})  # fmt: skip
    assert problems(raw) == [
        f'seller.address.country: no tax data for "{country}" ({name}): invoicekit decides no sale'
        " by a seller from there; pass a RateProvider that has its rates"
    ]


@pytest.mark.parametrize(("buyer", "supply"), [("BR", "goods"), ("DE", "goods"), ("US", "services")])
def test_a_seller_whose_taxes_are_not_modelled_is_told_why(buyer: str, supply: str) -> None:
    # Brazil has a file that says its taxes are not modelled (docs/taxdata.md, "Brazil"): a
    # domestic sale and an export alike are refused with that reason, never a zero-rated export.
    raw = doc(supply=supply, currency="BRL", seller={"name": "Vendedor", "address": {"country": "BR"}},
              buyer={"name": "Buyer", "business": True, "address": {"country": buyer}})  # fmt: skip
    [problem] = problems(raw)
    assert problem.startswith('seller.address.country: the taxes of "BR" (Brazil) are not modelled: ')
    assert 'docs/taxdata.md, "Brazil"' in problem and problem.endswith("Pass a RateProvider that has its rates.")


def test_a_caller_with_rates_decides_for_such_a_seller() -> None:
    # Brazil with the caller's own 17 %: 10.00 -> 1.70
    raw = doc(seller={"name": "Vendedor", "address": {"country": "BR"}}, buyer={"name": "B", "address": {"country": "BR"}},
              currency="BRL")  # fmt: skip
    computed = invoicekit.compute(invoicekit.load(raw), FixedRates({"standard": vat("17")}))
    assert (computed.tax, computed.gross) == (Decimal("1.70"), Decimal("11.70"))


def test_a_date_before_the_data_is_blamed_on_the_date() -> None:
    austria = {"name": "Verkäufer", "address": {"country": "AT"}}
    raw = doc(seller=austria, buyer=austria, issue_date="2015-02-01", supply_date="2014-12-31")
    not_modelled = "AT: not modelled before 2015-01-01 (asked for {}): earlier history is not recorded"
    assert problems(raw) == ["supply_date: " + not_modelled.format("2014-12-31")]
    raw = doc(seller=austria, buyer=austria, issue_date="2014-06-01")
    assert problems(raw) == ["issue_date: " + not_modelled.format("2014-06-01")]
    credit = doc(kind="credit_note", seller=austria, buyer=austria, issue_date="2015-02-01",
                 original={"number": "A-1", "issue_date": "2014-12-01"})  # fmt: skip
    assert problems(credit) == ["original.issue_date: " + not_modelled.format("2014-12-01")]


def test_a_rate_class_the_date_does_not_have_is_blamed_on_the_category() -> None:
    # The UK's 12.5 % hospitality rate (reduced2) ran from 2021-10-01 to 2022-03-31.
    uk = {"name": "Seller Ltd", "address": {"country": "GB"}}
    raw = doc(seller=uk, buyer=uk, currency="GBP", issue_date="2023-01-01",
              lines=[{"description": "Dinner", "unit_price": "10.00", "category": "reduced2"}])  # fmt: skip
    assert problems(raw) == ["lines[0].category: GB: no reduced2 VAT rate in force on 2023-01-01"]
