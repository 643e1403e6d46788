"""A happening told in a part of a country ("in southern Russia") takes the town the next sentence
names, unless that is the capital or towns of several regions are named."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def _places(pipeline: Pipeline, text: str) -> list[str]:
    return [loc["name"] for r in records_of(pipeline, text, "2016-04-11") for loc in r["locations"]]


def test_the_town_the_next_sentence_names(pipeline: Pipeline) -> None:
    text = (
        "A man blew himself up and two others were shot dead as they attacked a police station in "
        "southern Russia, local security forces said.\n\nTwo attackers were killed by officers as "
        "they tried to get into the police station in the town of Novoselitskoye in the Stavropol "
        "region, but a third succeeded in setting off an explosive device he was carrying."
    )
    assert _places(pipeline, text) == ["Novoselitskoye"]


def test_not_the_capital_named_next(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber attacked a police station in southern Russia, local security forces said.\n\n"
        "Officials in Moscow said the attacker had been killed and no one else was hurt."
    )
    assert "Moscow" not in _places(pipeline, text)


def test_a_town_of_the_country_left_unnamed_takes_the_town_named_next(pipeline: Pipeline) -> None:
    text = (
        'U.S. Secretary of State John Kerry said Sunday the "path to peace" in Syria is "actually '
        'right in front of us now," but that path did not come soon enough for the scores of people '
        "killed hours earlier by twin explosions in a Syrian town.\n\nA human rights monitor says "
        "the death toll from double blasts in Homs killed 46 people with dozens more wounded."
    )
    assert _places(pipeline, text) == ["Homs"]


def test_the_town_a_later_sentence_says_the_happening_was_in(pipeline: Pipeline) -> None:
    text = (
        "Facebook apologized to users on the other side of the world from Sunday's suicide bombing "
        "in Pakistan who received notices asking if they were safe.\n\nThe bombing killed 65 people. "
        "More common notices displayed on computer screens said the explosion was in Lahore."
    )
    assert _places(pipeline, text) == ["Lahore"]
