"""Attack tolls told the way wires tell them (a passer-by, the bomber himself, a toll that rises, victims
"also" killed, a title in capitals), the groups and deeds of 1989-90 wire copy (urban commandos who
blow up pylons, the contras, the Extraditables' threats, clashes that are fighting), towns named far
from a worldwide group's home, and arrests of people who came back from Syria. The real pipeline; texts
written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.counts import aggregate, find_counts
from veille.kb.actors import ActorKB
from veille.pipeline import Pipeline

PUB = "2017-11-26"  # a Sunday
WIRE = "1990-01-12"


def _killed(text: str) -> int | None:
    return aggregate(find_counts(text, upper=text.isupper()))["killed"]


def _places(rec: dict) -> list[tuple[str | None, str | None]]:
    return [(loc["name"], loc["country_code"]) for loc in rec["locations"]]


def _perpetrators(rec: dict) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == "perpetrator"]


def test_the_toll_counts_a_passer_by_the_bomber_and_a_later_total_once() -> None:
    assert _killed("Gunmen shot dead a policeman and a passer-by in Peshawar on Monday.") == 2
    assert _killed("The blast killed two policemen and three passers-by.") == 5
    # the bomber too, as the GTD counts him ("including himself" is inside the figure)
    assert _killed("A suicide bomber blew himself up at a market, killing 12 people and himself.") == 13
    assert _killed("A suicide bomber blew herself up at a market, killing 11 people besides herself.") == 12
    assert _killed("A suicide bomber blew himself up, killing 12 people including himself.") == 12
    # a toll that rises is told with its new total
    assert (
        _killed(
            "A bomb exploded in a market in Quetta on Monday, killing four people. Two more victims died "
            "on Tuesday, bringing the toll to six."
        )
        == 6
    )
    # ... but a second blast's dead told before the first's are added
    assert _killed("Another three people were killed in a second blast. The first blast killed 10.") == 13
    # victims "also" killed by the same men are more victims
    assert (
        _killed("The mayor was killed last week by guerrillas. The guerrillas also killed two councilmen.")
        == 3
    )


def test_capitals_a_bare_title_is_one_victim_and_a_time_is_no_object() -> None:
    assert (
        _killed("PRESUMED TERRORISTS YESTERDAY MURDERED BUSINESSMAN JOSE ANTONIO RODRIGUEZ IN SAN MIGUEL.")
        == 1
    )
    assert _killed("THE FMLN KILLED FORMER JUSTICE MINISTER JOSE GARCIA.") == 1
    # a noun that goes on to a plural is no single victim
    assert _killed("TERRORISTS ATTACKED MILITARY POSITIONS AND KILLED NATIONAL GUARD MEMBERS.") is None
    text = "AT LEAST 35 PERSONS WERE KILLED AND MORE THAN 500 WOUNDED THIS MORNING WHEN A BUS EXPLODED."
    assert aggregate(find_counts(text, upper=True)) | {} == {
        "killed": 35,
        "wounded": 500,
        "arrested": None,
        "kidnapped": None,
        "cells": None,
        "persons": None,
    }
    text = "At least 35 people were killed and 50 wounded this morning when a bus exploded."
    assert aggregate(find_counts(text))["wounded"] == 50


def test_wire_copy_of_1990_keeps_its_deeds_and_its_groups(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 12 JAN 90 (RADIO CADENA YSKL) -- [TEXT] URBAN COMMANDOS OF THE FARABUNDO MARTI "
        "NATIONAL LIBERATION FRONT (FMLN) YESTERDAY BLEW UP FOUR POWER PYLONS IN USULUTAN DEPARTMENT, "
        "LEAVING THE EASTERN REGION OF THE COUNTRY WITHOUT ELECTRICITY. NO CASUALTIES WERE REPORTED."
    )
    (rec,) = records_of(pipeline, text, published=WIRE)
    assert (rec["event_type"], rec["attack_type"], rec["target_type"]) == ("attack", "bombing", "utilities")
    assert rec["date"]["start"] == "1990-01-11"
    assert _perpetrators(rec) == ["Farabundo Martí National Liberation Front"]
    text = (
        "SAN SALVADOR, 12 JAN 90 (RADIO CADENA YSKL) -- [TEXT] THE FMLN YESTERDAY SABOTAGED FOUR POWER "
        "PYLONS IN USULUTAN DEPARTMENT, LEAVING THE EASTERN REGION WITHOUT ELECTRICITY."
    )
    assert of_type(records_of(pipeline, text, published=WIRE), "attack")
    text = (
        "MANAGUA, 12 JAN 90 (BARRICADA) -- [TEXT] A GROUP OF 60 CONTRAS ATTACKED THE EL PORVENIR "
        "AGRICULTURAL COOPERATIVE IN MATAGALPA DEPARTMENT YESTERDAY, KILLING SEVEN PEASANTS AND WOUNDING 11."
    )
    (rec,) = records_of(pipeline, text, published=WIRE)
    assert rec["event_type"] == "attack"
    assert _perpetrators(rec) == ["Nicaraguan Resistance"]
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (7, 11)
    text = (
        "BOGOTA, 6 DEC 89 (CARACOL) -- [TEXT] THE EXTRADITABLES THREATENED TODAY TO KILL 10 JUDGES FOR EACH "
        "COLOMBIAN EXTRADITED TO THE UNITED STATES."
    )
    (rec,) = records_of(pipeline, text, published="1989-12-06")
    assert rec["event_type"] == "threat"
    assert _perpetrators(rec) == ["The Extraditables"]


def test_deaths_in_clashes_are_fighting_and_a_trial_has_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 11 JAN 90 (DPA) -- [TEXT] THE ARMED FORCES PRESS COMMITTEE (COPREFA) REPORTED TODAY "
        "THAT 12 GUERRILLAS AND THREE SOLDIERS WERE KILLED IN CLASHES IN THE VICINITY OF SAN MIGUEL VOLCANO, "
        "SAN MIGUEL DEPARTMENT."
    )
    (rec,) = records_of(pipeline, text, published="1990-01-11")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 15)
    text = (
        "LA PAZ, 22 MAR 90 (PRESENCIA) -- [TEXT] THE TRIAL OF FOUR MEMBERS OF THE ZARATE WILLKA ARMED FORCES "
        "OF LIBERATION ACCUSED OF MURDERING TWO U.S. MORMON MISSIONARIES IN MAY 1989 IN LA PAZ BEGAN "
        "YESTERDAY. THE PROSECUTOR ASKED FOR 30-YEAR SENTENCES."
    )
    (rec,) = records_of(pipeline, text, published="1990-03-22")
    assert rec["event_type"] == "trial"
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("1990-03-21", "day")
    assert [a["name"] for a in rec["actors"]] == ["Zárate Willka Armed Forces of Liberation"]


def test_bombs_that_strike_and_plots_to_bomb_are_in_the_field(pipeline: Pipeline) -> None:
    (rec,) = records_of(
        pipeline, "A bomb struck a minibus in Quetta on Wednesday, killing three passengers.", PUB
    )
    assert (rec["event_type"], rec["attack_type"], rec["counts"]["killed"]) == ("attack", "bombing", 3)
    (rec,) = records_of(pipeline, "A bomb killed a soldier and a child in Gao on Sunday.", PUB)
    assert (_places(rec), rec["counts"]["killed"]) == ([("Gao", "ML")], 2)
    (rec,) = records_of(
        pipeline, "Police in France arrested four men suspected of planning a bombing on Monday.", PUB
    )
    assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 4)
    # the weather's "bomb cyclone" and an air force's raids are no attack
    assert (
        records_of(pipeline, "A bomb cyclone struck the east coast on Monday, killing three people.", PUB)
        == []
    )
    assert (
        records_of(pipeline, "The air force was planning a bombing raid on the port, officials said.", PUB)
        == []
    )


def test_shells_of_a_group_are_its_attack_and_blame_names_the_doer(pipeline: Pipeline) -> None:
    text = (
        "Mortar shells fired by Islamic State militants hit a market in Deir al-Zor on Sunday, killing nine "
        "civilians."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "attack"
    assert _perpetrators(rec) == ["Islamic State"]
    assert "Islamic State" not in [a["name"] for a in rec["actors"] if a["role"] == "target"]
    text = (
        "Gunmen killed four villagers in a village in northern Burkina Faso on Sunday, residents said, "
        "blaming the jihadist group Ansarul Islam."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert _perpetrators(rec) == ["Ansarul Islam"]
    text = "Jihadists attacked a UN camp in Kidal overnight with mortars, wounding three peacekeepers."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "government_diplomatic"
    assert _places(rec) == [("Kidal", "ML")]


def test_a_worldwide_group_leaves_towns_far_from_its_home_alone(pipeline: Pipeline) -> None:
    for town, cc in (
        ("Fez", "MA"),
        ("Kidal", "ML"),
        ("Constantine", "DZ"),
        ("Derna", "LY"),
        ("Misrata", "LY"),
    ):
        (rec,) = records_of(
            pipeline, f"Police arrested a man linked to Islamic State in {town} on Sunday.", PUB
        )
        assert [loc["country_code"] for loc in rec["locations"]] == [cc], town
    text = (
        "Al Qaeda militants ambushed an army checkpoint in Shabwa province overnight, killing five soldiers."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert _places(rec) == [("Shabwah", "YE")]
    # a language stays a language
    text = (
        "Islamic State said in a statement in Dari that its fighters attacked a checkpoint in Kabul "
        "on Sunday."
    )
    for rec in records_of(pipeline, text, PUB):
        assert all(loc["country_code"] != "BF" for loc in rec["locations"])


def test_where_someone_came_back_from_is_not_where_he_was_taken(pipeline: Pipeline) -> None:
    text = "Police arrested a man on Sunday on suspicion of terrorism offences after he returned from Syria."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["locations"]) == ("arrest", [])
    text = "Police arrested a man on Sunday on suspicion of joining Islamic State in Syria."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["locations"] == []
    # ... but his return home, where he was taken, is the place
    text = (
        "A French woman was arrested on her return to France on Sunday on suspicion of joining Islamic State."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert [loc["country_code"] for loc in rec["locations"]] == ["FR"]
    # a relative clause closed by its own verb, then the report's
    text = "A man who returned from Syria was arrested on Sunday on suspicion of terrorism offences."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["date"]["start"]) == ("arrest", "2017-11-26")
    # ... not a man described by an earlier arrest
    text = "Prosecutors said a man who was arrested in March on terrorism charges has been released."
    assert not of_type(records_of(pipeline, text, PUB), "arrest")
    text = "A cell that recruited fighters for Islamic State was dismantled on Sunday in Fez."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], _places(rec)) == ("cell_dismantled", [("Fes", "MA")])


def test_the_groups_of_latin_american_wire_copy_are_known(kb: ActorKB) -> None:
    def ids(text: str) -> list[str]:
        return sorted({m.entry.id for m in kb.find(text)})

    assert ids("A GROUP OF 60 CONTRAS ATTACKED THE COOPERATIVE.") == ["contras"]
    assert ids("The contras attacked a cooperative.") == ["contras"]
    assert ids("URNG guerrillas attacked an army post.") == ["urng"]
    assert ids("The Cinchoneros claimed the bombing.") == ["cinchoneros"]
    assert ids("GUERRILLAS OF THE POPULAR LIBERATION ARMY (EPL) ATTACKED A POLICE POST.") == ["epl"]
    assert ids("The Medellin Cartel planned the assassination.") == ["medellin-cartel"]
    assert ids("Weichan Auka Mapu claimed the arson attacks.") == ["weichan-auka-mapu"]
    # "contra" of Spanish or of debate is no group
    assert ids("los pros y los contras de la reforma") == []
    assert ids("the pros and contras of the plan") == []


def test_near_misses_of_these_rules_stay_as_they_were(pipeline: Pipeline) -> None:
    # a worldwide group's home still counts when the article names a place there
    text = "Islamic State militants attacked an army post in Karma, east of Fallujah, killing four soldiers."
    (rec,) = records_of(pipeline, text, PUB)
    assert {loc["country_code"] for loc in rec["locations"]} == {"IQ"}
    # the step's own place, however the people are described
    text = "Two men who fought for Islamic State were arrested in Sweden on Monday on terrorism charges."
    (rec,) = records_of(pipeline, text, PUB)
    assert [loc["country_code"] for loc in rec["locations"]] == ["SE"]
    text = (
        "A suspected jihadist who returned from Syria to France was arrested on Monday on terrorism charges."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert [loc["country_code"] for loc in rec["locations"]] == ["FR"]
    text = (
        "A suspected Islamic State member was arrested on his return from Syria at Istanbul airport on "
        "Monday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert [loc["country_code"] for loc in rec["locations"]] == ["TR"]
    # a past arrest told in a trial leaves the trial the happening
    text = (
        "A jihadist who returned from Syria was arrested in 2014, a court heard on Tuesday during the "
        "trial of five men in Paris."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["trial"]
    # a trial's day, whatever the victim of the deed it is about
    text = (
        "The trial of two jihadists accused of murdering a priest in Normandy in July 2016 opened on Monday."
    )
    (rec,) = records_of(pipeline, text, "2018-09-12")
    assert rec["date"]["start"] == "2018-09-10"
    # a state's bomb, a threat or a word is no attack
    for text in (
        "A Russian bomb hit a hospital in Aleppo on Sunday, killing eight people.",
        "A bomb threat hit three schools in Ohio on Monday.",
        "Police said the F-bomb hit a nerve with voters.",
    ):
        assert not of_type(records_of(pipeline, text, PUB), "attack"), text
    # in capitals, a people or a community killed is no single victim
    for text in (
        "FMLN GUERRILLAS TODAY MURDERED CIVILIAN POPULATION IN SAN VICENTE.",
        "SHINING PATH GUERRILLAS TODAY MASSACRED PEASANT COMMUNITY OF CHAPI IN AYACUCHO.",
    ):
        assert _killed(text) is None, text
    # a future attack inside the doers' words is no attack
    text = (
        "SAN SALVADOR, 24 JAN 90 (ACAN-EFE) -- [TEXT] CITING MILITARY INTELLIGENCE REPORTS, PONCE "
        'ANTICIPATED THAT "THE GUERRILLAS WILL CARRY OUT TERRORIST ACTIONS AND ATTACKS ON MILITARY UNITS."'
    )
    assert not of_type(records_of(pipeline, text, "1990-01-24"), "attack")
