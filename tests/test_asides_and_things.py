"""A doer named in an aside that recalls another happening ("a state of emergency begun after the
Islamic State militant group killed 130 people in Paris") is not the doer of the happening told; a
thing named back ("the plane") that the sentence before brought in, on a day of its own, tells that
sentence's happening, not the one told before it; an official's word that an incident is not
"terrorism-related" drops the arrest and the charge it is said of, not an attack the story recalls
on its own day; where supplies come from ("fed supplies from neighboring Turkey") is no place of the
fighting; harm told of years before ("Five years ago the U.S. killed Osama bin Laden") is not the
hostage story's; a bearing that opens a sentence ("Northeast of Baghdad on Sunday, ... in
Moqdadiyah") is no place of its own; an assault only plotted is no attack; a place "suspected of
being occupied by" fighters names no doer (the real pipeline; texts written for these tests, with
near misses, several from a review).
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


# -- a group attacked ------------------------------------------------------------------------------


def test_a_group_an_attack_is_against_is_its_target(pipeline: Pipeline) -> None:
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


# -- a place's state is no blame ---------------------------------------------------------------------


def test_a_place_occupied_by_fighters_names_no_doer(pipeline: Pipeline) -> None:
    text = (
        "KANDAHAR, Afghanistan When U.S. drones obliterated a car carrying a Taliban commander last "
        "month, it was the kind of targeted killing that unmanned aircraft are best known for.\n\n"
        "In 2001 a drone fired its second missile at Kandahar airfield, then suspected of being "
        "occupied by Taliban and al Qaeda fighters."
    )
    attacks = records(pipeline, text, "attack", "2016-06-07")
    assert attacks, attacks
    assert all(roles(a, "perpetrator") == [] for a in attacks), attacks


def test_an_attack_carried_out_by_fighters_names_them(pipeline: Pipeline) -> None:
    # (near miss: the deed's own agent)
    text = (
        "KABUL Gunmen stormed a hotel in Kabul on Monday, killing five guests. The attack was carried "
        "out by Taliban fighters, police said."
    )
    attacks = records(pipeline, text, "attack", "2016-06-07")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == ["Taliban"]


# -- near misses from a review ---------------------------------------------------------------------


def test_a_campaign_or_series_aside_keeps_the_doer(pipeline: Pipeline) -> None:
    texts = [
        "A suicide bomber killed 15 people at a mosque in Maiduguri on Friday, part of a years-long "
        "campaign of bombings by Boko Haram.",
        "A car bomb killed 25 people at a market in Tarmiyah on Sunday, the latest in a series of "
        "Islamic State bombings in Baghdad.",
    ]
    for text, group in zip(texts, ["Boko Haram", "Islamic State"], strict=True):
        attacks = records(pipeline, text, "attack", "2016-06-01")
        assert len(attacks) == 1, attacks
        assert roles(attacks[0], "perpetrator") == [group]


def test_a_thing_named_back_by_the_doers_told_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "Militants attacked an army base in Kunduz on Tuesday. In 2015, the United States sent a "
        "helicopter to the base. The militants shot at the helicopter as it landed, wounding two crew "
        "members."
    )
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["wounded"] == 2


def test_a_denial_about_a_man_is_no_denial_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "A man stabbed a woman at a market in Hamburg on Monday, police said. Witnesses said he shouted "
        '"Allahu Akbar". His brother told reporters he did not believe the man was a terrorist.'
    )
    assert len(records(pipeline, text, "attack", "2016-06-01")) == 1


def test_a_denied_case_leaves_a_counter_terrorism_arrest(pipeline: Pipeline) -> None:
    text = (
        "Police arrested two men after a brawl outside a bar in Sydney on Saturday. Police said they do "
        "not believe the incident was terrorism-related. Meanwhile, counter-terrorism police in "
        "Melbourne arrested a teenager on Saturday over a plot to attack a war memorial."
    )
    arrests = records(pipeline, text, "arrest", "2016-06-01")
    assert [towns(a) for a in arrests] == [["Melbourne"]]


def test_a_detail_of_years_ago_stays_the_attacks(pipeline: Pipeline) -> None:
    texts = [
        "A man stabbed two police officers in Jerusalem on Sunday. Police named the attacker as a Hamas "
        "member who had been released from an Israeli prison in 2011.",
        "Gunmen shot dead a police officer in Peshawar on Monday. The officer, who joined the force in "
        "1998, died on the way to hospital.",
    ]
    for text in texts:
        attacks = records(pipeline, text, "attack", "2016-06-01")
        assert len(attacks) == 1, attacks
        assert len(attacks[0]["evidence"]) == 2, attacks[0]["evidence"]


def test_a_bearing_keeps_its_landmark_beside_a_speaker_or_a_distance(pipeline: Pipeline) -> None:
    texts = [
        "West of Baghdad on Sunday, Islamic State militants killed 20 soldiers in an assault on an army "
        "base, a Reuters reporter in Ramadi said.",
        "North of Baghdad on Sunday, a roadside bomb killed five soldiers at a checkpoint 20 km from "
        "Samarra.",
    ]
    for text in texts:
        attacks = records(pipeline, text, "attack", "2016-06-01")
        assert len(attacks) == 1, attacks
        assert "Baghdad" in [loc["name"] for loc in attacks[0]["locations"]]


# -- attacks named back by their day -----------------------------------------------------------------


def test_attacks_named_back_by_their_day_are_the_ones_told(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT A suicide bomber killed three people near a mosque in Latakia on Thursday, state media "
        "said.\n\n"
        "Last week a series of bombings killed nearly 150 people in Jableh and Tartous.\n\n"
        "Islamic State claimed last week's attacks, saying they targeted the Alawite minority, and "
        "other attacks in Damascus and Homs earlier this year."
    )
    attacks = records(pipeline, text, "attack", "2016-06-02")
    assert len(attacks) == 2, [towns(a) for a in attacks]
    jableh = next(a for a in attacks if "Jableh" in towns(a))
    assert roles(jableh, "perpetrator") == ["Islamic State"]
    assert "Damascus" not in towns(jableh)


def test_attacks_of_another_day_in_other_towns_are_others(pipeline: Pipeline) -> None:
    # (near miss: no day named back)
    text = (
        "BEIRUT A suicide bomber killed three people near a mosque in Latakia on Thursday, state media "
        "said.\n\n"
        "On Monday, twin car bombs killed 40 people in Homs, activists said."
    )
    attacks = records(pipeline, text, "attack", "2016-06-02")
    assert sorted(towns(a)[0] for a in attacks) == ["Homs", "Latakia"]


def test_a_day_named_back_with_a_town_of_its_own_is_another(pipeline: Pipeline) -> None:
    # (near miss: several happenings of that day, the town told with the happening's own words)
    text = (
        "JERUSALEM Israeli police shot dead two Palestinians who opened fire at them outside the Old "
        "City on Sunday, police said.\n\n"
        "In a third incident, a Palestinian tried to stab a policeman at a checkpoint in the West Bank, "
        "near Jerusalem, and was shot dead, police said.\n\n"
        "In Sunday's shooting near the West Bank city of Jenin, \"two assailants hurled rocks at cars "
        'and fired on soldiers," a military statement said.'
    )
    attacks = records(pipeline, text, "attack", "2016-02-15")
    assert any("Jenin" in towns(a) for a in attacks), [towns(a) for a in attacks]


def test_hostages_held_by_a_group_name_their_captors(pipeline: Pipeline) -> None:
    text = "Two Japanese hostages held by Islamic State militants were beheaded in Syria on Saturday."
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == ["Islamic State"]


def test_a_thing_named_back_with_the_attack_told_stays_its(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a hotel in Bamako on Friday, killing 20 people. In 2015, a Malian army patrol "
        "found a truck near Gao. Al-Mourabitoun later said it used the truck in the hotel attack."
    )
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert len(attacks) == 1, [towns(a) for a in attacks]
    assert roles(attacks[0], "perpetrator") == ["al-Mourabitoun"]


def test_a_denied_attack_leaves_a_separate_plot_arrest(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed two people in a shooting in Marseille on Sunday. Police said they do not "
        "believe the incident is terrorism-related. Separately, police arrested two men in Lyon on "
        "Monday over a plot to attack a synagogue."
    )
    assert records(pipeline, text, "attack", "2016-06-01") == []
    assert [towns(a) for a in records(pipeline, text, "arrest", "2016-06-01")] == [["Lyon"]]


def test_a_bearing_gives_way_to_a_town_named_with_its_kind(pipeline: Pipeline) -> None:
    text = "North of Baghdad, gunmen killed five policemen in the mainly Sunni town of Tarmiya on Sunday."
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert len(attacks) == 1, attacks
    assert "Baghdad" not in [loc["name"] for loc in attacks[0]["locations"]]


def test_a_bearing_keeps_its_landmark_beside_a_town_of_something_else(pipeline: Pipeline) -> None:
    texts = [
        "North of Baghdad on Sunday, a suicide bomber killed eight soldiers at a checkpoint staffed by "
        "Basra police.",
        "South of Baghdad on Sunday, a car bomb killed 12 people in a market, the worst attack since a "
        "bombing in Hilla.",
        "South of Kabul on Monday, Taliban fighters attacked the convoy of Kandahar's police chief, "
        "killing four bodyguards.",
    ]
    for text in texts:
        attacks = records(pipeline, text, "attack", "2016-06-01")
        assert len(attacks) == 1, attacks
        names = [loc["name"] for loc in attacks[0]["locations"]]
        assert "Baghdad" in names or "Kabul" in names, names


def test_a_same_day_attack_elsewhere_after_the_days_bombings_is_another(pipeline: Pipeline) -> None:
    text = (
        "Two suicide bombers killed 30 people in Kabul on Monday. Monday's bombings were followed hours "
        "later by an attack in Kandahar that killed five police officers."
    )
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert sorted(towns(a)[0] for a in attacks) == ["Kabul", "Kandahar"], [towns(a) for a in attacks]


def test_a_denial_of_another_story_leaves_the_bombing(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 20 people at a mosque in Kabul on Friday, officials said.\n\n"
        "Separately, a man shot dead two people at a restaurant in Kabul on Friday evening. Police said "
        "they do not believe this was an act of terrorism."
    )
    attacks = records(pipeline, text, "attack", "2016-06-01")
    assert any(a["counts"]["killed"] == 20 for a in attacks), attacks


def test_a_plane_named_back_with_a_ranking_is_still_its_own(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed 130 people in Paris on Friday, officials said. In late October, a Russian "
        "passenger plane crashed in Sinai. Islamic State said it downed the plane with a bomb, in the "
        "deadliest attack on Russians in years."
    )
    attacks = records(pipeline, text, "attack", "2015-11-16")
    # (Sinai is Egypt's North Sinai; it was read as a village of Mexico before gazetteer.v20)
    sinai = [a for a in attacks if any(loc["country_code"] == "EG" for loc in a["locations"])]
    assert len(sinai) == 1, [towns(a) for a in attacks]
    assert roles(sinai[0], "perpetrator") == ["Islamic State"]
