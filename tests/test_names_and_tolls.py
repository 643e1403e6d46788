"""A group's name shouted by attackers does not make the group the perpetrator; a "mass shooting"
or a "deadly" attack recalled without its toll has an unknown toll, not none; people arrested and
executed were killed; a gunman named is the suspect; the force investigating an attack is no target
(the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def test_a_group_shouted_is_not_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        'Three men chanting "Islamic State" attacked a man in the Bronx on Friday, leaving him with '
        "bruises on his face, police said. Police are treating the attack as a hate crime."
    )
    recs = records_of(pipeline, text, "2025-04-10")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert not [a for a in recs[0]["actors"] if a["role"] == "perpetrator"]


def test_a_group_named_as_the_doer_still_is(pipeline: Pipeline) -> None:
    text = "Islamic State militants attacked a police post in the Bronx on Friday, police said."
    recs = records_of(pipeline, text, "2025-04-10")
    assert [a["name"] for a in recs[0]["actors"] if a["role"] == "perpetrator"] == ["Islamic State"]


def test_a_mass_shooting_recalled_without_its_toll_has_no_zero(pipeline: Pipeline) -> None:
    text = (
        "After the jihadist-inspired mass shooting at a Lyon concert hall last December, where two "
        "gunmen fired on the crowd, the minister amped up "
        "warnings about returning fighters. He called for an across-the-board halt of all travel to "
        "Syria, warning it carried the risk of additional terror attacks."
    )
    attacks = [r for r in records_of(pipeline, text, "2025-04-10") if r["event_type"] == "attack"]
    assert attacks
    assert attacks[0]["counts"]["killed"] is None


def test_an_arrest_that_ended_in_executions_is_the_killing(pipeline: Pipeline) -> None:
    text = (
        "On 27 March 2025, soldiers reportedly arrested and summarily executed thirteen civilians, "
        "including a trader, in the village of Torokoto."
    )
    recs = records_of(pipeline, text, "2025-03-29")
    assert recs and recs[0]["event_type"] == "attack"
    assert recs[0]["counts"]["killed"] == 13
    assert recs[0]["date"]["start"] == "2025-03-27"


def test_an_arrest_is_still_an_arrest(pipeline: Pipeline) -> None:
    text = "On 27 March 2025, soldiers arrested thirteen suspected militants in the village of Torokoto."
    assert [r["event_type"] for r in records_of(pipeline, text, "2025-03-29")] == ["arrest"]


def test_the_gunman_named_is_the_suspect_even_when_the_tagger_keeps_only_a_surname(
    pipeline: Pipeline,
) -> None:
    text = (
        "A gunman opened fire at the end of a peaceful protest on July 7, killing five Dallas police "
        "officers in a sniper attack. The Dallas gunman, Micah Johnson, 25, was killed by police "
        "deploying a bomb-carrying robot against him."
    )
    recs = records_of(pipeline, text, "2016-07-17")
    people = [a for a in recs[0]["actors"] if a["kind"] == "person"]
    assert people and all(a["role"] == "perpetrator" for a in people)


def test_the_force_that_investigates_an_attack_is_not_its_target(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed 50 people at a nightclub in Orlando on Sunday. The president said the FBI "
        "was investigating the attack, which he called an act of terror."
    )
    recs = records_of(pipeline, text, "2016-06-13")
    roles = {a["name"]: a["role"] for a in recs[0]["actors"]}
    assert roles.get("Federal Bureau of Investigation") == "agent"


def test_a_force_attacked_is_still_the_target(pipeline: Pipeline) -> None:
    text = "Militants attacked a convoy of the Pakistan Army near Quetta on Sunday, killing 4 soldiers."
    recs = records_of(pipeline, text, "2016-06-13")
    assert {a["name"]: a["role"] for a in recs[0]["actors"]}.get("Pakistan Army") == "target"
