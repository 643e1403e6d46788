"""A lead named back a little further on, in context, is the happening's first sentence; a day
inside "N days after <another happening>" is that happening's, and counts the days to this one;
"a second blast" counts no casualty; "the port of X" and "the streets of X" place the happening;
harm told first by its own town ("In Marseille, ...") is not the lead's; harm done by someone
"armed with a knife" is an attack (the real pipeline; the texts are written for these tests)."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

MARSEILLE = (
    "Two explosions tore through the ferry terminal of the port of Marseille on Wednesday evening, "
    "killing 6 people and injuring 14 others, and a second blast hit a tram stop nearby minutes "
    "later, the city's mayor said.\n\n"
    "Witnesses said a man shouted before the first explosion. Smoke rose over the quay as "
    "passengers ran towards the car park.\n\n"
    "The blasts at the terminal came three days after the arrest in Antwerp of a man suspected of "
    "helping plan last August's jihadist attacks on two cafes in Ghent.\n\n"
    "Ferries to Corsica were cancelled for the night."
)


def test_the_lead_named_back_in_context_is_the_happening(pipeline: Pipeline) -> None:
    recs = [r for r in records_of(pipeline, MARSEILLE, "2025-04-10") if r["event_type"] == "attack"]
    assert len(recs) == 1
    attack = recs[0]
    # the lead's day, toll and target, not those of the August attacks named back later
    assert attack["date"]["start"] == "2025-04-09" and attack["date"]["precision"] == "day"
    assert attack["counts"]["killed"] == 6
    assert attack["counts"]["wounded"] == 14  # "and a second blast hit a tram stop" is no one hurt
    assert attack["target_type"] == "maritime"  # "tore through the ferry terminal of the port"
    # the port's city places it; the ferries' destination does not
    assert [loc["name"] for loc in attack["locations"]] == ["Marseille"]
    assert attack["evidence"][0]["text"].startswith("Two explosions tore through")


def test_a_lead_with_no_context_anywhere_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Two explosions tore through a fertiliser plant near Lyon on Wednesday, killing 6 workers.\n\n"
        "The blasts at the plant came three days after an inspection found leaking valves.\n\n"
        "The company said it would cooperate with the inquiry."
    )
    assert records_of(pipeline, text, "2025-04-10") == []


def test_a_month_inside_a_lapse_after_another_happening_is_not_the_day(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said shots were fired before two bombs exploded at the main railway station of "
        "Lyon, killing 4 people.\n\n"
        "The blasts at the station came four days after the arrest in Paris of a suspected "
        "participant in November jihadist attacks on two cafes in Grenoble.\n\n"
        "Trains were halted for the evening."
    )
    recs = [r for r in records_of(pipeline, text, "2025-04-10") if r["event_type"] == "attack"]
    assert len(recs) == 1
    # November is the attacks' in Grenoble; the bombing's day is not told
    assert recs[0]["date"]["precision"] == "unknown"
    assert recs[0]["counts"]["killed"] == 4


def test_the_happening_is_told_before_the_one_it_is_dated_from(pipeline: Pipeline) -> None:
    text = (
        "Two bombs exploded at the main railway station of Lyon, killing 4 people, two days after "
        "the arrest in Paris on Monday of a suspected jihadist."
    )
    recs = records_of(pipeline, text, "2025-04-10")
    attacks = [r for r in recs if r["event_type"] == "attack"]
    assert len(attacks) == 1 and not [r for r in recs if r["counts"]["killed"] and r is not attacks[0]]
    attack = attacks[0]
    assert attack["counts"]["killed"] == 4
    # Monday 7 April and two days: Wednesday 9 April, with the words that say so
    assert attack["date"]["start"] == attack["date"]["end"] == "2025-04-09"
    assert attack["date"]["text"] == "two days after the arrest in Paris on Monday"


def test_a_day_a_lapse_counts_from_is_not_taken_when_the_clause_has_its_own(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on a police patrol in the streets of Marseille on Thursday, killing two "
        "officers, two days after the arrest of a suspected jihadist on Monday, prosecutors said."
    )
    attacks = [r for r in records_of(pipeline, text, "2025-04-12") if r["event_type"] == "attack"]
    assert len(attacks) == 1
    assert attacks[0]["date"]["start"] == "2025-04-10"  # Thursday, as told
    assert [loc["name"] for loc in attacks[0]["locations"]] == ["Marseille"]  # "the streets of"


NICE = (
    "NICE A German tourist was stabbed to death and at least six other people were wounded by a man "
    "armed with a knife on the seafront promenade of Nice on Tuesday, authorities said.\n\n"
    "The attack took place near the old port, a favourite spot among tourists. Paramedics said two "
    "of the wounded had severe injuries.\n\n"
    '"A terrorist came here and stabbed people at random," the mayor told local radio. He said a '
    "police officer eventually caught up with the attacker and shot him dead.\n\n"
    "In Marseille, a man opened fire at soldiers guarding a synagogue, wounding two of them, before "
    "fleeing on a scooter."
)


def test_a_lead_named_back_next_to_context_and_harm_told_first_by_its_town(pipeline: Pipeline) -> None:
    recs = [r for r in records_of(pipeline, NICE, "2025-04-10") if r["event_type"] == "attack"]
    assert len(recs) == 2
    nice = next(r for r in recs if r["evidence"][0]["text"].startswith("NICE A German tourist"))
    assert [loc["name"] for loc in nice["locations"]] == ["Nice"]
    assert nice["date"]["start"] == "2025-04-08"
    assert nice["counts"]["wounded"] == 6  # not the soldiers wounded in Marseille
    # the knife, not the officer's gun nor the Marseille gunman's
    assert nice["weapon_type"] == "melee"
    assert not any("In Marseille" in e["text"] for e in nice["evidence"])


def test_harm_done_by_someone_armed_with_a_blade_is_an_attack(pipeline: Pipeline) -> None:
    text = (
        "The 15-year-old, who was armed with a machete and a knife, wounded a teacher outside a "
        "school in Lyon on Monday before being stopped and arrested, prosecutors said. He told "
        "investigators he had acted in the name of Islamic State."
    )
    recs = records_of(pipeline, text, "2025-04-10")
    assert recs and recs[0]["event_type"] == "attack"
    assert recs[0]["weapon_type"] == "melee"
    assert recs[0]["counts"]["wounded"] == 1


def test_a_summary_box_run_together_is_not_the_lead(pipeline: Pipeline) -> None:
    text = (
        "Story highlightsCasualties are reported, but few other details are availableIn October, "
        "explosions killed about 100 peopleRead more about this story at a partner site.\n\n"
        "An explosion hit the main square of Lyon on Tuesday, wounding 8 people, police said.\n\n"
        "The blast comes at a time France is dealing with multiple jihadist threats to its security."
    )
    recs = [r for r in records_of(pipeline, text, "2025-04-10") if r["event_type"] == "attack"]
    assert len(recs) == 1
    assert not any(e["text"].startswith("Story highlights") for e in recs[0]["evidence"])
    assert recs[0]["counts"]["killed"] in (None, 0)  # not the 100 of October
    assert recs[0]["counts"]["wounded"] == 8
