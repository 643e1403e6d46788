"""The hunt after an attack: arrests told paragraphs later are happenings of their own, the attack
named again among them tells of the suspects, and the agency implied by a passive is one of the
country where it happened (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.extract import gtd
from veille.extract.lexicon import find_triggers
from veille.extract.triggers import Hit, main_hit
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "h-1", "title": None, "text": text, "published": "2025-11-06", "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


_ATTACK = (
    "ISTANBUL Three suspected Islamic State suicide bombers killed 41 people in a gun and bomb attack at "
    "Istanbul airport on Tuesday. The bombers opened fire outside before two of them blew themselves up "
    "inside the terminal. "
)
_ASIDE = (
    "The Russian interior ministry said it was checking reports that one of the bombers came from "
    "Dagestan. Turkey has tightened security on its border with Syria. "
)


def test_an_arrest_told_paragraphs_after_an_attack_is_its_own_record(pipeline: Pipeline) -> None:
    text = (
        _ATTACK
        + _ASIDE
        + (
            "Turkish police detained 13 suspected Islamic State members in raids across Istanbul on Thursday "
            "in connection with Tuesday night's attack."
        )
    )
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack", "arrest"]
    attack, arrest = recs
    assert attack["counts"]["arrested"] is None
    assert arrest["counts"]["arrested"] == 13
    assert arrest["date"]["start"] == "2025-11-06"


def test_an_arrest_told_right_after_the_attack_is_its_end(pipeline: Pipeline) -> None:
    text = _ATTACK + "Police arrested a fourth attacker at the scene."
    assert [r["event_type"] for r in records(pipeline, text)] == ["attack"]


def test_the_attack_named_again_among_the_arrests_tells_of_the_suspects(pipeline: Pipeline) -> None:
    text = (
        _ATTACK
        + _ASIDE
        + (
            "Turkish police detained 13 suspected Islamic State members in raids across Istanbul on "
            "Thursday. They were accused of providing logistical support for the bombings. Police special "
            "forces raided 16 addresses in the city at dawn."
        )
    )
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack", "arrest"]
    evidence = " ".join(e["text"] for e in recs[1]["evidence"])
    assert "logistical support" in evidence and "16 addresses" in evidence


def test_the_implied_agent_is_an_agency_of_the_country_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        _ATTACK
        + _ASIDE
        + (
            "Nine suspected Islamic State militants were detained in Izmir on Thursday in connection with "
            "the attack."
        )
    )
    recs = records(pipeline, text)
    arrests = [r for r in recs if r["event_type"] == "arrest"]
    assert arrests
    # the Russian ministry only spoke; no Turkish agency is named, so none is implied
    assert [a["name"] for r in arrests for a in r["actors"] if a["role"] == "agent"] == []
    text = text.replace("Nine suspected", "Turkish police said nine suspected")
    arrests = [r for r in records(pipeline, text) if r["event_type"] == "arrest"]
    agents = {a["name"] for r in arrests for a in r["actors"] if a["role"] == "agent"}
    assert agents and not any("Russia" in a for a in agents)


def test_an_amputation_among_blast_wounds_is_no_punishment() -> None:
    text = (
        "Bombs packed with nails exploded in the metro. Secondary injuries include head injuries and "
        "amputations."
    )
    assert gtd.attack_type(text) == "bombing"
    assert gtd.attack_type("Militants amputated the hands of two men accused of theft.") == "kidnapping"


def test_the_attack_named_again_in_its_own_story_stays_with_it(pipeline: Pipeline) -> None:
    # a witness's account of the shooting is the attack's, though a charge was told just before
    text = (
        "A far-right extremist shot and stabbed a member of parliament in Birstall on Thursday in what "
        "police called a terrorist attack. Police said on Saturday "
        "the suspect had been charged with murder. A witness said the gunman shouted slogans before "
        "and after the shooting."
    )
    recs = records(pipeline, text)
    attack = next(r for r in recs if r["event_type"] == "attack")
    assert any("witness" in e["text"] for e in attack["evidence"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The gruesome executions captured the attention of Japan.",
        "Government forces had captured most of the village of Duweir al-Zeitun near Bashkoy.",
        "Law enforcers made several drives to arrest them, the police chief said.",
    ],
)
def test_no_arrest_is_made(sentence: str) -> None:
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence)]
    main = main_hit(sentence, hits)
    assert main is None or main.trigger.event_type != "arrest"


def test_an_arrest_is_made() -> None:
    sentence = "Police captured two militants in Kabul."
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence)]
    main = main_hit(sentence, hits)
    assert main is not None and main.trigger.event_type == "arrest"


def test_arrests_since_a_war_began_are_a_figure_not_an_arrest(pipeline: Pipeline) -> None:
    text = _ATTACK + (
        "He said Turkey had detained 3,318 people over suspected links to Islamic State since Syria's "
        "conflict began."
    )
    stats = [r for r in records(pipeline, text) if r["record_type"] == "statistic"]
    assert len(stats) == 1
    assert stats[0]["statistic"]["value"] == 3318
    assert {loc["country_code"] for loc in stats[0]["locations"]} == {"TR"}


def test_a_country_with_a_post_abroad_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        _ATTACK
        + _ASIDE
        + (
            "Russia's consulate in the Mediterranean city of Antalya said three Russian nationals had been "
            "detained there on suspicion of links to Islamic State."
        )
    )
    arrests = [r for r in records(pipeline, text) if r["event_type"] == "arrest"]
    assert len(arrests) == 1
    assert [loc["city"] for loc in arrests[0]["locations"]] == ["Antalya"]


def test_a_hostage_situation_in_a_shooting_is_a_barricade_not_a_kidnapping() -> None:
    text = (
        "A gunman shot dead about 20 people in a crowded nightclub early on Sunday. A hostage situation "
        "quickly developed before a squad of officers entered the club and shot dead the gunman."
    )
    assert gtd.attack_type(text) == "hostage_barricade"
    assert gtd.attack_type("Gunmen kidnapped two engineers and took them to the mountains.") == "kidnapping"


def test_a_group_named_as_the_attacks_attribute_is_its_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "The rebel group said on Wednesday that 43 of its fighters were killed in an Islamic State attack "
        "on two towns near the Turkish border at the weekend."
    )
    recs = [r for r in records(pipeline, text) if r["event_type"] == "attack"]
    assert len(recs) == 1
    roles = {(a["name"], a["role"]) for a in recs[0]["actors"]}
    assert ("Islamic State", "perpetrator") in roles and ("Islamic State", "target") not in roles


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the fighting and its dead are told, the arrests after them
        (
            "Government forces repelled an al Shabaab attack on Maxaas, at least four dead, 21 arrested.",
            "attack",
        ),
        (
            "During a raid on a separatist militant camp, a key commander was killed and three others were "
            "arrested by military forces.",
            "raid",
        ),
        # ... not the dead of a happening named in a clause
        ("Police arrested three men in connection with the attack that killed 12 people in Kabul.", "arrest"),
        # ... nor of one the arrests followed
        (
            "Following Sunday's mosque attack in Kano, where 20 worshippers died, police arrested 12 "
            "suspected Boko Haram members on Monday.",
            "arrest",
        ),
        (
            "After an attack on a police post in Kunduz on Sunday, two officers dead, police arrested "
            "three Taliban suspects on Monday.",
            "arrest",
        ),
    ],
)
def test_arrests_after_a_fight_and_its_dead(sentence: str, kind: str) -> None:
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence)]
    main = main_hit(sentence, hits)
    assert main is not None and main.trigger.event_type == kind
