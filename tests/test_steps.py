"""A happening dated only by its distance from the one told before it ("Six days later", "A month
earlier"): ``veille.extract.steps`` and the real pipeline (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from veille.extract.steps import step_date
from veille.io.read import article_from_json
from veille.pipeline import Pipeline
from veille.records import DateInterval

MARCH = DateInterval("2016-03-01", "2016-03-31", "month", "March")
DAY = DateInterval("2016-03-13", "2016-03-13", "day", "March 13")
ANCHOR = dt.date(2016, 6, 7)


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        (
            "Six days later an ISIS suicide bomber detonated himself.",
            MARCH,
            ("2016-03-07", "2016-04-06", "unknown"),
        ),
        ("A month earlier, 28 had been killed in a blast.", MARCH, ("2016-02-01", "2016-02-29", "month")),
        ("Two days later, gunmen attacked a checkpoint.", DAY, ("2016-03-15", "2016-03-15", "day")),
        ("A week before, police arrested two men.", DAY, ("2016-03-06", "2016-03-06", "day")),
        ("A few days later, another bomb went off.", DAY, ("2016-03-13", "2016-06-07", "unknown")),
        ("Several weeks earlier, a bus was attacked.", DAY, (None, "2016-03-13", "unknown")),
    ],
)
def test_a_step_counts_from_the_date_before(
    sentence: str, before: DateInterval, expected: tuple[Any, ...]
) -> None:
    got = step_date(sentence, before, ANCHOR)
    assert got is not None and (got.start, got.end, got.precision) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Six days after the attack, police arrested two men.",  # a lapse before a happening it names
        "A few days before those blasts, police had raised the alert.",  # ... or one named back
        "Police said six days later that two men were held.",  # not at the start
        "Three months later, the trial opened.",  # past the report: not from that date
    ],
)
def test_no_step(sentence: str) -> None:
    assert step_date(sentence, DateInterval("2016-05-20", "2016-05-20", "day", None), ANCHOR) is None


def records(pipeline: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "s-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def test_recalled_attacks_dated_by_steps(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A car bomb targeting a police bus killed 11 people in central Istanbul on Tuesday. In "
        "March, at least 37 were killed when a car bomb detonated near a bus stop in the capital, Ankara, "
        "in an attack claimed by a Kurdish militant group. Six days later an ISIS suicide bomber detonated "
        "himself on one of Istanbul's main streets, killing four. A month earlier, 28 had been killed in a "
        "blast targeting military vehicles in central Ankara, which was claimed by a Kurdish group."
    )
    recs = records(pipeline, text, "2016-06-07")
    dates = [(r["counts"]["killed"], r["date"]["start"], r["date"]["end"]) for r in recs]
    assert dates == [
        (11, "2016-06-07", "2016-06-07"),
        (37, "2016-03-01", "2016-03-31"),
        (4, "2016-03-07", "2016-04-06"),
        (28, "2016-02-01", "2016-02-29"),
    ]


def test_a_date_of_its_own_wins_over_a_step(pipeline: Pipeline) -> None:
    text = (
        "A gang member was shot dead in Chicago on Aug. 5, police said, in what they called an act of "
        "terror. Two months later, a second member was shot and killed after leaving a meeting Oct. 13."
    )
    recs = records(pipeline, text, "2016-03-08")
    assert recs and recs[-1]["date"]["start"] == "2015-10-13"
