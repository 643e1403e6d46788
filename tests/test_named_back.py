"""An attack named back ("his attack", "the Nice attack") in a sentence dated by a report is the
attack already told; a killer named before "killed 49 people" is no victim; "among the 20 killed"
is the whole; a tally of a year is not one happening's count (the real pipeline; the texts are
written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-06-21") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "n-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def attacks(recs: list[dict[str, Any]]) -> list[tuple[str | None, list[str]]]:
    return [
        (r["date"]["start"], [x["name"] for x in r["locations"]]) for r in recs if r["event_type"] == "attack"
    ]


def test_his_attack_in_a_sentence_dated_by_a_report_is_the_attack_told(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO, Fla. Islamic State gunman Omar Mateen killed 49 people in the June 12 attack on a "
        "nightclub in Orlando. Citing unnamed law enforcement officials, CNN said on Tuesday that "
        "Mateen, 29, visited the club earlier on the night of his attack."
    )
    recs = records(pipeline, text)
    assert attacks(recs) == [("2016-06-12", ["Orlando"])]
    assert len(recs[0]["evidence"]) == 2


def test_the_attack_named_by_its_town_is_that_town_s_not_the_last_told(pipeline: Pipeline) -> None:
    text = (
        "A truck driver killed 84 people in an Islamic State attack in Nice on July 14. "
        "One such case was Man Haron Monis, who carried out a hostage attack in Sydney in December 2014. "
        "The Nice attack has highlighted concerns about radicalization in the south of France. "
        "Interior Minister Cazeneuve on Saturday said the attacker was not known before the attack."
    )
    recs = [r for r in records(pipeline, text, "2016-07-17") if r["event_type"] == "attack"]
    assert [r["date"]["start"] for r in recs] == ["2016-07-14"]
    evidence = [e["text"][:20] for e in recs[0]["evidence"]]
    assert evidence == ["A truck driver kille", "The Nice attack has ", "Interior Minister Ca"]
    # ... and with no case between, a claim on the Saturday names the same attack
    text = (
        "A truck driver killed 84 people in an Islamic State attack in Nice on July 14. "
        "Police arrested four of his associates in Nice late on Friday. "
        "With Islamic State claiming credit on Saturday for inspiring the Nice attack, officials fear more."
    )
    assert [d for d, _ in attacks(records(pipeline, text, "2016-07-17"))] == ["2016-07-14"]


def test_another_attack_on_its_own_day_stays_another(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 12 people at a market in Baghdad on Sunday, police said. "
        "On Tuesday a second attack, a car bomb, killed five people in Baghdad."
    )
    assert sorted(d for d, _ in attacks(records(pipeline, text, "2016-06-23"))) == [
        "2016-06-19",
        "2016-06-21",
    ]


def test_a_killer_named_before_killed_is_no_victim(pipeline: Pipeline) -> None:
    for text in (
        "Islamic State gunman Omar Mateen killed 49 people in an attack on a nightclub in Orlando on Sunday.",
        "A gunman, Omar Mateen, killed 49 people in an Islamic State attack on a nightclub in Orlando "
        "on Sunday.",
    ):
        actors = [(a["role"], a["name"]) for a in records(pipeline, text, "2016-06-14")[0]["actors"]]
        assert ("target", "Omar Mateen") not in actors, text
    # a victim still is one
    text = (
        "Omar Mateen was killed by Islamic State militants in an attack on a nightclub in Orlando on Sunday."
    )
    actors = [(a["role"], a["name"]) for a in records(pipeline, text, "2016-06-14")[0]["actors"]]
    assert ("target", "Omar Mateen") in actors


def test_among_the_20_killed_is_the_whole(pipeline: Pipeline) -> None:
    text = (
        "Three students were among the 20 hostages killed in an Islamic State attack in Dhaka on Friday. "
        "Emory University said two of its students were killed in the attack."
    )
    recs = records(pipeline, text, "2016-07-03")
    assert recs[0]["counts"]["killed"] == 20


def test_a_tally_of_the_year_is_not_the_happening_s_count(pipeline: Pipeline) -> None:
    text = (
        "A U.S. air strike in October on a hospital in Kunduz killed 42 people, the U.N. said. "
        "Overall 103 civilians were killed and 67 wounded by foreign forces last year, the report found."
    )
    recs = records(pipeline, text, "2016-02-14")
    assert recs[0]["counts"]["killed"] == 42 and recs[0]["counts"]["wounded"] is None
    # a count in a later sentence of the happening's own day still counts
    text = (
        "A suicide bomber attacked a police station in Kabul on Monday, officials said. "
        "Twelve policemen were killed on Monday, the ministry said."
    )
    assert records(pipeline, text, "2016-02-16")[0]["counts"]["killed"] == 12


def test_an_age_written_with_spaces_is_no_count(pipeline: Pipeline) -> None:
    text = (
        "Israeli forces raided the Qalandiya refugee camp late on Monday, and 22 year-old Iyad Omar, a "
        "student, was killed in the clashes with Hamas militants."
    )
    assert records(pipeline, text, "2016-03-01")[0]["counts"]["killed"] == 1


def test_a_tally_that_goes_on_in_the_next_sentence_is_not_the_happening_s(pipeline: Pipeline) -> None:
    text = (
        "Clashes with Israeli forces in the Qalandiya camp late on Monday left one Hamas militant dead. "
        "Tension has been running high over the past five months, with almost daily attacks leaving at "
        "least 29 Israelis dead. Also, more than 165 Palestinians have been killed by Israelis."
    )
    assert records(pipeline, text, "2016-03-01")[0]["counts"]["killed"] == 1


def test_a_raid_on_a_village_told_with_only_attackers_is_their_attack(pipeline: Pipeline) -> None:
    text = (
        "At least 35 people were injured in the Saturday night raid on Dalori, near Maiduguri. The "
        "insurgents arrived in golf carts and on motorcycles, a military spokesman said. Boko Haram "
        "fighters killed 36 people in Dalori late on Saturday, officials said."
    )
    assert [r["event_type"] for r in records(pipeline, text, "2016-01-31")] == ["attack"]
    # a raid by the police stays a raid
    text = (
        "Police raided a house in the village of Dalori on Saturday and arrested three Boko Haram suspects."
    )
    assert [r["event_type"] for r in records(pipeline, text, "2016-01-31")][0] in ("raid", "arrest")
