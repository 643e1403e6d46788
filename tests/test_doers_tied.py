"""Who carried out an attack: a named group tied to it by the words around its name ("by FMLN
units", "guerrillas of the Shining Path", "a Taliban-planted bomb"), and a state force named only
by common nouns ("soldiers executed five men"), which stands for the country's own armed forces;
never a force that suffered the attack (the real pipeline; texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.pipeline import Pipeline


def doers(pipeline: Pipeline, text: str, published: str = "2020-05-05") -> list[tuple[str, str]]:
    """(name, mention) of the perpetrators of the one attack record the text gives."""
    attacks = of_type(records_of(pipeline, text, published), "attack")
    assert len(attacks) == 1, attacks
    return [(a["name"], a["mention"]) for a in _perpetrators(attacks[0])]


def _perpetrators(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in record["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the deed told with its object and place first, then its doers
        (
            "Two people were killed and three wounded in an attack on the army post in Tamarindo by "
            "FMLN [Farabundo Marti National Liberation Front] units.",
            "Farabundo Martí National Liberation Front",
        ),
        # ... in capitals, as wire copy of the time was sent
        (
            "TWO PEOPLE WERE KILLED AND THREE WOUNDED IN AN ATTACK ON THE ARMY POST IN TAMARINDO BY "
            "FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] UNITS.",
            "Farabundo Martí National Liberation Front",
        ),
        # the group's men
        (
            "About 40 villagers have been kidnapped by guerrillas of the Shining Path in Ayacucho "
            "department.",
            "Shining Path",
        ),
        # the group's name on the device it laid
        (
            "On 3 March 2020, an army vehicle was hit by a Taliban-planted IED in Arghandab district, "
            "Kandahar.",
            "Taliban",
        ),
        (
            "On 1 May 2020, an Islamic State landmine planted on a road near Palmyra exploded under a "
            "passing bus, killing 4 soldiers.",
            "Islamic State",
        ),
        # a deed the subject's verbs did not list
        (
            "On 4 May 2020, Taliban militants threw a grenade at a mosque, injuring 12 worshippers, in "
            "Sharan district, Paktika.",
            "Taliban",
        ),
    ],
)
def test_a_group_tied_to_the_attack_is_its_perpetrator(pipeline: Pipeline, text: str, name: str) -> None:
    assert [n for n, _ in doers(pipeline, text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2020, soldiers arrested and executed five men at the entrance of Kaya, Burkina Faso.",
            ("Armed Forces of Burkina Faso", "soldiers"),
        ),
        (
            "On 30 April 2020, the military forces shot and killed a young man in Bamenda town, Cameroon.",
            ("Cameroon Defence Forces", "military forces"),
        ),
        (
            "Three civilians were killed when soldiers opened fire on a bus near Kaya, Burkina Faso, on "
            "Sunday.",
            ("Armed Forces of Burkina Faso", "soldiers"),
        ),
        # a force of another country, by its demonym
        (
            "On 2 May 2020, Malian soldiers shot dead three herders near Djibo, Burkina Faso.",
            ("Malian Armed Forces", "Malian soldiers"),
        ),
        # ... or by the country named after them
        (
            "On 2 May 2020, military forces of Pakistan shot dead a man when they opened fire on a "
            "vehicle near Mand.",
            ("Pakistan Army", "military forces"),
        ),
        # soldiers or another force: either did it
        (
            "On 22 November, Burkinabe soldiers or gendarmes reportedly extrajudicially executed seven "
            "civilians near a village in the north.",
            ("Armed Forces of Burkina Faso", "Burkinabe soldiers"),
        ),
        # a named force that cordoned off a place before its deed
        (
            "On 7 March, the Burkinabe armed forces reportedly cordoned off the area of Tiemboulo and "
            "executed 40 civilians.",
            ("Armed Forces of Burkina Faso", "Burkinabe armed forces"),
        ),
    ],
)
def test_soldiers_who_did_it_are_the_countrys_armed_forces(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert doers(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed in an ambush near Damboa in Borno state on Sunday.",
        # soldiers who fought the attackers told in the same sentence
        "Gunmen attacked a checkpoint near Damboa on Sunday and soldiers killed three of them.",
    ],
)
def test_soldiers_who_suffered_or_answered_the_attack_are_no_perpetrators(
    pipeline: Pipeline, text: str
) -> None:
    assert doers(pipeline, text) == []


def test_a_named_force_that_suffered_the_attack_is_its_target(pipeline: Pipeline) -> None:
    text = "Five Nigerian Army soldiers were killed in an ambush near Damboa in Borno state on Sunday."
    attacks = of_type(records_of(pipeline, text, "2020-05-05"), "attack")
    assert [(a["name"], a["role"]) for a in attacks[0]["actors"]] == [("Nigerian Army", "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assailants set fire to 12 trucks in Ercilla, Araucania, Chile. There were no reported "
            "casualties in the attack. Lof Ranquil Resistance claimed responsibility for the incident.",
            ("Lof Ranquil Resistance", "Lof Ranquil Resistance"),
        ),
        (
            "Assailants opened fire on a gendarmerie post in Mamfe, South-West, Cameroon. One gendarme was "
            "killed in the attack. No group claimed responsibility for the incident; however, sources "
            "attributed the attack to separatists.",
            ("Separatists", "separatists"),
        ),
        # wire copy in capitals: a name in quotes, its translation in brackets left out
        (
            'SAN SALVADOR, 19 APR 89 (AFP) -- [TEXT] A SELF-NAMED LEFT-WING COMMANDO UNIT, THE "NINE '
            'OCTOBER CIVIC FRONT" [FRENTE CIVICO NUEVE DE OCTUBRE] TONIGHT CLAIMED RESPONSIBILITY FOR THE '
            "DYNAMITE ATTACK THAT KILLED A CUSTOMS OFFICIAL TODAY.",
            ("Nine October Civic Front", "NINE OCTOBER CIVIC FRONT"),
        ),
        (
            "A bomb exploded outside a bank in Thessaloniki on Monday, damaging the entrance. A group "
            "calling itself Comrades of the Night Fire claimed responsibility in a post on a website.",
            ("Comrades of the Night Fire", "Comrades of the Night Fire"),
        ),
    ],
)
def test_a_claimant_the_knowledge_base_does_not_list_is_the_perpetrator(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert doers(pipeline, text, "2018-03-31") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded outside a bank in Thessaloniki on Monday. No group claimed responsibility for the "
        "attack.",
        "A bomb exploded outside a bank in Thessaloniki on Monday. Officials blamed the attack on the army.",
        "A bomb exploded outside a bank in Thessaloniki on Monday. Nobody has claimed responsibility so far.",
        # (what the claim patterns do read, and must refuse)
        "A bomb exploded outside a bank in Thessaloniki on Monday. Officials have not attributed the attack "
        "to Revolutionary Cells.",
        "A bomb exploded outside a bank in Thessaloniki on Monday. Officials blamed the attack on Syrian "
        "Armed Forces.",
    ],
)
def test_no_claim_or_a_state_force_blamed_names_no_claimant(pipeline: Pipeline, text: str) -> None:
    assert doers(pipeline, text, "2018-03-31") == []


def test_a_group_whose_deed_follows_an_apposition_is_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "Boko Haram, the jihadist group that has waged an insurgency since 2009, killed 12 villagers in "
        "Gwoza, Borno state, on Sunday."
    )
    assert [n for n, _ in doers(pipeline, text)] == ["Boko Haram"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed people named by common nouns, with the words that tell which they are
        (
            "On 2 May 2020, suspected Dagomba militias attacked and injured a farmer in Gordi, North East "
            "region, Ghana.",
            ("Dagomba militias", "Dagomba militias"),
        ),
        (
            "On 30 April 2020, Islamist militants attacked the village of Namava, Cabo Delgado, Mozambique.",
            ("Jihadists", "Islamist militants"),
        ),
    ],
)
def test_armed_people_who_did_it_are_named_as_the_text_tells_them(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert doers(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five worshippers at a mosque in Kano on Friday.",
        "A suicide bomber killed 11 people at a wedding in Jalalabad on Sunday.",
    ],
)
def test_unidentified_doers_name_no_perpetrator(pipeline: Pipeline, text: str) -> None:
    assert doers(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Assailants set fire to a church in Ercilla, Araucania, Chile. No group claimed responsibility "
            "for the incident; however, sources suspected that Mapuche activists carried out the attack.",
            "Mapuche activists",
        ),
        (
            "Assailants attacked a military post in Nkanga, Cabinda, Angola. No group claimed "
            "responsibility; however, authorities attributed the attack to the Front for the Liberation "
            "of Cabinda / Cabinda Armed Forces (FLEC-FAC).",
            "Front for the Liberation of Cabinda / Cabinda Armed Forces (FLEC-FAC)",
        ),
        (
            "In March Revolutionary Cells claimed responsibility for an arson attack on a car dealership in "
            "Thessaloniki.",
            "Revolutionary Cells",
        ),
    ],
)
def test_more_ways_of_naming_a_claimant(pipeline: Pipeline, text: str, name: str) -> None:
    assert [n for n, _ in doers(pipeline, text, "2018-03-31")] == [name]


def test_assailants_who_shelled_a_home_did_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Assailants shelled a civilian home in Gurziwan district, Faryab, Afghanistan. Four civilians were "
        "killed in the blast. No group claimed responsibility for the incident; however, sources attributed "
        "the attack to the Taliban."
    )
    assert [n for n, _ in doers(pipeline, text, "2018-12-30")] == ["Taliban"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a group's man who suffered the deed, a group that hurled words
        ("A senior Taliban commander was gunned down in Quetta, Pakistan, on Sunday.", []),
        ("Hezbollah hurled accusations at Israel after a bomb exploded in Beirut on Sunday, killing 3.", []),
        # who holds the place attacked, who did not attack
        ("Two people were killed in an attack on a school run by Hezbollah in Tyre, Lebanon, on Sunday.", []),
        ("Troops hunting Boko Haram, the jihadist group, shot dead three civilians in Gwoza on Sunday.", []),
        # a country blamed, people left unidentified
        (
            "A car bomb exploded in Moscow on Sunday, killing 3 people. Russian officials blamed the attack "
            "on Ukraine.",
            [],
        ),
        (
            "A bomb exploded outside a bank in Thessaloniki on Monday. Officials blamed the attack on "
            "militants.",
            [],
        ),
        # a claim of another deed
        (
            "Assailants set fire to 12 trucks in Ercilla, Chile, on Monday, a week after Lof Ranquil "
            "Resistance claimed responsibility for burning a church in Victoria.",
            [],
        ),
        # a claimant after words of saying, after a negation of something else, in capitals
        (
            "A bomb exploded outside a bank in Patras on Monday. Police said separatists claimed "
            "responsibility.",
            ["Separatists"],
        ),
        (
            "A bomb exploded outside a bank in Patras on Monday. The attack, which did not cause casualties, "
            "was claimed by Lof Ranquil Resistance.",
            ["Lof Ranquil Resistance"],
        ),
        (
            "SAN SALVADOR, 20 APR 89 -- A BOMB EXPLODED AT A CUSTOMS OFFICE TODAY. A GROUP CALLING "
            "ITSELF THE NINE MARTYRS COMMANDO UNIT CLAIMED RESPONSIBILITY FOR THE ATTACK.",
            ["Nine Martyrs Commando Unit"],
        ),
        # soldiers who suffered it, soldiers who did it after a day, a named body's troops
        ("Soldiers ambushed near Damboa, Nigeria, on Sunday lost three men.", []),
        ("Two policemen killed after being ambushed between Baraboule and Petegoli, Burkina Faso.", []),
        (
            "On Sunday soldiers shot dead three herders near Djibo, Burkina Faso.",
            ["Armed Forces of Burkina Faso"],
        ),
        ("AMISOM troops opened fire on a minibus in Lower Shabelle, Somalia, on Sunday, killing three.", []),
        # a deed with an object told after a count, two deeds joined, in capitals
        (
            "On 2 March 2020, soldiers reportedly killed at least two people in the village of Loura, "
            "Burkina Faso.",
            ["Armed Forces of Burkina Faso"],
        ),
        (
            "A LAST MINUTE REPORT STATES THAT THE AIR FORCE HAS BOMBED AND STRAFED THE AREA ACROSS FROM THE "
            "TEXTILE FACTORY IN SOYAPANGO, EL SALVADOR.",
            ["Armed Forces of El Salvador"],
        ),
        # a common word capitalised as the sentence's first is no name
        ("Yesterday gunmen killed five worshippers at a mosque in Kano.", []),
        (
            "Heavily armed bandits attacked a village near Gusau, Zamfara, Nigeria, on Sunday.",
            ["Armed bandits"],
        ),
        # gunmen tied to a group by the words after them
        (
            "Two soldiers were killed by gunmen loyal to the Islamic State in Sinai on Sunday.",
            ["Islamic State Sinai Province"],
        ),
        (
            "Two soldiers were killed by militants who pledged allegiance to the Islamic State in Sinai "
            "on Sunday.",
            ["Islamic State Sinai Province"],
        ),
        (
            "Twelve villagers were killed near Maiduguri on Sunday by militants, who the army said belonged "
            "to Boko Haram.",
            ["Boko Haram"],
        ),
        # the group's own fighters, told by the group
        (
            "The Taliban, in a statement, said six policemen were killed by its fighters in an attack in "
            "Helmand on Sunday.",
            ["Taliban"],
        ),
        # a unit of the country's army is the country's armed forces
        (
            "On 5 May 2020, soldiers of the Second Battalion executed 10 civilians near Menaka, Mali.",
            ["Malian Armed Forces"],
        ),
        # another body's troops are not the country's armed forces
        ("On 5 May 2020, troops of the African Union shot dead five civilians in Marka, Somalia.", []),
        # the group's unit named in quotes, then its deed
        (
            'LIMA, 8 NOV 89 (EFE) -- [TEXT] A SHINING PATH "ELIMINATION COMMANDO" MURDERED A NATIONAL '
            "POLICE COMMANDER IN THE LIMA DISTRICT OF MIRAFLORES.",
            ["Shining Path"],
        ),
        # a force doing it as told
        (
            "MANAGUA, 12 DEC 89 (ACAN-EFE) -- [TEXT] PRESIDENT DANIEL ORTEGA HAS REPORTED THAT THE "
            "SALVADORAN ARMY IS BOMBING THE CIVILIAN POPULATION IN THE EASTERN TOWNS OF EL SALVADOR.",
            ["Armed Forces of El Salvador"],
        ),
        # ... though in capitals any word after "of" looks a name
        (
            "SAN SALVADOR, 19 MAR 89 (RADIO VENCEREMOS) -- [TEXT] LAST NIGHT, TWO REPORTERS WERE SHOT BY "
            "TROOPS OF THE DICTATORSHIP IN SAN SALVADOR.",
            ["Armed Forces of El Salvador"],
        ),
        # a group's men killed by gunmen suffered it ("by gunmen" names no group)
        ("Two Taliban fighters were killed by gunmen in Kabul on Sunday.", []),
        ("Two Taliban commanders were shot dead by unidentified gunmen in Quetta on Monday.", []),
        # ... and the militiamen of a group who did it, with whoever came along
        (
            "On 29 February 2020, Koglweogo militiamen accompanied by a village councilman reportedly "
            "executed seventeen worshippers near Djibo.",
            ["Koglweogo"],
        ),
        (
            "On 27 August 2019, Koglweogo militiamen tortured a young herder to death in Leo.",
            ["Koglweogo"],
        ),
    ],
)
def test_what_names_no_perpetrator_or_the_right_one(pipeline: Pipeline, text: str, names: list[str]) -> None:
    assert [n for n, _ in doers(pipeline, text, "1989-04-21" if text.isupper() else "2020-05-05")] == names


def test_a_claimant_is_a_group_unless_told_a_person(pipeline: Pipeline) -> None:
    group = (
        "Assailants set fire to 12 trucks in Ercilla, Araucania, Chile. Lof Ranquil Resistance claimed "
        "responsibility for the incident."
    )
    person = (
        "An assailant opened fire on the mayor of Ganja, Azerbaijan. The mayor was wounded in the attack. An "
        "individual, identified as Yunis Karimov, claimed responsibility for the incident in a video."
    )
    kinds = []
    for text in (group, person):
        (attack,) = of_type(records_of(pipeline, text, "2018-03-31"), "attack")
        kinds += [a["kind"] for a in _perpetrators(attack)]
    assert kinds == ["armed_group", "person"]


def test_forces_that_fought_militants_and_bombarded_a_city_ran_an_operation(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Iraqi government forces fought Islamic State militants near Falluja on Monday and bombarded "
        "central districts at the outset of an offensive to retake the city."
    )
    recs = records_of(pipeline, text, "2016-05-23")
    assert [r["event_type"] for r in recs] == ["ct_operation"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title or a tie before the name who claims; responsibility for no deed
        (
            "A bomb killed three people in Kabul on Sunday. Taliban spokesman Zabihullah Mujahid claimed "
            "responsibility for the attack.",
            [],
        ),
        (
            "A bomb exploded outside a bank in Patras on Monday. Interior Minister Nikos Petrakis accepted "
            "responsibility for the security failures.",
            [],
        ),
        # a place, a number or a word of saying before the people are no name of theirs
        ("In Kaduna gunmen killed five worshippers at a mosque on Sunday.", []),
        ("KANO, Nigeria (Reuters) - Overnight gunmen killed five worshippers at a mosque in Kano.", []),
        (
            "A bomb exploded outside a bank in Patras on Monday. Officials blamed the attack on two "
            "militants.",
            [],
        ),
        (
            "A bomb exploded in Beirut on Sunday, killing 3. Hezbollah blamed the attack on "
            '"the Zionist enemy".',
            [],
        ),
        (
            "A bomb exploded outside a bank in Patras on Monday. Earlier Revolutionary Cells claimed "
            "responsibility for the bombing.",
            ["Revolutionary Cells"],
        ),
        # a negation of something else, an apposition that tells members
        (
            "A bomb exploded outside a bank in Patras on Monday. The bombing caused no casualties and was "
            "claimed by Lof Ranquil Resistance.",
            ["Lof Ranquil Resistance"],
        ),
        (
            "Assailants set fire to 12 trucks in Ercilla, Chile. Lof Ranquil Resistance, a group of Mapuche "
            "community members, claimed responsibility.",
            ["Lof Ranquil Resistance"],
        ),
        # soldiers who suffered it, soldiers who did it late on a day
        (
            "Soldiers burned to death when their convoy was ambushed near Damboa, Nigeria, were buried on "
            "Monday.",
            [],
        ),
        (
            "Late on Sunday soldiers shot dead three herders near Djibo, Burkina Faso.",
            ["Armed Forces of Burkina Faso"],
        ),
        # a group's man gunned down; a place its group took or holds
        ("Relatives buried a senior Taliban commander gunned down in Quetta, Pakistan, on Sunday.", []),
        (
            "Two people were killed in an attack on a checkpoint controlled by Houthi rebels near Marib, "
            "Yemen, on Sunday.",
            [],
        ),
    ],
)
def test_second_review_cases(pipeline: Pipeline, text: str, names: list[str]) -> None:
    assert [n for n, _ in doers(pipeline, text)] == names


def test_militants_bombarded_by_jets_suffered_an_operation(pipeline: Pipeline) -> None:
    recs = records_of(
        pipeline, "Islamic State militants were bombarded by Iraqi jets near Mosul on Sunday.", "2020-05-05"
    )
    assert [r["event_type"] for r in recs] == ["ct_operation"]


@pytest.mark.parametrize(
    "text",
    [
        # either of two groups, as the coders wrote it
        "On January 9, presumed JNIM and/or ISGS militants assassinated the village chief in Tanli.",
        # ... with a verb of going on
        "On September 3, presumed JNIM and/or ISGS militants continued to attack Koutougou, killing "
        "two civilians.",
        # ... named in an aside after the unknown gunmen who did it
        "On August 10, unknown gunmen (presumably JNIM and/or ISGS militants) shot dead a driver on "
        "the axis Nadiagou-Koalou.",
    ],
)
def test_either_of_two_groups(pipeline: Pipeline, text: str) -> None:
    names = {name for name, _ in doers(pipeline, text)}
    assert names == {"Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"}
