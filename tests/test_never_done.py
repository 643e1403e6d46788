"""What no one has managed to do is no happening, nor are plots foiled told in general."""

from __future__ import annotations

from factories import event_types, records_of
from veille.pipeline import Pipeline


def test_what_no_group_has_succeeded_in_doing_made_no_record(pipeline: Pipeline) -> None:
    text = (
        'Summarizing the summit, Obama said "no terrorist group has yet succeeded in obtaining a '
        'nuclear device or producing a dirty bomb using radioactive materials."'
    )
    assert event_types(pipeline, text) == []


def test_what_an_attacker_could_not_do_leaves_what_he_did(pipeline: Pipeline) -> None:
    text = (
        "The suicide bomber, who had not been able to enter the stadium, blew himself up outside "
        "on Friday, killing three people, police said."
    )
    (r,) = records_of(pipeline, text, "2016-04-02")
    assert r["event_type"] == "attack"
    assert r["counts"]["killed"] == 3


def test_what_no_one_could_solve_still_happened() -> None:
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, is_descriptive

    st = "He recalled that the authorities have not been able to solve the murder of the archbishop."
    hits = [Hit(t, a, b) for t, a, b in find_triggers(st) if t.event_type == "attack"]
    assert hits
    assert not any(is_descriptive(st, h) for h in hits)


def test_several_foiled_plots_told_in_general_are_no_foiled_plot(pipeline: Pipeline) -> None:
    text = (
        "European nations including Germany have been on high alert after several foiled terror "
        "plots following the November siege in Paris by Islamist extremists."
    )
    assert "plot_foiled" not in event_types(pipeline, text)


def test_plots_foiled_on_a_day_are_one(pipeline: Pipeline) -> None:
    text = "German police foiled several terror plots on Tuesday, arresting four men in Berlin."
    assert "plot_foiled" in event_types(pipeline, text)
