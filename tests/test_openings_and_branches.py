"""A lapse that opens a sentence ("Weeks after the bombing in Brussels, gunmen attacked a hotel in
Bamako") recalls the earlier happening up to its comma, and the sentence's own clause is still told,
with its own place; in another sentence of the story the whole of it stays an aside. The agency
implied for a happening told with no named agent is of the branch the sentence names ("The military
killed two" is not the police's); a group's second foe in its war is no target of the deed; a
capital that judges ("Baghdad describes the assault") and a group's caliphate across countries are
no places of the happening (the real pipeline; texts written for these tests)."""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, event_type: str, published: str = "2016-07-15", record_type: str = "event"
) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), event_type, record_type)


def towns(rec: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in rec["locations"]]


def roles(rec: dict[str, Any], role: str) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == role]


# -- a lapse that opens the sentence ------------------------------------------------------------


def test_an_attack_told_after_an_opening_lapse_is_kept(pipeline: Pipeline) -> None:
    text = (
        "Weeks after the bombing in Brussels, gunmen attacked a hotel in Bamako on Friday, killing 12 people."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert towns(attacks[0]) == ["Bamako"]
    assert attacks[0]["counts"]["killed"] == 12
    assert attacks[0]["date"]["start"] == "2016-07-15"


def test_an_arrest_told_after_an_opening_lapse_is_kept(pipeline: Pipeline) -> None:
    text = (
        "Two weeks after the attacks in Paris, police arrested three terrorism suspects in Brussels on "
        "Friday."
    )
    arrests = records(pipeline, text, "arrest")
    assert len(arrests) == 1, arrests
    assert towns(arrests[0]) == ["Brussels"]
    assert arrests[0]["counts"]["arrested"] == 3


def test_a_lapse_told_at_the_end_is_still_an_aside(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a hotel in Bamako on Friday, killing 12 people, weeks after the bombing in "
        "Brussels that killed 32."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert towns(attacks[0]) == ["Bamako"]
    assert attacks[0]["counts"]["killed"] == 12


def test_an_opening_lapse_in_another_sentence_stays_an_aside(pipeline: Pipeline) -> None:
    # the sentence recalls other shootings after its opening lapse: none of their tolls is the story's
    text = (
        "Three police officers were killed and three others injured in an ambush by a gunman on Sunday "
        "morning in Baton Rouge, in what the governor called a terrorist attack. Police killed the "
        "gunman during a shootout. A day after a man "
        "was killed by police in a town nearby, a gunman in Dallas killed five officers and wounded nine "
        "others."
    )
    attacks = [a for a in records(pipeline, text, "attack", "2016-07-17") if "Baton Rouge" in towns(a)]
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 4
    assert attacks[0]["counts"]["wounded"] == 3


def test_a_comma_that_goes_on_with_the_lapse_does_not_end_it(pipeline: Pipeline) -> None:
    text = (
        "Weeks after the bombing in Brussels that killed 32 people, including three Americans, gunmen "
        "attacked a hotel in Bamako on Friday, killing 12 people."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert towns(attacks[0]) == ["Bamako"]
    assert attacks[0]["counts"]["killed"] == 12


# -- the agency implied -------------------------------------------------------------------------


def test_the_military_named_is_not_the_police_named_before(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL Turkish police detained 13 people in raids across Istanbul in connection with "
        "Tuesday night's attack.\n\nThe military killed two suspected Islamic State members trying to "
        "enter Turkey illegally at the weekend, security sources said on Thursday."
    )
    operations = records(pipeline, text, "ct_operation", "2016-06-30")
    assert len(operations) == 1, operations
    assert "Turkish National Police" not in roles(operations[0], "agent")
    arrests = records(pipeline, text, "arrest", "2016-06-30")
    assert roles(arrests[0], "agent") == ["Turkish National Police"]


def test_police_named_keep_the_police_agency(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL Turkish police said on Thursday that four suspected Islamic State militants were "
        "arrested in Izmir.\n\nThey were detained after police raided a safe house in the city."
    )
    arrests = records(pipeline, text, "arrest", "2016-06-30")
    assert len(arrests) == 1, arrests
    assert roles(arrests[0], "agent") == ["Turkish National Police"], arrests


# -- targets and places -------------------------------------------------------------------------


def test_a_groups_second_foe_is_no_target_of_the_bombings(pipeline: Pipeline) -> None:
    text = (
        "Bombings in Damascus and Homs this year killed dozens of people and were claimed by Islamic "
        "State, which is fighting against government forces in some areas, and separately against its "
        "jihadist rival al Qaeda."
    )
    attacks = records(pipeline, text, "attack", "2016-05-23")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "target") == []
    assert roles(attacks[0], "perpetrator") == ["Islamic State"]


def test_a_foe_struck_is_still_a_target(pipeline: Pipeline) -> None:
    text = "Islamic State fighters launched an attack against al Qaeda positions near Aleppo on Monday."
    attacks = records(pipeline, text, "attack", "2016-05-23")
    assert len(attacks) == 1, attacks
    assert "al-Qaeda" in roles(attacks[0], "target")


def test_a_capital_that_judges_and_a_caliphate_are_no_places(pipeline: Pipeline) -> None:
    text = (
        "Iraqi troops advanced into the limits of Falluja on Monday.\n\nBaghdad describes the assault as "
        "a turning point in its campaign to defeat the militants, who rule a self-proclaimed caliphate "
        "across Syria and Iraq."
    )
    operations = records(pipeline, text, "ct_operation", "2016-06-01")
    assert len(operations) == 1, operations
    assert "Baghdad" not in towns(operations[0])
    assert "Syria" not in towns(operations[0])
