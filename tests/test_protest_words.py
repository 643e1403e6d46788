"""What protesters say and how a riot ends are no happenings of their own: the demands, slogans and
warnings of a protest, and the injuries or arrests told right after a riot, give no record; an
attack told after a protest it caused keeps its record (the real pipeline; the texts are written
for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.extract.lexicon import find_triggers
from veille.extract.public_order import protest_voice, riot_told
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2015-03-20") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


@pytest.mark.parametrize(
    "text",
    [
        # the demand names an old bombing: the protest's message
        "Members of a student union protested in Larkana on Wednesday against rising religious "
        "extremism. They demanded the immediate arrest of the men behind the Jacobabad blast and stern "
        "punishment.",
        # slogans and a demand about attacks
        "Traders held a rally and blocked the main road in Sialkot on Thursday. They shouted slogans "
        "against the police and terrorists and demanded that the perpetrators of the church attacks be "
        "brought to justice.",
        # a warning voiced by those who marched
        "A huge rally was organised in Bhopal today protesting against the Islamic State (ISIS), the "
        "extremist militant group. Many local organisations came out into the streets warning ISIS of "
        "dire consequences if the outfit tries anything violent.",
        # criticism of a peace deal
        "On 5 March 2020, dozens held a protest in Herat to back the decision not to free Taliban "
        "prisoners. The protesters also criticized the newly signed peace agreement between the US and "
        "the Taliban.",
        # a demand made by villagers, the protest told right after
        "Villagers near the forest reserve on Tuesday demanded police protection against Maoists and "
        "compensation for those killed by the rebels since 2012. About 900 people took out a protest in "
        "the district town on the same day.",
    ],
)
def test_what_protesters_say_gives_no_record(pipeline: Pipeline, text: str) -> None:
    assert records(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2015, rioters angry at the price of bread threw stones at soldiers who tried to "
        "reopen a road in Tripoli. 5 soldiers were injured.",
        "Eight shops were vandalised in the town on Sunday by strike enforcers. Police intervened and "
        "arrested six persons for vandalism. The strike was called by the CPN-Maoist and two other parties.",
        "Two people were injured on Sunday night in a clash between cadres of two parties in the "
        "market. Three people were arrested to control the situation.",
    ],
)
def test_how_a_riot_ended_gives_no_record(pipeline: Pipeline, text: str) -> None:
    assert records(pipeline, text) == []


def test_an_attack_a_strike_protests_keeps_its_record(pipeline: Pipeline) -> None:
    text = (
        "Several unions have called a general strike for Friday to protest the attack carried out today "
        "on a union office, which caused 7 deaths and injured 20 people.\n\n"
        "Union leaders accused the army of carrying out the dynamite attack on the office.\n\n"
        "The attack left 7 people dead and 20 injured."
    )
    attacks = [r for r in records(pipeline, text, "1989-10-31") if r["event_type"] == "attack"]
    assert attacks
    assert attacks[0]["counts"]["killed"] == 7


def test_an_attack_told_after_a_riot_by_armed_men_keeps_its_record(pipeline: Pipeline) -> None:
    text = (
        "Protesters threw stones at police in the old city on Monday. Hours later, militants shot dead "
        "two policemen at a checkpoint nearby."
    )
    recs = records(pipeline, text, "2016-07-12")
    assert [r["counts"]["killed"] for r in recs if r["event_type"] == "attack"] == [2]


def test_protest_voice_starts_at_the_speech_verb() -> None:
    sentence = "They demanded the arrest of those behind the blast."
    assert protest_voice(sentence) == sentence.index("demanded")
    assert protest_voice("Gunmen demanded a ransom of 2 million.") is None
    assert protest_voice("Police said the bomb went off at noon.") is None


def told(sentence: str) -> bool:
    return riot_told(sentence, [a for _, a, _ in find_triggers(sentence)])


def test_a_riot_is_told_by_its_stones_and_not_by_its_cause() -> None:
    assert told("Rioters hurled stones at the soldiers in the square.")
    assert told("Police used tear gas to disperse the demonstrators.")
    # a protest about an attack told after it
    assert not told("Unions called a strike to protest the bombing that injured 30 people.")
    # armed men are beyond public order
    assert not told("Gunmen opened fire on the protesters, injuring ten.")
    # repression named, no riot told
    assert not told("These are the army's actions against all demonstrations by the people.")


def test_two_names_after_a_road_are_places(pipeline: Pipeline) -> None:
    # NER reads both names as people; after "an IED between", they are places
    text = (
        "On 18 January 2020, a civilian vehicle was struck by an IED between Gorgadji and Aribinda, no "
        "casualties reported, the device was likely planted by ISGS militants."
    )
    recs = records(pipeline, text, "2020-01-20")
    assert [(loc["name"], loc["country_code"]) for loc in recs[0]["locations"]] == [("Aribinda", "BF")]


def test_a_foreign_namesake_after_a_road_stays_out(pipeline: Pipeline) -> None:
    # "Sona" is a town in Panama: nothing in a story of Burkina Faso backs it
    text = (
        "On April 23, 23 individuals arrested earlier by the army in Filio were reportedly executed "
        "between Filio and Sona, the victims were found blindfolded."
    )
    recs = records(pipeline, text, "2019-04-25")
    assert all(loc["country_code"] != "PA" for r in recs for loc in r["locations"])


def test_a_crowd_told_by_its_stones_or_its_dispersal_clashes_as_public_order(pipeline: Pipeline) -> None:
    text = (
        "On 7 May 2020, villagers demonstrated in a village near Thies against the decision to quarantine "
        "20 suspected coronavirus cases. They threw stones at the local response centre and clashed with "
        "the military forces who intervened to disperse them."
    )
    assert records_of(pipeline, text, "2020-05-09") == []
    # (armed men who clash with soldiers come to disperse them still fight)
    armed = (
        "KABUL Taliban militants clashed with Afghan soldiers who tried to disperse them near the district "
        "centre on Monday, killing two soldiers."
    )
    assert of_type(records_of(pipeline, armed, "2016-06-15"), "ct_operation")
