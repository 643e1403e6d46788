"""Days told by a stretch ("the first week of May", "a three-day operation that ended on Sunday"), a
claim told on its day ("The Taliban on Monday claimed"), and a siege of a hotel by militants as an
attack. The real pipeline and the date grammar; texts written for these tests, with near misses.
"""

from __future__ import annotations

import datetime as dt

from factories import of_type, records_of
from veille.extract.dates import find_dates
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday
ANCHOR = dt.date(2016, 5, 10)


def spans(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.text, m.interval.start, m.interval.end, m.interval.precision) for m in find_dates(text, ANCHOR)
    ]


def test_a_week_of_a_month() -> None:
    assert spans("Police dismantled a cell in the first week of May in Tetouan.") == [
        ("the first week of May", "2016-05-01", "2016-05-07", "week")
    ]
    assert spans("It happened during the last week of February 2016.") == [
        ("the last week of February 2016", "2016-02-23", "2016-02-29", "week")
    ]
    assert spans("in the second week of June") == [
        ("the second week of June", "2015-06-08", "2015-06-14", "week")
    ]
    # near miss: "last week" of something else is no month's week
    assert spans("She said last week of the plan that it was over.") == []


def test_a_stretch_told_by_its_length_and_last_day(pipeline: Pipeline) -> None:
    text = (
        "Troops killed 20 militants in a three-day operation that ended on Sunday in North Waziristan, the "
        "army said."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "ct_operation")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-06", "2016-05-08")
    text = "Islamist gunmen killed 21 people in a three-day siege of a shopping mall that ended on Sunday."
    (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-06", "2016-05-08")
    # with no length, on or before its last day
    text = (
        "Troops killed 20 militants in an operation that ended on Sunday in North Waziristan, the army said."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "ct_operation")
    assert (rec["date"]["start"], rec["date"]["end"], rec["date"]["precision"]) == (
        None,
        "2016-05-08",
        "unknown",
    )
    # near miss: the end of another stretch, the happening told after it
    text = (
        "Militants attacked a checkpoint in Borno on Monday, days after an "
        "army offensive that ended on Friday."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-09", "2016-05-09")


def test_a_claim_told_on_its_day_does_not_date_the_attack(pipeline: Pipeline) -> None:
    text = "The Taliban on Monday claimed responsibility for a bombing that killed five soldiers in Helmand."
    (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
    assert (rec["date"]["start"], rec["date"]["end"], rec["date"]["precision"]) == (
        None,
        "2016-05-09",
        "unknown",
    )
    # near miss: a day of the words before the claim dates what they tell
    text = (
        "Gunmen ambushed a police patrol in Helmand on Saturday, killing four officers. The Taliban claimed "
        "responsibility on Sunday."
    )
    (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
    assert rec["date"]["start"] == "2016-05-07"


def test_a_siege_of_a_hotel_by_militants_is_an_attack(pipeline: Pipeline) -> None:
    text = "The siege of a hotel in Bamako by jihadists ended on Saturday with 20 people dead."
    (rec,) = of_type(records_of(pipeline, text, PUB), "attack")
    assert (rec["attack_type"], rec["target_type"]) == ("armed_assault", "business")
    assert rec["date"]["start"] == "2016-05-07"
    # near misses: a city besieged in a war, a siege laid by the state's forces, and the end of a siege
    # told after the attack
    for text in (
        "Syrian troops tightened the siege of Aleppo on Sunday, killing 14 rebels.",
        "The army's siege of the Red Mosque in Islamabad ended with 100 militants killed.",
        "The siege of a school in Hebron by Israeli forces ended on Sunday with two gunmen killed.",
    ):
        assert of_type(records_of(pipeline, text, PUB), "attack") == [], text
    text = (
        "Gunmen stormed a beachfront restaurant in Mogadishu on Thursday, "
        "killing 20 people. Al Shabaab claimed "
        "the attack.\n\nSomali security forces ended the siege of the restaurant on Friday morning."
    )
    assert len(of_type(records_of(pipeline, text, PUB), "attack")) == 1
