"""Figures of a month or a year "alone", tallies since a month or an operation's start, shares that
are no counts, the number of attacks compared as a whole, and threats told with a day or a video
between the words (the attacks threatened are no attack). The real pipeline; texts written for
these tests, with near misses.
"""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(r["record_type"], r["event_type"]) for r in records(pipeline, text)]


def test_a_months_figure_alone_is_a_statistic(pipeline: Pipeline) -> None:
    text = (
        "In March alone, 45 people were killed in Taliban attacks in Helmand province, the provincial "
        "governor's spokesman said on Tuesday."
    )
    (rec,) = records(pipeline, text)
    assert rec["record_type"] == "statistic"
    assert rec["statistic"]["value"] == 45
    assert rec["statistic"]["period"] == {"start": "2016-03-01", "end": "2016-03-31"}
    # near miss: one attack in March, its toll
    text = (
        "In March, a suicide bomber killed 45 people at a market in Lashkar Gah, officials said on Tuesday."
    )
    assert kinds(pipeline, text) == [("event", "attack")]


def test_a_tally_since_an_operation_began(pipeline: Pipeline) -> None:
    text = (
        "Since Operation Zarb-e-Azb was launched in June 2014, 3,500 terrorists have been killed, the "
        "military said on Tuesday."
    )
    (rec,) = records(pipeline, text)
    assert rec["record_type"] == "statistic" and rec["statistic"]["value"] == 3500
    assert rec["statistic"]["period"]["start"] == "2014-06-01"


def test_a_share_and_a_change_are_no_counts(pipeline: Pipeline) -> None:
    for text in (
        "One in five terrorism arrests in 2015 were of women, the Home Office said on Tuesday.",
        "The number of terrorist attacks in Turkey fell 30 percent in 2015 compared with the previous "
        "year, the interior minister told parliament on Tuesday.",
    ):
        assert ("event", "attack") not in kinds(pipeline, text), text
        assert all(
            r["statistic"] is None or r["statistic"]["value"] not in (5, 30) for r in records(pipeline, text)
        )


def test_threats_with_words_between(pipeline: Pipeline) -> None:
    cases = {
        "The Islamic State group released a video on Monday threatening new attacks on Germany.": (
            "Islamic State"
        ),
        "Jaish-e-Mohammed threatened on Monday to attack security forces in Kashmir, a spokesman said.": (
            "Jaish-e-Mohammed"
        ),
        "The Islamic State group threatened in a video released on Monday to carry out attacks in Russia.": (
            "Islamic State"
        ),
    }
    for text, group in cases.items():
        recs = records(pipeline, text)
        assert [r["event_type"] for r in recs] == ["threat"], text
        assert {a["name"]: a["role"] for a in recs[0]["actors"]}[group] == "perpetrator"
    # near miss: a threat to resign
    assert records(pipeline, "The minister threatened on Monday to resign over the budget.") == []


def test_review_near_misses_of_tallies_and_threats(pipeline: Pipeline) -> None:
    # one massacre of a month "alone", one arrest beside a person's "since": events
    text = "In January alone, gunmen killed 86 people in the village of Dalori near Maiduguri, burning huts."
    assert kinds(pipeline, text) == [("event", "attack")]
    text = (
        "Police arrested 3 men in Brussels on Monday, including a Frenchman who had lived in Raqqa since "
        "the caliphate was declared in June 2014."
    )
    assert kinds(pipeline, text) == [("event", "arrest")]
    # "a number of" bombings is no tally
    text = "A number of suicide bombings struck Baghdad on Monday, killing at least 40 people, police said."
    assert kinds(pipeline, text) == [("event", "attack")]
    # steps to come are the ones ruled out, not the arrests told beside them
    for text in (
        "Two men who are to be deported were arrested in Milan on Monday on suspicion of recruiting for "
        "Islamic State, police said.",
        "Officials asked that the public be patient as police arrested four suspected militants in "
        "Molenbeek on Monday.",
    ):
        assert kinds(pipeline, text) == [("event", "arrest")], text
    # court steps over attacks known by name, told with what they did
    for text in (
        "A Belgian court on Monday charged a man over the Paris attacks that killed 130 people.",
        "A French court on Monday convicted a man over the Paris attacks on the Bataclan.",
    ):
        assert len(kinds(pipeline, text)) == 1, text
    # things brought back from Syria, and a cyber attack plotted, are no field's
    assert records(pipeline, "The photographer brought back images from Syria on Monday.") == []
    text = "Two hackers were charged on Monday with plotting a cyber attack using malware on a bank."
    assert records(pipeline, text) == []
    text = "The Islamic State group released a video on Monday threatening fresh attacks on France."
    assert kinds(pipeline, text) == [("event", "threat")]
