"""GTD attack, weapon and target types and the suicide flag, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from veille.extract.gtd import attack_type, is_suicide, target_type, weapon_type

_TRIGGER = re.compile(
    r"\b(?:attack\w*|stormed|raided|ambush\w*|opened fire|fired|shot|killed|abducted|kidnapped|hijacked|"
    r"detonated|exploded|bomb\w*|blew|set fire|torched|stabbed|rammed|poisoned|beheaded|threw|hurled|"
    r"took|seized|burned|assassinated|lashed|flogged)\b",
    re.IGNORECASE,
)


def _trigger_at(text: str) -> int:
    m = _TRIGGER.search(text)
    return m.start() if m else 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombings
        (
            "A roadside bomb exploded under a bus on the highway near Jalalabad, wounding nine passengers.",
            "bombing",
        ),
        ("A suicide bomber blew himself up at the gate of a police academy, killing 12 recruits.", "bombing"),
        (
            "Insurgents fired three mortar rounds into the town centre overnight; two houses were hit.",
            "bombing",
        ),
        (
            "An improvised explosive device detonated as an army patrol passed, injuring four soldiers.",
            "bombing",
        ),
        # armed assaults
        (
            "Gunmen opened fire on worshippers leaving the church on Sunday, killing five people.",
            "armed_assault",
        ),
        (
            "Militants armed with rifles and grenades stormed an army camp and opened fire on the guards.",
            "armed_assault",
        ),
        ("A man stabbed three passers-by with a kitchen knife outside the railway station.", "armed_assault"),
        ("Suspected jihadists attacked the village at dawn, killing 14 herders.", "armed_assault"),
        # assassinations: a prominent person singled out, named or by title
        (
            "Gunmen shot dead Ahmed Karimi, a provincial council member, outside his home in Herat.",
            "assassination",
        ),
        (
            "A magnetic bomb attached to the car of the district governor exploded, wounding him.",
            "assassination",
        ),
        ("Unknown attackers assassinated the mayor of the town as he left the town hall.", "assassination"),
        (
            "Assailants opened fire on the vehicle of Paul Mensah in Accra. "
            "Mensah, a senior judge, was injured.",
            "assassination",
        ),
        # kidnapping and hostage taking
        (
            "Armed men abducted two aid workers on the road to Mopti; their whereabouts are unknown.",
            "kidnapping",
        ),
        ("Militants kidnapped 20 schoolgirls from their dormitory and demanded a ransom.", "kidnapping"),
        ("Fighters publicly flogged two men accused of theft in the market square.", "kidnapping"),
        (
            "Gunmen stormed a hotel and held 40 guests hostage for ten hours "
            "before commandos stormed the building and rescued them.",
            "hostage_barricade",
        ),
        (
            "An armed man barricaded himself inside a bank with six employees during a standoff with police.",
            "hostage_barricade",
        ),
        # hijacking
        (
            "Hijackers seized a passenger plane shortly after take-off and forced it to land in Cyprus.",
            "hijacking",
        ),
        # facility attacks
        ("Arsonists set fire to a primary school overnight; nobody was hurt.", "facility_attack"),
        ("Saboteurs damaged an electricity pylon, cutting power to the region.", "facility_attack"),
        ("Attackers threw a Molotov cocktail at the party office, causing minor damage.", "facility_attack"),
        # unarmed assaults
        (
            "A driver rammed his van into a crowd of pedestrians on the promenade, killing eight.",
            "unarmed_assault",
        ),
        ("Extremists poisoned the water tank of a girls' school, sickening 60 pupils.", "unarmed_assault"),
        ("A man drove a stolen lorry into a crowded Christmas market, killing 12.", "unarmed_assault"),
        # people killed in a raid that also burned houses: armed assault, not a facility attack
        ("Gunmen on motorbikes killed 15 villagers and burned granaries overnight.", "armed_assault"),
        # ALL-CAPS wire copy
        ("A CAR BOMB EXPLODED TODAY OUTSIDE THE MINISTRY OF DEFENSE IN BOGOTA.", "bombing"),
        ("URBAN GUERRILLAS KIDNAPPED A BUSINESSMAN IN SAN SALVADOR LAST NIGHT.", "kidnapping"),
        ("TERRORISTS MACHINEGUNNED A POLICE PATROL IN LIMA, KILLING TWO OFFICERS.", "armed_assault"),
        ("TERRORISTS ASSASSINATED THE ATTORNEY GENERAL IN SAN SALVADOR THIS MORNING.", "assassination"),
        ("REBELS SET FIRE TO THREE BUSES IN THE CAPITAL.", "facility_attack"),
    ],
)
def test_attack_type(text: str, expected: str) -> None:
    assert attack_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb exploded under a bus, wounding nine passengers.", "explosives"),
        ("Gunmen opened fire on a police checkpoint, killing two officers.", "firearms"),
        # gunmen who also throw grenades: GTD lists the explosives first
        ("Assailants threw grenades and opened fire at a bar, wounding six people.", "explosives"),
        ("Militants attacked a police post overnight, killing three officers.", "firearms"),
        ("A man stabbed three passers-by with a knife outside the station.", "melee"),
        ("Arsonists set fire to a primary school overnight.", "incendiary"),
        ("Attackers threw a petrol bomb at a police patrol, injuring an officer.", "incendiary"),
        ("A driver rammed his truck into a crowd at the market.", "vehicle"),
        ("Extremists poisoned the water tank of a girls' school, sickening 60 pupils.", "chemical"),
        ("An attacker threw acid at two women walking to work.", "chemical"),
        ("Militants beheaded a captured soldier and posted the video online.", "melee"),
        ("Saboteurs cut the cables of a telecommunications mast.", "sabotage_equipment"),
        ("A man brandishing a fake gun took the cashier hostage.", "fake_weapons"),
        ("Letters laced with anthrax were mailed to two senators.", "biological"),
        ("TERRORISTS DYNAMITED A POWER PYLON IN ANTIOQUIA.", "explosives"),
        ("GUERRILLAS FIRED RIFLES AT AN ARMY POST.", "firearms"),
    ],
)
def test_weapon_type(text: str, expected: str) -> None:
    assert weapon_type(text, attack_type(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a police checkpoint in Kandahar, killing two officers.", "police"),
        (
            "An explosive device attached to a military vehicle detonated in the 3rd police district.",
            "military",
        ),
        ("A suicide bomber targeted a convoy carrying soldiers near the airport road.", "military"),
        ("Assailants opened fire on the governor's office in the provincial capital.", "government_general"),
        ("A bomb exploded outside the Italian embassy, shattering windows.", "government_diplomatic"),
        ("Gunmen shot dead a journalist working for a local radio station.", "journalists_media"),
        ("Militants set fire to a girls' school in the valley.", "educational_institution"),
        (
            "A bomb exploded inside a mosque during Friday prayers, killing 20 worshippers.",
            "religious_figures_institutions",
        ),
        ("Gunmen abducted three aid workers of a medical charity.", "ngo"),
        ("A bomb exploded in a crowded market, killing 15 civilians.", "private_citizens_property"),
        (
            "Militants attacked the village of Kabo, burning houses and killing 11 villagers.",
            "private_citizens_property",
        ),
        ("Gunmen stormed a hotel popular with foreigners in the capital.", "business"),
        ("A bomb damaged a gas pipeline near the border.", "utilities"),
        ("Insurgents blew up a mobile phone tower overnight.", "telecommunication"),
        ("A roadside bomb struck a passenger bus on the highway, killing 11 passengers.", "transportation"),
        ("Pirates attacked an oil tanker vessel off the coast.", "maritime"),
        ("A rocket hit the airport runway, damaging a parked aircraft.", "airports_aircraft"),
        ("Assailants shot dead a local Taliban commander in his car.", "terrorists_non_state_militia"),
        (
            "Gunmen killed two members of a pro-government militia at their post.",
            "terrorists_non_state_militia",
        ),
        ("Gunmen shot a group of tourists visiting the temple ruins.", "tourists"),
        ("Assailants set fire to the prison gate; inmates were moved.", "police"),
        ("Assailants attacked security posts in the district. Three police officers were killed.", "police"),
        ("Assailants attacked security posts in the district. Three soldiers were killed.", "military"),
        # former fighters are civilians
        ("Assailants shot and killed a former militant commander in his shop.", "private_citizens_property"),
        # the claim sentence names the perpetrators, not the victims
        (
            "An explosive device detonated in the city. Two civilians were injured. The Taliban claimed "
            "responsibility for the attack.",
            "private_citizens_property",
        ),
        # the subject of a passive attack verb, not the attacker after "by"
        ("Two police officers were stabbed by a man outside the town hall.", "police"),
        # staff of a company are a business target; people at a school an educational one
        ("Masked men abducted a British engineer working for an oil company.", "business"),
        ("The group claimed a bombing at a village school that killed 20 pupils.", "educational_institution"),
        # ALL-CAPS wire copy
        ("TERRORISTS ATTACKED A POLICE STATION IN MEDELLIN, KILLING THREE AGENTS.", "police"),
        ("A BOMB EXPLODED AT THE U.S. EMBASSY IN LIMA.", "government_diplomatic"),
        ("GUERRILLAS DYNAMITED AN ELECTRIC POWER TOWER IN USULUTAN.", "utilities"),
        ("URBAN COMMANDOS ATTACKED THE HOME OF A SUPREME COURT JUDGE.", "government_general"),
    ],
)
def test_target_type(text: str, expected: str) -> None:
    assert target_type(text, _trigger_at(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at the gate of a police academy.", True),
        ("The attacker detonated his explosives vest among the worshippers.", True),
        ("A suicide car bomb rammed into the base.", True),
        ("A SUICIDE BOMBER DETONATED HIS VEST AT THE MARKET.", True),
        ("A roadside bomb exploded under a bus.", False),
        ("Gunmen opened fire on a police checkpoint.", False),
    ],
)
def test_is_suicide(text: str, expected: bool) -> None:
    assert is_suicide(text) is expected


def test_unknown_when_nothing_is_said() -> None:
    text = "Something happened in the town yesterday."
    assert attack_type(text) == "unknown"
    assert weapon_type(text, "unknown") == "unknown"
    assert target_type(text) in {"unknown", "private_citizens_property"}


def test_trigger_offset_picks_the_attack_sentence() -> None:
    text = (
        "Police arrested two suspects on Monday. On Tuesday a bomb exploded outside a church in the city, "
        "wounding six worshippers."
    )
    assert target_type(text, text.index("bomb")) == "religious_figures_institutions"


def test_a_siege_without_hostages_is_an_armed_assault() -> None:
    text = (
        "Security forces ended a siege at a hotel early on Saturday, killing four gunmen who had "
        "attacked guests the previous evening."
    )
    assert attack_type(text) == "armed_assault"
    assert attack_type("Gunmen held 20 guests hostage during a siege of the hotel.") == "hostage_barricade"


def test_the_police_gun_is_not_the_attack_weapon() -> None:
    text = "A man stabbed two passers-by in a street before police shot and wounded him."
    assert weapon_type(text, attack_type(text)) == "melee"


def test_whom_soldiers_shoot_is_the_attacker_not_the_target() -> None:
    text = (
        "Soldiers shot dead a man wearing an explosive vest as he tried to force his way through an "
        "army checkpoint in the capital on Sunday, officials said."
    )
    assert target_type(text) == "military"
    assert is_suicide(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHINING PATH GUERRILLAS DYNAMITED A HIGH-VOLTAGE TOWER NEAR HUANCAYO.", "utilities"),
        (
            "Seventeen people died when two explosions ripped through a market on Tuesday, according to "
            "hospital records seen by the Monitor.",
            "private_citizens_property",
        ),
    ],
)
def test_target_type_more(text: str, expected: str) -> None:
    assert target_type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two young women detonated explosives strapped to their bodies.",
        "The group said one of its fighters had carried out a martyrdom operation.",
    ],
)
def test_suicide_more(text: str) -> None:
    assert is_suicide(text)
