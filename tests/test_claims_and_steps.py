"""Arms only claimed or named in an agency's title, victims named back, speakers beside the doers,
and the steps of a hunt told on days of their own (the real pipeline; the texts are written for
these tests)."""

from __future__ import annotations

from typing import Any

from factories import ent, records_of
from veille.extract.actors import actors_for
from veille.kb import ActorKB
from veille.nlp.segment import split_sentences
from veille.pipeline import Pipeline
from veille.records import AnnotatedArticle, Article


def records(pipeline: Pipeline, text: str, published: str = "2016-04-09") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def _events(recs: list[dict[str, Any]], event_type: str = "attack") -> list[dict[str, Any]]:
    return [r for r in recs if r["record_type"] == "event" and r["event_type"] == event_type]


def _names(rec: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


# -- arms claimed, arms in a name -----------------------------------------------------------------


def test_bombs_a_gunman_only_claimed_to_carry_make_no_bombing(pipeline: Pipeline) -> None:
    text = (
        "A gunman opened fire inside a nightclub in Orlando on Sunday, killing 20 people in what police "
        "called an act of terrorism. Hours into the siege he told a negotiator that he had bombs strapped "
        "to his body. The claim that he had bombs turned out to be false."
    )
    attacks = _events(records(pipeline, text, "2016-06-14"))
    assert len(attacks) == 1
    assert (attacks[0]["attack_type"], attacks[0]["weapon_type"]) == ("armed_assault", "firearms")


def test_bombs_the_gunman_did_set_off_still_make_a_bombing(pipeline: Pipeline) -> None:
    # close case: the bombs were used, not only claimed
    text = (
        "A gunman opened fire inside a nightclub in Orlando on Sunday and then detonated bombs strapped "
        "to his body, killing 20 people in what police called an act of terrorism."
    )
    attacks = _events(records(pipeline, text, "2016-06-14"))
    assert len(attacks) == 1
    assert attacks[0]["weapon_type"] == "explosives"


def test_the_explosives_in_an_agencys_name_are_no_weapon(pipeline: Pipeline) -> None:
    text = (
        "Two gunmen shot and killed five people at a backyard party in Wilkinsburg on Wednesday night. "
        "All the victims were hit by rifle shots, said an agent of the Bureau of Alcohol, Tobacco, "
        "Firearms and Explosives."
    )
    attacks = _events(records(pipeline, text, "2016-03-11"))
    assert len(attacks) == 1
    assert (attacks[0]["attack_type"], attacks[0]["weapon_type"]) == ("armed_assault", "firearms")


# -- victims named back, speakers beside the doers ------------------------------------------------


def test_the_other_two_killed_are_victims_already_counted(pipeline: Pipeline) -> None:
    text = (
        "Two gunmen shot and killed five people at a backyard party in Wilkinsburg on Wednesday night. "
        '"My whole family was massacred," said the mother of three of the victims and aunt of the other '
        "two killed."
    )
    attacks = _events(records(pipeline, text, "2016-03-11"))
    assert len(attacks) == 1
    assert attacks[0]["counts"]["killed"] == 5


def test_two_other_people_killed_still_add_to_the_toll(pipeline: Pipeline) -> None:
    # close case: "two other" (no "the") adds victims to those counted
    text = (
        "Two gunmen shot and killed five people at a backyard party in Wilkinsburg on Wednesday night. "
        "Two other people were killed when the gunmen fired on a passing car."
    )
    attacks = _events(records(pipeline, text, "2016-03-11"))
    assert len(attacks) == 1
    assert attacks[0]["counts"]["killed"] == 7


def test_a_spokesman_named_after_the_bombers_is_no_perpetrator(pipeline: Pipeline) -> None:
    text = (
        "Investigators are checking whether the suspect was the third man present during the suicide "
        "bombing at Brussels airport on March 22, seen on camera with the two suicide bombers, Jan "
        "Peeters, spokesman for the federal prosecutor, told reporters."
    )
    attacks = _events(records(pipeline, text))
    assert attacks
    assert all(a["name"] != "Jan Peeters" for r in attacks for a in r["actors"])


def test_a_group_fought_in_a_war_is_not_the_target_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Suicide bombers killed 30 people at Brussels airport on Tuesday. The candidate said the attacks "
        "showed that her rival could not be trusted to lead the fight against Islamic State militants."
    )
    attacks = _events(records(pipeline, text, "2016-03-23"))
    assert len(attacks) == 1
    assert not [a for a in attacks[0]["actors"] if a["name"] == "Islamic State" and a["role"] == "target"]


def test_a_country_named_for_its_voters_is_not_where_the_attack_was(pipeline: Pipeline) -> None:
    text = (
        "The primaries were overshadowed by suicide bombings in Brussels in which at least 30 people "
        "were killed on Tuesday, raising security concerns among U.S. voters."
    )
    attacks = _events(records(pipeline, text, "2016-03-23"))
    assert len(attacks) == 1
    assert _names(attacks[0]) == ["Brussels"]


# -- the steps of a hunt, each on its own day -----------------------------------------------------


def test_a_charge_of_people_including_one_named_is_a_charge(pipeline: Pipeline) -> None:
    text = (
        "Belgian prosecutors charged four people, including Mohamed K., with terrorist activity over "
        "the bombings in Brussels."
    )
    charges = _events(records(pipeline, text), "charge")
    assert len(charges) == 1
    assert charges[0]["counts"]["persons"] == 4
    assert not _events(records(pipeline, text))


_CHARGED_THEN_ARRESTED = (
    "Belgian prosecutors said on Saturday they had charged four men with terrorist offences over the "
    "Brussels bombings. They were arrested on Friday in Brussels, along with two others who were later "
    "released. Police raided a flat in Schaerbeek on Saturday but found no weapons and made no further "
    "arrests."
)


def test_an_arrest_of_a_day_of_its_own_is_not_the_charges(pipeline: Pipeline) -> None:
    recs = records(pipeline, _CHARGED_THEN_ARRESTED)
    charges, arrests = _events(recs, "charge"), _events(recs, "arrest")
    assert len(charges) == 1 and len(arrests) == 1
    assert charges[0]["counts"]["persons"] == 4  # not the two released
    assert charges[0]["date"]["start"] != "2016-04-08"  # the arrest's Friday
    assert arrests[0]["date"]["start"] == "2016-04-08"


def test_a_raid_of_another_day_is_not_the_arrests(pipeline: Pipeline) -> None:
    text = (
        "Belgian police arrested four men in Brussels on Friday on suspicion of terrorism. Police raided "
        "a flat in Schaerbeek on Saturday but found no weapons and made no further arrests."
    )
    recs = records(pipeline, text, "2016-04-10")
    raids, arrests = _events(recs, "raid"), _events(recs, "arrest")
    assert len(raids) == 1 and len(arrests) == 1
    assert (raids[0]["date"]["start"], _names(raids[0])) == ("2016-04-09", ["Schaerbeek"])
    assert arrests[0]["date"]["start"] == "2016-04-08"


def test_a_raid_that_ends_in_arrests_the_same_day_is_one_operation(pipeline: Pipeline) -> None:
    # close case: the raid names no other day than the arrests'
    text = (
        "Belgian police arrested four men in Brussels on Friday on suspicion of terrorism. Police raided "
        "a flat in Schaerbeek during the operation and found weapons."
    )
    recs = records(pipeline, text, "2016-04-10")
    assert len(_events(recs, "arrest")) == 1
    assert not _events(recs, "raid")


def test_an_arrest_told_with_the_charge_on_no_day_of_its_own_stays_with_it(pipeline: Pipeline) -> None:
    # close case: the arrest names no day, so it is the charge's case
    text = (
        "Belgian prosecutors on Saturday charged four men with terrorist offences over the Brussels "
        "bombings. They were arrested in Brussels, prosecutors said."
    )
    recs = records(pipeline, text)
    assert len(_events(recs, "charge")) == 1
    assert not _events(recs, "arrest")


def test_the_town_of_an_attack_recalled_is_not_the_arrests(pipeline: Pipeline) -> None:
    text = (
        "Belgian police arrested four men on Friday. The arrests were a relief for the security services, "
        "which have been criticised since militants from Brussels organised the attacks in Paris."
    )
    arrests = _events(records(pipeline, text), "arrest")
    assert len(arrests) == 1
    assert "Paris" not in _names(arrests[0])


# -- a threat received, a force someone served in --------------------------------------------------


def test_an_anonymous_threat_against_officers_is_a_threat(pipeline: Pipeline) -> None:
    text = (
        "Police headquarters in Dallas was cordoned off on Saturday after authorities received an "
        "anonymous threat against officers across the city, two days after a gunman killed five officers "
        "in what police called a terrorist attack."
    )
    threats = _events(records(pipeline, text, "2016-07-10"), "threat")
    assert len(threats) == 1
    assert threats[0]["date"]["start"] == "2016-07-09"


def test_no_credible_threat_against_an_event_is_no_threat(pipeline: Pipeline) -> None:
    # close case: a threat nobody received
    text = (
        "The FBI said it was not aware of any credible threat against the parade in Dallas on Saturday, "
        "two days after a gunman killed five officers in what police called a terrorist attack."
    )
    threats = _events(records(pipeline, text, "2016-07-10"), "threat")
    assert not threats


def test_the_army_a_gunman_once_served_in_is_no_agent(pipeline: Pipeline) -> None:
    text = (
        "Police searched the garage of their headquarters in Dallas on Saturday after an anonymous threat "
        "against officers, two days after a former U.S. Army reservist shot dead five officers."
    )
    recs = records(pipeline, text, "2016-07-10")
    assert recs
    assert all(a["name"] != "United States Armed Forces" for r in recs for a in r["actors"])


# -- what victims held, whom the doer acted for, whose fire killed him -------------------------------


_DUAL_CITIZENS = (
    "Last month's suicide bombing in the main shopping street of Istanbul killed three Israelis, two of "
    "whom held dual citizenship with the United States, and one Iranian."
)


def test_victims_who_held_a_citizenship_were_not_detained(pipeline: Pipeline) -> None:
    attacks = _events(records(pipeline, _DUAL_CITIZENS))
    assert len(attacks) == 1
    assert attacks[0]["counts"]["killed"] == 3
    assert attacks[0]["counts"].get("arrested") is None


def test_the_country_of_a_victims_citizenship_is_not_the_place(pipeline: Pipeline) -> None:
    attacks = _events(records(pipeline, _DUAL_CITIZENS))
    assert _names(attacks[0]) == ["Istanbul"]


def test_men_held_hostage_are_kidnapped_not_arrested(pipeline: Pipeline) -> None:
    # close case: "held" with people and no holding of a title or a passport
    text = "Gunmen held two men hostage for hours at a shop in Istanbul on Monday before police stormed it."
    attacks = _events(records(pipeline, text))
    assert len(attacks) == 1
    assert attacks[0]["counts"]["kidnapped"] == 2
    assert attacks[0]["counts"].get("arrested") is None


def test_the_group_a_gunman_claimed_to_act_for_is_not_the_target(pipeline: Pipeline) -> None:
    text = (
        "The Orlando gunman, who claimed his attack was on behalf of ISIS, shot dead 49 people at a "
        "nightclub on Sunday."
    )
    attacks = _events(records(pipeline, text, "2016-06-14"))
    assert len(attacks) == 1
    assert attacks[0]["target_type"] != "terrorists_non_state_militia"
    assert not [a for a in attacks[0]["actors"] if a["role"] == "target"]


def test_people_shot_by_soldiers_were_attacked_with_firearms() -> None:
    # close case: the soldiers' fire is the deed itself, nobody else's attack is told
    from veille.extract import gtd

    text = "Two reporters were shot by soldiers at a checkpoint in San Salvador last night."
    assert gtd.attack_type(text) == "armed_assault"


def test_the_target_of_gunmen_loyal_to_a_group_is_still_told() -> None:
    # close case: only the group's name is set aside, not what the gunmen attacked
    from veille.extract import gtd

    text = "Gunmen loyal to Islamic State stormed a police station in El Arish on Monday."
    assert gtd.target_type(text, text.index("stormed")) == "police"


def test_reservists_who_serve_are_the_forces_target(pipeline: Pipeline) -> None:
    # close case: serving reservists, not a former one
    text = (
        "A Palestinian attacker stabbed two Israel Defense Forces reservists in Jerusalem on Monday in "
        "what police called a terrorist attack."
    )
    attacks = _events(records(pipeline, text))
    assert len(attacks) == 1
    assert ("Israel Defense Forces", "target") in [(a["name"], a["role"]) for a in attacks[0]["actors"]]


def test_the_police_fire_that_killed_the_driver_is_not_the_attacks_means(pipeline: Pipeline) -> None:
    text = (
        "Officials in Cleveland asked whether Thursday night's terrorist attack in Nice, where a man "
        "drove a truck into a crowd, had changed their plans. The driver there, shot dead by police, had "
        "been known for petty crimes."
    )
    attacks = _events(records(pipeline, text, "2016-07-16"))
    assert len(attacks) == 1
    assert (attacks[0]["attack_type"], attacks[0]["weapon_type"]) == ("unarmed_assault", "vehicle")


def test_a_country_is_named_as_the_gazetteer_names_it(pipeline: Pipeline) -> None:
    """A country-level record ("Istanbul has been on alert since two suicide attacks") and a place
    the gazetteer found ("in Turkey") spell the country alike: "Turkey", not "Türkiye"."""
    from veille.extract.places import country_name

    assert pipeline.geoparser is not None
    gaz = pipeline.geoparser.gazetteer
    countries = gaz.countries()
    assert len(countries) > 200
    for place in countries:
        assert place.country_code is not None
        assert country_name(place.country_code) == gaz.country_name(place.country_code)
    assert (country_name("TR"), country_name("RU")) == ("Turkey", "Russia")


def test_a_slogan_that_calls_for_bombing_is_no_bombing(pipeline: Pipeline) -> None:
    text = (
        "Trump spoke in Iowa City on Saturday about the threat from Islamic State militants. His son wore "
        'a button proclaiming "Bomb the hell out of ISIS."'
    )
    assert not _events(records(pipeline, text, "2016-01-30"))


def test_a_bombing_named_first_in_a_quote_is_still_one(pipeline: Pipeline) -> None:
    # close case: the quote opens on the happening's noun, not a call
    text = (
        '"Bombing the station was a crime," the police chief said of the terrorist attack in Iowa City '
        "on Monday."
    )
    attacks = _events(records(pipeline, text, "2016-01-30"))
    assert len(attacks) == 1


def test_a_charge_told_again_after_the_arrest_keeps_the_charges_day(pipeline: Pipeline) -> None:
    text = (
        "A man from Leeds has been charged with preparing acts of terrorism, police said on Monday. He "
        "was arrested on August 2 after officers found a pipe bomb in his flat. He was charged on Saturday "
        "and will appear in court on Tuesday."
    )
    recs = records(pipeline, text, "2025-08-11")
    charges, arrests = _events(recs, "charge"), _events(recs, "arrest")
    assert len(charges) == 1 and len(arrests) == 1
    assert charges[0]["date"]["start"] == "2025-08-09"
    assert arrests[0]["date"]["start"] == "2025-08-02"


def test_a_street_named_for_a_town_is_not_that_town(pipeline: Pipeline) -> None:
    text = (
        "Counter-terrorism police in Birmingham said on Monday that Daniel Hart, of Coventry Road, Small "
        "Heath, was arrested on August 2 on suspicion of preparing acts of terrorism."
    )
    recs = records(pipeline, text, "2025-08-11")
    assert recs
    assert all(loc["name"] != "Coventry" for r in recs for loc in r["locations"])


# -- names the tagger takes for people: a car, a district ------------------------------------------

_PEOPLE_TEXT = (
    "Bombs killed residents of two districts, Shaab and Sadr City, on Monday. Gunmen shot the driver of "
    "a Renault Clio. A car bomb in Shaab killed 12 people, among them Ali Hassan."
)


def _people(kb: ActorKB, names: list[str]) -> list[str]:
    text = _PEOPLE_TEXT
    people = tuple(ent(text, name, "PERSON") for name in names)
    ann = AnnotatedArticle(Article(id="a", text=text), split_sentences(text), people)
    actors, _ = actors_for(ann, kb, "attack", [], [(0, len(text))], set())
    return [a.mention for a in actors]


def test_a_district_named_as_a_place_elsewhere_is_no_person(kb: ActorKB) -> None:
    assert "Shaab" not in _people(kb, ["Shaab", "Ali Hassan"])


def test_a_car_model_is_no_person(kb: ActorKB) -> None:
    assert "Clio" not in _people(kb, ["Clio", "Ali Hassan"])


def test_a_victim_named_beside_them_is_still_one(kb: ActorKB) -> None:
    # close case: a person killed, named nowhere as a place or a car
    assert "Ali Hassan" in _people(kb, ["Shaab", "Clio", "Ali Hassan"])


def test_a_country_that_blamed_a_policy_is_not_the_place() -> None:
    from veille.extract.places import _COUNTRY_OF_PEOPLE

    text = "the policies were blamed by the United States"
    assert _COUNTRY_OF_PEOPLE.search(text, 0, text.index("United"))
