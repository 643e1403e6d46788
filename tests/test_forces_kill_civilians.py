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
