"""Laws, recruitment and journeys of fighters: when a sentence reports one, and when it only talks
about one (the real pipeline; the texts are written for these tests).

Each test names one rule; the close cases beside them keep the rule from reaching too far.
"""

from __future__ import annotations

from typing import Any

import pytest

from veille.extract.lexicon import find_triggers
from veille.io.read import article_from_json
from veille.pipeline import Pipeline

# A sentence of the field after the one tested, so that the article as a whole is in the field
_FIELD = " Police arrested three suspected Islamic State militants in Brindavar on Monday, the ministry said."


def records(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "w-1", "title": None, "text": text, "published": "2025-11-04", "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def types(pipeline: Pipeline, text: str, field: str = _FIELD) -> list[str]:
    return [r["event_type"] for r in records(pipeline, text + field)]


def trigger_words(sentence: str, event_type: str) -> list[str]:
    return [sentence[a:b] for t, a, b in find_triggers(sentence) if t.event_type == event_type]


# --- the field named in the sentence itself -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders signed a peace deal on Sunday, ending months of wrangling over details.",
        "A state law passed in October requires police to get a warrant before using a cell site simulator.",
        "The first group of returnees from Greece were brought to the coastal town of Dikili on Monday.",
    ],
)
def test_a_law_a_deal_or_a_return_with_nothing_of_the_field_in_its_sentence_makes_no_record(
    pipeline: Pipeline, text: str
) -> None:
    assert types(pipeline, text) == ["arrest"]


def test_a_law_against_terrorism_is_a_policy_record(pipeline: Pipeline) -> None:
    text = "Parliament passed a new law against terrorism on Tuesday."
    assert types(pipeline, text) == ["policy", "arrest"]


def test_a_journey_of_fighters_named_as_such_is_a_travel_record(pipeline: Pipeline) -> None:
    text = "More than 300 nationals have left to fight with Islamic State in Syria since 2014."
    assert "travel" in types(pipeline, text)


# --- recruitment talked about, not reported -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Social media plays an important role in allowing ISIS to recruit foreign fighters," said Ann Roe, '
        "a former Treasury official specializing in terrorist financing.",
        '"There would be no way to prevent the radicalization of extremists\' children," he said.',
        "Officials were concerned about online radicalization by jihadist groups.",
    ],
)
def test_a_recruitment_enabled_feared_or_to_prevent_is_no_record(pipeline: Pipeline, text: str) -> None:
    assert types(pipeline, text) == ["arrest"]


def test_an_attempt_to_recruit_is_a_recruitment(pipeline: Pipeline) -> None:
    text = "On Friday a jihadist tried to recruit two teenagers outside a mosque in Brindavar, police said."
    assert types(pipeline, text, field="") == ["recruitment"]


def test_a_purpose_told_with_its_means_is_a_recruitment(pipeline: Pipeline) -> None:
    text = "Islamic State fighters are handing out cash to young men in villages to lure them into the group."
    assert types(pipeline, text, field="") == ["recruitment"]


def test_a_radicalisation_told_of_a_person_is_a_recruitment(pipeline: Pipeline) -> None:
    text = "The attacker was radicalized over the Internet by Islamic State propaganda, they said."
    assert types(pipeline, text, field="") == ["recruitment"]


def test_recruits_and_radicalized_people_are_people_not_a_happening() -> None:
    assert trigger_words("The war attracted jihadist recruits from around the world.", "recruitment") == []
    assert trigger_words("Some of the recruits listed in the files are Westerners.", "recruitment") == []
    assert trigger_words("The forms were meant to follow the recruit.", "recruitment") == []
    assert trigger_words("There is a growing threat from radicalized Muslims.", "recruitment") == []
    # ... but a group that recruits or radicalizes someone does something
    assert trigger_words("ISIS recruits young men online.", "recruitment") == ["recruits"]
    said = trigger_words("The preacher radicalized young men in the mosque.", "recruitment")
    assert said == ["radicalized"]


def test_a_charge_of_incitement_is_descriptive(pipeline: Pipeline) -> None:
    text = "The two Islamist bloggers are in jail pending investigations on charges of inciting violence."
    assert "recruitment" not in types(pipeline, text)


# --- standings, not acts ------------------------------------------------------------------------


def test_a_designated_group_or_an_outlawed_group_is_a_standing_not_a_designation() -> None:
    s = "The law prohibits material support to designated terrorist groups and their leaders."
    assert trigger_words(s, "policy") == []
    s = "The militia is affiliated with Turkey's outlawed Kurdish rebels."
    assert trigger_words(s, "policy") == []
    s = "The State Department designated the group as a foreign terrorist organization on Monday."
    assert trigger_words(s, "policy") != []
    assert trigger_words("The government outlawed the group on Monday.", "policy") != []


def test_web_searches_are_no_raid() -> None:
    assert trigger_words("That is how Google searches started correcting the phrase.", "raid") == []
    assert trigger_words("Police searches in the district found weapons.", "raid") != []
