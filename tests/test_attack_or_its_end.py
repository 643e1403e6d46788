"""An attack whose doers were then killed by police is an attack; bombings in a town told with its
distance from the capital are not the capital's bombing."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def test_the_attack_before_its_doers_were_killed_in_a_shootout(pipeline: Pipeline) -> None:
    text = (
        "Farook and his wife, Tashfeen Malik, shot and killed 14 people and wounded 22 others last "
        "Dec. 2 before they were themselves killed in a shootout with police. The government has "
        "said the attack was inspired by Islamist militants."
    )
    (r,) = records_of(pipeline, text, "2016-03-02")
    assert r["event_type"] == "attack"
    assert r["counts"]["killed"] == 14


def test_a_shootout_told_alone_is_still_an_operation(pipeline: Pipeline) -> None:
    text = "Two militants were killed in a shootout with police in Srinagar on Tuesday, officials said."
    (r,) = records_of(pipeline, text, "2016-03-02")
    assert r["event_type"] == "ct_operation"


def test_bombings_in_a_town_told_by_its_distance_from_the_capital(pipeline: Pipeline) -> None:
    text = (
        "LIMA, 9 NOV 89 (EFE) -- [TEXT] SHINING PATH MEMBERS LAST NIGHT BOMBED AN OFFICE OF THE "
        "RULING APRA PARTY IN LIMA, INJURING FOUR PEOPLE.\n\n"
        "   POLICE SOURCES HAVE REPORTED AT LEAST SIX BOMBINGS LAST NIGHT IN THE ANDEAN CITY OF "
        "AYACUCHO, 575 KM SOUTHEAST OF THE LIMA."
    )
    towns = sorted(loc["name"] for r in records_of(pipeline, text, "1989-11-09") for loc in r["locations"])
    assert "Ayacucho" in towns
    assert "Lima" in towns


def test_several_blasts_at_once_are_an_attack(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 6 DEC 89 (RADIO CADENA NACIONAL) -- [TEXT] JUST A FEW MINUTES AGO TWO VERY STRONG "
        "EXPLOSIONS OCCURRED IN THE CENTER OF BOGOTA. SEVEN PEOPLE WERE KILLED."
    )
    (r,) = records_of(pipeline, text, "1989-12-06")
    assert r["event_type"] == "attack"
    assert r["counts"]["killed"] == 7


def test_several_blasts_at_a_plant_are_no_attack(pipeline: Pipeline) -> None:
    for text in (
        "Two explosions hit a chemical plant in Texas on Monday after a fire broke out, officials said.",
        "Three explosions rocked a fireworks warehouse in Mexico on Monday, killing 12 people.",
    ):
        assert records_of(pipeline, text, "2016-06-15") == []
