"""A vague recent span ("in recent months") is the happening's own time, not the day of another
happening a lead names long before it; a court case's day is not the day of the deed the case is
about, told in its own clause; attacks warded off ("the challenge of stopping attacks") and a deed
named as a gerund that is talked about ("Bombing Raqqa is not going to stop this") are no records;
harm told "in that attack" right after a recalled attack is that one's; "killed 12 last year" counts
12; a body's name before its things ("U.S. military information") is no agent; harm a sentence gives
to a state's forces takes no insurgents blamed elsewhere; a second claim after one in an aside tells
another attack; a town named as a bearing ("Iskandariya, south of Baghdad") is no second place; a
pledge told in the attack is no recruitment; "subsequent
searches" online are no raid; a former "Guantanamo Bay detainee" does not place his arrest there;
"a militant group ... claimed" names nobody, nor does a claim "for that attack" of one recalled
before; "there were no immediate claims" is no claim; other people's journeys are no step of a case;
a lead's stretch ("since mid-June") or a poll's day dates no happening the lead does not tell; "killed
least 15" counts 15; a person in "a picture of" is no party; a country a deed angers is no place; a
captive "kidnapped ... years ago" who "has been rescued" is a rescue of now, not history; a court's
step is no interior ministry's deed; a body whose sanctions list names someone is no target; missiles
that nuclear warheads are fit for are no attack (the real pipeline; texts written for these tests,
with near misses).
"""

from __future__ import annotations

from typing import Any

from factories import of_type, records_of
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, event_type: str, published: str = "2016-04-15", record_type: str = "event"
) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), event_type, record_type)


def towns(rec: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in rec["locations"]]


def countries(rec: dict[str, Any]) -> list[str | None]:
    return [loc["country_code"] for loc in rec["locations"]]


def roles(rec: dict[str, Any], role: str) -> list[str]:
    return [a["name"] for a in rec["actors"] if a["role"] == role]


# -- a recent span of its own --------------------------------------------------------------------


def test_a_recent_span_is_not_dated_by_a_lead_of_last_year(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A Russian news website has been blocked in Turkey, its editor said on Friday, a move "
        "likely to strain ties after Turkey shot down a Russian warplane last year.\n\n"
        "Rights groups decry a crackdown. Several opposition dailies have been confiscated or shut in "
        "recent months, and critical professors have been detained under sweeping anti-terrorism laws."
    )
    arrests = records(pipeline, text, "arrest")
    assert len(arrests) == 1, arrests
    assert arrests[0]["date"]["precision"] == "unknown"
    assert arrests[0]["date"]["end"] == "2016-04-15"


def test_a_lead_day_within_the_recent_span_still_dates_it(pipeline: Pipeline) -> None:
    # near miss: the lead's day lies inside "the past few days"
    text = (
        "Shining Path rebels attacked a police post in Ayacucho on Tuesday, killing two officers, police "
        "said.\n\nA judge was kidnapped in Huanta over the past few days, his family said."
    )
    attacks = records(pipeline, text, "attack", published="2016-05-08")
    huanta = [r for r in attacks if towns(r) == ["Huanta"]]
    assert len(huanta) == 1, attacks
    assert huanta[0]["date"]["start"] == "2016-05-03"


# -- a court case and its deed ------------------------------------------------------------------


def test_a_trial_is_not_dated_by_the_deed_it_is_about(pipeline: Pipeline) -> None:
    text = (
        "The trial of a man accused of buying the rifles used by a couple to kill 14 people in San "
        "Bernardino, California last year has been put off until March, a judge ruled Friday.\n\n"
        "Marquez is charged with conspiring to provide material support to terrorists. Citing the "
        "complexity of the case, the judge in Riverside, California, moved his trial date from July 19 to "
        "March 21, 2017, court papers show."
    )
    trials = records(pipeline, text, "trial", published="2016-05-08")
    # the ruling of Friday (and the new trial date, a step of its own)
    assert [r["date"]["start"] for r in trials] == ["2016-05-06", "2016-07-19"], trials
    # ... placed where the court sits, not where the deed was done
    assert [towns(r) for r in trials] == [["Riverside"], ["Riverside"]], trials


# -- attacks warded off, a deed as a notion ----------------------------------------------------------------


def test_attacks_in_four_countries_are_no_record(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Deadly attacks in four countries linked to Islamic State show the limits of U.S.-led "
        "efforts to loosen the group's grip in Syria and Iraq, and the challenge of stopping attacks, "
        "officials said.\n\n"
        '"Bombing the heck out of (the group\'s capital) Raqqa is not going to stop this," said an analyst.'
    )
    assert records(pipeline, text, "attack", published="2016-07-06") == []


def test_a_gerund_that_tells_a_deed_is_still_an_attack(pipeline: Pipeline) -> None:
    # near miss: the gerund is the subject of what it did
    text = "Bombing by Islamic State militants killed 20 people at a market in Baghdad on Monday."
    attacks = records(pipeline, text, "attack", published="2016-07-06")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 20


def test_raids_in_several_countries_still_give_the_arrests(pipeline: Pipeline) -> None:
    # near miss: the arrests are told, whatever the raids' word
    text = (
        "Police carried out raids in several European countries on Tuesday, arresting 12 suspects linked "
        "to Islamic State."
    )
    arrests = records(pipeline, text, "arrest", published="2016-07-06")
    assert len(arrests) == 1, arrests
    assert arrests[0]["counts"]["arrested"] == 12


# -- "that attack" -------------------------------------------------------------------------------


def test_harm_in_that_attack_is_the_recalled_ones(pipeline: Pipeline) -> None:
    text = (
        "In Aleppo, pupils stay indoors in case a barrel bomb should drop from the sky. Aleppo is the scene "
        "of heavy bombardment as the Syrian army tries to encircle it. The group opened schools in Aleppo "
        "in 2011, but that changed after a government bombardment in April 2014 on a school in the city. "
        "The founder said 23 children had died in that attack."
    )
    for rec in records(pipeline, text, "attack", published="2016-02-07"):
        assert rec["counts"]["killed"] != 23, rec


# -- a number before "last year" -----------------------------------------------------------------


def test_a_toll_before_last_year_is_counted(pipeline: Pipeline) -> None:
    text = (
        "The group also claimed responsibility for an attack on a magazine in Paris that killed 12 last "
        "year, although some analysts think its role was more inspirational than direct."
    )
    attacks = records(pipeline, text, "attack", published="2016-03-23")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 12


def test_arrests_before_last_week_are_counted(pipeline: Pipeline) -> None:
    text = "Turkish police said they arrested five Islamic State suspects last week in Gaziantep."
    arrests = records(pipeline, text, "arrest", published="2016-03-23")
    assert len(arrests) == 1, arrests
    assert arrests[0]["counts"]["arrested"] == 5


# -- a body's things -----------------------------------------------------------------------------


def test_a_body_named_before_its_things_is_no_agent(pipeline: Pipeline) -> None:
    text = (
        "LOS ANGELES A businessman who admitted conspiring with military hackers to steal sensitive U.S. "
        "military information was sentenced on Wednesday to nearly four years in prison. In addition to "
        "the prison term, a federal judge ordered him to pay a fine for his role in the terrorism-related "
        "conspiracy."
    )
    for rec in records(pipeline, text, "conviction", published="2016-07-14"):
        assert "United States Armed Forces" not in roles(rec, "agent"), rec


def test_the_military_that_acts_is_still_the_agent(pipeline: Pipeline) -> None:
    # near miss: the force is the subject of the deed
    text = (
        "The U.S. military carried out an air strike on an al Qaeda camp in Yemen on Tuesday, killing 40 "
        "militants."
    )
    ops = records(pipeline, text, "ct_operation", published="2016-03-23")
    assert len(ops) == 1, ops
    assert "United States Armed Forces" in roles(ops[0], "agent")


# -- harm given to a state's forces --------------------------------------------------------------


def test_harm_by_foreign_forces_takes_no_insurgents_blamed_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "Overall 103 civilians were killed and 67 wounded by foreign forces in Afghanistan last year, the "
        "report found.\n\n"
        "As in past years, insurgent groups like the Taliban were blamed for the majority of civilian deaths."
    )
    recs = records_of(pipeline, text, "2016-02-14")
    toll = [r for r in recs if r["counts"].get("killed") == 103]
    assert toll, recs
    assert "Taliban" not in roles(toll[0], "perpetrator"), toll


def test_harm_by_a_groups_forces_still_takes_its_claim(pipeline: Pipeline) -> None:
    # near miss: "Taliban forces" are the group's
    text = (
        "Two civilians were killed by Taliban forces in Kunduz on Monday.\n\n"
        "The Taliban claimed responsibility for the attack."
    )
    attacks = records(pipeline, text, "attack", published="2016-02-14")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "perpetrator") == ["Taliban"]


# -- a second claim ------------------------------------------------------------------------------


def test_a_second_claim_after_an_aside_tells_another_attack(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Islamic State claimed responsibility for a suicide bombing on Tuesday morning in central "
        "Baghdad that police said killed three people and wounded 27. Islamic State, which claimed "
        "responsibility in an online statement, also claimed a suicide bombing last Friday that killed 26 "
        "people at an amateur football match in Iskandariya, south of Baghdad."
    )
    attacks = records(pipeline, text, "attack", published="2016-03-29")
    assert len(attacks) == 2, attacks
    first, second = sorted(attacks, key=lambda r: r["date"]["start"], reverse=True)
    assert towns(first) == ["Baghdad"]
    assert first["counts"]["killed"] == 3
    assert second["counts"]["killed"] == 26
    assert second["date"]["start"] == "2016-03-25"
    assert "Baghdad" not in towns(second), second


def test_a_claim_of_the_same_attack_told_again_is_one(pipeline: Pipeline) -> None:
    # near miss: no "also", no other day or town
    text = (
        "BAGHDAD A suicide bomber killed three people in central Baghdad on Tuesday, police said. Islamic "
        "State, which posts its claims online, claimed the bombing in a statement."
    )
    attacks = records(pipeline, text, "attack", published="2016-03-29")
    assert len(attacks) == 1, attacks


# -- places that are not the happening's ---------------------------------------------------------


def test_a_guantanamo_detainee_does_not_place_his_arrest(pipeline: Pipeline) -> None:
    text = (
        "Spanish police on Tuesday arrested a former Guantanamo detainee suspected of recruiting fighters "
        "for Islamic State."
    )
    arrests = records(pipeline, text, "arrest", published="2016-02-24")
    assert len(arrests) == 1, arrests
    assert "CU" not in countries(arrests[0]), arrests


def test_a_town_with_its_own_detainees_named_later_is_still_the_place(pipeline: Pipeline) -> None:
    # near miss: the arrest's own town
    text = (
        "Police arrested a former Guantanamo Bay detainee in Madrid on Tuesday in a terrorism investigation."
    )
    arrests = records(pipeline, text, "arrest", published="2016-02-24")
    assert len(arrests) == 1, arrests
    assert towns(arrests[0]) == ["Madrid"]


# -- words that tell no happening of their own ---------------------------------------------------


def test_a_pledge_told_in_the_attack_is_no_recruitment(pipeline: Pipeline) -> None:
    text = (
        "The gunman pledged allegiance to the leader of the Islamic State militant group in a 911 call "
        "from the nightclub, but authorities said he appears to have been self-radicalized."
    )
    assert records(pipeline, text, "recruitment", published="2016-06-21") == []


def test_a_pledge_of_its_own_is_still_told(pipeline: Pipeline) -> None:
    # near miss: a pledge that is the news
    text = (
        "Prosecutors said the man pledged allegiance to Islamic State last month and tried to recruit "
        "others to travel to Syria."
    )
    assert len(records(pipeline, text, "recruitment", published="2016-06-21")) == 1


def test_subsequent_searches_online_are_no_raid(pipeline: Pipeline) -> None:
    text = (
        "After the terror attack in Orlando, a senator asked why guns are sold online. The number of "
        "results dwindled with subsequent searches, then disappeared before reappearing a short time later."
    )
    assert records(pipeline, text, "raid", published="2016-06-16") == []


def test_subsequent_searches_of_a_home_are_a_raid(pipeline: Pipeline) -> None:
    # near miss: searches of premises
    text = "Subsequent searches of the terror suspects' homes by police in Lyon on Monday found explosives."
    assert len(records(pipeline, text, "raid", published="2016-06-16")) == 1


# -- claims of others ----------------------------------------------------------------------------


def test_a_claim_by_an_unnamed_group_names_no_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A car bomb hit a police bus in Istanbul on Tuesday, killing 11 people, officials said.\n\n"
        "Istanbul has been on high alert after two suicide attacks earlier this year that were attributed to "
        "Islamic State. A militant group with links to the Kurdish rebels claimed two major attacks in the "
        "capital, Ankara, earlier this year, killing dozens of people."
    )
    recs = records_of(pipeline, text, "2016-06-07")
    ankara = [r for r in recs if any("Ankara" in e["text"] for e in r["evidence"])]
    assert ankara, recs
    for rec in ankara:
        assert "Islamic State" not in roles(rec, "perpetrator"), rec


def test_a_claim_for_that_attack_is_of_the_one_recalled(pipeline: Pipeline) -> None:
    text = (
        "NICE, France A truck ploughed into a crowd in Nice on Thursday, killing 84 people.\n\n"
        "France has been on edge since a series of coordinated attacks in Paris in November that left 130 "
        "people dead. Islamic State claimed responsibility for that attack.\n\n"
        "There were no immediate claims of responsibility by Islamic State, analysts said."
    )
    nice = [r for r in records(pipeline, text, "attack", published="2016-07-15") if "Nice" in towns(r)]
    assert len(nice) == 1, nice
    assert roles(nice[0], "perpetrator") == [], nice


def test_a_claim_of_the_attack_told_before_still_names_it(pipeline: Pipeline) -> None:
    # near miss: "that attack" is the one the sentence before told, this record's own
    text = (
        "NICE, France A truck ploughed into a crowd in Nice on Thursday, killing 84 people. Islamic State "
        "claimed responsibility for that attack on Saturday."
    )
    nice = records(pipeline, text, "attack", published="2016-07-17")
    assert len(nice) == 1, nice
    assert roles(nice[0], "perpetrator") == ["Islamic State"], nice


# -- other people --------------------------------------------------------------------------------


def test_other_peoples_journeys_are_no_step_of_the_case(pipeline: Pipeline) -> None:
    text = (
        "SYDNEY A teenager was charged on Monday with planning a terrorist act in Sydney, police said.\n\n"
        "Police said they found extremist propaganda at the boy's home.\n\n"
        "Other Australian teens have been seduced by the lure of extremism, including Ali Hassan, a "
        "17-year-old Australian who allegedly fled to Syria before appearing in an Islamic State "
        "propaganda video."
    )
    charges = records(pipeline, text, "charge", published="2016-04-25")
    assert len(charges) == 1, charges
    assert "Ali Hassan" not in [a["name"] for a in charges[0]["actors"]], charges


# -- a lead's stretch and a poll's day -----------------------------------------------------------


def test_a_polls_stretch_and_day_do_not_date_an_attack_named_later(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK Clinton's lead over Trump has slipped by five points since mid-June, according to a poll "
        "released on Tuesday.\n\n"
        "Trump has focused on the mass shooting in Orlando by a gunman pledging allegiance to Islamic State."
    )
    attacks = records(pipeline, text, "attack", published="2016-06-22")
    assert len(attacks) == 1, attacks
    assert attacks[0]["date"]["precision"] == "unknown", attacks


# -- small words ---------------------------------------------------------------------------------


def test_a_toll_with_at_dropped_is_counted(pipeline: Pipeline) -> None:
    text = (
        "MOGADISHU Gunmen stormed a hotel in Mogadishu on Saturday, police said.\n\n"
        "In early June, an overnight siege by extremist gunmen at another hotel in the capital killed least "
        "15 people, including two lawmakers."
    )
    june = [
        r
        for r in records(pipeline, text, "attack", published="2016-06-25")
        if r["date"]["start"] == "2016-06-01"
    ]
    assert len(june) == 1, june
    assert june[0]["counts"]["killed"] == 15


def test_a_person_in_a_picture_is_no_party(pipeline: Pipeline) -> None:
    text = (
        "One could imagine she had a picture of John McCain in mind when she said Trump would kill the "
        "families of terrorists, as against how the Navy Seals carried out the raid that killed Osama bin "
        "Laden."
    )
    raids = records(pipeline, text, "raid", published="2016-06-05")
    assert len(raids) == 1, raids
    names = [a["name"] for a in raids[0]["actors"]]
    assert "John McCain" not in names and "Osama bin Laden" in names, names


def test_a_country_a_deed_angers_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "The Kurdish YPG militia, backed by Russian air raids, seized an air base at Menagh in northern "
        "Syria last week, angering Turkey, which sees the YPG as an extension of the PKK."
    )
    attacks = records(pipeline, text, "attack", published="2016-02-14")
    assert len(attacks) == 1, attacks
    assert countries(attacks[0]) == ["SY"], attacks


# -- near misses a review found ------------------------------------------------------------------


def test_a_forces_aircraft_still_make_it_the_agent(pipeline: Pipeline) -> None:
    text = "U.S. military aircraft struck Islamic State positions near Mosul on Monday, killing 25 militants."
    ops = records(pipeline, text, "ct_operation")
    assert len(ops) == 1, ops
    assert "United States Armed Forces" in roles(ops[0], "agent")


def test_multiple_searches_across_a_city_are_a_raid(pipeline: Pipeline) -> None:
    text = (
        "Belgian anti-terrorism police carried out multiple searches across Brussels on Thursday in the "
        "investigation into the Islamic State bombings of the airport, prosecutors said."
    )
    raids = records(pipeline, text, "raid")
    assert len(raids) == 1, raids
    assert towns(raids[0]) == ["Brussels"]


def test_prisoners_of_a_town_harmed_there_keep_its_country(pipeline: Pipeline) -> None:
    text = "Islamic State militants executed 20 Mosul prisoners on Monday, residents said."
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert countries(attacks[0]) == ["IQ"], attacks


def test_a_claim_recalled_in_passing_tells_no_second_attack(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 20 police cadets in Jalalabad on Monday, officials said.\n\n"
        "The Taliban claimed the attack on Monday, days after they claimed a bombing in Kabul."
    )
    assert len(records(pipeline, text, "attack")) == 1


def test_that_attack_after_a_campaign_is_the_current_one(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb struck an army convoy in Kunar province on Sunday, officials said.\n\n"
        "The Taliban have stepped up attacks on Afghan forces since the start of their spring offensive.\n\n"
        "Five soldiers were killed in that attack, an army spokesman said."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["killed"] == 5


def test_a_bearing_from_an_unplaced_name_keeps_its_town(pipeline: Pipeline) -> None:
    text = (
        "Islamic State fighters attacked Kurdish positions near Bashiqa, northeast of Mosul, and in "
        "Makhmour, south of Erbil, on Monday, killing 8 peshmerga."
    )
    attacks = records(pipeline, text, "attack")
    assert attacks, attacks
    assert "Mosul" in [t for r in attacks for t in towns(r)], attacks


def test_a_bearing_from_a_town_named_as_a_town(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 26 people at a football match in Iskandariya, a town south of the Iraqi "
        "capital Baghdad, on Friday."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert "Baghdad" not in towns(attacks[0]), attacks


def test_a_trial_is_not_dated_by_a_deed_of_their_co_workers(pipeline: Pipeline) -> None:
    text = (
        "The trial of a man accused of buying the rifles used by a married couple to kill 14 of their "
        "co-workers in San Bernardino, California last year has been put off until March, a judge ruled "
        "Friday.\n\nMarquez is charged with conspiring to provide material support to terrorists."
    )
    trials = records(pipeline, text, "trial", published="2016-05-08")
    assert len(trials) == 1, trials
    assert trials[0]["date"]["start"] == "2016-05-06", trials


# -- a rescue of one taken long ago ---------------------------------------------------------------


def test_a_captive_taken_long_ago_and_rescued_is_a_rescue_of_now(pipeline: Pipeline) -> None:
    text = (
        "The Nigerian army says a schoolgirl abducted by Boko Haram militants in 2014 in a raid on her "
        "school has been rescued."
    )
    ops = records(pipeline, text, "ct_operation", published="2016-05-20")
    assert len(ops) == 1, ops
    assert ops[0]["date"]["start"] is None and ops[0]["date"]["end"] == "2016-05-20", ops
    assert "Boko Haram" in roles(ops[0], "target"), ops


def test_a_rescue_from_a_fire_is_no_operation(pipeline: Pipeline) -> None:
    # near miss: no terrorism told
    text = "Firefighters rescued two people trapped in a burning building in Lagos on Monday."
    assert records_of(pipeline, text, "2016-05-20") == []


def test_a_courts_step_takes_no_police_body_as_agent(pipeline: Pipeline) -> None:
    text = (
        "CAIRO Egypt's interior ministry said police arrested 12 Islamist militants on Monday.\n\n"
        "Hundreds of Muslim Brotherhood officials and their supporters have been sentenced to death, "
        "including Mr. Morsi."
    )
    convictions = records(pipeline, text, "conviction", published="2016-01-22")
    assert len(convictions) == 1, convictions
    assert roles(convictions[0], "agent") == [], convictions
    arrests = records(pipeline, text, "arrest", published="2016-01-22")
    assert len(arrests) == 1 and arrests[0]["counts"]["arrested"] == 12, arrests


def test_a_body_whose_list_names_someone_is_no_target(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL Suicide bombers killed 43 people at Istanbul's main airport on Tuesday, officials "
        "said.\n\nThe suspected organiser is identified on a United Nations sanctions list as a leader in "
        "Islamic State."
    )
    attacks = records(pipeline, text, "attack", published="2016-06-30")
    assert len(attacks) == 1, attacks
    assert "United Nations" not in roles(attacks[0], "target"), attacks


def test_a_force_an_attack_was_on_is_still_its_target(pipeline: Pipeline) -> None:
    # near miss: "an attack on a NATO convoy"
    text = (
        "KABUL A suicide bomber carried out an attack on a NATO convoy in Kabul on Monday, killing three "
        "soldiers."
    )
    attacks = records(pipeline, text, "attack", published="2016-06-30")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "target") == ["NATO"], attacks


def test_missiles_warheads_are_fit_for_are_no_attack(pipeline: Pipeline) -> None:
    text = (
        '"The nuclear warheads have been standardized to be fit for ballistic missiles," state media quoted '
        "the leader as saying, as he inspected the work of scientists in the terror-branded state."
    )
    assert records(pipeline, text, "attack", published="2016-03-09") == []


def test_a_force_fired_on_is_still_the_target(pipeline: Pipeline) -> None:
    # near miss: "opened fire on" a NATO vehicle
    text = (
        "An assailant opened fire on a NATO vehicle in Jalalabad, Afghanistan. The soldiers returned fire, "
        "killing the assailant."
    )
    attacks = records(pipeline, text, "attack", published="2018-07-13")
    assert len(attacks) == 1, attacks
    assert roles(attacks[0], "target") == ["NATO"], attacks


# -- near misses a second review found -----------------------------------------------------------


def test_a_kidnapping_told_by_its_verb_stays_an_attack_beside_a_rescue(pipeline: Pipeline) -> None:
    text = (
        "Twenty passengers were kidnapped from a bus near Maiduguri on Tuesday, and five of them were "
        "rescued by soldiers hours later, police said."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert attacks[0]["counts"]["kidnapped"] == 20


def test_no_claims_but_a_group_blamed_still_names_it(pipeline: Pipeline) -> None:
    for blame in (
        "but police suspect Boko Haram",
        "which police blamed on Boko Haram",
        "though police said Boko Haram was behind the attack",
    ):
        text = (
            "MAIDUGURI A suicide bomber killed 12 people at a market in Maiduguri on Friday. There were no "
            f"immediate claims of responsibility, {blame}."
        )
        attacks = records(pipeline, text, "attack")
        assert len(attacks) == 1, attacks
        assert roles(attacks[0], "perpetrator") == ["Boko Haram"], (blame, attacks)


def test_a_claim_of_that_attack_after_a_paragraph_break_is_of_the_one_before(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 20 people at a market in Baghdad's Sadr City on Tuesday.\n\n"
        "In March, a suicide bombing at a football stadium in Iskandariya killed 29 people.\n\n"
        "Islamic State, which claimed that attack, said in a statement on Wednesday that one of its "
        "fighters had carried out Tuesday's bombing."
    )
    march = [r for r in records(pipeline, text, "attack") if r["date"]["start"] == "2016-03-01"]
    assert len(march) == 1, march
    assert roles(march[0], "perpetrator") == ["Islamic State"], march


def test_a_bearing_after_a_district_is_no_second_place(pipeline: Pipeline) -> None:
    text = "A roadside bomb killed three soldiers in the Tarmiyah district, north of Baghdad, on Monday."
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert "Baghdad" not in towns(attacks[0]), attacks


def test_a_base_mortars_were_fired_on_is_the_target(pipeline: Pipeline) -> None:
    text = (
        "Al Shabaab militants fired mortars on an African Union base in Mogadishu on Monday, killing two "
        "soldiers."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert "African Union" in roles(attacks[0], "target"), attacks


def test_a_lead_day_since_which_someone_is_missing_dates_his_abduction(pipeline: Pipeline) -> None:
    text = (
        "A Pakistani journalist has been missing since Tuesday, his family said.\n\n"
        "He was abducted by Taliban militants outside his home in Peshawar, police said."
    )
    attacks = records(pipeline, text, "attack")
    assert len(attacks) == 1, attacks
    assert attacks[0]["date"]["start"] == "2016-04-12", attacks


def test_a_courts_hearing_day_after_the_deeds_own_date_is_its_date(pipeline: Pipeline) -> None:
    text = (
        "A Turkish court sentenced an Islamic State militant to life in prison for the bombing that killed "
        "10 German tourists in Istanbul in January at a hearing on Monday."
    )
    convictions = records(pipeline, text, "conviction")
    assert len(convictions) == 1, convictions
    assert convictions[0]["date"]["start"] == "2016-04-11", convictions


def test_a_rescue_during_an_operation_keeps_its_day(pipeline: Pipeline) -> None:
    text = (
        "Cameroonian soldiers rescued 15 hostages abducted by Boko Haram during an operation on Tuesday "
        "near the town of Kolofata, the army said."
    )
    ops = records(pipeline, text, "ct_operation")
    assert len(ops) == 1, ops
    assert ops[0]["date"]["start"] == "2016-04-12", ops


def test_a_rescue_told_before_the_kidnapping_is_kept(pipeline: Pipeline) -> None:
    text = (
        "A Chibok schoolgirl has been rescued by the Nigerian army, two years after she was kidnapped by "
        "Boko Haram militants."
    )
    ops = records(pipeline, text, "ct_operation")
    assert len(ops) == 1, ops
    assert "Nigerian Army" in roles(ops[0], "agent"), ops
