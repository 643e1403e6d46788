"""Attacks named as kinds or as topics of words, the places attacks come from, and warnings that
are stances or an election's words, not a danger foreseen by an authority (the real pipeline and
the trigger rules; the texts are written for these tests)."""

from __future__ import annotations

from typing import Any

from factories import evidence_of, of_type, records_of
from veille.extract.lexicon import find_triggers
from veille.extract.triggers import Hit, idle_warning, is_generic, is_hypothetical
from veille.pipeline import Pipeline


def _hit(sentence: str, word: str) -> Hit:
    at = sentence.index(word)
    return next(Hit(t, a, b) for t, a, b in find_triggers(sentence) if a <= at < b)


def _mention(start: int, name: str) -> Any:
    """A place mention written as ``name`` at ``start`` (for the list reader alone)."""
    from veille.records import PlaceMention

    return PlaceMention(start, start + len(name), name, name=name)


# a sentence that puts a short report in the field's context
_CONTEXT = (
    "Islamic State militants have carried out dozens of attacks this year. Terrorism is the main threat."
)


# -- kinds of attack ---------------------------------------------------------------------------------


def test_methods_of_attack_ranged_are_kinds() -> None:
    text = (
        "Experts say nothing will stop groups that use methods of attack that range from lone "
        "gunmen to truck bombs to hostage-taking."
    )
    assert is_generic(text, _hit(text, "truck bombs"))
    assert is_generic(text, _hit(text, "hostage"))
    listed = "The militants favour tactics such as car bombs and kidnappings."
    assert is_generic(listed, _hit(listed, "car bombs"))
    # (a bombing told is no kind)
    told = "A truck bomb killed 40 people in the capital, a kind of attack the group has used before."
    assert not is_generic(told, _hit(told, "truck bomb"))


def test_a_sentence_of_kinds_does_not_retype_the_attack_before(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD A suicide truck bombing in a busy shopping street killed at least 80 people on "
        "Saturday, police said.\n\n"
        "Officials said the group uses methods of attack that range from single suicide bombers to "
        "massive truck bombs to hostage-taking."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-04"), "attack")
    assert len(attacks) == 1
    assert attacks[0]["attack_type"] == "bombing"
    assert "hostage-taking" not in evidence_of(attacks[0])


# -- an attack as the topic of words ---------------------------------------------------------------


def test_the_day_of_words_about_a_named_attack_is_not_its_day(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON The Senate voted on a terrorism surveillance bill.\n\n"
        "Democrats on Tuesday accused Republicans of exploiting the Orlando shooting to pass it."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-22"), "attack")
    assert attacks
    assert all(r["date"]["start"] != "2016-06-21" for r in attacks)
    # (the day of an attack told in the same words still dates it)
    told = (
        "WASHINGTON The Senate voted on a terrorism surveillance bill.\n\n"
        "Gunmen on Tuesday carried out the shooting at a nightclub in Orlando, police said."
    )
    dated = of_type(records_of(pipeline, told, "2016-06-22"), "attack")
    assert [r["date"]["start"] for r in dated] == ["2016-06-21"]


# -- a pause is no word ----------------------------------------------------------------------------


def test_a_pause_after_a_modal_keeps_it_hypothetical() -> None:
    text = "Either they will die under the bombs and we will ... watch the massacre, or we open the border."
    assert is_hypothetical(text, _hit(text, "massacre"))
    told = "Villagers watched the massacre from the hills on Monday."
    assert not is_hypothetical(told, _hit(told, "massacre"))


# -- where attacks come from -----------------------------------------------------------------------


def test_the_country_attacks_emanate_from_is_no_place_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI Asked about the attack on the Pathankot air base and whether most terror attacks in "
        "India emanate from Pakistan, the French president said France strongly condemned the attack."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-24"), "attack")
    assert attacks
    codes = {loc["country_code"] for r in attacks for loc in r["locations"]}
    assert "PK" not in codes
    assert "IN" in codes


# -- warnings that are none ------------------------------------------------------------------------


def test_a_stance_warned_of_is_no_warning(pipeline: Pipeline) -> None:
    text = "He warned that countries cannot use diplomacy to provide a human shield for extremists in Syria."
    assert idle_warning(text, _hit(text, "warned"))
    danger = "He warned that militants could strike the capital's airports within days."
    assert not idle_warning(danger, _hit(danger, "warned"))
    unneeded = "Police warned that the group did not need orders to attack."
    assert not idle_warning(unneeded, _hit(unneeded, "warned"))
    recs = records_of(pipeline, f"{_CONTEXT} {text}", "2016-02-15")
    assert not of_type(recs, "warning")


def test_a_risk_run_is_no_danger_warned_of(pipeline: Pipeline) -> None:
    text = (
        "European ministers warned the president the vote did not give him a free hand, and that he "
        "risked isolating himself abroad."
    )
    assert not of_type(records_of(pipeline, f"{_CONTEXT} {text}", "2016-07-18"), "warning")
    danger = "European ministers warned of the risk of attacks on Christmas markets."
    assert of_type(records_of(pipeline, f"{_CONTEXT} {danger}", "2016-07-18"), "warning")


def test_a_call_for_vigilance_is_no_warning(pipeline: Pipeline) -> None:
    text = "The senator called for vigilance in the fight against homegrown terrorists."
    assert not of_type(records_of(pipeline, f"{_CONTEXT} {text}", "2016-06-14"), "warning")
    alert = "Police urged vigilance after threats against homegrown targets by terrorists."
    assert of_type(records_of(pipeline, f"{_CONTEXT} {alert}", "2016-06-14"), "warning")


def test_a_contenders_warning_is_no_warning(pipeline: Pipeline) -> None:
    text = (
        "The candidate's speech was rewritten from a critique of his Democratic rival into a dire "
        "warning of the threat from Islamist militants."
    )
    assert idle_warning(text, _hit(text, "warning"))
    assert not of_type(records_of(pipeline, f"{_CONTEXT} {text}", "2016-06-14"), "warning")
    official = "The interior minister issued a warning of the threat from Islamist militants."
    assert not idle_warning(official, _hit(official, "warning"))


# -- happenings listed in one sentence, each in its own place -------------------------------------


def _places(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_two_named_attacks_in_one_sentence_are_two_records(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Islamic State militants claimed a bombing in Baghdad on Tuesday that killed 12 people.\n\n"
        "Officials in Europe read recent attacks there, such as last week's bombings in Brussels or the "
        "killings in Paris last November, as a sign that the group was growing."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-29"), "attack")
    by_place = {tuple(_places(r)): r for r in attacks}
    assert ("Brussels",) in by_place and ("Paris",) in by_place
    assert by_place[("Brussels",)]["date"]["start"] == "2016-03-20"  # the week before the report
    assert by_place[("Paris",)]["date"]["start"] == "2015-11-01"
    assert by_place[("Paris",)]["date"]["precision"] == "month"
    assert by_place[("Brussels",)]["id"] != by_place[("Paris",)]["id"]


def test_a_plural_over_towns_of_another_year_is_one_record_per_town(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A suicide bomber killed 10 people in Istanbul on Tuesday, officials said.\n\n"
        "Turkey has been struck by Islamic State before, with two bombings last year, in the border town "
        "of Suruc and in the capital Ankara, the second killing more than 100 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-01-12"), "attack")
    older = [r for r in attacks if r["date"]["start"] == "2015-01-01"]
    assert sorted(tuple(_places(r)) for r in older) == [("Ankara",), ("Suruç",)]
    # (a toll told of the list as a whole is no town's)
    assert all(r["counts"]["killed"] is None for r in older)


def test_a_list_keeps_each_parts_date_and_toll(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Islamic State militants claimed a bombing in Baghdad on Tuesday that killed 12 "
        "people.\n\nThe military has been on alert since incidents such as the July 2015 shooting that "
        "killed five servicemen in Chattanooga, Tennessee, and the 2009 shooting at Fort Hood, Texas."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-15"), "attack")
    chattanooga = next(r for r in attacks if "Chattanooga" in _places(r))
    fort_hood = next(r for r in attacks if "Fort Hood" in _places(r))
    assert "Fort Hood" not in _places(chattanooga)
    assert chattanooga["date"]["start"] == "2015-07-01" and chattanooga["counts"]["killed"] == 5
    assert fort_hood["date"]["start"] == "2009-01-01" and fort_hood["counts"]["killed"] is None


def test_towns_struck_on_one_day_or_a_road_between_stay_one_record(pipeline: Pipeline) -> None:
    coordinated = "BEIRUT Bomb blasts killed 40 people in Jableh and Tartous on Monday, state media said."
    attacks = of_type(records_of(pipeline, coordinated, "2016-05-24"), "attack")
    assert len(attacks) == 1 and len(_places(attacks[0])) == 2
    assert attacks[0]["counts"]["killed"] == 40
    road = (
        "KABUL Gunmen ambushed convoys on the road between Kabul and Jalalabad last month, killing four "
        "soldiers."
    )
    assert len(of_type(records_of(pipeline, road, "2016-05-24"), "attack")) == 1


def test_an_address_a_clause_or_a_campaign_over_countries_is_no_list(pipeline: Pipeline) -> None:
    from veille.extract.listed import listed_groups

    address = "KABUL Assailants threw grenades at a house in Marwat Kas, Laghman, Afghanistan, on Monday."
    assert len(of_type(records_of(pipeline, address, "2017-02-20"), "attack")) == 1
    clause = (
        "On 27 April 2020, in Sorriso, Mato Grosso, a man was killed at a bar in Sao Domingos "
        "neighborhood by two armed men."
    )
    mentions = [_mention(clause.index(name), name) for name in ("Sorriso", "Sao Domingos")]
    killed = clause.index("killed")
    assert (
        listed_groups(clause, (0, len(clause)), mentions, lambda i, j: False, [(killed, killed + 6)]) is None
    )
    campaign = (
        "BAGHDAD Islamic State militants carried out attacks in Iraq and Syria last year, the group said."
    )
    recs = of_type(records_of(pipeline, campaign, "2016-05-01"), "attack")
    assert len(recs) == 1 and sorted(_places(recs[0])) == ["Iraq", "Syria"]


def test_every_part_of_a_list_has_its_own_id_and_day(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Islamic State militants claimed a bombing in Baghdad on Tuesday that killed 12 people.\n\n"
        "In Paris and Brussels, Islamic State militants carried out suicide bombings last year, officials "
        "said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-29"), "attack")
    ids = [r["id"] for r in attacks]
    assert len(ids) == len(set(ids))
    listed = [r for r in attacks if _places(r) in (["Paris"], ["Brussels"])]
    assert len(listed) == 2
    # (a part with no day of its own borrows none from another)
    text = (
        "BAGHDAD Islamic State militants claimed a bombing in Baghdad on Tuesday that killed 12 people.\n\n"
        "Officials in Europe have read recent attacks there, such as the bombings in Brussels or the "
        "killings in Paris last November, as a sign that the group was growing."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-29"), "attack")
    brussels = next(r for r in attacks if _places(r) == ["Brussels"])
    assert brussels["date"]["start"] is None


def test_one_toll_for_towns_listed_is_one_coordinated_attack(pipeline: Pipeline) -> None:
    text = "BEIRUT Bomb blasts killed at least 148 people in Jableh and Tartous, state media said."
    attacks = of_type(records_of(pipeline, text, "2016-05-24"), "attack")
    assert len(attacks) == 1 and attacks[0]["counts"]["killed"] == 148


# -- recruitment of a kind of people --------------------------------------------------------------


def test_people_who_become_radicalized_tell_no_recruitment() -> None:
    text = (
        "She would work to root out lone wolves in Europe who become radicalized without travelling, "
        "often through online recruitment."
    )
    assert is_hypothetical(text, _hit(text, "radicalized"))
    assert is_hypothetical(text, _hit(text, "recruitment"))
    told = "Police said the two brothers became radicalized online last year."
    assert not is_hypothetical(told, _hit(told, "radicalized"))


# -- places that are not the attack's ------------------------------------------------------------


def test_the_dateline_town_does_not_replace_another_towns_region(pipeline: Pipeline) -> None:
    text = (
        "FORT PIERCE, Fla. The gunman's old school was quiet on Monday.\n\n"
        "A gunman who pledged allegiance to Islamic State killed 12 people at a nightclub in Orlando, "
        "Florida, on Sunday before police shot him dead, officials said."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-06-13"), "attack")
    assert _places(attack) == ["Orlando"]


def test_a_town_told_by_its_distance_from_the_attack_is_not_its_place(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO, Fla. A gunman who pledged allegiance to Islamic State killed 12 people at a nightclub "
        "on Sunday before police shot him dead, officials said.\n\n"
        "Worshippers at his mosque in Fort Pierce, 120 miles (195 km) from the shooting, said the gunman "
        "was killed by police after the attack."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-06-13"), "attack")
    assert "Fort Pierce" not in _places(attack)


def test_where_a_road_leads_is_not_the_operations_place(pipeline: Pipeline) -> None:
    text = (
        "DAMASCUS, March 30 (Reuters) - President Bashar al-Assad said on Wednesday he could form a new "
        "government with the opposition.\n\n"
        "The recapture of the ancient city of Palmyra from Islamic State by Syrian troops on Sunday opens "
        "up the road further east to the militants' strongholds of Deir al-Zor and Raqqa."
    )
    (operation,) = of_type(records_of(pipeline, text, "2016-03-30"), "ct_operation")
    assert _places(operation) == ["Tadmur"]
    # (a journey's way is where it happened: "kidnapped while on their way to the airport in ...")
    journey = (
        "SAN SALVADOR, 13 JAN 90 (AFP) -- TWO OPPOSITION LEADERS WERE KIDNAPPED BY ARMED MEN WHILE THEY "
        "WERE ON\nTHEIR WAY TO LA AURORA AIRPORT IN GUATEMALA CITY, POLICE SAID."
    )
    (kidnapping,) = of_type(records_of(pipeline, journey, "1990-01-13"), "attack")
    assert "Guatemala City" in _places(kidnapping)


def test_a_town_of_what_may_come_is_not_the_operations_place(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Trapped civilians are running out of food in the western city of Falluja, an Islamic "
        "State stronghold under siege, officials said.\n\n"
        "Since recapturing the city of Ramadi - some 50 km to the west - from Islamic State a month ago, "
        "Iraqi authorities have not made clear whether they will attempt to take Falluja next or leave it "
        "contained."
    )
    (operation,) = of_type(records_of(pipeline, text, "2016-02-02"), "ct_operation")
    assert _places(operation) == ["Ramadi"]


# -- a story whose terrorism is told late ----------------------------------------------------------


def test_the_opening_of_a_story_takes_the_context_told_later(pipeline: Pipeline) -> None:
    text = "\n\n".join(
        [
            "WASHINGTON — The president will travel to the city on Thursday to meet families of the "
            "victims, the White House said.",
            "The visit comes as lawmakers debate new gun laws in the Senate.",
            "The shooting rampage on Sunday left 30 people dead and dozens more injured.",
            "Hospitals said a dozen people were still in critical condition on Wednesday.",
            "Mourners gathered at a memorial downtown, leaving flowers and candles.",
            "Local businesses raised money for the families.",
            "The mayor thanked the police for their response.",
            "Investigators said the gunman had pledged allegiance to Islamic State in a call to police and "
            "claimed that the shooting was revenge for air strikes on the group.",
            "The FBI is treating the attack as an act of terrorism, officials said, and is looking into "
            "whether the gunman had help from Islamic State militants.",
        ]
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-06-15"), "attack")
    assert attack["date"]["start"] == "2016-06-12"
    assert attack["counts"]["killed"] == 30
    # (the air strikes it avenged are not its means)
    assert attack["attack_type"] == "armed_assault"
    assert "The shooting rampage on Sunday" in evidence_of(attack)
    # (nor does a visit's sentence that names the shooting as its object open the record)
    assert not evidence_of(attack).startswith("WASHINGTON")


def test_a_country_of_a_picked_town_is_not_made_its_capital(pipeline: Pipeline) -> None:
    from factories import article, ent
    from veille.extract.places import choose_locations
    from veille.nlp.segment import split_sentences
    from veille.records import AnnotatedArticle

    text = (
        "Iraqi forces entered the center of Falluja in Iraq on Friday, officials said. "
        "Car bombs have often struck markets in the capital. Officials in Baghdad welcomed the advance."
    )
    entities = (ent(text, "Falluja"), ent(text, "Iraq"), ent(text, "Baghdad"))
    assert pipeline.geoparser is not None
    places = tuple(pipeline.geoparser.parse(text, entities))
    ann = AnnotatedArticle(article("a", text, "2016-06-17"), split_sentences(text), entities, places=places)
    spans = [(s.start, s.end) for s in ann.sentences[:2]]
    locations, _ = choose_locations(ann, "ct_operation", spans, True, 0)
    assert [loc.name for loc in locations] == ["Al Fallūjah"]


# -- a verb taken into a name ---------------------------------------------------------------------


def test_a_gerund_before_a_town_makes_no_surname() -> None:
    from veille.geo.recognize import _surnames
    from veille.records import Entity

    text = "Addressing Falluja residents, the minister spoke. Falluja fell in 2014. Falluja is quiet."
    second, third = text.index("Falluja fell"), text.index("Falluja is")
    entities = [
        Entity(0, 18, "PERSON", "Addressing Falluja"),
        Entity(second, second + 7, "PERSON", "Falluja"),
        Entity(third, third + 7, "GPE", "Falluja"),
    ]
    assert "falluja" not in _surnames(text, entities)
    # (a person's full name still makes one)
    named = "Alton Sterling was shot. Sterling had five children."
    people = [Entity(0, 14, "PERSON", "Alton Sterling"), Entity(24, 32, "PERSON", "Sterling")]
    assert "sterling" in _surnames(named, people)
    # (nor is a given name ending so a verb: "Sterling Brown" is a person)
    named = "Sterling Brown was shot. Brown had five children."
    people = [Entity(0, 14, "PERSON", "Sterling Brown"), Entity(24, 29, "PERSON", "Brown")]
    assert "brown" in _surnames(named, people)


def test_clauses_each_opened_by_its_place_are_two_attacks(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON In Atlanta, a police officer was ambushed and shot by a gunman on Friday, and in "
        "Memphis a gunman opened fire on a hotel on Thursday, killing a woman and wounding three people, "
        "in attacks the FBI is treating as terrorism."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-10"), "attack")
    assert sorted(tuple(_places(r)) for r in attacks) == [("Atlanta",), ("Memphis",)]
    atlanta = next(r for r in attacks if _places(r) == ["Atlanta"])
    memphis = next(r for r in attacks if _places(r) == ["Memphis"])
    assert atlanta["date"]["start"] == "2016-07-08" and memphis["date"]["start"] == "2016-07-07"
    assert memphis["counts"]["killed"] == 1 and atlanta["counts"]["killed"] is None


def test_arms_named_for_what_they_are_made_of_are_no_attack() -> None:
    text = "Officials warn that the radioactive ingredients for a dirty bomb are insecure in many countries."
    assert is_generic(text, _hit(text, "bomb"))
    told = "A car bomb killed 12 people in the market on Monday."
    assert not is_generic(told, _hit(told, "car bomb"))


def test_a_battle_with_a_modal_after_its_place_is_hypothetical() -> None:
    text = "A prolonged battle for Falluja on the other hand would erode the premier's standing."
    assert is_hypothetical(text, _hit(text, "battle"))
    told = "The battle for Falluja killed 20 militants on Monday."
    assert not is_hypothetical(told, _hit(told, "battle"))


def test_a_habit_told_inside_the_words_of_a_happening_is_general() -> None:
    text = "He described the guerrilla groups still launching attacks across the country as outdated."
    assert all(is_generic(text, h) for h in (_hit(text, "guerrilla"), _hit(text, "attacks")))
    told = "Guerrillas launching attacks on the town killed two soldiers."
    assert not is_generic(told, _hit(told, "Guerrillas"))


def test_a_weapon_word_is_as_general_as_its_head() -> None:
    text = "We want an end to the violence, the end of bomb explosions and the end of mines."
    assert is_generic(text, _hit(text, "bomb"))
    told = "Bomb explosions killed 12 people in the capital."
    assert not is_generic(told, _hit(told, "Bomb"))


def test_the_prospect_of_an_attack_is_none() -> None:
    text = "Losses of radioactive material raised the disturbing prospect of a nuclear attack on a city."
    assert is_hypothetical(text, _hit(text, "attack"))
    told = "The attack raised the prospect of more violence in the city."
    assert not is_hypothetical(told, _hit(told, "attack"))


def test_a_countrys_capital_named_by_two_words_is_its_capital(pipeline: Pipeline) -> None:
    text = (
        "Breaking News\n\n"
        "Gunfire and explosions were reported Friday in Burkina Faso's capital, according to media "
        "reports, as gunmen stormed a hotel.\n\n"
        "The U.S. Embassy in Ouagadougou said it was following the situation, and jihadists were suspected."
    )
    (attack,) = of_type(records_of(pipeline, text, "2016-01-15"), "attack")
    assert _places(attack) == ["Ouagadougou"]


# -- close cases beside the rules above (a review's findings) ---------------------------------------


def test_the_rules_leave_their_close_cases_alone(pipeline: Pipeline) -> None:
    from veille.extract.dates import find_dates

    ruled_out = "The minister warned that France cannot rule out new attacks by militants."
    assert not idle_warning(ruled_out, _hit(ruled_out, "warned"))
    dated = (
        "Ahead of the presidential election campaign, officials warned of Taliban attacks on polling "
        "stations."
    )
    assert not idle_warning(dated, _hit(dated, "warned"))
    recruiting = "Police arrested three men who are recruiting fighters for Islamic State."
    assert not is_hypothetical(recruiting, _hit(recruiting, "recruiting"))
    told = "The group has turned to new forms of attack, such as the truck bomb that killed 80 shoppers."
    assert not is_generic(told, _hit(told, "truck bomb"))
    assert find_dates("Officials Say 20 May Have Died in Kabul Blast", None) == []
    for text, town in (
        (
            "ISLAMABAD A car bomb exploded on the road to the airport in Kabul on Monday, killing two "
            "guards.",
            "Kabul",
        ),
        (
            "KABUL A bomb killed three people in Kabul on Monday. A second bomb went off in Jalalabad, 5 km "
            "from the blast, killing two.",
            "Jalālābād",
        ),
    ):
        places = [
            name for r in of_type(records_of(pipeline, text, "2016-05-24"), "attack") for name in _places(r)
        ]
        assert town in places, (text, places)


def test_a_predicate_told_of_a_whole_list_is_shared(pipeline: Pipeline) -> None:
    text = (
        "ISLAMABAD A suicide bombing in Quetta and a shooting in Peshawar killed 20 people on Friday, "
        "officials said, blaming the Pakistani Taliban."
    )
    attacks = of_type(records_of(pipeline, text, "2016-08-08"), "attack")
    assert sorted(tuple(_places(r)) for r in attacks) == [("Peshawar",), ("Quetta",)]
    assert all(r["date"]["start"] == "2016-08-05" for r in attacks)
    assert all(r["counts"]["killed"] is None for r in attacks)
