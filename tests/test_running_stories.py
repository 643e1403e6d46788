"""Running stories, calls for attacks, figures over spans of years, the days of what a person is
known by, and places a happening is ranked among (the real pipeline; the texts are written for
these tests)."""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.extract import gtd
from veille.extract.counts import aggregate, find_counts
from veille.extract.statistics import find_statistics
from veille.pipeline import Pipeline


def _of(recs: list[dict[str, Any]], event_type: str, record_type: str = "event") -> list[dict[str, Any]]:
    return [r for r in recs if r["record_type"] == record_type and r["event_type"] == event_type]


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


def _main_type(text: str) -> str | None:
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, main_hit

    main = main_hit(text, [Hit(t, a, b) for t, a, b in find_triggers(text)])
    return main.trigger.event_type if main is not None else None


# -- a group's call for attacks is its threat, issued when told -----------------------------------


def test_a_call_on_followers_to_launch_attacks_is_the_groups_threat(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI A recorded message said to come from a spokesman of al-Shabaab calls on followers to "
        "launch attacks on Kenya during the holiday season, which begins in late December. The recording "
        "could not be verified, officials said."
    )
    recs = records_of(pipeline, text, "2016-11-20")
    threats = _of(recs, "threat")
    assert len(threats) == 1
    assert ("al-Shabaab", "perpetrator") in {(a["name"], a["role"]) for a in threats[0]["actors"]}
    # issued when told, not in the season it names
    assert (threats[0]["date"]["start"] or "") <= "2016-11-20"
    assert not _of(recs, "attack")


def test_attacks_a_message_urges_are_none_done() -> None:
    assert _main_type("The statement was read out on a video, urging attacks on soldiers and police.") is None
    assert _main_type("Gunmen carried out attacks on soldiers and police in the north.") == "attack"


def test_an_attack_named_as_the_likely_cause_is_none_told() -> None:
    text = "The airliner crashed into the sea, amid speculation that a bomb attack was the most likely cause."
    assert _main_type(text) is None


def test_a_shooting_kept_from_happening_is_none() -> None:
    assert _main_type("He said he could barely keep the men from going and shooting officers.") is None
    assert _main_type("He said the men went on shooting officers at the checkpoint.") == "attack"


# -- the day a deed is told is not always its day --------------------------------------------------


def test_a_known_doers_deed_takes_no_day_of_the_report(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Officials will release the videos that the gunman who killed 12 people at a shopping "
        "mall in Denver had recorded, the attorney general said on Monday. The gunman had pledged "
        "allegiance to Islamic State."
    )
    attacks = _of(records_of(pipeline, text, "2017-05-09"), "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["precision"] == "unknown"
    assert attacks[0]["date"]["end"] == "2017-05-08"


def test_the_storys_own_gunmen_keep_the_day_of_the_report(pipeline: Pipeline) -> None:
    # close case: bare gunmen, the subject of the lead
    text = (
        "MOGADISHU Gunmen who stormed a hotel in the capital have taken guests hostage, police said on "
        "Monday, as the attackers threw grenades from the roof."
    )
    attacks = _of(records_of(pipeline, text, "2017-05-09"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2017-05-08"


def test_a_charge_is_not_dated_by_the_attacks_it_followed(pipeline: Pipeline) -> None:
    text = (
        "VIENNA Austrian prosecutors on Monday said they had charged two more men with membership of a "
        "terrorist group after a series of raids following bomb attacks on a railway station and a market "
        "last week. In a statement, the prosecutors named the two charged as Ahmed K. and Yusuf D."
    )
    charges = _of(records_of(pipeline, text, "2017-05-08"), "charge")
    assert len(charges) == 1
    assert charges[0]["date"]["text"] != "last week"
    # "two more" told first and "the two charged" after are the same two
    assert charges[0]["counts"]["persons"] == 2


def test_a_conviction_a_person_is_known_by_is_not_dated_by_a_hearing(pipeline: Pipeline) -> None:
    text = (
        "An appeals court will hear on Tuesday a challenge to a surveillance law brought by a Texas man "
        "found guilty of plotting to bomb a football stadium. He was convicted in 2012 of attempting to "
        "use a weapon of mass destruction and sentenced to 25 years in prison."
    )
    convictions = _of(records_of(pipeline, text, "2017-05-08"), "conviction")
    assert all(r["date"]["start"] != "2017-05-09" for r in convictions)


def test_a_day_in_the_possessive_after_says_is_the_happenings(pipeline: Pipeline) -> None:
    text = (
        "Rebel shelling of a Kurdish district in the northern city of Aleppo killed at least nine people. "
        "The Syrian Observatory for Human Rights says Tuesday's shelling came amid clashes between rebels "
        "and Kurdish fighters. On Monday, state media reported that insurgents fired dozens of shells at "
        "the same district, killing eight."
    )
    attacks = _of(records_of(pipeline, text, "2016-04-07"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2016-04-05"


# -- figures over a span of years ------------------------------------------------------------------


def test_a_figure_over_the_past_years_is_a_statistic() -> None:
    found = find_statistics("Over the past three years, 41 suspects have been charged with aiding militants.")
    assert [(s.metric, s.value_text) for s in found] == [("persons_charged", "41")]


def test_a_statistic_takes_the_verb_nearest_its_number() -> None:
    found = find_statistics(
        "Over the past six months, some 90 people have been killed and more than 300 have been arrested."
    )
    assert [(s.metric, s.value_text) for s in found] == [("deaths", "90")]
    # the verb the number is the object of comes first
    found = find_statistics("Since January, police have arrested 45 people and deported 12 suspects.")
    assert [(s.metric, s.value_text) for s in found] == [("arrests", "45"), ("deportations", "12")]


def test_one_attack_ranked_among_those_of_past_years_is_no_statistic() -> None:
    text = "Gunmen killed 86 people in Lyon on Nov. 4, the deadliest of many attacks in the past three years."
    assert find_statistics(text) == []


def test_a_toll_ranked_since_an_old_day_is_no_total() -> None:
    text = (
        "At least 120 people died on Sunday in the city's worst bombing since the war ended in 2003. "
        "Officials had earlier said 95 people were killed."
    )
    counts = aggregate(find_counts(text, 0), gtd_style=True)
    assert counts["killed"] == 120


def test_a_figure_told_on_top_and_told_again_is_one_figure() -> None:
    text = (
        "Prosecutors said they had charged three more people. They named the three charged as Ali B., "
        "Omar C. and Samir D."
    )
    assert aggregate(find_counts(text, 0), gtd_style=True)["persons"] == 3
    # close case: a base figure told first, more on top
    text = "Police arrested five suspects on Monday. Three more were arrested on Tuesday."
    assert aggregate(find_counts(text, 0), gtd_style=True)["arrested"] == 8


# -- running stories ("The Latest") ----------------------------------------------------------------


def test_an_item_of_a_running_story_in_another_town_tells_its_own(pipeline: Pipeline) -> None:
    text = (
        "The Latest on the fighting in Syria (all times local):\n\n"
        "2:10 p.m.\n\n"
        "Activists say militants have shot down a warplane in northern Syria.\n\n"
        "———\n\n"
        "1:40 p.m.\n\n"
        "State media say rebel shelling of the Sheikh Maqsoud district in Aleppo has killed at least "
        "seven people on Tuesday."
    )
    attacks = _of(records_of(pipeline, text, "2016-04-05"), "attack")
    aleppo = [r for r in attacks if r["counts"]["killed"] == 7]
    assert len(aleppo) == 1
    assert "warplane" not in " ".join(e["text"] for e in aleppo[0]["evidence"])


def test_items_of_a_running_story_on_one_attack_stay_one(pipeline: Pipeline) -> None:
    # close case: every item tells the same attack in the same town
    text = (
        "The Latest on the airport attack in Istanbul (all times local):\n\n"
        "3:00 a.m.\n\n"
        "Two explosions have rocked Istanbul's Ataturk airport on Tuesday, killing at least 10 people.\n\n"
        "———\n\n"
        "2:40 a.m.\n\n"
        "Istanbul's governor says the attack at the airport in Istanbul killed 28 people."
    )
    attacks = _of(records_of(pipeline, text, "2016-06-29"), "attack")
    assert len(attacks) == 1


# -- what is no happening --------------------------------------------------------------------------


def test_gunshots_heard_during_a_raid_are_the_raids() -> None:
    text = "Reporters heard gunshots as police commandos moved into the street where the raid unfolded."
    assert _main_type(text) == "raid"


def test_a_state_of_alert_kept_since_is_no_new_warning(pipeline: Pipeline) -> None:
    text = (
        "Police raided a flat in Brussels on Tuesday and arrested two men suspected of plotting an attack "
        "for Islamic State. Brussels was locked down for days after the Paris attacks in November. Brussels "
        "has maintained a high state of security alert since then, with military patrols a regular sight."
    )
    assert not _of(records_of(pipeline, text, "2016-03-16"), "warning")


def test_a_building_stormed_again_in_a_protest_story_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of protesters stormed the parliament in Kabul on Saturday, demanding an end to "
        "corruption. The protests remained largely peaceful. The parliament was stormed after a session "
        "was postponed for lack of a quorum. Earlier on Saturday, a bomb exploded in a Kabul market, "
        "killing 12 people. The Taliban claimed responsibility."
    )
    attacks = _of(records_of(pipeline, text, "2016-04-30"), "attack")
    assert len(attacks) == 1
    assert "stormed" not in " ".join(e["text"] for e in attacks[0]["evidence"])


def test_a_suspect_shot_dead_after_a_raid_is_the_polices_operation(pipeline: Pipeline) -> None:
    text = (
        "ANTWERP The prime minister summoned security chiefs on Wednesday after an armed suspect was shot "
        "dead following a raid linked to the bombings in Brussels."
    )
    recs = records_of(pipeline, text, "2016-03-16")
    assert _of(recs, "ct_operation")
    assert not _of(recs, "attack")


def test_bombing_all_the_time_is_a_practice_told() -> None:
    assert _main_type('"They are bombing our villages all the time," said a farmer.') is None


def test_bombings_named_back_in_a_story_of_a_world_war_are_the_wars(pipeline: Pipeline) -> None:
    text = (
        "HIROSHIMA The prime minister laid a wreath for the victims of World War Two. Many still see the "
        "bombings as necessary to end the war. A World War Two pilot, 96, who dropped bombs on Osaka, said "
        "he was glad of the visit. Moving into shell holes, fighting and surviving on the front line were "
        "the daily life of the soldiers, he said."
    )
    assert not _of(records_of(pipeline, text, "2016-05-27"), "attack")


def test_a_politicians_assault_on_a_rival_is_no_attack() -> None:
    text = "Voting is happening in the wake of Romney's assault on Trump, which split the Republican party."
    assert _main_type(text) is None


# -- types, targets and weapons --------------------------------------------------------------------


def test_the_venue_named_before_the_deed_is_the_target() -> None:
    text = "Senators signaled a new willingness to consider gun laws after the Orlando nightclub massacre."
    assert gtd.target_type(text, text.index("massacre")) == "business"
    # close case: the means named before the deed is no venue
    text = "3 dead and several wounded in an IED/mine blast that struck an army vehicle near Inata."
    assert gtd.target_type(text, text.index("blast")) == "military"


def test_whose_target_a_country_is_names_no_target() -> None:
    text = (
        "Turkey has become a target for Islamic State, with two bombings last year in Suruc and Ankara, "
        "the latter killing more than 100 people."
    )
    assert gtd.target_type(text, text.index("bombings")) != "terrorists_non_state_militia"


def test_dirty_bombs_only_feared_are_not_the_weapon() -> None:
    text = (
        "The bomb attacks in Brussels have fueled concern that militants could target nuclear plants and "
        "build radioactive dirty bombs."
    )
    assert gtd.weapon_type(text, "bombing") == "explosives"


# -- places ----------------------------------------------------------------------------------------


def test_where_people_fought_before_is_not_where_the_attack_was(pipeline: Pipeline) -> None:
    text = (
        "Investigators believe the Nov. 13 bombing and shooting rampage by Islamic State militants in "
        "Paris that killed 130 people was planned by young French and Belgian nationals, some of whom "
        "fought in Syria."
    )
    attacks = _of(records_of(pipeline, text, "2016-03-15"), "attack")
    assert attacks and all("Syria" not in _names(r) for r in attacks)


def test_the_town_of_a_venue_named_again_places_an_attack(pipeline: Pipeline) -> None:
    text = (
        "PESHAWAR, Pakistan Militants stormed a university in volatile northwestern Pakistan on Wednesday, "
        "killing at least 19 people, officials said. A rescue official said 19 bodies had been recovered. "
        "The militants scaled the walls of the Bacha Khan University in Charsadda before opening fire on "
        "students."
    )
    attacks = _of(records_of(pipeline, text, "2016-01-20"), "attack")
    assert attacks and _names(attacks[0]) == ["Charsadda"]


def test_a_countrys_ministry_that_speaks_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "Russia's Defense Ministry says its warplanes have struck targets around the ancient city of "
        "Palmyra, killing 120 militants."
    )
    ops = _of(records_of(pipeline, text, "2016-03-24"), "ct_operation")
    assert ops and "Russia" not in _names(ops[0])


def test_places_an_attack_is_ranked_among_are_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "Militants killed 86 people in Lyon on Nov. 4, the deadliest of several attacks in France and "
        "Belgium in the past three years."
    )
    attacks = _of(records_of(pipeline, text, "2017-07-15"), "attack")
    assert attacks and "Belgium" not in _names(attacks[0])


def test_the_town_of_the_dead_after_an_abbreviated_day(pipeline: Pipeline) -> None:
    text = (
        "The government says the phone is evidence in one of the worst terrorist attacks in the United "
        "States. A judge on Tuesday ordered Apple to help unlock the iPhone of a gunman who along with his "
        "brother killed five people and wounded two others on Jul. 16 in Chattanooga."
    )
    attacks = _of(records_of(pipeline, text, "2016-04-05"), "attack")
    assert attacks and _names(attacks[0]) == ["Chattanooga"]


def test_a_terrorist_attack_names_no_target_of_militants() -> None:
    text = "He was one of the victims of the worst terrorist attacks in the United States."
    assert gtd.target_type(text, text.index("attacks")) != "terrorists_non_state_militia"
    # close case: rebels as the victims
    assert gtd.target_type("Soldiers attacked a rebel camp.", 10) == "terrorists_non_state_militia"
