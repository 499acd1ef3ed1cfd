"""Properties of the new jurisdictions' data: on any day from their data_from to 2030, the standard
rate answers with one VAT component, a positive rate and a source; a product category answers
with a rate no higher than the standard one (Vietnam's telecommunications, kept at 10 % through
the 8 % periods, are the one category above it)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicekit import default_table
from invoicekit.taxtable.vocabulary import PRODUCT_CATEGORIES

NEW = "MX IL CN ZA TW TH VN ID PH CL CO PE AR OM EG NG KE MA RS MK ME AL BA MD GE AM AZ UZ".split()


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(NEW),
    day=st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)),
    category=st.sampled_from(PRODUCT_CATEGORIES),
)
def test_standard_answers_and_categories_stay_at_or_below_it(code: str, day: dt.date, category: str) -> None:
    table = default_table()
    start = table.inherited(code, "data_from")
    assert isinstance(start, dt.date)
    if day < start:
        return
    (standard,) = table.resolve(code, day, "standard").components
    assert standard.tax == "VAT" and standard.rate > 0 and standard.source
    (component,) = table.resolve(code, day, category).components
    # Vietnam's telecommunications keep 10 % while the standard rate is 8 %: the one exception.
    ceiling = 10 if (code, category) == ("VN", "telecommunications") else standard.rate
    assert 0 <= component.rate <= ceiling
