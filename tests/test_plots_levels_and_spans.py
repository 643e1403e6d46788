"""Reports that tell no word of terror but a plot, a threat level, a vehicle driven into a crowd, a
house of worship shot at, families brought home from the Syrian camps or recruits sent there; the
spans official figures are told over ("in the past five years", "in the first nine months of the
year", "in the 12 months to March", "the number of arrests rose 20 percent to 800"), and the figures
inside other words ("Since 2015 some 1,600 French nationals", "Densus 88 arrested 142"); and a few
fields: a doer before "killed at least", the day of the step told after "foreign fighters", people
held in camps, "Congo", "Dera Ismail Khan", "Leeds Crown Court". The real pipeline; texts written
for these tests, with near misses.
"""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["record_type"] == "event"]


def statistics(pipeline: Pipeline, text: str, published: str = "2024-10-10") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["record_type"] == "statistic"]


def places(rec: dict[str, Any], role: str = "event") -> list[str]:
    return [loc["country_code"] or "" for loc in rec["locations"] if loc["role"] == role]


def names(rec: dict[str, Any], role: str) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == role]


# -- kept with no word of terror --------------------------------------------------------------------


def test_a_plot_told_as_planning_an_attack_is_kept(pipeline: Pipeline) -> None:
    text = (
        "PARIS (Reuters) - French police arrested three men suspected of planning an attack on a church "
        "in Lyon, the interior ministry said on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "arrest" and rec["counts"]["arrested"] == 3
    text = (
        "Belgian police foiled a planned attack on the Christmas market in Brussels, prosecutors said on "
        "Monday."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["plot_foiled"]
    # near miss: a plan of no attack
    text = "French police arrested three men suspected of planning a robbery in Lyon on Tuesday."
    assert not records_of(pipeline, text)


def test_a_threat_level_changed_is_a_warning(pipeline: Pipeline) -> None:
    for text in (
        "The UK raised its terrorism threat level to critical on Monday.",
        "Belgium lowered its terrorism threat level from 4 to 3, the crisis centre said on Monday.",
    ):
        (rec,) = events(pipeline, text)
        assert rec["event_type"] == "warning"
        assert rec["date"]["start"] == "2016-05-09"
    # near miss: a level of something else
    assert not records_of(pipeline, "The central bank raised its interest rate level on Monday.")


def test_a_vehicle_driven_into_a_crowd_and_a_house_of_worship_shot_at_are_attacks(pipeline: Pipeline) -> None:
    text = "A man drove a van into pedestrians on London Bridge on Saturday, killing eight people."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "attack" and rec["weapon_type"] == "vehicle"
    assert rec["counts"]["killed"] == 8
    text = "A gunman opened fire at a synagogue in Pittsburgh on Saturday, killing 11 people, police said."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "attack" and rec["target_type"] == "religious_figures_institutions"
    # near misses: a driver who lost control, a gunman in a bar
    text = "A driver lost control and ploughed into pedestrians in Leeds on Saturday, killing two people."
    assert not records_of(pipeline, text)
    text = "A gunman opened fire at a bar in Leeds on Saturday after an argument, killing two people."
    assert not records_of(pipeline, text)


def test_families_brought_home_from_the_camps_and_recruits_for_syria(pipeline: Pipeline) -> None:
    text = "Uzbekistan repatriated 98 women and children from Syria on Thursday, the foreign ministry said."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "repatriation" and rec["counts"]["persons"] == 98
    assert places(rec, "origin") == ["SY"]
    text = (
        "Tunisian police arrested three people suspected of recruiting young Tunisians to fight in Syria, "
        "the interior ministry said on Monday."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["arrest"]
    # near miss: workers brought home from a country at peace
    text = "The Philippines repatriated 98 women and children from Kuwait on Thursday."
    assert not records_of(pipeline, text)


def test_a_pledge_to_is_and_is_suspects_name_the_group(pipeline: Pipeline) -> None:
    text = "Police arrested a 19-year-old in Vienna on Monday who had sworn allegiance to IS."
    assert [r["event_type"] for r in events(pipeline, text)] == ["arrest"]
    text = "Turkish police detained 2,919 IS suspects over the past year, the interior ministry said."
    (rec,) = statistics(pipeline, text)
    assert rec["statistic"]["metric"] == "arrests" and rec["statistic"]["value"] == 2919
    assert "Islamic State" in names(rec, "affiliation")


def test_court_steps_told_with_a_boy_a_day_or_an_appeal(pipeline: Pipeline) -> None:
    text = "Prosecutors in Vienna charged a 17-year-old boy with terrorism offences on Monday."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "charge" and rec["date"]["start"] == "2016-05-09"
    text = "A woman was jailed on Friday for terrorism offences."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "conviction" and rec["date"]["start"] == "2016-05-06"
    text = (
        "LONDON (Reuters) - The Court of Appeal on Tuesday quashed the terrorism conviction of a man "
        "jailed for possessing bomb-making manuals."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["acquittal"]
    # near miss: a conviction upheld is still one
    text = "The Court of Appeal on Tuesday upheld the terrorism conviction of a man jailed in 2014."
    assert [r["event_type"] for r in events(pipeline, text)] != ["acquittal"]


# -- spans of official figures -----------------------------------------------------------------------

HOME_OFFICE = (
    "British police arrested 150 people on suspicion of terrorism offences {}, the Home Office said."
)


def test_figures_over_spans_are_statistics_with_their_periods(pipeline: Pipeline) -> None:
    cases = {
        "in the past five years": ("2019-10-10", "2024-10-10"),
        "in the last six months": ("2024-04-10", "2024-10-10"),
        "from January to September": ("2024-01-01", "2024-09-30"),
        "in the first nine months of the year": ("2024-01-01", "2024-09-30"),
        "in the third quarter": ("2024-07-01", "2024-09-30"),
        "in the 12 months to March": ("2023-04-01", "2024-03-31"),
        "in the year ending June 2024": ("2023-07-01", "2024-06-30"),
    }
    for span, (start, end) in cases.items():
        (rec,) = statistics(pipeline, HOME_OFFICE.format(span))
        assert rec["statistic"]["metric"] == "arrests" and rec["statistic"]["value"] == 150, span
        assert (rec["statistic"]["period"]["start"], rec["statistic"]["period"]["end"]) == (start, end), span
        assert rec["statistic"]["reported_by"] == "Home Office"
        assert not events(pipeline, HOME_OFFICE.format(span), "2024-10-10")
    # near miss: a day told, and a span only as the setting
    text = (
        "Police arrested five men on Monday in Bradford, a city where arrests have grown over the past few "
        "months."
    )
    assert not statistics(pipeline, text)


def test_a_figure_told_by_how_it_changed(pipeline: Pipeline) -> None:
    text = (
        "The number of terrorism arrests in Britain rose 20 percent to 800 last year, the Home Office said."
    )
    (rec,) = statistics(pipeline, text, "2018-03-08")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("arrests", 800)
    assert rec["statistic"]["period"] == {"start": "2017-01-01", "end": "2017-12-31"}
    text = "Police arrested a record 412 people on terrorism charges in 2017, the Home Office said."
    (rec,) = statistics(pipeline, text, "2018-03-08")
    assert rec["statistic"]["value"] == 412
    # near miss: a share is no figure of people
    text = "The share of terrorism arrests in Britain rose 20 percent to 35 percent last year."
    assert all(r["statistic"]["value"] != 35 for r in statistics(pipeline, text, "2018-03-08"))


def test_a_figure_inside_the_words_of_another_number(pipeline: Pipeline) -> None:
    text = "Since 2015 some 1,600 French nationals have left to fight in Syria, the interior ministry said."
    (rec,) = statistics(pipeline, text, "2024-03-10")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("persons_departed", 1600)
    text = "Densus 88 arrested 142 suspected militants in 2023, police said."
    (rec,) = statistics(pipeline, text, "2024-03-10")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("arrests", 142)
    # near misses: one of a set, one thing's toll in a year
    text = "This was one of two related attacks that occurred in Kabul overnight between June 8 and June 9."
    assert not statistics(pipeline, text, "2018-06-10")
    text = "An eruption in 2014 killed 16 people, and the volcano erupted again on Monday, officials said."
    assert not statistics(pipeline, text, "2016-05-10")


def test_militants_the_forces_killed_over_a_year_and_those_they_report(pipeline: Pipeline) -> None:
    text = "Security forces killed 72 militants in Jammu and Kashmir this year, police said."
    (rec,) = statistics(pipeline, text)
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("militants_killed", 72)
    text = "Nigerian troops killed 9,300 terrorists in 2023, the defence ministry said."
    (rec,) = statistics(pipeline, text, "2024-03-10")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("militants_killed", 9300)
    # near miss: the dead of another verb than the one counted
    text = (
        "In Honduras over the past nine years, more than 140 people have disappeared and about 60 have "
        "been killed, a rights group said."
    )
    assert all(r["statistic"]["value"] != 140 for r in statistics(pipeline, text, "1989-05-10"))


def test_a_step_with_its_day_and_the_year_of_its_deed_is_an_event(pipeline: Pipeline) -> None:
    text = (
        "Three men were convicted on Monday of plotting a terrorist attack on Federation Square in "
        "Melbourne in 2016."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["record_type"], rec["event_type"]) == ("event", "conviction")
    assert rec["date"]["start"] == "2016-05-09" and rec["counts"]["persons"] == 3
    text = (
        "A man was sentenced on Monday to life in prison for a terrorist attack in Manchester in 2017 that "
        "killed 22."
    )
    (rec,) = of_type(records_of(pipeline, text, "2019-05-10"), "conviction")
    assert rec["counts"]["persons"] == 1
    # near miss: a year's figure with the day it was given
    text = (
        "Kenya deported 37 foreign nationals suspected of terrorism in 2024, the minister told the Senate on "
        "Thursday."
    )
    assert [r["record_type"] for r in records_of(pipeline, text, "2025-02-14")] == ["statistic"]


# -- fields -------------------------------------------------------------------------------------------


def test_a_group_before_killed_at_least_did_it(pipeline: Pipeline) -> None:
    for text in (
        "Taliban fighters killed at least 14 policemen in Kunduz province on Sunday, officials said.",
        "Boko Haram militants killed at least 20 villagers in Borno state on Sunday.",
    ):
        (rec,) = events(pipeline, text)
        assert names(rec, "perpetrator"), text
    # near miss: a group's man killed at a place
    text = (
        "A Taliban commander killed at a checkpoint in Kunduz on Sunday was buried on Monday, officials said."
    )
    recs = events(pipeline, text)
    assert all("Taliban" not in names(r, "perpetrator") for r in recs)


def test_the_day_after_foreign_fighters_is_the_steps(pipeline: Pipeline) -> None:
    text = (
        "Germany repatriated three suspected foreign fighters from Syria on April 20, the foreign office "
        "said on Monday."
    )
    (rec,) = events(pipeline, text)
    assert rec["date"]["start"] == "2016-04-20"
    text = "Police detained 12 suspected foreign fighters on April 20, the interior ministry said on Monday."
    (rec,) = events(pipeline, text)
    assert rec["date"]["start"] == "2016-04-20"


def test_people_held_in_camps_are_counted_and_come_from_there(pipeline: Pipeline) -> None:
    text = (
        "Bosnia repatriated 16 women and 35 children held in camps in northeastern Syria, the security "
        "ministry said on Monday."
    )
    (rec,) = events(pipeline, text)
    assert rec["counts"]["persons"] == 51 and rec["counts"]["arrested"] is None
    assert places(rec, "origin") == ["SY"] and places(rec, "destination") == ["BA"]
    # near miss: people held by the police are arrested
    text = "Police said 12 suspects were held in raids in Sarajevo on Monday over links to Islamic State."
    assert [r["counts"]["arrested"] for r in events(pipeline, text, "2024-03-12")] == [12]


def test_congo_names_and_courts(pipeline: Pipeline) -> None:
    text = (
        "GOMA (Reuters) - Rebels killed 22 civilians in a village in eastern Congo on Sunday, the army said."
    )
    (rec,) = events(pipeline, text)
    assert places(rec) == ["CD"]
    text = "Rebels killed 22 civilians in the Pool region of Congo Republic on Sunday, the army said."
    (rec,) = events(pipeline, text)
    assert set(places(rec)) == {"CG"}
    text = "Gunmen killed three policemen in Dera Ismail Khan on Friday, police said."
    (rec,) = events(pipeline, text)
    assert [loc["name"] for loc in rec["locations"]] == ["Dera Ismail Khan"]
    assert not rec["actors"] or "Ismail Khan" not in [a["name"] for a in rec["actors"]]
    text = (
        "LONDON (Reuters) - The trial of three men accused of plotting a terrorist attack opened at Leeds "
        "Crown Court on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert [loc["name"] for loc in rec["locations"]] == ["Leeds"]
    text = "BERLIN (Reuters) - A Syrian was sentenced to life in prison on Tuesday for a terrorist attack."
    (rec,) = events(pipeline, text)
    assert "SY" not in places(rec)


# -- near misses found in review ----------------------------------------------------------------------


def test_mishaps_and_other_alerts_stay_out(pipeline: Pipeline) -> None:
    for text in (
        "The driver lost control of the bus and ploughed into pedestrians at a crossing in Manchester on "
        "Friday, injuring seven people.",
        "A lorry careered into a crowd of shoppers in Leicester on Saturday after its driver suffered a "
        "heart attack, police said.",
        "Microsoft said on Thursday it had thwarted a cyber attack on a major European bank.",
        "Police foiled an attack on a security van in Marseille on Monday and arrested three armed robbers.",
        "Japan raised its alert level for Sakurajima volcano to 5 on Monday, and soldiers were sent to help "
        "evacuate residents.",
        "Guests opened fire in the air at a church wedding in the village of Vranje on Saturday, wounding a "
        "boy, police said.",
    ):
        assert not records_of(pipeline, text), text


def test_an_appeal_sought_or_refused_is_no_acquittal(pipeline: Pipeline) -> None:
    for text in (
        "Anwar Khan failed in a bid to have his conviction overturned at the Court of Appeal on Tuesday. He "
        "was jailed in 2017 for funding Islamic State.",
        "The Court of Appeal on Tuesday refused to set aside the terrorism conviction of Anwar Khan.",
    ):
        assert all(r["event_type"] != "acquittal" for r in records_of(pipeline, text)), text
    text = (
        "Police foiled a bomb attack on a church in Surabaya on Sunday; no one was hurt in the thwarted "
        "attack."
    )
    assert [r["event_type"] for r in events(pipeline, text)] == ["plot_foiled"]


def test_figures_that_are_not_the_spans_or_the_metrics(pipeline: Pipeline) -> None:
    # a span in another clause
    text = (
        "Police arrested 12 suspected militants in a town where attacks have risen over the past two "
        "years, officials said."
    )
    assert not statistics(pipeline, text, "2016-05-10")
    # forces coming home, charges dropped
    text = "About 1,000 US troops have returned from Afghanistan since January, the Pentagon said."
    assert not statistics(pipeline, text, "2016-05-10")
    text = "Prosecutors dropped terrorism charges against 60 people last year, the justice ministry said."
    assert all(
        r["statistic"]["metric"] != "persons_charged" for r in statistics(pipeline, text, "2016-05-10")
    )
    # the dead counted by a toll, told by a force, or by their own verb
    text = "The number of people killed in terrorist attacks fell to 1,200 last year, the report said."
    (rec,) = statistics(pipeline, text, "2016-05-10")
    assert rec["statistic"]["metric"] == "deaths"
    text = "Some 40 insurgents have been killed since January, the army said."
    (rec,) = statistics(pipeline, text, "2016-05-10")
    assert rec["statistic"]["metric"] == "militants_killed"
    text = "The army said 25 vigilante members have been killed by Boko Haram since January."
    (rec,) = statistics(pipeline, text, "2016-05-10")
    assert rec["statistic"]["metric"] == "deaths"
    text = "Since 2014, 45 people have been tried and convicted of terrorism offences, prosecutors said."
    (rec,) = statistics(pipeline, text, "2016-05-10")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("convictions", 45)
    # the first months of something else than the year
    text = "Police arrested 300 suspected militants in the first six months of the operation, the army said."
    assert all(r["date"]["start"] != "2016-01-01" for r in records_of(pipeline, text, "2016-05-10"))
