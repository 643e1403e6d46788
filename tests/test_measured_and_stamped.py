"""A day a figure is measured by ("the most for any year since Sept. 11") is not its period, and a
toll in a "since" clause is the happening the period starts from, no tally; a year named with a
conviction dates it (history); a frisk is no raid; where a detainee was once held is not where he
is arrested; a place told in another clause before a town's attack is not the attack's; the time a
story was posted dates nothing it tells (the real pipeline; the texts are written for these
tests)."""

from __future__ import annotations

from typing import Any

from veille.extract.lexicon import find_triggers
from veille.extract.statistics import find_statistics
from veille.extract.triggers import Hit, main_hit
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "m-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def test_a_day_a_figure_is_measured_by_is_not_its_period(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- In 2015, at least 71 people were charged in jihadi-related cases in the United "
        "States, the most for any year since Sept. 11, officials said."
    )
    (rec,) = records(pipeline, text, "2016-06-13")
    assert rec["record_type"] == "statistic"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2015-01-01", "2015-12-31")


def test_a_toll_in_a_since_clause_is_no_tally() -> None:
    sentence = (
        "Danish authorities have been on high alert since two people were killed in shooting attacks on a "
        "free speech event and a synagogue in Copenhagen in February last year."
    )
    assert find_statistics(sentence) == []
    # ... a toll counted since a day still is
    (stat,) = find_statistics("Since January, 13 people were killed in attacks in the province.")
    assert stat.value_text == "13"


def test_a_year_named_with_a_conviction_makes_it_history(pipeline: Pipeline) -> None:
    text = (
        "JAKARTA -- Police said the attackers were linked to Islamic State. The 77-year-old leader of the "
        "Jemaah Islamiyah militant network filed a judicial review of his 2011 conviction, when he was "
        "sentenced to 15 years in jail for setting up a training camp in Aceh province."
    )
    assert [r["event_type"] for r in records(pipeline, text, "2016-01-14")] == []


def test_a_frisk_is_no_raid() -> None:
    assert not any(t.event_type == "raid" for t, _, _ in find_triggers("as they searched his body"))
    assert any(t.event_type == "raid" for t, _, _ in find_triggers("Police searched his home in Brussels."))


def test_where_a_detainee_was_held_is_not_where_he_is_arrested(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- Republicans seized on the arrest Tuesday of a former Guantanamo Bay detainee as part "
        "of a Spanish terrorism investigation into Islamic State recruiters."
    )
    (rec,) = records(pipeline, text, "2016-02-24")
    assert [loc["country_code"] for loc in rec["locations"]] == ["ES"]


def test_a_place_of_another_clause_before_a_town_s_attack_is_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "CUPERTINO -- As it did in New York, Apple is fighting the demands of the Justice Department, but "
        "the San Bernardino attack by a couple inspired by Islamic State has given the case urgency."
    )
    (rec,) = records(pipeline, text, "2016-03-01")
    assert [loc["name"] for loc in rec["locations"]] == ["San Bernardino"]


def test_the_time_a_story_was_posted_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "By A. Writer \nMonday, February 29, 2016, 03:52 pm PT (06:52 pm ET)\n\n"
        "A federal judge handed Apple a win in its fight over encryption.\n\n"
        "The ruling echoed Apple's arguments in the investigation of the San Bernardino attack by a couple "
        "inspired by Islamic State."
    )
    (rec,) = records(pipeline, text, "2016-03-01")
    assert rec["date"]["precision"] == "unknown"


def test_an_age_with_its_closing_comma_left_out_is_no_toll(pipeline: Pipeline) -> None:
    text = (
        "SRINAGAR -- Separatist commander Burhan Wani, 22 died in a gunfight with the Indian army on Friday."
    )
    (rec,) = records(pipeline, text, "2016-07-11")
    assert rec["counts"]["killed"] == 1
    # ... a place before the comma is no name: the number is the toll
    place = (
        "PESHAWAR -- Militants attacked a police post in North Waziristan, 12 died in the gunfight on Friday."
    )
    (rec,) = records(pipeline, place, "2016-07-11")
    assert rec["counts"]["killed"] == 12


def test_a_year_of_history_before_an_arrest_yields_to_a_later_day(pipeline: Pipeline) -> None:
    text = (
        "RALEIGH -- A man suspected of planting a pipe bomb that exploded inside a store in North Carolina "
        "in 2007 has been arrested by agents of the bomb squad nine years after the crime, court documents "
        "obtained on Saturday showed. A fingerprint led federal authorities to arrest the 49-year-old on "
        "Tuesday in Missouri, a television station reported."
    )
    (rec,) = [r for r in records(pipeline, text, "2016-05-29") if r["event_type"] == "arrest"]
    assert rec["date"]["start"] == "2016-05-24"


def test_a_sharp_shooting_skill_is_no_shooting() -> None:
    assert not any(
        t.event_type == "attack"
        for t, _, _ in find_triggers("A veteran used his sharp-shooting skills to free an eagle.")
    )


def test_a_claim_after_a_recalled_attack_of_long_ago_is_told(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN -- Danish police said on Thursday they had arrested four people suspected of links to "
        "Islamic State. Danish authorities have been on high alert since two people were killed in shooting "
        "attacks on a free speech event and a synagogue in Copenhagen in February last year. Islamic State "
        "has claimed responsibility for bombing that killed 32 people in Brussels last month."
    )
    recs = records(pipeline, text, "2016-04-07")
    (attack,) = [r for r in recs if r["event_type"] == "attack"]
    assert attack["counts"]["killed"] == 32
    assert attack["date"]["start"] == "2016-03-01"
    assert [r for r in recs if r["record_type"] == "statistic"] == []


def test_a_legislature_is_no_town_and_its_hearing_no_trial(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- On Tuesday, Apple and the FBI were making a second appearance in Congress since March "
        "to testify over encryption, a dispute renewed by the San Bernardino attack by Islamic State "
        "sympathizers."
    )
    recs = records(pipeline, text, "2016-04-20")
    assert "trial" not in [r["event_type"] for r in recs]
    assert not any(loc["name"] == "Congress" for r in recs for loc in r["locations"])
    # the period of another clause does not date the attack
    assert all(r["date"]["text"] != "since March" for r in recs)


def test_testimony_to_a_legislature_is_no_trial() -> None:
    def main_type(sentence: str) -> str | None:
        main = main_hit(sentence, [Hit(t, a, b) for t, a, b in find_triggers(sentence)])
        return None if main is None else main.trigger.event_type

    assert main_type("The officer testified before the Senate intelligence committee on Tuesday.") is None
    assert main_type("The informant testified before the jury on Tuesday.") == "trial"
    assert (
        main_type("At the court hearing, the witness testified that the men planned the bombing.") == "trial"
    )


def test_a_civil_trial_is_no_trial() -> None:
    sentence = "Lawyers made their closing arguments on Friday in a week-long medical malpractice trial."
    assert not any(t.event_type == "trial" for t, _, _ in find_triggers(sentence))
    assert any(
        t.event_type == "trial" for t, _, _ in find_triggers("The trial of three men opened on Monday.")
    )


def test_a_recommended_link_is_no_report(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- The Supreme Court sided with the woman on Monday.\n"
        "RECOMMENDED: Militants attack Tunisian forces near Libyan border, 50 killed\n"
        "In December, the court ordered that the ruling be put on hold."
    )
    assert records(pipeline, text, "2016-03-07") == []


def test_the_toll_of_a_named_attack_of_a_year_is_no_tally() -> None:
    sentence = (
        "More than 9,000 police were also deployed in Bali, the site of the country's deadliest terror "
        "attack, which killed 202 people in 2002."
    )
    assert find_statistics(sentence) == []
