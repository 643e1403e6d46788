"""The extraction engine end to end on short invented reports (the real pipeline: spaCy, places).

Each test names one rule of the engine; the texts are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from veille.extract.counts import CountMention
from veille.extract.series import series_size, share_tolls
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2025-11-04") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "t-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    result = pipeline.process(art)
    return [r.to_dict() for r in result.records]


def one(pipeline: Pipeline, text: str, event_type: str, published: str = "2025-11-04") -> dict[str, Any]:
    found = [r for r in records(pipeline, text, published) if r["event_type"] == event_type]
    assert found, f"no {event_type} record"
    return found[0]


def event_countries(rec: dict[str, Any]) -> set[str]:
    return {loc["country_code"] for loc in rec["locations"] if loc["role"] == "event"}


# --- series of related attacks ------------------------------------------------------------------


def test_series_size() -> None:
    assert series_size("This was one of four related attacks in Shahjoy district on this day.") == 4
    assert series_size("This was one of two coordinated bombings in Kabul.") == 2
    assert series_size("One of the attackers was killed.") is None
    assert series_size("It was one of 500 attacks this year.") is None


def test_share_tolls_divides_only_totals_across_the_series() -> None:
    across = "At least 25 assailants were killed across the attacks."
    own = "Three police officers were killed in the attack."
    text = across + " " + own

    def sentence_at(offset: int) -> tuple[int, str]:
        return (0, across) if offset < len(across) else (len(across) + 1, own)

    total = CountMention("killed", 25, 9, 11, "25")
    mine = CountMention("killed", 3, len(across) + 1, len(across) + 6, "Three")
    assert share_tolls({"killed": 25}, [total], sentence_at, 7) == {"killed": 4}
    assert share_tolls({"killed": 25}, [total], sentence_at, None) == {"killed": 25}
    assert share_tolls({"killed": 3}, [mine], sentence_at, 7) == {"killed": 3}
    assert text  # both sentences are part of one report


def test_share_tolls_reads_the_clause_and_the_number_of_attacks_it_names() -> None:
    two = "At least 20 assailants were killed across two of the events."
    own = (
        "Six police officers were killed in this attack while six people were injured across both "
        "of the incidents."
    )

    def at(text: str) -> Callable[[int], tuple[int, str]]:
        return lambda offset: (0, text)

    twenty = CountMention("killed", 20, 9, 11, "20")
    assert share_tolls({"killed": 20}, [twenty], at(two), 3) == {"killed": 10}
    six = CountMention("killed", 6, 0, 3, "Six")
    hurt = CountMention("wounded", 6, 70, 73, "six")
    got = share_tolls({"killed": 6, "wounded": 6}, [six, hurt], at(own), 2)
    assert got == {"killed": 6, "wounded": 3}


def test_a_toll_across_related_attacks_is_shared_out(pipeline: Pipeline) -> None:
    text = (
        "Taliban insurgents attacked a police checkpoint in Arghandab district, Kandahar, Afghanistan. "
        "This was one of four related attacks in the district on this day. At least 12 police officers "
        "were killed and eight were wounded across the attacks."
    )
    rec = one(pipeline, text, "attack")
    assert rec["counts"]["killed"] == 3
    assert rec["counts"]["wounded"] == 2


# --- stated zeros -----------------------------------------------------------------------------


def test_a_zero_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "BERLIN - German police searched 15 apartments of Islamist extremists in Hamburg on Wednesday. "
        "No arrests were made."
    )
    rec = one(pipeline, text, "raid")
    assert rec["counts"]["arrested"] == 0


def test_people_hurt_and_no_death_anywhere_is_zero_killed(pipeline: Pipeline) -> None:
    text = (
        "ESSEN - A man shouting Islamist slogans stabbed two passers-by in Essen on Saturday before police "
        "shot and wounded him, officials said. Federal prosecutors took over the terrorism investigation."
    )
    rec = one(pipeline, text, "attack", "2025-08-25")
    assert rec["counts"]["killed"] == 0
    assert rec["counts"]["wounded"] == 3
    assert rec["weapon_type"] == "melee"


# --- types and dates --------------------------------------------------------------------------


def test_reported_speech_with_that_is_not_a_description(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry said on Monday that the security services had dismantled a terrorist cell. "
        "It added that eight Moroccan nationals were repatriated in March from camps in Syria."
    )
    rec = one(pipeline, text, "repatriation")
    assert rec["counts"]["persons"] == 8
    assert rec["date"]["start"] == "2025-03-01"


def test_pre_trial_detention_is_not_a_trial(pipeline: Pipeline) -> None:
    text = (
        "MOMBASA - A court on Friday dropped terrorism charges against five men, citing lack of evidence. "
        "Human rights groups have criticised long pre-trial detention in terrorism cases."
    )
    assert all(r["event_type"] != "trial" for r in records(pipeline, text, "2025-07-28"))


def test_a_recent_date_wins_over_history_in_the_same_sentence(pipeline: Pipeline) -> None:
    text = (
        "A man convicted for his role in a plot to attack a concert hall in Marseille in 2016 was "
        "released from prison on Friday after serving his terrorism sentence, judicial sources said."
    )
    rec = one(pipeline, text, "release", "2025-12-15")
    assert rec["date"]["start"] == "2025-12-12"


def test_the_date_of_the_sentence_that_names_the_charge(pipeline: Pipeline) -> None:
    text = (
        "A man from Birmingham has been charged with preparing acts of terrorism, police said on Monday. "
        "He was arrested on August 2 after officers found bomb-making instructions. He was charged on "
        "Saturday and will appear in court on Tuesday."
    )
    rec = one(pipeline, text, "charge", "2025-08-11")
    assert rec["date"]["start"] == "2025-08-09"


def test_a_reporting_date_before_its_verb(pipeline: Pipeline) -> None:
    text = (
        "Somalia's government on Saturday condemned the attack on a hotel in the capital, Mogadishu, in "
        "which al-Shabaab militants killed ten people on Friday."
    )
    rec = one(pipeline, text, "attack", "2024-09-15")
    assert rec["date"]["start"] == "2024-09-13"


# --- places -----------------------------------------------------------------------------------


def test_a_repatriation_happens_in_the_country_that_brings_its_people_home(pipeline: Pipeline) -> None:
    text = (
        "RABAT - Morocco's interior ministry said eight Moroccan nationals held in jihadist camps were "
        "repatriated from Syria in March."
    )
    rec = one(pipeline, text, "repatriation")
    assert "MA" in event_countries(rec)


def test_places_listed_after_returning_from_are_not_the_event(pipeline: Pipeline) -> None:
    text = (
        "RABAT - The Moroccan interior ministry warned on Monday that militants returning from Syria, Iraq "
        "and Libya remain a serious terrorist threat to the kingdom."
    )
    rec = one(pipeline, text, "warning")
    assert event_countries(rec) <= {"MA"}


def test_a_region_holding_the_dateline_city_gives_the_city(pipeline: Pipeline) -> None:
    text = (
        "MAIDUGURI - The Nigerian army on Saturday released 113 people detained on suspicion of belonging "
        "to Boko Haram and handed them to the Borno state government."
    )
    rec = one(pipeline, text, "release", "2024-03-25")
    assert any(loc["city"] == "Maiduguri" for loc in rec["locations"] if loc["role"] == "event")


def test_a_dateline_of_two_cities_ends_where_the_story_begins() -> None:
    from veille.extract.engine import _BARE_DATELINE, _PLACE_DATELINE

    bare = _BARE_DATELINE.match("BEIRUT/GENEVA The Syrian military denied it had conducted air strikes.")
    assert bare is not None and bare.end() == len("BEIRUT/GENEVA ")
    dashed = _PLACE_DATELINE.match("KABUL/PESHAWAR, Pakistan - The Afghan Taliban named a new leader.")
    assert dashed is not None and dashed.end() == len("KABUL/PESHAWAR, Pakistan - ")


def test_a_country_s_history_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON In the wake of the deadliest shooting in U.S. history, Trump wasted little time "
        "suggesting the attack was tied to Islamist militants. Obama addressed the nation about the "
        "incident that killed 50 people at a gay nightclub in Orlando."
    )
    rec = one(pipeline, text, "attack", "2016-06-12")
    assert [loc["city"] for loc in rec["locations"]] == ["Orlando"]


def test_the_place_of_an_accusation_is_not_the_trial_place(pipeline: Pipeline) -> None:
    text = (
        "SALE, Morocco - The trial of nine men accused of forming an Islamic State cell in Fes opened on "
        "Tuesday before the anti-terrorism chamber of the appeal court."
    )
    rec = one(pipeline, text, "trial", "2025-09-30")
    cities = {loc["city"] for loc in rec["locations"] if loc["role"] == "event"}
    assert "Fes" not in cities


# --- actors -----------------------------------------------------------------------------------


def test_the_outlet_of_a_group_makes_the_group_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "BERLIN - A media outlet linked to the Islamic State published a poster on Sunday calling on "
        "supporters to attack Christmas markets in Germany, security officials said."
    )
    rec = one(pipeline, text, "threat", "2025-12-22")
    assert ("Islamic State", "perpetrator") in {(a["name"], a["role"]) for a in rec["actors"]}


# --- propaganda and state strikes are not attacks -------------------------------------------------


def test_videos_glorifying_attacks_are_not_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Police on Tuesday arrested a 24-year-old man in Ceuta on suspicion of spreading Islamic "
        "State propaganda. The man had posted videos glorifying attacks on several social media accounts."
    )
    types = {r["event_type"] for r in records(pipeline, text)}
    assert "arrest" in types and "attack" not in types


def test_militants_killed_in_air_raids_is_an_operation_not_their_attack(pipeline: Pipeline) -> None:
    text = (
        "Iraq said on Wednesday that six Islamic State fighters were killed in air raids on their "
        "hideouts in Kirkuk province."
    )
    types = [r["event_type"] for r in records(pipeline, text)]
    assert types and "attack" not in types
    assert set(types) <= {"ct_operation", "raid"}


def test_a_figure_of_an_earlier_time_is_not_the_happening_s_toll(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN - Danish police said on Thursday they had arrested four people near Copenhagen "
        "who they suspect were recruited by the militant group Islamic State (IS) in Syria to commit "
        "violence. More than 125 people from Denmark are "
        "believed to have joined the group, the intelligence service said in October, adding that "
        "at least 27 of them have died there."
    )
    rec = one(pipeline, text, "arrest", "2016-04-07")
    assert rec["counts"]["arrested"] == 4
    assert rec["counts"]["killed"] is None
    # a toll told of the night before is the happening's own
    text = (
        "ISTANBUL - An attempted military coup crumbled on Saturday after crowds took to the streets "
        "against rebel soldiers who attacked parliament. At least 60 people were killed in violence "
        "that erupted on Friday, officials said."
    )
    rec = one(pipeline, text, "attack", "2016-07-16")
    assert rec["counts"]["killed"] == 60


def test_a_month_in_the_possessive_dates_its_noun_not_the_verb_after_it(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS - The most-wanted fugitive from November's Paris attacks was arrested after a "
        "shootout with police in Brussels on Friday, the Belgian federal prosecutor's office said. "
        "The attacks were claimed by Islamic State."
    )
    rec = one(pipeline, text, "arrest", "2016-03-18")
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2016-03-18", "day")
    # the noun phrase it names may be in apposition to the happening's words
    text = (
        "After last week's killing of five officers in Dallas by a sniper, the deadliest assault on "
        "U.S. law enforcement in years, police forces are rethinking their tactics against terrorism."
    )
    rec = one(pipeline, text, "attack", "2016-07-11")
    assert rec["date"]["precision"] == "week"


def test_a_happening_compared_since_an_earlier_time_is_no_statistic(pipeline: Pipeline) -> None:
    text = (
        "Unidentified gunmen killed 16 staff members at a home for the elderly in the Yemeni city of Aden "
        "on Friday, a security official said, the latest deadly assault to shake the port since a "
        "coalition took it over last year."
    )
    recs = records(pipeline, text, published="2016-03-04")
    assert [(r["record_type"], r["event_type"]) for r in recs] == [("event", "attack")]
    assert recs[0]["date"]["start"] == "2016-03-04"
    assert recs[0]["counts"]["killed"] == 16
    assert recs[0]["locations"][0]["name"] == "Aden"


def test_a_figure_since_a_month_is_still_a_statistic(pipeline: Pipeline) -> None:
    text = "Security forces have killed 140 militants in the province since January, the army said on Friday."
    recs = records(pipeline, text, published="2016-03-04")
    assert [r["record_type"] for r in recs] == ["statistic"]


def test_a_toll_since_a_deed_of_a_year_runs_from_that_year_to_the_report(pipeline: Pipeline) -> None:
    text = (
        "Eight soldiers were killed on Thursday in clashes in the southeast, the army said. More than "
        "40,000 people, most of them militants, have been killed since the PKK took up arms in 1984."
    )
    recs = records(pipeline, text, published="2016-05-13")
    stat = [r for r in recs if r["record_type"] == "statistic"]
    assert len(stat) == 1 and stat[0]["statistic"]["value"] == 40000
    assert stat[0]["statistic"]["period"] == {"start": "1984-01-01", "end": "2016-05-13"}


def test_an_attack_on_computers_is_no_attack(pipeline: Pipeline) -> None:
    text = "South Korea says the North has a cyber army which it blamed for a series of attacks on Friday."
    assert records(pipeline, text, published="2016-06-19") == []
    text = (
        "The FBI has blamed Pyongyang for a cyber attack on a film studio's network on Friday. The attack "
        "was followed by online leaks of unreleased movies."
    )
    assert records(pipeline, text, published="2016-06-19") == []
    text = "Militants attacked a police post on Sunday, hacking two guards to death, after a cyber campaign."
    assert [r["counts"]["killed"] for r in records(pipeline, text, published="2016-06-19")] == [2]


def test_an_attack_s_toll_in_its_own_clause_is_not_the_arrest_s(pipeline: Pipeline) -> None:
    text = (
        "Abdeslam was arrested in Brussels on March 18 after a four-month manhunt in the wake of the "
        "Nov. 13 rampage by Islamic State militants that killed 130 people in Paris."
    )
    rec = one(pipeline, text, "arrest", published="2016-03-24")
    assert rec["counts"]["killed"] is None
    text = (
        "Police arrested four Islamist militants on Monday over the killing of 20 people at a Dhaka cafe, "
        "the interior ministry said."
    )
    rec = one(pipeline, text, "arrest", published="2016-07-04")
    assert (rec["counts"]["killed"], rec["counts"]["arrested"]) == (None, 4)
    # ... but the arrest's own toll is kept
    text = "Police arrested three suspected militants in Brindavar on Monday; two officers were wounded."
    assert one(pipeline, text, "arrest", published="2016-03-24")["counts"]["wounded"] == 2


def test_a_happening_recalled_months_and_a_day_before_makes_no_record(pipeline: Pipeline) -> None:
    text = (
        "NICE, France A truck driver killed 80 people in Nice late on Thursday, officials said. The attack, "
        "which came eight months and a day after Islamic State gunmen and suicide bombers struck the "
        "French capital on a festive Friday evening, seemed to be the work of a lone assailant."
    )
    recs = records(pipeline, text, published="2016-07-15")
    assert [(r["event_type"], r["date"]["start"]) for r in recs] == [("attack", "2016-07-14")]


def test_a_lapse_after_another_deed_is_no_recall_of_the_happening(pipeline: Pipeline) -> None:
    text = (
        "A man suspected of planting a pipe bomb in 2007 has been arrested nine years after the crime "
        "thanks to dogged police work, court documents obtained on Saturday showed."
    )
    rec = one(pipeline, text, "arrest", published="2016-05-29")
    assert rec["date"]["start"] == "2016-05-28"


def test_a_heading_in_capitals_reports_nothing(pipeline: Pipeline) -> None:
    text = (
        "Belgian police arrested three suspected Islamic State militants in Brussels on Sunday.\n\n"
        "HIGH ALERT\n\nThe ministry said the three would appear before a judge on Monday."
    )
    assert [r["event_type"] for r in records(pipeline, text, published="2016-03-28")] == ["arrest"]


def test_a_warning_has_no_dead_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "An Islamic State militant drove a truck into a crowd in Nice late on Thursday, killing 84 "
        "people, officials said. President Hollande said the nation was placed on high alert after 60 "
        "people were killed."
    )
    recs = records(pipeline, text, published="2016-07-15")
    warning = [r for r in recs if r["event_type"] == "warning"]
    assert warning and warning[0]["counts"]["killed"] is None
    assert [r["counts"]["killed"] for r in recs if r["event_type"] == "attack"] == [84]
