"""A bomb only threatened is no means of an attack, and a date before another kind's verb is that
step's (the real pipeline and the rules; the texts are written for these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract import gtd
from veille.pipeline import Pipeline

# -- means -----------------------------------------------------------------------------------------


def test_a_bomb_threat_is_no_bomb() -> None:
    shooting = "The gunman opened fire with a rifle at the club, killing 12 people."
    text = shooting + " Call transcripts show bomb threats and pledges to the group."
    assert gtd.weapon_type(text, gtd.attack_type(text)) == "firearms"
    scare = shooting + " Hours later a bomb scare emptied the station."
    assert gtd.weapon_type(scare, gtd.attack_type(scare)) == "firearms"
    # a bomb set off with the guns still leads
    both = "The gunmen opened fire with rifles and set off a bomb at the gate, killing 12 people."
    assert gtd.weapon_type(both, gtd.attack_type(both)) == "explosives"


def test_a_heading_of_bomb_threats_does_not_make_a_shooting_a_bombing(pipeline: Pipeline) -> None:
    text = (
        "The gunman who killed 12 people at the Blue Room club in Tampa in a terror attack was a "
        "loner, a former colleague told reporters.\n\n"
        "Jon Doe: call transcripts show bomb threats, pledges to Islamic State\n\n"
        "The 31-year-old gunman opened fire with a rifle in the club in the early hours of May 3, "
        "killing 12 people."
    )
    attacks = of_type(records_of(pipeline, text, "2024-05-20"), "attack")
    assert attacks and all(r["weapon_type"] == "firearms" for r in attacks)
    assert all(r["attack_type"] == "armed_assault" for r in attacks)


# -- a date before another kind's verb ------------------------------------------------------------


def test_a_court_day_before_its_verb_does_not_date_the_hijacking(pipeline: Pipeline) -> None:
    text = (
        "LARNACA, Cyprus An Egyptian man accused of hijacking a passenger plane and diverting it to "
        "Cyprus has told police he acted because he wanted to see his former wife.\n\n"
        "The suspect, whom the authorities have identified as a 59-year-old from Alexandria, "
        "surrendered on Tuesday after commandeering a domestic flight with 72 passengers and crew "
        "on board.\n\n"
        "A Larnaca court on Wednesday ordered him to be held in custody for eight days on suspicion "
        "of hijacking, abduction and terrorism-related offences.\n\n"
        "All hostages were released unharmed after a six-hour standoff."
    )
    # published on Thursday 2024-03-14
    attacks = of_type(records_of(pipeline, text, "2024-03-14"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2024-03-12"]


def test_a_date_in_the_clause_of_a_noun_still_dates_the_deed(pipeline: Pipeline) -> None:
    # "... two days ago in a raid on her school": the raid is the kidnapping's own, not a step of
    # another kind after the date
    text = (
        "A schoolgirl kidnapped by Boko Haram militants on Monday in a raid on her school in Chibok "
        "was found alive, the army said on Wednesday."
    )
    attacks = of_type(records_of(pipeline, text, "2024-03-14"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2024-03-11"
