"""The tax table is cached for the whole process: what it hands out cannot be changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

import invoicekit
from invoicekit.frozen import FrozenDict


def test_records_of_the_shared_table_cannot_be_changed() -> None:
    table = invoicekit.default_table()
    germany = table.jurisdiction("DE")
    with pytest.raises(AttributeError):
        germany.rates.clear()  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        germany.rates[("VAT", "standard")] = germany.rates[("VAT", "reduced")]  # type: ignore[index]
    with pytest.raises(AttributeError):
        germany.categories.pop("food")  # type: ignore[attr-defined]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        germany.name = "Deutschland"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        table.chain("DE-BY" if table.has("DE-BY") else "DE").append(germany)  # type: ignore[attr-defined]
    series = germany.rates[("VAT", "standard")]
    assert isinstance(series.periods, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        series.periods[-1].value = Decimal(0)  # type: ignore[misc]
    # still the real rate for every later caller: 19 % since 2021-01-01 (§ 12 Abs. 1 UStG)
    assert invoicekit.rates("DE", on=date(2024, 6, 1))[0].rate == Decimal(19)
    assert table.jurisdiction("DE") is germany


def test_frozen_dict_is_a_read_only_mapping() -> None:
    frozen = FrozenDict({"a": 1})
    assert frozen == {"a": 1} and len(frozen) == 1 and list(frozen) == ["a"]
    assert hash(frozen) == hash(FrozenDict([("a", 1)]))
    with pytest.raises(AttributeError):
        frozen._data = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        del frozen["a"]  # type: ignore[attr-defined]
