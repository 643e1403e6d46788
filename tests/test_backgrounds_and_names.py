"""Background told after a story's happening, names that are not what they seem, and happenings
that are only demanded, written or feared (the real pipeline; the texts are written for these
tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import evidence_of, records_of
from veille.extract.actors import BY_AGENT_BEFORE
from veille.extract.gtd import target_type, weapon_type
from veille.extract.lexicon import find_triggers
from veille.extract.statistics import find_statistics
from veille.extract.triggers import Hit, is_generic
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-05-20") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


# -- operations months apart --------------------------------------------------------------------


def test_the_course_of_a_war_after_todays_raids_is_no_part_of_them(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT - Warplanes struck the besieged town of Daraya near Damascus on Saturday, a monitoring "
        "group said. Rescue workers said at least five people were killed in Douma. Moscow's "
        "intervention in the war in September with an air campaign has helped government forces "
        "recapture territory in the north. Damascus and its allies intensified assaults in the north "
        "earlier this month."
    )
    recs = [r for r in records(pipeline, text, "2016-02-27") if r["event_type"] == "ct_operation"]
    assert len(recs) == 1
    rec = recs[0]
    assert rec["date"]["start"] == "2016-02-27", rec["date"]
    assert rec["counts"]["killed"] == 5
    assert "September" not in evidence_of(rec) and "intensified" not in evidence_of(rec)


def test_an_air_strike_of_months_after_an_old_campaign_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "TRIPOLI - U.S. warplanes carried out air strikes on an Islamic State camp near Sabratha on "
        "Friday, killing 41 people, the town's mayor said. Since the ruler was overthrown five years "
        "ago by rebels backed by NATO air strikes, the country has slipped into chaos. Last November "
        "the United States carried out an air strike on Derna to target an Islamic State commander. "
        "Last June, a U.S. air strike targeted a veteran militant meeting other jihadists in the city "
        "of Ajdabiya."
    )
    recs = [r for r in records(pipeline, text, "2016-02-19") if r["event_type"] == "ct_operation"]
    months = sorted(r["date"]["start"] for r in recs)
    assert months == ["2015-06-01", "2015-11-01", "2016-02-19"], [r["date"] for r in recs]


def test_an_operation_named_back_with_an_older_date_stays_the_operation(pipeline: Pipeline) -> None:
    text = (
        "TRIPOLI - U.S. warplanes carried out air strikes on an Islamic State camp near Sabratha on "
        "Friday, killing 41 people, the town's mayor said. Among those targeted in the air strikes was "
        "a Tunisian blamed for attacks last year on a museum in Tunis."
    )
    recs = [r for r in records(pipeline, text, "2016-02-19") if r["event_type"] == "ct_operation"]
    assert len(recs) == 1
    assert recs[0]["date"]["start"] == "2016-02-19"


def test_a_battle_dated_only_by_a_ceremony_takes_its_own_old_date(pipeline: Pipeline) -> None:
    text = (
        "VERDUN, France - Leaders marked 100 years since the battle of Verdun in ceremonies on Sunday. "
        "The 10-month battle at Verdun killed 163,000 French and 143,000 German soldiers. Between "
        "February and December 1916, some 60 million shells were fired in the battle."
    )
    assert [r for r in records(pipeline, text, "2016-05-29") if r["event_type"] == "ct_operation"] == []


# -- landmarks and institutions -------------------------------------------------------------------


def test_a_landmark_for_a_distance_does_not_hold_another_towns_strikes(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - Turkish officials said a gun battery was damaged by Islamic State mortar shells in "
        "the town of Karkamis, about 60 miles northeast of Aleppo, on Thursday, and the army fired back. "
        "Overnight air raids on rebel-held areas of Aleppo hit the city's al-Quds hospital and killed at "
        "least 27 people, rescue workers said. The Quds hospital was hit by a direct air strike, the "
        "charity said."
    )
    recs = records(pipeline, text, "2016-04-28")
    aleppo = [r for r in recs if r["counts"].get("killed") == 27]
    assert len(aleppo) == 1
    assert _names(aleppo[0]) == ["Aleppo"], _names(aleppo[0])
    assert all("Jerusalem" not in _names(r) for r in recs)
    karkamis = [r for r in recs if "Karkamış" in _names(r)]
    assert karkamis and all(r["counts"].get("killed") is None for r in karkamis)


def test_a_capital_named_for_its_government_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "FALLUJA, Iraq - Iraqi forces fought Islamic State militants near Falluja on Monday. The Baghdad "
        "government has urged civilians to flee, but roadside bombs killed at least three people trying "
        "to escape on Monday."
    )
    recs = [r for r in records(pipeline, text, "2016-05-23") if r["event_type"] == "attack"]
    assert recs
    assert all("Baghdad" not in _names(r) for r in recs), [_names(r) for r in recs]


# -- who did it, and to whom ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "a Canadian man held captive by the militant group ",
        "one of dozens of such kidnappings carried out in the last few decades by ",
        "hostages held hostage by the ",
    ],
)
def test_a_captor_or_a_doer_of_a_kind_of_deed_is_named_by_by(before: str) -> None:
    assert BY_AGENT_BEFORE.search(before)


def test_nothing_but_the_deed_makes_by_a_doer() -> None:
    assert not BY_AGENT_BEFORE.search("the history of the last few decades by ")


def test_a_hostage_held_by_a_group_is_the_groups_and_no_militant_target(pipeline: Pipeline) -> None:
    text = (
        "MANILA - Philippine officials confirmed on Tuesday that a Canadian man held captive by the "
        "militant group Abu Sayyaf had been decapitated on the island of Jolo."
    )
    recs = [r for r in records(pipeline, text, "2016-06-14") if r["event_type"] == "attack"]
    assert len(recs) == 1
    perps = [a["name"] for a in recs[0]["actors"] if a["role"] == "perpetrator"]
    assert perps == ["Abu Sayyaf Group"], recs[0]["actors"]
    assert recs[0]["target_type"] == "private_citizens_property"


def test_the_target_is_not_the_doer_nor_who_tells_of_it() -> None:
    text = (
        "Philippine officials confirmed on Tuesday that a Canadian man held captive by the militant "
        "group Abu Sayyaf had been decapitated."
    )
    assert target_type(text, 60) not in ("terrorists_non_state_militia", "government_general")


# -- what is demanded, written or feared ----------------------------------------------------------


def test_strikes_to_be_halted_and_detainees_to_be_freed_are_conditions(pipeline: Pipeline) -> None:
    text = (
        "The opposition council, formed in Riyadh last month, has said talks cannot begin until air "
        "strikes are halted, sieges are lifted and detainees freed, as a Dec. 18 Security Council "
        "resolution demanded."
    )
    assert records(pipeline, text, "2016-01-25") == []


def test_strikes_told_as_carried_out_are_still_an_operation(pipeline: Pipeline) -> None:
    text = "Russian air strikes hit rebel-held towns north of Aleppo on Saturday, killing 12 people."
    recs = records(pipeline, text, "2016-02-13")
    assert [r["event_type"] for r in recs] == ["ct_operation"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Rapid-firing "assault" weapons were used in the shootings.',
        "He bought assault-style rifles at a gun show.",
        "Two assault helicopters flew over the city.",
        'The flight was diverted after a piece of paper with "bomb" written on it was found.',
        "The airline has faced a series of hoax bomb warnings.",
        "Police said it was a bomb scare.",
    ],
)
def test_words_for_arms_or_threats_are_no_attack(sentence: str) -> None:
    assert [t.event_type for t, _, _ in find_triggers(sentence) if t.event_type == "attack"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The assault on the town lasted two days.",
        "Gunmen staged an assault on the hotel.",
        "The bomb exploded near the market.",
        'He shouted "Allahu Akbar" as the bomb went off.',
    ],
)
def test_an_assault_or_a_bomb_told_is_still_an_attack(sentence: str) -> None:
    assert any(t.event_type == "attack" for t, _, _ in find_triggers(sentence))


def test_incitement_fought_is_no_recruitment_and_incitement_charged_is() -> None:
    fought = "He criticised its reluctance to help curb incitement to violence."
    charged = "He was charged with incitement to violence."
    assert not any(t.event_type == "recruitment" for t, _, _ in find_triggers(fought))
    assert any(t.event_type == "recruitment" for t, _, _ in find_triggers(charged))


# -- the attack of a day among several ------------------------------------------------------------


def test_sundays_shooting_is_the_storys_own_not_one_recalled_with_no_day(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON - The worst mass shooting in modern U.S. history, in which 49 people at a nightclub "
        "in Orlando were killed and 53 wounded by a gunman who pledged allegiance to Islamic State, "
        "reignited a debate over guns and terrorism. Democrats want to revive a proposal that failed "
        "in December, after a mass shooting in San Bernardino, California. "
        "FBI Director James Comey said the gunman in the Florida attack had been investigated. "
        "Trump used Sunday's shooting as an example of why Americans needed guns."
    )
    recs = [r for r in records(pipeline, text, "2016-06-14") if r["event_type"] == "attack"]
    orlando = [r for r in recs if "Orlando" in _names(r)]
    assert len(orlando) == 1
    assert orlando[0]["date"]["start"] == "2016-06-12", orlando[0]["date"]
    assert "Florida attack" in evidence_of(orlando[0])
    others = [r for r in recs if r is not orlando[0]]
    assert all("Sunday" not in evidence_of(r) and "Florida attack" not in evidence_of(r) for r in others)


# -- games, shows and tallies ---------------------------------------------------------------------


def test_a_game_report_with_a_metaphor_of_war_gives_no_record(pipeline: Pipeline) -> None:
    text = (
        "LONDON - Serena Williams won her seventh Wimbledon title on Saturday, beating Angelique Kerber "
        "7-5 6-3 in the final on Centre Court. Having coped with the heavy artillery heading her way, "
        "Kerber's downfall was self-inflicted. The tennis champion equalled the Grand Slam record. "
        "Williams served 13 aces in the match and won the championship for a 22nd major. The tournament "
        "crowd cheered as she lifted the trophy; her tennis was the best of the championship."
    )
    assert records(pipeline, text, "2016-07-09") == []


def test_a_television_recap_gives_no_record(pipeline: Pipeline) -> None:
    text = (
        "Prestige dramas often end a season with open questions, as if that were the only way to keep "
        "an audience. As the second season winds down, the show gains confidence. Claire learns that "
        "the duke will hold a party, a grand time for a surprise attack by the rebel army. In the end "
        "the ambush never happens because the prince and his men get lost."
    )
    assert records(pipeline, text, "2016-06-27") == []


def test_a_report_of_a_stadium_bombing_is_kept(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at a football stadium south of Baghdad on Friday during a "
        "league match, killing 29 people and wounding 60, police said. Islamic State claimed the "
        "attack on the stadium."
    )
    recs = [r for r in records(pipeline, text, "2016-03-26") if r["event_type"] == "attack"]
    assert len(recs) == 1 and recs[0]["counts"]["killed"] == 29


def test_a_months_tally_of_bombings_is_not_the_days_toll_and_the_toll_cites_its_sentence(
    pipeline: Pipeline,
) -> None:
    text = (
        "BAGHDAD - A car bomb on Saturday in southeastern Baghdad killed at least 21 people and wounded "
        "42 others, police said. The attack targeted Shiite pilgrims walking to a shrine. Islamic "
        "State has turned to insurgent-style attacks in the capital. More than 40 civilians have been "
        "killed in bombings in Baghdad over the past month."
    )
    recs = [r for r in records(pipeline, text, "2016-04-30") if r["event_type"] == "attack"]
    assert len(recs) == 1
    rec = recs[0]
    assert rec["counts"]["killed"] == 21
    cited = rec["provenance"]["counts"]["killed"]
    assert "21" in text[cited["start"] : cited["end"]]


def test_a_force_that_shot_its_assailants_is_not_the_perpetrator_and_other_incidents_count_apart(
    pipeline: Pipeline,
) -> None:
    text = (
        "JERUSALEM - Israeli police officers fatally shot two Palestinians who opened fire at them "
        "outside the Old City on Sunday, police said, on a day when officials said three other "
        "Palestinian assailants were killed in two other incidents."
    )
    recs = [r for r in records(pipeline, text, "2016-02-15") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert recs[0]["counts"]["killed"] == 2
    assert not [a for a in recs[0]["actors"] if a["role"] == "perpetrator"], recs[0]["actors"]


def test_a_force_that_shot_civilians_is_still_the_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "The Malian army shot dead five villagers at a market in the north on Sunday, witnesses said, "
        "in an attack on people it accused of helping jihadist militants."
    )
    recs = [r for r in records(pipeline, text, "2016-02-15") if r["event_type"] == "attack"]
    assert recs
    assert any(a["role"] == "perpetrator" for r in recs for a in r["actors"]), [r["actors"] for r in recs]


def test_fake_detectors_do_not_make_a_bomb_fake() -> None:
    text = (
        "A truck packed with explosives blew up in the district, killing 115 people. Residents accused "
        "the security forces of still using fake bomb detectors at checkpoints."
    )
    assert weapon_type(text, "bombing") == "explosives"
    assert weapon_type("He threatened staff with a fake bomb in a bag.", "bombing") == "fake_weapons"


def test_a_tally_of_years_is_no_happening_nor_the_toll_of_one(pipeline: Pipeline) -> None:
    tally = (
        "China has blamed Islamist militants for violence in its far western region of Xinjiang, "
        "where hundreds have been killed in the last few years."
    )
    assert [r for r in records(pipeline, tally, "2016-03-15") if r["event_type"] == "attack"] == []
    text = (
        "Militants attacked a village in Xinjiang. At least 20 people have been killed in the past "
        "year in attacks by Islamist militants, police said."
    )
    recs = [r for r in records(pipeline, text, "2016-03-15") if r["event_type"] == "attack"]
    assert len(recs) == 1 and recs[0]["counts"]["killed"] is None, [r["counts"] for r in recs]


def test_a_toll_measured_against_the_year_is_the_days(pipeline: Pipeline) -> None:
    text = (
        "Militants attacked a village in Xinjiang on Monday. Twelve people were killed, the highest "
        "toll this year, police said."
    )
    recs = [r for r in records(pipeline, text, "2016-06-15") if r["event_type"] == "attack"]
    assert len(recs) == 1 and recs[0]["counts"]["killed"] == 12


def test_a_later_sentence_is_dated_by_the_day_next_to_its_own_happening(pipeline: Pipeline) -> None:
    text = (
        "The government argues that the phone is crucial to investigating one of the worst attacks by "
        "people who sympathized with Islamist militants. A federal judge on Tuesday ordered Apple to "
        "help unlock a phone used by Rizwan Farook, who with his wife killed 14 people and wounded 22 "
        "others on Dec. 2 in San Bernardino."
    )
    recs = [r for r in records(pipeline, text, "2016-02-17") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert recs[0]["date"]["start"] == "2015-12-02", recs[0]["date"]


def test_a_claim_told_with_a_bombing_is_not_the_government_assaults(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of thousands of civilians could be cut off from food, the United Nations said on "
        "Tuesday, as refugees fled a Russian-backed government assault around Aleppo. A suicide bomber "
        "drove his car into a police officers' club in central Damascus on Tuesday, killing eight "
        "police officers. Islamic State claimed responsibility."
    )
    recs = records(pipeline, text, "2016-02-09")
    damascus = [r for r in recs if r["counts"].get("killed") == 8]
    assert len(damascus) == 1
    assert [a["name"] for a in damascus[0]["actors"] if a["role"] == "perpetrator"] == ["Islamic State"]
    others = [r for r in recs if r is not damascus[0]]
    assert all(a["role"] != "perpetrator" for r in others for a in r["actors"]), [r["actors"] for r in others]


def test_a_claim_of_the_attacks_is_every_attacks(pipeline: Pipeline) -> None:
    text = (
        "Assailants attacked a military camp in Pul-e-Momin, Kunduz, Afghanistan. At least 17 soldiers "
        "were killed in this attack. Additionally, 50 assailants were killed in a second attack in "
        "Qarluq. The Taliban claimed responsibility for the attacks."
    )
    recs = [r for r in records(pipeline, text, "2018-07-12") if r["event_type"] == "attack"]
    assert len(recs) == 2
    assert all(any(a["name"] == "Taliban" and a["role"] == "perpetrator" for a in r["actors"]) for r in recs)


def test_a_government_assault_is_an_operation(pipeline: Pipeline) -> None:
    text = (
        "Thousands of civilians fled an army assault on Islamist insurgents in the town of Douma on "
        "Sunday, the United Nations said."
    )
    recs = records(pipeline, text, "2016-02-07")
    assert [r["event_type"] for r in recs] == ["ct_operation"], [r["event_type"] for r in recs]


def test_a_row_online_did_not_blow_anything_up() -> None:
    for sentence in ("Where It Blew Up: Twitter, media think pieces.", "The story blew up on social media."):
        assert not any(t.event_type == "attack" for t, _, _ in find_triggers(sentence))
    assert any(t.event_type == "attack" for t, _, _ in find_triggers("Militants blew up a bridge."))


def test_a_body_named_for_its_conference_is_no_actor_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "DALLAS - A gunman killed five police officers in Dallas on Thursday night in an attack the "
        "police called terrorism, said the President, speaking in Warsaw, where he was attending a NATO "
        "conference."
    )
    recs = [r for r in records(pipeline, text, "2016-07-08") if r["event_type"] == "attack"]
    assert recs
    assert all(a["name"] != "NATO" for r in recs for a in r["actors"]), [r["actors"] for r in recs]


def test_a_witness_of_the_storys_attack_joins_it_not_one_recalled_before(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - Three suicide bombers opened fire and then blew themselves up at Istanbul's main "
        "airport on Tuesday, killing 36 people. One attacker opened fire in the departures hall with an "
        "automatic rifle. The attack bore similarities to a suicide bombing by Islamic State militants "
        "at Brussels airport in March which killed 16 people. A coordinated attack also targeted a "
        "metro train in the Belgian capital. Paul Roos described seeing one of the attackers randomly "
        "shooting in the departure hall."
    )
    recs = [r for r in records(pipeline, text, "2016-06-29") if r["event_type"] == "attack"]
    roos = [r for r in recs if "Paul Roos" in evidence_of(r)]
    assert len(roos) == 1
    assert "Istanbul" in _names(roos[0]), _names(roos[0])


def test_a_toll_of_one_attack_years_ago_is_no_statistic() -> None:
    one = (
        "Syria agreed to give up its chemical weapons after hundreds of people died in an attack with "
        "Sarin nerve gas in a Damascus suburb in 2013."
    )
    assert find_statistics(one) == []
    many = "More than 400 people died in attacks by Islamic State in Iraq in 2015, the ministry said."
    assert find_statistics(many)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah has 100,000 missiles that are ready to hit Israel, a commander said.",
        "Russia delivered a missile defense system that can engage aircraft and ballistic missiles.",
        "China would rely on a growing arsenal of sophisticated missiles that can be launched from ships.",
    ],
)
def test_arms_held_or_defended_against_are_no_attack(sentence: str) -> None:
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence) if t.event_type == "attack"]
    assert hits and all(is_generic(sentence, h) for h in hits)


def test_rockets_fired_are_an_attack(pipeline: Pipeline) -> None:
    text = "Hamas militants fired rockets at southern Israel, the army said, and Israel intercepted two."
    assert [r["event_type"] for r in records(pipeline, text, "2016-07-01")] == ["attack"]


def test_the_capital_as_a_landmark_for_a_distance_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "Assailants armed with crude bombs and machetes attacked a police checkpoint at a large prayer "
        "gathering of Muslims in Bangladesh on Thursday, killing two police officers. Two more people "
        "were wounded in the attack in a village about 90 kilometers north of the capital of Dhaka."
    )
    recs = [r for r in records(pipeline, text, "2016-07-07") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert "Dhaka" not in _names(recs[0]), _names(recs[0])


def test_doers_tied_to_an_earlier_attack_tell_an_attack_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "Islamic State militants killed 130 people in Paris on Nov. 13, the bloodiest of the attacks in "
        "France. Four months ago, Belgian Islamists linked to the Paris attackers killed 32 people in "
        "Brussels."
    )
    recs = [r for r in records(pipeline, text, "2016-07-15") if r["event_type"] == "attack"]
    assert sorted(r["counts"]["killed"] for r in recs) == [32, 130], [(r["counts"], _names(r)) for r in recs]


def test_the_day_of_what_a_protest_was_against_does_not_date_the_attack(pipeline: Pipeline) -> None:
    text = (
        "DALLAS - Four police officers were fatally shot by snipers who targeted them during rallies in "
        "Dallas to protest against the fatal shooting of two black men by police this week."
    )
    recs = [r for r in records(pipeline, text, "2016-07-08") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert recs[0]["date"]["text"] != "this week", recs[0]["date"]


def test_a_massacre_named_back_twice_is_dated_by_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON - Senators signaled on Wednesday a new willingness to consider limits on gun sales "
        "after the Orlando nightclub massacre by a gunman who pledged allegiance to Islamic State. "
        "Emotions have run high in Congress since the Orlando massacre, with Democrats stalling Senate "
        "proceedings on Wednesday. The Senate began talks on a ban after a gunman who had been on a "
        "terrorism watch list killed 49 people at a gay nightclub on Sunday."
    )
    recs = [r for r in records(pipeline, text, "2016-06-15") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert recs[0]["date"]["start"] == "2016-06-12", recs[0]["date"]


def test_kidnapping_listed_among_kinds_of_crime_is_no_happening() -> None:
    text = "It is also a drug-trafficking, kidnapping, and child pornography issue that impacts every state."
    hits = [Hit(t, a, b) for t, a, b in find_triggers(text) if t.event_type == "attack"]
    assert hits and all(is_generic(text, h) for h in hits)
    told = "Gunmen kidnapped two engineers near the oil field, police said."
    assert not any(is_generic(told, Hit(t, a, b)) for t, a, b in find_triggers(told))


def test_a_groups_outlet_that_names_the_doer_does_not_make_the_group_the_doer(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT - Four suicide bombers killed six people in the Lebanese village of Qaa near the border "
        "with Syria on Monday. There was no immediate claim of responsibility. Hezbollah's al-Manar TV "
        "said the attack was carried out by Islamic State militants."
    )
    recs = [r for r in records(pipeline, text, "2016-06-27") if r["event_type"] == "attack"]
    assert len(recs) == 1
    perps = [a["name"] for a in recs[0]["actors"] if a["role"] == "perpetrator"]
    assert "Hezbollah" not in perps, recs[0]["actors"]


def test_a_countrys_air_support_is_not_where_the_assault_was(pipeline: Pipeline) -> None:
    text = (
        "FALLUJA, Iraq - The Iraqi army stormed to the southern edge of Falluja under U.S. air support on "
        "Monday, launching a direct assault to retake a stronghold of Islamic State militants."
    )
    recs = records(pipeline, text, "2016-05-30")
    assert recs
    assert all(loc["country_code"] != "US" for r in recs for loc in r["locations"]), [_names(r) for r in recs]


def test_the_toll_told_after_an_earlier_attack_is_that_ones(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - An explosion hit the Sultanahmet district of Istanbul on Tuesday, CNN Turk reported. "
        "The blast comes at a time Turkey is dealing with multiple threats to its security. In October, "
        "two explosions hit a lunchtime peace rally in Ankara, which called for an end to the conflict "
        "with the PKK. Ninety-nine people were killed and more than 240 were injured."
    )
    recs = [r for r in records(pipeline, text, "2016-01-12") if r["event_type"] == "attack"]
    istanbul = [r for r in recs if r["date"]["start"] == "2016-01-12"]
    ankara = [r for r in recs if r["date"]["start"] == "2015-10-01"]
    assert len(istanbul) == 1 and istanbul[0]["counts"]["killed"] is None, [
        (r["date"], r["counts"]) for r in recs
    ]
    assert len(ankara) == 1 and ankara[0]["counts"]["killed"] == 99


def test_a_condition_ends_with_its_clause_and_a_day_is_no_condition(pipeline: Pipeline) -> None:
    text = (
        "Officials would not say until Tuesday how many had died, but a suicide bomber killed at least "
        "30 people at a rally in Kabul on Sunday, police said."
    )
    recs = [r for r in records(pipeline, text, "2016-05-01") if r["event_type"] == "attack"]
    assert len(recs) == 1 and recs[0]["counts"]["killed"] == 30


def test_arms_fired_after_have_are_still_fired() -> None:
    for sentence in (
        "Houthi rebels have sent ballistic missiles into Saudi Arabia.",
        "Hamas has fired rockets.",
    ):
        hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence) if t.event_type == "attack"]
        assert hits and not any(is_generic(sentence, h) for h in hits), sentence


def test_a_province_named_like_a_university_is_still_a_province(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD - A suicide bomber killed 12 people in al-Anbar province on Sunday. Students at al-Anbar "
        "university fled the blast, police said."
    )
    recs = [r for r in records(pipeline, text, "2016-05-01") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert [loc["country_code"] for loc in recs[0]["locations"]] == ["IQ"]
    assert "Baghdad" not in _names(recs[0]), _names(recs[0])


def test_bombings_claimed_by_a_group_are_each_its_own(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD - Three suicide bombings claimed by Islamic State across Baghdad killed at least 80 "
        "people on Wednesday, police said. Another bomb went off at a checkpoint in a district of "
        "western Baghdad, killing eight and wounding 20."
    )
    recs = [r for r in records(pipeline, text, "2016-05-11") if r["event_type"] == "attack"]
    assert len(recs) == 2
    assert all(
        any(a["name"] == "Islamic State" and a["role"] == "perpetrator" for a in r["actors"]) for r in recs
    )


def test_a_part_of_the_capital_is_still_the_capital(pipeline: Pipeline) -> None:
    text = (
        "GUATEMALA CITY, 10 SEP 89 (EFE) -- Two policemen were injured as the result of two terrorist "
        "attacks last night in the Guatemalan capital. Guerrillas hurled a grenade at the Camino Real "
        "hotel, to the south of the capital, but it exploded in the street."
    )
    recs = [r for r in records(pipeline, text, "1989-09-10") if r["event_type"] == "attack"]
    assert recs
    assert "Guatemala City" in _names(recs[0]), _names(recs[0])
