"""Troops who kill civilians: an attack by that force (violence against civilians), not an
operation against militants; troops who kill militants are still an operation. The real pipeline;
texts written for these tests, with near misses.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def kinds(pipeline: Pipeline, text: str) -> list[str]:
    return [r["event_type"] for r in records_of(pipeline, text, "2016-01-14")]


def test_troops_who_kill_peasants_students_or_miners_attack_them(pipeline: Pipeline) -> None:
    for victims in ("nine peasants", "four students", "twelve gold miners"):
        text = (
            f"Army troops killed {victims} by machine-gun fire in a village near Huehuetenango on Thursday."
        )
        assert kinds(pipeline, text) == ["attack"], victims
    # near miss: the militants they killed
    text = "Army troops killed nine guerrillas in a clash near Huehuetenango on Thursday."
    assert kinds(pipeline, text) == ["ct_operation"]


def test_one_civilian_and_security_forces(pipeline: Pipeline) -> None:
    for text in (
        "On 4 May 2020, soldiers killed a herder near Djibo (Soum, Sahel).",
        "On 4 May 2020, security forces killed three civilians in Diapaga (Tapoa, Est).",
    ):
        (rec,) = records_of(pipeline, text, "2020-05-10")
        assert rec["event_type"] == "attack", text
        assert [a["role"] for a in rec["actors"]] == ["perpetrator"], text
    # near misses: one militant, and those the killers call militants
    for text in (
        "On 4 May 2020, soldiers killed a militant near Djibo (Soum, Sahel).",
        "On 4 May 2020, soldiers killed a man they said was a jihadist near Mopti.",
        "On 4 May 2020, troops killed refugees who had joined Boko Haram in Borno.",
    ):
        assert kinds(pipeline, text) == ["ct_operation"], text


def test_torture_by_soldiers_is_an_unarmed_assault(pipeline: Pipeline) -> None:
    (rec,) = records_of(
        pipeline, "On 4 May 2020, soldiers tortured three miners near Fada N'Gourma.", "2020-05-10"
    )
    assert rec["event_type"] == "attack"
    assert rec["attack_type"] == "unarmed_assault"


def test_the_day_first_is_no_target(pipeline: Pipeline) -> None:
    # "On 4 May 2020, Islamic State militants attacked ...": the words after "On" are a day, then
    # the doers, not whom they attacked
    text = (
        "On 4 May 2020, Islamic State militants attacked a police station in Kirkuk, killing three policemen."
    )
    (rec,) = records_of(pipeline, text, "2020-05-10")
    assert rec["target_type"] == "police"


def test_the_press_office_that_told_of_it_is_no_agent(pipeline: Pipeline) -> None:
    text = (
        "Pakistani troops killed four militants in North Waziristan on Saturday, the military's media wing "
        "ISPR said."
    )
    (rec,) = records_of(pipeline, text, "2020-05-10")
    roles = {(a["name"], a["role"]) for a in rec["actors"]}
    assert ("Pakistan Army", "agent") in roles
    assert ("Inter-Services Public Relations", "agent") not in roles
    # near miss: the police who said they arrested are the agent (named only as the source)
    text = "Four suspected al Shabaab militants were arrested in Mombasa on Saturday, the Kenyan police said."
    (rec,) = records_of(pipeline, text, "2020-05-10")
    assert any(a["role"] == "agent" for a in rec["actors"])
