"""A happening told with the one it followed, and a speaker's words: the bombing the fighting
followed keeps its town and its toll, a filing's day and a quoted "today" are not the happening's
(the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "f-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


CLASHES = (
    "VAN, Turkey Six people were killed in clashes between security forces and Kurdish militants on "
    "Tuesday, security sources said, as fighting spread following a car bombing that killed 29 people "
    "in the capital Ankara.\n\n"
    "Gunfire rang out across the city through the night, witnesses said."
)


def test_the_bombing_the_fighting_followed_keeps_its_town_and_toll(pipeline: Pipeline) -> None:
    first = records(pipeline, CLASHES, "2016-03-15")[0]
    assert first["date"]["start"] == "2016-03-15"
    assert "Ankara" not in [loc["name"] for loc in first["locations"]]
    assert first["counts"]["killed"] == 6


def test_a_filing_s_day_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "In an amicus brief filed with a California court on Monday, the husband of a survivor of the "
        "San Bernardino terror attack said the shooter's phone held nothing of value."
    )
    recs = [r for r in records(pipeline, text, "2016-03-01") if r["event_type"] == "attack"]
    assert recs
    assert all(r["date"]["start"] != "2016-02-29" for r in recs)


def test_a_quoted_today_of_the_day_before_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "TEL AVIV -- Two Palestinian gunmen opened fire on Wednesday night at a market in Tel Aviv, "
        "killing four people, police said.\n\n"
        "A State Department spokesman condemned \u201ctoday\u2019s horrific terrorist attack in Tel "
        "Aviv in the strongest possible terms.\u201d"
    )
    recs = [r for r in records(pipeline, text, "2016-06-09") if r["event_type"] == "attack"]
    assert [r["date"]["start"] for r in recs] == ["2016-06-08"]
    # ... a "today" of the story's day, not quoted, is its own
    text2 = (
        "TEL AVIV -- Two Palestinian gunmen opened fire on Monday at a market in Tel Aviv, killing four "
        "people, police said.\n\n"
        "Today another gunman shot dead two soldiers in Tel Aviv."
    )
    recs2 = [r for r in records(pipeline, text2, "2016-06-09") if r["event_type"] == "attack"]
    assert len(recs2) == 2


def test_the_day_before_since_is_not_the_happening_s(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- Lawmakers have argued on Wednesday since the Orlando massacre about gun laws. The "
        "gunman had pledged allegiance to Islamic State."
    )
    recs = [r for r in records(pipeline, text, "2016-06-16") if r["event_type"] == "attack"]
    assert recs
    assert all(r["date"]["start"] != "2016-06-15" for r in recs)


def test_the_arms_of_an_attack_recalled_in_an_aside_are_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "NICE, France -- A man drove a heavy truck into a crowd on the seafront late on Thursday, killing "
        "80 people, officials said. The attack, which came eight months after Islamic State gunmen and "
        "suicide bombers struck the French capital, seemed to be the work of a lone terrorist."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-07-15") if r["date"]["start"] == "2016-07-14"]
    assert rec["attack_type"] != "bombing"
    assert rec["weapon_type"] != "explosives"


def test_harm_of_another_day_in_another_town_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "DALLAS -- A sniper who had trained with a militia killed five officers in Dallas last week, the "
        "deadliest assault on U.S. police in years.\n\n"
        "Many cities have told officers to work in pairs, a survey found. Some have bought new vests. "
        "Others have changed patrol routes.\n\n"
        "Alton Sterling, 37, was shot by police in Baton Rouge on Tuesday and Philando Castile, 32, was "
        "killed on Wednesday night in a St. Paul, Minnesota suburb."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-07-11") if r["event_type"] == "attack"]
    assert [loc["name"] for loc in rec["locations"]] == ["Dallas"]
    assert all("Baton Rouge" not in e["text"] for e in rec["evidence"])
