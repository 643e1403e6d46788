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
