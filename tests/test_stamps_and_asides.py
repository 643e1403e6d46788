"""What dates or tells nothing of the happening: a quoted tweet's stamp, headlines of other stories
under "ALSO", a weapon on parade, a sentencing "for an unrelated" crime, and the day of a visit to
the survivors of an attack; and a building keeps the town it stands in (the real pipeline; the
texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from veille.extract.lexicon import find_triggers
from veille.extract.triggers import Hit, main_hit
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, published: str = "2016-06-16", title: str | None = None
) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "t-1", "title": title, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def main(sentence: str) -> Hit | None:
    return main_hit(sentence, [Hit(t, a, b) for t, a, b in find_triggers(sentence)])


def test_a_quoted_tweet_s_stamp_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI -- Security was tight for the parade.\n\n"
        "— Home Office (@HomeOffice_IN) January 25, 2016 Acting on intelligence, the National "
        "Investigation Agency arrested 11 militants linked to the Islamic State."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-01-26") if r["event_type"] == "arrest"]
    assert rec["date"]["start"] != "2016-01-25"
    assert rec["counts"]["arrested"] == 11


def test_headlines_under_also_are_other_stories(pipeline: Pipeline) -> None:
    text = (
        "The northbound lanes of the freeway reopened on Saturday after a crash, officials said.\n\n"
        "ALSO\n\n"
        "Shopkeeper shot and killed while chasing a robber, police say\n\n"
        "Ku Klux Klan rally in Anaheim turns violent; 2 are stabbed and 9 arrested\n\n"
        "The Ku Klux Klan's long, violent history in Anaheim\n\n"
        "Source"
    )
    assert records(pipeline, text, "2016-02-28") == []


def test_a_missile_on_parade_is_no_attack() -> None:
    assert main("On display was the army's missile firing capability, a tank and a launcher.") is None
    hit = main("Rebels fired a missile at an army post.")
    assert hit is not None and hit.trigger.event_type == "attack"


def test_a_sentencing_for_an_unrelated_crime_is_not_of_the_case() -> None:
    assert (
        main(
            "Brown, the first defendant to face terrorism charges, was in court to be sentenced for an "
            "unrelated armed robbery."
        )
        is None
    )
    hit = main("Brown was sentenced for plotting an attack on a bank.")
    assert hit is not None and hit.trigger.event_type == "conviction"
    # ... an arrest "on unrelated charges" is how a suspect is often held
    hit = main("The suspect was arrested on unrelated weapons charges.")
    assert hit is not None and hit.trigger.event_type == "arrest"


def test_the_day_of_a_visit_to_the_survivors_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- President Obama will fly to Orlando on Thursday to meet with survivors of the "
        "massacre at a nightclub and families of some of the 49 people killed.\n\n"
        "The gunman had pledged allegiance to Islamic State. Obama said Sunday's massacre was a reminder "
        "of how easy it is to get a weapon."
    )
    recs = [r for r in records(pipeline, text) if r["event_type"] == "attack"]
    assert [r["date"]["start"] for r in recs] == ["2016-06-12"]


def test_victims_of_a_shooting_told_keep_the_sentence_s_month(pipeline: Pipeline) -> None:
    text = (
        '"This has become routine," he said last October before meeting victims of a shooting at an '
        "Oregon college where a gunman killed nine people.\n\nThe FBI is investigating whether the gunman "
        "was a terrorist."
    )
    (rec,) = records(pipeline, text)
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2015-10-01", "month")


def test_a_building_keeps_the_town_it_stands_in(pipeline: Pipeline) -> None:
    text = (
        "MERIDEN, Conn. -- A gunman fired four shots at the Baitul Aman Mosque in Meriden early on "
        "Saturday in what police called a hate crime and an act of terrorism. No one was hurt."
    )
    (rec,) = records(pipeline, text, "2015-11-15")
    assert {loc["city"] for loc in rec["locations"]} == {"Meriden"}


def test_a_record_made_public_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO -- A gunman who pledged allegiance to Islamic State killed 49 people at a nightclub in "
        "Orlando on June 12.\n\n"
        "In a transcript of his calls released by the FBI on Monday, the gunman told police negotiators "
        "to tell the U.S. government to stop bombing Syria and Iraq, and threatened to strap bomb vests on "
        "hostages."
    )
    recs = records(pipeline, text, "2016-06-21")
    assert [r["date"]["start"] for r in recs] == ["2016-06-12"]


def test_a_raid_linked_to_the_town_s_attacks_is_in_context(pipeline: Pipeline) -> None:
    tail = (
        " The city was quiet on Wednesday. Schools opened as usual. Shops opened late.\n\n"
        "Officials later said the men had links to Islamic State."
    )
    text = (
        "BRUSSELS -- Two suspects were arrested on Tuesday during a raid linked to the Paris attacks." + tail
    )
    types = {r["event_type"] for r in records(pipeline, text, "2016-03-16")}
    assert types & {"arrest", "raid"}
    # ... "shark attacks" are none
    text2 = "SYDNEY -- Two swimmers were arrested on Tuesday after the Sydney shark attacks." + tail
    assert not {r["event_type"] for r in records(pipeline, text2, "2016-03-16")} & {"arrest", "raid"}
