"""One report, several attacks: an attack told "also", "similarly" or "likewise", or as one more
report ("It was also reported that ..."), by doers not named back or on a post in a town of its
own, is a record of its own; the same attack told again is not (the real pipeline; texts written
for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.pipeline import Pipeline


def attacks(pipeline: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), "attack")


def towns(record: dict[str, Any]) -> set[str]:
    return {loc["city"] for loc in record["locations"] if loc.get("city")}


def test_a_post_attacked_in_a_town_named_between(pipeline: Pipeline) -> None:
    # the post, its town, then the verb: an attack whatever the sentences around it tell
    text = (
        "SAN MIGUEL, 3 AUG 89 (RADIO) -- [TEXT] TWO PEOPLE WERE KILLED IN AN ATTACK ON THE ARMY "
        "POST IN EL TRANSITO BY FMLN UNITS.\n\nTHE FIGHTING LASTED NEARLY 2 HOURS.  OUR CAMERAMEN "
        "FILMED THE DAMAGE AFTERWARDS.  MANY FAMILIES WAITED FOR HELP.\n\nTHE COMMAND POST IN "
        "CHINAMECA WAS ALSO ATTACKED ON 31 JULY, AND ONE PERSON WAS KILLED."
    )
    found = attacks(pipeline, text, "1989-08-03")
    assert len(found) == 2, found
    second = next(r for r in found if r["date"]["start"] == "1989-07-31")
    assert second["counts"]["killed"] == 1
    assert towns(second) == {"Chinameca"}


@pytest.mark.parametrize(
    "text",
    [
        # "machinegun fire" is the doers' weapon, not a fire that killed by accident
        "A well-known banker was murdered today by a group of unidentified persons who riddled him "
        "with machinegun fire as he left his residence in Guatemala City.",
        # ... as is heavy fire a patrol came under
        "Three soldiers were wounded on Sunday when their patrol came under heavy fire near Kandahar, "
        "officials said.",
    ],
)
def test_a_weapons_fire_is_no_mishap(pipeline: Pipeline, text: str) -> None:
    found = attacks(pipeline, text, "1989-08-24")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        # a fire that broke out is still a mishap, not an attack
        "Three people were killed when a fire broke out in a crowded market in Kano on Sunday, police said.",
        "Two workers were killed in a fire at a textile factory in Dhaka on Monday.",
        "Three soldiers were killed when a heavy fire broke out at an army barracks in Kaduna on "
        "Sunday, officials said.",
    ],
)
def test_a_fire_that_broke_out_is_still_a_mishap(pipeline: Pipeline, text: str) -> None:
    assert attacks(pipeline, text, "2016-03-01") == []


def test_places_similarly_attacked_are_another_attack(pipeline: Pipeline) -> None:
    text = (
        "MEDELLIN, 24 AUG 89 (AFP) -- [TEXT] A BOMB EXPLODED AT THE HEADQUARTERS OF THE LIBERAL "
        "PARTY IN DOWNTOWN MEDELLIN EARLY THIS MORNING, CAUSING SEVERE DAMAGE.\n\nTHE POLICE SAID "
        "THAT THE COUNTRY HOMES OF TWO POLITICAL LEADERS IN SABANETA AND ENVIGADO WERE SIMILARLY "
        "ATTACKED BY THE TERRORISTS."
    )
    found = attacks(pipeline, text, "1989-08-24")
    assert len(found) == 2, found
    assert {"Sabaneta", "Envigado"} <= set().union(*(towns(r) for r in found))
    assert any(towns(r) == {"Medellin"} for r in found)


def test_a_massacre_also_reported_is_the_same_one(pipeline: Pipeline) -> None:
    # (the adverb far from the verb: another outlet telling the same killings)
    text = (
        "BEIRUT - Islamic State militants on Saturday killed dozens of people in attacks on "
        "government-held areas of Deir ez-Zor, activists said. A television channel close to the "
        "government also reported a massacre and said the militants killed 280 people near the "
        "Euphrates River."
    )
    assert len(attacks(pipeline, text, "2016-01-17")) == 1


def test_one_more_report_of_a_deed_done_to_others(pipeline: Pipeline) -> None:
    text = (
        "GUATEMALA CITY, 24 AUG 89 (DPA) -- [TEXT] A WELL-KNOWN BANKER WAS MURDERED TODAY BY "
        "UNIDENTIFIED PERSONS AS HE WAS LEAVING HIS RESIDENCE.\n\nIT WAS ALSO REPORTED TODAY THAT "
        "UNIDENTIFIED PERSONS KIDNAPPED A YOUNG COUPLE AS THEY WERE LEAVING THEIR HOME IN THE "
        "CAPITAL."
    )
    found = attacks(pipeline, text, "1989-08-24")
    assert len(found) == 2, found
    assert sorted(r["attack_type"] for r in found) == ["armed_assault", "kidnapping"]


@pytest.mark.parametrize(
    "text",
    [
        # the happening named back after the deed
        "Gunmen stormed a hotel in Bamako on Friday, killing 20 people. It was also reported that "
        "gunmen killed two guards during the assault.",
        "GUNMEN KILLED A JUDGE IN GUATEMALA CITY TODAY. IT WAS ALSO LEARNED THAT UNIDENTIFIED MEN "
        "KILLED TWO BODYGUARDS OF THE JUDGE.",
        # a deed at the scene told, opening "In addition" or "Likewise"
        "Militants stormed a hotel in Bamako on Friday, killing 20 people. In addition, militants set "
        "fire to several cars parked outside.",
        "Boko Haram militants attacked Dalori on Saturday, killing 86 people. In addition, Boko Haram "
        "burned dozens of homes in the village.",
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Saturday, killing 15 people. Likewise, "
        "Al-Shabaab fighters detonated a car bomb at the gate.",
        # ... or to whom or what the first sentence told, or in its town again
        "Boko Haram militants attacked the village of Dalori on Saturday, killing 86 people. In "
        "addition, militants abducted dozens of women from the village.",
        "Boko Haram fighters attacked the town of Bama on Monday, killing 12 people. In addition, "
        "militants looted shops and burned dozens of homes in Bama.",
        "Gunmen attacked a bus near Garissa on Sunday. In addition, gunmen abducted the driver and his "
        "assistant.",
        "Gunmen attacked a bus near Mandera on Sunday, killing 28 passengers. In addition, gunmen shot "
        "dead two passengers who tried to flee.",
        "GUERRILLAS ATTACKED AN ARMY PATROL NEAR COBAN TODAY, KILLING FOUR SOLDIERS.\n\nIT WAS ALSO "
        "REPORTED THAT GUERRILLAS KILLED TWO SOLDIERS WHO WERE GUARDING THE PATROL'S VEHICLES.",
        # the doers named back
        "Gunmen killed a judge in Guatemala City on Monday. Police also said that the gunmen killed a guard.",
        # ... or not, but with no news item nor town of their own
        "Gunmen killed a judge in Guatemala City on Monday. Police also said that gunmen killed a "
        "guard at the court.",
    ],
)
def test_more_victims_of_the_same_doers(pipeline: Pipeline, text: str) -> None:
    assert len(attacks(pipeline, text, "2016-05-10")) == 1


@pytest.mark.parametrize("doers", ["AN UNKNOWN NUMBER OF FMLN TERRORISTS", "HEAVILY-ARMED FMLN TERRORISTS"])
def test_likewise_doers_of_their_own(pipeline: Pipeline, doers: str) -> None:
    text = (
        "SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- [TEXT] YESTERDAY MORNING, SOME 20 TERRORISTS "
        "MACHINEGUNNED A BUS ON THE COASTAL HIGHWAY NEAR TECOLUCA.  FIVE PASSENGERS WERE INJURED "
        "DURING THIS ACTION CARRIED OUT BY THE FMLN.\n\nMEANWHILE, FOUR REBELS WERE KILLED DURING "
        f"AN ARMED CLASH WITH MILITARY DETACHMENT TROOPS.\n\nLIKEWISE, {doers} ATTACKED THE CIVIL "
        "DEFENSE POST OF A VILLAGE IN SAN MIGUEL DEPARTMENT.  THE ATTACK RESULTED IN ONE TERRORIST "
        "DEAD AND ONE WOUNDED."
    )
    found = attacks(pipeline, text, "1989-12-09")
    assert len(found) == 2, found
    bus = next(r for r in found if r["counts"]["wounded"] == 5)
    assert bus["counts"]["killed"] in (None, 0)


def test_in_addition_the_same_doers(pipeline: Pipeline) -> None:
    text = (
        "Gunmen stormed a hotel in Bamako on Friday, killing 20 people. In addition, the gunmen "
        "killed two guards at the gate."
    )
    assert len(attacks(pipeline, text, "2016-05-28")) == 1


def test_later_than_a_happening_of_years_ago(pipeline: Pipeline) -> None:
    # "Later, ..." goes on from the happening of the 1980s the sentences before recalled: its
    # dead are not this evening's
    text = (
        "BOGOTA, 17 SEP 89 (AFP) -- [TEXT] THE POLICE REPORTED THAT A HOMEMADE ROCKET WAS "
        "LAUNCHED AT THE U.S. EMBASSY IN BOGOTA THIS EVENING.  NO INJURIES WERE REPORTED.\n\n"
        "DURING THE 1982 - 1986 ADMINISTRATION, WHEN SEVERAL DRUG TRAFFICKERS WERE EXTRADITED TO "
        "THE UNITED STATES, THE EMBASSY WAS ATTACKED IN A SIMILAR MANNER.  NO INJURIES WERE "
        "REPORTED DURING THAT ATTACK.  LATER, HOWEVER, A BOMB EXPLODED IN THE EMBASSY'S PARKING "
        "LOT KILLING A WOMAN WHO WAS STANDING IN LINE TO GET A VISA."
    )
    found = attacks(pipeline, text, "1989-09-17")
    assert len(found) == 1, found
    assert found[0]["date"]["start"] == "1989-09-17"
    assert not found[0]["counts"]["killed"]
    # ... but one of its own town is another ("Later, at 2100, a bomb exploded ... in Medellin")
    medellin = text.replace(
        "LATER, HOWEVER, A BOMB EXPLODED IN THE EMBASSY'S PARKING LOT KILLING A WOMAN WHO WAS STANDING "
        "IN LINE TO GET A VISA.",
        "LATER, AT 2100, A BOMB EXPLODED AT A BANK IN MEDELLIN, KILLING TWO GUARDS.",
    )
    assert medellin != text
    found = attacks(pipeline, medellin, "1989-09-17")
    assert sorted(r["counts"]["killed"] or 0 for r in found) == [0, 2], found


def test_what_this_attack_followed_is_not_its_toll(pipeline: Pipeline) -> None:
    # the attack told is the subject of "followed": the object's wounded are another's
    text = (
        "BOGOTA, 17 SEP 89 (AFP) -- [TEXT] THE POLICE REPORTED THAT A HOMEMADE ROCKET WAS "
        "LAUNCHED AT THE U.S. EMBASSY IN BOGOTA THIS EVENING.  NO INJURIES WERE REPORTED.\n\n"
        "THIS ATTACK FOLLOWED THE TWO DYNAMITE EXPLOSIONS THAT OCCURRED EARLY SUNDAY EVENING IN THE "
        "NORTHERN AREA OF BOGOTA, WHERE ONE PERSON WAS SLIGHTLY INJURED."
    )
    found = attacks(pipeline, text, "1989-09-17")
    assert [r["counts"]["wounded"] for r in found] == [0]
