"""Happenings recalled beside the one told, lapses counted back from it, a toll told by nationality
and replies quoted from social media (the real pipeline and the rules; the texts are written for
these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.counts import aggregate, find_counts
from veille.pipeline import Pipeline

# -- a ranking against past happenings -------------------------------------------------------------


def test_a_ranking_of_past_shootings_after_an_open_bound_takes_none_of_their_tolls(
    pipeline: Pipeline,
) -> None:
    text = (
        "A gunman who pledged allegiance to Islamic State killed 50 people and wounded 53 at a "
        "nightclub in Orlando early on Sunday, police said. Police shot him dead after a standoff. "
        "Before Sunday, the deadliest shootings in U.S. history were at Virginia Tech in 2007 and "
        "Sandy Hook Elementary School in 2012, with 32 and 27 killed."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-12"), "attack")
    assert [r["counts"]["killed"] for r in attacks] == [51]  # the gunman too, as the GTD counts


# -- a sentence back on the story's own happening --------------------------------------------------


def test_a_witness_of_the_datelines_shooting_after_a_recalled_ambush_tells_the_first(
    pipeline: Pipeline,
) -> None:
    text = (
        "BATON ROUGE, La. A gunman killed three police officers and wounded three others in "
        "Louisiana's capital on Sunday, police said. The gunman was shot dead minutes later.\n\n"
        "Five Dallas police officers were killed by a sniper who opened fire at the end of a protest "
        "on July 7.\n\n"
        "A witness to Baton Rouge shootings told a television affiliate he had seen a gunman, a second "
        'man lying in a parking lot and another gunman running away "as shots were being fired back '
        'and forth."'
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-17"), "attack")
    assert sorted((r["date"]["start"], r["locations"][0]["name"]) for r in attacks) == [
        ("2016-07-07", "Dallas"),
        ("2016-07-17", "Baton Rouge"),
    ]


def test_an_undated_sentence_of_a_town_both_told_of_goes_with_neither_earlier_one(pipeline: Pipeline) -> None:
    # (the last is not older than the first: no rule sends the sentence back past it)
    text = (
        "TEGUCIGALPA, 20 JUL 89 (DPA) -- [TEXT] WITH SIMULTANEOUS BOMB EXPLOSIONS IN THE HONDURAN "
        "CAPITAL AND LA CEIBA PORT, A NEW GUERRILLA GROUP ANNOUNCED ITS EMERGENCE. "
        "THREE BOMBS WENT OFF SIMULTANEOUSLY IN TEGUCIGALPA, "
        "ONE AT THE CENTRAL PARK AND ANOTHER AT THE STATE-RUN UNIVERSITY. AT THE SAME TIME, A BOMB "
        "EXPLODED AT A UNIVERSITY BRANCH IN LA CEIBA."
    )
    attacks = of_type(records_of(pipeline, text, "1989-07-20"), "attack")
    # (the lead's, Tegucigalpa's and the university branch's in La Ceiba)
    assert sorted(r["locations"][0]["name"] for r in attacks) == ["La Ceiba", "La Ceiba", "Tegucigalpa"]


# -- a toll told in the clause of a lapse of hours -------------------------------------------------


def test_a_toll_told_hours_after_on_the_happenings_day_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Atlanta's airport was briefly evacuated on Wednesday over a suspicious package, a "
        "day after deadly suicide bombings by Islamist militants rocked Brussels. Parts of Denver "
        "airport were also evacuated on Tuesday, hours after at least 31 people were killed and 271 "
        "wounded in attacks on Brussels airport and a metro train."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-23"), "attack")
    assert [(r["date"]["start"], r["counts"]["killed"], r["counts"]["wounded"]) for r in attacks] == [
        ("2016-03-22", 31, 271)
    ]
    # a day of its own is not the happening's: the toll stays aside
    other = text.replace("evacuated on Tuesday", "evacuated on Monday")
    attacks = of_type(records_of(pipeline, other, "2016-03-23"), "attack")
    assert [r["counts"]["killed"] for r in attacks if r["date"]["start"] == "2016-03-22"] == [None]


# -- counts by nationality -------------------------------------------------------------------------


def test_a_number_of_one_nation_and_a_person_of_another_add_up() -> None:
    text = "The suicide bombing in Istanbul killed three Israelis and an Iranian and wounded 36 others."
    assert aggregate(find_counts(text))["killed"] == 4
    assert aggregate(find_counts("Two Germans and a Briton were wounded by the blast."))["wounded"] == 3
    # (not a thing after "and", nor a vague number before)
    assert aggregate(find_counts("The blast killed three soldiers and a dog."))["killed"] == 3
    assert aggregate(find_counts("Gunmen killed dozens of Iraqis and an American."))["killed"] != 25


# -- a reply quoted from social media --------------------------------------------------------------


def test_replies_quoted_from_social_media_tell_no_attack(pipeline: Pipeline) -> None:
    text = (
        "The hashtag was soon taken over by fans of a video game.\n\n"
        "@PatrickLenton while bandits and dragons still attack my dog while i'm mining ore in June\n\n"
        "@PatrickLenton and he died"
    )
    assert of_type(records_of(pipeline, text, "2016-04-10"), "attack") == []
    # a report of an attack is still one
    told = "Bandits attacked a village in Zamfara on Sunday, killing four people, police said."
    assert len(of_type(records_of(pipeline, told, "2016-04-10"), "attack")) == 1


# -- dates that are another noun's or another span's -----------------------------------------------


def test_the_day_a_lawsuit_was_filed_is_not_the_attacks_it_is_about(pipeline: Pipeline) -> None:
    text = (
        "JERUSALEM A group of Israelis and Americans filed a lawsuit on Monday seeking $1 billion in "
        "damages from a social network for allegedly facilitating deadly Palestinian militant attacks "
        "on their loved ones. The plaintiffs are relatives of five people who died in attacks in Tel "
        "Aviv and Jerusalem between 2014 and 2016."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-11"), "attack")
    assert attacks
    assert all(r["date"]["start"] != "2016-07-11" for r in attacks)


def test_the_span_a_repetition_is_counted_in_does_not_date_it(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT One person was killed and others injured late on Friday in a Palestinian refugee camp "
        "in south Lebanon after a dispute erupted into gunfire between Fatah and a hardline Islamist "
        "group for the second time this week, state media said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-02"), "attack")
    assert [(r["date"]["start"], r["date"]["precision"]) for r in attacks] == [("2016-04-01", "day")]


def test_a_campaign_going_on_for_months_does_not_date_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Syrian activist groups are reporting that militants have shot down a warplane in northern "
        "Syria. Russian warplanes have been carrying out airstrikes in Syria since Sept. 30."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-05"), "attack")
    assert len(attacks) == 1
    assert attacks[0]["date"]["start"] != "2015-09-30"


# -- an attack told by a lapse back from the one before ---------------------------------------------


def test_an_attack_told_a_month_earlier_than_the_one_before_is_another(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT A car bomb south of Damascus killed at least six people on Monday, a monitoring group "
        "said. Multiple explosions in February killed scores of people in the Sayeda Zeinab area. A "
        "suicide attack there less than a month earlier claimed by Islamic State killed 70 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-25"), "attack")
    by_killed = {r["counts"]["killed"] for r in attacks}
    assert 70 in by_killed
    assert not any(r["counts"]["killed"] == 70 and r["date"]["start"] == "2016-02-01" for r in attacks)


# -- a case likened to the one told ----------------------------------------------------------------


def test_arrests_the_case_is_likened_to_neither_date_nor_count_it(pipeline: Pipeline) -> None:
    text = (
        "SYDNEY Police believe the teen was planning to disrupt Anzac commemorations in Sydney. The "
        'teen is charged with "preparation for, or planning, a terrorist act." The thwarted attack '
        "bears similarities to arrests made a year ago, when five young men were arrested in "
        "Melbourne ahead of a 2015 Anzac ceremony."
    )
    charges = of_type(records_of(pipeline, text, "2016-04-25"), "charge")
    assert len(charges) == 1
    assert charges[0]["counts"]["arrested"] != 5
    assert charges[0]["date"]["start"] is None or charges[0]["date"]["start"] >= "2016-01-01"


# -- how long a hunt has gone on -------------------------------------------------------------------


def test_how_long_a_suspect_has_been_sought_does_not_date_an_operation(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Several exchanges of gunfire rang out in the city's Molenbeek area as police officers "
        "raided an apartment block where Islamic State militants were hiding, the federal prosecutor "
        "said. A man named Samir Bouzid has been sought since December, when police issued pictures of "
        "him wiring cash to a woman later killed in a shootout with police."
    )
    recs = records_of(pipeline, text, "2016-03-18")
    operations = of_type(recs, "ct_operation") + of_type(recs, "raid")
    assert operations
    assert all(r["date"]["text"] != "since December" for r in operations)


# -- a tally that goes on --------------------------------------------------------------------------


def test_a_tally_going_on_after_a_sentence_left_out_adds_nothing(pipeline: Pipeline) -> None:
    text = (
        "JERUSALEM Clashes late Monday in the Qalandiya refugee camp outside Jerusalem left at least one "
        "Palestinian dead and 10 injured during an Israeli operation against militants, Israeli "
        "authorities said.\n\n"
        "Tension between Israelis and Palestinians has been running high over the past five months, with "
        "almost daily stabbing, shooting and vehicular attacks by Palestinians leaving at least 29 "
        "Israeli citizens dead.\n\n"
        "Also, more than 165 Palestinians have been killed by Israelis, most while carrying out attacks."
    )
    recs = records_of(pipeline, text, "2016-03-01")
    ops = of_type(recs, "ct_operation") + of_type(recs, "raid")
    assert [r["counts"]["killed"] for r in ops] == [1]


# -- a recalled happening and the dateline ---------------------------------------------------------


def test_a_region_of_a_happening_of_last_year_is_not_made_the_dateline_city(pipeline: Pipeline) -> None:
    text = (
        "LAHORE, Pakistan A suicide bomber killed at least 65 people at a public park in the Pakistani "
        "city of Lahore on Sunday, police said. Last year, a bomb killed a popular Pakistani provincial "
        "minister and at least eight others when it destroyed the minister's home in Punjab."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-27"), "attack")
    places = {r["date"]["start"]: [loc["name"] for loc in r["locations"]] for r in attacks}
    assert places["2016-03-27"] == ["Lahore"]
    assert places["2015-01-01"] == ["Punjab"]


def test_a_dateline_before_a_sentence_opening_with_a_is_no_place_of_the_happening(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK A man accused of killing four people in New Jersey to avenge U.S. foreign policy kept "
        "a journal where he expressed support for Islamic State, prosecutors said on Wednesday."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-21"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["New Jersey"]]


def test_dual_nationals_of_a_country_do_not_place_what_killed_them_there(pipeline: Pipeline) -> None:
    text = (
        "The plaintiffs, relatives of four Israeli-U.S. dual nationals who died in attacks by Hamas "
        "militants in Tel Aviv and Jerusalem between 2014 and 2016, accused the network of helping Hamas."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-11"), "attack")
    assert attacks
    assert all("US" not in [loc["country_code"] for loc in r["locations"]] for r in attacks)


# -- a caption's own day ---------------------------------------------------------------------------


def test_a_weekday_in_a_caption_is_counted_back_from_the_captions_day() -> None:
    import datetime

    from veille.extract.dates import find_dates

    text = (
        "A man reacts at a street memorial following Tuesday's bomb attacks in Brussels, March 23, "
        "2016.\n\nLeaders met on Friday."
    )
    found = {m.text: m.interval.start for m in find_dates(text, datetime.date(2016, 4, 2))}
    assert found["Tuesday"] == "2016-03-22"
    assert found["Friday"] == "2016-04-01"  # outside the caption: the report's own week
    # (a date that ends a sentence inside a paragraph, or one of long ago, is no caption's)
    inline = "The attack on Sunday was the deadliest since the bombing of a bus in Jerusalem, Feb. 25, 1996."
    found = {m.text: m.interval.start for m in find_dates(inline, datetime.date(2016, 4, 2))}
    assert found["Sunday"] == "2016-03-27"
    old = "The attack on Sunday was the deadliest since a bus bombing in Jerusalem, Feb. 25, 1996.\n"
    found = {m.text: m.interval.start for m in find_dates(old, datetime.date(2016, 4, 2))}
    assert found["Sunday"] == "2016-03-27"


def test_a_caption_names_back_the_attack_told_before(pipeline: Pipeline) -> None:
    text = (
        "The devastating attacks in Brussels on March 22 by Islamic State suicide bombers were a shock "
        "to the alliance.\n\n"
        "A man reacts at a street memorial following Tuesday's bomb attacks in Brussels, March 23, 2016."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-02"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-03-22"]


# -- a capital addressed -----------------------------------------------------------------------------


def test_a_capital_asked_to_stop_is_the_state_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Russia launched a second air strike on Syrian fighters, including some backed by "
        "the United States, even after "
        "the U.S. military asked Moscow through emergency channels to stop, a U.S. official said on "
        "Friday."
    )
    recs = records_of(pipeline, text, "2016-06-17")
    assert recs
    assert all("Moscow" not in [loc["name"] for loc in r["locations"]] for r in recs)


# -- one doer counted twice ------------------------------------------------------------------------


def test_a_suspect_shot_dead_after_a_gunman_killed_is_one_of_the_doers() -> None:
    text = (
        "Belgian police on Tuesday killed a gunman in a raid on a Brussels apartment. Belgian daily DH "
        "said one suspect was shot dead after being spotted from a police helicopter."
    )
    assert aggregate(find_counts(text))["killed"] == 1
    # victims and a suspect still add up, as the GTD counts
    both = "The attacker killed three people before one suspect was shot dead by police."
    assert aggregate(find_counts(both))["killed"] == 4


# -- what moved a doer -----------------------------------------------------------------------------


def test_a_killing_told_as_what_moved_its_doer_is_counted() -> None:
    told = "Authorities are still investigating what motivated Omar Mateen to kill 49 people at the club."
    assert aggregate(find_counts(told))["killed"] == 49
    # (an aim is not a deed)
    assert aggregate(find_counts("He plotted to kill 49 people at the club."))["killed"] is None


# -- the day words were said -----------------------------------------------------------------------


def test_an_attack_named_by_its_town_at_a_news_conference_is_not_dated_by_it(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK The top law enforcement officials in New York on Thursday called a technology "
        "company's stance on encryption irresponsible.\n\n"
        "At a news conference with the city's police commissioner on Friday, the district attorney said "
        "the San Bernardino attack, carried out by a couple inspired by Islamic State, is the most "
        "visible example of the problem."
    )
    attacks = of_type(records_of(pipeline, text, "2016-02-18"), "attack")
    assert attacks
    assert all(r["date"]["start"] != "2016-02-12" for r in attacks)


# -- a group's own ground --------------------------------------------------------------------------


def test_the_ground_of_a_group_told_in_a_whose_clause_does_not_place_an_arrest(pipeline: Pipeline) -> None:
    text = (
        "JAKARTA Islamic State said it was behind an attack by suicide bombers and gunmen in the heart "
        "of Jakarta on Thursday.\n\n"
        "The president urged calm and said the state would not be cowed. Markets fell in early trade "
        "but recovered by the afternoon. Analysts said the group had long sought a foothold in the "
        "region. Officials said security would be tightened at embassies and malls.\n\n"
        "The country has been on high alert for months. Counter-terrorism police had rounded up about "
        "20 people with suspected links to Islamic State, whose battle lines in Syria and Iraq have "
        "included nationals from several Asian countries."
    )
    recs = records_of(pipeline, text, "2016-01-15")
    assert recs
    assert not {"SY", "IQ"} & {loc["country_code"] for r in recs for loc in r["locations"]}


# -- the latest of a series ------------------------------------------------------------------------


def test_the_most_recent_of_a_series_is_its_own_attack_within_the_series_span(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL Three suicide bombers blew themselves up at Istanbul's main airport on Tuesday, "
        "killing 36 people, officials said. A coordinated attack in March also targeted a metro "
        "train in Brussels, killing a further 16 people.\n\n"
        "Turkey has suffered a spate of bombings this year, including two suicide attacks in tourist "
        "areas of Istanbul blamed on Islamic State.\n\n"
        "In the most recent attack, a car bomb ripped through a police bus in central Istanbul during "
        "the morning rush hour, killing 11 people and wounding 36."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-29"), "attack")
    latest = [r for r in attacks if r["counts"]["killed"] == 11]
    assert len(latest) == 1
    assert latest[0]["date"]["start"] == "2016-01-01"
    assert latest[0]["date"]["end"] == "2016-06-29"
    assert not any(r["counts"]["wounded"] == 36 and r["counts"]["killed"] == 16 for r in attacks)


# -- the attack a sentence names back, among several ------------------------------------------------


_PROFILE = (
    "French Interior Minister Bernard Cazeneuve on Saturday said there were indications the attacker "
    "had been radicalized very rapidly, after Islamic State urged its followers to strike.\n\n"
    "The fact he rented the truck three days before the attack suggests it was premeditated, as does "
    "the date chosen: July 14, when thousands were gathered on the Promenade des Anglais in Nice. "
    "Associates told interrogators that Mohamed Bouhlel started speaking supportively of ISIS just "
    "days before the attack.\n\n"
    "Orlando shooter Omar Mateen, who claimed his attack was on behalf of ISIS, was described by his "
    "ex-wife as mentally unstable.\n\n"
    "Cazeneuve, the French Interior Minister, on Saturday reiterated that Bouhlel was not on the radar "
    "of French counterterrorism agencies before the attack.\n\n"
    "With ISIS claiming credit Saturday for inspiring the Nice attack, the worry is more attacks are "
    "inevitable."
)


def test_the_attack_named_back_with_its_doer_or_town_is_that_ones(pipeline: Pipeline) -> None:
    attacks = of_type(records_of(pipeline, _PROFILE, "2016-07-17"), "attack")
    by_town = {r["locations"][0]["name"]: r for r in attacks if r["locations"]}
    assert by_town["Nice"]["date"]["start"] == "2016-07-14"
    orlando = by_town["Orlando"]
    assert [e["start"] for e in orlando["evidence"]] == [_PROFILE.index("Orlando shooter")]
    # (nor is the recalled shooting dated by the day the minister spoke)
    assert orlando["date"]["start"] is None


# -- steps away from the one told ------------------------------------------------------------------


def test_attacks_told_days_or_a_month_away_from_the_one_before_are_others(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A car bomb ripped through a police bus in Istanbul during the morning rush hour, "
        "killing 11 people, the governor said.\n\n"
        "In March, at least 37 were killed when a car bomb detonated near a bus stop in the capital, "
        "Ankara, in an attack claimed by a Kurdish militant group. Six days later an ISIS suicide "
        "bomber detonated himself on one of Istanbul's main streets, killing four. A month earlier, 28 "
        "had been killed in a blast targeting military vehicles in central Ankara."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-07"), "attack")
    assert sorted(r["counts"]["killed"] for r in attacks) == [4, 11, 28, 37]
    four = next(r for r in attacks if r["counts"]["killed"] == 4)
    assert four["date"]["start"] != "2016-06-07"


def test_a_hostages_fate_days_later_is_no_new_attack(pipeline: Pipeline) -> None:
    text = (
        "Abu Sayyaf militants kidnapped a Canadian tourist from a resort on Samal island on Monday, "
        "police said. Two days later, they beheaded him."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-27"), "attack")
    assert len(attacks) == 1


# -- guards from a review of these rules -------------------------------------------------------------


def test_a_person_of_a_nation_with_a_noun_of_its_own_keeps_its_side() -> None:
    mentions = find_counts("The clash left two Israelis and a Palestinian attacker dead.")
    assert [(m.text, m.perpetrator_side) for m in mentions if m.value == 1] == [
        ("a Palestinian attacker", True)
    ]
