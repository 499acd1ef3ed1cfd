"""The EU category mappings checked or corrected in the seventh audit round (ES and its
territories, AT, BE, NL, FI, SE, LU, IE, GR, FR-20R, MT, DE, PT, DK, IT, FR), each pinned on both
sides of its dates.

Expected rates are read from the sources, not from the data files:
- Luxembourg: the règlement grand-ducal du 26 avril 2019 (Mémorial A n° 278 of 2019), art. 1
  (the super-reduced rate, 3 %, for the publications of art. 2, point 5, "fournies sur un support
  physique ou par voie électronique", video and audible music excluded) and art. 4 (in force
  "le 1er mai 2019"); before that day electronic publications took the standard rate (17 %).
- Germany: § 12 UStG in the gesetze-im-internet.de text as last amended by Art. 18 G v.
  11.12.2023: Abs. 1, 19 %; Abs. 2 Nr. 15, seven per cent for "die nach dem 30. Juni 2020 und vor
  dem 1. Januar 2024 erbrachten Restaurant- und Verpflegungsdienstleistungen, mit Ausnahme der
  Abgabe von Getränken".
- Austria: § 10 UStG 1994 in the RIS wordings mirrored in legalize-dev/legalize-at: before the
  Steuerreformgesetz 2015/2016, Abs. 2 Z 12 (10 % for the carriage of persons by any means of
  transport) and Z 1 lit. d (10 % for the food and drink of the Anlage served in restaurants);
  from 2016-01-01, Abs. 2 Z 6 (10 %, unless Abs. 3 Z 9 applies) and Abs. 3 Z 9 (13 % for the
  carriage of persons by aircraft), dated by § 28 Abs. 42 Z 1 ("treten mit 1. Jänner 2016 in
  Kraft"); the Anlage in its wording of 2013-2015 (§ 28 Abs. 39 Z 3): Z 3 to 5, 11, 13, 15, 16 and
  26 (basic foods), Z 43 lit. a and b (printed books, newspapers and periodicals), Z 43a
  ("Arzneimittel"), all at 10 %, electronic publications not listed (20 %); § 10 Abs. 2 Z 9
  (electronic publications at 10 %) in force "mit 1. Jänner 2020" (§ 28 Abs. 49 Z 1). The 5 % for restaurants from 2020-07-01 is the COVID-19 rate
  of § 28 Abs. 52 as the Bundesministerium für Finanzen's FAQ gives it (read in the sixth round).
- Spain: Ley 28/2014, artículo primero, apartado Veintiuno, in force 2015-01-01 (disposición final
  quinta): art. 91.Dos.1.3.º of Ley 37/1992 at 4 % for medicines for human use, art. 91.Uno.1.6.º
  at 10 % for pharmaceutical products of chapter 30 other than those (a) and, for medical
  equipment, only the devices of apartado octavo of the Anexo designed for persons with
  deficiencies (c); the preamble says other medical equipment goes from 10 % to 21 %. Real
  Decreto-ley 20/2012, art. 23 (from 2012-09-01): art. 90.Uno at 21 %; art. 91.Uno (10 %) 1.1.º
  food except alcoholic drinks and 2.1.º passenger transport; art. 91.Dos (4 %) 1.1.º the listed
  staples and 1.2.º books, newspapers and periodicals supplied as goods. No other act amended
  those numbers before 2015-01-01 (the BOE's record of amending acts).
- Canary Islands: Ley 4/2012 as consolidated after Ley 8/2012, with Ley 9/2014 (art. 3) and Ley
  11/2014 (disposición final tercera), the only acts amending arts. 51 to 56 before 2016: art. 51
  (tipo cero, 3 %, general 7 %), art. 52 b), c), d), n) (staples, medicines for human use,
  printed books and periodicals, inter-island sea and air transport at tipo cero), art. 54.1 b),
  c), f), g), h) and 54.2 c) (devices for physical deficiencies and medical devices, agricultural
  inputs, other food, land passenger transport at 3 %). For medical devices also, read as
  enacted: Ley 11/2015 (disposición final primera) and Ley 3/2016 (disposición final cuarta),
  which leave art. 54.1 b), c) and e) at 3 %; Ley 7/2017 (disposición final primera: art. 52 p),
  wheelchairs at tipo cero from 2018-01-01); Ley 7/2018, Ley 19/2019, Ley 7/2020 and Ley 7/2022,
  which leave art. 52 p) and art. 54.1 c) as they were; Ley 7/2023 (disposición final séptima: art. 52 p)
  rewritten for the devices of a new anexo, in force 2024-01-01); Ley 5/2024 (disposición final
  undécima), which does not touch them.
"""

from decimal import Decimal

import pytest
from taxdata_audit import mapping_period, rate, reason


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2019-01-01", "17"), ("2019-04-30", "17"), ("2019-05-01", "3"), ("2026-07-01", "3")],
)
def test_luxembourg_ebooks_take_3_percent_from_may_2019(day: str, expected: str) -> None:
    assert rate("LU", day, "ebooks") == Decimal(expected)


def test_luxembourg_ebooks_period_is_checked_against_the_regulation_of_april_2019() -> None:
    period = mapping_period("LU", "2019-05-01", "ebooks")
    assert period.start.isoformat() == "2019-05-01"
    assert period.checked is not None
    assert "a278" in period.source
    assert "1er mai 2019" in period.source


def test_luxembourg_electronic_newspapers_condition_gives_the_may_2019_start() -> None:
    assert "only from 2019-05-01" in reason("LU", "2019-05-01", "newspapers")


# day=rate on both sides of each end of the German reduced rate for restaurant food. In the
# second half of 2020 the reduced class itself stood at 5 % (§ 28 Abs. 2 UStG, not re-read in
# this round), so those days are pinned to the class, not to a figure.
GERMAN_RESTAURANT_FOOD = "2020-06-30=19 2021-01-01=7 2023-12-31=7 2024-01-01=19 2025-12-31=19"


@pytest.mark.parametrize("pair", GERMAN_RESTAURANT_FOOD.split())
def test_german_restaurant_food_follows_section_12_2_15(pair: str) -> None:
    day, expected = pair.split("=")
    assert rate("DE", day, "restaurant_food") == Decimal(expected)


@pytest.mark.parametrize("day", ["2020-07-01", "2020-12-31"])
def test_german_restaurant_food_takes_the_reduced_class_from_july_2020(day: str) -> None:
    assert mapping_period("DE", day, "restaurant_food").value == "reduced"
    assert rate("DE", day, "restaurant_food") == rate("DE", day, "reduced")
    assert rate("DE", day, "restaurant_food") < rate("DE", day, "standard")


@pytest.mark.parametrize("day", ["2020-07-01", "2023-12-31", "2024-01-01", "2025-12-31"])
def test_german_restaurant_periods_cite_the_consolidated_ustg(day: str) -> None:
    period = mapping_period("DE", day, "restaurant_food")
    assert period.checked is not None
    assert "vor dem 1. Januar 2024" in period.source
    assert "11.12.2023" in period.source


def test_german_restaurant_rate_excludes_drinks() -> None:
    assert "mit Ausnahme der Abgabe von Getränken" in reason("DE", "2021-05-01", "restaurant_food")


# code:category:day=rate on both sides of the periods checked in this round (Austria), and on
# 2015-01-01 for Spain (the wording of RDL 20/2012, BOE-A-2012-9364) and the Canary Islands (Ley
# 4/2012 as amended up to Ley 11/2014, BOE-A-2015-1113).
DAYS = (
    "AT:passenger_transport:2015-01-01=10 AT:passenger_transport:2015-12-31=10 "
    "AT:passenger_transport:2016-01-01=10 AT:restaurant_food:2015-01-01=10 "
    "AT:restaurant_food:2020-06-30=10 AT:restaurant_food:2020-07-01=5 "
    "AT:basic_food:2015-01-01=10 AT:books:2015-01-01=10 AT:newspapers:2015-01-01=10 "
    "AT:medicines:2015-01-01=10 AT:ebooks:2015-01-01=20 AT:ebooks:2019-12-31=20 "
    "AT:ebooks:2020-01-01=10 "
    "ES:food:2015-01-01=10 ES:basic_food:2015-01-01=4 ES:passenger_transport:2015-01-01=10 "
    "ES:ebooks:2015-01-01=21 "
    "ES-CN:basic_food:2015-01-01=0 ES-CN:food:2015-01-01=3 ES-CN:restaurant_food:2015-01-01=7 "
    "ES-CN:hospitality:2015-01-01=7 ES-CN:accommodation:2015-01-01=7 "
    "ES-CN:passenger_transport:2015-01-01=3 ES-CN:books:2015-01-01=0 "
    "ES-CN:newspapers:2015-01-01=0 ES-CN:ebooks:2015-01-01=7 ES-CN:medicines:2015-01-01=0 "
    "ES-CN:medical_devices:2015-01-01=3 ES-CN:agricultural:2015-01-01=3"
).split()
SOURCE_OF_2015 = {"ES": "BOE-A-2012-9364", "ES-CN": "BOE-A-2015-1113"}


@pytest.mark.parametrize("entry", DAYS)
def test_rates_on_the_days_pinned_in_this_round(entry: str) -> None:
    code, category, pair = entry.split(":")
    day, expected = pair.split("=")
    assert rate(code, day, category) == Decimal(expected)


@pytest.mark.parametrize("entry", [e for e in DAYS if e.split(":")[0] in SOURCE_OF_2015])
def test_spanish_and_canary_2015_periods_cite_the_dated_wordings(entry: str) -> None:
    code, category, _ = entry.split(":")
    period = mapping_period(code, "2015-01-01", category)
    assert period.checked is not None
    assert SOURCE_OF_2015[code] in period.source


def test_austrian_passenger_transport_is_split_where_air_carriage_moves_to_13_percent() -> None:
    before = mapping_period("AT", "2015-12-31", "passenger_transport")
    after = mapping_period("AT", "2016-01-01", "passenger_transport")
    assert before.end is not None and before.end.isoformat() == "2015-12-31"
    assert after.start.isoformat() == "2016-01-01"
    assert before.checked is not None and after.checked is not None
    assert "Luftverkehrsfahrzeugen" in after.source
    assert "by aircraft takes 13 %" in reason("AT", "2016-01-01", "passenger_transport")
    assert "by aircraft takes 13 %" not in reason("AT", "2015-12-31", "passenger_transport")
    assert rate("AT", "2016-01-01", "reduced2") == Decimal("13")


def test_austrian_restaurant_food_2015_is_checked_with_the_anlage_condition() -> None:
    period = mapping_period("AT", "2015-01-01", "restaurant_food")
    assert period.checked is not None
    assert "Restaurationsumsätze" in period.source
    assert "listed in the Anlage" in reason("AT", "2015-01-01", "restaurant_food")


AUSTRIAN_DATED_STARTS = (
    "basic_food:2015-01-01 books:2015-01-01 newspapers:2015-01-01 medicines:2015-01-01 "
    "ebooks:2015-01-01 ebooks:2020-01-01"
)


@pytest.mark.parametrize("entry", AUSTRIAN_DATED_STARTS.split())
def test_austrian_2015_and_2020_periods_cite_the_dated_wordings(entry: str) -> None:
    category, day = entry.split(":")
    period = mapping_period("AT", day, category)
    assert period.start.isoformat() == day
    assert period.checked is not None
    assert "§ 28 Abs. 49 Z 1" in period.source or "§ 28 Abs. 39 Z 3" in period.source


def test_austrian_ebooks_exclude_video_music_and_advertising() -> None:
    assert "video or music" in reason("AT", "2020-01-01", "ebooks")


@pytest.mark.parametrize("category", ["medicines", "medical_devices"])
def test_spanish_medicines_and_devices_are_checked_against_ley_28_2014(category: str) -> None:
    period = mapping_period("ES", "2015-01-01", category)
    assert period.start.isoformat() == "2015-01-01"
    assert period.checked is not None
    assert "BOE-A-2014-12329" in period.source


def test_spanish_medicines_and_devices_rates_from_2015() -> None:
    assert rate("ES", "2015-01-01", "medicines") == Decimal("4")
    assert rate("ES", "2015-01-01", "medical_devices") == Decimal("10")


def test_spanish_medical_devices_limit_sends_other_devices_to_21_percent() -> None:
    text = reason("ES", "2015-01-01", "medical_devices")
    assert "apartado octavo" in text
    assert "other medical devices take 21 %" in text
    assert "veterinary medicines" in reason("ES", "2015-01-01", "medicines")


def test_spanish_2015_periods_end_where_the_later_acts_take_over() -> None:
    assert rate("ES", "2020-04-22", "ebooks") == Decimal("21")
    assert rate("ES", "2020-04-23", "ebooks") == Decimal("4")
    assert rate("ES", "2022-12-31", "basic_food") == Decimal("4")
    assert rate("ES", "2023-01-01", "basic_food") == Decimal("0")
    assert "alcoholic drinks" in reason("ES", "2015-01-01", "food")
    assert "Código Alimentario" in reason("ES", "2015-01-01", "basic_food")


def test_canary_medical_devices_take_3_percent_until_2023() -> None:
    """Art. 54.1 b) and c) of Ley 4/2012: 3 % (2015 wording, untouched by Ley 11/2015 and Ley
    3/2016). Ley 7/2017 puts wheelchairs at tipo cero from 2018 (art. 52 p)); Ley 7/2023 rewrites
    art. 52 p) with an anexo from 2024-01-01. The data had tipo cero from 2015."""
    assert rate("ES-CN", "2023-12-31", "medical_devices") == Decimal("3")
    assert rate("ES-CN", "2024-01-01", "medical_devices") == Decimal("0")
    assert mapping_period("ES-CN", "2017-12-31", "medical_devices").checked is not None
    assert "BOE-A-2017-6861" in mapping_period("ES-CN", "2017-12-31", "medical_devices").source
    later = mapping_period("ES-CN", "2018-01-01", "medical_devices")
    assert later.checked is not None
    assert all(act in later.source for act in ("BOE-A-2019-860", "BOE-A-2020-1566", "BOE-A-2023-5961"))
    assert "sillas de ruedas" in mapping_period("ES-CN", "2018-01-01", "medical_devices").source
    period = mapping_period("ES-CN", "2024-01-01", "medical_devices")
    assert period.checked is not None
    assert "BOE-A-2024-10011" in period.source
    assert period.end is not None and period.end.isoformat() == "2025-10-20"
    assert mapping_period("ES-CN", "2025-10-21", "medical_devices").checked is not None


def test_canary_food_is_split_where_the_texto_refundido_takes_effect() -> None:
    assert mapping_period("ES-CN", "2025-10-20", "food").checked is not None
    assert mapping_period("ES-CN", "2025-10-21", "food").checked is None
    assert rate("ES-CN", "2025-10-21", "food") == Decimal("3")
    assert "inter-island" not in reason("ES-CN", "2015-01-01", "food")
    assert "between the islands takes tipo cero" in reason("ES-CN", "2015-01-01", "passenger_transport")


def test_canary_salt_butter_and_coffee_join_the_staples_on_8_april_2026() -> None:
    """Decreto-ley 3/2026, art. 3 (numbers 11.º bis to quater of art. 33.Uno of the texto
    refundido, 'con efectos desde la entrada en vigor') and disposición final segunda (in force the
    day after its publication in the BOC of 2026-04-07)."""
    assert "from 2026-04-08, salt, butter and roasted coffee" in reason("ES-CN", "2026-04-08", "basic_food")
    assert "2026-04-08" in reason("ES-CN", "2026-04-08", "food")
