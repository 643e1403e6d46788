"""An attack recalled in a story told from elsewhere is placed where it happened, not where the
story's people are; an operation on another day in another country is another operation."""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.pipeline import Pipeline


def _of(pipeline: Pipeline, text: str, kind: str, published: str = "2016-02-09") -> list[dict[str, Any]]:
    return [r for r in records_of(pipeline, text, published) if r["event_type"] == kind]


def _countries(r: dict[str, Any]) -> list[str]:
    return [loc["country_code"] for loc in r["locations"]]


def test_a_fronted_attack_keeps_its_town_not_the_main_clauses_state(pipeline: Pipeline) -> None:
    text = (
        "After the Paris attacks in November, Texas Governor Greg Abbott, a Republican, was one of "
        "the first of more than 30 U.S. governors who are seeking to block the resettlement of "
        "Syrians into their states. Some legislators fear that Islamic State, which claimed credit "
        "for the Paris attacks, will hide militants among the refugees. The federal government has "
        "tightened visa rules following the attacks in France that killed 130 people."
    )
    (r,) = _of(pipeline, text, "attack")
    assert [loc["name"] for loc in r["locations"]] == ["Paris"]
    assert _countries(r) == ["FR"]


def test_a_place_before_a_clause_verb_is_not_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "Concerns about Muslims in the United States grew after terrorist attacks in Paris in "
        "November claimed the lives of 130 people."
    )
    (r,) = _of(pipeline, text, "attack", "2016-02-03")
    assert _countries(r) == ["FR"]


def test_the_attack_a_suspect_is_accused_of_keeps_its_town(pipeline: Pipeline) -> None:
    text = (
        "A veteran Islamist fighter in Syria, electromechanics-trained Najim is also suspected of "
        "making explosive belts for last November's Paris attacks, which killed 130 people."
    )
    (r,) = _of(pipeline, text, "attack", "2016-05-21")
    assert _countries(r) == ["FR"]
    assert r["date"]["start"] == "2015-11-01"


def test_where_a_widow_lives_is_not_the_attacks_place(pipeline: Pipeline) -> None:
    text = (
        "Tamara Fields, a Florida woman whose husband Lloyd died in the Nov. 9 attack on the police "
        "training center in Amman, said Twitter knowingly let the militant group use its network."
    )
    (r,) = _of(pipeline, text, "attack", "2016-01-15")
    assert _countries(r) == ["JO"]


def test_militants_returned_from_syria_are_no_repatriation(pipeline: Pipeline) -> None:
    text = (
        "French officials suggested Belgium was lax in monitoring the activities of hundreds of "
        "Islamic State militants returned from Syria."
    )
    assert _of(pipeline, text, "repatriation", "2016-03-18") == []
    assert _of(pipeline, text, "travel", "2016-03-18")


def test_nationals_repatriated_from_syria_still_are(pipeline: Pipeline) -> None:
    text = (
        "In March, eight Moroccan fighters of the Islamic State were repatriated from Syrian conflict zones."
    )
    assert _of(pipeline, text, "repatriation", "2016-11-01")


def test_air_strikes_of_another_day_in_another_country_are_another_operation(pipeline: Pipeline) -> None:
    text = (
        "DIYARBAKIR, Turkey Four people were killed in clashes between security forces and Kurdish "
        "militants on Tuesday, security sources said.\n\n"
        "One police officer and three militants were killed in the fighting in the Baglar district "
        "of the southeastern city of Diyarbakir.\n\n"
        "Following the Ankara bombing, the Turkish military launched air strikes on Monday and "
        "struck northern Iraq's Qandil mountain area where the PKK's main bases are. The military "
        "said 45 PKK militants were believed to have been killed."
    )
    ops = _of(pipeline, text, "ct_operation", "2016-03-15")
    by_country = {tuple(sorted(set(_countries(r)))): r for r in ops}
    assert set(by_country) == {("TR",), ("IQ",)}
    assert by_country[("IQ",)]["counts"]["killed"] == 45
    assert by_country[("IQ",)]["date"]["start"] == "2016-03-14"
    assert by_country[("TR",)]["counts"]["killed"] != 49


def test_a_claim_of_another_attack_keeps_that_attacks_day(pipeline: Pipeline) -> None:
    text = (
        "The group also claimed responsibility for an attack in France on Monday in which a "
        "suspected Islamist attacker stabbed a French police commander to death."
    )
    (r,) = _of(pipeline, text, "attack", "2016-06-14")
    assert r["date"]["start"] == "2016-06-13"


def test_a_court_case_stays_where_the_accused_lives(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON A Mississippi woman pleaded guilty in federal court on Tuesday to trying to join "
        "Islamic State in Syria, the Justice Department said."
    )
    (r,) = _of(pipeline, text, "conviction", "2016-03-30")
    assert "Mississippi" in [loc["name"] for loc in r["locations"]]


def test_a_sides_ally_is_not_where_the_strikes_hit(pipeline: Pipeline) -> None:
    text = (
        "Syrian warplanes struck rebel positions near Aleppo on Sunday, a monitor said.\n\n"
        "Dozens of air strikes hit near the town of Khan Touman, which rebels took from forces "
        "loyal to the government and its ally Iran late on Thursday."
    )
    places = [loc["country_code"] for r in records_of(pipeline, text, "2016-05-08") for loc in r["locations"]]
    assert "IR" not in places


def test_a_demonym_ner_took_for_a_person_still_places_the_strike(pipeline: Pipeline) -> None:
    text = (
        "On 2 October 2019, the Burkinabe air force conducted airstrike and combing operations on "
        "the ground against presumed Katiba Macina militants in the area of Alidougou, no "
        "casualties reported."
    )
    (r,) = _of(pipeline, text, "ct_operation", "2019-10-05")
    assert _countries(r) == ["BF"]


def test_a_place_of_the_clause_that_follows_is_not_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Mourad Laachraoui, the brother of one of the Brussels suicide bombers, has won gold "
        "at the European Taekwondo Championships and is now set to compete for Belgium at the "
        "Olympic Games in Brazil."
    )
    countries = {c for r in _of(pipeline, text, "attack", "2016-05-21") for c in _countries(r)}
    assert "BR" not in countries


def test_the_happenings_own_verb_after_a_relative_clause_keeps_its_place(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 13 JUL 89 (EMISORAS CARACOL NETWORK) -- [TEXT] A NEW ATTACK AGAINST THE CANO LIMON "
        "OIL PIPELINE, WHICH CAUSED A LARGE OIL SPILL, WAS CARRIED OUT THIS MORNING BY TERRORISTS "
        "IN ARAUCA INTENDANCY."
    )
    countries = {c for r in _of(pipeline, text, "attack", "1989-07-13") for c in _countries(r)}
    assert "CO" in countries
