"""Middle Eastern wire copy: a force a strike hit is its target, an armed group's drones make its
attack, who planted a bomb is not whom it hit, a car bomb aimed at an official, a Palestinian's
stabbing, rockets fired from Gaza that land in Israel, and "SO FAR" in capitals names no army. The
real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

PUB = "2019-06-12"  # a Wednesday


def _roles(rec: dict) -> set[tuple[str, str]]:
    return {(a["name"], a["role"]) for a in rec["actors"]}


def test_whom_a_strike_hit_and_whose_drones(pipeline: Pipeline) -> None:
    text = "A US drone strike killed a PMF commander near Baghdad airport on Friday."
    (rec,) = records_of(pipeline, text, "2020-01-04")
    assert {("Popular Mobilization Forces", "target"), ("United States Armed Forces", "agent")} <= _roles(rec)
    # ... the near miss: a body after a cause still acts
    text = (
        "In retaliation for the bombing the Turkish army launched air strikes on PKK camps in northern Iraq."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert ("Turkish Armed Forces", "agent") in _roles(rec)
    text = "Houthi drones targeted an oil pumping station in Saudi Arabia on Tuesday."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["target_type"]) == ("attack", "utilities")
    assert ("Houthis", "perpetrator") in _roles(rec)


def test_bombs_aimed_at_people_and_who_planted_them(pipeline: Pipeline) -> None:
    text = (
        "Two civilians were killed when an IED planted by Islamic State militants exploded in Kirkuk on "
        "Tuesday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "private_citizens_property"
    text = "A bomb exploded under the car of a police officer in Mosul on Wednesday, killing him."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "police"
    text = "A bomb attached to the car of a judge exploded in Mosul on Wednesday, killing him."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 1)


def test_stabbings_and_rockets_from_gaza(pipeline: Pipeline) -> None:
    text = "A Palestinian stabbed and wounded an Israeli soldier near Nablus on Tuesday."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["weapon_type"]) == ("attack", "melee")
    text = "Two rockets fired from the Gaza Strip landed near Sderot on Sunday, wounding one man."
    (rec,) = records_of(pipeline, text, PUB)
    assert [(loc["country_code"], loc["role"]) for loc in rec["locations"]] == [
        ("PS", "origin"),
        ("IL", "event"),
    ]


def test_so_far_in_capitals_names_no_army(pipeline: Pipeline) -> None:
    text = "SPANISH POLICE HAVE ARRESTED 78 JIHADISTS SO FAR THIS YEAR, THE INTERIOR MINISTRY SAID."
    (rec,) = records_of(pipeline, text, "2023-11-15")
    assert "Royal Armed Forces (Morocco)" not in [a["name"] for a in rec["actors"]]
    assert "MA" not in {loc["country_code"] for loc in rec["locations"]}


def test_whose_people_whose_state_and_whose_patrol(pipeline: Pipeline) -> None:
    text = "A suicide bomber struck Kabul airport on Thursday, killing 13 US service members."
    (rec,) = records_of(pipeline, text, PUB)
    assert {loc["country_code"] for loc in rec["locations"]} == {"AF"}
    # a state that fires is no place; a name that goes on is no town inside it (Ain, France)
    text = "Iran fired missiles at the Ain al-Asad air base in Anbar province on Wednesday."
    (rec,) = records_of(pipeline, text, PUB)
    assert {loc["country_code"] for loc in rec["locations"]} == {"IQ"}
    # a patrol is of those it lost
    text = "Seven soldiers were killed when militants ambushed a patrol in North Waziristan on Tuesday."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "military"
    text = "Militants ambushed a police patrol in Bannu on Tuesday, killing two policemen."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "police"


def test_review_near_misses_and_groups_named_by_their_attack(pipeline: Pipeline) -> None:
    # a force that killed, in the passive, is the agent only
    text = "Five Boko Haram militants were killed by the Nigerian army in Borno on Monday."
    (rec,) = records_of(pipeline, text, PUB)
    assert ("Nigerian Army", "target") not in _roles(rec)
    # a group's drone man struck is no drone attack of the group; a headline's colon neither
    for text in (
        "A Houthi drone commander was killed in a coalition airstrike in Saada.",
        "Taliban: drone strike killed 10 civilians in Kunduz, a spokesman said.",
    ):
        assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["ct_operation"], text
    # a family quarrel, a gang's victim, model rockets and a hoax make no attack
    for text in (
        "A Palestinian man shot dead his brother in a dispute over land in Tulkarem, police said.",
        "A Palestinian stabbed to death in Jaffa was the victim of gang violence, police said.",
        "Model rockets launched from Lebanon High School in Ohio reached record heights at a science fair.",
        "A hoax bomb placed under the car of a councillor in Belfast turned out to be fake.",
    ):
        assert records_of(pipeline, text, PUB) == [], text
    # a palm oil plant is a business; a group blamed is no target
    text = "Militants torched a palm oil plant in Rivers state on Tuesday, killing two workers."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "business"
    text = "A car bomb attack blamed on the PKK killed six police officers in Diyarbakir province on Tuesday."
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["target_type"], ("Kurdistan Workers' Party", "perpetrator") in _roles(rec)) == (
        "police",
        True,
    )
    # an acronym before "attack" names no group by itself; a claim asserted, no claim of a deed;
    # arsonists alone are criminals
    for text in (
        "Kohli tore into the SL attack in Colombo on Tuesday.",
        "The dog's owner claimed the attack was provoked, magistrates in Leeds heard.",
        "Arsonists torched a car dealership in Perth in an insurance fraud scheme, police said, charging the "
        "owner.",
    ):
        assert records_of(pipeline, text, PUB) == [], text
    text = (
        "Arsonists burned a Catholic church in Padre Las Casas on Sunday; a Mapuche radical group claimed "
        "the attack."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["attack"]
    text = (
        "In Jerusalem, a Palestinian opened fire at Israeli police on a crowded street, seriously wounding "
        "two officers, before being shot dead."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["attack"]
    # a country targeted in the passive is still the place
    text = (
        "Kenya targeted by al-Shabaab militants based in Somalia's Gedo region, with a bomb killing four "
        "police officers in Mandera."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert "KE" in {loc["country_code"] for loc in rec["locations"]}
    text = "Turkey's interior ministry said 1,200 PKK militants had been neutralised in 2018."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["statistic"]["metric"] == "militants_killed"
    # allies' dead are no militants killed
    text = "The Kurdistan Regional Government said 1,600 Peshmerga fighters had been killed since 2014."
    recs = records_of(pipeline, text, "2023-06-01")
    assert [r["statistic"]["metric"] for r in recs] == ["deaths"]
