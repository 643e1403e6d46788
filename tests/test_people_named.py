"""The people a record names as its targets: the arrested, charged or tried, and the victims of an
attack; never who speaks of it, the head of a government that acted, the owner of a place, an
attacker the police shot, or a newspaper, a base or a sect the tagger takes for a person (the real
pipeline; texts written for these tests)."""

from __future__ import annotations

import pytest

from factories import of_type, records_of
from veille.pipeline import Pipeline


def targets(pipeline: Pipeline, text: str, event_type: str) -> set[str]:
    """The people named as targets of the one record of ``event_type`` the text gives."""
    found = of_type(records_of(pipeline, text, "2016-07-20"), event_type)
    assert len(found) == 1, found
    return {a["name"] for a in found[0]["actors"] if a["role"] == "target" and a["kind"] == "person"}


@pytest.mark.parametrize(
    ("text", "event_type", "people"),
    [
        # who speaks of the case, with a clause between
        (
            "Indonesian police arrested three Islamic State suspects in Jakarta on Friday. Karl Brenner, "
            "who works for a security company, speculated that the arrests were connected to recent "
            "arrests of terrorism suspects on Sumbawa, the Indonesian island.",
            "arrest",
            set(),
        ),
        # a title keeps its holder out, and the surname said again alone; a general arrested is a party
        (
            "Turkish police detained 6,000 soldiers on Sunday over the failed coup, which the government "
            "calls a terrorist plot. Among those arrested was General Hakan Demirci, commander of the "
            "Incirlik air base, an official said. President Tayyip Erdogan accused the cleric of "
            "orchestrating the coup, a charge Erdogan repeated.",
            "arrest",
            {"Hakan Demirci"},
        ),
        # the head of the government that acted
        (
            "The government of Sheikh Hasina has arrested 3,000 suspected militants in Bangladesh since "
            "Friday in a crackdown after the killing of a police officer's wife.",
            "arrest",
            set(),
        ),
        # the charged, not the victim of the crime tried
        (
            "A gang member was charged on Friday with terrorism and murder in Chicago. Luis Jenkins was "
            "killed about two months after the suspect was paroled.",
            "charge",
            set(),
        ),
        (
            "Prosecutors charged Mohamed Elbaz, 30, of Baltimore, with providing material support to the "
            "Islamic State, the Justice Department said on Friday.",
            "charge",
            {"Mohamed Elbaz"},
        ),
        # the suspect named in an apposition, then who spoke of it
        (
            "Counter-terrorism police arrested the main suspect in the Lahore park suicide bombing, Ahmed "
            "Karimi, 27, on Tuesday, said police spokesman Ali Raza.",
            "arrest",
            {"Ahmed Karimi"},
        ),
        # the judge before whom the accused appeared
        (
            "The accused appeared before Judge Emma Arbuthnot at Westminster Magistrates' Court on Tuesday, "
            "charged with preparing acts of terrorism.",
            "charge",
            set(),
        ),
        # the judge who moves a trial is no party to it
        (
            "The terrorism trial of Enrique Martinez was postponed on Friday. Citing the complexity of the "
            "case against Martinez, U.S. District Judge Jesus Romero moved Martinez' trial date to March.",
            "trial",
            {"Enrique Martinez"},
        ),
    ],
)
def test_parties_to_a_case(pipeline: Pipeline, text: str, event_type: str, people: set[str]) -> None:
    assert targets(pipeline, text, event_type) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the owner of a place, and a body that reports with the media
        (
            "Two Islamic State suicide bombs killed 78 people in Tartus on Monday, state media said. "
            "State media said 78 people had been killed in what is Assad's coastal heartland. The bombs "
            "also targeted a bus station, the Observatory and state media reported.",
            set(),
        ),
        # an attacker the police shot
        (
            "A truck plowed into a crowd in Nice on Thursday in a terrorist attack, killing 84 people. The "
            "driver, Karim Boudali, was shot dead by officers at the scene.",
            set(),
        ),
        # a victim who then speaks stays one
        (
            "Gunmen opened fire on a bus in Kabul on Monday, wounding five passengers, in an attack "
            "claimed by the Taliban. Ahmad Zia, who was wounded in the attack, told reporters the "
            "gunmen fled on foot.",
            {"Ahmad Zia"},
        ),
        # a victim named with a title, then by the surname alone; one named with a title of state
        (
            "A roadside bomb hit the vehicle of Colonel Asadollah Karimi, the head of the joint forces "
            "centre, in Puli Alam district, Logar, Afghanistan. Karimi was killed in the blast.",
            {"Karimi"},
        ),
        (
            "Assailants abducted Tabufor Ndang, a Senior State Counsel in Fundong, in Belo, North-West, "
            "Cameroon, in an attack blamed on separatists.",
            {"Tabufor Ndang"},
        ),
        # a sniper not told to be the police's
        (
            "A sniper shot and killed Dawood Amiri, an Afghan National Army commander, in Shirin Tagab "
            "district, Faryab, Afghanistan, in an attack claimed by the Taliban.",
            {"Dawood Amiri"},
        ),
        # a victim named before who speaks, or before the words of an apposition and a later clause
        (
            "Taliban gunmen shot dead Ahmed Karimi, a district councillor, in Kunduz on Monday, said "
            "provincial spokesman Mahmood Danish.",
            {"Ahmed Karimi"},
        ),
        # killed by militants who attacked the police, by police gunfire, by gunmen in police uniforms
        (
            "Ahmed Karimi, a shopkeeper, was killed by militants who attacked the police checkpoint in "
            "Quetta on Tuesday.",
            {"Ahmed Karimi"},
        ),
        (
            "A bystander, Ahmed Karimi, was wounded by police gunfire when gunmen stormed a hotel in Kabul "
            "on Tuesday.",
            {"Ahmed Karimi"},
        ),
        (
            "Gunmen in police uniforms shot dead Ahmed Karimi, a tribal elder, in Quetta on Tuesday.",
            {"Ahmed Karimi"},
        ),
        # a sect and a neighbourhood are no people
        (
            "A rocket attack by Islamic State militants on the city's Sheikh Nasser neighborhood killed "
            "14 people on Sunday; the group said it targeted members of the minority Alawite sect.",
            set(),
        ),
    ],
)
def test_people_of_an_attack(pipeline: Pipeline, text: str, people: set[str]) -> None:
    assert targets(pipeline, text, "attack") == people


def force_targets(pipeline: Pipeline, text: str) -> set[str]:
    """The state bodies named as targets of the one attack record the text gives."""
    found = of_type(records_of(pipeline, text, "2016-07-20"), "attack")
    assert len(found) == 1, found
    return {a["name"] for a in found[0]["actors"] if a["role"] == "target" and a["kind"] != "person"}


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # hit: its post, its men
        (
            "Assailants attacked an Afghan National Police (ANP) checkpost in Babaji, Helmand, Afghanistan. "
            "At least three police officers were killed. The Taliban claimed responsibility.",
            {"Afghan National Police"},
        ),
        # ... not a force that acts, speaks or helps in the story
        (
            "A suicide bomber killed 12 people at a market in Baghdad on Sunday in an attack claimed by "
            "Islamic State. As the fighting continued, the Iraqi army urged residents to avoid crowded "
            "places.",
            set(),
        ),
        (
            "Burkina Faso security forces, assisted by French and U.S. military personnel, began the assault "
            "to retake the hotel seized by al Qaeda gunmen in Ouagadougou, where 28 people were killed.",
            set(),
        ),
        # hit, though told with what it was sent to do or who escorted what
        (
            "A suicide bomber killed 12 CRPF personnel deployed to protect a polling station in Pulwama on "
            "Monday.",
            {"Central Reserve Police Force"},
        ),
        (
            "A fuel convoy escorted by the Somali army was ambushed by Al-Shabab fighters near Baidoa on "
            "Monday, killing six soldiers.",
            {"Somali National Army"},
        ),
        # "ANP" in Algeria is its army, hit in its patrol (a speaker later in the sentence)
        (
            "Islamist militants ambushed an ANP patrol near Bouira on Tuesday, killing seven soldiers, the "
            "Algerian defence ministry said.",
            {"People's National Army (Algeria)"},
        ),
        (
            "Gunmen loyal to Islamic State killed 14 people in San Bernardino on December 2. Victims want "
            "the Federal Bureau of Investigation to unlock the phone used by one of the shooters.",
            set(),
        ),
    ],
)
def test_forces_of_an_attack(pipeline: Pipeline, text: str, bodies: set[str]) -> None:
    assert force_targets(pipeline, text) == bodies
