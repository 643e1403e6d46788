"""A happening that brings a tally up to date gives both, an operation of its own on another day is
its own record, a doer named to tell who his kin is did nothing told, a sentence carried out is no
attack, and figures told as parts, as a force's own, as "others" or in the passive. The real
pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline

PUB = "2019-11-12"  # a Tuesday


def _stat(rec: dict) -> tuple[str, float, str, str]:
    st = rec["statistic"]
    return st["metric"], st["value"], st["period"]["start"], st["period"]["end"]


def test_a_happening_brings_a_tally_up_to_date(pipeline: Pipeline) -> None:
    text = (
        "Kenya Defence Forces killed 12 al-Shabaab militants in Boni forest on Friday, bringing the number "
        "of militants killed this year to 84."
    )
    recs = records_of(pipeline, text, PUB)
    (op,) = of_type(recs, "ct_operation")
    assert (op["date"]["start"], op["counts"]["killed"]) == ("2019-11-08", 12)
    (stat,) = of_type(recs, "ct_operation", "statistic")
    assert _stat(stat) == ("militants_killed", 84, "2019-01-01", PUB)
    text = (
        "Police in Kano arrested 45 suspected bandits in October, bringing to 310 the number of arrests "
        "since January."
    )
    recs = records_of(pipeline, text, PUB)
    assert [r["counts"]["arrested"] for r in of_type(recs, "arrest")] == [45]
    (stat,) = of_type(recs, "arrest", "statistic")
    assert _stat(stat) == ("arrests", 310, "2019-01-01", PUB)
    # one happening's toll brought up to date is no tally
    text = (
        "A suicide bomber killed ten people at a market in Maiduguri on Sunday. Two more victims died on "
        "Monday, bringing the death toll from the bombing to 12."
    )
    recs = records_of(pipeline, text, PUB)
    assert [(r["record_type"], r["counts"]["killed"]) for r in recs] == [("event", 12)]


def test_an_operation_of_its_own_on_another_day(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot dead two policemen in Bannu on Tuesday, police said.\n\nOn Wednesday, security forces "
        "killed three militants in a raid in the same district."
    )
    recs = records_of(pipeline, text, "2019-06-12")
    assert sorted((r["event_type"], r["date"]["start"], r["counts"]["killed"]) for r in recs) == [
        ("attack", "2019-06-11", 2),
        ("ct_operation", "2019-06-12", 3),
    ]


def test_kin_of_a_doer_and_a_sentence_carried_out(pipeline: Pipeline) -> None:
    text = (
        "The brother of the Manchester Arena suicide bomber was jailed on Thursday for his role in the 2017 "
        "attack that killed 22 people."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2019-06-12")] == ["conviction"]
    text = "Saudi Arabia executed 81 men convicted of terrorism offences on Saturday."
    assert of_type(records_of(pipeline, text, PUB), "attack") == []
    # the near miss: captives executed by a group
    text = "Islamic State militants executed 15 men in a village near Mosul on Saturday."
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["attack"]
    text = (
        "A Paris court on Tuesday sentenced Ines Madani to 30 years in prison for an attempted bombing near "
        "Notre-Dame cathedral in 2016."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], [a["name"] for a in rec["actors"]]) == ("conviction", ["Ines Madani"])
    text = (
        "Pakistani police on Wednesday arrested four suspects over last year's attack on the Chinese "
        "consulate in Karachi."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["arrest"]


def test_figures_told_as_parts_as_a_forces_own_and_in_the_passive(pipeline: Pipeline) -> None:
    pub = "2023-11-15"
    text = "The FSB said it had prevented 118 terrorist crimes in 2022, including 40 attacks."
    assert [_stat(r)[:2] for r in records_of(pipeline, text, pub)] == [("plots_foiled", 118)]
    text = (
        "Pakistan's Counter Terrorism Department said it had killed 137 militants in Punjab so far this year."
    )
    assert [_stat(r)[:2] for r in records_of(pipeline, text, pub)] == [("militants_killed", 137)]
    text = "Iraqi security forces killed 312 Islamic State militants and arrested 1,450 others in 2022."
    assert sorted(_stat(r)[:2] for r in records_of(pipeline, text, pub)) == [
        ("arrests", 1450),
        ("militants_killed", 312),
    ]
    text = (
        "Around 600 people have been prevented from travelling to Syria since 2014, the Swedish Security "
        "Service said."
    )
    assert [_stat(r) for r in records_of(pipeline, text, pub)] == [
        ("travels_prevented", 600, "2014-01-01", pub)
    ]
    # a year's tally told in the year runs to the report; a plan runs to the year's end
    text = "Spanish police have arrested 78 suspected jihadists this year, the interior ministry said."
    assert [_stat(r)[2:] for r in records_of(pipeline, text, pub)] == [("2023-01-01", pub)]


def test_policy_told_with_compound_words(pipeline: Pipeline) -> None:
    pub = "2023-11-15"
    for text in (
        "The UN Office of Counter-Terrorism and the African Union signed a counter-terrorism agreement in "
        "Addis Ababa on Wednesday.",
        "Britain will spend 1 billion pounds on counter-terrorism policing next year, the Home Office said "
        "on Tuesday.",
        "The Philippine government on Tuesday designated the New People's Army as a terrorist group.",
    ):
        assert [r["event_type"] for r in records_of(pipeline, text, pub)] == ["policy"], text


def test_a_hunt_on_its_own_day_and_the_places_of_a_story(pipeline: Pipeline) -> None:
    text = (
        "A motorcycle bomb exploded outside a police station in Cali on Sunday, wounding nine people.\n\n"
        "Police arrested two ELN members on Tuesday over the bombing."
    )
    recs = records_of(pipeline, text, "2019-06-12")
    assert sorted((r["event_type"], r["date"]["start"]) for r in recs) == [
        ("arrest", "2019-06-11"),
        ("attack", "2019-06-09"),
    ]
    text = (
        "LAGOS, Jan 9 (Reuters) - Boko Haram fighters overran a military base in Baga, in Borno state, on "
        "Saturday, killing dozens."
    )
    (rec,) = records_of(pipeline, text, "2019-01-10")
    assert {(loc["country_code"], loc["admin1"]) for loc in rec["locations"]} == {("NG", "Borno")}
    text = (
        "German police detained three men in raids in Duisburg and Essen on Tuesday on suspicion of "
        "planning an attack."
    )
    (rec,) = records_of(pipeline, text, "2019-06-12")
    assert "Essen" not in [a["name"] for a in rec["actors"]]
    text = (
        "Trump on Thursday postponed his announcement, citing the deadly truck attack in France.\n\nTrump "
        "said he postponed it out of respect for the victims in Nice, France, where an attacker in a heavy "
        "truck drove into crowds celebrating Bastille Day, killing at least 84 people."
    )
    (rec,) = records_of(pipeline, text, "2016-07-15")
    assert [loc["name"] for loc in rec["locations"]] == ["Nice"]


def test_a_happening_a_period_starts_from_is_no_tally(pipeline: Pipeline) -> None:
    text = (
        "France has been on high alert since 2015, when gunmen killed 130 people in coordinated attacks in "
        "Paris."
    )
    assert records_of(pipeline, text, "2019-06-12") == []
    text = (
        "In 2017, militants loyal to Islamic State seized Marawi, and more than 1,100 people were killed in "
        "the five-month siege."
    )
    assert [r for r in records_of(pipeline, text, "2019-06-12") if r["record_type"] == "statistic"] == []


def test_near_misses_of_tallies_and_foiled_attacks(pipeline: Pipeline) -> None:
    # a goalkeeper's or a ranger's foiled attacks are no plots
    for text in (
        "Manuel Neuer foiled 12 attacks as Bayern beat Atletico on Tuesday.",
        "Rangers in Kruger National Park foiled 12 attacks by rhino poachers in April, park officials said.",
    ):
        assert records_of(pipeline, text, "2019-06-12") == [], text
    # the dead of militants' attacks, brought up to date, are deaths, not militants killed
    text = (
        "Gunmen killed a policeman in Peshawar on Monday, bringing the number of policemen killed by "
        "militants this year to 25."
    )
    recs = records_of(pipeline, text, "2019-06-12")
    assert [_stat(r)[:2] for r in recs if r["record_type"] == "statistic"] == [("deaths", 25)]
    assert [r["counts"]["killed"] for r in of_type(recs, "attack")] == [1]
    # a town a man is from names no one
    text = "A Rotterdam man was arrested on Saturday on suspicion of planning an attack, prosecutors said."
    (rec,) = records_of(pipeline, text, "2019-06-12")
    assert rec["actors"] == [] or "Rotterdam" not in [a["name"] for a in rec["actors"]]


def test_tolls_told_since_a_happening_and_ends_of_attacks_stay_with_it(pipeline: Pipeline) -> None:
    pub = "2016-05-10"
    # one happening's toll told since it happened is no tally
    text = (
        "The number of militants killed in the army's operation in the Sambisa forest since Friday has risen "
        "to 45, a spokesman said."
    )
    (rec,) = records_of(pipeline, text, pub)
    assert (rec["record_type"], rec["counts"]["killed"]) == ("event", 45)
    # a place's tally beside a visit is no attack
    text = (
        "Interior Minister Mohamed Bazoum visited Diffa on Monday, where 300 people have been killed in Boko "
        "Haram attacks since February."
    )
    assert [r["record_type"] for r in records_of(pipeline, text, pub)] == ["statistic"]
    # a tally after a clause of the happening a period starts from keeps its period
    text = (
        "France has been under a state of emergency since November 2015, when gunmen killed 130 people, and "
        "police have arrested 400 terror suspects."
    )
    assert [_stat(r) for r in records_of(pipeline, text, pub)] == [("arrests", 400, "2015-11-01", pub)]
    # a campaign's toll is a tally
    text = (
        "Nearly 50 people have been killed in the suicide bombing campaign by Boko Haram in Maiduguri this "
        "year."
    )
    assert [_stat(r)[:2] for r in records_of(pipeline, text, pub)] == [("deaths", 50)]
    # a siege's end and an arrest at the scene are the attack's
    text = (
        "Islamist militants seized a gas plant near In Amenas in eastern Algeria on Wednesday, taking dozens "
        "of foreign workers hostage. On Thursday, Algerian troops stormed the complex in an operation that "
        "killed 11 militants."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, pub)] == ["attack"]
    text = (
        "Gunmen killed eight worshippers at a mosque in Quetta on Friday. On Sunday police said they had "
        "arrested one of the attackers at the scene on Friday."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, pub)] == ["attack"]
    # a person placed after a town of a list stays a person; an antivirus maker's attacks are no plots
    text = (
        "Spanish police arrested a Moroccan man in Madrid and Yassin Ahmed in Barcelona on Tuesday on "
        "suspicion of recruiting for Islamic State."
    )
    (rec,) = records_of(pipeline, text, pub)
    assert "Yassin Ahmed" in [a["name"] for a in rec["actors"]]
    text = (
        "Kaspersky Lab said its products thwarted 758 million attacks launched from online resources in 2015."
    )
    assert records_of(pipeline, text, pub) == []
