"""Running stories, calls for attacks, figures over spans of years, the days of what a person is
known by, and places a happening is ranked among (the real pipeline; the texts are written for
these tests)."""

from __future__ import annotations

from typing import Any

from factories import main_type, of_type, records_of
from veille.extract import gtd
from veille.extract.counts import aggregate, find_counts
from veille.extract.statistics import find_statistics
from veille.pipeline import Pipeline


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


# -- a group's call for attacks is its threat, issued when told -----------------------------------


def test_a_call_on_followers_to_launch_attacks_is_the_groups_threat(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI A recorded message said to come from a spokesman of al-Shabaab calls on followers to "
        "launch attacks on Kenya during the holiday season, which begins in late December. The recording "
        "could not be verified, officials said."
    )
    recs = records_of(pipeline, text, "2016-11-20")
    threats = of_type(recs, "threat")
    assert len(threats) == 1
    assert ("al-Shabaab", "perpetrator") in {(a["name"], a["role"]) for a in threats[0]["actors"]}
    # issued when told, not in the season it names
    assert (threats[0]["date"]["start"] or "") <= "2016-11-20"
    assert not of_type(recs, "attack")


def test_attacks_a_message_urges_are_none_done() -> None:
    assert main_type("The statement was read out on a video, urging attacks on soldiers and police.") is None
    assert main_type("Gunmen carried out attacks on soldiers and police in the north.") == "attack"


def test_an_attack_named_as_the_likely_cause_is_none_told() -> None:
    text = "The airliner crashed into the sea, amid speculation that a bomb attack was the most likely cause."
    assert main_type(text) is None


def test_a_shooting_kept_from_happening_is_none() -> None:
    assert main_type("He said he could barely keep the men from going and shooting officers.") is None
    assert main_type("He said the men went on shooting officers at the checkpoint.") == "attack"


# -- the day a deed is told is not always its day --------------------------------------------------


def test_a_known_doers_deed_takes_no_day_of_the_report(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Officials will release the videos that the gunman who killed 12 people at a shopping "
        "mall in Denver had recorded, the attorney general said on Monday. The gunman had pledged "
        "allegiance to Islamic State."
    )
    attacks = of_type(records_of(pipeline, text, "2017-05-09"), "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["precision"] == "unknown"
    assert attacks[0]["date"]["end"] == "2017-05-08"


def test_the_storys_own_gunmen_keep_the_day_of_the_report(pipeline: Pipeline) -> None:
    # close case: bare gunmen, the subject of the lead
    text = (
        "MOGADISHU Gunmen who stormed a hotel in the capital have taken guests hostage, police said on "
        "Monday, as the attackers threw grenades from the roof."
    )
    attacks = of_type(records_of(pipeline, text, "2017-05-09"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2017-05-08"


def test_a_charge_is_not_dated_by_the_attacks_it_followed(pipeline: Pipeline) -> None:
    text = (
        "VIENNA Austrian prosecutors on Monday said they had charged two more men with membership of a "
        "terrorist group after a series of raids following bomb attacks on a railway station and a market "
        "last week. In a statement, the prosecutors named the two charged as Ahmed K. and Yusuf D."
    )
    charges = of_type(records_of(pipeline, text, "2017-05-08"), "charge")
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
    convictions = of_type(records_of(pipeline, text, "2017-05-08"), "conviction")
    assert all(r["date"]["start"] != "2017-05-09" for r in convictions)


def test_a_day_in_the_possessive_after_says_is_the_happenings(pipeline: Pipeline) -> None:
    text = (
        "Rebel shelling of a Kurdish district in the northern city of Aleppo killed at least nine people. "
        "The Syrian Observatory for Human Rights says Tuesday's shelling came amid clashes between rebels "
        "and Kurdish fighters. On Monday, state media reported that insurgents fired dozens of shells at "
        "the same district, killing eight."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-07"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2016-04-05"


# -- figures over a span of years ------------------------------------------------------------------


def test_a_figure_over_the_past_years_is_a_statistic() -> None:
    found = find_statistics("Over the past three years, 41 suspects have been charged with aiding militants.")
    assert [(s.metric, s.value_text) for s in found] == [("persons_charged", "41")]


def test_a_statistic_takes_the_verb_nearest_its_number() -> None:
    found = find_statistics(
        "Over the past six months, some 90 people have been killed and more than 300 have been arrested."
    )
    # (the second figure, with its verb only, is the arrests')
    assert [(s.metric, s.value_text) for s in found] == [("deaths", "90"), ("arrests", "300")]
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
    attacks = of_type(records_of(pipeline, text, "2016-04-05"), "attack")
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
    attacks = of_type(records_of(pipeline, text, "2016-06-29"), "attack")
    assert len(attacks) == 1


# -- what is no happening --------------------------------------------------------------------------


def test_gunshots_heard_during_a_raid_are_the_raids() -> None:
    text = "Reporters heard gunshots as police commandos moved into the street where the raid unfolded."
    assert main_type(text) == "raid"


def test_a_state_of_alert_kept_since_is_no_new_warning(pipeline: Pipeline) -> None:
    text = (
        "Police raided a flat in Brussels on Tuesday and arrested two men suspected of plotting an attack "
        "for Islamic State. Brussels was locked down for days after the Paris attacks in November. Brussels "
        "has maintained a high state of security alert since then, with military patrols a regular sight."
    )
    assert not of_type(records_of(pipeline, text, "2016-03-16"), "warning")


def test_a_building_stormed_again_in_a_protest_story_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of protesters stormed the parliament in Kabul on Saturday, demanding an end to "
        "corruption. The protests remained largely peaceful. The parliament was stormed after a session "
        "was postponed for lack of a quorum. Earlier on Saturday, a bomb exploded in a Kabul market, "
        "killing 12 people. The Taliban claimed responsibility."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-30"), "attack")
    assert len(attacks) == 1
    assert "stormed" not in " ".join(e["text"] for e in attacks[0]["evidence"])


def test_a_suspect_shot_dead_after_a_raid_is_the_polices_operation(pipeline: Pipeline) -> None:
    text = (
        "ANTWERP The prime minister summoned security chiefs on Wednesday after an armed suspect was shot "
        "dead following a raid linked to the bombings in Brussels."
    )
    recs = records_of(pipeline, text, "2016-03-16")
    assert of_type(recs, "ct_operation")
    assert not of_type(recs, "attack")


def test_bombing_all_the_time_is_a_practice_told() -> None:
    assert main_type('"They are bombing our villages all the time," said a farmer.') is None


def test_bombings_named_back_in_a_story_of_a_world_war_are_the_wars(pipeline: Pipeline) -> None:
    text = (
        "HIROSHIMA The prime minister laid a wreath for the victims of World War Two. Many still see the "
        "bombings as necessary to end the war. A World War Two pilot, 96, who dropped bombs on Osaka, said "
        "he was glad of the visit. Moving into shell holes, fighting and surviving on the front line were "
        "the daily life of the soldiers, he said."
    )
    assert not of_type(records_of(pipeline, text, "2016-05-27"), "attack")


def test_a_politicians_assault_on_a_rival_is_no_attack() -> None:
    text = "Voting is happening in the wake of Romney's assault on Trump, which split the Republican party."
    assert main_type(text) is None


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
    attacks = of_type(records_of(pipeline, text, "2016-03-15"), "attack")
    assert attacks and all("Syria" not in _names(r) for r in attacks)


def test_the_town_of_a_venue_named_again_places_an_attack(pipeline: Pipeline) -> None:
    text = (
        "PESHAWAR, Pakistan Militants stormed a university in volatile northwestern Pakistan on Wednesday, "
        "killing at least 19 people, officials said. A rescue official said 19 bodies had been recovered. "
        "The militants scaled the walls of the Bacha Khan University in Charsadda before opening fire on "
        "students."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-20"), "attack")
    assert attacks and _names(attacks[0]) == ["Charsadda"]


def test_a_countrys_ministry_that_speaks_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "Russia's Defense Ministry says its warplanes have struck targets around the ancient city of "
        "Palmyra, killing 120 militants."
    )
    ops = of_type(records_of(pipeline, text, "2016-03-24"), "ct_operation")
    assert ops and "Russia" not in _names(ops[0])


def test_places_an_attack_is_ranked_among_are_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "Militants killed 86 people in Lyon on Nov. 4, the deadliest of several attacks in France and "
        "Belgium in the past three years."
    )
    attacks = of_type(records_of(pipeline, text, "2017-07-15"), "attack")
    assert attacks and "Belgium" not in _names(attacks[0])


def test_the_town_of_the_dead_after_an_abbreviated_day(pipeline: Pipeline) -> None:
    text = (
        "The government says the phone is evidence in one of the worst terrorist attacks in the United "
        "States. A judge on Tuesday ordered Apple to help unlock the iPhone of a gunman who along with his "
        "brother killed five people and wounded two others on Jul. 16 in Chattanooga."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-05"), "attack")
    assert attacks and _names(attacks[0]) == ["Chattanooga"]


def test_a_terrorist_attack_names_no_target_of_militants() -> None:
    text = "He was one of the victims of the worst terrorist attacks in the United States."
    assert gtd.target_type(text, text.index("attacks")) != "terrorists_non_state_militia"
    # close case: rebels as the victims
    assert gtd.target_type("Soldiers attacked a rebel camp.", 10) == "terrorists_non_state_militia"


# -- accidents, exercises, named victims and famous capitals --------------------------------------


def test_a_blast_told_again_in_a_story_of_a_gas_explosion_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "The Latest on a natural gas explosion in Portland (all times local):\n\n"
        "7:15 a.m.\n\n"
        "Authorities say six fire fighters are injured and residents have been evacuated following a "
        "natural gas explosion. Crews are fighting flames following the blast early Wednesday."
    )
    assert not of_type(records_of(pipeline, text, "2016-03-09"), "attack")


def test_fire_fighters_are_no_armed_fighters() -> None:
    from veille.extract.lexicon import STRONG_CONTEXT

    assert not STRONG_CONTEXT.search("Six fire fighters were injured in the blaze.")
    assert STRONG_CONTEXT.search("Six fighters were killed in the clashes.")


def test_a_rocket_launching_drill_is_no_rocket_attack() -> None:
    assert main_type("Kim smiled with soldiers after inspecting a rocket-launching drill at a base.") is None
    assert main_type("Militants fired a rocket at the base, killing two soldiers.") == "attack"


def test_a_person_named_after_the_verb_is_one_killed() -> None:
    def killed(text: str) -> int | None:
        return aggregate(find_counts(text, 0), gtd_style=True)["killed"]

    assert killed("An attack on a base killed Marine Staff Sergeant Louis Cardin and wounded eight.") == 1
    assert killed("Gunmen killed police officer John Smith in Karachi on Monday.") == 1
    # close cases: people of a kind, not one named
    assert killed("Gunmen killed police officers in Karachi on Monday.") is None
    assert killed("Militants killed Afghan soldiers in Helmand on Monday.") is None


def test_the_places_of_a_similar_raid_the_attack_follows_are_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "OUAGADOUGOU Gunmen from al Qaeda in the Islamic Maghreb attacked a hotel in Ouagadougou on "
        "Friday, killing 23 people. The assault follows a similar raid in November on a luxury hotel in "
        "Mali's capital Bamako which killed 20 people, including citizens of Russia and China."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-16"), "attack")
    assert attacks
    assert all("Bamako" not in _names(r) and "China" not in _names(r) for r in attacks)


def test_a_world_capital_is_not_a_small_american_namesake(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Trump spoke in Portsmouth, New Hampshire, and in Georgetown, Kentucky, on Monday. "
        "During the primary, he cited a false account of people cheering in New Jersey after the terror "
        "attacks in Paris and Brussels carried out by Islamic State militants, and saw his popularity "
        "rise in Ohio, Iowa and Texas."
    )
    places = {
        (loc["name"], loc["country_code"])
        for r in records_of(pipeline, text, "2016-06-13")
        for loc in r["locations"]
    }
    assert ("Paris", "US") not in places and ("Brussels", "US") not in places
    # close case: a small town of that name among towns near it is that town
    text = (
        "SAN SALVADOR, 20 NOV 89 -- FMLN guerrillas sabotaged pylons in Conchagua and attacked a National "
        "Police post in Berlin and another in Anamoros on Sunday, the army said."
    )
    places = {loc["country_code"] for r in records_of(pipeline, text, "1989-11-20") for loc in r["locations"]}
    assert places == {"SV"}


# -- close cases the rules above leave alone ------------------------------------------------------


def test_one_attack_in_a_region_of_months_of_attacks_is_no_statistic() -> None:
    text = (
        "Gunmen killed 12 people at a checkpoint in Kandahar on Monday, in a region where the Taliban "
        "have stepped up attacks over the past few months."
    )
    assert find_statistics(text) == []


def test_a_war_named_only_as_a_yardstick_makes_no_story_of_a_war(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded at a market in Kiev on Sunday, killing three people, police said. It was the "
        "deadliest attack in the city since the Second World War. Officials said the blast was the worst "
        "since the end of the Second World War. The Islamic State claimed the bombing."
    )
    assert of_type(records_of(pipeline, text, "2016-06-27"), "attack")


def test_a_days_or_a_groups_assault_is_no_politicians() -> None:
    assert main_type("Sunday's attack on the police academy came weeks before the Republican primary.") == (
        "attack"
    )
    assert main_type("The Taliban's assault on Kunduz came days before the presidential debate.") == "attack"


def test_commandos_storming_in_a_protest_story_are_kept(pipeline: Pipeline) -> None:
    text = (
        "Thousands protested in Dhaka on Friday against the killings. Army commandos stormed the cafe "
        "early Saturday, ending the siege by Islamist gunmen."
    )
    assert records_of(pipeline, text, "2016-07-02")


def test_a_call_to_stage_a_strike_is_no_threat() -> None:
    from veille.extract.lexicon import find_triggers

    text = "The party called on its supporters to stage a nationwide general strike."
    assert "threat" not in {t.event_type for t, _, _ in find_triggers(text)}


def test_a_country_whose_ministry_speaks_stays_the_place_when_alone(pipeline: Pipeline) -> None:
    text = (
        "KABUL Afghanistan's Interior Ministry said a suicide bomber killed 12 people at a mosque on Friday."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-02"), "attack")
    assert attacks and {loc["country_code"] for loc in attacks[0]["locations"]} == {"AF"}


def test_a_chemical_attack_responded_to_keeps_its_weapon() -> None:
    text = "The U.S. said it would respond to the chemical attack that killed 80 people in Khan Sheikhoun."
    assert gtd.weapon_type(text, "unknown") == "chemical"


def test_a_militant_group_attacked_is_the_target() -> None:
    text = "A suicide bomber attacked a rival militant group in the north."
    assert gtd.target_type(text, text.index("attacked")) == "terrorists_non_state_militia"


def test_a_papers_name_is_no_daily_practice() -> None:
    assert main_type("Troops are shelling the village, the Daily Star reported on Monday.") is not None


def test_another_figure_before_a_larger_one_is_still_added() -> None:
    text = "Another three people were killed when a second bomb went off. The first blast killed 10."
    assert aggregate(find_counts(text, 0), gtd_style=True)["killed"] == 13


def test_evidence_suggesting_attacks_were_done_leaves_them_done() -> None:
    text = "Evidence suggests attacks on the pipeline were carried out by militants from the delta."
    assert main_type(text) == "attack"


def test_an_attack_named_by_a_town_of_its_own_is_another(pipeline: Pipeline) -> None:
    text = (
        "HOUSTON Police shot dead a black man who was pointing a gun in a street in Houston on Saturday, "
        "authorities said. In Georgia, an officer was ambushed and shot on Friday, and in Tennessee a man "
        "grazed a police officer with a bullet on Thursday when he opened fire on a hotel and a highway, "
        "killing a woman and wounding several others. In the Dallas rampage on Thursday, a black U.S. "
        'military veteran who opened fire at a protest said he wanted to "kill white people," killing five '
        "police officers and wounding seven others plus two civilians."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-09"), "attack")
    dallas = [r for r in attacks if "Dallas" in _names(r)]
    assert len(dallas) == 1 and dallas[0]["counts"]["killed"] == 5
    assert all("Georgia" not in _names(r) for r in dallas)
