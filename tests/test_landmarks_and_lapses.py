"""Words around a happening that are not the happening's: a town named for a distance, the land a
group holds, a country named for an office, where a statement was made, people who only speak,
and a happening dated by the lapse to another day (the real pipeline; the texts are written for
these tests).

Each test names one rule; the close cases beside them keep the rule from reaching too far.
"""

from __future__ import annotations

from typing import Any

import pytest

from veille.io.read import article_from_json
from veille.pipeline import Pipeline

# A sentence of the field after the one tested, so that the article as a whole is in the field
_FIELD = " Police arrested three suspected Islamic State militants in Peshawar on Monday, the ministry said."


def records(pipeline: Pipeline, text: str, published: str = "2025-11-08") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "l-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def attacks(pipeline: Pipeline, text: str, published: str = "2025-11-08") -> list[dict[str, Any]]:
    return [r for r in records(pipeline, text, published) if r["event_type"] == "attack"]


def cities(record: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in record["locations"]]


# --- a killing told with a plain verb --------------------------------------------------------------


def test_a_killing_of_several_people_by_someone_an_armed_group_inspired_is_an_attack(
    pipeline: Pipeline,
) -> None:
    # "killed 14 people" names no weapon and no attacker's word; the group named with it does
    recs = attacks(
        pipeline,
        "In December, a married couple who had pledged allegiance to Islamic State killed 14 people "
        "at an office party in San Bernardino.",
    )
    assert len(recs) == 1
    assert recs[0]["counts"]["killed"] == 14
    assert cities(recs[0]) == ["San Bernardino"]
    assert recs[0]["date"]["start"] == "2024-12-01"


def test_a_killing_of_several_people_with_no_armed_agent_near_is_no_attack(pipeline: Pipeline) -> None:
    text = "A lorry driver killed three people when he lost control on the motorway near Leeds on Friday."
    assert attacks(pipeline, text + _FIELD) == []


# --- claims for many attacks at once ---------------------------------------------------------------


def test_a_claim_for_attacks_across_many_countries_is_no_record_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Islamic State has claimed responsibility for attacks in Paris, Brussels and a number of other "
        "countries." + _FIELD
    )
    assert attacks(pipeline, text) == []


def test_a_claim_for_one_attack_is_still_one(pipeline: Pipeline) -> None:
    text = "Islamic State claimed responsibility for the bombing of a market in Kabul on Sunday."
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and cities(recs[0]) == ["Kabul"]


# --- places that are not where it happened ---------------------------------------------------------


def test_a_town_named_for_a_distance_gives_way_to_the_town_of_the_happening(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot dead two policemen at a checkpoint in Kandahar, some 450 km (280 miles) from Kabul, "
        "on Monday."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and cities(recs[0]) == ["Kandahar"]


def test_a_town_named_for_a_distance_stays_when_it_is_the_only_town(pipeline: Pipeline) -> None:
    # "... in Colombia from a site some thirty km from Medellin": a town of another country or no
    # other town, and the landmark is the best place there is
    text = (
        "Gunmen kidnapped two engineers in Colombia from a dam site some thirty kilometers from Medellin "
        "on Monday."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and cities(recs[0]) == ["Medellin"]


def test_the_land_a_group_holds_is_not_where_its_attack_was(pipeline: Pipeline) -> None:
    text = (
        "Islamic State, which controls large parts of Iraq and Syria, said its fighters killed nine "
        "people at a market in Kabul on Sunday."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and cities(recs[0]) == ["Kabul"]


def test_a_country_named_for_an_office_is_not_where_the_attack_was(pipeline: Pipeline) -> None:
    text = (
        "Suicide bombers attacked an airport on Tuesday, killing 36 people. The president of Lithuania "
        "wrote that the attack in Istanbul was despicable."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1
    assert {loc["country_code"] for loc in recs[0]["locations"]} == {"TR"}


def test_where_a_statement_was_made_is_neither_a_place_nor_another_attack(pipeline: Pipeline) -> None:
    text = (
        "Suicide bombers attacked Istanbul airport on Tuesday, killing 36 people. The Belgian prime "
        'minister tweeted from a closed-door meeting on Tuesday in Brussels: "A despicable terror attack."'
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and cities(recs[0]) == ["Istanbul"]


def test_an_attack_told_in_another_town_is_still_another(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed seven people in Kabul on Tuesday. In Kandahar, gunmen killed three "
        "policemen on Tuesday."
    )
    assert sorted(c for r in attacks(pipeline, text) for c in cities(r)) == ["Kabul", "Kandahar"]


# --- people named in an attack's story -------------------------------------------------------------


def people(record: dict[str, Any]) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


def test_a_witness_who_speaks_is_no_target(pipeline: Pipeline) -> None:
    text = "Gunmen killed a police officer in Quetta on Monday, a witness, Ahmed Karimi, told reporters."
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and people(recs[0]) == []


def test_a_person_shot_is_the_target(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead Ahmed Karimi, a police officer, in Quetta on Monday."
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and people(recs[0]) == ["Ahmed Karimi"]
    assert [a["role"] for a in recs[0]["actors"] if a["kind"] == "person"] == ["target"]


def test_a_person_who_was_killed_is_the_target(pipeline: Pipeline) -> None:
    text = "Militants stormed a school in Quetta on Monday. The headmaster, Ahmed Karimi, was killed."
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and people(recs[0]) == ["Ahmed Karimi"]


# --- a happening dated by a lapse to another day ---------------------------------------------------


def test_the_day_after_dates_the_happening_the_day_before(pipeline: Pipeline) -> None:
    # 2025-11-07 is a Friday; the meeting's town is not the shooting's
    text = (
        "Police chiefs met in Boston on Friday, the day after a gunman who pledged allegiance to Islamic "
        "State killed five police officers in Dallas."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1
    assert (recs[0]["date"]["start"], recs[0]["date"]["end"]) == ("2025-11-06", "2025-11-06")
    assert recs[0]["date"]["precision"] == "day"
    assert recs[0]["date"]["text"] == "Friday, the day after"  # the words as written
    assert cities(recs[0]) == ["Dallas"]


def test_two_days_after_counts_from_the_date_told_right_before_it(pipeline: Pipeline) -> None:
    text = (
        "The president said on November 5 -- two days after a gunman who pledged allegiance to Islamic "
        "State killed 49 people in Orlando -- that the group was losing territory."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and recs[0]["date"]["start"] == "2025-11-03"


@pytest.mark.parametrize(
    "text",
    [
        # the lapse counts from the video's day, not the shooting's
        "Four militants held their ground at a wildlife refuge in Burns on Friday, a day after the police "
        "released a video of the fatal shooting of one of the occupiers.",
        # the lapse counts from a day the sentence does not give (Saturday is the report's)
        "Two days after bomb attacks killed 31 people in Brussels, a guard at a nuclear plant was shot "
        "dead, Belgian media reported on Saturday.",
    ],
)
def test_a_lapse_from_another_day_dates_nothing(pipeline: Pipeline, text: str) -> None:
    recs = attacks(pipeline, text + _FIELD)
    assert recs and all(r["date"]["start"] != "2025-11-06" for r in recs)


def test_a_lapse_from_an_untold_day_bounds_the_happening_before_the_report(pipeline: Pipeline) -> None:
    # the guard's murder is two days after the bombings, on a day not told; the report is Saturday's
    text = (
        "Two days after bomb attacks killed 31 people in Brussels, a guard at a nuclear plant was shot "
        "dead, Belgian media reported on Saturday."
    )
    recs = attacks(pipeline, text + _FIELD)
    bombing = next(r for r in recs if r["counts"]["killed"] == 31)
    assert bombing["date"]["precision"] == "unknown" and bombing["date"]["start"] is None
    assert bombing["date"]["end"] == "2025-11-06"


def test_a_date_that_names_something_else_does_not_split_a_happening(pipeline: Pipeline) -> None:
    # "Thursday's rally" dates the rally, and the gunfire at it is the shooting already told
    text = (
        "Police chiefs met in Boston on Friday, the day after a gunman who pledged allegiance to Islamic "
        "State killed five police officers in Dallas. Thursday's rally in Dallas was largely peaceful "
        "until gunfire erupted."
    )
    recs = attacks(pipeline, text)
    assert len(recs) == 1 and recs[0]["date"]["start"] == "2025-11-06"


# --- more words around a happening that are not the happening's ------------------------------------


def test_a_country_named_for_its_diplomatic_site_is_not_where_the_attack_was(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber carried out an attack early Monday near a U.S. diplomatic site in the Red Sea "
        "city of Jiddah."
    )
    recs = attacks(pipeline, text, "2016-07-04")
    assert len(recs) == 1 and [loc["country_code"] for loc in recs[0]["locations"]] == ["SA"]


def test_a_figure_over_the_last_two_years_covers_them(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber carried out an attack early Monday near a mosque in Jiddah. In June, the "
        "Interior Ministry reported 26 terror attacks had taken place in the kingdom in the last two years."
    )
    stats = [r for r in records(pipeline, text, "2016-07-04") if r["record_type"] == "statistic"]
    assert len(stats) == 1
    assert stats[0]["statistic"]["value"] == 26
    assert (stats[0]["date"]["start"], stats[0]["date"]["end"]) == ("2014-07-01", "2016-06-30")


def test_the_police_robot_bomb_is_not_the_attackers_weapon(pipeline: Pipeline) -> None:
    text = (
        "A sniper who said he wanted to kill white officers shot dead five police officers in Dallas on "
        "Thursday in what police called a terrorist attack. Police killed the gunman with a bomb-carrying "
        "robot after cornering him in a parking garage."
    )
    recs = attacks(pipeline, text, "2016-07-09")
    assert len(recs) == 1
    assert (recs[0]["attack_type"], recs[0]["weapon_type"]) == ("armed_assault", "firearms")


def test_the_toll_of_the_attack_a_state_of_emergency_answered_is_not_counted(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed 80 people when he drove a truck into a crowd in Nice late on Thursday, officials "
        "said. President Hollande called up reservists to relieve forces worn out by an eight-month state "
        "of emergency begun after the Islamic State militant group killed 130 people in Paris."
    )
    recs = attacks(pipeline, text, "2016-07-15")
    assert len(recs) == 1 and recs[0]["counts"]["killed"] in (80, 81)


def test_a_wars_tally_is_no_happening_and_no_toll(pipeline: Pipeline) -> None:
    text = (
        "Ukraine's jailed pilot flew home on Wednesday in a prisoner swap with Russia. Fighting between "
        "the rebels and Ukraine's forces killed thousands of people."
    )
    recs = records(pipeline, text, "2016-05-25")
    assert [r["event_type"] for r in recs] == ["release"]
    assert recs[0]["counts"]["killed"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "To the frustration of the United States, Russian air strikes have turned the tide of the civil "
        "war in Assad's favor.",
        "Rebels have advanced elsewhere, including in Hama province, but fighting has largely tipped in "
        "favor of Damascus.",
        "Increasingly desperate fighting between government forces and insurgent groups meant more "
        "civilians were caught in the crossfire.",
    ],
)
def test_the_course_of_a_war_is_no_happening(pipeline: Pipeline, sentence: str) -> None:
    recs = records(pipeline, sentence + _FIELD, "2016-05-01")
    assert [r["event_type"] for r in recs] == ["arrest"]


def test_a_strike_of_a_day_in_the_war_is_one(pipeline: Pipeline) -> None:
    text = "Air strikes hit a hospital in a rebel-held area of Aleppo on Thursday, killing 27 people."
    recs = records(pipeline, text + _FIELD, "2016-04-29")
    assert recs and recs[0]["event_type"] in ("attack", "ct_operation")
    assert recs[0]["counts"]["killed"] == 27


def test_a_kinds_share_of_a_tally_is_no_happening(pipeline: Pipeline) -> None:
    text = (
        "Ground engagements were the leading cause of civilian casualties in Afghanistan last year at 37 "
        "percent, followed by roadside bombs at 21 percent and suicide attacks at 17 percent."
    )
    recs = records(pipeline, text + _FIELD, "2016-02-14")
    assert [r["event_type"] for r in recs] == ["arrest"]
