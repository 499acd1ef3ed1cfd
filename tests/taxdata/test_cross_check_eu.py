"""Cross-check of the EU rates against an independent dataset (eu-vat-rates-data, a
test-only dependency). It is a snapshot of one day, so the comparison is on that day.

Known, explained differences are listed; anything else fails."""

import datetime as dt
from decimal import Decimal

import eu_vat_rates_data as independent
import pytest

from invoicekit import RateNotFound, default_table
from invoicekit.taxtable.vocabulary import SERIES_CLASSES

EU_27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
SNAPSHOT = dt.date.fromisoformat(independent.data_version)

# Rates we hold that the other dataset does not (or the reverse), with the reason.
KNOWN: dict[str, tuple[set[str], set[str]]] = {
    # (ours only, theirs only)
    "GR": (set(), {"17", "4"}),  # their 17 % / 4 % are the Aegean islands' rates, which we keep in a note
    "IE": ({"4.8"}, set()),  # the livestock rate, kept by us as super_reduced
    "AT": (set(), {"19"}),  # 19 %: German VAT in Jungholz and Mittelberg (no ISO 3166-2 code of their own)
    "PT": (set(), {"16", "22"}),  # the Azores' and Madeira's standard rates: our PT-20 and PT-30 files
    # the overseas departments (8.5 %, 1.05 %) are our FR-971/972/974 files; Corsica's 13 % and 0.9 %
    # apply to no category of the vocabulary and are described in FR-20R.toml
    "FR": (set(), {"13", "0.9", "8.5", "1.05"}),
}


def _ours(code: str) -> tuple[Decimal, set[str]]:
    table = default_table()
    standard = table.resolve(code, SNAPSHOT, "standard").components[0].rate
    others = set()
    for rate_class in SERIES_CLASSES[1:]:
        try:
            rate = table.resolve(code, SNAPSHOT, rate_class).components[0].rate
        except RateNotFound:
            continue
        others.add(f"{rate.normalize():f}")
    return standard, others


def _theirs(code: str) -> tuple[Decimal, set[str]]:
    data = independent.get_rate("EL" if code == "GR" else code) or independent.get_rate(code)
    assert data is not None, code
    rates = [*list(data["reduced"] or []), data["super_reduced"], data["parking"]]
    return Decimal(str(data["standard"])), {f"{Decimal(str(r)).normalize():f}" for r in rates if r is not None}


def test_snapshot_is_recent() -> None:
    assert SNAPSHOT >= dt.date(2026, 1, 1)


@pytest.mark.parametrize("code", EU_27)
def test_eu_rates_agree_with_an_independent_dataset(code: str) -> None:
    our_standard, our_others = _ours(code)
    their_standard, their_others = _theirs(code)
    assert our_standard == their_standard
    ours_only, theirs_only = KNOWN.get(code, (set(), set()))
    assert our_others - their_others == ours_only, f"{code}: only ours {our_others - their_others}"
    assert their_others - our_others == theirs_only, f"{code}: only theirs {their_others - our_others}"
