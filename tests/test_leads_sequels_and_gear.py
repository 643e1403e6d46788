"""A lead's dates that name another happening, weeks read both ways, the end of an attack told
again, the sequel of a recalled attack, the object of a clause, the police's bomb gear and a state
named only as an address (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

import datetime as dt

from factories import evidence_of, main_type, of_type, records_of
from veille.extract.counts import find_counts
from veille.extract.dates import find_dates
from veille.pipeline import Pipeline

# -- the lead: a date in the possessive names its own happening; the date nearest the deed -------


def test_a_leads_possessive_date_of_another_towns_attack_does_not_date_this_one(pipeline: Pipeline) -> None:
    text = (
        "ANTWERP Dutch police have detained four people suspected of ties to the Rotterdam bombings, "
        "including the last fugitive of last year's Madrid attacks, prosecutors said Saturday. "
        "Investigators want to know whether one of them is the man who escaped the Rotterdam attacks "
        "while two suicide bombers blew themselves up at the station and in a tram."
    )
    recs = records_of(pipeline, text, "2017-05-13")
    attacks = of_type(recs, "attack")
    assert len(attacks) == 1
    date = attacks[0]["date"]
    # neither last year (the Madrid attacks') nor the day the detentions were told
    assert date["precision"] != "year"
    assert date["start"] != "2017-05-13"


def test_a_leads_date_nearest_the_deed_dates_an_attack_named_later(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON The U.S. Senate on Wednesday voted down a proposal to expand the FBI's surveillance "
        "powers, two weeks after the mass shooting at a Denver nightclub on May 1.\n\n"
        "The measure followed the Senate's rejection on Monday of four measures that would have "
        "restricted gun sales.\n\n"
        "Privacy groups accused senators of exploiting the Denver shooting to build support for "
        "unrelated laws.\n\n"
        "Though senators invoked the Denver shooting in support of the bill, the FBI said the gunman's "
        "records were fully reviewed by agents who investigated him twice for possible extremist ties."
    )
    recs = records_of(pipeline, text, "2017-05-17")
    (attack,) = of_type(recs, "attack")
    # the shooting's day, not the vote's
    assert (attack["date"]["start"], attack["date"]["precision"]) == ("2017-05-01", "day")


def test_last_week_holds_the_sunday_that_opens_a_north_american_week() -> None:
    wednesday = dt.date(2016, 6, 22)
    (m,) = find_dates("The shooting at the club last week killed 49 people.", wednesday)
    assert (m.interval.start, m.interval.end, m.interval.precision) == ("2016-06-12", "2016-06-19", "week")
    (m,) = find_dates("Arrests were made this week.", wednesday)
    assert (m.interval.start, m.interval.end) == ("2016-06-19", "2016-06-26")
    # (a part of the week is counted from its Monday: "late last week" is its last four days)
    (m,) = find_dates("Arrests were made late last week.", wednesday)
    assert m.interval.start == "2016-06-16"


# -- the end of an attack told right after the sentence that tells the attack again ---------------


_CAFE = (
    "DHAKA Officials offered help to investigate the killing of 20 people at a cafe, as police examine "
    "how the attackers were radicalised. Police said all five gunmen killed in Friday's attack were "
    "locals, leaving the authorities rattled. The minister told reporters that home-grown militants "
    "were to blame. He said two of the attackers had been missing for months. The gunmen stormed into "
    "the cafe late on Friday, before killing at least 20 people. Five were killed and a sixth suspect "
    "was captured and is in hospital."
)


def test_a_capture_right_after_the_attack_told_again_is_its_end(pipeline: Pipeline) -> None:
    recs = records_of(pipeline, _CAFE, "2016-07-04")
    assert of_type(recs, "arrest") == []
    (attack,) = of_type(recs, "attack")
    assert "a sixth suspect was captured" in evidence_of(attack)


def test_an_arrest_after_the_attack_told_again_with_no_day_is_the_hunt(pipeline: Pipeline) -> None:
    text = _CAFE.replace(" late on Friday", "").replace(
        "Five were killed and a sixth suspect was captured and is in hospital.",
        "Police have since arrested two men who sold them weapons.",
    )
    recs = records_of(pipeline, text, "2016-07-04")
    (arrest,) = of_type(recs, "arrest")
    assert arrest["counts"]["arrested"] == 2


def test_the_sequel_of_an_attack_recalled_as_a_yardstick_is_not_the_storys(pipeline: Pipeline) -> None:
    text = _CAFE + (
        " The cafe attack was the worst since 2004, when the group set off a series of bombs across the "
        "country. Subsequent suicide attacks on courthouses killed at least 25 people."
    )
    recs = records_of(pipeline, text, "2016-07-04")
    (attack,) = of_type(recs, "attack")
    assert "Subsequent suicide attacks" not in evidence_of(attack)
    assert not attack["suicide"]
    assert attack["counts"]["killed"] is not None and attack["counts"]["killed"] < 45


# -- the object of a clause, and the police's gear, do no attack --------------------------------


def test_a_militant_whom_the_army_tried_to_kill_is_no_attacker() -> None:
    sentence = "A senior militant whom the army tried to kill in an airstrike has died of his wounds."
    assert main_type(sentence) != "attack"
    # (the militant as the doer still attacks)
    assert main_type("A senior militant who tried to kill a judge has been shot dead.") == "attack"


def test_the_polices_bomb_gear_is_no_bombing() -> None:
    for sentence in (
        "The police did not say how the bomb-defusing robot killed the suspect.",
        "Bomb dogs swept the stadium before the match.",
        "An officer in a bomb suit approached the car.",
    ):
        assert main_type(sentence) != "attack", sentence
    assert main_type("A bomb exploded near the stadium, killing two people.") == "attack"
    # (the police's own deed with a bomb is an operation)
    assert main_type("The police later killed the gunman with a bomb carried by a robot.") == "ct_operation"


# -- a state named only in an address does not pull a major city into it ------------------------


def test_a_state_named_in_an_address_does_not_move_a_major_city(pipeline: Pipeline) -> None:
    text = (
        "DALLAS A sniper shot dead five police officers at a protest march in Dallas on Thursday night in "
        "an attack the mayor called an act of terrorism. The police later killed the gunman with a bomb "
        "carried by a robot, which a retired police chief from Springfield, Missouri, said was the only "
        "option. Dallas police said the gunman had planned a larger attack."
    )
    recs = records_of(pipeline, text, "2016-07-09")
    places = [loc for r in recs for loc in r["locations"] if loc["name"] and "Dallas" in loc["name"]]
    assert places
    assert {loc["admin1"] for loc in places} == {"Texas"}


# -- tolls: lives saved are no dead, and the doers' claim yields to the others' count -------------


def test_lives_saved_are_not_counted_as_killed() -> None:
    text = "One officer was hurt, but the decision to storm the club saved at least 30 lives, the chief said."
    assert [m.slot for m in find_counts(text)] == ["wounded"]
    assert find_counts("Police saved the lives of 12 people.") == []
    assert [(m.slot, m.value) for m in find_counts("The blast claimed 30 lives.")] == [("killed", 30)]


def test_the_doers_claimed_toll_yields_to_the_toll_others_give(pipeline: Pipeline) -> None:
    text = (
        "MANILA Islamic State said it was behind an attack by suicide bombers and gunmen in the heart of "
        "Davao on Thursday. Just seven people were killed despite multiple blasts and a gunfight, and "
        "five of them were the attackers themselves, police said.\n\n"
        '"Soldiers of the caliphate targeted a gathering of the crusaders in Davao," the group said in a '
        "statement. It added that 15 people were killed."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-01-15"), "attack")
    assert attack["counts"]["killed"] == 7
    # (alone, the claim is the only toll told, and is kept)
    alone = text.replace(
        "Just seven people were killed despite multiple blasts and a gunfight, and five of "
        "them were the attackers themselves, police said.",
        "Police gave no toll.",
    )
    (attack,) = of_type(records_of(pipeline, alone, "2016-01-15"), "attack")
    assert attack["counts"]["killed"] == 15


def test_a_statement_that_no_group_claimed_the_attack_is_no_claim_of_a_toll(pipeline: Pipeline) -> None:
    text = (
        "QUETTA At least 12 people were killed in the blast at the market on Monday, police said. No group "
        "has claimed responsibility, the interior ministry said. It added that 15 people were killed."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-03-28"), "attack")
    assert attack["counts"]["killed"] == 15  # the ministry's later toll, not a claim of the doers


def test_a_leads_possessive_date_dates_an_attack_told_with_no_town(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Police on Monday arrested a suspect in last week's Brussels bombing. The bomb tore "
        "through a metro carriage, killing 12."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-03-28"), "attack")
    assert attack["date"]["precision"] == "week"


def test_last_week_in_a_sundays_story_runs_to_the_day_before() -> None:
    sunday = dt.date(2016, 6, 19)
    (m,) = find_dates("Arrests were made last week.", sunday)
    assert (m.interval.start, m.interval.end) == ("2016-06-06", "2016-06-18")


def test_lives_that_could_not_be_saved_are_counted() -> None:
    assert [(m.slot, m.value) for m in find_counts("Surgeons could not save the lives of three people.")] == [
        ("killed", 3)
    ]
