"""The temporal-expression finder and resolver (veille.extract.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.dates import (
    KINDS,
    DateMention,
    find_dates,
    interval_overlaps,
    parse_dateline,
    parse_published,
    resolve_anchor,
)
from veille.records import DATE_PRECISIONS, DateInterval

ANCHOR = dt.date(2025, 11, 4)  # a Tuesday
Expected = tuple[str, str | None, str | None, str, str]  # text, start, end, precision, kind


def one(text: str, anchor: dt.date | None = ANCHOR, *, upper: bool = False) -> DateMention:
    got = find_dates(text, anchor, upper=upper)
    assert len(got) == 1, [m.text for m in got]
    return got[0]


def summary(m: DateMention) -> Expected:
    return (m.text, m.interval.start, m.interval.end, m.interval.precision, m.kind)


def check(sentence: str, expected: Expected, anchor: dt.date | None = ANCHOR) -> None:
    m = one(sentence, anchor)
    assert summary(m) == expected
    assert sentence[m.start : m.end] == m.text == m.interval.text


# --- explicit days ---------------------------------------------------------------------------

EXPLICIT_DAYS = [
    (
        "Gunmen stormed the hotel on 3 January 2024.",
        ("3 January 2024", "2024-01-03", "2024-01-03", "day", "point"),
    ),
    (
        "Gunmen stormed the hotel on January 3, 2024, police said.",
        ("January 3, 2024", "2024-01-03", "2024-01-03", "day", "point"),
    ),
    (
        "The cell was broken up on Jan. 3 after a tip-off.",
        ("Jan. 3", "2025-01-03", "2025-01-03", "day", "point"),
    ),
    (
        "The convoy was ambushed on 3rd of February 2019.",
        ("3rd of February 2019", "2019-02-03", "2019-02-03", "day", "point"),
    ),
    (
        "The convoy was ambushed on February 3rd.",
        ("February 3rd", "2025-02-03", "2025-02-03", "day", "point"),
    ),
    (
        "The verdict came on the first of May 2021.",
        ("the first of May 2021", "2021-05-01", "2021-05-01", "day", "point"),
    ),
    (
        "Troops entered the town on 3 JAN 90.",
        ("3 JAN 90", "1990-01-03", "1990-01-03", "day", "point"),
    ),
    (
        "It was signed on 14 Feb 05, officials said.",
        ("14 Feb 05", "2005-02-14", "2005-02-14", "day", "point"),
    ),
    (
        "The raid took place on 2024-01-03 at dawn.",
        ("2024-01-03", "2024-01-03", "2024-01-03", "day", "point"),
    ),
    (
        "The raid took place on 03/01/2024 at dawn.",
        ("03/01/2024", "2024-01-03", "2024-01-03", "day", "point"),
    ),
    (
        "The raid took place on 12/25/2024 at dawn.",
        ("12/25/2024", "2024-12-25", "2024-12-25", "day", "point"),
    ),
    (
        "The raid took place on 5.6.2023 at dawn.",
        ("5.6.2023", "2023-06-05", "2023-06-05", "day", "point"),
    ),
    (
        "Two bombs exploded on the 3rd, police said.",
        ("the 3rd", "2025-11-03", "2025-11-03", "day", "point"),
    ),
    ("Two bombs exploded on the 20th.", ("the 20th", "2025-10-20", "2025-10-20", "day", "point")),
    (
        "He was seized on the 5th of last month.",
        ("the 5th of last month", "2025-10-05", "2025-10-05", "day", "point"),
    ),
    (
        "On Tuesday, 14 October 2025, the court ruled.",
        ("Tuesday, 14 October 2025", "2025-10-14", "2025-10-14", "day", "point"),
    ),
    (
        "The hearing was held on 29 February 2024.",
        ("29 February 2024", "2024-02-29", "2024-02-29", "day", "point"),
    ),
    (
        "The blast on Sept. 11, 2012 hit the compound.",
        ("Sept. 11, 2012", "2012-09-11", "2012-09-11", "day", "point"),
    ),
    (
        "Security was tightened in the wake of 9/11.",
        ("9/11", "2001-09-11", "2001-09-11", "day", "point"),
    ),
    (
        "He spoke of the September 11 attacks.",
        ("September 11", "2001-09-11", "2001-09-11", "day", "point"),
    ),
    (
        "The 2002 game got the highest ranking because it followed the September 11 terror attacks.",
        ("September 11", "2001-09-11", "2001-09-11", "day", "point"),
    ),
    (
        "The attack, on Oct 7 in the north, killed four.",
        ("Oct 7", "2025-10-07", "2025-10-07", "day", "point"),
    ),
]


@pytest.mark.parametrize("sentence,expected", EXPLICIT_DAYS)
def test_explicit_days(sentence: str, expected: Expected) -> None:
    check(sentence, expected)


# --- weekdays and days counted from the anchor -----------------------------------------------

RELATIVE_DAYS = [
    (
        "Police arrested four men on Tuesday.",
        ("Tuesday", "2025-11-04", "2025-11-04", "day", "point"),
    ),
    ("Police arrested four men on Monday.", ("Monday", "2025-11-03", "2025-11-03", "day", "point")),
    (
        "Police arrested four men on Wednesday.",
        ("Wednesday", "2025-10-29", "2025-10-29", "day", "point"),
    ),
    (
        "Police arrested four men last Tuesday.",
        ("last Tuesday", "2025-10-28", "2025-10-28", "day", "point"),
    ),
    (
        "Police arrested four men last Friday.",
        ("last Friday", "2025-10-31", "2025-10-31", "day", "point"),
    ),
    (
        "Police arrested four men this past Sunday.",
        ("this past Sunday", "2025-11-02", "2025-11-02", "day", "point"),
    ),
    (
        "The bomb went off on Monday night.",
        ("Monday night", "2025-11-03", "2025-11-03", "day", "point"),
    ),
    (
        "The bomb went off late on Saturday.",
        ("late on Saturday", "2025-11-01", "2025-11-01", "day", "point"),
    ),
    (
        "The bomb went off Thursday last week.",
        ("Thursday last week", "2025-10-30", "2025-10-30", "day", "point"),
    ),
    ("The trial opens next Monday.", ("next Monday", "2025-11-10", "2025-11-10", "day", "point")),
    ("The bomb went off yesterday.", ("yesterday", "2025-11-03", "2025-11-03", "day", "relative")),
    ("The bomb went off today.", ("today", "2025-11-04", "2025-11-04", "day", "relative")),
    (
        "The bomb went off this morning.",
        ("this morning", "2025-11-04", "2025-11-04", "day", "relative"),
    ),
    (
        "The bomb went off last night.",
        ("last night", "2025-11-03", "2025-11-03", "day", "relative"),
    ),
    (
        "Two attacks were perpetrated last evening.",
        ("last evening", "2025-11-03", "2025-11-03", "day", "relative"),
    ),
    (
        "The gunmen had attacked guests the previous evening.",
        ("the previous evening", "2025-11-03", "2025-11-03", "day", "relative"),
    ),
    (
        "The bomb went off the day before yesterday.",
        ("the day before yesterday", "2025-11-02", "2025-11-02", "day", "relative"),
    ),
    ("The hearing resumes tomorrow.", ("tomorrow", "2025-11-05", "2025-11-05", "day", "relative")),
    (
        "The bomb went off three days ago.",
        ("three days ago", "2025-11-01", "2025-11-01", "day", "relative"),
    ),
    (
        "The bomb went off 10 days ago.",
        ("10 days ago", "2025-10-25", "2025-10-25", "day", "relative"),
    ),
    (
        "The bomb went off two weeks ago.",
        ("two weeks ago", "2025-10-19", "2025-10-26", "week", "relative"),
    ),
    (
        "Another bomb exploded on that corner a few weeks ago.",
        ("a few weeks ago", "2025-09-23", "2025-10-21", "month", "relative"),
    ),
    (
        "The cell was broken up several days ago.",
        ("several days ago", "2025-10-29", "2025-11-02", "week", "relative"),
    ),
    (
        "The bomb went off a couple of weeks ago.",
        ("a couple of weeks ago", "2025-10-19", "2025-10-26", "week", "relative"),
    ),
    (
        "The bomb went off a year ago.",
        ("a year ago", "2024-01-01", "2024-12-31", "year", "relative"),
    ),
    ("Arrests were made last week.", ("last week", "2025-10-26", "2025-11-02", "week", "relative")),
    ("Arrests were made this week.", ("this week", "2025-11-02", "2025-11-09", "week", "relative")),
    (
        "Arrests were made earlier this week.",
        ("earlier this week", "2025-11-03", "2025-11-04", "week", "relative"),
    ),
    (
        "Arrests were made last month.",
        ("last month", "2025-10-01", "2025-10-31", "month", "relative"),
    ),
    (
        "Arrests were made earlier this month.",
        ("earlier this month", "2025-11-01", "2025-11-04", "month", "relative"),
    ),
    ("Arrests were made last year.", ("last year", "2024-01-01", "2024-12-31", "year", "relative")),
    (
        "Arrests were made late last year.",
        ("late last year", "2024-09-01", "2024-12-31", "year", "relative"),
    ),
    ("Arrests were made this year.", ("this year", "2025-01-01", "2025-12-31", "year", "relative")),
    (
        "Arrests were made earlier this year.",
        ("earlier this year", "2025-01-01", "2025-11-04", "year", "relative"),
    ),
    (
        "Arrests were made last weekend.",
        ("last weekend", "2025-11-01", "2025-11-02", "week", "relative"),
    ),
    (
        "Arrests were made over the weekend.",
        ("the weekend", "2025-11-01", "2025-11-02", "week", "relative"),
    ),
    (
        "Arrests were made in the past 24 hours.",
        ("the past 24 hours", "2025-11-03", "2025-11-04", "day", "relative"),
    ),
    (
        "Attacks rose over the past two years.",
        ("the past two years", "2023-11-04", "2025-11-04", "year", "relative"),
    ),
    (
        "Attacks rose over the past week.",
        ("the past week", "2025-10-28", "2025-11-04", "week", "relative"),
    ),
    (
        "Attacks rose in the last three months.",
        ("the last three months", "2025-08-04", "2025-11-04", "month", "relative"),
    ),
    (
        "Talks are planned over the next 10 days.",
        ("the next 10 days", "2025-11-04", "2025-11-14", "day", "relative"),
    ),
]


@pytest.mark.parametrize("sentence,expected", RELATIVE_DAYS)
def test_relative_days(sentence: str, expected: Expected) -> None:
    check(sentence, expected)


# --- months, seasons, years ------------------------------------------------------------------

MONTHS_AND_YEARS = [
    ("The group was banned in March.", ("March", "2025-03-01", "2025-03-31", "month", "point")),
    (
        "The group was banned in November.",
        ("November", "2025-11-01", "2025-11-30", "month", "point"),
    ),
    (
        "The group was banned in December.",
        ("December", "2024-12-01", "2024-12-31", "month", "point"),
    ),
    (
        "The group was banned in March 2019.",
        ("March 2019", "2019-03-01", "2019-03-31", "month", "point"),
    ),
    (
        "The group was banned in March, 2019.",
        ("March, 2019", "2019-03-01", "2019-03-31", "month", "point"),
    ),
    (
        "The group was banned in March of 2019.",
        ("March of 2019", "2019-03-01", "2019-03-31", "month", "point"),
    ),
    (
        "The group was banned in May last year.",
        ("May last year", "2024-05-01", "2024-05-31", "month", "point"),
    ),
    ("The group was banned last May.", ("last May", "2025-05-01", "2025-05-31", "month", "point")),
    # a capitalised "May" before its day is the month, whatever verb follows the day
    (
        "The offensive the army started on May 23 has killed dozens.",
        ("May 23", "2025-05-23", "2025-05-23", "day", "point"),
    ),
    (
        "The group was banned last November.",
        ("last November", "2024-11-01", "2024-11-30", "month", "point"),
    ),
    (
        "The group was banned in late October.",
        ("late October", "2025-10-21", "2025-10-31", "month", "point"),
    ),
    (
        "The group was banned in early January.",
        ("early January", "2025-01-01", "2025-01-10", "month", "point"),
    ),
    (
        "The group was banned in mid-June.",
        ("mid-June", "2025-06-11", "2025-06-20", "month", "point"),
    ),
    (
        "The group was banned in mid June 2018.",
        ("mid June 2018", "2018-06-11", "2018-06-20", "month", "point"),
    ),
    (
        "The group was banned at the end of February.",
        ("the end of February", "2025-02-21", "2025-02-28", "month", "point"),
    ),
    (
        "The group was banned at the beginning of April.",
        ("the beginning of April", "2025-04-01", "2025-04-10", "month", "point"),
    ),
    ("The group was banned in 2023.", ("2023", "2023-01-01", "2023-12-31", "year", "point")),
    (
        "The group was banned in early 2019.",
        ("early 2019", "2019-01-01", "2019-04-30", "year", "point"),
    ),
    (
        "The group was banned in mid-2019.",
        ("mid-2019", "2019-05-01", "2019-08-31", "year", "point"),
    ),
    (
        "The group was banned at the end of 2019.",
        ("the end of 2019", "2019-09-01", "2019-12-31", "year", "point"),
    ),
    (
        "Arrests rose in the first half of 2024.",
        ("the first half of 2024", "2024-01-01", "2024-06-30", "year", "point"),
    ),
    (
        "Arrests rose in the third quarter of 2024.",
        ("the third quarter of 2024", "2024-07-01", "2024-09-30", "year", "point"),
    ),
    ("Arrests rose in Q3 2019.", ("Q3 2019", "2019-07-01", "2019-09-30", "year", "point")),
    ("Arrests rose last summer.", ("last summer", "2025-06-01", "2025-08-31", "year", "point")),
    (
        "Arrests rose in the spring of 2016.",
        ("the spring of 2016", "2016-03-01", "2016-05-31", "year", "point"),
    ),
    ("Arrests rose in the winter.", ("the winter", "2024-12-01", "2025-02-28", "year", "point")),
    (
        "The insurgency began in the 1990s.",
        ("the 1990s", "1990-01-01", "1999-12-31", "year", "point"),
    ),
    (
        "The insurgency began in the late 1980s.",
        ("the late 1980s", "1987-01-01", "1989-12-31", "year", "point"),
    ),
    ("He recalled the 2015 Paris attacks.", ("2015", "2015-01-01", "2015-12-31", "year", "point")),
    # one happening before its year: a year, not a count of attacks
    (
        "One 2004 attack hit the U.S. consulate in Jeddah, killing nine.",
        ("2004", "2004-01-01", "2004-12-31", "year", "point"),
    ),
    # a month in the possessive, and a day before the noun it dates (not "22 attacks")
    (
        "He is wanted over November's attacks in Paris.",
        ("November", "2025-11-01", "2025-11-30", "month", "point"),
    ),
    ("The March 22 attacks killed 32.", ("March 22", "2025-03-22", "2025-03-22", "day", "point")),
    # ... after "a" too
    (
        "They studied a June 28 attack on the airport.",
        ("June 28", "2025-06-28", "2025-06-28", "day", "point"),
    ),
]


@pytest.mark.parametrize("sentence,expected", MONTHS_AND_YEARS)
def test_months_and_years(sentence: str, expected: Expected) -> None:
    check(sentence, expected)


def test_past_is_preferred_for_a_yearless_month() -> None:
    m = one("The group was banned in March.", dt.date(2025, 2, 10))
    assert (m.interval.start, m.interval.end) == ("2024-03-01", "2024-03-31")


def test_a_month_containing_the_anchor_is_the_current_one() -> None:
    m = one("The group was banned in February.", dt.date(2025, 2, 10))
    assert m.interval.start == "2025-02-01"


@pytest.mark.parametrize(
    "sentence,start",
    [
        ("Elections will be held in March.", "2025-03-01"),
        ("The trial is scheduled for March.", "2025-03-01"),
        ("The summit is expected to take place in late March.", "2025-03-21"),
        ("He will appear in court on Thursday.", "2025-02-13"),
    ],
)
def test_future_cue_picks_the_next_occurrence(sentence: str, start: str) -> None:
    assert one(sentence, dt.date(2025, 2, 10)).interval.start == start


def test_future_cue_only_counts_in_the_same_sentence() -> None:
    m = one("Elections will be held soon. The attack came in March.", dt.date(2025, 2, 10))
    assert m.interval.start == "2024-03-01"


def test_a_yearless_day_a_few_weeks_ahead_is_upcoming() -> None:
    # Yearless days up to 30 days after the anchor are taken as upcoming, not a year old.
    assert one("Voting ends on March 15.", dt.date(2025, 3, 9)).interval.start == "2025-03-15"
    assert one("Voting ended on March 15.", dt.date(2025, 2, 1)).interval.start == "2024-03-15"


def test_weekday_with_date_picks_the_matching_year() -> None:
    # 3 March is a Monday in 2025, a Sunday in 2024, a Tuesday in 2026.
    m = one("The attack came on Sunday, March 3.", dt.date(2025, 6, 1))
    assert m.interval.start == "2024-03-03"


# --- intervals -------------------------------------------------------------------------------

INTERVALS = [
    (
        "Nine cells were dismantled since January.",
        ("since January", "2025-01-01", "2025-11-04", "month", "since"),
    ),
    (
        "Nine cells were dismantled since 2015.",
        ("since 2015", "2015-01-01", "2025-11-04", "year", "since"),
    ),
    (
        "Nine cells were dismantled since 3 March.",
        ("since 3 March", "2025-03-03", "2025-11-04", "day", "since"),
    ),
    (
        "Nine cells were dismantled since last year.",
        ("since last year", "2024-01-01", "2025-11-04", "year", "since"),
    ),
    (
        "Nine cells were dismantled between January and late October.",
        ("between January and late October", "2025-01-01", "2025-10-31", "month", "range"),
    ),
    (
        "Nine cells were dismantled between 2015 and 2018.",
        ("between 2015 and 2018", "2015-01-01", "2018-12-31", "year", "range"),
    ),
    (
        "Nine cells were dismantled from 2015 to 2018.",
        ("from 2015 to 2018", "2015-01-01", "2018-12-31", "year", "range"),
    ),
    (
        "Nine cells were dismantled in 2015-18.",
        ("2015-18", "2015-01-01", "2018-12-31", "year", "range"),
    ),
    (
        "Nine cells were dismantled from March to May 2023.",
        ("from March to May 2023", "2023-03-01", "2023-05-31", "month", "range"),
    ),
    (
        "Nine cells were dismantled from November to February 2023.",
        ("from November to February 2023", "2022-11-01", "2023-02-28", "month", "range"),
    ),
    (
        "Nine cells were dismantled from March 2019 to May.",
        ("from March 2019 to May", "2019-03-01", "2019-05-31", "month", "range"),
    ),
    (
        "Fighting raged from 3 March to 5 May 2023.",
        ("from 3 March to 5 May 2023", "2023-03-03", "2023-05-05", "day", "range"),
    ),
    (
        "Fighting raged between 3 and 5 May.",
        ("between 3 and 5 May", "2025-05-03", "2025-05-05", "day", "range"),
    ),
    (
        "Fighting raged on 3-5 May 2022.",
        ("3-5 May 2022", "2022-05-03", "2022-05-05", "day", "range"),
    ),
    ("Fighting raged on March 3-5.", ("March 3-5", "2025-03-03", "2025-03-05", "day", "range")),
    (
        "Fighting raged from Monday to Wednesday.",
        ("from Monday to Wednesday", "2025-11-03", "2025-11-05", "day", "range"),
    ),
    (
        "Fighting raged from Friday until Sunday.",
        ("from Friday until Sunday", "2025-10-31", "2025-11-02", "day", "range"),
    ),
    (
        "Fighting raged from March 3 to March 10, 2021.",
        ("from March 3 to March 10, 2021", "2021-03-03", "2021-03-10", "day", "range"),
    ),
    (
        "The curfew lasts until late October.",
        ("until late October", None, "2025-10-31", "month", "until"),
    ),
    (
        "The camps must be emptied by late October.",
        ("by late October", None, "2025-10-31", "month", "until"),
    ),
    ("The camps must be emptied by 2030.", ("by 2030", None, "2030-12-31", "year", "until")),
    ("The suspect lived there before 2015.", ("before 2015", None, "2014-12-31", "year", "until")),
    (
        "The suspect moved there after 2015.",
        ("after 2015", "2016-01-01", "2025-11-04", "year", "since"),
    ),
]


@pytest.mark.parametrize("sentence,expected", INTERVALS)
def test_intervals(sentence: str, expected: Expected) -> None:
    check(sentence, expected)


def test_since_january_before_its_anchor_month_is_last_year() -> None:
    m = one("Nine cells were dismantled since March.", dt.date(2025, 2, 10))
    assert (m.interval.start, m.interval.end) == ("2024-03-01", "2025-02-10")


def test_a_birth_or_founding_year_is_no_date() -> None:
    assert find_dates("Ibrahim F., born in 1988, was charged with Smail F., born 1984.", ANCHOR) == []
    assert find_dates("The group, founded in 2002, claimed the attack.", ANCHOR) == []
    # "in March 3 people died" is still a month and a count
    assert one("In March 3 people died.").text == "March"


def test_after_a_possessive_is_not_an_open_interval() -> None:
    m = one("Security was raised after Tuesday's attack.")
    assert (m.text, m.kind) == ("Tuesday", "point")


def test_two_dates_joined_by_and_are_two_points() -> None:
    got = find_dates("Bombs exploded on 3 May and 5 June.", ANCHOR)
    assert [summary(m)[:2] for m in got] == [("3 May", "2025-05-03"), ("5 June", "2025-06-05")]


def test_lists_of_months_and_years() -> None:
    got = find_dates("Attacks peaked in May, June and August, and again in 2019 and 2021.", ANCHOR)
    assert [m.text for m in got] == ["May", "June", "August", "2019", "2021"]


# --- glosses and continued intervals ---------------------------------------------------------

# An editor's bracketed gloss of a relative date is the day; a bracketed day and month without a
# year is read near the anchor (day first), and only there.
GLOSSES = [
    (
        "Gunmen shot a policeman today (02/11).",
        ("today (02/11)", "2025-11-02", "2025-11-02", "day", "point"),
    ),
    (
        "Assailants torched a bus on Sunday [2 November].",
        ("Sunday [2 November]", "2025-11-02", "2025-11-02", "day", "point"),
    ),
    (
        "Bombs went off on Monday (03/11) night in Dhaka.",
        ("Monday (03/11)", "2025-11-03", "2025-11-03", "day", "point"),
    ),
    (
        "Pakistani troops fired on forward posts on Tuesday night [28 October].",
        ("Tuesday night [28 October]", "2025-10-28", "2025-10-28", "day", "point"),
    ),
    (
        "Assailants torched a bus in Palashbari upazila (01/11).",
        ("01/11", "2025-11-01", "2025-11-01", "day", "point"),
    ),
    (
        "The gunfight started on Wednesday and continued until late Thursday evening.",
        (
            "Wednesday and continued until late Thursday evening",
            "2025-10-29",
            "2025-10-30",
            "day",
            "range",
        ),
    ),
    (
        "Fighting began on 3 May and lasted until 5 May.",
        ("3 May and lasted until 5 May", "2025-05-03", "2025-05-05", "day", "range"),
    ),
]


@pytest.mark.parametrize("sentence,expected", GLOSSES)
def test_glosses_and_continued_intervals(sentence: str, expected: Expected) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "A third of the buses (1/2) were torched.",  # a fraction
        "Police raided the flat (05/06).",  # 5 June and 6 May are both months from the anchor
        "The unit works round the clock (24/07).",
    ],
)
def test_bracketed_numbers_far_from_the_anchor_are_no_dates(sentence: str) -> None:
    assert find_dates(sentence, ANCHOR) == []


def test_a_bracketed_day_needs_an_anchor() -> None:
    assert find_dates("Assailants torched a bus (01/11).", None) == []


# --- ALL CAPS --------------------------------------------------------------------------------

CAPS = [s for s, _ in EXPLICIT_DAYS + RELATIVE_DAYS + MONTHS_AND_YEARS + INTERVALS]
CAPS = [s for s in CAPS if "Q3" not in s]


@pytest.mark.parametrize("sentence", CAPS)
def test_all_caps_gives_the_same_dates(sentence: str) -> None:
    mixed = find_dates(sentence, ANCHOR)
    caps = find_dates(sentence.upper(), ANCHOR, upper=True)
    assert [(m.start, m.end, m.interval.start, m.interval.end, m.kind) for m in caps] == [
        (m.start, m.end, m.interval.start, m.interval.end, m.kind) for m in mixed
    ]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("THE GUERRILLAS ATTACKED ON 3 JAN 90 AT DAWN.", ("3 JAN 90", "1990-01-03")),
        ("THE GUERRILLAS ATTACKED LAST TUESDAY.", ("LAST TUESDAY", "1990-01-09")),
        ("THE GUERRILLAS ATTACKED IN MARCH.", ("MARCH", "1989-03-01")),
        ("THE GUERRILLAS ATTACKED IN MAY, KILLING 3.", ("MAY", "1989-05-01")),
        ("IN MAY THE GUERRILLAS ATTACKED.", ("MAY", "1989-05-01")),
        ("SINCE MAY THE ARMY HAS PATROLLED.", ("SINCE MAY", "1989-05-01")),
        ("ON 3 MAY 12 PEOPLE WERE KILLED.", ("3 MAY", "1989-05-03")),
        ("THE BOMB EXPLODED YESTERDAY AFTERNOON.", ("YESTERDAY", "1990-01-09")),
        ("THE BOMB EXPLODED ON 8 OCTOBER.", ("8 OCTOBER", "1989-10-08")),
        ("THE SUMMIT WAS HELD ON 8-9 DECEMBER.", ("8-9 DECEMBER", "1989-12-08")),
        ("ON 24 MAY THIS YEAR, THE SAME GROUP STRUCK.", ("24 MAY THIS YEAR", "1990-05-24")),
        ("THE RAID ON 2 MARCH LAST YEAR.", ("2 MARCH LAST YEAR", "1989-03-02")),
        ("LAST MARCH, AUTHORITIES ARRESTED HIM.", ("LAST MARCH", "1989-03-01")),
        ("THE SUMMIT IS SCHEDULED FOR 8-9 DECEMBER.", ("8-9 DECEMBER", "1990-12-08")),
    ],
)
def test_all_caps_wire_copy(sentence: str, expected: tuple[str, str]) -> None:
    m = one(sentence, dt.date(1990, 1, 10), upper=True)
    assert (m.text, m.interval.start) == expected


def test_all_caps_is_detected_without_the_flag() -> None:
    assert find_dates("IT MAY BE TOO LATE.", ANCHOR) == []
    assert one("ON 3 MARCH THE ARMY STRUCK.", ANCHOR).interval.start == "2025-03-03"


# --- non-dates -------------------------------------------------------------------------------

NOT_DATES = [
    "Police counted 2004 attacks in the province.",
    "Militants may attack again, officials warned.",
    "The group may have been behind it.",
    "Officials said it may well be months before the road reopens.",
    "IT MAY BE TOO EARLY TO SAY.",
    "THE ARMY MAY ATTACK THE CAMP.",
    "THE REBELS MAY LAUNCH AN OFFENSIVE.",
    "AT LEAST 3 MAY HAVE DIED IN THE BLAST.",
    "THE MARCH ON THE CAPITAL WAS PEACEFUL.",
    "THIS MARCH IS A PROTEST AGAINST THE KILLINGS.",
    "Thousands joined the march on the capital.",
    "They will march to the ministry.",
    "THOUSANDS JOINED A MARCH TOWARD THE PALACE.",
    "The suspect, aged 23, was arrested.",
    "The suspects, aged between 21 and 34, were planning attacks.",
    "The blast happened at 10 pm.",
    "The bomb went off at 10:30 p.m.",
    "12 people were killed and 2000 wounded.",
    "He was charged under Article 3 of the law.",
    "Resolution 2254 was adopted unanimously.",
    "The November 17 group claimed the bombing.",
    "The 17 November Revolutionary Organisation claimed it.",
    "Members of M-19 laid down their arms.",
    "The 19th of April Movement laid down its arms.",
    "The April 6 Youth Movement called a strike.",
    "Call the hotline on 555-1234 or 202-555-0143.",
    "Theresa May said the threat level was severe.",
    "Prime Minister May visited the scene.",
    "April Jones, 34, was wounded.",
    "The convoy travelled 2015 kilometres.",
    "Police fired 2019 rounds, the report said.",
    "The Sunday Times reported the plot.",
    "The anniversary of Bloody Sunday passed quietly.",
    "The unit was on the 3rd floor.",
    "The 3rd Brigade moved north.",
    "The fall of Mosul shocked the region.",
    "The Arab Spring changed the region.",
    "He reads USA Today.",
    "Flight 9011 landed safely.",
    "Version 1.2.3 was released.",
    "They held 1,500 prisoners.",
    "",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the last year of his term.",
        "The next week, rebels shelled the town.",
        "The next day, police returned.",
        "Two days later, the suspect was caught.",
        "Over the past few days the fighting spread.",
        "In recent years the group has grown.",
    ],
)
def test_event_relative_or_vague_expressions_are_not_resolved(sentence: str) -> None:
    assert find_dates(sentence, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "counted", "day"),
    [
        (
            "Gunmen attacked a bus on 1 November. Three days earlier, a bomb was defused.",
            "Three days earlier",
            "2025-10-29",
        ),
        (
            "Gunmen abducted three elders on Monday. The elders were killed the next day.",
            "the next day",
            "2025-11-04",
        ),
        (
            "On 1 November a bomb went off. The day before, police had raided a flat.",
            "The day before",
            "2025-10-31",
        ),
        (
            "On 1 November a bomb went off. Two days later, two men were arrested.",
            "Two days later",
            "2025-11-03",
        ),
        (
            "SUCRE, 3 SEP 89 -- EARLY SUNDAY MORNING TERRORISTS ATTACKED A STUDIO. THREE DAYS EARLIER, "
            "DYNAMITE WAS THROWN.",
            "THREE DAYS EARLIER",
            "1989-08-31",
        ),
    ],
)
def test_days_counted_from_the_last_day_the_text_named(text: str, counted: str, day: str) -> None:
    anchor = dt.date(1989, 9, 3) if text.isupper() else ANCHOR
    got = {m.text: m for m in find_dates(text, anchor)}
    m = got[counted]
    assert (m.interval.start, m.interval.end, m.interval.precision, m.kind) == (day, day, "day", "relative")
    assert m.base is not None and m.base.precision == "day"
    assert text[m.start : m.end] == counted


@pytest.mark.parametrize(
    "text",
    [
        # counted from a happening, not from a day of the text
        "On 1 November police said two days before the election there would be raids.",
        "The attack on Tuesday came a day after a raid.",
        # counted from a month: no day to count from
        "In October a bomb went off. Two days later, two men were arrested.",
    ],
)
def test_days_counted_from_a_happening_or_a_month_are_not_resolved(text: str) -> None:
    assert [m for m in find_dates(text, ANCHOR) if m.base is not None] == []


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, ANCHOR) == []


@pytest.mark.parametrize("sentence", [s for s in NOT_DATES if s and s.upper() != s])
def test_not_dates_in_capitals(sentence: str) -> None:
    assert find_dates(sentence.upper(), ANCHOR, upper=True) == []


# --- several mentions, offsets, no anchor ----------------------------------------------------


def test_several_mentions_in_order_with_exact_offsets() -> None:
    text = (
        "KABUL - Gunmen attacked a checkpoint on Monday night, a week after a similar attack on "
        "27 October. Since January, 40 police have died; in 2024 the toll was 65."
    )
    got = find_dates(text, ANCHOR)
    assert [m.text for m in got] == ["Monday night", "27 October", "Since January", "2024"]
    for m in got:
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        assert m.interval.precision in DATE_PRECISIONS
    assert got[1].interval.start == "2025-10-27"


def test_without_an_anchor_relative_dates_are_found_but_unresolved() -> None:
    m = one("The bomb went off yesterday.", None)
    assert (m.text, m.kind, m.resolved) == ("yesterday", "relative", False)
    assert m.interval == DateInterval(None, None, "unknown", "yesterday")
    assert one("in March", None).interval.precision == "unknown"
    assert one("on 3 January 2024", None).interval.start == "2024-01-03"
    since = one("since 2015", None)
    assert (since.interval.start, since.interval.end) == ("2015-01-01", None)


def test_a_datetime_anchor_is_taken_as_its_day() -> None:
    m = one("The bomb went off yesterday.", dt.datetime(2025, 11, 4, 23, 59))
    assert m.interval.start == "2025-11-03"


def test_to_dict() -> None:
    m = one("on 3 January 2024")
    assert m.to_dict() == {
        "start": 3,
        "end": 17,
        "text": "3 January 2024",
        "interval": {
            "start": "2024-01-03",
            "end": "2024-01-03",
            "precision": "day",
            "text": "3 January 2024",
        },
        "kind": "point",
    }


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "on",
                "in",
                "since",
                "until",
                "between",
                "and",
                "from",
                "to",
                "the",
                "last",
                "next",
                "this",
                "May",
                "March",
                "3",
                "17",
                "2019",
                "90",
                "January",
                "Tuesday",
                "week",
                "year",
                "ago",
                "two",
                "early",
                "late",
                "mid-",
                ",",
                ".",
                "-",
                "/",
                "10",
                "pm",
                "1990s",
                "JAN",
                "MAY",
                "IN",
            ]
        ),
        max_size=14,
    ),
    st.booleans(),
)
def test_any_text_gives_exact_offsets_and_valid_intervals(words: list[str], upper: bool) -> None:
    text = " ".join(words)
    for m in find_dates(text, ANCHOR, upper=upper):
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        iv = m.interval
        assert iv.precision in DATE_PRECISIONS
        if iv.start and iv.end:
            assert iv.start <= iv.end
        for d in (iv.start, iv.end):
            if d:
                dt.date.fromisoformat(d)


# --- datelines and anchors -------------------------------------------------------------------

DATELINES = [
    ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY", None, dt.date(1990, 1, 3), "THE ARMY"),
    (
        "MADRID (SPAIN), 15 NOV 89 (EFE) -- [EXCERPT] LA PAZ, 15 NOV",
        None,
        dt.date(1989, 11, 15),
        "LA PAZ",
    ),
    (
        "RABAT, March 3 (Reuters) - Police arrested",
        dt.date(2025, 3, 4),
        dt.date(2025, 3, 3),
        "Police",
    ),
    ("RABAT, March 3 (Reuters) - Police arrested", None, None, "Police"),
    ("LONDON, 3 January 2024 (AFP) - Police", None, dt.date(2024, 1, 3), "Police"),
    ("PARIS, Jan. 5, 2016 /PRNewswire/ -- The firm", None, dt.date(2016, 1, 5), "The firm"),
    ("Jan 3 (Reuters) - Police arrested", dt.date(2025, 1, 10), dt.date(2025, 1, 3), "Police"),
    ("KABUL, Afghanistan (AP) — Gunmen attacked", None, None, "Gunmen"),
    (
        "BOGOTA, NO DATE (RADIO CADENA NACIONAL) -- [INTERVIEW WITH\nA MINISTER] [TEXT] WE",
        None,
        None,
        "WE",
    ),
    # a release's header
    (
        "FOR IMMEDIATE RELEASE Monday, May 2, 2016\n\nFederal agents arrested",
        None,
        dt.date(2016, 5, 2),
        "Federal agents",
    ),
    ("Press release, 3 May 2016\n\nPolice arrested", None, dt.date(2016, 5, 3), "Police"),
]


@pytest.mark.parametrize("text,anchor,expected,body", DATELINES)
def test_parse_dateline(text: str, anchor: dt.date | None, expected: dt.date | None, body: str) -> None:
    got, end = parse_dateline(text, anchor)
    assert got == expected
    assert text[end:].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested four men on Tuesday.",
        "The Interior Ministry - which runs the police - said.",
        "On 4 May 2020, militants attacked a village.",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text) == (None, 0)


@pytest.mark.parametrize(
    "published,expected",
    [
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("2025-03-04T23:10:00+00:00", dt.date(2025, 3, 4)),
        ("Tue, 04 Mar 2025 10:00:00 GMT", dt.date(2025, 3, 4)),
        ("March 4, 2025", dt.date(2025, 3, 4)),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(published: str | None, expected: dt.date | None) -> None:
    assert parse_published(published) == expected


def test_resolve_anchor() -> None:
    assert resolve_anchor("2025-03-04", None) == dt.date(2025, 3, 4)
    assert resolve_anchor("2025-03-04", dt.date(2025, 3, 3)) == dt.date(2025, 3, 3)
    assert resolve_anchor(None, dt.date(1990, 1, 3)) == dt.date(1990, 1, 3)
    assert resolve_anchor("2025-03-04", dt.date(2024, 3, 3)) == dt.date(2025, 3, 4)
    assert resolve_anchor(None, None) is None


def test_dateline_then_find_dates() -> None:
    text = "SAN SALVADOR, 10 JAN 90 (ACAN-EFE) -- [TEXT] THE FMLN ATTACKED A POST YESTERDAY."
    day, end = parse_dateline(text)
    anchor = resolve_anchor("1990-01-11", day)
    m = one(text[end:], anchor, upper=True)
    assert (m.text, m.interval.start) == ("YESTERDAY", "1990-01-09")


# --- overlaps --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a,b,expected",
    [
        (("2025-03-01", "2025-03-31"), ("2025-03-15", "2025-03-15"), True),
        (("2025-03-01", "2025-03-31"), ("2025-04-01", "2025-04-30"), False),
        (("2025-03-01", "2025-03-31"), ("2025-03-31", "2025-04-30"), True),
        ((None, "2025-03-31"), ("2024-01-01", "2024-01-01"), True),
        (("2025-03-01", None), ("2024-01-01", "2024-12-31"), False),
        ((None, None), ("2024-01-01", "2024-12-31"), False),
    ],
)
def test_interval_overlaps(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], expected: bool
) -> None:
    x = DateInterval(a[0], a[1], "day")
    y = DateInterval(b[0], b[1], "day")
    assert interval_overlaps(x, y) is expected
    assert interval_overlaps(y, x) is expected


def test_interval_overlaps_takes_mentions() -> None:
    a = one("since January")
    b = one("on 3 March 2025")
    assert interval_overlaps(a, b)


def test_a_date_in_quotes_that_names_a_group_is_no_date() -> None:
    anchor = dt.date(1989, 7, 20)
    named = 'A new group calling itself the "9 May" People\'s Liberation Forces announced its emergence.'
    assert find_dates(named, anchor) == []
    assert find_dates("THE \u201c17 NOVEMBER\u201d REVOLUTIONARY ORGANIZATION CLAIMED IT.", anchor) == []
    # (a date quoted in speech, or a quoted slogan with no name after it, is still a date)
    assert [m.text for m in find_dates('He said "on 9 May" they attacked.', anchor)] == ["9 May"]
    assert [m.text for m in find_dates('The slogan "9 May" was painted on the wall.', anchor)] == ["9 May"]
