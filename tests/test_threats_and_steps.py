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


# -- places of an aside, words of a newspaper, a senate, an air base --------------------------------


def test_a_town_in_a_lapse_aside_does_not_make_the_attack_another(pipeline: Pipeline) -> None:
    text = (
        "A truck ploughed into a crowd on the seafront in Nice on Thursday night, killing 84 people.\n\n"
        "Police arrested two more people on Friday.\n\n"
        "Thursday night's attack plunged France into grief just eight months after gunmen killed 130 "
        "people in Paris."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-16"), "attack")
    nice = [r for r in attacks if any(loc["name"] == "Nice" for loc in r["locations"])]
    assert len(nice) == 1 and nice[0]["counts"]["killed"] == 84
    # the Thursday sentence is the Nice attack's, not an attack in France that killed one
    assert not [r for r in attacks if r["date"]["start"] == "2016-07-14" and r is not nice[0]]


def test_what_prosecutors_tell_a_newspaper_and_a_senate_trial_are_no_court_steps() -> None:
    from factories import main_type

    assert main_type("Belgian prosecutors told DH that they had found no link to terrorism.") is None
    assert main_type("Prosecutors told the court the men had planned to bomb the station.") is not None
    assert main_type("She is unlikely to be acquitted in the Senate trial.") is None
    assert main_type("The court acquitted the three men of terrorism charges.") == "acquittal"


def test_an_air_base_captured_is_ground_taken_not_people() -> None:
    from factories import main_type

    assert (
        main_type("Kurdish fighters and their allies have captured a military air base in Syria.") != "arrest"
    )
    assert main_type("Police captured two militants near the border.") == "arrest"


def test_a_listed_attack_with_its_own_time_is_a_record_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN Danish police said on Thursday they had arrested four people near Copenhagen "
        "who they suspect were recruited by Islamic State in Syria to commit violence.\n\n"
        "Danish authorities have been on high alert since two people were killed in shooting attacks "
        "on a free speech event and a synagogue in Copenhagen in February last year.\n\n"
        "Islamic State has claimed responsibility for bombings that killed 32 people in Brussels last "
        "month and attacks in Paris on November that killed 130 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-07"), "attack")
    by_town = {loc["name"]: r for r in attacks for loc in r["locations"]}
    assert by_town["Brussels"] is not by_town["Paris"]
    assert by_town["Brussels"]["counts"]["killed"] == 32
    assert by_town["Paris"]["counts"]["killed"] == 130
    assert by_town["Paris"]["date"]["start"] == "2015-11-01"


def test_on_a_month_no_word_shares_is_the_month() -> None:
    import datetime as dt

    from veille.extract.dates import find_dates

    got = [
        (m.text, m.interval.start) for m in find_dates("attacks in Paris on November", dt.date(2016, 4, 7))
    ]
    assert got == [("November", "2015-11-01")]
    assert find_dates("He relied on May for support.", dt.date(2016, 4, 7)) == []
    assert find_dates("The vote on June was close.", dt.date(2016, 4, 7)) == []
