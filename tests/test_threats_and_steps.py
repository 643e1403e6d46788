"""A bomb only threatened is no means of an attack, and a date before another kind's verb is that
step's (the real pipeline and the rules; the texts are written for these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract import gtd
from veille.pipeline import Pipeline

# -- means -----------------------------------------------------------------------------------------


def test_a_bomb_threat_is_no_bomb() -> None:
    shooting = "The gunman opened fire with a rifle at the club, killing 12 people."
    text = shooting + " Call transcripts show bomb threats and pledges to the group."
    assert gtd.weapon_type(text, gtd.attack_type(text)) == "firearms"
    scare = shooting + " Hours later a bomb scare emptied the station."
    assert gtd.weapon_type(scare, gtd.attack_type(scare)) == "firearms"
    # a bomb set off with the guns still leads
    both = "The gunmen opened fire with rifles and set off a bomb at the gate, killing 12 people."
    assert gtd.weapon_type(both, gtd.attack_type(both)) == "explosives"


def test_a_heading_of_bomb_threats_does_not_make_a_shooting_a_bombing(pipeline: Pipeline) -> None:
    text = (
        "The gunman who killed 12 people at the Blue Room club in Tampa in a terror attack was a "
        "loner, a former colleague told reporters.\n\n"
        "Jon Doe: call transcripts show bomb threats, pledges to Islamic State\n\n"
        "The 31-year-old gunman opened fire with a rifle in the club in the early hours of May 3, "
        "killing 12 people."
    )
    attacks = of_type(records_of(pipeline, text, "2024-05-20"), "attack")
    assert attacks and all(r["weapon_type"] == "firearms" for r in attacks)
    assert all(r["attack_type"] == "armed_assault" for r in attacks)


# -- a date before another kind's verb ------------------------------------------------------------


def test_a_court_day_before_its_verb_does_not_date_the_hijacking(pipeline: Pipeline) -> None:
    text = (
        "LARNACA, Cyprus An Egyptian man accused of hijacking a passenger plane and diverting it to "
        "Cyprus has told police he acted because he wanted to see his former wife.\n\n"
        "The suspect, whom the authorities have identified as a 59-year-old from Alexandria, "
        "surrendered on Tuesday after commandeering a domestic flight with 72 passengers and crew "
        "on board.\n\n"
        "A Larnaca court on Wednesday ordered him to be held in custody for eight days on suspicion "
        "of hijacking, abduction and terrorism-related offences.\n\n"
        "All hostages were released unharmed after a six-hour standoff."
    )
    # published on Thursday 2024-03-14
    attacks = of_type(records_of(pipeline, text, "2024-03-14"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2024-03-12"]


def test_a_date_in_the_clause_of_a_noun_still_dates_the_deed(pipeline: Pipeline) -> None:
    # "... two days ago in a raid on her school": the raid is the kidnapping's own, not a step of
    # another kind after the date
    text = (
        "A schoolgirl kidnapped by Boko Haram militants on Monday in a raid on her school in Chibok "
        "was found alive, the army said on Wednesday."
    )
    attacks = of_type(records_of(pipeline, text, "2024-03-14"), "attack")
    assert attacks and attacks[0]["date"]["start"] == "2024-03-11"


# -- places of an aside, words of a newspaper, a senate, an air base --------------------------------


def test_a_town_in_a_lapse_aside_does_not_make_the_attack_another(pipeline: Pipeline) -> None:
    text = (
        "A truck ploughed into a crowd on the seafront in Nice on Thursday night, killing 84 people.\n\n"
        "Police arrested two more people on Friday.\n\n"
        "Thursday night's attack plunged France into grief just eight months after gunmen killed 130 "
        "people in Paris."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-16"), "attack")
    nice = [r for r in attacks if any(loc["name"] == "Nice" for loc in r["locations"])]
    assert len(nice) == 1 and nice[0]["counts"]["killed"] == 84
    # the Thursday sentence is the Nice attack's, not an attack in France that killed one
    assert not [r for r in attacks if r["date"]["start"] == "2016-07-14" and r is not nice[0]]


def test_what_prosecutors_tell_a_newspaper_and_a_senate_trial_are_no_court_steps() -> None:
    from factories import main_type

    assert main_type("Belgian prosecutors told DH that they had found no link to terrorism.") is None
    assert main_type("Prosecutors told the court the men had planned to bomb the station.") is not None
    assert main_type("Prosecutors told a federal jury the men had planned to bomb the station.") == "trial"
    assert main_type("He was acquitted in his impeachment trial last year.") is None
    assert main_type("She is unlikely to be acquitted in the Senate trial.") is None
    assert main_type("The court acquitted the three men of terrorism charges.") == "acquittal"


def test_an_air_base_captured_is_ground_taken_not_people() -> None:
    from factories import main_type

    assert (
        main_type("Kurdish fighters and their allies have captured a military air base in Syria.")
        == "ct_operation"
    )
    assert main_type("Police captured two militants near the border.") == "arrest"


def test_a_listed_attack_with_its_own_time_is_a_record_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN Danish police said on Thursday they had arrested four people near Copenhagen "
        "who they suspect were recruited by Islamic State in Syria to commit violence.\n\n"
        "Danish authorities have been on high alert since two people were killed in shooting attacks "
        "on a free speech event and a synagogue in Copenhagen in February last year.\n\n"
        "Islamic State has claimed responsibility for bombings that killed 32 people in Brussels last "
        "month and attacks in Paris on November that killed 130 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-07"), "attack")
    by_town = {loc["name"]: r for r in attacks for loc in r["locations"]}
    assert by_town["Brussels"] is not by_town["Paris"]
    assert by_town["Brussels"]["counts"]["killed"] == 32
    assert by_town["Paris"]["counts"]["killed"] == 130
    assert by_town["Paris"]["date"]["start"] == "2015-11-01"


def test_on_a_month_no_word_shares_is_the_month() -> None:
    import datetime as dt

    from veille.extract.dates import find_dates

    got = [
        (m.text, m.interval.start) for m in find_dates("attacks in Paris on November", dt.date(2016, 4, 7))
    ]
    assert got == [("November", "2015-11-01")]
    assert find_dates("He relied on May for support.", dt.date(2016, 4, 7)) == []
    assert find_dates("The vote on June was close.", dt.date(2016, 4, 7)) == []


# -- a major city of a named country, names joined -------------------------------------------------


def test_a_major_city_of_a_country_the_story_names_beats_a_small_namesake() -> None:
    from factories import by_text, ent
    from veille.geo import Gazetteer, Geoparser

    gp = Geoparser(Gazetteer.open())  # the shared index, as the pipeline opens it
    text = (
        "SACRAMENTO, Calif. Three students on a study program in France were wounded in Thursday's "
        "attack in Nice, the University of California said. The students live in Berkeley."
    )
    names = ["SACRAMENTO", "Calif.", "France", "Nice", "California", "Berkeley"]
    places = by_text(gp.parse(text, [ent(text, n) for n in names]))
    assert places["Nice"].country_code == "FR"
    assert places["Berkeley"].country_code == "US"
    # with no country named, the story's state keeps its own small town
    text = "SACRAMENTO, Calif. A fire destroyed two barns near Nice on Thursday, officials said."
    places = by_text(gp.parse(text, [ent(text, n) for n in ["SACRAMENTO", "Calif.", "Nice"]]))
    assert places["Nice"].country_code == "US"


def test_names_joined_before_died_are_each_a_death() -> None:
    from veille.extract.counts import aggregate, find_counts

    def killed(text: str) -> int | None:
        return aggregate(find_counts(text))["killed"]

    assert killed("Farook and Malik died in a shootout with police the day of the attack.") == 2
    assert killed("Syed Farook and Tashfeen Malik died in a shootout.") == 2
    assert killed("Ahmed, Karim and Malik died on Sunday.") == 3
    assert killed("Ahmed, Karim, and Malik died on Sunday.") == 3
    assert killed("Malik died on Sunday.") == 1
    # not a day or a place before the names
    assert killed("On Sunday, Karim and Malik died.") == 2
    assert killed("The bomb went off in Kabul and Ahmad died.") == 1
    assert killed("Soldiers and Malik died.") == 1


def test_the_lead_after_a_dateline_of_its_own_places_a_happening_told_without_a_place(
    pipeline: Pipeline,
) -> None:
    from factories import article, ent
    from veille.extract.places import choose_locations
    from veille.nlp.segment import split_sentences
    from veille.records import AnnotatedArticle

    text = (
        "SACRAMENTO, Calif. Three students were wounded in Thursday's attack in Nice, France, the "
        "university said. One of them was not listed among the dead in the attack."
    )
    entities = (ent(text, "SACRAMENTO"), ent(text, "Calif."), ent(text, "Nice"), ent(text, "France"))
    assert pipeline.geoparser is not None
    places = tuple(pipeline.geoparser.parse(text, entities))
    sentences = split_sentences(text)
    assert text[sentences[0].start : sentences[0].end] == "SACRAMENTO, Calif."  # a sentence of its own
    ann = AnnotatedArticle(article("a", text, "2016-07-17"), sentences, entities, places=places)
    body_start = text.index("Three")
    # the record's own sentence names no place: the lead's town, not the dateline's
    locations, _ = choose_locations(ann, "attack", [(sentences[2].start, sentences[2].end)], True, body_start)
    assert [loc.name for loc in locations] == ["Nice"]


def test_an_attack_on_an_idea_and_a_truck_through_crowds() -> None:
    from factories import main_type

    assert main_type("He accused the department of mounting a chilling attack on privacy.") is None
    assert main_type("Critics called the ruling an attack on the rule of law.") is None
    # (a real one may be called one on liberty)
    assert main_type("He called the carnage an attack on liberty by fanatics.") == "attack"
    assert main_type("The attack on the embassy killed two guards.") == "attack"
    assert main_type("An attacker crashed a heavy truck through crowds celebrating Bastille Day.") == "attack"
    assert main_type("The car crashed into a crowd after the driver fell ill.") is None


# -- killings and the arrests told with them, forces as armed men, a man from a place -------------


def test_a_killing_told_before_arrests_in_its_clause_is_the_happening(pipeline: Pipeline) -> None:
    from factories import main_type

    sentence = (
        "On 22 October 2020, Burkinabe forces reportedly summarily executed nine gold miners from the "
        "Fulani community and arrested three others at a mining site near Tokabangou."
    )
    assert main_type(sentence) == "attack"
    (rec,) = records_of(pipeline, sentence, "2020-10-24")
    assert rec["event_type"] == "attack"
    assert (rec["counts"]["killed"], rec["counts"]["arrested"]) == (9, 3)
    # arrests told first stay the happening ("Police arrested three men and seized weapons")
    assert main_type("Police arrested three suspected militants and seized weapons in Kandahar.") == "arrest"
    # ... and so do arrests after a happening named by its noun
    assert (
        main_type("Police identified the gunman in Tuesday's shooting and arrested his brother.") == "arrest"
    )


def test_a_man_named_by_his_home_is_not_placed_there(pipeline: Pipeline) -> None:
    text = (
        "RICHMOND, Va. The dead suspect in Thursday's fatal shooting of a state trooper at a bus "
        "station was identified on Friday as an Illinois man, authorities said.\n\n"
        "Police said on Thursday that the man was combative as officers took him into custody on "
        "suspicion of terrorism."
    )
    recs = records_of(pipeline, text, "2016-04-01")
    assert recs
    assert all(loc["admin1"] != "Illinois" for r in recs for loc in r["locations"])
    # ... but a witness's town may be the only one told
    text = (
        "Gunmen killed five people at a market in an attack claimed by Islamic State, a Mosul "
        "resident told Reuters on Friday."
    )
    (rec,) = of_type(records_of(pipeline, text, "2016-04-01"), "attack")
    assert [loc["name"] for loc in rec["locations"]] == ["Mosul"]


def test_the_places_of_shootings_a_march_protested_and_a_police_robot(pipeline: Pipeline) -> None:
    text = (
        "DALLAS President Barack Obama on Tuesday praised the five police officers slain at a protest "
        "last week in what police called a terrorist attack.\n\n"
        "Micah Johnson, 25, gunned down the officers in an ambush on Thursday after expressing anger "
        "over recent police killings. Johnson then was killed by an explosive-laden robot sent in by "
        "police.\n\n"
        "Johnson opened fire during a march protesting the police shootings last week of two black men "
        "in Baton Rouge, Louisiana and outside St. Paul, Minnesota."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-12"), "attack")
    assert attacks
    ambush = attacks[0]
    assert [loc["name"] for loc in ambush["locations"]] == ["Dallas"]
    assert (ambush["attack_type"], ambush["weapon_type"]) == ("armed_assault", "firearms")
    # a clause of its own after the protested happening keeps the attack's town
    text = (
        "Marchers were protesting police killings of black men when a gunman opened fire on officers "
        "in Dallas on Thursday, killing five, in what police called a terrorist attack."
    )
    (rec,) = of_type(records_of(pipeline, text, "2016-07-12"), "attack")
    assert [loc["name"] for loc in rec["locations"]] == ["Dallas"]


def test_a_site_visited_names_the_happening_told_beside_it(pipeline: Pipeline) -> None:
    from factories import main_type

    sentence = (
        "Iraq's prime minister toured the site of a blast Sunday morning, hours after bombs hit two "
        "crowded commercial areas in Baghdad, killing at least 23 people and wounding 61, officials said."
    )
    assert main_type(sentence) == "attack"
    (rec,) = of_type(
        records_of(pipeline, sentence + " Islamic State claimed the attack.", "2016-07-03"), "attack"
    )
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (23, 61)
