"""Austria's temporary 5 % for publications (§ 28 Abs. 52 UStG 1994), pinned on both sides of
each end as the Bundesministerium für Finanzen states them in its FAQ "Ermäßigter Steuersatz
Gastronomie, Beherbergung, Kultur und Publikationen" (bmf.gv.at): the measure ran from
2020-07-01 to 2021-12-31, but for newspapers, other periodicals and such electronic publications
the 5 % applied only until 2020-12-31. Before and after, publications of Anlage 1 take the
reduced rate of § 10 Abs. 2, 10 %.
"""

import datetime as dt
from decimal import Decimal

import pytest

from invoicekit import rates


def rate(day: str, category: str) -> Decimal:
    (component,) = rates("AT", on=dt.date.fromisoformat(day), category=category)
    return component.rate


@pytest.mark.parametrize(
    ("day", "category", "expected"),
    [
        ("2020-06-30", "newspapers", "10"),
        ("2020-07-01", "newspapers", "5"),
        ("2020-12-31", "newspapers", "5"),
        ("2021-01-01", "newspapers", "10"),
        ("2021-12-31", "newspapers", "10"),
        ("2022-01-01", "newspapers", "10"),
        ("2020-06-30", "books", "10"),
        ("2020-07-01", "books", "5"),
        ("2021-01-01", "books", "5"),
        ("2021-12-31", "books", "5"),
        ("2022-01-01", "books", "10"),
        ("2021-01-01", "ebooks", "5"),
        ("2021-12-31", "ebooks", "5"),
        ("2022-01-01", "ebooks", "10"),
    ],
)
def test_publications_five_percent_ends(day: str, category: str, expected: str) -> None:
    assert rate(day, category) == Decimal(expected)


@pytest.mark.parametrize("category", ["restaurant_food", "accommodation"])
@pytest.mark.parametrize(
    ("day", "expected"),
    [("2020-07-01", "5"), ("2021-01-01", "5"), ("2021-12-31", "5"), ("2022-01-01", "10")],
)
def test_gastronomy_and_accommodation_keep_five_percent_through_2021(
    category: str, day: str, expected: str
) -> None:
    """The FAQ: food and drinks served and accommodation kept the 5 % until 2021-12-31."""
    assert rate(day, category) == Decimal(expected)
