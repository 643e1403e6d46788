"""Soldiers killed in a mishap told just before, a patient released from hospital, a dateline after a
"Last Updated" stamp, an attack's means and toll told elsewhere in its story, the town a country's
attack was in, and the weapons of a stabbing or a beating (the real pipeline; the texts are written
for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import records_of
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-06-03") -> list[dict[str, Any]]:
    return records_of(pipeline, text, published)


def test_soldiers_killed_in_the_mishap_told_before_give_no_attack(pipeline: Pipeline) -> None:
    text = (
        "AUSTIN, Texas - Rescue teams were searching for four soldiers who went missing when their "
        "military vehicle overturned in a flood-swollen creek on Thursday at Fort Hood. Five other "
        "soldiers in the vehicle were killed while three more who survived were expected to be released "
        "from a hospital as early as Friday, a military official said."
    )
    assert records(pipeline, text) == []


def test_soldiers_killed_after_an_ambush_told_before_keep_their_attack(pipeline: Pipeline) -> None:
    text = (
        "KABUL - Taliban militants ambushed an army convoy in Helmand province on Thursday. Five "
        "soldiers were killed and three wounded, officials said."
    )
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack"]
    assert recs[0]["counts"]["killed"] == 5


def test_a_crash_told_before_leaves_the_ambush_of_the_sentence_its_attack(pipeline: Pipeline) -> None:
    text = (
        "KABUL - An army truck overturned on the highway near Kandahar on Wednesday, injuring two. On "
        "Thursday, five soldiers were killed when Taliban militants ambushed their convoy in Helmand."
    )
    assert "attack" in [r["event_type"] for r in records(pipeline, text)]


def test_a_dateline_after_a_time_stamp_is_no_place_of_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Last Updated Jul 4, 2016 1:45 AM EDT\n\n DUBAI, United Arab Emirates -- A suicide bomber carried "
        "out an attack early Monday near a U.S. diplomatic site in the western Saudi city of Jeddah, "
        "according to the Interior Ministry."
    )
    rec = records(pipeline, text, "2016-07-04")[0]
    assert [loc["name"] for loc in rec["locations"]] == ["Jeddah"]
    assert rec["date"]["start"] == "2016-07-04"


def test_soldiers_killed_when_militants_ambushed_them_were_attacked_by_the_militants(
    pipeline: Pipeline,
) -> None:
    text = "KABUL - On Thursday, five soldiers were killed when Taliban militants ambushed their convoy."
    recs = records(pipeline, text)
    assert [r["event_type"] for r in recs] == ["attack"]
    assert [(a["name"], a["role"]) for a in recs[0]["actors"]] == [("Taliban", "perpetrator")]


def test_an_attack_told_without_its_means_takes_them_from_its_town_s_name_elsewhere(
    pipeline: Pipeline,
) -> None:
    text = (
        "BRUSSELS - Police arrested three terrorism suspects in raids in Schaerbeek on Friday, days after "
        "the Brussels bombings. The attacks in Brussels on Tuesday killed 32 people, officials said."
    )
    rec = next(r for r in records(pipeline, text, "2016-03-26") if r["event_type"] == "attack")
    assert (rec["attack_type"], rec["weapon_type"]) == ("bombing", "explosives")


def test_an_attack_told_without_its_means_anywhere_keeps_the_gtd_default(pipeline: Pipeline) -> None:
    text = "Assailants attacked a police checkpoint in Ghazni city, Ghazni province, Afghanistan, on Monday."
    rec = records(pipeline, text, "2016-03-26")[0]
    assert (rec["attack_type"], rec["weapon_type"]) == ("armed_assault", "firearms")


def test_offensive_views_and_a_rivalry_for_power_are_no_operations() -> None:
    from veille.extract.lexicon import find_triggers

    for text in (
        "It tries to strike a balance with the desire of users to share their views, including offensive "
        "ones.",
        "The government is not yet accepted by either of the two loose alliances fighting for power "
        "since 2014.",
    ):
        assert [t.event_type for t, _, _ in find_triggers(text)] == []
    assert [t.event_type for t, _, _ in find_triggers("Rebels were fighting for control of the town.")] == [
        "ct_operation"
    ]


def test_a_stabbing_told_first_keeps_its_blade_when_shots_come_later() -> None:
    from veille.extract import gtd

    text = (
        "An American tourist was stabbed to death by a Palestinian armed with a knife on the boardwalk. "
        "Most others were shot dead during violent protests."
    )
    assert gtd.weapon_type(text, gtd.attack_type(text)) == "melee"
    shooting = "Gunmen opened fire on the boardwalk, killing a tourist. One attacker also stabbed a guard."
    assert gtd.weapon_type(shooting, gtd.attack_type(shooting)) == "firearms"


def test_the_lapse_that_dates_an_attack_gives_its_place_toll_and_sentence(pipeline: Pipeline) -> None:
    text = (
        "MANCHESTER, N.H. - Republican Donald Trump on Monday blamed President Barack Obama for the "
        "nation's security failures. The presumptive nominee drew on the country's deadliest mass shooting "
        "to sharpen his vow to ban Muslim immigrants, proposing that the United States suspend immigration "
        "from areas with a history of terrorism. In his speech, Trump said it was time to tell the truth "
        "about radical Islam, the day after 49 people were killed at a gay nightclub in Orlando by a "
        "gunman who had sworn allegiance to Islamic State."
    )
    rec = records(pipeline, text, "2016-06-14")[0]
    assert rec["date"]["start"] == "2016-06-12"
    assert [loc["name"] for loc in rec["locations"]] == ["Orlando"]
    assert rec["counts"]["killed"] == 49
    cited = rec["provenance"]["date"]
    assert "the day after" in text[cited["start"] : cited["end"]]


def test_a_country_s_bombing_takes_the_town_its_dead_fell_in(pipeline: Pipeline) -> None:
    text = (
        "Pakistan mourned on Monday after Sunday's suicide bombing in Pakistan, which the Taliban "
        "claimed. Officials said most of the 72 people killed in Lahore were women and children."
    )
    rec = records(pipeline, text, "2016-03-28")[0]
    assert [loc["name"] for loc in rec["locations"]] == ["Lahore"]


def test_a_stabber_shot_dead_by_police_keeps_the_blade() -> None:
    from veille.extract import gtd

    text = "A man stabbed three people at the market before he was shot dead by police."
    assert gtd.weapon_type(text, gtd.attack_type(text)) == "melee"


def test_the_french_city_of_nice_is_in_france_in_a_story_of_american_cities(pipeline: Pipeline) -> None:
    text = (
        "CLEVELAND, Ohio - Police in Cleveland, Ohio, and Los Angeles, California, stepped up security on "
        "Friday after Thursday night's attack in the French city of Nice. Officials in Sacramento, "
        "California, and San Diego, California, said the Nice attack had altered their plans."
    )
    ents = tuple(pipeline.ner.entities([text]))[0] if pipeline.ner is not None else ()
    assert pipeline.geoparser is not None
    nice = [p for p in pipeline.geoparser.parse(text, list(ents)) if p.text == "Nice"]
    assert nice and {p.country_code for p in nice} == {"FR"}


def test_an_attack_told_again_days_before_another_happening_gives_its_toll(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON - U.S. officials on Wednesday sought to confirm the whereabouts of Americans missing "
        "in Brussels following Tuesday's suicide bombings, and Atlanta's airport was briefly evacuated "
        "because of a suspicious package. The evacuation came a day after at least 31 people were killed "
        "and 260 wounded in the attacks on Brussels' airport and subway."
    )
    rec = next(r for r in records(pipeline, text, "2016-03-23") if r["event_type"] == "attack")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (31, 260)


def test_an_older_attack_recalled_in_the_same_town_keeps_its_own_toll(pipeline: Pipeline) -> None:
    text = (
        "KABUL - A suicide bomber struck a police bus in Kabul on Thursday, officials said. Police "
        "cordoned off the area two days after a truck bombing in Kabul killed 64 people."
    )
    rec = next(r for r in records(pipeline, text, "2016-04-21") if r["date"]["start"] == "2016-04-21")
    assert rec["counts"]["killed"] != 64


@pytest.mark.parametrize(
    "text",
    [
        "Police were investigating an assault on a man who was pummeled by suspects, leaving him bruised.",
        "A mob beat a man to death in the village square on Sunday.",
    ],
)
def test_a_beating_is_an_unarmed_assault_with_bare_hands(text: str) -> None:
    from veille.extract import gtd

    assert (gtd.attack_type(text), gtd.weapon_type(text, gtd.attack_type(text))) == (
        "unarmed_assault",
        "melee",
    )


def test_a_wound_that_looks_like_a_grenade_went_off_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        'Compare the damage an AR-15 and a handgun can do to the human body: "One looks like a grenade '
        'went off in there," says a trauma surgeon at the University of Arizona, who treats victims of '
        "terrorism and gun violence."
    )
    assert [r["event_type"] for r in records(pipeline, text)] == []
