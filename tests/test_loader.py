"""Reading documents: exact numbers, defaults, and a clear error for every bad input."""

import json
from decimal import Decimal as D

import pytest
from support import doc

from invoicekit import InvoiceError, load


def problems(raw) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(InvoiceError) as err:
        load(raw)
    return [str(p) for p in err.value.problems]


def test_defaults() -> None:
    invoice = load(doc())
    assert invoice.kind == "invoice"
    assert invoice.supply == "goods"
    assert invoice.prices_include_tax is False
    assert invoice.tax_point.isoformat() == "2024-05-01"
    line = invoice.lines[0]
    assert (line.quantity, line.unit, line.category) == (D(1), "C62", "standard")
    assert invoice.buyer.business is False


def test_buyer_with_vat_id_is_a_business_by_default() -> None:
    invoice = load(doc(buyer={"name": "B", "vat_id": "FR40303265045", "address": {"country": "FR"}}))
    assert invoice.buyer.business is True


def test_supply_date_is_the_tax_point() -> None:
    assert load(doc(supply_date="2020-06-30")).tax_point.isoformat() == "2020-06-30"


def test_numbers_are_read_exactly_from_json_and_toml(tmp_path) -> None:  # type: ignore[no-untyped-def]
    json_file = tmp_path / "a.json"
    json_file.write_text(json.dumps(doc()).replace('"10.00"', "0.1"), encoding="utf-8")
    assert load(json_file).lines[0].unit_price == D("0.1")
    toml_file = tmp_path / "a.toml"
    toml_file.write_text(
        'number = "1"\nissue_date = 2024-05-01\ncurrency = "EUR"\n'
        'seller = { name = "S", address = { country = "DE" } }\n'
        'buyer = { name = "B", address = { country = "DE" } }\n'
        "[[lines]]\ndescription = \"x\"\nunit_price = 0.1\nquantity = 3\n",
        encoding="utf-8",
    )
    line = load(toml_file).lines[0]
    assert (line.unit_price, line.quantity) == (D("0.1"), D(3))


def test_error_names_path_and_problem() -> None:
    raw = doc(lines=[{"description": "a", "unit_price": "1"}] * 2 + [{"description": "c", "unit_price": "1", "quantity": "2,5"}])
    assert problems(raw) == ['lines[2].quantity: not a number: "2,5"']


def test_all_errors_are_reported_together() -> None:
    raw = doc(currency="EURO", issue_date="2024-02-30", lines=[{"unit_price": "x"}])
    raw["seller"]["address"]["country"] = "XX"
    assert problems(raw) == [
        'issue_date: not a real date: "2024-02-30"',
        'currency: unknown currency (ISO 4217 code expected): "EURO"',
        'seller.address.country: unknown country (ISO 3166-1 alpha-2 code expected): "XX"',
        "lines[0].description: required field is missing",
        'lines[0].unit_price: not a number: "x"',
    ]


def test_unknown_field_suggests_the_close_one() -> None:
    raw = doc()
    raw["lines"][0]["quantiy"] = 2
    assert problems(raw) == ['lines[0].quantiy: unknown field (did you mean "quantity"?)']


def test_float_from_python_is_refused() -> None:
    raw = doc()
    raw["lines"][0]["unit_price"] = 0.1
    assert problems(raw) == ["lines[0].unit_price: float is not exact; give the number as a string or Decimal: 0.1"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity(tmp_path, constant) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc()).replace('"10.00"', constant), encoding="utf-8")
    assert problems(file) == [f"lines[0].unit_price: not a finite number: {constant}"]


@pytest.mark.parametrize("value", ["nan", "inf", "1e5", "", " ", "1.2.3", "0x10", "١٢"])
def test_text_that_is_not_a_plain_decimal(value: str) -> None:
    raw = doc()
    raw["lines"][0]["unit_price"] = value
    (message,) = problems(raw)
    assert message.startswith("lines[0].unit_price: not a number")


def test_absurd_magnitudes() -> None:
    raw = doc()
    raw["lines"][0]["quantity"] = "1" + "0" * 20
    raw["lines"][0]["unit_price"] = "0." + "0" * 12 + "1"
    assert problems(raw) == [
        "lines[0].quantity: out of range: 100000000000000000000 (at most 15 digits before the point)",
        "lines[0].unit_price: too many decimals: 0.0000000000001 (at most 10)",
    ]


def test_empty_line_list() -> None:
    assert problems(doc(lines=[])) == ["lines: an invoice needs at least one line"]


def test_missing_required_fields() -> None:
    assert problems({}) == [
        "number: required field is missing",
        "issue_date: required field is missing",
        "currency: required field is missing",
        "seller: required field is missing",
        "buyer: required field is missing",
        "lines: required field is missing",
    ]


def test_wrong_types_and_choices() -> None:
    raw = doc(kind="bill", prices_include_tax="yes", rounding={"mode": "up"}, lines="none")
    assert problems(raw) == [
        'kind: must be one of "invoice", "receipt", "credit_note", got "bill"',
        'prices_include_tax: expected true or false, got "yes"',
        'rounding.mode: must be one of "half_up", "half_even", "down", got "up"',
        'lines: expected a list, got "none"',
    ]


def test_credit_note_without_its_original_loads() -> None:
    # EN 16931 makes the preceding invoice reference (BG-3) optional
    assert load(doc(kind="credit_note")).original is None
    assert load(doc(kind="credit_note", original=None)).original is None


def test_region_must_be_a_real_subdivision() -> None:
    raw = doc()
    raw["buyer"]["address"] = {"country": "CA", "region": "ZZ"}
    assert problems(raw) == ['buyer.address.region: unknown subdivision "CA-ZZ" (ISO 3166-2 suffix expected)']


def test_cash_rounding_step_must_fit_the_currency() -> None:
    assert problems(doc(cash_rounding="0.005")) == [
        "cash_rounding: must be a multiple of the currency's minor unit 0.01, got 0.005"
    ]
    assert problems(doc(cash_rounding="-1")) == ['cash_rounding: must be a positive step such as "0.05", got -1']


def test_file_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nope.json"
    assert problems(missing)[0].startswith(f"{missing}: cannot read")
    broken = tmp_path / "broken.json"
    broken.write_text('{"number": }', encoding="utf-8")
    assert problems(broken)[0].startswith(f"{broken}:1: not valid JSON")
    other = tmp_path / "doc.yaml"
    other.write_text("a: 1", encoding="utf-8")
    assert problems(other) == [f"{other}: unknown file type: expected .json or .toml"]


def test_invoice_is_frozen() -> None:
    invoice = load(doc())
    with pytest.raises(AttributeError):
        invoice.number = "2"  # type: ignore[misc]


def test_negative_discount_is_refused() -> None:
    raw = doc()
    raw["lines"][0]["discount"] = "-5.00"
    assert problems(raw) == ["lines[0].discount: a discount must not be negative, got -5.00"]


def test_codes_are_upper_cased() -> None:
    raw = doc(currency="eur")
    raw["buyer"]["address"] = {"country": "ca", "region": "qc"}
    invoice = load(raw)
    assert (invoice.currency, invoice.buyer.country, invoice.buyer.address.region) == ("EUR", "CA", "QC")


def test_line_amount_bound_and_huge_integers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    raw = doc(lines=[{"description": "x", "quantity": "999999999999999", "unit_price": "999999999999999"}])
    assert problems(raw) == ["lines[0]: quantity x unit_price is out of range (at most 1,000,000,000,000,000 in absolute value)"]
    raw = doc()
    raw["lines"][0]["quantity"] = 10**5000
    assert problems(raw) == ["lines[0].quantity: out of range (at most 15 digits before the point)"]
    huge = tmp_path / "huge.toml"
    huge.write_text("number = 1" + "0" * 5000 + "\n", encoding="utf-8")
    assert problems(huge) == [f"{huge}:1: a number of 5001 digits: not a readable document"]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert problems(deep) == [f"{deep}: not a readable document: nested too deeply"]


def test_format_version_and_null_original() -> None:
    assert problems(doc(format=True)) == ["format: unsupported format version True (this invoicekit reads 1)"]
    assert problems(doc(kind="invoice", original=None)) == [
        'original: only a credit note refers to an original invoice (kind is "invoice")'
    ]


def test_toml_times_and_numbers_are_named_as_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "t.toml"
    file.write_text(
        'number = "1"\nissue_date = 10:00:00\ncurrency = "EUR"\nprices_include_tax = 1.5\n'
        'seller = { name = "S", address = { country = "DE" } }\n'
        'buyer = { name = "B", address = { country = "DE" } }\n'
        '[[lines]]\ndescription = "x"\nunit_price = "1"\n',
        encoding="utf-8",
    )
    assert problems(file) == [
        "issue_date: expected a date YYYY-MM-DD, got 10:00:00",
        "prices_include_tax: expected true or false, got 1.5",
    ]
