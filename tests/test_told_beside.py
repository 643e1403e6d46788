"""What is told beside a happening is not the happening's: the places of the happening it followed
("following the fatal shootings ... in Louisiana and Minnesota"), an attack named again in a story
whose title is a cyber attack, and a gunman named is who did it, not a victim (the real pipeline;
the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, published: str = "2016-07-10", title: str | None = None
) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "b-1", "title": title, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def test_the_places_of_the_happening_it_followed_are_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "MADRID -- After a sniper killed five police officers in Dallas on Thursday following the fatal "
        "shootings of two black men by police in Louisiana and Minnesota, the White House cut short the trip."
    )
    (rec,) = records(pipeline, text)
    assert [loc["name"] for loc in rec["locations"]] == ["Dallas"]


def test_a_happening_s_places_before_the_one_it_followed_stay(pipeline: Pipeline) -> None:
    text = (
        "DALLAS -- A sniper killed five police officers in Dallas and wounded two in Richardson on Thursday "
        "following a protest march, police said."
    )
    (rec,) = records(pipeline, text)
    assert {loc["name"] for loc in rec["locations"]} >= {"Dallas"}


def test_an_attack_named_again_in_a_cyber_story_is_no_attack(pipeline: Pipeline) -> None:
    title = "Before the heist, the bank feared such cyber attacks"
    text = (
        "NEW YORK -- In the years before hackers stole millions from a central bank account, security "
        "officials examined the risk of such an attack, bank sources said.\n\n"
        "Federal Bureau of Investigation officials discussed the risk of an attack made through the banking "
        "network, according to officials.\n\n"
        "In the months before the attack, the security unit was focused on money laundering and terrorism "
        "financing, according to two people familiar with the plan."
    )
    assert records(pipeline, text, "2016-05-07", title) == []
    # ... a story of a bombing is not
    bombing = "Before the bombing, the bank feared such attacks"
    text2 = "NEW YORK -- A bomb exploded at the bank on Monday, killing two guards, police said."
    assert [r["event_type"] for r in records(pipeline, text2, "2016-05-07", bombing)] == ["attack"]


def test_a_gunman_named_is_who_did_it(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO -- A gunman killed 49 people at a gay nightclub in Orlando on Sunday. The gunman, Omar "
        "Mateen, who used an assault rifle, was killed by police after a three-hour standoff. Islamic State "
        "claimed responsibility for the attack."
    )
    (rec,) = records(pipeline, text, "2016-06-13")
    roles = {(a["name"], a["role"]) for a in rec["actors"]}
    assert ("Omar Mateen", "perpetrator") in roles
    assert ("Omar Mateen", "target") not in roles
    (mateen,) = [a for a in rec["actors"] if a["name"] == "Omar Mateen"]
    assert mateen["legal_status"] == "suspect"
    # the group's claim still names it
    assert ("Islamic State", "perpetrator") in roles


def test_the_day_of_what_went_on_beside_the_report_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "DHAKA -- The seven militants who killed 20 people at a restaurant in Dhaka were local men and "
        "authorities had tried before to arrest five of them, police said, as the country began a two-day "
        "period of mourning on Sunday."
    )
    (rec,) = records(pipeline, text, "2016-07-03")
    assert rec["date"]["start"] != "2016-07-03"
    # ... but a clause that tells the attack itself dates it
    told = text.replace(
        "as the country began a two-day period of mourning on Sunday", "as gunmen stormed it on Friday"
    )
    (rec,) = records(pipeline, told, "2016-07-03")
    assert rec["date"]["start"] == "2016-07-01"
