"""Words of a war that tell no happening of a day: its ebb and its persistence, a campaign begun,
the air power behind an advance, a side described by its fighting, a battle to come or fought in
general, a state endured, an operation only wished for, arms listed, and battles that are no war at
all (the real pipeline; the texts are written for these tests).

Each case is an undated or dated sentence of war talk followed by one arrest of the field: only the
arrest may be a record. The close cases keep the rules from reaching real happenings.
"""

from __future__ import annotations

from typing import Any

import pytest

from veille.io.read import article_from_json
from veille.pipeline import Pipeline

_FIELD = " Police arrested three suspected Islamic State militants in Peshawar on Monday, the ministry said."


def records(pipeline: Pipeline, text: str, published: str = "2016-03-10") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "w-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


@pytest.mark.parametrize(
    "sentence",
    [
        # the ebb or persistence of fighting, whatever day is named
        "Fighting in Syria has slowed considerably since a fragile truce came into force almost two weeks "
        "ago.",
        "U.S.-Russian cooperation brought about a lull via an agreement that led to a sharp decline in "
        "fighting between rebels and the government in western Syria.",
        "Diplomats met again in Geneva, though fighting continues in many parts of Syria.",
        "It is hard to see an incentive for them to compromise now, with the fighting just heating up again.",
        # a campaign begun or told whole
        "Russia began air strikes in Syria against forces fighting troops loyal to President Assad last "
        "September.",
        "Washington has refused to join any operation coordinated with the Syrian government, as has been "
        "the case with Russia's campaign of airstrikes that began in September last year.",
        "Russian bombing has transformed the five-year-old Syrian civil war in recent weeks, turning the "
        "momentum decisively in favor of President Assad.",
        "With backing from Iranian fighters and Lebanon's Hezbollah on the ground, and Russian air raids, "
        "the government has recaptured areas in the west of Syria since Moscow intervened last September.",
        # the air power behind an advance, or a state endured
        "De Mistura intends to resume negotiations that collapsed earlier this month as pro-government "
        "forces, backed by Russian airstrikes, made startling advances near the city of Aleppo.",
        "He demanded immediate steps to alleviate the plight of Syrians under siege and bombardment.",
        "Hammond said ending fighting could only succeed if Russia stopped air strikes supporting Syrian "
        "government forces' advance against the opposition.",
        # a side described by its fighting
        "Damascus and its ally Russia, as well as a range of insurgent groups fighting against them, have "
        "said they would take part in the plan.",
        "Nusra fighters are fighting alongside other rebel groups in some areas, including Idlib.",
        # a battle to come, or fought in general
        "Ahead of the battle for Mosul, Barzani said the city's communities should agree in advance on how "
        "to handle the aftermath.",
        "Washington has long seen the YPG as its best chance in the battle against Islamic State in Syria.",
        # an operation wished for, a kind of a generic attack, arms listed
        "Shoigu said joint airstrikes should also target convoys carrying weapons into Syria from Turkey.",
        "And it leaves a significant loophole by allowing continued attacks, including air strikes, against "
        "Islamic State and other militant groups.",
        "Government and allied forces will cease attacks against armed opposition forces, and vice versa, "
        "with any weapons including rockets, mortars and anti-tank guided missiles.",
        # a campaign: happenings in the plural, with no number, over a year ("two-year" and
        # "five-month" are lengths of time, not numbers of happenings)
        "PKK attacks on Turkish security forces last year helped put an end to a more than two-year "
        "ceasefire between the government and the insurgents.",
        "Islamic State attacks have increased this year, particularly in Iraq and Syria, an analysis firm "
        "said.",
        "Biden will sit down with President Mahmoud Abbas, whose young people have unleashed a five-month "
        "wave of knife, gun and vehicular attacks.",
        "Erdogan has vowed to crush the militant group. Thousands of people, including hundreds of "
        "civilians, have been killed in the renewed violence.",
        # a toll of years, a war of the past
        "As many as 30,000 people were killed or disappeared, abducted and never heard from again, over "
        "the course of the next seven years.",
        "He noted that many of the military officers who tortured and killed people during the Dirty War "
        "were trained at a Pentagon-run institute.",
        # a habit, a side's state
        "The North frequently threatens to attack the South and U.S. interests in Asia and the Pacific.",
        "To the north, Israel faces the Shiite army of Hezbollah, now fighting in war-wracked Syria.",
        # a practice, whatever day is named; a stop wished for; an assault to come; a war's toll
        "He cited the use of barrel bombs - unguided weapons - against civilians in Syria.",
        "The opposition's chief negotiator announced his resignation on Sunday, citing the failure of the "
        "peace talks and the continued shelling of rebel-held areas by the regime.",
        "The opposition wants to discuss a stop to Russian and Syrian government bombing before engaging "
        "in the peace talks.",
        "The territorial gain further isolated Mosul in preparation for a government assault to recover "
        "Iraq's second largest city.",
        "Fighting between Russia-backed separatists and government troops in eastern Ukraine has claimed "
        "more than 9,100 lives since April 2014.",
        "Russian air strikes on Syria have killed nearly 1,400 civilians since Moscow started its aerial "
        "campaign nearly four months ago, a monitoring group said on Saturday.",
        # a toll of tens of thousands, told as done by now
        "Militants have used the chaos of the war in Syria. The United Nations says at least 250,000 people "
        "have been killed and millions displaced.",
        # deeds of a kind that go on, or are kept up
        "The truce that came into effect on Saturday has slowed the war in Syria, but rebels say the "
        "government has kept up attacks on strategically important frontlines in northwestern Syria.",
        "Air and land attacks by Syrian and allied forces continue in parts of Syria where the government "
        "says Islamic State and Nusra Front are present.",
        # a kind of happening judged as a kind
        "Attacks against members of Parliament are also highly unusual, and politicians customarily do "
        "not have security details.",
        # no war at all
        "In its ongoing battle with the FBI, Apple has gained the support of other icons of the tech "
        "community.",
        "Cruz is regarded as a savvy campaigner who is outmaneuvering Trump in the battle for delegate "
        "allegiances.",
        "North Korea has recently sent a barrage of missiles and artillery shells into the sea amid annual "
        "military drills.",
        "The sanctions follow the North, which conducted its fourth nuclear test this year and launched a "
        "long-range rocket.",
    ],
)
def test_war_talk_is_no_happening(pipeline: Pipeline, sentence: str) -> None:
    recs = records(pipeline, sentence + _FIELD)
    assert [r["event_type"] for r in recs] == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a day's advance backed by air power is one
        "Syrian government forces, backed by Russian air strikes, captured the town of Tal Rifaat on Sunday.",
        "Fighting raged on Saturday in Syria's Aleppo province, with government forces claiming the capture "
        "of 18 villages.",
        # air strikes with a toll, though supporting an advance
        "Air strikes supporting Iraqi forces killed 20 Islamic State fighters near Falluja, the coalition "
        "said.",
        "North Korea fired artillery shells at a South Korean island on Tuesday, killing two marines.",
        # attacks over a year with a number are told, not a campaign
        "Bombings in Damascus and the western city of Homs this year killed dozens of people and were "
        "claimed by Islamic State.",
        # a live report's day
        "Fighting continues today in San Salvador, where rebels attacked the army's headquarters.",
        # a practice's toll on a day is a happening
        "Continued shelling of rebel-held districts killed 12 people in Aleppo on Monday, a monitor said.",
        "Attacks by the Taliban continue to kill civilians; a bomb killed five people in Kabul on Friday.",
    ],
)
def test_a_day_of_the_war_is_still_one(pipeline: Pipeline, sentence: str) -> None:
    recs = records(pipeline, sentence)
    assert [r["event_type"] for r in recs] in (["attack"], ["ct_operation"])


def test_the_fate_of_those_held_is_no_arrest(pipeline: Pipeline) -> None:
    text = (
        "GENEVA -- United Nations investigators accused Islamic State and Jabhat al-Nusra of mass deaths, "
        "torture and disappearances of civilians in custody, and called for sanctions."
    )
    assert records(pipeline, text) == []
    text = "Three suspected Islamic State militants are in custody in Peshawar, police said on Monday."
    assert [r["event_type"] for r in records(pipeline, text)] == ["arrest"]


def test_stopped_and_arrested_is_still_a_happening(pipeline: Pipeline) -> None:
    # the wounding by someone armed with a blade is the attack; the arrest that ended it is told
    # in its evidence (it was the record's type before the attack was read)
    text = (
        "The 15-year-old, who was armed with a machete and a knife, wounded the teacher slightly before "
        "being stopped and arrested. He said he acted for Islamic State."
    )
    recs = records(pipeline, text, "2016-01-11")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert "stopped and arrested" in recs[0]["evidence"][0]["text"]


# --- who strikes and who backs is no place -------------------------------------------------------


def places(record: dict[str, Any]) -> list[str]:
    return [loc["city"] or loc["name"] for loc in record["locations"]]


def test_the_state_that_strikes_abroad_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON The United States conducted a drone strike on Saturday against the leader of the Afghan "
        "Taliban, likely killing him on the Pakistan side of the remote border region with Afghanistan, "
        "officials said."
    )
    recs = records(pipeline, text, "2016-05-22")
    assert [r["event_type"] for r in recs] == ["ct_operation"]
    assert places(recs[0]) == ["Pakistan"]


def test_a_state_that_strikes_at_home_stays(pipeline: Pipeline) -> None:
    text = "Turkey shelled Kurdish militant positions on Sunday, killing 12 PKK fighters, the army said."
    recs = records(pipeline, text, "2016-02-15")
    assert recs and places(recs[0]) == ["Turkey"]


def test_a_state_that_backs_a_side_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "Russian jets bombed rebel fighters near Aleppo on Thursday, including some backed by the United "
        "States, a monitor said."
    )
    recs = records(pipeline, text, "2016-06-17")
    assert recs and "United States" not in places(recs[0])
    assert "Aleppo" in places(recs[0])
