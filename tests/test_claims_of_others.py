"""A claim belongs to the attack it is told of: in a story of several attacks, a claim told with
one of another day, or right after it ("Al-Shabab claimed responsibility for that attack"), is not
the others' perpetrator; nor is a claim of many attacks around the world, nor a sympathy, nor a
claim of attacks told as earlier ones ("the past two attacks", which keep no day of the lead). A claim
that names the story's attack as known ("claimed responsibility for the truck attack on Nice on
Saturday") stays its claim (the real pipeline; texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.pipeline import Pipeline


def perpetrators_by_date(pipeline: Pipeline, text: str, published: str) -> dict[str | None, set[str]]:
    """The named perpetrators of each attack record, by the record's first day."""
    out: dict[str | None, set[str]] = {}
    for r in of_type(records_of(pipeline, text, published), "attack"):
        out.setdefault(r["date"]["start"], set()).update(_perps(r))
    return out


def _perps(record: dict[str, Any]) -> set[str]:
    return {a["name"] for a in record["actors"] if a["role"] == "perpetrator" and a["kind"] != "person"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the claim right after the attack it names back
        (
            "Gunmen stormed a hotel in Mogadishu on Saturday, killing 15 people. There was no immediate "
            "claim of responsibility. In early June, a siege by gunmen at another hotel in the capital "
            "killed 12 people. Al-Shabab claimed responsibility for that attack. An attack on another "
            "Mogadishu hotel in February killed at least nine civilians.",
            "2016-06-26",
            {"2016-06-25": set(), "2016-06-01": {"al-Shabaab"}, "2016-02-01": set()},
        ),
        # a claim of last week's attacks, told with them
        (
            "A suicide bomber detonated explosives near a mosque in the Syrian city of Latakia on Thursday, "
            "killing four people. Last week a series of bombings killed nearly 150 people in Jableh and "
            "Tartous. Islamic State claimed last week's attacks, saying they targeted the Alawite "
            "minority, and other attacks in Damascus earlier this year.",
            "2016-06-02",
            {"2016-06-02": set(), "2016-05-22": {"Islamic State"}},
        ),
        # a group blamed for a bombing of another day
        (
            "A car bomb attack killed at least 34 people in the Turkish capital Ankara on Sunday. TAK, "
            "blamed for the February 17 car bomb on a bus carrying military personnel, has pledged to "
            "stage more attacks across Turkey.",
            "2016-03-14",
            {"2016-03-13": set(), "2016-02-17": {"Kurdistan Freedom Falcons"}},
        ),
        # a claim told with another attack, of this one's day ("before and after March 22")
        (
            "One of the men who carried out the deadly attacks in Brussels on March 22 had worked as a "
            "cleaner in the European Parliament. Sources identified him as Najim Laachraoui, who "
            "prosecutors said blew himself up in the airport attack and is also suspected of making the "
            "suicide vests used in the Paris attacks last November. Charles Michel said authorities had to "
            "take a share of the blame for failings before and after March 22, when attacks claimed by the "
            "Islamic State militant group killed 32 people.",
            "2016-04-07",
            {"2016-03-22": {"Islamic State"}},
        ),
        # the group's other attack told in an aside before its claim of this one
        (
            "A car bomb killed 20 people outside a hotel in Mogadishu on Saturday.\n\nAl-Shabab, which also "
            "bombed the Jazeera hotel in January, killing 25 people, claimed responsibility.",
            "2016-05-30",
            {"2016-05-28": {"al-Shabaab"}},
        ),
        # "the attack" after a sentence comparing it with another is the story's
        (
            "A suicide bomber killed 12 people at a market in Kabul on Tuesday.\n\nIt was the deadliest "
            "attack in the capital since a truck bombing in March killed 30 people.\n\nThe Taliban claimed "
            "responsibility for the attack.",
            "2016-05-26",
            {"2016-05-24": {"Taliban"}},
        ),
        # "the attack" claimed is the story's, not one it recalls from another year
        (
            "The mass shooting at a nightclub in Orlando on Sunday killed 49 people.\n\nLast year, gunmen "
            "killed 14 people at an office party in San Bernardino, California, and Trump called for banning "
            "Muslims from entering the country.\n\nAlthough Islamic State has claimed responsibility for "
            "the attack, U.S. officials have maintained that the gunman's motives were unclear.",
            "2016-06-14",
            {"2016-06-12": {"Islamic State"}, "2015-01-01": set()},
        ),
        # the story's attack claimed days later, the claim dated by the day it came
        (
            "Islamic State claimed responsibility on Saturday for the truck attack on the French city of "
            "Nice as police arrested three people. Thursday night's attack killed 84 people on the "
            "seafront.",
            "2016-07-16",
            {"2016-07-14": {"Islamic State"}},
        ),
    ],
)
def test_claims_of_several_attacks(
    pipeline: Pipeline, text: str, published: str, expected: dict[str, set[str]]
) -> None:
    got = perpetrators_by_date(pipeline, text, published)
    assert {day: got.get(day) for day in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a claim of attacks around the world
        "New York City police were investigating on Sunday an assault on a Muslim man who was beaten by "
        "suspects in Queens, authorities said. The attack comes amid anxiety over Islamic State, which "
        "has claimed responsibility for militant attacks around the world.",
        # ... of a series since a year
        "A suicide bomber was killed and two policemen wounded in a blast near the U.S. consulate in "
        "Jeddah on Monday. Islamic State has carried out a series of bombing and shooting attacks in "
        "Saudi Arabia since mid-2014 that have killed scores of people.",
    ],
)
def test_claims_of_many_attacks_name_no_perpetrator(pipeline: Pipeline, text: str) -> None:
    found = of_type(records_of(pipeline, text, "2016-07-04"), "attack")
    assert found and all(not _perps(r) for r in found), found


def test_a_group_renewing_its_attacks_did_them(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 30 NOV 89 -- THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] RENEWED ITS\n"
        "ATTACKS EARLY ON 29 NOVEMBER WHEN IT ATTACKED THE COUNTRY'S MOST IMPORTANT MILITARY INSTALLATION."
    )
    found = of_type(records_of(pipeline, text, "1989-11-30"), "attack")
    assert found and all(_perps(r) == {"Farabundo Martí National Liberation Front"} for r in found), found


def test_a_group_named_after_a_day_did_it(pipeline: Pipeline) -> None:
    # "on" a day is no target: the group after it is the subject
    text = (
        "AYACUCHO, 28 JAN 90 (EFE) -- THE NATIONAL POLICE HAVE REPORTED THAT ON 26 JANUARY SHINING\n"
        "PATH TERRORISTS MURDERED THREE PEASANTS IN THE TOWNSHIP OF CAMPINA, 60 KM SOUTH OF AYACUCHO."
    )
    found = of_type(records_of(pipeline, text, "1990-01-28"), "attack")
    assert len(found) == 1 and _perps(found[0]) == {"Shining Path"}, found


def test_an_accusation_in_capitals_is_no_charge(pipeline: Pipeline) -> None:
    # in capitals the words after "CHARGED" name no person charged
    text = (
        "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN CHARGED ARMY TROOPS WITH MASSACRING "
        "12 PEASANTS YESTERDAY IN SAN VICENTE."
    )
    assert not of_type(records_of(pipeline, text, "1990-01-12"), "charge")


def test_a_groups_attack_told_with_its_possessive(pipeline: Pipeline) -> None:
    # "the Taliban's latest attack": the group's own
    text = (
        "Along with the announcement on Wednesday came the Taliban's latest attack on the outskirts of "
        "Kabul, targeting a van that was taking employees of an appellate court to Wardak Province, "
        "killing 10 people."
    )
    found = of_type(records_of(pipeline, text, "2016-05-25"), "attack")
    assert len(found) == 1 and _perps(found[0]) == {"Taliban"}, found


def test_attacks_told_as_earlier_ones_keep_their_claim_and_no_day_of_the_lead(pipeline: Pipeline) -> None:
    # "the past two attacks": neither the lead's day nor its perpetrator
    text = (
        "Police were on high alert across Turkey on Sunday after the previous day's attack by a suicide "
        "bomber in Izmir's busiest shopping street, killing four people.\n\nResponsibility for the past "
        "two attacks, both suicide car bombings in the capital Ankara, was claimed by a PKK offshoot."
    )
    recs = of_type(records_of(pipeline, text, "2016-03-20"), "attack")
    lead = [r for r in recs if r["date"]["start"] == "2016-03-19"]
    assert len(lead) == 1 and not _perps(lead[0])
    earlier = [r for r in recs if any(loc["name"] == "Ankara" for loc in r["locations"])]
    assert len(earlier) == 1 and earlier[0]["date"]["precision"] == "unknown"
