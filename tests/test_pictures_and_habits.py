"""Typographic quotes, a doer in a picture, a habit told in the present, a war fought on and a graft
hunt (the real pipeline and the rules; the texts are written for these tests)."""

from __future__ import annotations

import pytest

from factories import of_type, records_of
from veille.extract.counts import aggregate, find_counts
from veille.nlp.ner import SpacyNer
from veille.pipeline import Pipeline

# -- typographic quotes ----------------------------------------------------------------------------


def test_a_curly_apostrophe_keeps_the_city_a_place() -> None:
    ner = SpacyNer.load()
    curly, plain = (
        ner.entities_one(f"On the eve of the massacre at Orlando{mark}s Pulse nightclub, the gunman left.")
        for mark in ("\u2019", "'")
    )
    assert [(e.label, e.text) for e in curly] == [(e.label, e.text) for e in plain]
    assert ("GPE", "Orlando") in [(e.label, e.text) for e in curly]
    # the entity's text is the original's, quotes and all
    said = "Police said Sean O\u2019Brien, 34, was detained in Dublin\u2019s north inner city on Tuesday."
    found = ner.entities_one(said)
    assert ("PERSON", "Sean O\u2019Brien") in [(e.label, e.text) for e in found]
    assert all(e.text == said[e.start : e.end] for e in found)


def test_the_attack_at_a_city_with_a_curly_possessive_is_placed_there(pipeline: Pipeline) -> None:
    text = (
        "PORT ST. LUCIE, Fla. On the morning before the massacre at Orlando\u2019s Pulse gay nightclub, "
        "the gunman shaved his head and seemed agitated, said an acquaintance who saw him that day. "
        "The 29-year-old gunman, who killed 49 people and wounded 53, pledged allegiance to the "
        "Islamic State."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-23"), "attack")
    assert [[loc["city"] for loc in r["locations"]] for r in attacks] == [["Orlando"]]


# -- a doer in a picture ---------------------------------------------------------------------------


def test_a_caption_of_a_suicide_bomber_tells_no_bombing(pipeline: Pipeline) -> None:
    text = (
        "Some 22,000 Islamic State recruits are named in a trove of documents a defector handed to a "
        "television channel. Here, an image of a suicide bomber that was taken from a militant "
        "website associated with Islamic State last year."
    )
    assert of_type(records_of(pipeline, text, "2016-03-10"), "attack") == []
    photo = "Police released a photo of the assailant who was seen with Islamic State militants last year."
    assert of_type(records_of(pipeline, photo, "2016-03-10"), "attack") == []
    # a bomber who struck is still told
    struck = "A suicide bomber killed 12 people at a market in Kabul on Monday, police said."
    assert len(of_type(records_of(pipeline, struck, "2016-03-10"), "attack")) == 1


# -- a habit told in the present -------------------------------------------------------------------


def test_raids_carried_out_by_habit_are_no_raid(pipeline: Pipeline) -> None:
    text = (
        "Rebels say they can tell Russian from Syrian warplanes by the accuracy of their bombing, "
        "the way they fly in pairs, and the fact they carry out raids at night."
    )
    assert of_type(records_of(pipeline, text, "2016-05-22"), "raid") == []
    often = "Government warplanes often carry out raids on rebel towns at night, rebels say."
    assert of_type(records_of(pipeline, often, "2016-05-22"), "raid") == []
    # raids reported are still raids
    done = "Police said they carried out raids on homes of Islamic State suspects in Molenbeek on Tuesday."
    assert len(of_type(records_of(pipeline, done, "2016-05-22"), "raid")) == 1


# -- a war fought on -------------------------------------------------------------------------------


def test_an_offensive_fought_on_through_a_truce_is_no_happening_of_its_day(pipeline: Pipeline) -> None:
    text = (
        "Syrian rebels accused government forces of violating the truce. "
        '"We do not trust them," said Omar Haddad of the Third Coastal Brigade, who says his rebel '
        "group has been fighting a Russian-backed government offensive near the Turkish border "
        "throughout the cessation agreement that came into effect on Feb. 27."
    )
    recs = records_of(pipeline, text, "2016-03-15")
    assert [r for r in recs if r["event_type"] in ("attack", "ct_operation", "raid")] == []
    # an offensive launched on a day is still told
    launched = (
        "Kurdish peshmerga forces launched an offensive on Sunday to retake villages from Islamic State "
        "militants east of Mosul."
    )
    assert len(of_type(records_of(pipeline, launched, "2016-05-30"), "ct_operation")) == 1


# -- a graft hunt ----------------------------------------------------------------------------------


def test_corrupt_officials_brought_home_are_no_repatriation(pipeline: Pipeline) -> None:
    text = (
        "Last year, China pursued and brought home more than 600 suspected corrupt officials in an "
        "operation against graft, as it also steps up its fight against terrorism."
    )
    assert of_type(records_of(pipeline, text, "2016-03-15"), "repatriation") == []
    fighters = (
        "In March, eight nationals were repatriated from Syrian conflict zones, the interior ministry "
        "told parliament, warning of militants returning from Syria."
    )
    assert len(of_type(records_of(pipeline, fighters, "2016-11-02"), "repatriation")) == 1


# -- a toll ranked against the year ---------------------------------------------------------------


def test_the_deadliest_attacks_this_year_keep_their_toll(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Three suicide bombings claimed by Islamic State across Baghdad killed at least 80 "
        "people on Wednesday, police sources said, in the deadliest attacks in the Iraqi capital this "
        "year.\n\n"
        "The first attack, a car bomb at a crowded market in the Sadr City district, killed 55 people "
        "during the morning rush hour and wounded 68."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-11"), "attack")
    assert [r["counts"]["killed"] for r in attacks] == [80]
    # a total over the year is still a period's
    tally = "Bombings have killed at least 800 people in Baghdad this year, police said."
    assert [(m.value, m.period) for m in find_counts(tally, 0) if m.slot == "killed"] == [(800, True)]


# -- a quoted title --------------------------------------------------------------------------------


def test_a_quoted_headline_tells_no_shooting(pipeline: Pipeline) -> None:
    text = (
        "A gunman who pledged allegiance to Islamic State killed 49 people at a nightclub in Orlando "
        "on Sunday, police said.\n\n"
        "The satirical site answered with its usual hybrids, like \u201cConcerned Lobby Official Rushes "
        "Out To Purchase Senator Following Mass Shooting.\u201d"
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-15"), "attack")
    assert [[e["text"][:8] for e in r["evidence"]] for r in attacks] == [["A gunman"]]
    # a quote of a witness, in ordinary case, still tells
    said = '"The gunmen shot dead twelve people in the market," a witness said of the militants on Tuesday.'
    assert len(of_type(records_of(pipeline, said, "2016-06-15"), "attack")) == 1


# -- an attack recalled, named back ----------------------------------------------------------------


def test_the_attack_named_back_after_one_recalled_is_no_new_record(pipeline: Pipeline) -> None:
    text = (
        "BOSTON A state governor was honored on Sunday for welcoming a family of refugees.\n\n"
        "He invited the family to settle in his state a week after the November 13 attack by Islamic "
        "militants that killed 130 people in Paris. At least one of the attackers is believed to have "
        "held a forged passport.\n\n"
        "The attack prompted governors in more than half the states to oppose the settlement of "
        "refugees."
    )
    assert of_type(records_of(pipeline, text, "2016-05-02"), "attack") == []
    # an attack of the story, named back, still is one record with its sentences
    told = (
        "Gunmen killed 12 people at a market in Maiduguri on Sunday, police said. The attack prompted "
        "the governor to impose a curfew."
    )
    attacks = of_type(records_of(pipeline, told, "2016-05-02"), "attack")
    assert [len(r["evidence"]) for r in attacks] == [2]
    # ... and so is one told before the recall
    before = (
        "NICE, France A truck driver killed 80 people in Nice late on Thursday, officials said. It came "
        "eight months after Islamic State gunmen struck the French capital on a Friday evening. The "
        "attack seemed to be the work of a lone assailant."
    )
    attacks = of_type(records_of(pipeline, before, "2016-07-15"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-07-14"]


# -- an attack made with the one before ------------------------------------------------------------


def test_a_coordinated_attack_takes_the_date_of_the_one_before(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL Three suicide bombers blew themselves up at the city's main airport on Tuesday, "
        "killing 36 people, in an attack blamed on Islamic State.\n\n"
        "The attack resembled a suicide bombing by Islamic State militants at Brussels airport in "
        "March which killed 16 people. A coordinated attack also targeted a rush-hour metro train, "
        "killing a further 16 people in the Belgian capital."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-29"), "attack")
    metro = [r for r in attacks if "metro" in r["evidence"][0]["text"]]
    assert [(r["date"]["start"], r["date"]["precision"]) for r in metro] == [("2016-03-01", "month")]


# -- where diplomats met ---------------------------------------------------------------------------


def test_the_town_of_talks_does_not_place_the_bombing(pipeline: Pipeline) -> None:
    text = (
        "Syrian rebels accused Russia of bombing civilians. The talks take place as the U.S. "
        "Secretary of State leads a diplomatic push in Munich to rescue peace efforts, which are "
        "being held despite Russian bombing raids around the city of Aleppo on Thursday."
    )
    attacks = of_type(records_of(pipeline, text, "2016-02-11"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["Aleppo"]]
    # the venue attacked is the attack's place
    hotel = "A suicide bomber attacked a hotel hosting peace talks in Mogadishu on Thursday, police said."
    attacks = of_type(records_of(pipeline, hotel, "2016-02-11"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["Mogadishu"]]


# -- a toll and its parts ----------------------------------------------------------------------------


def test_parts_that_make_the_total_are_not_added_to_it() -> None:
    text = (
        "Dozens of fighters stormed the town on Monday in a raid that killed at least 50 people, "
        "including civilians. Soldiers killed 33 militants and arrested six, the ministry said. "
        "Hospital sources said at least seven civilians were killed along with ten soldiers."
    )
    assert aggregate(find_counts(text, 0))["killed"] == 50
    # the attackers killed on top of a toll of victims are still added, as the GTD does
    more = "The raid killed at least 50 people. Soldiers killed 12 militants, the ministry said."
    assert aggregate(find_counts(more, 0))["killed"] == 62
    # a count along with another in its clause is that one's part, not one on top of the toll
    along = "The blast killed 20 people. Police said seven civilians were killed along with ten soldiers."
    assert aggregate(find_counts(along, 0))["killed"] == 20
    # ... and with none before it in its sentence it is still added ("along with his driver")
    assert aggregate(find_counts("The commander was killed along with his driver.", 0))["killed"] == 2
    # counts on top of others stay on top: an attacker told again is counted once, more dead added
    again = "The assailant was shot dead by police. In addition to the assailant, 28 people were killed."
    assert aggregate(find_counts(again, 0))["killed"] == 29
    more = "The bombing killed 25 people. Police said 3 children were killed, and 2 more died overnight."
    assert aggregate(find_counts(more, 0))["killed"] == 27


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the victims and the attackers told together make the total, when it is everyone's
        (
            "Military sources said 35 people died in attacks on four towns. There were 26 peasants "
            "killed, and 9 rebels died at the hands of the civilian militia.",
            35,
        ),
        # ... and when they do not, the attackers are still added
        ("The attack killed 30 people. There were 26 peasants killed, and 9 rebels died.", 39),
        # those named back opening "In addition to ..." were counted before: what follows comes on top
        ("Two soldiers were killed in an ambush. In addition to the two soldiers, a civilian was killed.", 3),
        ("Two soldiers were killed. In addition to the two soldiers, the attackers killed a civilian.", 3),
        # ... or in another slot: the wounded policemen are none of the dead
        ("Five policemen were wounded. In addition to the five policemen, two civilians were killed.", 2),
        # one more attacker told by an ordinal is an attacker, added as the GTD does
        ("Twelve people were killed in the attack. A third assailant was shot dead by police.", 13),
        (
            "Two suicide bombers blew themselves up at a rally. A third assailant was shot and killed. In "
            "addition to the three assailants, at least 80 people were killed.",
            83,
        ),
        # ... after as many before as its ordinal counts
        ("Soldiers killed two militants in a raid on Sunday. A third militant was shot dead later.", 3),
        # the whole toll ("In all, ...") holds the attackers
        ("A third bomber was killed before he could detonate. In all, 37 people were killed.", 37),
        # ... not a whole of the victims only, nor one that counts the attackers apart
        ("Police shot dead the two gunmen. In all, 37 civilians were killed.", 39),
        ("Police shot two gunmen dead. All told, 37 people, not including the attackers, were killed.", 39),
    ],
)
def test_tolls_told_in_parts_and_wholes(text: str, killed: int) -> None:
    assert aggregate(find_counts(text, 0))["killed"] == killed


# -- a clause that dates another noun ----------------------------------------------------------------


def test_the_day_an_intervention_began_does_not_date_the_alert(pipeline: Pipeline) -> None:
    text = (
        "A man blew himself up and two others were shot dead as they attacked a police station in "
        "southern Russia, security forces said. Russia has been on especially high alert for terrorist "
        "attacks following its military intervention in Syria that began last September."
    )
    warnings = of_type(records_of(pipeline, text, "2016-04-11"), "warning")
    assert [r["date"]["precision"] for r in warnings] == ["unknown"]
    # an offensive's own clause still dates it
    own = "Kurdish forces said the offensive, which began on Sunday, had retaken villages from Islamic State."
    operations = of_type(records_of(pipeline, own, "2016-04-11"), "ct_operation")
    assert [r["date"]["start"] for r in operations] == ["2016-04-10"]
    # ... and so does one after the attack's complement
    siege = (
        "Jihadists killed 20 people in the attack on the Radisson Blu hotel in Bamako that ended on "
        "Saturday, officials said."
    )
    attacks = of_type(records_of(pipeline, siege, "2015-11-23"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2015-11-21"]


def test_an_attack_feared_is_none(pipeline: Pipeline) -> None:
    text = (
        "The government insists conscription is vital for national security, saying that it fears "
        "attack by its far bigger neighbour, with which it fought a war that ended in June 2000, "
        "militants said last year."
    )
    assert of_type(records_of(pipeline, text, "2016-02-25"), "attack") == []
    fled = "Residents fled fearing an attack by Boko Haram militants on Monday."
    assert of_type(records_of(pipeline, fled, "2016-02-25"), "attack") == []
