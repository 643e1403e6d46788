"""Deeds told apart in one report (a new bomber with its own toll in another town, the forces' strike
after an attack), groups named with an aside ("Hamas, which rules Gaza, fired rockets", "Militants
linked to al-Qaeda killed"), forces that shot militants dead, a name the tagger took a verb into, the
day of a statement that opens a sentence, two weekdays as one span, overnight attacks, and towns of
ALL-CAPS wire copy under their country's dateline. The real pipeline; texts written for these tests,
with near misses.
"""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["record_type"] == "event"]


def names(rec: dict[str, Any], role: str) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == role]


def towns(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_a_new_bomber_in_another_town_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "Boko Haram militants killed nine villagers in Kuda on Monday.\n\nA female suicide bomber killed "
        "four people at a mosque in Maiduguri on Monday."
    )
    recs = events(pipeline, text)
    assert sorted(r["counts"]["killed"] for r in recs) == [4, 9]
    # near miss: the same bombing told again, with its town
    text = (
        "A suicide bomber killed four people at a mosque in Maiduguri on Monday.\n\nThe bomber, a young "
        "woman, blew herself up at the entrance of the mosque in Maiduguri, police said."
    )
    assert len(events(pipeline, text)) == 1


def test_the_forces_strike_after_an_attack_is_their_own(pipeline: Pipeline) -> None:
    text = (
        "CAIRO (Reuters) - Gunmen shot dead two policemen in Giza on Monday, the interior ministry "
        "said.\n\nPolice later killed three militants in a raid in Fayoum, the ministry said."
    )
    recs = events(pipeline, text)
    assert sorted((r["event_type"], r["counts"]["killed"]) for r in recs) == [
        ("attack", 2),
        ("ct_operation", 3),
    ]
    # near miss: the attackers shot dead where they struck are the attack's
    text = (
        "CAIRO (Reuters) - Gunmen shot dead two policemen in Giza on Monday.\n\nPolice later killed two of "
        "the attackers in Giza, the ministry said."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["attack"]


def test_a_group_named_with_an_aside_did_the_deed(pipeline: Pipeline) -> None:
    for text, group in (
        ("Hamas, which rules Gaza, fired rockets at Israel on Monday.", "Hamas"),
        ("JNIM, al-Qaeda's branch in the Sahel, killed 12 soldiers in central Mali on Monday.", "Jama'at"),
        ("Militants linked to al-Qaeda killed 12 soldiers in central Mali on Monday.", "al-Qaeda"),
    ):
        (rec,) = events(pipeline, text)
        assert rec["event_type"] == "attack", text
        assert any(n.startswith(group) for n in names(rec, "perpetrator")), text


def test_forces_that_shot_militants_dead_ran_an_operation(pipeline: Pipeline) -> None:
    text = "Densus 88 shot dead two suspected militants in Poso on Monday, police said."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "ct_operation" and names(rec, "agent") == ["Densus 88"]
    # near miss: gunmen who shot policemen dead attacked
    text = "Taliban gunmen shot dead two policemen in Kandahar on Monday."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "attack"


def test_a_person_arrested_is_named_without_the_verb(pipeline: Pipeline) -> None:
    text = "Police arrested Karim Benali, 31, on suspicion of terrorism offences in Lille on Monday."
    (rec,) = events(pipeline, text)
    assert names(rec, "target") == ["Karim Benali"]


def test_the_day_of_a_statement_that_opens_the_sentence_is_not_the_deeds(pipeline: Pipeline) -> None:
    text = (
        "On Monday, the army said that militants had attacked a base in Kidal on 12 March, killing four "
        "soldiers."
    )
    (rec,) = events(pipeline, text, "2019-03-20")
    assert rec["date"]["start"] == "2019-03-12"
    # near miss: the day of the deed opens the sentence
    text = "On Monday, militants attacked a base in Kidal, killing four soldiers, the army said."
    (rec,) = events(pipeline, text, "2019-03-20")
    assert rec["date"]["start"] == "2019-03-18"


def test_two_weekdays_and_overnight_attacks_span_their_days(pipeline: Pipeline) -> None:
    text = "Militants attacked the town of Bosso on Friday and Saturday, killing 12 soldiers, the army said."
    (rec,) = events(pipeline, text, "2018-11-05")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2018-11-02", "2018-11-03")
    text = (
        "NAIROBI (Reuters) - Al Shabaab militants killed 12 quarry workers in an overnight attack in Mandera "
        "county, police said on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-09", "2016-05-10")
    # near miss: an overnight curfew dates nothing
    text = "Militants killed 12 quarry workers in Mandera county, and an overnight curfew was imposed."
    (rec,) = events(pipeline, text)
    assert rec["date"]["precision"] == "unknown"


def test_towns_of_wire_copy_in_capitals(pipeline: Pipeline) -> None:
    text = (
        "LIMA, 10 FEB 90 (EFE) -- [TEXT] THIRTY SUBVERSIVES ATTACKED THE POLICE POST IN UCHIZA ON 9 "
        "FEBRUARY, KILLING FOUR POLICEMEN."
    )
    (rec,) = events(pipeline, text, "1990-02-10")
    assert towns(rec) == ["Uchiza"]
    text = (
        "SAN SALVADOR, 12 JAN 90 (RADIO CADENA) -- [TEXT] FMLN GUERRILLAS ATTACKED AN ARMY POST IN "
        "ZACATECOLUCA YESTERDAY, KILLING TWO SOLDIERS."
    )
    (rec,) = events(pipeline, text, "1990-01-12")
    assert towns(rec) == ["Zacatecoluca"]


def test_a_countrys_force_by_a_common_noun_is_the_agent(pipeline: Pipeline) -> None:
    text = "Israeli troops killed a Hamas commander in the Gaza Strip on Monday, the army said."
    (rec,) = events(pipeline, text)
    assert names(rec, "agent") == ["Israel Defense Forces"] and names(rec, "target") == ["Hamas"]
    text = "French police arrested three men suspected of planning an attack on a church in Lyon on Tuesday."
    (rec,) = events(pipeline, text)
    assert [(a["role"], a["country_code"]) for a in rec["actors"] if a["role"] == "agent"] == [
        ("agent", "FR")
    ]
    # near miss: soldiers who suffered the deed are no agent
    text = "Gunmen killed two Israeli soldiers in the West Bank on Monday."
    (rec,) = events(pipeline, text)
    assert not names(rec, "agent")


def test_sinai_is_egypts(pipeline: Pipeline) -> None:
    text = "Militants killed 12 soldiers in an attack on a checkpoint in Sinai on Monday, the army said."
    (rec,) = events(pipeline, text)
    assert [loc["country_code"] for loc in rec["locations"]] == ["EG"]


def test_near_misses_of_deeds_apart_and_days(pipeline: Pipeline) -> None:
    # one attack told again with its toll and its camp
    text = (
        "At least 12 soldiers were killed in an attack on an army base in northern Mali on Sunday, "
        "officials said. Two suicide bombers killed 12 soldiers and wounded 20 at the camp in Gao, an army "
        "spokesman said."
    )
    (rec,) = events(pipeline, text)
    assert towns(rec) == ["Gao"] and rec["counts"]["killed"] == 12
    # the attackers killed later are the attack's
    text = (
        "A Palestinian gunman shot dead two Israeli soldiers near Hebron on Monday. Troops later killed "
        "the gunman in Bani Naim."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["attack"]
    # a relative clause's speech is no statement's day
    text = (
        "On Friday, a man who claimed he was acting for Islamic State stabbed two officers in Brussels, "
        "prosecutors said on Sunday."
    )
    (rec,) = events(pipeline, text)
    assert rec["date"]["start"] == "2016-05-06"
    # a weekday pair that does not end its phrase
    text = (
        "Two suicide bombers struck a mosque in Maiduguri on Sunday and Monday's attack on a market in Yola "
        "killed six."
    )
    dates = sorted((r["date"]["start"], r["date"]["end"]) for r in events(pipeline, text))
    assert ("2016-05-08", "2016-05-08") in dates
    # a common noun after "THE" in capitals is no town
    text = (
        "MANILA, PHILIPPINES (AP) -- TROOPS CLASHED WITH ABU SAYYAF MILITANTS NEAR THE CORDON ON MONDAY, "
        "KILLING FIVE OF THEM."
    )
    (rec,) = events(pipeline, text)
    assert towns(rec) == ["Manila"]
