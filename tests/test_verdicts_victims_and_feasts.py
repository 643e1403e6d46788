"""Each defendant's own verdict, armed groups whose men were the victims or who held the place hit,
court steps over bombings known by name, the deed a case is about (not a new attack), a court that
jails, the day of a claim and days counted from the day words were said, and feasts as days. The
real pipeline; texts written for these tests, with near misses.
"""

from __future__ import annotations

import datetime
from typing import Any

from factories import records_of
from veille.extract.dates import find_dates
from veille.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["record_type"] == "event"]


def roles(rec: dict[str, Any]) -> dict[str, str]:
    return {a["name"]: a["role"] for a in rec["actors"]}


def statuses(rec: dict[str, Any]) -> dict[str, str | None]:
    return {a["name"]: a["legal_status"] for a in rec["actors"] if a["kind"] == "person"}


def day(rec: dict[str, Any]) -> tuple[str | None, str]:
    return rec["date"]["start"], rec["date"]["precision"]


def test_each_defendant_keeps_his_own_verdict(pipeline: Pipeline) -> None:
    text = (
        "PARIS - A Paris court on Thursday convicted four men of helping plan a 2012 terrorist attack on "
        "a grocery in Sarcelles, but acquitted a fifth defendant. Jeremy Bailly was sentenced to 28 years "
        "in prison. Youssef Maaouni was acquitted of all charges."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "conviction"
    assert statuses(rec) == {"Jeremy Bailly": "convicted", "Youssef Maaouni": "acquitted"}
    text = (
        "A Belgian court on Tuesday acquitted Youssef Maaouni of terrorism charges, but Ali Benali was "
        "convicted of recruiting fighters for Islamic State."
    )
    (rec,) = events(pipeline, text)
    assert statuses(rec) == {"Youssef Maaouni": "acquitted", "Ali Benali": "convicted"}


def test_a_group_whose_men_were_killed_is_not_the_perpetrator(pipeline: Pipeline) -> None:
    for text in (
        "A car bomb killed four fighters of the Hayat Tahrir al-Sham group at a checkpoint in Idlib on "
        "Tuesday, a monitor said.",
        "Five members of the Turkish-backed Syrian National Army were killed when a car bomb exploded in "
        "the town of al-Bab on Tuesday.",
    ):
        (rec,) = events(pipeline, text)
        assert "perpetrator" not in roles(rec).values(), text
    # near miss: the group's men who did it
    text = (
        "Fighters of the Hayat Tahrir al-Sham group killed four soldiers at a checkpoint in Idlib on Tuesday."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec)["Hay'at Tahrir al-Sham"] == "perpetrator"


def test_who_held_the_place_hit_did_not_do_it(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a checkpoint manned by the Popular Mobilisation Forces north of Baghdad on "
        "Tuesday, killing three fighters."
    )
    (rec,) = events(pipeline, text)
    assert roles(rec) == {"Popular Mobilization Forces": "target"}
    text = (
        "Iraqi security forces raided a hideout used by Islamic State militants in Kirkuk province on "
        "Monday, killing five militants."
    )
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "ct_operation"
    assert roles(rec) == {"Iraqi Security Forces": "agent", "Islamic State": "target"}
    assert rec["counts"]["killed"] == 5


def test_court_steps_over_bombings_known_by_name(pipeline: Pipeline) -> None:
    (rec,) = events(pipeline, "An Indian court on Monday convicted six men over the Mumbai train bombings.")
    assert rec["event_type"] == "conviction" and day(rec) == ("2016-05-09", "day")
    (rec,) = events(
        pipeline, "Belgian police arrested two men on Sunday in connection with the Paris attacks."
    )
    assert rec["event_type"] == "arrest" and rec["counts"]["arrested"] == 2
    # (the agents' country, not the town of the attacks)
    assert [loc["country_code"] for loc in rec["locations"]] == ["BE"]
    # near misses: an industrial blast, attacks on shopkeepers
    assert (
        events(
            pipeline, "A court on Monday convicted the factory manager over the blast that killed 12 workers."
        )
        == []
    )
    assert (
        events(pipeline, "Police arrested two men on Sunday in connection with the attacks on shopkeepers.")
        == []
    )


def test_the_deed_a_case_is_about_is_no_new_attack(pipeline: Pipeline) -> None:
    text = (
        "A man who served a 10-year sentence for his role in the 2003 Casablanca bombings was released "
        "from prison on Saturday."
    )
    assert [(r["event_type"], day(r)) for r in events(pipeline, text)] == [("release", ("2016-05-07", "day"))]
    text = "The trial of 47 suspects over the suicide bombing at Istanbul's Ataturk airport opened on Monday."
    (rec,) = events(pipeline, text)
    assert rec["event_type"] == "trial" and day(rec) == ("2016-05-09", "day")
    # near miss: a trial yet to come is no step, and the killing stays told
    text = (
        "Officials of the army are to be brought to trial for the assassination of six priests at the "
        "university, which gunmen attacked on Monday."
    )
    assert "attack" in [r["event_type"] for r in events(pipeline, text)]


def test_a_court_that_jails(pipeline: Pipeline) -> None:
    (rec,) = events(pipeline, "A Kenyan court on Friday jailed two men for aiding al Shabaab militants.")
    assert rec["event_type"] == "conviction" and day(rec) == ("2016-05-06", "day")
    # near miss: held for questioning
    assert [
        r["event_type"] for r in events(pipeline, "A judge jailed the suspect for questioning on Friday.")
    ] != ["conviction"]


def test_the_day_of_a_claim_is_not_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "Islamic State claimed responsibility on Tuesday for a suicide bombing that killed 12 people at a "
        "mosque in Baghdad on Sunday."
    )
    (rec,) = events(pipeline, text)
    assert day(rec) == ("2016-05-08", "day")
    # no day of its own: on or before the claim's
    text = "Islamic State claimed responsibility on Tuesday for a suicide bombing that killed 12 in Baghdad."
    (rec,) = events(pipeline, text)
    assert day(rec) == (None, "unknown") and rec["date"]["end"] == "2016-05-10"


def test_days_counted_from_the_day_words_were_said(pipeline: Pipeline) -> None:
    cases = {
        "Gunmen killed four soldiers at an army post near Gao in northern Mali the day before, officials "
        "said on Tuesday.": "2016-05-09",
        "Two days earlier, gunmen had killed four soldiers at an army post near Gao in northern Mali, the "
        "defence ministry said on Monday.": "2016-05-07",
        "Officials said on Thursday that gunmen had killed four soldiers at an army post near Gao in "
        "northern Mali the previous day.": "2016-05-04",
    }
    for text, want in cases.items():
        (rec,) = events(pipeline, text)
        assert day(rec) == (want, "day"), text
    text = (
        "On Monday, gunmen attacked a police post in Gao. The previous day, a bomb had exploded at a market "
        "in Mopti, killing three people."
    )
    assert sorted(day(r)[0] or "" for r in events(pipeline, text)) == ["2016-05-08", "2016-05-09"]


def test_feasts_are_days() -> None:
    def first(text: str, anchor: datetime.date) -> tuple[str | None, str]:
        found = [m for m in find_dates(text, anchor) if "JAN" not in m.text]
        return found[0].interval.start, found[0].interval.precision

    assert first("KILLED AN ARMY OFFICER IN SAN PEDRO SULA ON NEW YEAR'S EVE", datetime.date(1990, 1, 3)) == (
        "1989-12-31",
        "day",
    )
    assert first("Bombs exploded at three churches on Easter Sunday.", datetime.date(2019, 4, 23)) == (
        "2019-04-21",
        "day",
    )
    assert first("Gunmen attacked a church on Christmas Day.", datetime.date(2016, 12, 27)) == (
        "2016-12-25",
        "day",
    )
    assert first("a march on Good Friday", datetime.date(2016, 5, 10)) == ("2016-03-25", "day")
    # near miss: a feast that names no day ("at Christmas", "the Easter holidays")
    assert (
        find_dates("Attacks rose at Christmas and during the Easter holidays.", datetime.date(2016, 5, 10))
        == []
    )


def test_review_near_misses_of_cases_and_days(pipeline: Pipeline) -> None:
    # the deed of a case is no attack even when the step is no trigger or only asked for
    for text in (
        "CASABLANCA - A man who served a prison sentence for his role in the 2003 Casablanca bombings was "
        "released on Monday, his lawyer said.",
        "PARIS - Prosecutors on Monday asked that Mohamed Abrini be sent to trial over the Brussels "
        "bombings, a judicial source said.",
    ):
        assert "attack" not in [r["event_type"] for r in events(pipeline, text)], text
    # attacks on someone known by a town, and wartime bombings, are no field's
    for text in (
        "Police arrested two fans on Sunday in connection with the Marseille attacks on England supporters.",
        "A Tokyo court on Monday opened the trial of a lawsuit over the atomic bombings of Hiroshima.",
    ):
        assert events(pipeline, text) == [], text
    # a court that jails pending trial convicts nobody
    text = "An Istanbul court on Tuesday jailed three suspects pending trial for links to Islamic State."
    assert "conviction" not in [r["event_type"] for r in events(pipeline, text)]
    # the day of a deed's own clause ("opened fire") is not the step's
    text = (
        "LAHORE (Reuters) - Police detained two brothers over the shooting in which a gunman opened fire on "
        "worshippers at a church on Friday, a police spokesman said."
    )
    (rec,) = events(pipeline, text)
    assert rec["date"]["start"] != "2016-05-06"


def test_review_near_misses_of_feasts_and_counted_days() -> None:
    anchor = datetime.date(2016, 5, 10)
    assert find_dates("the Good Friday Agreement and the Christmas Day bomber", anchor) == []
    found = find_dates("A court convicted three men over the Christmas Day 2010 bombings in Jos.", anchor)
    assert [m.interval.start for m in found] == ["2010-12-25"]
    text = "Police arrested a man suspected of planning an attack on New Year's Day celebrations."
    assert find_dates(text, datetime.date(2017, 1, 5)) == []
    # what comes "the day after" the words were said is not counted from them
    found = find_dates("Police arrested two suspects the day after, a spokesman said on Monday.", anchor)
    assert [m.text for m in found] == ["Monday"]
