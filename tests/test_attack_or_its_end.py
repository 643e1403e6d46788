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


def test_each_blast_of_a_series_at_its_own_site_is_a_record(pipeline: Pipeline) -> None:
    text = (
        "GUATEMALA CITY, 10 AUG 89 (AFP) -- [TEXT] THREE EXPLOSIONS ROCKED GUATEMALA CITY TODAY, "
        "LEAVING AT LEAST ONE DEAD AND FIVE WOUNDED.\n\n"
        "   THE MOST SERIOUS INCIDENT WAS CAUSED BY UNIDENTIFIED PERSONS WHO THREW A GRENADE AT A "
        "PASSENGER BUS ON THE ROAD LINKING GUATEMALA CITY WITH PUERTO BARRIOS. "
        "ONE PERSON WAS KILLED AND FIVE WERE WOUNDED IN THE ATTACK.\n\n"
        "   ANOTHER EXPLOSION TOOK PLACE SIMULTANEOUSLY IN ZONE 5 OF GUATEMALA CITY, IN FRONT OF A "
        "CHURCH.  THREE VEHICLES WERE DAMAGED BY THIS EXPLOSION.  THIS WEEK THE PARISH PRIEST "
        "ACCUSED A MINISTER.\n\n"
        "   A THIRD EXPLOSION OCCURRED ON THE FIRST FLOOR OF A BUILDING IN ZONE 9."
    )
    records = records_of(pipeline, text, "1989-08-10")
    assert [r["event_type"] for r in records] == ["attack"] * 3
    assert [r["date"]["start"] for r in records] == ["1989-08-10"] * 3
    assert records[0]["counts"]["killed"] == 1


def test_a_second_blast_minutes_later_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at a police checkpoint in Kabul on Monday, killing six "
        "people. A second explosion went off minutes later as rescuers arrived, officials said."
    )
    assert len(records_of(pipeline, text, "2016-06-13")) == 1


def test_the_bomber_told_again_as_him_is_counted_once(pipeline: Pipeline) -> None:
    text = (
        "RIYADH A suicide bomber was killed and two other people wounded in a blast near the U.S. "
        "consulate in Jeddah early on Monday, state TV said.\n\nThe attacker parked his car outside a "
        "hospital opposite the consulate and detonated his device after being approached by two "
        "security men, killing him and lightly wounding them, it said.\n\nOne 2004 attack hit the "
        "U.S. consulate in Jeddah, killing nine."
    )
    (r,) = [r for r in records_of(pipeline, text, "2016-07-04") if r["date"]["start"] == "2016-07-04"]
    assert r["counts"]["killed"] == 1
    assert r["counts"]["wounded"] == 2


def test_a_gunman_shot_dead_after_his_victims_is_counted_on_top(pipeline: Pipeline) -> None:
    text = (
        'NICE, France A "terrorist" gunman killed 80 people and wounded scores when he drove a heavy '
        "truck at high speed into a crowd watching Bastille Day fireworks in Nice, officials said.\n\n"
        "Police shot him dead after a gunfight."
    )
    (r,) = records_of(pipeline, text, "2016-07-15")
    assert r["counts"]["killed"] == 81
