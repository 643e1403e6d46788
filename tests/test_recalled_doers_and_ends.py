"""Happenings recalled beside the story's own, the ends of a siege, doers named by a group or by
"who", and days that belong to mourning or to a meeting (the real pipeline; the texts are written
for these tests)."""

from __future__ import annotations

from typing import Any

from factories import evidence_of, main_type, of_type, records_of
from veille.extract import gtd
from veille.extract.asides import recalled_spans
from veille.pipeline import Pipeline


def _names(rec: dict[str, Any]) -> set[str]:
    return {loc["name"] for loc in rec["locations"]}


# -- a sentence that names the town of a happening told before is not the current one's -----------


def test_the_toll_of_the_storys_town_stays_off_an_attack_recalled_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "Two police officers were killed and four wounded in an ambush on Sunday in Tulsa, authorities "
        "said. The governor called the ambush an act of terrorism. The deaths came as police mourned "
        "colleagues killed by a sniper who targeted officers at a march in Memphis. The two deaths Sunday "
        "in Tulsa brought the number of officers killed in the line of duty to 21 this year."
    )
    recs = records_of(pipeline, text, "2016-08-08")
    tulsa = [r for r in of_type(recs, "attack") if "Tulsa" in _names(r)]
    assert len(tulsa) == 1
    memphis = [r for r in of_type(recs, "attack") if "Memphis" in _names(r)]
    assert len(memphis) == 1
    assert "The two deaths Sunday in Tulsa" not in evidence_of(memphis[0])
    assert memphis[0]["counts"]["killed"] not in {2, 21}


def test_not_long_after_told_mid_sentence_recalls_another_happening() -> None:
    assert recalled_spans(
        "The deaths came in a deadly year, and not long after a gunman targeted police in Memphis."
    )
    # (told first, it dates what follows: the sentence's own happening; nor does the recall run
    # past its clause, nor take the first of a series)
    assert not recalled_spans("Not long after the blast, a second bomb went off near the market.")
    text = "A second bomb exploded not long after the first, killing five more people."
    assert not any(a <= text.index("killing") < b for a, b in recalled_spans(text))


# -- whom an attack was aimed at: not the doers' inspiration, ties or the force that ended it -----


def test_militants_who_inspired_the_doers_are_no_target() -> None:
    text = (
        "The Dec. 9 attack in Fresno was inspired by Islamist militants, and the FBI wants to read the "
        "phone to investigate any links with militant groups. The couple shot and killed 11 people before "
        "they themselves were killed in a shootout with police."
    )
    assert gtd.target_type(text, 8) not in {"terrorists_non_state_militia", "police"}
    # (a gunfight with the police told as the attack itself still aims at them)
    assert gtd.target_type("A gunman opened a shootout with police outside the station.", 4) == "police"


def test_a_veteran_reporter_is_no_soldier() -> None:
    text = "The militants beheaded two nationals - a security consultant and a veteran war reporter."
    assert gtd.target_type(text, 15) != "military"
    assert gtd.target_type("A gunman shot dead an Army veteran outside his home.", 10) == "military"
    assert gtd.target_type("Gunmen shot dead a veteran outside his home.", 10) == "military"


# -- days of mourning and of meetings are not the deed's -----------------------------------------


def test_the_day_mourners_wept_at_funerals_is_not_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "TOLEDO, Ohio Families of some of the 12 people killed at a concert hall in the worst bombing in "
        "the state's history wept at funerals on Friday, as FBI agents questioned a friend of the bomber. "
        "The bomber, who pledged allegiance to Islamic State, died in the blast."
    )
    recs = records_of(pipeline, text, "2016-06-18")
    attacks = of_type(recs, "attack")
    assert attacks
    assert all(r["date"]["start"] != "2016-06-17" for r in attacks)
    # the agents who questioned a friend worked the case; they were not attacked
    roles = {(a["name"], a["role"]) for r in attacks for a in r["actors"]}
    assert ("Federal Bureau of Investigation", "target") not in roles


def test_a_meeting_with_survivors_does_not_date_the_attack(pipeline: Pipeline) -> None:
    text = (
        "A gunman who pledged allegiance to Islamic State killed 20 people at a nightclub in Tampa, "
        "Florida. The governor, who met survivors of the shooting and families of the dead in Tampa on "
        "Thursday, urged calm."
    )
    recs = records_of(pipeline, text, "2016-06-18")
    attacks = of_type(recs, "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["start"] != "2016-06-16"


# -- the end of a siege, a person seized, an arrest of a day of its own ---------------------------


def test_hostages_freed_the_next_day_end_the_siege(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO Gunmen from an al Qaeda-linked group stormed a hotel in Bamako on Friday night and held "
        "guests at gunpoint. Security forces entered the hotel early Saturday and freed 80 hostages, "
        "officials said. The president said 19 people were killed and 30 wounded."
    )
    recs = records_of(pipeline, text, "2016-01-17")
    attacks = of_type(recs, "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["start"] == "2016-01-15"
    assert attacks[0]["counts"]["killed"] == 19


def test_a_person_seized_is_arrested() -> None:
    assert main_type("The most wanted man was seized at a flat in Lyon on Friday.") == "arrest"
    assert main_type("Police seized weapons and explosives at a flat in Lyon on Friday.") == "raid"
    # (one seized by gunmen is taken hostage)
    assert main_type("Two French women were seized by gunmen in northern Mali on Friday.") != "arrest"


def test_an_arrest_months_after_an_attack_is_a_happening_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Police knew that the suspected sole survivor of November's suicide attacks on Paris, "
        "claimed by Islamic State, might help plot another attack. It was the afternoon of Friday, March 18, "
        "when the most wanted man was seized at a house in the Molenbeek neighborhood."
    )
    recs = records_of(pipeline, text, "2016-03-28")
    arrests = of_type(recs, "arrest")
    assert len(arrests) == 1
    assert arrests[0]["date"]["start"] == "2016-03-18"


# -- a group's deed of a day of its own, a doer identified later ---------------------------------


def test_a_named_groups_deed_of_another_year_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "TOKYO The government said on Monday it was doing all it could to free a Japanese journalist held "
        "hostage by al-Shabaab in Somalia. Early in 2015, the Islamic State militant group beheaded two "
        "Japanese nationals."
    )
    recs = records_of(pipeline, text, "2016-05-30")
    attacks = of_type(recs, "attack")
    assert len(attacks) == 2
    beheading = [r for r in attacks if (r["date"]["start"] or "").startswith("2015")]
    assert len(beheading) == 1
    assert {a["name"] for a in beheading[0]["actors"] if a["role"] == "perpetrator"} == {"Islamic State"}


def test_a_doer_identified_on_a_later_day_is_of_the_attack_told(pipeline: Pipeline) -> None:
    text = (
        "On Friday a bomb attack at a Shi'ite mosque in Hofuf killed four people and injured 18. "
        "A website of the ministry listed two citizens as detained on Jan. 25. The ministry on Saturday "
        "identified one of the attackers as Ali Hassan, a 22-year-old citizen, who detonated an explosive "
        "vest outside the mosque."
    )
    recs = records_of(pipeline, text, "2016-01-31")
    attacks = of_type(recs, "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["start"] == "2016-01-29"


# -- a state things were in, the town where a deed was judged -------------------------------------


def test_police_who_had_been_on_alert_issued_no_warning() -> None:
    assert main_type("Belgian police had been on alert for any reprisal action.") is None
    assert main_type("Belgian police were placed on alert for any reprisal action.") == "warning"
    # (not a place someone had been in, before a state declared)
    text = "The president had been in Paris when a state of emergency was declared on Friday."
    assert main_type(text) == "warning"


def test_the_town_where_a_statement_judged_the_attack_is_not_its_place(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed four people at a bus station in a government-held district on Tuesday, "
        "state television said. In Geneva, a statement by the Red Cross called the bombing unacceptable "
        "and said it pushed the city closer to disaster."
    )
    recs = records_of(pipeline, text, "2016-04-28")
    attacks = of_type(recs, "attack")
    assert attacks
    assert all("Geneva" not in _names(r) for r in attacks)


def test_an_attack_likened_to_another_keeps_its_own_toll() -> None:
    from veille.extract.asides import aside_spans

    text = (
        "Saturday's attack on the main square appeared similar to a January suicide bombing blamed on "
        "Islamic State that killed at least 12 tourists in the city."
    )
    spans = aside_spans(text, [(0, len(text))], 10)
    assert any(a <= text.index("12 tourists") < b for a, b in spans)


def test_a_funeral_as_the_venue_keeps_its_day(pipeline: Pipeline) -> None:
    text = "A suicide bomber blew himself up at a funeral in Kabul on Tuesday, killing 18 people."
    attacks = of_type(records_of(pipeline, text, "2016-06-23"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-06-21"]


def test_a_town_named_first_where_the_deed_is_told_stays_its_place(pipeline: Pipeline) -> None:
    text = (
        "In Kabul, Taliban gunmen stormed a hotel on Tuesday and killed 12 guests in what officials called "
        "the deadliest attack this year."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-23"), "attack")
    assert attacks and all("Kabul" in _names(r) for r in attacks)


def test_a_likened_attack_told_between_commas_leaves_the_toll_after_it() -> None:
    from veille.extract.asides import aside_spans

    text = "The blast, similar to a suicide bombing that hit the city in January, killed 12 people."
    spans = aside_spans(text, [(0, len(text))], 4)
    assert any(a <= text.index("January") < b for a, b in spans)
    assert not any(a <= text.index("killed 12") < b for a, b in spans)


def test_an_attack_likened_to_another_in_a_later_sentence_keeps_its_own_toll(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber wounded 20 people on a shopping street in Istanbul on Saturday, officials said. "
        "Saturday's attack appeared similar to a January suicide bombing blamed on Islamic State that "
        "killed at least 12 tourists in the city."
    )
    attacks = [
        r
        for r in of_type(records_of(pipeline, text, "2016-03-20"), "attack")
        if r["date"]["start"] == "2016-03-19"
    ]
    assert len(attacks) == 1
    assert attacks[0]["counts"]["killed"] != 12
