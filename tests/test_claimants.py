"""Who carried out a happening when the text gives it to a group it does not name, or when a named
group only speaks of it; and the toll of the attacks suspects are tied to, which is not their
arrest's (the real pipeline; texts written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "c-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def perpetrators(record: dict[str, Any]) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "perpetrator"]


def test_an_attack_claimed_by_an_unnamed_group_takes_no_claim_from_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A car bomb targeting a police bus killed 11 people in central Istanbul on Tuesday, in an "
        "attack officials blamed on Islamic State. In March, at least 37 were killed when a car bomb "
        "detonated near a bus stop in the capital, Ankara, in an attack claimed by a Kurdish militant group."
    )
    recs = records(pipeline, text, "2016-06-07")
    assert [perpetrators(r) for r in recs] == [["Islamic State"], []]


def test_a_group_that_says_another_did_it_is_no_perpetrator(pipeline: Pipeline) -> None:
    text = (
        'BEIRUT Lebanese Shi\'ite group Hezbollah said on Saturday "takfiri groups" were responsible for a '
        "blast which killed the group's top military commander Mustafa Badreddine."
    )
    recs = records(pipeline, text, "2016-05-14")
    assert recs and perpetrators(recs[0]) == []


def test_a_group_that_says_it_did_it_is_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "Islamic State said on Saturday its fighters carried out a bombing in Baghdad that killed 20 people."
    )
    recs = records(pipeline, text, "2016-05-14")
    assert recs and perpetrators(recs[0]) == ["Islamic State"]


def test_a_group_blamed_in_apposition_is_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed 34 people in Ankara on Sunday. TAK, blamed for the February 17 car bomb on a bus "
        "carrying military personnel, has pledged to stage more attacks."
    )
    recs = records(pipeline, text, "2016-03-14")
    assert any("Kurdistan Freedom Falcons" in perpetrators(r) for r in recs)


def test_the_toll_of_the_attacks_the_suspects_are_tied_to_is_not_the_arrests(pipeline: Pipeline) -> None:
    text = (
        "Belgian authorities detained six people suspected of ties to the Brussels bombings on Friday, "
        "prosecutors said. Abrini and Krayem are suspected of participating in the two biggest attacks "
        "carried out by the Islamic State group in Europe over the past year, killing 130 people in Paris on "
        "Nov. 13 last year and 32 people in Brussels on March 22."
    )
    recs = records(pipeline, text, "2016-04-09")
    assert recs[0]["event_type"] == "arrest"
    assert recs[0]["counts"]["arrested"] == 6 and recs[0]["counts"]["killed"] is None
