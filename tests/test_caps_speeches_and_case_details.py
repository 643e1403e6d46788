"""Wire copy in capitals and the details of a case: deeds of years told in a speech are no attack;
urban commandos and uniformed men do what armed groups do; police that capture arrest; the victim
of the deed a case is about is no suspect; an arrest's day is not the deed's; a region's possessive
before its town; a tally of last year's killings; near misses of this session's rules. The real
pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline


def _towns(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_deeds_of_years_in_a_speech_are_no_attack(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 12 JAN 90 (INRAVISION TELEVISION CADENA 1) -- [SPEECH] [PRESIDENT VIRGILIO BARCO] FELLOW "
        "COUNTRYMEN: THE DRUG TRAFFICKERS AND THE TERRORISTS HAVE MURDERED THOUSANDS OF COLOMBIANS. BUT THE "
        "STATE WILL NOT SURRENDER."
    )
    assert records_of(pipeline, text, "1990-01-12") == []
    # ... the incident told after such words is the story's, in its own place
    text = (
        "LIMA, 18 MAY 90 (EFE) -- [TEXT] SENDERO LUMINOSO HAS MURDERED THOUSANDS OF PERUVIANS. ON 12 MAY, IN "
        "UCHIZA, SENDERO GUERRILLAS ATTACKED THE POLICE STATION AND KILLED 10 POLICEMEN."
    )
    (rec,) = records_of(pipeline, text, "1990-05-18")
    assert (rec["date"]["start"], rec["counts"]["killed"]) == ("1990-05-12", 10)
    assert {(a["name"], a["role"]) for a in rec["actors"]} == {("Shining Path", "perpetrator")}


def test_commandos_uniformed_men_and_captures_in_capitals(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 18 MAY 90 (ACAN-EFE) -- [TEXT] FMLN URBAN COMMANDOS YESTERDAY DYNAMITED A POWER PYLON "
        "NEAR SANTA TECLA. NOBODY WAS HURT."
    )
    (rec,) = records_of(pipeline, text, "1990-05-18")
    assert (rec["event_type"], rec["target_type"]) == ("attack", "utilities")
    text = (
        "SAN SALVADOR, 15 NOV 89 (AFP) -- [TEXT] A GROUP OF UNIFORMED MEN YESTERDAY MURDERED UNIVERSITY "
        "RECTOR "
        "IGNACIO MARTINEZ AND THREE OTHER PRIESTS AT THE CENTRAL AMERICAN UNIVERSITY IN SAN SALVADOR."
    )
    (rec,) = records_of(pipeline, text, "1989-11-15")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 4)
    text = (
        "GUATEMALA CITY, 18 MAY 90 (ACAN-EFE) -- [TEXT] THE NATIONAL POLICE YESTERDAY CAPTURED FIVE MEMBERS "
        "OF "
        "THE GUERRILLA ARMY OF THE POOR (EGP) IN ESCUINTLA."
    )
    (rec,) = records_of(pipeline, text, "1990-05-18")
    assert (rec["counts"]["arrested"], rec["counts"]["kidnapped"]) == (5, None)
    text = (
        "GUATEMALA CITY, 12 JAN 90 (ACAN-EFE) -- [TEXT] THE NATIONAL POLICE YESTERDAY ARRESTED FIVE ALLEGED "
        "MEMBERS OF THE REBEL ARMED FORCES (FAR) IN THE DEPARTMENT OF PETEN."
    )
    (rec,) = records_of(pipeline, text, "1990-01-12")
    assert {(a["name"], a["role"]) for a in rec["actors"]} == {
        ("Rebel Armed Forces (Guatemala)", "affiliation")
    }


def test_the_victim_of_the_deed_and_the_arrests_own_day(pipeline: Pipeline) -> None:
    text = (
        "DHAKA (Reuters) -- Bangladeshi police said on Monday they had arrested 15 Rohingya refugees "
        "suspected "
        "of involvement in the killing of community leader Mohib Ullah in a camp last September."
    )
    (rec,) = records_of(pipeline, text, "2022-03-08")
    assert rec["actors"] == []
    assert rec["date"]["precision"] == "unknown"
    text = (
        "HYDERABAD, India (PTI) -- The NIA on Wednesday arrested a suspected Indian Mujahideen operative in "
        "Bihar's Darbhanga in connection with the twin blasts in Hyderabad's Dilsukhnagar last month that "
        "killed 17 people."
    )
    (rec,) = records_of(pipeline, text, "2013-03-12")
    assert (_towns(rec), rec["counts"]["killed"]) == (["Darbhanga"], None)
    text = (
        "KOLKATA, India (PTI) -- Police in West Bengal arrested a suspected Jamaat-ul-Mujahideen Bangladesh "
        "operative from Murshidabad district on Wednesday. He had been on the run since the 2014 Burdwan "
        "blast."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2019-03-12")] == ["arrest"]


def test_last_years_killings_in_the_plural_are_a_tally(pipeline: Pipeline) -> None:
    text = (
        "KARACHI, Pakistan (AP) -- Karachi police said Thursday that 2,500 people were killed in targeted "
        "killings, sectarian attacks and bombings in the city last year, the highest toll on record."
    )
    (rec,) = records_of(pipeline, text, "2013-03-12")
    assert rec["record_type"] == "statistic"
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("deaths", 2500)
    # ... not a named attack's toll
    text = "Overall, 130 people died in the Paris attacks last year, the prosecutor said on Monday."
    assert not [r for r in records_of(pipeline, text, "2016-05-10") if r["record_type"] == "statistic"]


def test_near_misses_of_this_sessions_rules(pipeline: Pipeline) -> None:
    # a force near which an attack happened, or that speaks, is no target
    text = (
        "Gunmen killed five villagers near a Pakistan Army checkpoint in North Waziristan on Sunday, "
        "officials said."
    )
    (rec,) = records_of(pipeline, text, "2019-03-12")
    assert rec["target_type"] == "private_citizens_property"
    # a killing by robbers where Maoists are active is no attack
    text = (
        "A shopkeeper was killed by robbers in a market in Latehar, a district where Maoists are active, "
        "police "
        "said on Monday."
    )
    assert records_of(pipeline, text, "2019-03-12") == []
    # a list of towns keeps each town
    text = "Grenade attacks in Srinagar, Baramulla and Anantnag wounded 20 people on Monday, police said."
    (rec,) = records_of(pipeline, text, "2019-03-12")
    assert len(_towns(rec)) == 3
    # a fire by mishap is no arson
    text = "A mosque in Cairo was set on fire by an electrical short circuit on Friday, officials said."
    assert records_of(pipeline, text, "2019-03-12") == []
    # an attack near an exercise, by men in fake uniforms, is an attack
    text = (
        "Rebels disguised in fake army uniforms ambushed troops returning from a drill near Marawi on "
        "Monday, "
        "killing 10 soldiers."
    )
    (rec,) = records_of(pipeline, text, "2019-03-12")
    assert rec["counts"]["killed"] == 10
    # the step's own place after a charge's foreign one
    text = (
        "Kenyan police charged two Somali men with planning attacks in Nairobi after arresting them in "
        "Mombasa."
    )
    (rec,) = of_type(records_of(pipeline, text, "2019-03-12"), "charge")
    assert _towns(rec) == ["Mombasa"]
    # a raid's day before an arrest is the arrest's
    text = "In Monday's raids across Brussels, police arrested 12 terrorism suspects, prosecutors said."
    (rec,) = of_type(records_of(pipeline, text, "2016-05-10"), "arrest")
    assert rec["date"]["start"] == "2016-05-09"
    # a dozen more, or a cell, is not one arrested
    for text in (
        "Belgian police arrested another dozen terrorism suspects in raids in Brussels on Monday.",
        "Moroccan police arrested a terrorist cell of four men in Tangier on Monday.",
    ):
        (rec,) = of_type(records_of(pipeline, text, "2016-05-10"), "arrest")
        assert rec["counts"]["arrested"] != 1, text
    # videos, lists and handovers at home
    text = "Islamic State released a propaganda film showing militants in Raqqa executing prisoners."
    assert not of_type(records_of(pipeline, text, "2016-05-10"), "release")
    text = "The army handed over three suspected terrorists to the police in Srinagar on Monday."
    assert not of_type(records_of(pipeline, text, "2016-05-10"), "extradition")


def test_north_african_copy_and_one_militant_killed(pipeline: Pipeline) -> None:
    text = (
        "CAIRO, April 10 (Reuters) - President Abdel Fattah al-Sisi declared a three-month state of "
        "emergency "
        "across Egypt on Sunday night after two church bombings killed at least 44 people."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2017-04-10")] == ["policy"]
    text = (
        "TUNIS (AP) - Tunisia's interior ministry said on Tuesday that police had dismantled a recruitment "
        "network sending young men to fight in Libya and arrested its eight members in the coastal city of "
        "Monastir."
    )
    (rec,) = of_type(records_of(pipeline, text, "2017-04-10"), "cell_dismantled")
    assert [loc["country_code"] for loc in rec["locations"]] == ["TN"]
    text = (
        "TRIPOLI (Reuters) - Forces aligned with Libya's U.N.-backed government said they had captured the "
        "port "
        "in Sirte from Islamic State on Monday."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2017-04-10")] == ["ct_operation"]
    text = "KASSERINE, Tunisia, July 5 - Two soldiers were killed and three wounded when a landmine exploded."
    (rec,) = records_of(pipeline, text, "2017-07-05")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (2, 3)
    text = "Police shot dead a suspected terrorist in Surabaya on Tuesday."
    (rec,) = records_of(pipeline, text, "2019-03-12")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 1)
    text = (
        "A bomb exploded outside a bus terminal in Isulan on Monday, wounding nine people. Police suspect "
        "the "
        "Bangsamoro Islamic Freedom Fighters."
    )
    (rec,) = records_of(pipeline, text, "2019-03-12")
    assert ("Bangsamoro Islamic Freedom Fighters", "perpetrator") in {
        (a["name"], a["role"]) for a in rec["actors"]
    }


def test_near_misses_of_deeds_of_years_and_captures(pipeline: Pipeline) -> None:
    # a multitude told with its days is the story's
    text = (
        "Islamic State militants have massacred hundreds of Yazidi men in Sinjar since Sunday, a UN official "
        "said on Thursday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-12")
    assert rec["event_type"] == "attack"
    text = (
        "DRUG TRAFFICKERS, WHO HAVE ASSASSINATED THOUSANDS OF POLICEMEN AND JUDGES, TODAY KILLED TWO JUDGES "
        "IN "
        "MEDELLIN."
    )
    (rec,) = records_of(pipeline, text, "1989-08-22")
    assert rec["counts"]["killed"] == 2
    # men in police uniforms who capture take hostages
    text = "Militants dressed in police uniforms captured three aid workers near Kandahar on Monday."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["counts"]["kidnapped"], rec["counts"]["arrested"]) == (3, None)
    # a trail's name is no group
    text = "Hikers on the Sendero de Chile trail found an unexploded grenade on Monday."
    assert records_of(pipeline, text, "2016-05-10") == []
