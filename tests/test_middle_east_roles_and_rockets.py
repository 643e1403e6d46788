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
