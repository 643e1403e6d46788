"""Where victims lived or came from is not where the happening was."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def _places(pipeline: Pipeline, text: str) -> set[str]:
    return {loc["name"] for r in records_of(pipeline, text, "2016-03-25") for loc in r["locations"]}


def test_where_the_victims_lived_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "Two Dutch siblings who lived in New York have been identified as among those killed in "
        "suicide bombings that rocked Brussels this week, family and friends said on Friday."
    )
    assert _places(pipeline, text) == {"Brussels"}


def test_where_the_attacker_was_born_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "The suicide bomber, who was born in Marseille, killed four people at a cafe in Brussels on "
        "Thursday, police said."
    )
    assert _places(pipeline, text) == {"Brussels"}
