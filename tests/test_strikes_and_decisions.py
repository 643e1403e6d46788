"""A suicide bombing told after a drone strike is its own attack (and the strike is not the
bombing's); the toll of an earlier attack a decision followed is not the attack's told before; the
day of a decision, a resolution or a report is not the happening's (the real pipeline; the texts
are written for these tests)."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

STORY = (
    "KABUL The Taliban named a new leader on Wednesday, after confirming the death of their former "
    "chief in a U.S. drone strike at the weekend.\n\n"
    "Within an hour of the announcement, a Taliban suicide bomber attacked a minibus carrying court "
    "staff west of Kabul, killing as many as 9 people.\n\n"
    "The announcement ended days of confusion during which the Taliban declined to confirm the death "
    "of their chief in a drone strike in Pakistan on Saturday.\n\n"
    "A Taliban spokesman said the attack was in response to the government's decision earlier this "
    "month to hang four Taliban prisoners.\n\n"
    "The decision to hang the prisoners was taken after a suicide attack by the insurgents which "
    "killed at least 58 people in Kabul."
)


def test_a_bombing_after_a_drone_strike_is_its_own_attack(pipeline: Pipeline) -> None:
    recs = records_of(pipeline, STORY, "2016-05-25")
    attacks = [r for r in recs if r["event_type"] == "attack"]
    strikes = [r for r in recs if r["event_type"] == "ct_operation"]
    assert len(attacks) == 1 and len(strikes) == 1
    attack = attacks[0]
    # the bomber's toll, not the earlier attack's (58)
    assert attack["counts"]["killed"] == 9
    assert strikes[0]["counts"]["killed"] in (None, 1)  # the chief it killed, never the 9
    # the day of the announcement, not "earlier this month" (the decision's) nor Saturday (the strike's)
    assert attack["date"]["start"] == "2016-05-25"
    assert attack["date"]["precision"] == "day"


def test_a_strike_told_after_a_bombing_does_not_join_it(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 12 people at a market in Kunduz on Tuesday.\n\n"
        "Hours later, a U.S. drone strike killed a senior Taliban commander in the province."
    )
    recs = records_of(pipeline, text, "2016-06-08")
    assert sorted(r["event_type"] for r in recs) == ["attack", "ct_operation"]
    attack = next(r for r in recs if r["event_type"] == "attack")
    assert attack["counts"]["killed"] == 12


def test_the_end_of_an_assault_stays_with_it(pipeline: Pipeline) -> None:
    text = (
        "Assailants, including suicide bombers, detonated an explosives-laden vehicle and raided a police "
        "training centre in Ghazni, Afghanistan. At least 9 assailants were killed as security forces "
        "repelled the assault."
    )
    recs = records_of(pipeline, text, "2017-11-07")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert recs[0]["counts"]["killed"] == 9


def test_a_report_s_year_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber struck a bus carrying court staff in Kabul, killing 11 people. The new Taliban "
        "chief, who was named in a United Nations report last year as head of the group's courts, "
        "was appointed hours earlier."
    )
    recs = [r for r in records_of(pipeline, text, "2016-05-25") if r["event_type"] == "attack"]
    assert recs and recs[0]["date"]["start"] != "2015-01-01"


def test_the_day_a_ceasefire_was_violated_is_the_violation_s(pipeline: Pipeline) -> None:
    text = (
        "Violating the ceasefire on 5 August, Pakistani troops resorted to heavy firing and mortar "
        "shelling on forward posts along the Line of Control in Poonch."
    )
    recs = records_of(pipeline, text, "2015-08-07")
    assert recs and recs[0]["date"]["start"] == "2015-08-05"


def test_a_bombing_told_as_an_offensive_went_on_takes_its_day(pipeline: Pipeline) -> None:
    text = (
        "The Iraqi army stormed the southern edge of Falluja under U.S. air support on Monday and "
        "captured a police station.\n\n"
        "As government forces pressed their onslaught, suicide bombers driving a car blew themselves up "
        "in the capital, killing 14 people, police said.\n\n"
        "The militias, who took the lead in assaults against Islamic State in other parts of Iraq last "
        "year, have pledged not to take part in the assault on the city itself."
    )
    recs = records_of(pipeline, text, "2016-05-30")
    bombing = next(r for r in recs if r["counts"]["killed"] == 14)
    assert bombing["event_type"] == "attack"
    assert (bombing["date"]["start"], bombing["date"]["precision"]) == ("2016-05-30", "day")


def test_as_takes_the_last_recent_day(pipeline: Pipeline) -> None:
    text = (
        "Iraqi troops stormed Falluja on Monday, two years after the group seized the city on "
        "January 4, 2014.\n\n"
        "As the troops advanced, a suicide bomber killed 6 soldiers at a checkpoint in Samarra."
    )
    recs = [r for r in records_of(pipeline, text, "2016-06-01") if r["counts"]["killed"] == 6]
    assert recs and recs[0]["date"]["start"] == "2016-05-30"


def test_a_question_of_how_we_would_do_it_reports_nothing(pipeline: Pipeline) -> None:
    text = (
        'President Obama on Friday argued for access to encrypted phones. "If there is no key at all, '
        'then how do we arrest the child pornographer, how do we disrupt a terrorist plot?" he said.'
    )
    assert records_of(pipeline, text, "2016-03-12") == []


def test_a_country_ranked_is_no_happening(pipeline: Pipeline) -> None:
    text = (
        "Police searched premises in western Brussels late on Friday.\n\n"
        "Belgium has struggled to contain a threat from hundreds of young men, many with criminal "
        "histories, who have traveled to Syria. For the size of its 11 million population, Belgium has "
        "the biggest contingent of Islamist foreign fighters."
    )
    assert "travel" not in [r["event_type"] for r in records_of(pipeline, text, "2016-04-08")]


def test_a_shooter_named_later_in_the_clause_is_the_suspect(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON President Barack Obama on Sunday described the massacre of 50 people at a gay "
        "nightclub in Orlando as an act of terror. The shooter, who was identified as Florida resident "
        "Omar S. Mateen was killed by police at the nightclub."
    )
    recs = records_of(pipeline, text, "2016-06-12")
    roles = {(a["name"], a["role"], a["legal_status"]) for r in recs for a in r["actors"]}
    assert ("Omar S. Mateen", "perpetrator", "suspect") in roles
    assert all(role != "target" for name, role, _ in roles if name == "Omar S. Mateen")
