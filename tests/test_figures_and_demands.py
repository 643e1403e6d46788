"""Figures told as rates or tallies, happenings only demanded, urged or threatened, and words about
someone that are not the happening's (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.extract.lexicon import find_triggers
from veille.extract.statistics import find_statistics
from veille.extract.triggers import Hit, is_descriptive, is_hypothetical
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-08-01") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


def _events(recs: list[dict[str, Any]], event_type: str = "attack") -> list[dict[str, Any]]:
    return [r for r in recs if r["record_type"] == "event" and r["event_type"] == event_type]


def _places(pipeline: Pipeline, text: str) -> list[str]:
    """The places the pipeline's own NER and geoparser find in upper-case ``text``."""
    from veille.nlp.ner import truecase_for_ner

    assert pipeline.ner is not None and pipeline.geoparser is not None
    entities = next(iter(pipeline.ner.entities([truecase_for_ner(text)])))
    return [p.text for p in pipeline.geoparser.parse(text, entities, upper=True)]


# -- what describes someone is not the happening's ----------------------------------------------

_GUNNED_DOWN = (
    "Police sources said that Danilo Barillas, ambassador to Spain during the first two years of the "
    "Cerezo administration, which began in 2012, was gunned down by unidentified gunmen as he was "
    "returning to his home in Guatemala City."
)


def test_an_old_year_in_a_clause_about_the_victim_does_not_date_the_killing(pipeline: Pipeline) -> None:
    attacks = _events(records(pipeline, _GUNNED_DOWN))
    assert len(attacks) == 1
    assert attacks[0]["date"]["precision"] == "unknown"  # no day told; not history of 2012


def test_an_old_year_that_dates_the_happening_still_makes_it_history(pipeline: Pipeline) -> None:
    # close case: the year is the happening's own, no clause about someone
    text = (
        "Danilo Barillas, a former ambassador, was gunned down by unidentified gunmen in Guatemala City "
        "in 2012, police sources said."
    )
    assert not _events(records(pipeline, text))


def test_the_country_an_ambassador_was_sent_to_is_not_the_place(pipeline: Pipeline) -> None:
    (attack,) = _events(records(pipeline, _GUNNED_DOWN))
    assert _names(attack) == ["Guatemala City"]


def test_the_sources_who_tell_of_it_are_not_the_target(pipeline: Pipeline) -> None:
    (attack,) = _events(records(pipeline, _GUNNED_DOWN))
    assert attack["target_type"] == "government_diplomatic"  # the ambassador, not "police sources"


def test_a_candidate_admitted_to_hospital_after_being_shot_was_attacked(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 26 APR 90 -- [TEXT] THE SOCIAL SECURITY FUND REGRETS TO INFORM THE PEOPLE THAT "
        "PRESIDENTIAL CANDIDATE CARLOS PIZARRO LEONGOMEZ WAS ADMITTED TO THE EMERGENCY ROOM THIS "
        "MORNING, AFTER HAVING BEEN SHOT SEVERAL TIMES IN THE HEAD AND NECK A FEW MINUTES EARLIER."
    )
    (attack,) = _events(records(pipeline, text, "1990-04-26"))
    assert attack["date"]["start"] == "1990-04-26"


def test_a_bomb_hurled_at_an_embassy_is_an_attack(pipeline: Pipeline) -> None:
    text = (
        "TEGUCIGALPA, 16 APR 89 -- [EXCERPT] ONE MAN WAS KILLED AND ANOTHER SERIOUSLY INJURED THIS "
        "EVENING WHEN A POWERFUL EXPLOSIVE THEY WERE ATTEMPTING TO HURL FROM A PASSING MOTORCYCLE AT A "
        "U.S. EMBASSY WAREHOUSE IN TEGUCIGALPA EXPLODED BEFORE THEY COULD THROW IT."
    )
    (attack,) = _events(records(pipeline, text, "1989-04-16"))
    assert attack["attack_type"] == "bombing"
    assert _names(attack) == ["Tegucigalpa"]


def test_a_bomb_threat_at_an_embassy_is_no_attack(pipeline: Pipeline) -> None:
    # close case: a threat, told with no other security words
    text = "Security at the embassy in Kingston has been tightened following a bomb threat on Monday."
    assert not _events(records(pipeline, text))


def test_a_name_said_to_be_arrested_is_a_person_not_a_town(pipeline: Pipeline) -> None:
    text = (
        "MEXICO CITY, 21 NOV 89 (TELEVISION) -- [TEXT] OUR CORRESPONDENT IN SAN SALVADOR, EPIGMENIO\n"
        "IBARRA, WAS HELD BY SALVADORAN TROOPS FOR SEVERAL HOURS AFTER A ROAD ACCIDENT.  IBARRA WAS\n"
        "FREED LAST NIGHT AND TAKEN TO A CLINIC WHERE HE IS RECOVERING.\n\n"
        "   EPIGMENIO IBARRA, KNOWN FOR HIS BOLD REPORTS FROM THE FRONT, HAS OFTEN BEEN HARASSED BY THE\n"
        "SALVADORAN ARMY.\n\n"
        "   WE, THE STATION'S STAFF, CONDEMN THIS ATTACK ON EPIGMENIO\n"
        "IBARRA, WHO WAS ARRESTED AND RELEASED LAST NIGHT."
    )
    places = _places(pipeline, text)
    assert "IBARRA" not in places
    assert "SAN SALVADOR" in places


def test_a_town_whose_mayor_was_arrested_stays_a_town(pipeline: Pipeline) -> None:
    # close case: "who" tells of the mayor, not of the town before it
    text = (
        "BOGOTA, 21 NOV 89 -- [TEXT] POLICE RELEASED THE MAYOR OF MEDELLIN, WHO WAS ARRESTED LAST\n"
        "NIGHT BY THE ARMY."
    )
    assert "MEDELLIN" in _places(pipeline, text)


# -- demanded, urged, threatened ----------------------------------------------------------------


def test_what_is_demanded_to_stop_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = (
        "The FMLN guerrilla command asked all citizens to demand that the president carry out a serious "
        "negotiation; stop the repression, kidnapping, and torture; and release all political prisoners."
    )
    assert not _events(records(pipeline, text))


def test_what_a_pledge_suspends_or_refrains_from_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = (
        "The guerrilla command proposed to the government: to suspend sabotage of public transportation "
        "and to continue to refrain from using artillery-equipped platforms, known as car bombs."
    )
    assert not _events(records(pipeline, text))


def test_a_stop_told_as_done_still_leaves_the_attack(pipeline: Pipeline) -> None:
    # close case: what stopped it is no demand ("stop" is no verb of the sentence)
    text = "Gunmen shot dead two police officers at a bus stop in Kano on Monday, police said."
    assert len(_events(records(pipeline, text))) == 1


def test_what_is_urged_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = (
        "Leftist guerrillas denied any role in the protest at the Peruvian embassy this afternoon. "
        "Unidentified people urged the throwing of fire bombs against the embassy, the minister said."
    )
    assert not _events(records(pipeline, text))


def test_calm_urged_after_a_bombing_leaves_the_bombing(pipeline: Pipeline) -> None:
    # close case: "urged calm after the bombing" tells of the bombing
    text = (
        "A car bomb exploded outside a police station in Kano on Monday, killing four people. The "
        "governor urged calm after the bombing."
    )
    assert len(_events(records(pipeline, text))) == 1


def test_what_blackmailers_threaten_is_not_told_as_done(pipeline: Pipeline) -> None:
    hits = [(t.name, a) for t, a, _ in find_triggers("threatened capturing or assassinating them")]
    assert hits  # the lexicon finds the word; the engine reads the threat
    text = (
        "Ranchers paid millions to guerrillas who threatened capturing or assassinating them if they "
        "failed to pay, the security department said."
    )
    assert not _events(records(pipeline, text))


# -- rates and tallies ----------------------------------------------------------------------------


def test_kidnappings_over_a_period_are_a_statistic() -> None:
    (stat,) = find_statistics("The police reported that 326 people have been kidnapped so far this year.")
    assert (stat.metric, stat.slot, stat.value_text) == ("kidnappings", "kidnapped", "326")
    (stat,) = find_statistics("There were 3,000 kidnappings in 2015.")
    assert stat.metric == "kidnappings"


def test_one_kidnapping_of_an_uncertain_day_is_no_statistic() -> None:
    # the doer named before the figure: one happening, dated by a range
    assert not find_statistics(
        "Sometime between October 28, 2017 and November 28, 2017, assailants abducted five people from "
        "an unknown village in Cameroon."
    )


def test_a_figure_per_day_is_a_rate_not_a_total() -> None:
    (stat,) = find_statistics("Four people have been kidnapped every day so far in 1990.")
    assert (stat.metric, stat.slot) == ("kidnappings_per_day", None)
    (stat,) = find_statistics("Since January, 40 people a day have been arrested.")
    assert stat.metric == "arrests_per_day"
    # close case: "a day" inside another word is no rate
    (stat,) = find_statistics("Since January, 40 people have been arrested in a day-long sweep.")
    assert stat.metric == "arrests"


def test_a_figure_so_far_this_year_ends_on_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "The judicial police said on Friday that 326 people have been kidnapped by guerrillas and "
        "criminal gangs so far this year."
    )
    stats = [r for r in records(pipeline, text, "1990-03-31") if r["record_type"] == "statistic"]
    assert [s["statistic"]["value"] for s in stats] == [326]
    assert stats[0]["statistic"]["period"] == {"start": "1990-01-01", "end": "1990-03-31"}
    assert stats[0]["weapon_type"] is None  # no means guessed for many kidnappings


def test_a_figure_of_a_whole_year_keeps_the_year(pipeline: Pipeline) -> None:
    # close case: no "so far"; the year is over
    text = "The judicial police said on Friday that 326 people were kidnapped by guerrillas in 1989."
    stats = [r for r in records(pipeline, text, "1990-03-31") if r["record_type"] == "statistic"]
    assert stats and stats[0]["statistic"]["period"] == {"start": "1989-01-01", "end": "1989-12-31"}


def test_the_number_of_kidnappings_is_a_tally_not_a_happening(pipeline: Pipeline) -> None:
    text = (
        "Guerrilla kidnappers have grown bolder. The police said the number of kidnappings in this period "
        "doubled the number during the same period in 1989."
    )
    assert not _events(records(pipeline, text, "1990-03-31"))


def test_a_trade_of_kidnapping_is_no_kidnapping() -> None:
    assert not find_triggers("guerrillas take part in 20 to 30 percent of the kidnapping business")
    assert not find_triggers("these estimates of participation in the industry of kidnapping")
    assert find_triggers("the kidnapping of two engineers")  # close case


# -- names that are people or gangs, other countries' forces, counted convicts --------------------


def _story_places(pipeline: Pipeline, text: str) -> list[str]:
    """The places the pipeline's own NER and geoparser find in mixed-case ``text``."""
    assert pipeline.ner is not None and pipeline.geoparser is not None
    entities = next(iter(pipeline.ner.entities([text])))
    return [p.name for p in pipeline.geoparser.parse(text, entities, upper=False)]


_GANG_STORY = (
    "CHICAGO - Prosecutors said on Monday that a reputed gang member had planned the killing. The boy's "
    "father reputedly belongs to the Killa Ward faction of the Gangster Disciples. Last August, a "
    "reputed Killa Ward member was found fatally shot in an alley. Police believe the gang retaliated "
    "on Oct. 18 by shooting up a car parked at another gang border, wounding a reputed Killa Ward "
    "member and killing the 19-year-old Jenkins. Jenkins was killed about two months after the suspect "
    "was paroled."
)


def test_a_gang_named_with_a_towns_other_name_is_no_town(pipeline: Pipeline) -> None:
    # GeoNames lists "Killa" among Barranquilla's other names
    assert "Barranquilla" not in _story_places(pipeline, _GANG_STORY)
    assert "Chicago" in _story_places(pipeline, _GANG_STORY)  # close case: the town's own name


def test_a_name_told_with_an_age_is_a_person_not_a_town(pipeline: Pipeline) -> None:
    assert "Jenkins" not in _story_places(pipeline, _GANG_STORY)


def test_another_countrys_forces_named_beside_do_not_place_a_plot(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - Turkish police detained 13 people on Thursday. One of the suspects was thought to have "
        "been plotting a suicide bomb attack in the southern province of Adana, home to Incirlik, a base "
        "used by U.S. and Turkish forces for air strikes against Islamic State, an official said."
    )
    recs = records(pipeline, text, "2016-06-30")
    assert recs
    assert all("United States" not in _names(r) for r in recs)
    assert "Adana" in _names(recs[0])


def test_people_a_conviction_describes_inside_a_sentence_are_no_conviction(pipeline: Pipeline) -> None:
    text = (
        "The takeover of the wildlife refuge, which began on Jan. 2 with at least a dozen armed men, was "
        "sparked by the return to prison of two Oregon ranchers convicted of setting fires that spread to "
        "federal property."
    )
    assert not _events(records(pipeline, text, "2016-03-08"), "conviction")


def test_the_attack_a_convicted_man_plotted_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Two men convicted of plotting a terrorist attack on a church in Paris were jailed for ten years "
        "on Monday."
    )
    recs = records(pipeline, text, "2016-03-08")
    assert [r["event_type"] for r in recs] == ["conviction"]
    text = "Two men convicted of plotting a terrorist attack on a church in Paris were freed on Monday."
    assert not _events(records(pipeline, text, "2016-03-08"))


def test_what_is_done_in_many_cases_or_used_as_a_practice_is_no_happening(pipeline: Pipeline) -> None:
    text = (
        "Police say estimates of the guerrillas' share are nearly impossible to check because in many "
        "cases guerrillas kidnap people to finance their activities. The one that has used kidnapping "
        "to the fullest extent is the National Liberation Army."
    )
    assert not _events(records(pipeline, text, "1990-03-31"))


def test_a_kidnapping_told_in_a_sentence_with_cases_is_still_told(pipeline: Pipeline) -> None:
    # close case: the cases are named, the kidnapping is told with its day
    text = "Guerrillas kidnapped two engineers in Arauca on Monday, in one of many such cases this year."
    assert len(_events(records(pipeline, text, "1990-03-31"))) == 1


def test_a_hostage_rescue_team_is_no_hostage_taking() -> None:
    from veille.extract.gtd import attack_type

    text = (
        "The inspector general is investigating the actions of the FBI's Hostage Rescue Team in the "
        "shooting at the roadblock."
    )
    assert attack_type(text) == "armed_assault"
    assert attack_type("Gunmen took 20 hostages at the hotel on Monday.") != "armed_assault"  # close case


def test_a_figure_of_attacks_guesses_no_kind_of_attack(pipeline: Pipeline) -> None:
    text = (
        "In June, the Interior Ministry reported 26 terror attacks had taken place in the kingdom in the "
        "last two years."
    )
    (stat,) = [r for r in records(pipeline, text, "2016-07-04") if r["record_type"] == "statistic"]
    assert stat["statistic"]["value"] == 26
    assert (stat["attack_type"], stat["weapon_type"]) == (None, None)
    assert stat["target_type"] != "government_general"  # the ministry reports; it was not attacked


def test_a_trial_counts_its_defendants_not_the_victims_of_the_crime(pipeline: Pipeline) -> None:
    text = (
        "The trial for a man accused of purchasing the assault-style rifles used by a married couple to "
        "massacre 14 people in San Bernardino, California last year has been postponed until March, a "
        "judge ruled Friday. The couple, inspired by Islamist militants, were killed in a shootout with "
        "police."
    )
    (trial,) = _events(records(pipeline, text, "2016-05-08"), "trial")
    assert trial["counts"]["persons"] == 1


def test_what_there_was_no_way_to_do_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = (
        "Police used a robot equipped with explosives to kill the gunman, after concluding during a "
        "standoff with the militant there was no safe way of taking him into custody, the chief said."
    )
    assert not _events(records(pipeline, text, "2016-07-11"), "arrest")


def test_a_truck_driven_at_speed_into_a_crowd_is_the_weapon() -> None:
    from veille.extract.gtd import attack_type, weapon_type

    text = (
        "A terrorist gunman killed 80 people when he drove a heavy truck at high speed into a crowd "
        "watching fireworks late on Thursday."
    )
    kind = attack_type(text)
    assert (kind, weapon_type(text, kind)) == ("unarmed_assault", "vehicle")


def test_a_tally_of_a_nations_dead_is_a_statistic_and_goes_on(pipeline: Pipeline) -> None:
    text = (
        "JERUSALEM - Israel's security cabinet met on Sunday. Since October, Palestinians have killed 34 "
        "Israelis and two visiting U.S. citizens in a wave of street attacks, mostly stabbings. Israeli "
        "forces have shot dead at least 201 Palestinians, 137 of whom Israel has said were assailants."
    )
    recs = records(pipeline, text, "2016-07-03")
    stats = sorted(r["statistic"]["value"] for r in recs if r["record_type"] == "statistic")
    assert stats == [34, 201]
    assert not _events(recs)


def test_a_nations_people_counted_on_one_day_are_no_statistic() -> None:
    assert not find_statistics("On Monday, police arrested 12 Syrians in Germany.")  # close case
    (stat,) = find_statistics("Since January, police have arrested 12 Syrians in Germany.")
    assert stat.metric == "arrests"


def test_the_nth_person_killed_so_far_this_year_is_a_tally(pipeline: Pipeline) -> None:
    text = (
        "DALLAS - Four police officers were shot dead by snipers at a protest on Thursday evening, police "
        "said. Separately, the Washington Post said Castile was at least the 506th person shot and killed "
        "by police so far in 2016."
    )
    (attack,) = _events(records(pipeline, text, "2016-07-08"))
    assert attack["date"]["start"] == "2016-07-07"
    assert attack["counts"]["killed"] == 4


def _hit(sentence: str, name: str) -> Hit:
    return next(Hit(t, a, b) for t, a, b in find_triggers(sentence) if t.name == name)


def test_bombing_raids_that_would_go_on_are_not_told() -> None:
    sentence = "The Kremlin made clear Russia would continue bombing raids against Islamic State."
    assert is_hypothetical(sentence, _hit(sentence, "raid"))
    sentence = "Russian jets carried out bombing raids against Islamic State on Sunday."
    assert not is_hypothetical(sentence, _hit(sentence, "raid"))  # close case


def test_searches_named_after_a_preposition_are_still_told(pipeline: Pipeline) -> None:
    # close case: "to" before a raid's noun is no infinitive
    text = (
        "In regard to the searches that police conducted at union offices of the guerrilla front on "
        "Monday, the president said he was not fully aware of the circumstances."
    )
    assert _events(records(pipeline, text, "1989-04-25"), "raid")


def test_what_there_is_no_word_of_is_not_told() -> None:
    sentence = "Police said there was no word on the arrest of a possible second sniper."
    assert is_descriptive(sentence, _hit(sentence, "arrest"))
    sentence = "Police said there was word of the arrest of a second sniper."
    assert not is_descriptive(sentence, _hit(sentence, "arrest"))  # close case


def test_a_towns_other_name_far_from_the_theatre_is_no_town(pipeline: Pipeline) -> None:
    # GeoNames lists "Cano" among the other names of Kano, Nigeria
    text = (
        "BOGOTA, 3 JUL 89 (AFP) -- [TEXT] GUERRILLAS OF THE NATIONAL LIBERATION ARMY (ELN) SET FIRE TO\n"
        "THREE TANK TRUCKS THAT WERE CARRYING OIL FROM THE CANO LIMON OILFIELD IN ARAUCA DEPARTMENT\n"
        "TODAY, THE ARMED FORCES COMMANDER REPORTED."
    )
    (attack,) = _events(records(pipeline, text, "1989-07-03"))
    assert "Kano" not in _names(attack)
    assert "Arauca" in _names(attack)


def test_harm_of_another_day_is_not_the_operations(pipeline: Pipeline) -> None:
    text = (
        "Government troops launched an offensive against FMLN guerrillas in San Salvador on 6 November, "
        "the army said. The leftist leader left the country following the assassination of six Jesuits "
        "who were machinegunned on 15 November by men wearing military uniforms."
    )
    recs = records(pipeline, text, "1989-11-20")
    (operation,) = _events(recs, "ct_operation")
    assert operation["counts"]["killed"] is None
    (attack,) = _events(recs)
    assert (attack["date"]["start"], attack["counts"]["killed"]) == ("1989-11-15", 6)


def test_a_groups_leaders_likely_killed_are_no_attack_by_the_group(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Islamic State's second in command and other senior leaders were likely killed this "
        "week in a major offensive targeting its financial operations, U.S. Defense Secretary Ash Carter "
        "said on Friday."
    )
    recs = records(pipeline, text, "2016-03-26")
    assert [r["event_type"] for r in recs] == ["ct_operation"]


def test_police_pulling_bodies_from_the_scene_are_not_its_target(pipeline: Pipeline) -> None:
    text = (
        "\u201cAppreciate the congrats for being right on radical Islamic terrorism,\u201d Trump tweeted "
        "mid-Sunday, as the FBI and Orlando police were still pulling bodies from Pulse, a gay nightclub "
        "where at least 50 innocents were gunned down."
    )
    (attack,) = _events(records(pipeline, text, "2016-06-13"))
    assert ("Federal Bureau of Investigation", "target") not in [
        (a["name"], a["role"]) for a in attack["actors"]
    ]


def test_extradition_as_a_matter_of_policy_is_no_extradition() -> None:
    assert not find_triggers("the government's position concerning the issue of extradition")
    assert not find_triggers("The two countries signed an extradition treaty.")
    assert find_triggers("He was extradited to the United States on Monday.")  # close cases
    assert find_triggers("The extradition of the suspect was approved on Monday.")


# -- close cases found in review --------------------------------------------------------------------


def test_a_day_after_or_a_week_of_is_no_rate() -> None:
    (stat,) = find_statistics("Since January, 12 people were killed a day after the vote.")
    assert stat.metric == "deaths"
    (stat,) = find_statistics("Since January, 40 people were killed in a week of clashes.")
    assert stat.metric == "deaths"


def test_one_days_arrest_after_a_tally_is_an_event(pipeline: Pipeline) -> None:
    text = (
        "Since January, 300 people have been killed in attacks by militants in the country, police said. "
        "Police have arrested three men in connection with Friday's bombing."
    )
    recs = records(pipeline, text, "2016-06-15")
    assert _events(recs, "arrest")


def test_no_details_of_an_attack_still_tells_the_attack(pipeline: Pipeline) -> None:
    text = "Police gave no details of the attack on Monday, which killed three soldiers in Kabul."
    assert _events(records(pipeline, text, "2016-06-15"))


def test_a_country_named_as_the_place_before_another_countrys_troops_stays(pipeline: Pipeline) -> None:
    text = "Militants attacked a border post in Afghanistan and Pakistani troops returned fire on Monday."
    (attack,) = _events(records(pipeline, text, "2016-06-15"))
    assert _names(attack) == ["Afghanistan"]


def test_a_town_named_with_an_age_and_a_noun_stays_a_town(pipeline: Pipeline) -> None:
    text = (
        "A 29-year-old Orlando man opened fire at a nightclub on Sunday, killing 49 people, police said. "
        "Orlando police said the gunman was killed."
    )
    assert "Orlando" in _story_places(pipeline, text)
