"""People moved between states: a foreign fighter repatriated, a suspect deported "on suspicion of
planning attacks", Guantanamo detainees transferred to another state, fighters who "left for Syria";
where those taken were arrested ("on her return to France", not where they fought or meant to go),
who came from where ("from the al-Hol camp in northeast Syria") and where they went ("arrested on
arrival in Casablanca"); "brought home 14 women and 30 children" is 44 people. The real pipeline;
texts written for these tests, with near misses.
"""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday


def places(rec: dict[str, Any]) -> list[tuple[str, str]]:
    return [(loc["name"], loc["role"]) for loc in rec["locations"]]


def test_words_that_make_a_movement_counter_terrorism(pipeline: Pipeline) -> None:
    for text, etype in (
        ("Italy repatriated a foreign fighter, Samir B., from Syria in September.", "repatriation"),
        (
            "A Tunisian suspected of planning attacks was deported from Italy to Tunisia on Monday.",
            "deportation",
        ),
        ("France deported an Algerian imam accused of preaching hatred on Wednesday.", "deportation"),
        (
            "The United States transferred two Yemeni detainees from Guantanamo Bay to Montenegro on Monday.",
            "extradition",
        ),
        ("Two brothers from the town of Lunel left for Syria last month to join Islamic State.", "travel"),
    ):
        assert len(of_type(records_of(pipeline, text, PUB), etype)) == 1, text
    # near misses: a naval base named, a prisoner sent to court, a checkpoint or hostages handed over,
    # an envoy's journey, hackers' attacks
    for text in (
        "Obama said he would discuss the Guantanamo naval base with Castro; two dissidents were detained.",
        "THE GUERRILLA PRISONER WILL BE SENT TO COURT OVER THE NEXT FEW DAYS, THE ARMY SAID.",
        "Control of the checkpoint near Fallujah was handed over to Iraqi forces after Islamic State fled.",
        "The Taliban handed over to Pakistan two abducted Chinese engineers on Monday.",
        "The UN envoy left for Syria on Monday for talks on the fight against Islamic State.",
        "Hackers suspected of planning cyber attacks on German banks were arrested in Frankfurt on Monday.",
    ):
        for etype in ("extradition", "arrest", "travel"):
            assert of_type(records_of(pipeline, text, PUB), etype) == [], (etype, text)


def test_where_those_taken_were_arrested(pipeline: Pipeline) -> None:
    for text, where in (
        (
            "A French woman who joined Islamic State in Syria in 2014 was arrested on her return to France "
            "on Sunday, prosecutors said.",
            [("France", "event")],
        ),
        (
            "German police detained two teenagers at Frankfurt airport last week as they tried to board a "
            "flight to Istanbul, allegedly intending to join Islamic State in Syria.",
            [("Frankfurt am Main", "event")],
        ),
        (
            "Three Kazakh jihadists who fought with Islamic State in Iraq returned to Kazakhstan last week "
            "and were detained by the National Security Committee, officials said.",
            [("Kazakhstan", "event")],
        ),
        (
            "Turkish police detained 23 foreign nationals suspected of trying to cross into Syria to join "
            "Islamic State in Hatay province on Sunday.",
            [("Hatay", "event")],
        ),
        (
            "A woman who travelled to Syria in 2014 to join Islamic State was arrested on her return to "
            "Belgium at Zaventem airport on Monday, prosecutors said.",
            [("Zaventem", "event")],
        ),
    ):
        (rec,) = of_type(records_of(pipeline, text, PUB), "arrest")
        assert places(rec) == where, text


def test_where_people_moved_came_from_and_went(pipeline: Pipeline) -> None:
    text = (
        "Germany has repatriated three women and 12 children from the al-Hol camp in northeast Syria, the "
        "foreign ministry said on Thursday."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "repatriation")
    assert ("Syria", "origin") in places(rec)
    assert ("Syria", "event") not in places(rec)
    assert rec["counts"]["persons"] == 15
    text = (
        "Eight Moroccans suspected of fighting for Islamic State were expelled from Turkey and arrested on "
        "arrival in Casablanca on Wednesday, the interior ministry said."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "deportation")
    assert ("Casablanca", "destination") in places(rec)
    assert ("Turkey", "origin") in places(rec)


def test_people_brought_home_are_counted_together(pipeline: Pipeline) -> None:
    text = (
        "Kazakhstan has brought home 14 women and 30 children from camps in Syria, the security committee "
        "said on Monday."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "repatriation")
    assert rec["counts"]["persons"] == 44
