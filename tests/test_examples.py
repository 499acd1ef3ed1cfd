"""The place-of-supply examples compute to hand-checked totals (working in the comments)."""

import json
from pathlib import Path

import pytest

from invoicekit.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize(
    ("name", "totals", "breakdown", "jurisdictions", "reverse_charge"),
    [
        # 40 x 18.75 = 750.00; 4 x 212.00 = 848.00 less 5 % = 805.60; transport 45.00: intra-Community, 0 %
        ("eu-b2b-goods.json", ("1600.60", "0.00", "1600.60"), [("VAT", "0", "K", "1600.60", "0.00")], {"DE"}, False),
        # 12.5 h x 140.00 = 1750.00, reverse charge in France
        ("eu-b2b-services.toml", ("1750.00", "0.00", "1750.00"), [("VAT", "0", "AE", "1750.00", "0.00")], {"FR"}, True),
        # Italian consumer, prices include tax: 12.99 x 22/122 = 2.342 -> 2.34; e-book 9.99 x 4/104 = 0.384 -> 0.38
        ("eu-b2c-digital.json", ("20.26", "2.72", "22.98"), [("VAT", "22", "S", "10.65", "2.34"), ("VAT", "4", "S", "9.61", "0.38")], {"IT"}, False),
        # 6 x 1450.00 + 6 x 85.00 = 9210.00, a zero-rated Swiss export
        ("export-goods.toml", ("9210.00", "0.00", "9210.00"), [("VAT", "0", "G", "9210.00", "0.00")], {"CH"}, False),
        # Ontario seller, Quebec buyer: 249.99 + 2 x 24.50 + 15.00 delivery = 313.99;
        # GST 5 % = 15.6995 -> 15.70; QST 9.975 % = 31.3205 -> 31.32
        ("canada.json", ("313.99", "47.02", "361.01"), [("GST", "5", "S", "313.99", "15.70"), ("QST", "9.975", "S", "313.99", "31.32")], {"CA-QC"}, False),
        # Montréal seller and buyer: 12 x 34.50 + 6 x 18.75 = 414.00 + 112.50 = 526.50;
        # GST 5 % = 26.325 -> 26.33; QST 9.975 % = 52.518375 -> 52.52
        ("quebec.json", ("526.50", "78.85", "605.35"), [("GST", "5", "S", "526.50", "26.33"), ("QST", "9.975", "S", "526.50", "52.52")], {"CA-QC"}, False),
        # Karnataka to Maharashtra: 5 x 8999 + 10 x 349 = 48485.00; IGST 18 % = 8727.30
        ("india.toml", ("48485.00", "8727.30", "57212.30"), [("IGST", "18", "S", "48485.00", "8727.30")], {"IN"}, False),
        # Mexico, domestic: beans 10 x 32.50 = 325.00 at 0 % (LIVA art. 2-A); blender 1299.00 x 16 % = 207.84
        ("mx-invoice.toml", ("1624.00", "207.84", "1831.84"), [("VAT", "16", "S", "1299.00", "207.84"), ("VAT", "0", "Z", "325.00", "0.00")], {"MX"}, False),
        # Israel to Germany: 3 x 480.00 + 60.00 freight = 1500.00, a zero-rated export
        ("il-export.toml", ("1500.00", "0.00", "1500.00"), [("VAT", "0", "G", "1500.00", "0.00")], {"IL"}, False),
        # Hong Kong levies no tax: 2 x 850.00 = 1700.00, outside the scope (O)
        ("hk-invoice.toml", ("1700.00", "0.00", "1700.00"), [("VAT", "0", "O", "1700.00", "0.00")], {"HK"}, False),
    ],
)
def test_example(name, totals, breakdown, jurisdictions, reverse_charge, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["compute", str(EXAMPLES / name), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["net"], out["tax"], out["gross"]) == totals
    assert [(t["tax"], t["rate"], t["category"], t["base"], t["amount"]) for t in out["taxes"]] == breakdown
    assert {line["jurisdiction"] for line in out["lines"]} == jurisdictions
    assert out["reverse_charge"] is reverse_charge
    assert all(line["reason"] for line in out["lines"])


def test_reverse_charge_example_carries_french_wording(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["compute", str(EXAMPLES / "eu-b2b-services.toml"), "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert notes[0].startswith("Autoliquidation") and "FR40303265045" in notes[1]
