"""Places that say whom someone is (a home, a model named, an outlet's seat, an industry), words
reported with a verb of their own, states begun before a report and days a court sets (the real
pipeline and the rules; the texts are written for these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.counts import find_counts
from veille.pipeline import Pipeline

# -- whom a place names ----------------------------------------------------------------------------


def test_doers_of_another_town_named_as_a_model_give_the_attack_neither_their_town_nor_bombs(
    pipeline: Pipeline,
) -> None:
    text = (
        "* The gunman was Omar Mateen of Fort Pierce, Florida, a law enforcement source said.\n\n"
        "* Mateen called 911 around the time of the attack to pledge allegiance to ISIS and mentioned "
        "the Boston bombers, according to a U.S. official.\n\n"
        "* Orlando police shot and killed Mateen.\n\n"
        "Mateen carried an assault rifle and a pistol into the packed Pulse club about 2 a.m. Sunday "
        "and started shooting, killing 49 people, police said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-12"), "attack")
    assert len(attacks) == 1
    assert [loc["name"] for loc in attacks[0]["locations"]] == ["Orlando"]
    assert attacks[0]["weapon_type"] == "firearms"


def test_a_persons_home_after_of_is_not_where_the_attack_was(pipeline: Pipeline) -> None:
    text = (
        "The gunman was Omar Mateen of Fort Pierce, Florida, a source said. He called 911 around the "
        "time of the attack to pledge allegiance to Islamic State."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-12"), "attack")
    assert attacks and all(loc["name"] != "Fort Pierce" for r in attacks for loc in r["locations"])


def test_an_officials_seat_after_of_still_places_the_happening(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - A car bomb hit a police bus in Istanbul on Tuesday, killing 11 people. "
        "The car was detonated by remote control as the bus passed through the historic quarter "
        "during rush hour, Governor Vasip Sahin of Istanbul said. Seven of the dead were police "
        "officers, he said, and 36 people were wounded."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-07"), "attack")
    assert [(r["locations"][0]["name"], r["counts"]["wounded"]) for r in attacks] == [("Istanbul", 36)]


def test_an_outlets_seat_is_no_other_town_of_the_kidnapping(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD - Iraqi forces set up roadblocks on Monday to search for three missing Americans. "
        "Media reported three U.S. contractors had been kidnapped with their translator in the Dora "
        "neighborhood of Baghdad on Friday.\n\n"
        "Dubai-based news channel Al Arabiya said on Sunday that three U.S. nationals had been "
        "kidnapped with their translator."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-18"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-01-15"]


def test_a_name_the_gazetteer_lacks_owning_decisions_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK Two of the city's top law enforcement officials accused Apple of being irresponsible "
        "by refusing to help the FBI hack into an iPhone of one of the two shooters who killed 14 people "
        "in San Bernardino.\n\n"
        "At a news conference with the police commissioner on Friday, the district attorney said the "
        "San Bernardino attack, carried out by a married couple inspired by Islamic State, is "
        "\"the most visible example of how Silicon Valley's decisions are thwarting criminal "
        'investigations."'
    )
    attacks = of_type(records_of(pipeline, text, "2016-02-18"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["San Bernardino"]]


# -- words reported with a verb of their own ---------------------------------------------------------


def test_a_town_in_a_reported_clause_with_its_own_verb_is_the_happenings(pipeline: Pipeline) -> None:
    text = (
        "Separately, state news agency SANA said three rockets were launched into Jableh, which lies "
        "15 miles south of Latakia city, landing in a bus station near the town's entrance, killing "
        "at least 45 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-23"), "attack")
    assert [r["locations"][0]["name"] for r in attacks] == ["Jablah"]


# -- a state begun before the report, a day a court sets ------------------------------------------------


def test_a_hostage_still_held_is_not_dated_by_the_words_on_him(pipeline: Pipeline) -> None:
    text = (
        "TOKYO The Japanese government said on Monday it was doing all it could to secure the release "
        "of a Japanese journalist being held hostage by an al Qaeda affiliate in Syria.\n\n"
        "Early in 2015, the Islamic State militant group beheaded two Japanese nationals, a security "
        "consultant and a war reporter."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-30"), "attack")
    assert sorted((r["date"]["start"] or "", r["date"]["end"]) for r in attacks) == [
        ("", "2016-05-30"),
        ("2015-01-01", "2015-12-31"),
    ]


def test_a_verdicts_day_does_not_date_a_shootout_recalled_in_the_story(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK Tairod Pugh, a U.S. Air Force veteran, was found guilty on Wednesday of attempting "
        "to join Islamic State, according to his lawyer.\n\n"
        "Only one other such prosecution has reached trial. In Phoenix, Abdul Malik Abdul Kareem is "
        "on trial for plotting with others to attack a cartoon contest in Texas. Two of his alleged "
        "associates were killed in a shootout with police at the event."
    )
    records = records_of(pipeline, text, "2016-03-09")
    fights = [r for r in records if r["event_type"] in ("attack", "ct_operation")]
    assert fights and all(r["date"]["start"] is None for r in fights)


def test_a_lead_day_of_another_towns_bombing_does_not_date_attacks_recalled_elsewhere(
    pipeline: Pipeline,
) -> None:
    text = (
        "ISTANBUL A Turkish member of the Islamic State group was responsible for Saturday's suicide "
        "bombing in Istanbul that killed four people, Turkey's interior minister said.\n\n"
        "An offshoot of the Kurdistan Workers Party claimed responsibility for two recent car bomb "
        "attacks in the capital Ankara that killed a total of 66 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-20"), "attack")
    dates = {r["locations"][0]["name"]: r["date"]["start"] for r in attacks}
    assert dates == {"Istanbul": "2016-03-19", "Ankara": None}


# -- people who joined ------------------------------------------------------------------------------


def test_people_who_joined_are_counted_before_the_many_they_joined() -> None:
    text = (
        "As of last year, at least 300 Indonesians had joined the thousands of foreign fighters who "
        "have traveled to Syria."
    )
    found = [(m.slot, m.value) for m in find_counts(text)]
    assert found[0] == ("persons", 300)


def test_a_court_step_is_placed_at_the_home_after_of(pipeline: Pipeline) -> None:
    # (a case is heard where the accused lives: the home is no aside for a court step)
    text = (
        "NEW YORK A Connecticut man was arrested after being accused of sending threats on Twitter to "
        "bomb a rally for a presidential candidate, authorities said on Sunday. Sean Morkys of "
        "Waterbury, Connecticut, was charged with making terroristic threats, police said."
    )
    charges = of_type(records_of(pipeline, text, "2016-04-24"), "charge")
    assert [r["locations"][0]["name"] for r in charges] == ["Waterbury"]


# -- a lapse after the happening named back, arms of anyone ---------------------------------------


def test_a_toll_told_in_a_lapse_after_the_happening_named_back_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO The last time they clasped hands was shortly after 2 a.m. on Sunday inside Pulse, the "
        "gay nightclub in Orlando, Florida, where the mass shooting by a gunman who pledged allegiance "
        "to Islamic State was beginning to unfold.\n\n"
        "Two days after the shooting left 49 victims dead and 53 others wounded, survivors recalled "
        "the night's trauma in conversations around the city."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-15"), "attack")
    assert [(r["counts"]["killed"], r["counts"]["wounded"]) for r in attacks] == [(49, 53)]


def test_arms_of_anyone_a_dog_can_smell_are_no_attack(pipeline: Pipeline) -> None:
    text = (
        "A gunman inspired by Islamic State went on a shooting rampage in an Orlando gay nightclub on "
        "June 12, killing 49 people.\n\n"
        "The dogs can sniff out scent particles that are left behind by an individual wearing an "
        "explosive vest or carrying a bomb in a backpack, the company said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-01"), "attack")
    assert [(r["attack_type"], r["weapon_type"]) for r in attacks] == [("armed_assault", "firearms")]


def test_corpses_found_after_an_operation_are_its_toll(pipeline: Pipeline) -> None:
    text = (
        "On 1 May 2020, French Operation Barkhane forces reportedly conducted airstrikes targeting "
        "presumed ISGS militant positions in the forests near Tin-Akoff, Oudalan. Five corpses of "
        "suspected militants were reportedly discovered the following day."
    )
    records = records_of(pipeline, text, "2020-05-05")
    assert [r["counts"]["killed"] for r in records if r["event_type"] == "ct_operation"] == [5]


# -- brokers of a deal, a state of decades, a condition ---------------------------------------------


def test_the_brokers_of_a_truce_are_not_where_the_fighting_is(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT The Syrian army was on Monday reported to be sending reinforcements to Aleppo. An "
        "eruption of fighting near the city of Aleppo in the last two weeks marks the most serious "
        'challenge yet to a "cessation of hostilities" brokered by the United States and Russia.'
    )
    records = records_of(pipeline, text, "2016-04-11")
    places = {loc["country_code"] for r in records for loc in r["locations"]}
    assert records and places == {"SY"}


def test_a_state_of_decades_told_after_a_gunfight_adds_nothing_to_it(pipeline: Pipeline) -> None:
    text = (
        "Militant commander Burhan Wani, 22, died in a gunfight with the Indian army on Friday. "
        "Kashmir, claimed in its entirety by both India and Pakistan, has been a flashpoint "
        "for more than 60 years, sparking wars between the countries."
    )
    records = records_of(pipeline, text, "2016-07-11")
    places = {loc["country_code"] for r in records for loc in r["locations"]}
    assert records and "PK" not in places


def test_an_attack_of_a_condition_is_none() -> None:
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, main_hit

    text = (
        "Insiders said foreign policy was not likely to be a dominant issue in November even if a "
        "San Bernardino-type attack happened."
    )
    hits = [Hit(*t) for t in find_triggers(text)]
    assert hits and main_hit(text, hits) is None


def test_a_series_of_last_week_is_news_not_background(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT A suicide bomber killed three people near a Shi'ite shrine in the Syrian city of "
        "Latakia on Thursday, the Observatory said.\n\n"
        "Last week a series of bombings killed nearly 150 people in Jableh, just south of Latakia, and "
        "Tartous, the first such attacks of their kind in those cities."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-02"), "attack")
    last_week = [r for r in attacks if r["date"]["precision"] == "week"]
    assert last_week and {loc["name"] for r in last_week for loc in r["locations"]} >= {"Jablah"}


def test_a_deed_describing_a_person_is_not_dated_by_the_main_clause(pipeline: Pipeline) -> None:
    text = (
        "FBI agents on Friday questioned a member of the Florida mosque attended by Omar Mateen, the "
        "man who shot 49 people to death at a gay nightclub in Orlando and pledged allegiance to "
        "Islamic State."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-18"), "attack")
    assert [(r["date"]["start"], r["date"]["end"]) for r in attacks] == [(None, "2016-06-17")]


def test_a_kidnapping_is_not_dated_by_the_day_its_hostage_was_freed(pipeline: Pipeline) -> None:
    text = (
        "ISLAMABAD The kidnapped son of a former Pakistani prime minister was freed in a joint "
        "U.S.-Afghan operation on Tuesday, officials said. He had been held by Taliban militants."
    )
    recs = records_of(pipeline, text, "2016-05-10")
    # the rescue is the day's happening; the kidnapping, if told, is not of that day
    assert [(r["event_type"], r["date"]["start"]) for r in of_type(recs, "ct_operation")] == [
        ("ct_operation", "2016-05-10")
    ]
    assert all(r["date"]["start"] is None for r in of_type(recs, "attack"))


# -- guards from the review of the session's drafts -------------------------------------------------


def test_someone_carrying_a_bomb_who_attacked_is_an_attack() -> None:
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, main_hit

    text = "Someone carrying a bomb in a backpack attacked the market, killing five people."
    hits = [Hit(*t) for t in find_triggers(text)]
    assert main_hit(text, hits) is not None


def test_a_bomb_asked_about_is_still_a_happening() -> None:
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, main_hit

    text = "It was not immediately clear if a bomb had exploded near the market in Quetta."
    hits = [Hit(*t) for t in find_triggers(text)]
    assert main_hit(text, hits) is not None


def test_blame_on_a_group_fighting_for_years_joins_the_attack(pipeline: Pipeline) -> None:
    text = (
        "KABUL A suicide bomber killed 12 people at a police academy in Kabul on Monday, officials said. "
        "Officials blamed the Taliban, who have been fighting the government for more than 14 years."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-20"), "attack")
    assert [len(r["evidence"]) for r in attacks] == [2]


def test_a_funeral_joined_counts_nobody_charged(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Belgian prosecutors on Saturday charged a man with terrorist murder over the Brussels "
        "bombings. More than 1,000 people joined the funeral procession of a victim."
    )
    charges = of_type(records_of(pipeline, text, "2016-03-26"), "charge")
    assert charges and all(r["counts"]["persons"] in (None, 1) for r in charges)
