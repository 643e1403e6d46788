"""A doer named in an aside that recalls another happening ("a state of emergency begun after the
Islamic State militant group killed 130 people in Paris") is not the doer of the happening told; a
thing named back ("the plane") that the sentence before brought in, on a day of its own, tells that
sentence's happening, not the one told before it; an official's word that an incident is not
"terrorism-related" drops the arrest and the charge it is said of, not an attack the story recalls
on its own day; where supplies come from ("fed supplies from neighboring Turkey") is no place of the
fighting; harm told of years before ("Five years ago the U.S. killed Osama bin Laden") is not the
hostage story's; a bearing that opens a sentence ("Northeast of Baghdad on Sunday, ... in
Moqdadiyah") is no place of its own; a group a state's response is "against" is no target of the
attack that prompted it (the real pipeline; texts written for these tests, with near misses).
"""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, event_type: str, published: str = "2016-07-15"
) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), event_type, "event")


def towns(rec: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in rec["locations"]]


def roles(rec: dict[str, Any], role: str) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == role]


# -- a doer recalled in an aside -------------------------------------------------------------------


def test_a_group_recalled_after_after_is_not_the_doer(pipeline: Pipeline) -> None:
    text = (
        "NICE, France A gunman killed 80 people when he drove a truck into a crowd watching fireworks "
        "in the city of Nice late on Thursday, officials said. President Francois Hollande called up "
        "reservists to relieve forces worn out by a state of emergency begun after the Islamic State "
        "militant group killed 130 people in Paris."
    )
    attacks = [a for a in records(pipeline, text, "attack") if "Nice" in towns(a)]
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == []


def test_a_group_recalled_months_after_in_a_later_sentence_is_not_the_doer(pipeline: Pipeline) -> None:
    text = (
        "NICE, France A gunman killed 80 people when he drove a truck into a crowd in Nice late on "
        "Thursday, officials said. The attack, which came eight months after Islamic State gunmen and "
        "suicide bombers struck the French capital, seemed to be the work of a lone assailant."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == []


def test_a_group_that_claimed_the_attack_is_still_its_doer(pipeline: Pipeline) -> None:
    # (near miss: the group named outside the aside, as the claimant)
    text = (
        "NICE, France A gunman killed 80 people when he drove a truck into a crowd in Nice late on "
        "Thursday, officials said. The attack came eight months after gunmen struck the French capital. "
        "Islamic State claimed responsibility for the attack in Nice on Saturday."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == ["Islamic State"]


def test_the_day_after_may_tell_the_happening_and_its_doer(pipeline: Pipeline) -> None:
    # (near miss: a lapse of a day is no recall of another happening)
    text = (
        "Trump drew on the country's deadliest mass shooting to sharpen his vow on immigration. "
        "In his speech, Trump said it was time to act, the day after 49 people were killed at a "
        "nightclub in Orlando by a gunman, likely self-radicalized, who had sworn allegiance to the "
        "militant group Islamic State."
    )
    attacks = records(pipeline, text, "attack", "2016-06-14")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == ["Islamic State"]


# -- a thing named back ----------------------------------------------------------------------------


def test_a_plane_named_back_is_the_one_the_sentence_before_brought_in(pipeline: Pipeline) -> None:
    text = (
        "CAIRO Search teams picked up signals from a black box of the airliner on Wednesday.\n\n"
        "The disaster is the latest in a series for Egypt. In March, a man wearing a fake suicide belt "
        "hijacked an EgyptAir flight. In late October, a Russian plane carrying holidaymakers from a Red "
        "Sea resort crashed in Sinai. Islamic State said it downed the plane with a bomb."
    )
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert len(attacks) == 2, attacks
    hijack = next(a for a in attacks if a["date"]["start"] == "2016-03-01")
    assert roles(hijack, "perpetrator") == []
    downed = next(a for a in attacks if a is not hijack)
    assert downed["date"]["start"].startswith("2015-10"), downed["date"]
    assert roles(downed, "perpetrator") == ["Islamic State"]


def test_a_thing_named_back_with_no_dated_sentence_between_stays(pipeline: Pipeline) -> None:
    # (near miss: the sentence before has no day of its own)
    text = (
        "CAIRO A man wearing a suicide belt hijacked an EgyptAir plane on Tuesday. Officials said a "
        "second plane was held at the airport. Islamic State said it hijacked the plane."
    )
    attacks = records(pipeline, text, "attack", "2016-03-30")
    assert len(attacks) == 1, attacks
    assert attacks[0]["date"]["start"] == "2016-03-29"


# -- "not terrorism-related" ---------------------------------------------------------------------


TUNNEL = (
    "NEW YORK Three people were arrested on Tuesday with an arsenal of weapons after police stopped "
    "their car near a tunnel into the city.\n\n"
    "The three, all from Ohio, were charged with weapons possession.\n\n"
    '"At this time, the investigation is continuing, but the agency {belief} the incident is '
    'terrorism-related," a police spokesman said.\n\n'
    "Police have been on high alert since a gunman killed 49 people at an Orlando nightclub on June 12."
)


def test_a_charge_said_not_terrorism_related_is_dropped(pipeline: Pipeline) -> None:
    text = TUNNEL.format(belief="does not believe")
    assert records(pipeline, text, "charge", "2016-06-22") == []
    orlando = records(pipeline, text, "attack", "2016-06-22")
    assert len(orlando) == 1, orlando
    assert orlando[0]["date"]["start"] == "2016-06-12"


def test_a_charge_said_perhaps_terrorism_related_stays(pipeline: Pipeline) -> None:
    # (near miss: no denial)
    text = TUNNEL.format(belief="is examining whether")
    assert len(records(pipeline, text, "charge", "2016-06-22")) == 1


# -- where supplies come from --------------------------------------------------------------------


def test_where_supplies_come_from_is_no_place_of_the_fighting(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Syrian warplanes carried out air strikes on Nusra Front militants on Friday in the "
        "northwestern Latakia province, where opposition forces are fed cross-border supplies from "
        "neighboring Turkey, activists said."
    )
    ops = records(pipeline, text, "ct_operation", "2016-02-26")
    assert len(ops) == 1, ops
    assert [loc["country_code"] for loc in ops[0]["locations"]] == ["SY"]


def test_a_strike_in_a_neighbouring_country_is_placed_there(pipeline: Pipeline) -> None:
    # (near miss: "in", not "from")
    text = (
        "ANKARA Turkish jets struck Islamic State positions in neighboring Syria on Friday, the "
        "military said."
    )
    ops = records(pipeline, text, "ct_operation", "2016-02-26")
    assert len(ops) == 1, ops
    assert "SY" in [loc["country_code"] for loc in ops[0]["locations"]]


# -- harm of years before ------------------------------------------------------------------------

HOSTAGE = (
    "A new image shows a bearded Japanese journalist holding a handwritten sign, his family said.\n\n"
    "The Nusra Front is active in the area where he was believed to be taken, but ISIS -- which has "
    "beheaded captive foreign journalists -- is the dominant militant group there.\n\n"
    "{harm}\n\n"
    "His mother said she believes it is her son in the image."
)


def test_harm_of_years_before_is_not_the_hostage_story(pipeline: Pipeline) -> None:
    text = HOSTAGE.format(harm="Five years ago the U.S. killed Osama bin Laden.")
    attacks = records(pipeline, text, "attack", "2016-05-30")
    assert len(attacks) == 1, attacks
    assert not any("bin Laden" in e["text"] for e in attacks[0]["evidence"])
    assert not any("bin Laden" in a["name"] for a in attacks[0]["actors"])


def test_harm_of_last_week_is_the_hostage_story(pipeline: Pipeline) -> None:
    # (near miss: harm of days before)
    text = HOSTAGE.format(harm="Last week militants killed two of his guards.")
    attacks = records(pipeline, text, "attack", "2016-05-30")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 2


# -- a bearing that opens its sentence ---------------------------------------------------------------


def test_a_bearing_opening_the_sentence_is_no_place_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Northeast of Baghdad on Sunday, police said a suicide bomber killed at least seven people and "
        "wounded 22 when he blew himself up in a cafe in Moqdadiyah, in an attack claimed by ISIS."
    )
    attacks = records(pipeline, text, "attack", "2016-05-30")
    assert len(attacks) == 1, attacks
    assert [loc["name"] for loc in attacks[0]["locations"]] == ["Moqdadiyah"]


def test_a_bearing_with_no_town_after_it_keeps_its_landmark(pipeline: Pipeline) -> None:
    # (near miss: no town told after the bearing)
    text = (
        "North of Baghdad on Sunday, a suicide bomber killed at least seven people at a checkpoint, "
        "police said, in an attack claimed by ISIS."
    )
    attacks = records(pipeline, text, "attack", "2016-05-30")
    assert len(attacks) == 1, attacks
    assert [loc["name"] for loc in attacks[0]["locations"]] == ["Baghdad"]


# -- a state's answer -----------------------------------------------------------------------------


def test_a_group_a_response_is_against_is_no_target_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Donald Trump on Monday said the United States needs to increase its military "
        "response against Islamic State in the wake of the Orlando nightclub shooting over the weekend."
    )
    attacks = records(pipeline, text, "attack", "2016-06-13")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "target") == []


def test_a_group_an_attack_is_against_is_its_target(pipeline: Pipeline) -> None:
    # (near miss: the attack's own "against")
    text = (
        "BEIRUT Gunmen killed five people on Monday in an attack against Islamic State fighters at a "
        "checkpoint near Raqqa, activists said."
    )
    attacks = records(pipeline, text, "attack", "2016-06-13")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "target") == ["Islamic State"]


# -- an attack only planned ------------------------------------------------------------------------


def test_an_assault_only_plotted_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "DALLAS Explosives found at the home of the sniper suggested he had been plotting a larger "
        "assault, authorities said on Monday."
    )
    assert records(pipeline, text, "attack", "2016-07-11") == []


def test_an_assault_launched_is_an_attack(pipeline: Pipeline) -> None:
    # (near miss: the assault done)
    text = (
        "KABUL Taliban militants launched a larger assault on a police post on Thursday night, "
        "killing five officers, officials said."
    )
    attacks = records(pipeline, text, "attack", "2016-07-11")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 5
