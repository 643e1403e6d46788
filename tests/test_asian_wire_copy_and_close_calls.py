"""South and South-East Asian wire copy and close calls: a force hit in its post or men is the target
even with a speaker in the sentence; a clash's own toll, a charge sheet, a release or a handover of
militants, drones that drop explosives; a province after its town; a charge's foreign place is not
the court's; hate arson and machete killings; exercises, reviews and threatened attacks are no
attacks. The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline

PUB = "2019-03-12"  # a Tuesday


def _roles(rec: dict) -> set[tuple[str, str]]:
    return {(a["name"], a["role"]) for a in rec["actors"]}


def _towns(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_a_force_hit_in_its_post_is_the_target_whoever_speaks(pipeline: Pipeline) -> None:
    text = (
        "GUWAHATI, India (PTI) -- Militants attacked an Assam Rifles camp in Tinsukia district on Monday, "
        "killing two soldiers, police said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert ("Assam Rifles", "target") in _roles(rec)
    assert rec["target_type"] == "military"
    # ... the near miss: a force that speaks is the source
    text = (
        "Militants attacked a village in Tinsukia district on Monday, killing two people, the Assam Rifles "
        "said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert ("Assam Rifles", "target") not in _roles(rec)


def test_a_clash_and_its_toll_told_by_the_army(pipeline: Pipeline) -> None:
    text = (
        "MANILA -- The army said on Monday its soldiers had killed five Abu Sayyaf gunmen in a clash in "
        "Patikul, Sulu, on Sunday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 5)
    # the province after its town is no second place
    assert _towns(rec) == ["Patikul"]
    text = (
        "JOLO, Philippines -- Troops rescued a Vietnamese sailor after a clash in Patikul, Sulu, on Monday "
        "that killed three Abu Sayyaf militants, the military said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 3)


def test_steps_of_a_case_told_in_south_asian_wording(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI (AP) -- India's National Investigation Agency on Monday filed charges against 10 people "
        "accused of plotting terror attacks for the Islamic State group."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "charge")
    assert rec["counts"]["persons"] == 10
    text = (
        "VAVUNIYA, Sri Lanka (AP) -- Sri Lankan authorities on Wednesday released 46 former Tamil Tiger "
        "militants from detention, the army said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["persons"]) == ("release", 46)
    # the movement is no person
    assert _roles(rec) == {("Liberation Tigers of Tamil Eelam", "affiliation")}
    text = (
        "KATHMANDU, Nepal (AP) -- Nepal on Wednesday handed over a suspected Indian Mujahideen terrorist to "
        "Indian authorities at the border town of Raxaul, officials said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "extradition"
    # ... the near miss: a video released is no release
    text = "Islamic State released a video of militants training in Raqqa on Monday."
    assert not of_type(records_of(pipeline, text, PUB), "release")


def test_a_ban_over_bombings_and_an_arrest_over_last_months_bombing(pipeline: Pipeline) -> None:
    text = (
        "KATHMANDU, Nepal (Reuters) -- Nepal's government on Tuesday banned the Communist Party of Nepal led "
        "by Netra Bikram Chand, accusing it of terrorism, bombings and extortion."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["policy"]
    text = (
        "YALA, Thailand -- Police arrested two suspects on Wednesday in connection with last month's "
        "bombing of a school bus in Bannang Sata district."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 2)


def test_drones_that_drop_explosives_and_a_passive_killing_by_maoists(pipeline: Pipeline) -> None:
    for text in (
        "JAMMU, India (PTI) -- Two drones dropped explosives on the Indian Air Force station in Jammu on "
        "Sunday, injuring two airmen, officials said.",
        "JAMMU, India (PTI) -- Militants used two drones to bomb the Indian Air Force station in Jammu on "
        "Sunday, injuring two airmen, officials said.",
    ):
        (rec,) = records_of(pipeline, text, PUB)
        assert (rec["event_type"], rec["target_type"], rec["counts"]["wounded"]) == ("attack", "military", 2)
    text = (
        "DANTEWADA, India (PTI) -- A village headman was killed by Maoists in Dantewada district on Sunday "
        "night, police said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["target_type"]) == ("attack", "government_general")
    # ... a tribal elder is a private citizen
    text = "QUETTA, Pakistan (AP) -- Gunmen killed a tribal elder in Kech district on Sunday, police said."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["target_type"] == "private_citizens_property"


def test_counts_of_guards_hostages_held_and_one_more_arrested(pipeline: Pipeline) -> None:
    text = (
        "PESHAWAR, Pakistan (AP) -- A roadside bomb struck a vehicle carrying a tribal elder in Bajaur on "
        "Thursday, killing him and his two guards, police said."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["counts"]["killed"] == 3
    text = (
        "JOLO, Philippines -- Soldiers shot dead a suspected insurgent and arrested another in Patikul, "
        "Sulu, on Monday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["counts"]["killed"], rec["counts"]["arrested"]) == (1, 1)
    text = "ZAMBOANGA, Philippines -- Police arrested an Abu Sayyaf sub-leader in Zamboanga City on Monday."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["counts"]["arrested"] == 1
    text = (
        "JOLO, Philippines -- Gunmen abducted a schoolteacher in Indanan on Sunday. The military blamed the "
        "Abu Sayyaf, which holds several other hostages in the island's jungles."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["counts"]["kidnapped"] != 3
    text = (
        "JAYAPURA, Indonesia -- Papuan separatist rebels kidnapped two construction workers building a "
        "bridge in Nduga on Monday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["counts"]["kidnapped"] == 2


def test_a_charges_foreign_place_is_not_the_courts(pipeline: Pipeline) -> None:
    for text, town in (
        (
            "KUALA LUMPUR -- The High Court on Monday convicted a man of sending money to Islamic State "
            "militants in Syria.",
            "Kuala Lumpur",
        ),
        (
            "BERLIN -- Prosecutors charged a German woman on Monday with membership of Islamic State in "
            "Iraq.",
            "Berlin",
        ),
        (
            "LONDON -- A British man was jailed for six years on Monday for joining Islamic State in Syria.",
            "London",
        ),
    ):
        (rec,) = records_of(pipeline, text, PUB)
        assert _towns(rec) == [town], text


def test_a_claim_is_dated_by_the_deed_and_a_province_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "JOLO, Philippines -- Islamic State claimed on Monday that its fighters carried out a bombing that "
        "killed two soldiers in Patikul, Sulu, on Saturday."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["date"]["start"] == "2019-03-09"
    assert _roles(rec) == {("Islamic State", "perpetrator")}


def test_hate_arson_and_machete_killings_are_attacks(pipeline: Pipeline) -> None:
    for text in (
        "A mosque in Ajaccio was set on fire overnight, the prefecture said. Anti-Muslim slogans were "
        "sprayed on the walls.",
        "An arson attack damaged the entrance of a mosque in Bad Neustadt on Monday night, police said. "
        "Swastikas had been painted on the door.",
        "A planned refugee home in Bautzen was set on fire on Sunday night, police said.",
        "Men armed with machetes hacked to death a Hindu priest in Jhenaidah on Monday, police said.",
    ):
        (rec,) = records_of(pipeline, text, "2016-05-10")
        assert rec["event_type"] == "attack", text
    text = "A planned refugee home in Bautzen was set on fire on Sunday night, police said."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (_towns(rec), rec["target_type"]) == (["Bautzen"], "private_citizens_property")


def test_exercises_reviews_and_threatened_attacks_are_no_attacks(pipeline: Pipeline) -> None:
    for text in (
        "LONDON - Hundreds of police officers took part in a mock terrorist attack at the Trafford Centre in "
        "Manchester on Monday night, with actors playing victims and a fake suicide bomber.",
        "A new documentary about the 2015 Paris attacks, in which gunmen and suicide bombers killed 130 "
        "people, premiered at the Cannes festival on Monday.",
        'WASHINGTON - Donald Trump said in a speech on Monday that he would "bomb the hell out of ISIS".',
    ):
        assert records_of(pipeline, text, "2016-05-10") == [], text
    text = "A video released on Monday by militants threatened new attacks on France."
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["threat"]
    text = (
        'French Prime Minister Manuel Valls said on Monday that France would "destroy" Islamic State and '
        "warned that more attacks were likely."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["warning"]
    # ... the near miss: the group that warns threatens
    text = "Islamic State warned on Monday of more attacks on France, in a video posted online."
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["threat"]


def test_a_ramming_ended_by_soldiers_fire_and_a_warning_at_home(pipeline: Pipeline) -> None:
    text = (
        "A man drove his car into a group of soldiers guarding a mosque in Valence on Monday, injuring one, "
        "before soldiers opened fire and wounded him. The anti-terrorism prosecutor's office said it was "
        "examining the case."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["attack_type"], rec["weapon_type"]) == ("unarmed_assault", "vehicle")
    assert not any(a["role"] == "perpetrator" for a in rec["actors"])
    text = (
        'The Dutch national counter-terrorism coordinator raised the threat level to "substantial" on '
        "Monday, citing the risk of attacks by people returning from Syria and Iraq."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert [loc["country_code"] for loc in rec["locations"]] == ["NL"]


def test_an_arrest_over_last_years_attacks_is_dated_by_its_own_day(pipeline: Pipeline) -> None:
    text = "Police arrested a suspect in last year's Paris attacks in Brussels on Friday."
    (rec,) = records_of(pipeline, text, "2016-03-19")
    assert (rec["event_type"], rec["date"]["start"]) == ("arrest", "2016-03-18")
    text = (
        "The top suspect in last year's deadly Paris attacks, captured in Belgium after four months on the "
        "run, will now face police questioning. He was seized Friday in the Brussels neighborhood of "
        "Molenbeek."
    )
    (rec,) = of_type(records_of(pipeline, text, "2016-03-19"), "arrest")
    assert rec["date"]["start"] == "2016-03-18"
