"""Who did it and who tells it: a group's spokesman and a spokesman named before his title are
sources; a claim elsewhere in the story is not taken for an attack nobody claimed, nor the group's
men named with no deed (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-01-18") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "c-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def roles(rec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(a["role"], a["name"]) for a in rec["actors"]}


JALALABAD = (
    "JALALABAD, Afghanistan A suicide bomber killed 11 people at a wedding in the eastern city of Jalalabad "
    "on Sunday, local officials said. At least 16 people were wounded in the blast, according to Hazrat "
    "Hussain, a spokesman for the provincial police. There was no immediate claim of responsibility. "
    "Taliban spokesman Qari Yousuf denied responsibility for the attack. Several bombs have exploded in "
    "Afghanistan in recent weeks. In the same city last week, Islamic State claimed its first attack on an "
    "Afghan city, an assault on a consulate that killed seven people."
)


def test_nobody_claimed_this_attack_so_a_claim_of_another_is_not_its(pipeline: Pipeline) -> None:
    first, consulate = [r for r in records(pipeline, JALALABAD) if r["event_type"] == "attack"]
    assert not any(role == "perpetrator" for role, _ in roles(first))
    # a group's spokesman who denies it speaks of the attack: a source, never its agent
    assert ("source", "Taliban") in roles(first)
    # "according to Hazrat Hussain, a spokesman": who tells it, no victim
    assert not any(name == "Hazrat Hussain" for _, name in roles(first))
    # "Islamic State claimed its first attack": the other attack's perpetrator, in the same city
    assert ("perpetrator", "Islamic State") in roles(consulate)
    assert consulate["counts"]["killed"] == 7
    assert [x["name"] for x in consulate["locations"]] == ["Jalālābād"]


def test_a_spokesman_named_before_his_title_is_no_victim(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed nine people at a market in Kabul on Sunday. At least 16 people were "
        "wounded in the blast, Najib Danish, a spokesman for the interior ministry, told reporters."
    )
    (rec,) = records(pipeline, text)
    assert not any(name == "Najib Danish" for _, name in roles(rec))


def test_the_group_s_men_named_with_no_deed_claim_nothing(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Three U.S. contractors were kidnapped in the Dora neighborhood of Baghdad on Friday, "
        "police said. The radical Sunni militants of Islamic State have maintained a limited presence in "
        "Baghdad, regularly claiming bomb attacks against Shi'ite neighborhoods."
    )
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack"]
    assert roles(recs[0]) == set()
    # ... the habit is no sentence of the kidnapping
    assert len(recs[0]["evidence"]) == 1


def test_a_happening_told_as_done_by_unknown_men_takes_no_group_from_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "At least 26 Qatari hunters kidnapped last month in the southern desert of Iraq by unknown "
        "militants have not yet been found. Islamic State claimed responsibility for a bombing in "
        "Baghdad on Sunday that killed five people."
    )
    hunters = [r for r in records(pipeline, text) if r["counts"]["kidnapped"] == 26]
    assert len(hunters) == 1
    assert not any(role == "perpetrator" for role, _ in roles(hunters[0]))


def test_a_device_planted_by_a_group_is_still_its_attack(pipeline: Pipeline) -> None:
    text = (
        "On 8 March 2020, two people were killed by the explosion of an IED between Petalkoulerou and "
        "Baraboule (Baraboule, Soum). The device was likely planted by JNIM militants."
    )
    (rec,) = records(pipeline, text, "2020-03-10")
    assert ("perpetrator", "Jama'at Nusrat al-Islam wal-Muslimin") in roles(rec)


def test_a_claim_of_happenings_elsewhere_and_a_group_joined_name_no_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN -- Danish authorities have been on high alert since two people were killed in shooting "
        "attacks on a cafe and a synagogue in Copenhagen in February. More than 120 people from "
        "Denmark are believed to have joined Islamic State in Syria. Islamic State has claimed "
        "responsibility for bombings that killed 32 people in Brussels last month."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-04-07") if r["counts"]["killed"] == 2]
    assert not any(role == "perpetrator" for role, _ in roles(rec))
