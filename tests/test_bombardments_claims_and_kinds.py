"""A state's bombardment of another day or another town answers an attack rather than ending it, and
is an operation of its own ("The Turkish army shelled militant positions near the town on Tuesday"
after Monday's attack; "Warplanes have also hit Raqqa" after the group's attacks elsewhere), and
"began shelling" is a state's operation like "shelled" (a claim's day still dates the attack
claimed, as before); attacks counted by the lands they struck ("attacks in four countries") or shown by
examples ("attacks such as recent killings in Paris") are a summary or a kind, no happening; a
state's clause after a comma takes no armed group's verb; "a life sentence for subversion" is a
state's word for dissent, not the field's; a building named by its town ("the Fort Pierce Islamic
Center") places a happening told in a state (the real pipeline; texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, event_type: str, published: str = "2016-02-14", record_type: str = "event"
) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), event_type, record_type)


def towns(rec: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in rec["locations"]]


# -- bombardments -------------------------------------------------------------------------------


def test_a_shelling_of_the_next_day_is_an_operation_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Kurdish militants attacked a police post in Cizre on Monday, killing two officers. The Turkish "
        "army shelled militant positions near the town on Tuesday, killing 12 militants."
    )
    attacks = records(pipeline, text, "attack")
    operations = records(pipeline, text, "ct_operation")
    assert len(attacks) == 1 and attacks[0]["counts"]["killed"] == 2, attacks
    assert attacks[0]["attack_type"] == "armed_assault"
    assert len(operations) == 1, operations
    assert operations[0]["counts"]["killed"] == 12
    assert operations[0]["date"]["start"] == "2016-02-09"


def test_air_strikes_of_the_next_day_are_an_operation_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "Kurdish militants attacked a police post in Cizre on Monday, killing two officers. Turkish jets "
        "carried out air strikes on militant positions near the town on Tuesday. The strikes killed 12 "
        "militants."
    )
    attacks = records(pipeline, text, "attack")
    operations = records(pipeline, text, "ct_operation")
    assert [a["counts"]["killed"] for a in attacks] == [2], attacks
    assert [o["counts"]["killed"] for o in operations] == [12], operations


def test_a_bombardment_of_another_town_is_no_part_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Islamic State fighters have besieged government-held districts of Deir al-Zor since last "
        "March and last week launched new attacks on the city, a monitor said on Sunday.\n\nWarplanes "
        "have also hit the group's stronghold of Raqqa over the past two days, killing at least 44 people "
        "in the city, the monitor said."
    )
    attacks = records(pipeline, text, "attack", "2016-01-24")
    operations = records(pipeline, text, "ct_operation", "2016-01-24")
    assert not any(a["counts"]["killed"] == 44 for a in attacks), attacks
    assert len(operations) == 1, operations
    assert operations[0]["counts"]["killed"] == 44
    assert towns(operations[0]) == ["Raqqa"]


def test_began_shelling_is_an_operation_of_the_state_that_began(pipeline: Pipeline) -> None:
    text = (
        "Turkey began shelling YPG positions on Saturday while demanding that the militia withdraw from Azaz."
    )
    assert records(pipeline, text, "attack") == []
    assert len(records(pipeline, text, "ct_operation")) == 1
    text = "The Turkish army began shelling YPG positions near Azaz on Saturday, killing two fighters."
    assert records(pipeline, text, "attack") == []
    ops = records(pipeline, text, "ct_operation")
    assert len(ops) == 1 and ops[0]["counts"]["killed"] == 2, ops


def test_armed_men_who_began_shelling_attack(pipeline: Pipeline) -> None:
    # near miss: the rebels' shelling stays their attack
    text = (
        "Rebels resumed shelling of government-held districts of Aleppo on Saturday, killing five civilians."
    )
    recs = records(pipeline, text, "attack")
    assert len(recs) == 1 and recs[0]["counts"]["killed"] == 5, recs


def test_an_operation_ending_the_siege_the_next_day_stays_the_attacks(pipeline: Pipeline) -> None:
    # near miss: a storming that ends the siege is the attack's end, not a bombardment
    text = (
        "Islamist gunmen stormed a hotel in Bamako on Friday, taking dozens of guests hostage. Special "
        "forces stormed the hotel on Saturday and ended the siege, killing two gunmen."
    )
    assert len(records(pipeline, text, "attack", "2015-11-21")) == 1
    assert records(pipeline, text, "ct_operation", "2015-11-21") == []


def test_a_state_clause_after_a_comma_takes_no_armed_groups_verb(pipeline: Pipeline) -> None:
    text = (
        "GENEVA Since the last peace talks collapsed in 2014, Islamic State fighters surged across Syria and "
        "Iraq declaring a caliphate, the United States and its European and Arab allies launched air "
        "strikes against them, and Russia joined in last year with an air campaign of its own."
    )
    assert records(pipeline, text, "attack", "2016-01-29") == []


# -- claims ---------------------------------------------------------------------------------------


def test_a_day_before_the_claims_verb_is_the_claims(pipeline: Pipeline) -> None:
    # near miss: the day the driver struck, told in the next sentence, dates the attack
    text = (
        "Islamic State on Saturday claimed responsibility for the truck attack in Nice that killed 84 "
        "people. The driver had ploughed into a crowd on the seafront on Thursday night."
    )
    recs = records(pipeline, text, "attack", "2016-07-16")
    assert len(recs) == 1, recs
    assert recs[0]["date"]["start"] == "2016-07-14", recs[0]["date"]


def test_a_claims_day_dates_the_attack_when_nothing_else_does(pipeline: Pipeline) -> None:
    # near miss: with no other day told, the claim's day is kept, as before
    text = (
        "LIMA, 1 FEB 89 (EFE) -- THE GUERRILLA MOVEMENT TUPAC AMARU TODAY CLAIMED RESPONSIBILITY FOR THE "
        "KIDNAPPING OF 102 PEOPLE IN THE JUNGLE."
    )
    recs = records(pipeline, text, "attack", "1989-02-01")
    assert len(recs) == 1, recs
    assert recs[0]["date"]["start"] == "1989-02-01"


def test_a_day_after_an_attack_claimed_with_an_article_of_its_own_is_the_attacks(pipeline: Pipeline) -> None:
    # near miss: "a suicide bombing on Tuesday" is told with its day; "the attack ... today", with no
    # clause of the claim's after it, too
    text = "Islamic State claimed responsibility for a suicide bombing on Tuesday morning in central Baghdad."
    recs = records(pipeline, text, "attack", "2016-07-16")
    assert [r["date"]["start"] for r in recs] == ["2016-07-12"], recs
    text = (
        "SAN SALVADOR, 19 APR 89 (AFP) -- A RIGHT-WING COMMANDO UNIT TONIGHT CLAIMED RESPONSIBILITY FOR THE "
        "DYNAMITE ATTACK THAT KILLED THE ATTORNEY GENERAL TODAY. LAST WEEK THE RESIDENCE OF A MINISTER WAS "
        "THE TARGET OF A BOMB ATTACK, THOUGH THERE WERE NO CASUALTIES."
    )
    recs = records(pipeline, text, "attack", "1989-04-19")
    assert "1989-04-19" in [r["date"]["start"] for r in recs], recs
    assert len(recs) == 2, recs


# -- kinds and summaries --------------------------------------------------------------------------


def test_attacks_counted_by_the_lands_they_struck_are_a_summary(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Deadly attacks in four countries linked to Islamic State show the limits of U.S.-led "
        "efforts to loosen the group's grip in Syria and Iraq, officials said."
    )
    assert records(pipeline, text, "attack", "2016-07-06") == []


def test_attacks_in_three_cities_with_a_toll_are_told(pipeline: Pipeline) -> None:
    # near miss: a toll of their own makes them a happening
    text = "Coordinated militant attacks in three Iraqi cities killed 40 people on Tuesday, officials said."
    recs = records(pipeline, text, "attack", "2016-05-23")
    assert len(recs) == 1 and recs[0]["counts"]["killed"] == 40, recs


def test_attacks_shown_by_examples_are_a_kind(pipeline: Pipeline) -> None:
    text = (
        "Last Friday, the administration set up a task force to crack down on extremist groups using the "
        "Internet to find recruits and plan attacks such as recent killings in Paris and San Bernardino, "
        "California. Islamic State militants are active online."
    )
    assert records(pipeline, text, "attack", "2016-01-15") == []


# -- the field's words ----------------------------------------------------------------------------


def test_a_sentence_for_subversion_is_no_word_of_the_field(pipeline: Pipeline) -> None:
    text = (
        "SEOUL A Canadian pastor was arrested in North Korea last year and given a life sentence for "
        "subversion. In 2014, Pyongyang released three detained Americans."
    )
    assert records_of(pipeline, text, "2016-01-22") == []
    text = (
        "The North sentenced a Korean American man who confessed to plotting subversion with South Koreans."
    )
    assert records_of(pipeline, text, "2016-04-29") == []


def test_subversives_and_subversive_activities_stay_words_of_the_field(pipeline: Pipeline) -> None:
    # near misses: the guerrillas' subversion, and a case of subversive activities
    text = "THE SUBVERSIVES ATTACKED A MILITARY POST IN SAN MIGUEL YESTERDAY, KILLING TWO SOLDIERS."
    assert len(records(pipeline, text, "attack", "1989-05-02")) == 1
    text = (
        "Police conducted a raid in the area on Wednesday to arrest a man accused in a case for subversive "
        "activities. When police arrested him, his associates attacked the officers to free him."
    )
    assert records_of(pipeline, text, "2015-02-19") != []


# -- places ---------------------------------------------------------------------------------------


def test_a_building_named_by_its_town_places_a_happening_told_in_a_state(pipeline: Pipeline) -> None:
    text = (
        "A Muslim man was beaten on Saturday outside a Florida mosque attended by the gunman who killed 49 "
        "people at an Orlando nightclub, though officials differed on whether the attack was motivated by "
        "hatred.\n\n"
        "The county sheriff's office said the assault outside the Fort Pierce Islamic Center was reported "
        "at about 4 a.m. local time.\n\n"
        "The mosque's imam had asked for more security after the mass shooting last month at the Pulse "
        "nightclub in Orlando, about 120 miles to the north. The gunman had pledged allegiance to the "
        "leader of the Islamic State militant group."
    )
    recs = [r for r in records(pipeline, text, "attack", "2016-07-03") if r["date"]["start"] == "2016-07-02"]
    assert len(recs) == 1, recs
    assert towns(recs[0]) == ["Fort Pierce"]


def test_a_doer_named_by_his_deed_as_a_clauses_subject_keeps_its_toll(pipeline: Pipeline) -> None:
    # near miss: "the man who killed 49 people" is the happening told, not another's aside
    text = (
        "WASHINGTON Officials are investigating reports that the man who killed 49 people at a gay nightclub "
        "in Orlando may have been gay himself, two officials said on Tuesday, with one describing the "
        "massacre as a possible hate crime. The gunman had pledged allegiance to Islamic State."
    )
    recs = records(pipeline, text, "attack", "2016-06-14")
    assert [r["counts"]["killed"] for r in recs] == [49], recs


# -- devices defused ------------------------------------------------------------------------------


def test_a_device_blown_up_by_the_police_is_defused_and_named_back(pipeline: Pipeline) -> None:
    text = (
        "On 2 May 2020, Indonesian police detonated a bomb planted by an unidentified man at a mosque in "
        "Kuala Pembuang, Central Kalimantan. The police had arrested the man. His motive for planting the "
        "bomb was unclear."
    )
    recs = records(pipeline, text, "attack", "2020-05-03")
    assert len(recs) == 1, recs
    roles = {(a["name"], a["role"]) for a in recs[0]["actors"]}
    assert not any(role == "perpetrator" for _, role in roles), roles


def test_a_device_that_went_off_after_one_defused_is_another(pipeline: Pipeline) -> None:
    # near miss: two bombs that exploded are no part of the one defused
    text = (
        "Security forces defused a bomb planted in front of the embassy in Bogota on Monday. Two bombs "
        "also exploded and destroyed telephone boxes."
    )
    assert len(records(pipeline, text, "attack", "2020-05-03")) == 2


# -- near misses found by a review ------------------------------------------------------------------

REVIEWED = [
    # a second device that did harm is another attack, not the defused one named back
    (
        "Police defused a bomb planted at the railway station in Quetta on Monday. The other bomb, left in "
        "a rubbish bin near the market, killed two people and wounded 11.",
        "attack",
        2,
    ),
    # a happening compared with another by "like" is still told
    (
        "BRUSSELS Tuesday's suicide bombings, like those in Paris in November, were carried out by Islamic "
        "State militants, Belgian prosecutors said on Wednesday.",
        "attack",
        1,
    ),
    # men dressed as soldiers and mutineers attack
    (
        "Five men dressed as soldiers stormed a military hospital in Kabul on Wednesday, killing 30 people.",
        "attack",
        1,
    ),
    (
        "Mutinous soldiers stormed the state television station in Abidjan on Thursday, killing two guards.",
        "attack",
        1,
    ),
    # a victim accused of ties with the guerrillas' subversion
    (
        "GUATEMALA CITY, 3 MAY 89 -- A UNIVERSITY STUDENT LEADER ACCUSED BY THE GOVERNMENT OF TIES WITH "
        "SUBVERSION WAS SHOT DEAD YESTERDAY BY MEN IN A CAR IN ZONE 1.",
        "attack",
        1,
    ),
    # air strikes on attackers fleeing toward another town end the attack
    (
        "Gunmen attacked a police post in Arish on Monday, killing three officers. Air strikes killed four "
        "of the attackers as they fled toward Rafah, the army said.",
        "ct_operation",
        0,
    ),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), REVIEWED)
def test_near_misses_found_by_a_review(pipeline: Pipeline, text: str, event_type: str, expected: int) -> None:
    assert len(records(pipeline, text, event_type, "2016-07-18")) == expected


def test_the_victims_of_the_men_who_killed_name_the_deed_told(pipeline: Pipeline) -> None:
    # near miss: "victims of the men who killed 12 people" is the attack told, with its toll
    text = (
        "Tributes were paid to the victims of the men who killed 12 people at a magazine in Paris on "
        "Wednesday, in the deadliest militant attack in France in decades."
    )
    recs = records(pipeline, text, "attack", "2015-01-09")
    assert [r["counts"]["killed"] for r in recs] == [12], recs


# -- tallies and trends ---------------------------------------------------------------------------


def test_a_quarters_tally_and_the_toll_of_those_attacks_are_statistics(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Islamic State attacks have increased this year, particularly in Iraq and Syria, an "
        "analysis firm said on Sunday. There were 891 attacks during the first quarter of 2016 in Iraq and "
        "Syria, the firm said in a new report. Those attacks killed 2,150 people, a 44 percent rise over "
        "the previous three months."
    )
    recs = records_of(pipeline, text, "2016-05-01")
    assert [r for r in recs if r["record_type"] == "event"] == [], recs
    stats = {r["statistic"]["metric"]: r["statistic"] for r in recs if r["record_type"] == "statistic"}
    assert stats["attacks"]["value"] == 891
    assert stats["deaths"]["value"] == 2150
    period = {"start": "2016-01-01", "end": "2016-03-31"}
    assert stats["attacks"]["period"] == stats["deaths"]["period"] == period, stats


def test_a_state_backed_assault_is_the_states_operation(pipeline: Pipeline) -> None:
    text = (
        "GENEVA Civilians could be cut off from food if government forces encircle Aleppo, the United "
        "Nations said on Tuesday, warning of a new exodus of refugees fleeing a Russian-backed assault."
    )
    assert records(pipeline, text, "attack", "2016-02-09") == []
    assert len(records(pipeline, text, "ct_operation", "2016-02-09")) == 1


def test_where_a_detainee_was_held_is_not_where_he_was_arrested(pipeline: Pipeline) -> None:
    text = (
        "Republicans also seized on the arrest Tuesday of a former Guantanamo Bay detainee as part of a "
        "Spanish terrorism investigation."
    )
    recs = records(pipeline, text, "arrest", "2016-02-24")
    assert len(recs) == 1, recs
    assert [loc["country_code"] for loc in recs[0]["locations"]] == ["ES"], recs[0]["locations"]


def test_a_states_shelling_named_by_its_peoples_adjective_is_its_operation(pipeline: Pipeline) -> None:
    for text in (
        "Turkish shelling hit Kurdish positions near Azaz on Saturday, the monitor said.",
        "Two fighters were killed in Turkish shelling near Azaz on Saturday, the monitor said.",
    ):
        assert records(pipeline, text, "attack") == [], text
        assert len(records(pipeline, text, "ct_operation")) == 1, text
    # near miss: a people with no state of its own
    text = "Kurdish shelling killed at least 29 people near Azaz on Saturday, rebels said."
    assert len(records(pipeline, text, "attack")) == 1


def test_weapons_built_or_cancelled_are_no_attack(pipeline: Pipeline) -> None:
    text = (
        "The Pentagon could save billions by building a smaller force that would delay the new long-range "
        "bomber, cancel the new air launched cruise missile and construct fewer ballistic submarines, "
        "arms control advocates said. Officials also warned of the threat from Islamic State militants and "
        "terrorism."
    )
    assert records(pipeline, text, "attack", "2016-02-26") == []
    # near miss: missiles launched at towns are an attack
    text = "Hamas militants have launched missiles at Israeli towns on Monday, killing two people."
    assert len(records(pipeline, text, "attack", "2016-02-26")) == 1


def test_another_thread_naming_back_the_attack_by_its_datelines_town_is_that_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "DHAKA A pizza chef killed during a militant attack on a cafe in Bangladesh's capital last week was "
        "probably in league with the assailants, police said on Wednesday.\n\n"
        "Meanwhile, Islamic State warned that attacks would continue, saying in a video that the Dhaka "
        "assault was just a hint of what is to come."
    )
    assert len(records(pipeline, text, "attack", "2016-07-06")) == 1
    # near miss: another thread telling another attack is a record of its own
    text = (
        "Gunmen attacked a hotel in Kabul on Monday, killing five guards.\n\n"
        "Meanwhile, a bomb exploded at a market in Kandahar on Tuesday, killing three people."
    )
    assert len(records(pipeline, text, "attack", "2016-07-06")) == 2


# -- near misses found by a second review ---------------------------------------------------------

REVIEWED_AGAIN = [
    # a separate attack with a day and a toll of its own stays its own, though its town is the lead's
    (
        "A suicide bomber killed 30 people at a police academy in Kabul on Thursday in an attack claimed "
        "by the Taliban.\n\nIn a separate incident, the Kabul car bombing on Sunday killed two police "
        "officers near a bank.",
        "attack",
        2,
    ),
    # a real event with a toll, though told across cities
    (
        "Near-simultaneous bombings in five cities of southern Thailand killed a police officer and "
        "wounded a tourist, police said, blaming Muslim insurgents.",
        "attack",
        1,
    ),
    # "building" the noun holds no arms
    (
        "The parliament building in Kabul was damaged by rockets fired by Taliban insurgents, officials "
        "said.",
        "attack",
        1,
    ),
    # separatists and former soldiers who stormed attack
    (
        "Pro-Russian separatist forces stormed a Ukrainian border post near Luhansk on Monday, killing "
        "five guards.",
        "attack",
        1,
    ),
    ("Former soldiers stormed a police station in Bouake on Monday, killing two officers.", "attack", 1),
    # a group's assault, and a people's shelling, are no state's operation
    (
        "Hundreds of families fled a Taliban-led assault on the district of Sangin in Helmand province on "
        "Tuesday.",
        "attack",
        1,
    ),
    (
        "Palestinian shelling killed an Israeli farmer near the Gaza border on Monday, the army said.",
        "attack",
        1,
    ),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), REVIEWED_AGAIN)
def test_near_misses_found_by_a_second_review(
    pipeline: Pipeline, text: str, event_type: str, expected: int
) -> None:
    assert len(records(pipeline, text, event_type, "2016-07-16")) == expected


def test_a_named_attack_among_those_tallied_keeps_its_day(pipeline: Pipeline) -> None:
    # near miss: "These attacks included Sunday's truck bombing" names one of them, with its day
    text = (
        "Islamic State militants have carried out more than 100 attacks in Iraq this year, according to a "
        "report.\n\nThese attacks included Sunday's truck bombing in Baghdad's Karrada district that "
        "killed 292 people."
    )
    recs = [r for r in records(pipeline, text, "attack", "2016-07-16") if r["counts"]["killed"] == 292]
    assert [r["date"]["start"] for r in recs] == ["2016-07-10"], recs


def test_after_the_shooting_told_is_no_earlier_happening(pipeline: Pipeline) -> None:
    # near miss: "fled on foot after the shooting outside the mosque in Fort Pierce" places it
    text = (
        "A gunman opened fire on worshippers at a Florida mosque on Sunday, killing two people in what "
        "police called a terrorist attack.\n\nPolice said the gunman fled on foot after the shooting "
        "outside the mosque in Fort Pierce."
    )
    recs = records(pipeline, text, "attack", "2016-07-16")
    assert [towns(r) for r in recs] == [["Fort Pierce"]], recs


def test_a_place_in_the_deed_said_is_the_deeds(pipeline: Pipeline) -> None:
    text = (
        "Istanbul's governor said a bomb exploded at a bus stop in Ankara on Monday, killing five people "
        "in what officials called a terrorist attack."
    )
    recs = records(pipeline, text, "attack", "2016-06-22")
    assert [towns(r) for r in recs] == [["Ankara"]], recs
    # near miss: where the minister spoke is no place of what he told
    text = "The interior minister told parliament in Rabat that 13 terrorist cells were dismantled this year."
    assert all("Rabat" not in towns(r) for r in records_of(pipeline, text, "2016-06-22")), text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # near misses found by a third review: the town whose body speaks may be the scene
        (
            "Ankara's governor said 28 people were killed when a car bomb exploded, the second attack after "
            "a bombing in Istanbul in January.",
            "Ankara",
        ),
        (
            "A car bomb exploded outside Aden's government headquarters, killing 15 people, in an attack "
            "claimed by Islamic State, which also struck Mukalla last month.",
            "Aden",
        ),
    ],
)
def test_a_town_whose_body_is_named_may_be_the_scene(pipeline: Pipeline, text: str, town: str) -> None:
    recs = records(pipeline, text, "attack", "2016-07-16")
    assert any(town in towns(r) for r in recs), recs
