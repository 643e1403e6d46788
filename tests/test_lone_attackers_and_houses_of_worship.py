"""Attacks in Europe, North America and Israel told without a word of terror in their own sentence:
houses of worship shot at, burnt or firebombed, a knife or a machete used on officers or a member of
parliament's staff, a truck driven down a bike path, a Palestinian assailant, a motive of hate told
after; the attacker shot dead counted as GTD counts him, and police fire that ends an attack is no
operation of its own. The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

PUB = "2020-10-19"  # a Monday


def _one(pipeline: Pipeline, text: str) -> dict:
    (rec,) = records_of(pipeline, text, published=PUB)
    return rec


def _kind(rec: dict) -> tuple[str, str | None, str | None, str | None]:
    return rec["event_type"], rec["attack_type"], rec["weapon_type"], rec["target_type"]


def test_houses_of_worship_shot_at_burnt_or_firebombed(pipeline: Pipeline) -> None:
    rec = _one(
        pipeline,
        "A gunman shot dead two people outside a synagogue in Halle in eastern Germany on Saturday after "
        "failing to force his way inside, police said.",
    )
    assert _kind(rec) == ("attack", "armed_assault", "firearms", "religious_figures_institutions")
    assert rec["counts"]["killed"] == 2
    rec = _one(
        pipeline,
        "Masked men threw Molotov cocktails at a synagogue in the German city of Oldenburg early on "
        "Saturday, scorching the wooden door, police said. State security police are investigating an "
        "anti-Semitic attack.",
    )
    assert _kind(rec) == ("attack", "facility_attack", "incendiary", "religious_figures_institutions")
    assert rec["date"]["start"] == "2020-10-17"
    rec = _one(
        pipeline,
        "A fire at a mosque in Escondido, California, early on Sunday is being investigated as arson and a "
        "possible hate crime, police said. No one was hurt.",
    )
    assert _kind(rec)[:2] == ("attack", "facility_attack")
    # a fire at a mosque with no sign of a deed stays out
    assert (
        records_of(pipeline, "A fire broke out at a mosque in Leeds on Sunday, firefighters said.", PUB) == []
    )


def test_a_blade_a_truck_or_a_palestinian_assailant(pipeline: Pipeline) -> None:
    rec = _one(
        pipeline,
        "A Palestinian assailant stabbed two Israelis at a bus station in Tel Aviv on Sunday morning before "
        "being shot dead by a police officer, police said.",
    )
    assert _kind(rec)[:3] == ("attack", "armed_assault", "melee")
    # the attacker shot dead is counted, as the GTD counts him
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (1, 2)
    rec = _one(
        pipeline,
        "A man drove a rented pickup truck down a bike path in Lower Manhattan on Tuesday afternoon, killing "
        "eight people and injuring 11, before being shot in the abdomen by a police officer, officials said. "
        "Officials called it an act of terror.",
    )
    assert _kind(rec)[:3] == ("attack", "unarmed_assault", "vehicle")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (8, 11)
    rec = _one(
        pipeline,
        "A man attacked a Labour MP's constituency office in Sheffield with a machete on Friday, injuring a "
        "member of staff, police said. Counter-terrorism police are investigating.",
    )
    assert (rec["event_type"], rec["weapon_type"], rec["counts"]["wounded"]) == ("attack", "melee", 1)


def test_police_fire_that_ends_an_attack_is_no_operation(pipeline: Pipeline) -> None:
    rec = _one(
        pipeline,
        "A 35-year-old man was shot dead by police late on Friday after he attacked officers with a knife "
        "outside a police station in the northern French city of Rambouillet, prosecutors said. The national "
        "anti-terrorism prosecutor's office took over the case on Saturday.",
    )
    assert _kind(rec) == ("attack", "armed_assault", "melee", "police")
    assert rec["date"]["start"] == "2020-10-16"
    # a gunman killed by police with nothing of his own told stays the police's deed
    text = (
        "Occupation spokesman Robert Finicum was shot and killed by state police on Tuesday, officials said."
    )
    for rec in records_of(pipeline, text, PUB):
        assert rec["event_type"] != "attack"


def test_a_motive_of_hate_or_a_beheading_puts_a_killing_in_the_field(pipeline: Pipeline) -> None:
    rec = _one(
        pipeline,
        "BERLIN (Reuters) - A gunman shot dead nine people at two shisha bars in the western German town of "
        "Hanau late on Wednesday before killing his mother and himself at home, police said. Federal "
        "prosecutors took over the case, citing a far-right motive.",
    )
    assert rec["event_type"] == "attack"
    assert [loc["country_code"] for loc in rec["locations"]] == ["DE"]
    recs = records_of(
        pipeline,
        "Police have arrested seven people over the beheading of teacher Samuel Paty outside his school in "
        "Conflans-Sainte-Honorine on Oct. 16, prosecutors said on Monday.",
        PUB,
    )
    assert "arrest" in [r["event_type"] for r in recs]
    # a shooting told with no motive and no word of the field stays out
    assert (
        records_of(pipeline, "A man shot dead two people at a bar in Hanau on Wednesday, police said.", PUB)
        == []
    )


def test_a_hoax_the_fatally_wounded_and_the_police_who_ended_it(pipeline: Pipeline) -> None:
    # a bomb only claimed by a caller, and a hoax told after: no attack
    text = (
        "Police evacuated Brussels Central station on Monday morning after an anonymous caller claimed a "
        "bomb had been planted, but nothing suspicious was found. The prosecutor said the call was a hoax."
    )
    assert records_of(pipeline, text, PUB) == []
    # of three stabbed, one fatally: one killed, two wounded
    rec = _one(
        pipeline,
        "A man stabbed three people, one fatally, in Melbourne's Bourke Street on Friday afternoon, police "
        "said. Police said they were treating the incident as terrorism.",
    )
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (1, 2)
    rec = _one(
        pipeline,
        "A teenager stabbed a bishop and a priest during a service at a church in Wakeley, Sydney, on Monday "
        "evening, police said, declaring it a terrorist incident.",
    )
    assert rec["counts"]["wounded"] == 2
    # the police who shot the attacker did not do the attack
    rec = _one(
        pipeline,
        "A man stabbed two people at a tram stop in Mannheim early Saturday before he was shot dead by "
        "police, officers said. Prosecutors opened a terrorism investigation.",
    )
    assert [a["name"] for a in rec["actors"] if a["role"] == "perpetrator"] == []
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (1, 2)


def test_a_real_blast_beside_a_false_call_and_quarrels_at_a_mosque(pipeline: Pipeline) -> None:
    text = (
        "A bomb went off at the offices of a ruling party lawmaker in Thessaloniki early on Sunday, damaging "
        "the building. A caller to a newspaper had said a bomb was planted there. Police said no explosives "
        "were found in a second building named by the caller."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["attack"]
    for text in (
        "A man stabbed an imam outside a mosque in Bradford on Friday after an argument about prayer times.",
        "Two brothers were shot dead at a mosque in Peshawar on Friday over personal enmity, police said.",
    ):
        assert records_of(pipeline, text, PUB) == [], text
    # soldiers who shot the attacker did not do the attack
    rec = _one(
        pipeline,
        "A man armed with a knife attacked a soldier at a Paris metro station on Monday and was shot by a "
        "soldier, police said. Anti-terrorism prosecutors opened an investigation.",
    )
    assert [a["name"] for a in rec["actors"] if a["role"] == "perpetrator"] == []
