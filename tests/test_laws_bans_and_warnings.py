"""Laws, bans, listings and warnings of the field in short reports; a siege ended by the state's
forces; a reported clause with no "that"; where an accused comes from; a court's level read as a
town; "twenty years ago this week". The real pipeline; texts written for these tests, with near
misses.
"""

from __future__ import annotations

import datetime as dt

from factories import of_type, records_of
from veille.extract.dates import find_dates
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday
ANCHOR = dt.date(2016, 5, 10)


def countries(rec: dict) -> list[str]:
    return [loc["country_code"] for loc in rec["locations"]]


def names(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


def test_a_ban_or_a_listing_of_a_group_is_a_policy_of_the_state_that_makes_it(pipeline: Pipeline) -> None:
    cases = [
        (
            "The German government on Friday banned the Islamist group Die Wahren Religion, officials said.",
            "DE",
        ),
        (
            "The Canadian government on Friday added the Caucasus Emirate and two Pakistani groups to its "
            "list of terrorist entities.",
            "CA",
        ),
        (
            "Kenya's interior ministry declared the Mombasa Republican Council a terrorist organisation on "
            "Monday.",
            "KE",
        ),
        (
            "The Australian government added the Philippine group Abu Sayyaf to its list of banned terrorist "
            "organisations on Friday.",
            "AU",
        ),
    ]
    for text, cc in cases:
        recs = records_of(pipeline, text, published=PUB)
        pol = of_type(recs, "policy")
        assert len(pol) == 1, text
        assert countries(pol[0]) == [cc], text


def test_laws_of_the_field_with_what_they_allow(pipeline: Pipeline) -> None:
    text = (
        "Malaysia's parliament passed the Prevention of Terrorism Act on Thursday, allowing detention "
        "without trial for up to two years."
    )
    pol = of_type(records_of(pipeline, text, published=PUB), "policy")
    assert len(pol) == 1 and pol[0]["date"]["start"] == "2016-05-05"
    # what a law allows is no raid of its own
    text = (
        "The Belgian parliament on Thursday approved a law allowing police to carry out house searches at "
        "night in terrorism cases."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert [r["event_type"] for r in recs] == ["policy"]
    # ... and the attacks a measure answers are not what the sentence reports
    text = (
        "Thailand's government on Monday imposed martial law in three southern provinces following a "
        "series of insurgent bombings."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert [r["event_type"] for r in recs] == ["policy"]
    # near misses: laws and bans of other fields
    for text in (
        "Spain's parliament passed a law on Thursday raising taxes on large companies.",
        "UEFA on Monday banned Russian club CSKA Moscow from European competition over racist chanting.",
        "The German government on Monday adopted a new cyber-security strategy to protect power grids.",
    ):
        assert records_of(pipeline, text, published=PUB) == [], text


def test_a_warning_is_not_the_attack_it_warns_of(pipeline: Pipeline) -> None:
    text = (
        "The Nigerian army warned residents of Maiduguri on Monday to be vigilant, saying Boko Haram suicide "
        "bombers were planning attacks on markets and mosques."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert [r["event_type"] for r in recs] == ["warning"]
    text = (
        "Iraqi Kurdish authorities warned on Sunday that Islamic State militants may use chemical weapons in "
        "an assault on Erbil."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, published=PUB)] == ["warning"]
    # a warning of the field told once in a short report
    text = (
        "Dutch intelligence agency AIVD warned on Monday that dozens of Dutch jihadists returning from Syria "
        "pose a serious threat."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, published=PUB)] == ["warning"]
    # near miss: an attack that a warning followed is told
    text = (
        "Police warned residents on Monday after a suicide bomber killed five people at a market in "
        "Maiduguri."
    )
    assert "attack" in [r["event_type"] for r in records_of(pipeline, text, published=PUB)]
    # near misses: warnings of other dangers
    for text in (
        "Bayern Munich coach Pep Guardiola warned on Monday that his team faced a real threat from "
        "Atletico Madrid's attack.",
        "The European Commission warned on Monday that Greece risked missing its budget targets.",
    ):
        assert records_of(pipeline, text, published=PUB) == [], text


def test_a_threat_to_step_up_attacks(pipeline: Pipeline) -> None:
    text = (
        "The Kurdistan Workers' Party (PKK) threatened on Sunday to step up attacks on Turkish cities in a "
        "statement posted on its website."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert [r["event_type"] for r in recs] == ["threat"]
    assert recs[0]["date"]["start"] == "2016-05-08"


def test_a_siege_ended_by_the_state_is_the_attack_with_its_days(pipeline: Pipeline) -> None:
    text = (
        "Somali security forces ended a three-day siege of a hotel in Mogadishu by al Shabaab militants on "
        "Sunday, police said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "attack" and rec["target_type"] == "business"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-06", "2016-05-08")
    assert names(rec) == ["Mogadishu"]
    # near miss: a siege laid by the state's own forces
    assert (
        records_of(
            pipeline, "Troops ended the siege of the Lal Masjid by the army on Tuesday.", published=PUB
        )
        == []
    )


def test_reported_words_of_a_statement_and_a_clause_with_no_that(pipeline: Pipeline) -> None:
    text = (
        "Police in Kenya said in a statement on Sunday that 25 people had been arrested over links to al "
        "Shabaab militants."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "arrest" and rec["counts"]["arrested"] == 25
    text = (
        "The Nigerian army said in a statement on Sunday that its troops killed 12 Boko Haram fighters in "
        "Borno state."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "ct_operation" and rec["counts"]["killed"] == 12
    # the place of the reported deed, not the dateline's
    text = (
        "NAIROBI - Police chief Joseph Boinnet said officers raided a mosque in Mombasa on Friday. Police "
        "arrested two suspected al Shabaab recruiters in Garissa on Saturday."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert names(of_type(recs, "raid")[0]) == ["Mombasa"]
    text = (
        "ANKARA - Turkish police detained 23 people suspected of links to Islamic State in raids in Istanbul "
        "on Monday."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert names(rec) == ["Istanbul"]
    # near miss: the charge's own place stays out ("suspected of forming a cell in Fes")
    text = "Moroccan police arrested a man in Rabat on Monday suspected of forming a terrorist cell in Fes."
    (rec,) = records_of(pipeline, text, published=PUB)
    assert names(rec) == ["Rabat"]


def test_an_accused_from_a_town_and_a_court_by_its_level(pipeline: Pipeline) -> None:
    text = (
        "PARIS - A 19-year-old man from Lyon was charged on Friday with plotting an attack on a military "
        "base, prosecutors said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "charge" and "Lyon" not in names(rec)
    text = (
        "The Tajik Supreme Court on Monday banned the Islamic Renaissance Party of Tajikistan, declaring it "
        "a terrorist organisation."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert countries(rec) == ["TJ"]


def test_an_attack_named_by_its_town_in_a_case(pipeline: Pipeline) -> None:
    text = (
        "Kenyan police arrested three men on Monday over the Garissa University attack, which killed 148 "
        "people."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "arrest" and rec["counts"]["arrested"] == 3
    # near miss: an attack named in a review is no news of the field
    text = "The film tells the story of the attack that killed 67 people at the Westgate mall in Nairobi."
    assert records_of(pipeline, text, published=PUB) == []


def test_years_ago_this_week() -> None:
    found = [
        (m.text, m.interval.start, m.interval.end, m.interval.precision)
        for m in find_dates("Twenty years ago this week, a truck bomb destroyed the Khobar Towers.", ANCHOR)
    ]
    assert found[0][0] == "Twenty years ago this week"
    assert found[0][1] is not None and found[0][1].startswith("1996-05")
    assert found[0][3] == "week"
    month = find_dates("Ten years ago this month, bombers struck three hotels in Amman.", ANCHOR)
    assert (month[0].interval.start, month[0].interval.end) == ("2006-05-01", "2006-05-31")
