"""A protest policed with live fire, earlier attacks a sentence only recalls, and the details a
story's own attack keeps: its toll "so far", its claimant named after the deed, the attack named
back with its day (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import records_of
from veille.extract.public_order import crowd_fired_on
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-05-20") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Security forces used live ammunition and tear gas to push back protesters who broke into the "
        "Green Zone on Friday.",
        "A constant crack of gunfire rang out as forces pushed the protesters back over the bridges.",
        "Police opened fire on demonstrators in the square, killing two, witnesses said.",
    ],
)
def test_the_police_firing_at_a_protest_is_policing(sentence: str) -> None:
    assert crowd_fired_on(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # armed men or bombs: the protest was attacked
        "Gunmen opened fire on protesters in the square, killing two, police said.",
        "Unidentified men fired on the march before the police arrived.",
        "A bomb exploded among the demonstrators as police watched.",
        # no crowd: a shootout
        "Police opened fire on the car at a checkpoint.",
    ],
)
def test_a_protest_attacked_is_not_policing(sentence: str) -> None:
    assert not crowd_fired_on(sentence)


def test_a_protest_fired_on_by_the_police_gives_no_attack_and_leaves_the_bombing_its_place(
    pipeline: Pipeline,
) -> None:
    text = (
        "BAGHDAD - Security forces used live ammunition and tear gas to push back protesters who broke "
        "into the fortified Green Zone on Friday. Tear gas canisters flew through the air and a constant "
        "crack of gunfire rang out, as forces guarding the Green Zone pushed the protesters back over "
        "the bridges. More than 250 were injured, the governor said. Meanwhile, Sadr City was struck on "
        "Wednesday by the second large market bombing by the Islamic State in a week."
    )
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack"]
    rec = recs[0]
    assert _names(rec) == ["Sadr City"]
    assert rec["date"]["start"] == "2016-05-18"
    assert rec["counts"]["wounded"] is None
    assert [(a["name"], a["role"]) for a in rec["actors"]] == [("Islamic State", "perpetrator")]


def test_armed_men_armed_with_guns_are_the_group_s_deed(pipeline: Pipeline) -> None:
    text = (
        "MAIDUGURI, Nigeria - Boko Haram gunmen armed with machine guns invaded the village of Kalari "
        "on Saturday night, opening fire and torching homes, residents said."
    )
    recs = records(pipeline, text, "2016-01-31")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert ("Boko Haram", "perpetrator") in [(a["name"], a["role"]) for a in recs[0]["actors"]]


def test_a_toll_so_far_of_the_attack_is_its_toll(pipeline: Pipeline) -> None:
    text = (
        "MAIDUGURI, Nigeria - Boko Haram gunmen attacked the village of Kalari on Saturday night. "
        '"So far we have 46 dead and 35 others injured in the attack," an emergency official said. '
        '"We evacuated 36 dead bodies to the hospital while the vigilantes evacuated another 10," he said.'
    )
    rec = records(pipeline, text, "2016-01-31")[0]
    assert rec["counts"]["killed"] == 46
    assert rec["counts"]["wounded"] == 35


def test_a_toll_so_far_this_year_stays_a_tally(pipeline: Pipeline) -> None:
    text = (
        "KABUL - A roadside bomb killed three soldiers in Helmand province on Monday, officials said. "
        "So far this year more than 400 soldiers have been killed in attacks across the country."
    )
    rec = records(pipeline, text, "2016-06-21")[0]
    assert rec["counts"]["killed"] == 3


def test_the_attack_named_back_with_its_day_is_the_attack_of_that_day(pipeline: Pipeline) -> None:
    text = (
        "ANKARA - A car bomb killed at least 34 people in the capital Ankara on Sunday, officials said. "
        "Islamic State militants hit the city's main train station in October, killing more than 100 "
        "people. A Kurdish militant group was blamed for the February 17 car bomb on a bus carrying "
        "military personnel. The U.S. embassy warned two days ago of a plot against government "
        "buildings. The United States condemned the attack on Sunday. At least 125 people were injured, "
        "the health minister said."
    )
    recs = [r for r in records(pipeline, text, "2016-03-14") if r["event_type"] == "attack"]
    sunday = [r for r in recs if r["date"]["start"] == "2016-03-13"]
    assert len(sunday) == 1
    assert sunday[0]["counts"]["killed"] == 34
    assert sunday[0]["counts"]["wounded"] == 125


def test_attacks_the_blast_follows_are_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "KABUL - A suicide bomber killed at least 14 people in an attack on a minibus in Kabul early on "
        "Monday, officials said. Former Taliban leader Mullah Akhtar Mansour was killed in a U.S. drone "
        "strike last month. The blast follows a deadly suicide attack on a bus carrying ministry staff "
        "near Kabul last month and a separate attack on a court in Ghazni on June 1. The Taliban "
        "claimed both those attacks."
    )
    recs = records(pipeline, text, "2016-06-20")
    kabul = next(r for r in recs if r["event_type"] == "attack" and r["date"]["start"] == "2016-06-20")
    assert any(e["text"].startswith("The blast follows") for e in kabul["evidence"])
    assert not any(e["text"].startswith("The Taliban claimed") for e in kabul["evidence"])
    assert "Taliban" not in [a["name"] for a in kabul["actors"]]
    strike = next(r for r in recs if r["event_type"] == "ct_operation")
    assert not any(e["text"].startswith("The blast follows") for e in strike["evidence"])


def test_a_raid_by_the_forces_after_terrorists_named_is_no_attack_by_them(pipeline: Pipeline) -> None:
    text = (
        "SAN DIEGO - She said her rival would kill families of terrorists, as compared to how the Navy "
        "Seals conducted the raid that killed Osama bin Laden, moving the women and children to safety."
    )
    assert "attack" not in [r["event_type"] for r in records(pipeline, text, "2016-06-05")]


def test_attacks_recalled_days_before_in_a_list_of_cities_give_no_record(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK - The United States celebrated the holiday on Monday as police ramped up patrols amid "
        "concerns about terrorism and gun violence. With the holiday taking place days after attacks in "
        "Baghdad, Dhaka and Istanbul, the New York Police Department deployed eight new dogs, trained to "
        "sniff out explosives on a moving target in a crowd."
    )
    assert records(pipeline, text, "2016-07-04") == []


def test_cities_listed_before_a_capital_keep_their_names(pipeline: Pipeline) -> None:
    text = (
        "Islamic State claimed responsibility on Sunday for bombings in Baghdad, Dhaka and Istanbul that "
        "killed more than 300 people."
    )
    rec = records(pipeline, text, "2016-07-04")[0]
    assert [(loc["name"], loc["country_code"]) for loc in rec["locations"]] == [
        ("Baghdad", "IQ"),
        ("Dhaka", "BD"),
        ("Istanbul", "TR"),
    ]


def test_a_town_named_before_its_province_keeps_its_province(pipeline: Pipeline) -> None:
    # a town whose name is also a foreign capital's, before the province it lies in
    rec = records(pipeline, "Assailants attacked a border police checkpost in Rabat, Kandahar, Afghanistan.")[
        0
    ]
    assert [(loc["name"], loc["country_code"], loc["admin1"]) for loc in rec["locations"]] == [
        ("Rabat", "AF", "Kandahar")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A reservist took part in an attack in which five police officers were shot dead at a protest "
        "decrying police shootings, officials said.",
        "Two policemen were shot dead at the rally on Sunday.",
    ],
)
def test_the_police_shot_at_a_protest_is_no_policing(sentence: str) -> None:
    assert not crowd_fired_on(sentence)


def test_a_gunman_firing_at_a_march_about_police_shootings_is_no_policing() -> None:
    assert not crowd_fired_on(
        "Johnson, who was black, opened fire during a march protesting the police shootings last week of "
        "two black men."
    )


def test_a_surname_ner_reads_as_an_organisation_or_a_town_stays_the_person_s() -> None:
    from veille.geo.recognize import _surnames
    from veille.records import Entity

    text = "Michael Steven Sandford, 20. Sandford said. Sandford went. Sandford faces. Sandford left."
    labels = ["PERSON", "GPE", "ORG", "ORG", "GPE"]
    ents = []
    at = 0
    for label in labels:
        name = "Michael Steven Sandford" if label == "PERSON" else "Sandford"
        at = text.index(name, at)
        ents.append(Entity(at, at + len(name), label, name))
        at += len(name)
    assert "sandford" in _surnames(text, ents)
    # ... but a town NER reads as a place more often than anything else stays a town
    assert "sandford" not in _surnames(
        text, [*ents[:2], Entity(ents[2].start, ents[2].end, "GPE", "Sandford")]
    )


def test_an_air_raid_on_a_far_town_is_an_operation_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT - Russian air strikes killed 12 people in the town of Saraqeb in Idlib province on "
        "Friday, the Observatory said. Six people were also killed in an air raid on the city of Deir "
        "al-Zor, it said."
    )
    recs = records(pipeline, text, "2016-02-27")
    assert [(r["event_type"], r["counts"]["killed"], _names(r)) for r in recs] == [
        ("ct_operation", 12, ["Saraqib"]),
        ("ct_operation", 6, ["Deir ez-Zor"]),
    ]


def test_the_raid_named_back_in_another_town_is_the_same_operation(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT - Russian air strikes killed 12 people in the town of Saraqeb in Idlib province on "
        "Friday, the Observatory said. The strikes also hit a bakery in Deir al-Zor, it said."
    )
    recs = records(pipeline, text, "2016-02-27")
    assert [r["event_type"] for r in recs] == ["ct_operation"]
