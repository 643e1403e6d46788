"""The day of a report is not the day of what it reports as past ("said on Sunday that three men
had been kidnapped"), nor is a publication's; a series' toll, a day's overall toll and a second
attack's toll are no happening's own; an attack repelled is still the attack, a device found not
to be viable is none; a town's attack told again joins the one told first, an attack dated years
ago does not (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-01-18") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "r-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def test_a_happening_reported_in_the_pluperfect_is_on_or_before_the_report(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD -- A Gulf news channel said on Sunday that three foreign engineers had been kidnapped "
        "by gunmen with their interpreter in Baghdad."
    )
    (rec,) = records(pipeline, text)
    assert rec["date"] == {"start": None, "end": "2016-01-17", "precision": "unknown", "text": None}


def test_a_figure_of_months_before_a_reported_arrest_is_not_its_count(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN -- Police said on Thursday they had arrested three men suspected of recruiting for "
        "Islamic State. The intelligence service said in October that at least 31 people who left for "
        "Syria had died there."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-04-07") if r["event_type"] == "arrest"]
    assert rec["counts"]["arrested"] == 3
    assert rec["counts"]["killed"] is None


def test_a_later_statement_is_no_date_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "RIYADH -- Saudi Arabia has detained hundreds of Islamic State supporters since 2014. On Friday a "
        "suicide bomber attacked a Shi'ite mosque in al-Ahsa, killing three people and wounding 21, the "
        "latest in a string of attacks claimed by jihadists that have left over 60 dead in the past year. "
        "The ministry on Saturday identified the bomber as a 22-year-old Saudi."
    )
    (attack,) = [r for r in records(pipeline, text, "2016-01-31") if r["event_type"] == "attack"]
    assert attack["date"]["start"] == "2016-01-29"
    # "the latest in a string of attacks ... that have left over 60 dead": the series' toll
    assert (attack["counts"]["killed"], attack["counts"]["wounded"]) == (3, 21)


def test_a_day_s_overall_toll_is_not_one_bombing_s(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD -- Twin suicide bombings claimed by Islamic State killed 64 people at a market in Sadr City "
        "on Sunday, officials said. The market bombings were the deadliest of a wave of explosions that "
        "brought the day's overall death toll to 85."
    )
    (rec,) = records(pipeline, text, "2016-02-29")
    assert rec["counts"]["killed"] == 64


def test_an_attack_repelled_is_still_the_attack(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD -- In the western suburb of Abu Ghraib, security forces on Sunday repelled an attack by IS "
        "militants that killed at least nine soldiers and wounded 27 others."
    )
    (rec,) = records(pipeline, text, "2016-02-29")
    assert rec["event_type"] == "attack"
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (9, 27)
    assert ("perpetrator", "Islamic State") in {(a["role"], a["name"]) for a in rec["actors"]}


def test_the_attack_of_a_town_told_again_after_an_older_one_recalled(pipeline: Pipeline) -> None:
    text = (
        "NICE, France -- A man drove a truck into a crowd watching fireworks in Nice late on Thursday, "
        "killing 84 people in what officials called a terrorist attack. Islamic State militants killed "
        "130 people in Paris on Nov. 13, the bloodiest of a number of attacks in France and Belgium in the "
        "past two years. The United Nations condemned what it called a cowardly terrorist attack in Nice "
        "which killed and wounded dozens of civilians."
    )
    recs = [r for r in records(pipeline, text, "2016-07-15") if r["event_type"] == "attack"]
    assert sorted(r["date"]["start"] for r in recs) == ["2015-11-13", "2016-07-14"]
    (nice,) = [r for r in recs if r["date"]["start"] == "2016-07-14"]
    assert len(nice["evidence"]) == 2


def test_a_publication_s_day_in_a_later_sentence_is_no_date_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- FBI Director James Comey said investigators could not open the phone of one of the "
        "San Bernardino killers. Syed Farook launched the Islamic State-inspired attack with his wife in the "
        "California town, leaving 14 dead. A study by Harvard released last month concluded that new "
        "technologies have given investigators unprecedented means to track suspects."
    )
    (rec,) = records(pipeline, text, "2016-02-09")
    assert len(rec["evidence"]) == 2
    assert rec["date"]["precision"] == "unknown"


def test_an_attack_of_years_ago_named_with_its_year_is_not_the_one_told(pipeline: Pipeline) -> None:
    text = (
        "After last week's killing of five officers in Dallas by a gunman, police chiefs are rethinking "
        "tactics against terror attacks. The Dallas shooting also left seven officers injured. Experts said "
        "the Boston Marathon bombing in 2013 had been a milestone for police."
    )
    (rec,) = records(pipeline, text, "2016-07-11")
    assert (rec["date"]["text"], rec["attack_type"]) == ("last week", "armed_assault")
    assert [x["name"] for x in rec["locations"]] == ["Dallas"]


def test_a_town_s_attack_told_again_on_its_day_after_another_is_the_same(pipeline: Pipeline) -> None:
    text = (
        "KISHOREGANJ, Bangladesh -- Militants threw bombs at police guarding an Eid prayer gathering in "
        "Kishoreganj on Thursday, killing three people. A second attack hit a police post in Gazipur on "
        "Thursday, wounding four officers. Injured people are helped after a militant attack in Kishoreganj "
        "on Thursday, July 7."
    )
    recs = records(pipeline, text, "2016-07-07")
    assert [(r["locations"][0]["city"], len(r["evidence"])) for r in recs] == [
        ("Kishoreganj", 2),
        ("Gazipur", 1),
    ]


def test_a_device_found_not_to_be_viable_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "MANCHESTER -- A suspect package which was subject to a controlled explosion at a football stadium "
        "on Sunday was a lifelike explosive device which was found not to be viable, police said."
    )
    assert records(pipeline, text, "2016-05-15") == []
    # ... nor when the text adds that no one was hurt
    assert records(pipeline, text + " No one was hurt.", "2016-05-15") == []
    # ... but one of two devices, the other of which went off and wounded people, still is
    text = (
        "MANCHESTER -- A bomb exploded outside a football stadium on Sunday, wounding four people. A second "
        "device found nearby was not viable, police said."
    )
    assert [r["event_type"] for r in records(pipeline, text, "2016-05-15")] == ["attack"]


def test_each_attack_s_toll_told_in_its_own_clause_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "Islamic State has claimed responsibility for bombings that killed 32 people in Brussels last month "
        "and attacks in Paris in November that killed 130 people. Danish police arrested four suspected "
        "recruiters on Thursday."
    )
    # (each attack a record of its own, with its own toll and town)
    attacks = [r for r in records(pipeline, text, "2016-04-07") if r["event_type"] == "attack"]
    tolls = {loc["name"]: r["counts"]["killed"] for r in attacks for loc in r["locations"]}
    assert tolls == {"Brussels": 32, "Paris": 130}


def test_a_toll_of_attacks_elsewhere_is_not_this_attack_s(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD -- Seven other civilians were killed in attacks elsewhere and in the western suburb of Abu "
        "Ghraib, security forces on Sunday repelled an attack by IS militants that killed at least 12 "
        "soldiers and wounded 35 others."
    )
    (rec,) = records(pipeline, text, "2016-02-29")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (12, 35)
