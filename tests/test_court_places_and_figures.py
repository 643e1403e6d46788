"""A court's step is taken where the court sits, on its own day, whatever the places and years of the
deeds it judges; a court's order to extradite is the step. Figures of a ministry's report told in
its words ("said in a statement on Sunday that", "a total of", "in the same year") are statistics.
German cities named like their region, and the press's English names of big cities, are the cities.
The real pipeline; texts written for these tests, with near misses.
"""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday


def towns(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


def day(rec: dict[str, Any]) -> tuple[str | None, str | None, str]:
    return rec["date"]["start"], rec["date"]["end"], rec["date"]["precision"]


# -- court steps -------------------------------------------------------------------------------------


def test_a_verdict_is_the_courts_on_its_day_not_the_deeds(pipeline: Pipeline) -> None:
    for text, town in (
        (
            "A Kenyan court in Mombasa on Tuesday found two men guilty of planning "
            "to bomb the city's airport "
            "in 2012 and jailed them for 30 years each.",
            "Mombasa",
        ),
        (
            "A court in Sale, near Rabat, sentenced eight men to between three and 15 years on Monday for "
            "belonging to a cell that plotted attacks in Casablanca in 2015.",
            "Salé",
        ),
        (
            "PARIS (Reuters) - A French court on Monday sentenced a 29-year-old "
            "man to 12 years in prison for "
            "helping to plan a jihadist attack on a church in Villejuif in April 2015.",
            "France",
        ),
        (
            "NEW YORK (AP) - A federal judge in Manhattan on Friday sentenced a Brooklyn man to 15 years in "
            "prison for trying to join Islamic State in Syria.",
            "Manhattan",
        ),
    ):
        recs = of_type(records_of(pipeline, text, PUB), "conviction")
        assert len(recs) == 1, text
        assert recs[0]["date"]["precision"] == "day", text
        assert recs[0]["date"]["start"] >= "2016-05-06", text
        assert towns(recs[0]) == [town], text


def test_an_old_deed_does_not_make_the_step_history(pipeline: Pipeline) -> None:
    text = (
        "LAHORE, Pakistan (AP) - A Pakistani anti-terrorism court has "
        "sentenced two men to death for the 2013 "
        "bombing of a church in Peshawar that killed more than 80 people, officials said Tuesday.\n\n"
        "The verdict was announced on Monday in a court in Lahore."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "conviction")
    assert towns(rec) == ["Lahore"]
    assert rec["date"]["end"] == PUB
    text = (
        "The trial of 20 people accused of helping the gunmen who attacked a magazine's offices in January "
        "2015 opened in Paris on Monday. Islamic State claimed the attack."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "trial")
    assert day(rec) == ("2016-05-09", "2016-05-09", "day")
    assert towns(rec) == ["Paris"]
    # near miss: a step of long ago stays history
    text = (
        "A Spanish court in March 2015 sentenced three men to 12 years in prison each for financing al Qaeda "
        "in the Islamic Maghreb."
    )
    assert records_of(pipeline, text, PUB) == []


def test_a_court_of_another_step_or_to_come_is_not_the_steps(pipeline: Pipeline) -> None:
    text = (
        "German prosecutors on Monday charged an Austrian man with membership of Islamic State, months after "
        "a court in Graz convicted him in 2013 of recruiting fighters."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "charge")
    assert "Graz" not in towns(rec)
    text = (
        "LONDON (Reuters) - A man arrested in Birmingham was charged on Monday with preparing acts of "
        "terrorism, police said. He will appear at Westminster Magistrates' Court on Tuesday."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "charge")
    assert "Westminster" not in towns(rec)
    # a dateline is no court's town: "A German court" filed from Berlin is Germany's
    text = (
        "BERLIN (Reuters) - A German court on Tuesday sentenced a Syrian man to four years in prison for "
        "Islamic State membership."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "conviction")
    assert towns(rec) == ["Germany"]


def test_prison_terms_given_over_a_year_are_a_statistic(pipeline: Pipeline) -> None:
    for text, value in (
        (
            "British courts handed prison sentences to 50 people for terrorism offences last year, the Home "
            "Office said on Monday.",
            50,
        ),
        (
            "Turkish courts have handed prison sentences to more than 300 Islamic State suspects since 2012, "
            "the justice ministry said on Monday.",
            300,
        ),
    ):
        (rec,) = records_of(pipeline, text, PUB)
        assert (rec["record_type"], rec["statistic"]["metric"], rec["statistic"]["value"]) == (
            "statistic",
            "convictions",
            value,
        ), text


def test_a_court_named_by_its_town_not_the_deeds_place(pipeline: Pipeline) -> None:
    text = (
        "LONDON (AP) - A 21-year-old man appeared at Westminster Magistrates' Court on Saturday charged with "
        "preparing acts of terrorism after he was arrested in Birmingham last week."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "charge")
    assert towns(rec) == ["Westminster"]
    text = (
        "DUESSELDORF, Germany (Reuters) - A German court on Thursday sentenced "
        "a Syrian man to seven years in "
        "jail for being a member of the Nusra Front and taking part in a kidnapping in Syria in 2013."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "conviction")
    assert towns(rec) == ["Germany"]


def test_more_words_of_a_verdict(pipeline: Pipeline) -> None:
    text = (
        "A court in Rabat on Monday handed prison terms of up to 20 years to 24 members of a terrorist "
        "network that planned attacks in Morocco."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "conviction")
    assert rec["counts"]["persons"] == 24
    text = (
        "Indonesia's Supreme Court has rejected the appeal of Abu Bakar Bashir, the spiritual leader of "
        "Jemaah Islamiyah, who is serving a 15-year sentence for funding a militant camp."
    )
    assert len(of_type(records_of(pipeline, text, PUB), "conviction")) == 1
    # near misses: prosecutors' appeal against an acquittal, a law that raises sentences
    text = (
        "A French appeals court on Monday rejected the appeal by prosecutors against the acquittal of a man "
        "accused of terrorism offences."
    )
    assert of_type(records_of(pipeline, text, PUB), "conviction") == []
    text = (
        "The government of Colombia proposed increasing prison sentences for members of paramilitary groups "
        "behind terrorist attacks."
    )
    assert of_type(records_of(pipeline, text, PUB), "conviction") == []


def test_an_extradition_ordered_is_the_step(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL (Reuters) - A Spanish court on Monday ordered the extradition to Morocco of a Moroccan man "
        "suspected of recruiting for Islamic State, a court statement said."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "extradition")
    assert rec["date"]["start"] == "2016-05-09"
    assert [(loc["country_code"], loc["role"]) for loc in rec["locations"]] == [("MA", "destination")]
    # near miss: one asked for is not made
    text = (
        "Belgian authorities on Monday asked Morocco to extradite a man suspected of helping organise the "
        "Brussels bombings."
    )
    assert of_type(records_of(pipeline, text, PUB), "extradition") == []


def test_an_attempt_to_detonate_a_bomb_is_the_context_of_a_charge(pipeline: Pipeline) -> None:
    text = (
        "DHAKA (AP) - A U.S. federal court in Brooklyn indicted a Bangladeshi "
        "man on Monday for attempting to "
        "detonate a bomb near the Federal Reserve Bank in New York in 2012."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "charge")
    assert rec["date"]["start"] == "2016-05-09"
    assert towns(rec) == ["Brooklyn"]


# -- a ministry's figures ----------------------------------------------------------------------------


def test_figures_told_after_the_day_of_the_statement(pipeline: Pipeline) -> None:
    text = (
        "Tunisia's interior ministry said in a statement on Sunday that "
        "security forces arrested 426 suspects "
        "in terrorism cases last year and dismantled 33 cells."
    )
    recs = records_of(pipeline, text, PUB)
    assert [(r["record_type"], r["statistic"]["metric"], r["statistic"]["value"]) for r in recs] == [
        ("statistic", "arrests", 426),
        ("statistic", "cells_dismantled", 33),
    ]
    assert {(r["date"]["start"], r["date"]["end"]) for r in recs} == {("2015-01-01", "2015-12-31")}


def test_a_report_of_all_kinds_of_attacks_and_its_total_told_after(pipeline: Pipeline) -> None:
    text = (
        "Europol's annual report released on Wednesday said 211 failed, foiled or completed attacks were "
        "reported in the EU in 2015.\n\n"
        "A total of 1,077 people were arrested for terrorism-related offences, the report said."
    )
    stats = [r["statistic"] for r in records_of(pipeline, text, PUB) if r["record_type"] == "statistic"]
    assert [(s["metric"], s["value"], s["reported_by"]) for s in stats] == [
        ("attacks", 211, "Europol"),
        ("arrests", 1077, "Europol"),
    ]
    assert stats[1]["period"] == {"start": "2015-01-01", "end": "2015-12-31"}


def test_figures_of_the_same_year_with_their_verb_only(pipeline: Pipeline) -> None:
    text = (
        "India's home ministry told parliament on Wednesday that 1,041 incidents of Maoist violence were "
        "recorded in 2015.\n\nThe minister said 89 Maoists were killed and 1,668 arrested in the same year."
    )
    stats = [r["statistic"] for r in records_of(pipeline, text, PUB) if r["record_type"] == "statistic"]
    got = {(s["metric"], s["value"]) for s in stats}
    assert {("militants_killed", 89), ("arrests", 1668)} <= got
    # near miss: the tolls of two shootings listed are no figure of a year
    from veille.extract.statistics import find_statistics

    text = (
        "The deadliest shootings before it were at Virginia Tech in 2007 and Sandy Hook Elementary School in "
        "2012, with 32 and 27 killed."
    )
    assert [s.value_text for s in find_statistics(text)] != ["27"]
    assert all(s.value_text != "27" for s in find_statistics(text))


# -- places: German cities, English names ------------------------------------------------------------


def test_german_cities_named_like_their_region_and_english_names(pipeline: Pipeline) -> None:
    for text, town in (
        (
            "STUTTGART, Germany (Reuters) - A bomb exploded at a station on "
            "Monday, killing two people. Islamic "
            "State claimed the attack.",
            "Stuttgart",
        ),
        (
            "A bomb exploded in Darmstadt on Monday, killing two people. Islamic State claimed the attack.",
            "Darmstadt",
        ),
        (
            "A bomb exploded in Cologne on Monday, killing two people. Islamic State claimed the attack.",
            "Köln",
        ),
        (
            "A bomb exploded in The Hague on Monday, killing two people. Islamic State claimed the attack.",
            "The Hague",
        ),
        (
            "A bomb exploded in Bombay on Monday, killing two people. Lashkar-e-Taiba claimed the attack.",
            "Mumbai",
        ),
    ):
        (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
        assert [(loc["name"], loc["precision"]) for loc in rec["locations"]] == [(town, "city")], text
