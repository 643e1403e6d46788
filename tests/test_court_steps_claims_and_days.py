"""A court or police step told with its own day over years of crime ("between 2013 and 2015", "since
2014") is that day's step, no statistic; a tally since a year, in the present perfect, still is one.
A claim's day is no day of the attack claimed; what was done "this month" was done by the story's
day. The real pipeline; texts written for these tests, with near misses.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def test_a_court_step_on_its_day_over_years_of_crime_is_no_statistic(pipeline: Pipeline) -> None:
    for text, day in (
        (
            "LONDON (Reuters) - Two men were convicted on Tuesday of financing terrorism by sending money to "
            "Islamic State fighters in Syria between 2013 and 2015.",
            "2016-05-10",
        ),
        (
            "NAIROBI (Reuters) - Kenyan police arrested two men on Monday suspected of recruiting young "
            "people for al Shabaab since 2014.",
            "2016-05-09",
        ),
    ):
        (rec,) = records_of(pipeline, text, "2016-05-10")
        assert rec["record_type"] == "event", text
        assert (rec["date"]["start"], rec["date"]["precision"]) == (day, "day"), text
    # near miss: a tally since a year, in the present perfect, is one
    text = (
        "NAIROBI (Reuters) - Kenyan police have arrested 120 people suspected of recruiting for al Shabaab "
        "since 2014, the interior minister said on Monday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["record_type"] == "statistic"


def test_a_claims_day_is_no_day_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "PESHAWAR (Reuters) - The Pakistani Taliban claimed responsibility on Monday for a bombing at a "
        "market that killed 25 people."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["date"]["start"], rec["date"]["end"], rec["date"]["precision"]) == (
        None,
        "2016-05-09",
        "unknown",
    )
    # near miss: the attack's own day, told before the claim
    text = (
        "PESHAWAR (Reuters) - A bomb killed 25 people at a market on Friday. The Pakistani Taliban claimed "
        "responsibility on Monday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2016-05-06", "day")


def test_this_month_ends_on_the_storys_day(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL (Reuters) - Turkish police have arrested 12 suspected Islamic State militants this month, "
        "officials said."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-01", "2016-05-10")
    # near miss: a step to come keeps the month
    text = (
        "ISTANBUL (Reuters) - Three men will go on trial this month over a bombing in Ankara, officials said."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-01", "2016-05-31")
