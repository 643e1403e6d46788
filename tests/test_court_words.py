"""Court words: a jury that "found Pugh, 48, guilty" convicts; "found him not guilty" acquits; the
trial that led to the verdict is no record of its own; a figure of faith named in a case is no party
to it (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "c-1", "title": None, "text": text, "published": "2016-03-09", "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "After a week-long trial in Brooklyn federal court, a jury on Wednesday found Pugh, 48, "
            "guilty of attempting to provide material support to Islamic State.",
            "conviction",
        ),
        (
            "A jury on Wednesday found the two men guilty of plotting Islamic State attacks in New York.",
            "conviction",
        ),
        (
            "A jury on Wednesday found him not guilty of supporting Islamic State, his lawyer said.",
            "acquittal",
        ),
        (
            "The jury on Wednesday returned guilty verdicts on the three defendants on trial, on charges "
            "including providing material support for a foreign terrorist group.",
            "conviction",
        ),
    ],
)
def test_a_jury_s_verdict(pipeline: Pipeline, text: str, kind: str) -> None:
    assert [r["event_type"] for r in records(pipeline, text)] == [kind]


def test_the_trial_before_a_verdict_is_no_record_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "A U.S. Air Force veteran was convicted on Wednesday of attempting to join Islamic State. "
        "After a week-long trial in Brooklyn federal court, a jury found Pugh, 48, guilty of attempting to "
        "provide material support to a designated terrorist organization."
    )
    assert [r["event_type"] for r in records(pipeline, text)] == ["conviction"]


def test_a_figure_of_faith_is_no_party_to_the_case(pipeline: Pipeline) -> None:
    text = (
        "A jury on Wednesday found Tairod Pugh guilty of attempting to provide material support to "
        "Islamic State. Pugh had written a letter praising the Prophet Mohammed."
    )
    names = [a["name"] for a in records(pipeline, text)[0]["actors"]]
    assert "Tairod Pugh" in names and not any("Mohammed" in n for n in names)


def test_a_platform_is_no_party_to_the_case(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK A 20-year-old Connecticut man was arrested on Sunday after being accused of sending "
        "threats on Twitter to bomb a rally in support of Islamic State, authorities said."
    )
    names = [a["name"] for a in records(pipeline, text)[0]["actors"]]
    assert "Twitter" not in names


def test_a_word_in_lower_case_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "Police raided Dalori on Saturday night and arrested three Boko Haram suspects, and one resident "
        "recalls fleeing into the bush, watching homes burn in the village."
    )
    names = [a["name"] for a in records(pipeline, text)[0]["actors"]]
    assert "bush" not in names


def test_men_charged_on_a_day_over_an_attack_are_a_charge_and_the_attack_keeps_its_own_day(
    pipeline: Pipeline,
) -> None:
    text = (
        "BRUSSELS Belgian prosecutors charged three men on Saturday with terrorist offences over the "
        "Brussels bomb attacks. The suicide bomb attacks targeting Brussels airport and a rush-hour metro "
        "train on Tuesday killed 31 people, including three of the attackers."
    )
    recs = records(pipeline, text)
    assert [(r["event_type"], r["date"]["start"]) for r in recs] == [
        ("charge", "2016-03-05"),
        ("attack", "2016-03-08"),
    ]
    assert recs[0]["counts"]["persons"] == 3
    assert recs[1]["counts"]["killed"] == 31
