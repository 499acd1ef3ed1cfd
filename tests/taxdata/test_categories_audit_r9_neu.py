"""The category periods of MK, IS, UA and CH checked, corrected or reviewed in the ninth audit round
(Europe outside the EU and the CIS), each pinned on both sides of its start and end.

Expected rates are read from the sources, not from the data files:
- North Macedonia, food: the Ministry of Finance (finance.gov.mk, 2023-09-28 and 2023-10-12)
  gives the Government's Decision of 2023-09-28 on the goods at the preferential rate, in force
  2023-10-02 and amended from 2023-10-13: over 1600 products, bread, sugar, flour, oil, milk,
  meat, eggs, cheese, fruit and vegetables among them, stay at 5 %; a separate Decision puts
  products of lower consumption (reindeer meat, salmon, caviar, tropical fruit ...) at 10 %.
  The Public Revenue Office's undated page lists products for human consumption at 5 %.
- North Macedonia, accommodation (secondary): Eurofast (International Tax Review, 2014) reports
  the 5 % as already applying to accommodation before the amendment of 2014-08-06; VATupdate
  (2021-05-12) lists services of commercial tourist facilities (hotels, motels) at 5 %. The
  standard rate is 18 %.
- Iceland, hospitality: Lög nr. 50/1988, 14. gr. 2. mgr. in the Lagasafn of 2017-11-01
  (útgáfa 147, the althingi-net/lagasafn-xml mirror): 2. tölul. (hotel rooms and other
  accommodation) and 8. tölul. (food for human consumption) at 11 %, neither amended between
  2015-01-01 and 2017-11-01 except the words on alcohol (l. 125/2015, in force 2016-01-01).
- Ukraine: пп. 197.1.25 ПКУ in its wording from 2015-01-01 (Law No. 71-VIII), as the journal
  Вісник gives it, exempts periodicals of the printed mass media and books, school exercise books,
  textbooks and dictionaries "вітчизняного виробництва" (of domestic production), erotic
  publications excepted; imported ones take the standard 20 %.
- Switzerland: Art. 25 Abs. 4 MWSTG ends the 3.8 % special rate for accommodation on 2027-12-31
  at the latest; Art. 25 Abs. 1 and 2 give 8.1 % and 2.6 % with no end. No enacted increase for
  the 13th AHV pension (the Botschaft of 2024-10-16 proposes 8.8 %, 2.8 % and 4.2 %) and no
  enacted extension of the special rate were found, so the law in force is pinned on 2028-01-01.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason

# (code, day, category, rate) on both sides of each start and end checked, corrected or reviewed
# in this round; the rates are the sources' (see the module docstring), not the data's.
PINNED: list[tuple[str, str, str, str]] = [
    ("MK", "2023-10-01", "food", "5"),
    ("MK", "2023-10-02", "food", "5"),
    ("MK", "2023-10-13", "food", "5"),
    ("MK", "2015-01-01", "accommodation", "5"),
    ("MK", "2021-05-12", "accommodation", "5"),
    ("MK", "2026-12-06", "accommodation", "5"),
    ("IS", "2015-01-01", "hospitality", "11"),
    ("IS", "2017-11-01", "hospitality", "11"),
    ("CH", "2027-12-31", "accommodation", "3.8"),
    ("CH", "2028-01-01", "accommodation", "8.1"),
    ("CH", "2028-01-01", "food", "2.6"),
]


@pytest.mark.parametrize(("code", "day", "category", "expected"), PINNED)
def test_pinned_day_takes_the_sources_rate(code: str, day: str, category: str, expected: str) -> None:
    assert rate(code, day, category) == Decimal(expected)


def test_swiss_standard_rate_has_no_enacted_change_in_2028() -> None:
    """No Bundesbeschluss raising the rates for the AHV was found adopted: 8.1 % stays."""
    assert rate("CH", "2028-01-01", "standard") == Decimal("8.1")
    assert rate("CH", "2028-01-01", "reduced") == Decimal("2.6")


def test_icelandic_hospitality_is_checked_on_the_lagasafn() -> None:
    period = mapping_period("IS", "2015-01-01", "hospitality")
    assert period.checked is not None
    assert "útgáfa 147" in period.source
    assert "125/2015" in (period.note or "")


# Periods added, split or reviewed this round whose start no official text read confirms.
UNCHECKED: list[tuple[str, str, str]] = [
    ("MK", "2020-06-30", "food"),
    ("MK", "2024-06-30", "food"),
    ("MK", "2020-06-30", "accommodation"),
    ("CH", "2028-01-01", "accommodation"),
]


@pytest.mark.parametrize(("code", "day", "category"), UNCHECKED)
def test_period_with_an_unread_start_stays_unchecked(code: str, day: str, category: str) -> None:
    assert mapping_period(code, day, category).checked is None


def test_macedonian_ten_percent_food_list_is_named_from_october_2023() -> None:
    """The Government's 10 % list exists from the Decision of 2023-09-28 (in force 2023-10-02)."""
    assert "10 %" in reason("MK", "2023-10-02", "food")
    assert "reindeer" in reason("MK", "2023-10-02", "food")
    assert "reindeer" not in reason("MK", "2023-10-01", "food")


def test_macedonian_zero_rate_of_2022_is_reported_not_recorded() -> None:
    assert rate("MK", "2022-04-15", "food") == Decimal("5")
    assert "0 %" in reason("MK", "2022-04-15", "food")
    assert "secondary" in (mapping_period("MK", "2022-04-15", "food").limit or "")


def test_macedonian_accommodation_says_it_rests_on_reports() -> None:
    period = mapping_period("MK", "2020-06-30", "accommodation")
    assert "secondary" in period.source
    assert "reported" in reason("MK", "2020-06-30", "accommodation")


@pytest.mark.parametrize("category", ["books", "newspapers"])
def test_ukrainian_publications_are_exempt_only_when_domestic(category: str) -> None:
    """Пп. 197.1.25 ПКУ (wording from 2015-01-01) exempts publications of domestic production."""
    assert rate("UA", "2015-01-01", category) == Decimal("0")
    assert "domestic production" in reason("UA", "2015-01-01", category)
    assert mapping_period("UA", "2015-01-01", category).checked is None
