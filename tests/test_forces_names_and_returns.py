"""Forces' words ("neutralised five terrorists"), a country's strike and a command telling its own,
acronyms the text spells out for something else, feasts and drivers among the people named,
co-suspects who are no domestic quarrel, an attack told after the arrests with its own day, days
counted in weeks, children brought back from the camps, and rebels who hacked people to death. The
real pipeline; texts written for these tests, with near misses.
"""

from __future__ import annotations

import datetime
from typing import Any

from factories import records_of
from veille.extract.dates import find_dates
from veille.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["record_type"] == "event"]


def roles(rec: dict[str, Any]) -> dict[str, str]:
    return {a["name"]: a["role"] for a in rec["actors"]}


def test_neutralised_is_killed_in_the_forces_words(pipeline: Pipeline) -> None:
    text = (
        "Security forces neutralised five terrorists in an operation in Bajaur district on "
        "Tuesday, the army said."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "ct_operation" and rec["counts"]["killed"] == 5
    (rec,) = events(pipeline, "Troops eliminated 12 militants in a raid in Kunar province on Tuesday.")
    assert rec["counts"]["killed"] == 12
    # near miss: a cell neutralised is a cell, nobody killed
    (rec,) = events(
        pipeline, "Moroccan police neutralised a terrorist cell in Fes on Tuesday, the ministry said."
    )
    assert rec["counts"]["killed"] is None


def test_a_countrys_strike_and_a_command_telling_its_own(pipeline: Pipeline) -> None:
    text = (
        "A U.S. drone strike killed a senior al Shabaab commander in southern Somalia on Tuesday, "
        "the Pentagon said."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec)["United States Armed Forces"] == "agent"
    assert roles(rec)["al-Shabaab"] == "target"
    text = (
        "U.S. Africa Command said it conducted an airstrike that killed five al Shabaab militants "
        "near Jilib on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec)["US Africa Command"] == "agent"
    # near miss: a command that only tells of it stays the source
    text = (
        "Five al Shabaab militants were killed in clashes with Somali troops near Jilib on "
        "Tuesday, U.S. Africa Command said."
    )
    assert all(roles(r).get("US Africa Command") != "agent" for r in events(pipeline, text))


def test_an_acronym_the_text_spells_out_for_something_else(pipeline: Pipeline) -> None:
    text = (
        "South Africa's National Prosecuting Authority (NPA) on Tuesday charged two men with plotting "
        "attacks for Islamic State."
    )
    (rec,) = events(pipeline, text)
    assert "New People's Army" not in roles(rec)
    # near miss: spelled out as the group itself
    text = "Rebels of the New People's Army (NPA) killed three soldiers in an ambush in Samar on Tuesday."
    (rec,) = events(pipeline, text)
    assert roles(rec)["New People's Army"] == "perpetrator"


def test_a_feast_is_no_person_and_the_driver_is_the_suspect(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded at a church in Lahore on Sunday. Islamic State said it targeted "
        "Christians celebrating Easter."
    )
    assert all("Easter" not in roles(r) for r in events(pipeline, text, "2016-03-29"))
    text = (
        "A truck drove into a crowd on a bike path in New York on Tuesday, killing eight people, in what "
        "officials called a terrorist attack. The driver, Sayfullo Saipov, 29, was arrested at the scene."
    )
    (rec,) = events(pipeline, text)
    assert [(a["name"], a["role"], a["legal_status"]) for a in rec["actors"]] == [
        ("Sayfullo Saipov", "perpetrator", "suspect")
    ]
    # near miss: a driver killed is a victim
    text = (
        "Militants attacked a bus in Kabul on Tuesday, killing six people. The driver, Ahmed Wali, "
        "was killed in the attack."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec) == {"Ahmed Wali": "target"}


def test_a_co_suspect_is_no_domestic_quarrel(pipeline: Pipeline) -> None:
    text = (
        "Kenyan police arrested a medical intern and his wife suspected of plotting a biological attack "
        "using anthrax, police said on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "arrest"
    # near miss: a man who shot his wife
    assert events(pipeline, "Police arrested a man who shot his wife in Nairobi on Tuesday.") == []


def test_an_attack_told_after_the_arrests_with_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "Police arrested three suspects on Monday. Gunmen had attacked a police post in Kano the day "
        "before, killing two officers."
    )
    recs = events(pipeline, text)
    assert sorted((r["event_type"], r["date"]["start"]) for r in recs) == [
        ("arrest", "2016-05-09"),
        ("attack", "2016-05-08"),
    ]


def test_days_counted_in_weeks() -> None:
    found = find_dates(
        "Gunmen killed four soldiers at a post near Gao a week earlier, officials said on Tuesday.",
        datetime.date(2016, 5, 10),
    )
    assert [(m.text, m.interval.start) for m in found] == [
        ("a week earlier", "2016-05-03"),
        ("Tuesday", "2016-05-10"),
    ]
    # near miss: counted from a happening, not a day
    assert find_dates("Two weeks before the election, officials said.", datetime.date(2016, 5, 10)) == []


def test_children_brought_back_from_the_camps(pipeline: Pipeline) -> None:
    text = (
        "France on Tuesday brought back 35 children of French jihadists from camps in Syria, the "
        "foreign ministry said."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "repatriation" and rec["counts"]["persons"] == 35
    # near miss: brought back from a holiday
    assert events(pipeline, "The airline brought back 300 tourists from Spain on Tuesday.") == []


def test_rebels_who_hacked_people_to_death(pipeline: Pipeline) -> None:
    text = "ADF rebels hacked to death 14 people in a village near Beni on Tuesday, the army said."
    (rec,) = events(pipeline, text)
    assert roles(rec) == {"Allied Democratic Forces": "perpetrator"}
    assert rec["counts"]["killed"] == 14


def test_review_near_misses_of_forces_and_names(pipeline: Pipeline) -> None:
    # one attacker neutralised and taken to hospital, suspects neutralised and arrested: nobody killed
    text = "French police neutralised three terrorism suspects in a raid in Paris on Monday, arresting them."
    assert all(r["counts"]["killed"] in (None, 0) for r in events(pipeline, text))
    # a strike that backed the force that acted
    text = (
        "Afghan security forces backed by U.S. air strikes killed 30 Taliban militants in Kunduz on Monday."
    )
    (rec,) = events(pipeline, text)
    assert "United States Armed Forces" not in roles(rec)
    # a driver whose car was hijacked, a suspect released without charge: no doers
    for tail in (
        "The driver, Ahmed Ali, a taxi driver whose car was hijacked by the attacker, was unhurt.",
        "A suspect, Ahmed Hassan, was later released without charge.",
    ):
        text = "A gunman killed three people at a market in Nice on Monday in a terrorist attack. " + tail
        (rec,) = events(pipeline, text)
        assert "perpetrator" not in [a["role"] for a in rec["actors"] if a["kind"] == "person"], tail
    # a group's acronym spelled out in its own words, however spelled, stays the group
    text = (
        "The Tehrik-e-Taleban Pakistan (TTP) claimed the suicide bombing in Peshawar on Monday that killed "
        "12 policemen."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec)["Tehrik-i-Taliban Pakistan"] == "perpetrator"
