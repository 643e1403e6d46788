"""Arms seized or found are a seizure, not an attack (a bomb found where it was planted is still a
failed attack); "exchanged gun shots with the police" is a clash (the real pipeline; the texts
are written for these tests)."""

from __future__ import annotations

import pytest

from factories import records_of
from veille.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Police recovered two improvised explosive devices from the house of a suspected militant "
        "in Quetta on Monday.",
        "Security forces seized a huge cache of grenades and explosives from a militant hideout in "
        "Quetta on Monday.",
    ],
)
def test_arms_seized_are_a_raid_not_an_attack(pipeline: Pipeline, text: str) -> None:
    recs = records_of(pipeline, text, "2025-04-10")
    assert [r["event_type"] for r in recs] == ["raid"]
    assert recs[0]["attack_type"] is None


def test_a_bomb_found_where_it_was_planted_is_a_failed_attack(pipeline: Pipeline) -> None:
    text = "Police found the bomb that had been planted by militants near a school in Quetta on Monday."
    assert [r["event_type"] for r in records_of(pipeline, text, "2025-04-10")] == ["attack"]


def test_a_seizure_after_a_clash_does_not_make_the_story_a_bombing(pipeline: Pipeline) -> None:
    text = (
        "On 4 May 2025, members of a banned Maoist outfit exchanged gun shots with the Armed Police "
        "in Barung locality of Ilam district. The police arrested three cadres of the outfit "
        "following the incident. No casualties were reported. Police also seized a huge cache of "
        "improvised explosive devices from the cadres."
    )
    recs = records_of(pipeline, text, "2025-05-06")
    types = {r["event_type"] for r in recs}
    assert "attack" not in types or all(r["attack_type"] != "bombing" for r in recs)
    clash = [r for r in recs if r["event_type"] in ("ct_operation", "attack")]
    assert clash and clash[0]["date"]["start"] == "2025-05-04"
    assert clash[0]["counts"]["killed"] == 0  # "No casualties were reported"
