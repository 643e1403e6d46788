"""Harm made fatal by its adverb ("were fatally shot", "was mortally wounded"), a superlative that
is no period tally ("one of the worst shootings in recent U.S. history"), a rate that is no count
("one killed every 25 minutes"), and a truck driven into a crowd as the weapon."""

from __future__ import annotations

from factories import records_of
from veille.extract.counts import aggregate, find_counts
from veille.pipeline import Pipeline


def _counts(text: str) -> dict[str, int | None]:
    return {k: v for k, v in aggregate(find_counts(text, 0)).items() if v is not None}


def test_fatally_shot_and_mortally_wounded_are_killed() -> None:
    assert _counts("Four police officers were fatally shot on Thursday.") == {"killed": 4}
    assert _counts("Gunmen fatally shot two guards and wounded five.") == {"killed": 2, "wounded": 5}
    assert _counts("Two soldiers were mortally wounded and three were seriously wounded.") == {
        "killed": 2,
        "wounded": 3,
    }


def test_other_adverbs_still_leave_the_wounded_wounded() -> None:
    assert _counts("Two people were critically wounded.") == {"wounded": 2}
    assert _counts("Three officers were seriously injured.") == {"wounded": 3}


def test_a_superlative_in_recent_history_is_no_period_tally() -> None:
    text = (
        "Four police officers were fatally shot and seven wounded in one of the worst shootings of "
        "police in recent U.S. history. Two snipers shot 11 officers, killing three."
    )
    assert _counts(text) == {"killed": 4, "wounded": 7}


def test_a_tally_in_recent_months_is_still_one() -> None:
    (m,) = [m for m in find_counts("Militants have killed 40 soldiers in recent months.", 0)]
    assert m.period


def test_the_dallas_sniper_record_counts_four_dead(pipeline: Pipeline) -> None:
    text = (
        "DALLAS Four police officers were fatally shot and seven wounded in one of the worst "
        "shootings of police in recent U.S. history, by snipers who targeted them during rallies in "
        "Dallas.\n\nDallas Police Chief David Brown told a news conference that two snipers in "
        "elevated positions shot 11 officers, killing three, in what appeared to be a coordinated "
        "attack. A fourth officer died, police said later."
    )
    records = [r for r in records_of(pipeline, text, "2016-07-08") if r["event_type"] == "attack"]
    assert records
    assert records[0]["counts"]["killed"] == 4
    assert records[0]["counts"]["wounded"] == 7


def test_a_truck_attack_is_a_vehicle_attack(pipeline: Pipeline) -> None:
    text = (
        "Islamic State claimed responsibility for the truck attack on the French city of Nice, "
        "which claimed the lives of at least 84 people."
    )
    (r,) = records_of(pipeline, text, "2016-07-16")
    assert r["weapon_type"] == "vehicle"
    assert r["attack_type"] == "unarmed_assault"


def test_a_truck_bomb_attack_is_still_a_bombing(pipeline: Pipeline) -> None:
    text = "A truck bomb attack on a police station in Kabul killed 12 people on Friday."
    (r,) = records_of(pipeline, text, "2016-07-16")
    assert r["weapon_type"] == "explosives"
    assert r["attack_type"] == "bombing"


def test_a_rate_is_no_count() -> None:
    text = (
        "The chief U.N. envoy to Syria broke it down in a stark tally covering recent days - an "
        "average of one Syrian killed every 25 minutes, one wounded every 13 minutes."
    )
    assert _counts(text) == {}
    assert _counts("Two soldiers were killed every day last week, and three were killed on Monday.") == {
        "killed": 3
    }


def test_a_toll_foreseen_is_no_toll() -> None:
    assert _counts("A security official said the death toll could rise to as high as 40.") == {}
    assert _counts("The death toll is expected to rise to 40.") == {}
    assert _counts("The death toll from the blast has risen to 19, officials said.") == {"killed": 19}


def test_a_count_of_weeks_before_the_happening_is_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A suicide bomber killed 10 tourists in Istanbul on Tuesday. One person was "
        "detained late on Tuesday as part of the investigation into the blast, the minister said. "
        "He defended Turkey's record in fighting Islamic State, saying 200 suspects had been "
        "detained just a week before the blast."
    )
    arrested = {r["counts"]["arrested"] for r in records_of(pipeline, text, "2016-01-13")}
    assert 1 in arrested
    assert 200 not in arrested
