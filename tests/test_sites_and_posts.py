"""A building is no town, arms found are not the weapon used, and a post or a place hit is no
claim: "near the Defence Ministry in Haifa" is Haifa, grenades found in the truck after a ramming
do not make it a bombing, and a commander "responsible for the group's operations" killed in "an
explosion targeting one of its bases" is the group's loss, not its deed (the real pipeline; the
texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.extract.gtd import attack_type, weapon_type
from veille.extract.lexicon import find_triggers
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-06-10") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "s-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def test_a_building_before_the_town_is_not_a_town_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Two gunmen opened fire on Thursday night at a busy cafe near the Israeli Defense Ministry in "
        "Tel Aviv, killing three people, police said."
    )
    (rec,) = records(pipeline, text)
    assert [loc["name"] for loc in rec["locations"]] == ["Tel Aviv"]
    assert rec["locations"][0]["precision"] == "city"


def test_arms_found_in_the_truck_are_not_the_weapon_used() -> None:
    text = (
        "The driver killed 60 people when he drove a heavy truck into a crowd on the seafront. "
        "An official said guns and grenades were found inside the 19-tonne, rented truck."
    )
    kind = attack_type(text)
    assert kind == "unarmed_assault"
    assert weapon_type(text, kind) == "vehicle"
    # ... a grenade thrown is
    thrown = "The attacker threw grenades into a crowd on the seafront, killing six people."
    assert attack_type(thrown) == "bombing"


def test_a_post_in_a_group_and_its_base_hit_are_no_claim(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT -- A senior Hezbollah commander has been killed in an attack in Syria, the group said on "
        "Friday. He was believed by Western governments to be responsible for Hezbollah's military "
        "operations in Syria.\n\n"
        "Hezbollah said the commander had been killed in a big explosion targeting one of its bases near "
        "Damascus airport, and an investigation was under way into whether it was an air strike."
    )
    recs = [r for r in records(pipeline, text, "2016-05-13") if r["event_type"] == "attack"]
    assert recs
    assert all(a["role"] != "perpetrator" for r in recs for a in r["actors"])


def test_a_group_that_says_it_did_it_still_claims(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT -- Gunmen killed four soldiers at a checkpoint in Arsal on Friday. Hezbollah said its "
        "fighters carried out the attack."
    )
    (rec,) = records(pipeline, text, "2016-05-13")
    assert "Hezbollah" in [a["name"] for a in rec["actors"] if a["role"] == "perpetrator"]


def test_a_group_s_claimed_attack_is_its_deed(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD -- A car bomb killed 21 people in Baghdad on Saturday. On March 25 an IS-claimed "
        "suicide bombing on a stadium killed 29 and wounded 60."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-04-30") if r["date"]["start"] == "2016-03-25"]
    assert [(a["role"], a["name"]) for a in rec["actors"]] == [("perpetrator", "Islamic State")]


def test_ground_seized_back_is_no_search() -> None:
    text = "Loyalists backed by Gulf Arab forces seized it back in July and troops seized back the port."
    assert [t.event_type for t, _, _ in find_triggers(text)] == []
    assert [t.event_type for t, _, _ in find_triggers("Police seized weapons at the house.")] == ["raid"]
