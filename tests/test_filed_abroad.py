"""A story filed abroad: a dateline whose country the body never names, in a story about another
country named in several sentences, is where the story was filed, not where a deed with no place of
its own happened. Courts and police act where the story is filed; where someone travelled, fought
or lived is no subject of the story. The real pipeline; texts written for these tests, with near
misses.
"""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.pipeline import Pipeline

_KILLING = (
    "MOSCOW (Reuters) - Gunmen shot dead an opposition leader and his driver on Wednesday in what his "
    "party called an act of terror.\n\nThe Salvadoran police had arrested 12 union activists in San "
    "Salvador on Tuesday.\n\nPolitical violence has risen in El Salvador this year, and the Salvadoran "
    "government denied any part in the killing"
)


def places(pipeline: Pipeline, text: str, event_type: str) -> list[list[tuple[str, str]]]:
    recs: list[dict[str, Any]] = records_of(pipeline, text, "2016-01-14")
    return [
        [(loc["name"], loc["country_code"]) for loc in r["locations"]]
        for r in recs
        if r["event_type"] == event_type
    ]


def test_a_deed_told_from_abroad_is_placed_in_the_storys_country(pipeline: Pipeline) -> None:
    assert places(pipeline, _KILLING + ".", "attack") == [[("El Salvador", "SV")]]
    # its arrests keep their own town
    assert places(pipeline, _KILLING + ".", "arrest") == [[("San Salvador", "SV")]]


def test_a_dateline_whose_country_the_body_names_stays(pipeline: Pipeline) -> None:
    # near miss: the body names the dateline's country ("Russian diplomats")
    assert places(pipeline, _KILLING + ", Russian diplomats said.", "attack") == [[("Moscow", "RU")]]


def test_a_court_step_stays_where_the_story_was_filed(pipeline: Pipeline) -> None:
    text = (
        "LONDON (Reuters) - A man was charged on Friday with preparing acts of terrorism, prosecutors "
        "said.\n\nHe had travelled to Syria in 2014 and fought with Islamic State.\n\nHe returned from "
        "Syria last year."
    )
    assert places(pipeline, text, "charge") == [[("London", "GB")]]


def test_where_a_suspect_went_or_fought_is_no_subject_of_the_story(pipeline: Pipeline) -> None:
    opening = (
        "NEW YORK (Reuters) - A gunman opened fire at a nightclub early on Sunday, killing two people in "
        "what police called a terrorist attack."
    )
    for rest in (
        "\n\nThe suspect had travelled to Syria twice, his father said.\n\nHe returned from Syria last year.",
        "\n\nThe suspect had fought in Syria, his father said.\n\nHe had lived in Syria for a year.",
    ):
        assert places(pipeline, opening + rest, "attack") == [[("New York City", "US")]], rest
