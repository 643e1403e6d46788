"""Words of violence used as figures of speech, habits, questions, causes fought for, and arms
held, made, carried, found or counted in an inventory, none of which is an attack (the real
pipeline and the trigger rules; the texts are written for these tests)."""

from __future__ import annotations

from factories import main_type, of_type, records_of
from veille.extract.lexicon import find_triggers
from veille.extract.triggers import Hit, idle_warning, in_inventory, is_generic, is_habitual, is_hypothetical
from veille.pipeline import Pipeline


def _hit(sentence: str, word: str) -> Hit:
    at = sentence.index(word)
    return next(Hit(t, a, b) for t, a, b in find_triggers(sentence) if a <= at < b)


# -- figures of speech ----------------------------------------------------------------------------


def test_a_social_explosion_is_no_blast() -> None:
    assert main_type("Ministers discussed the possibility of a social explosion in the provinces.") is None
    assert main_type("The report warned of an explosion of anger among young voters.") != "attack"
    assert main_type("An explosion tore through the market, killing six people.") == "attack"


def test_fighting_for_a_cause_or_against_a_party_is_no_combat() -> None:
    assert main_type("In Peru we are fighting for human rights.") is None
    assert main_type("We spent eight years fighting the Christian Democratic Party.") is None
    assert main_type("Heavy fighting broke out near the airport.") == "ct_operation"


def test_offensive_as_an_adjective_is_no_offensive() -> None:
    assert main_type("Our stance is completely offensive throughout the national territory.") is None
    assert main_type("The army launched an offensive on the rebel town.") == "ct_operation"
    assert main_type("Troops launched new offensives against the rebels.") == "ct_operation"


# -- habits and questions --------------------------------------------------------------------------


def test_the_last_of_a_list_of_present_verbs_is_a_habit(pipeline: Pipeline) -> None:
    text = (
        "MANAGUA According to a Sandinista official, peasants have reported that contra rebels are "
        "infiltrating through the border towns and that they steal, kidnap, and murder anyone who does "
        "not cooperate with their vandalism."
    )
    assert records_of(pipeline, text, "1989-06-01") == []
    # (a deed done, in the past, still tells a happening)
    done = (
        "MANAGUA Contra rebels kidnapped and murdered two farmers near the border town on Monday, the army "
        "said."
    )
    assert of_type(records_of(pipeline, done, "1989-06-01"), "attack")


def test_extremists_who_sabotage_is_a_habit(pipeline: Pipeline) -> None:
    text = "MANAGUA We will not be like the right-wing extremists who sabotage economic efforts, he said."
    assert records_of(pipeline, text, "1989-06-01") == []


def test_how_a_practice_is_done_is_asked_not_told(pipeline: Pipeline) -> None:
    text = (
        "CLANDESTINE Attention, people of the capital. The army of the regime is shelling our "
        "neighborhoods. How are they using the Yankee bombs and planes?"
    )
    recs = records_of(pipeline, text, "1989-11-20")
    assert recs
    assert all("How are they using" not in e["text"] for r in recs for e in r["evidence"])


# -- arms held, made, carried, found or counted ---------------------------------------------------


def test_arms_held_made_or_carried_are_no_attack() -> None:
    for sentence, word in (
        ("We have no planes or bombs.", "bombs"),
        ("The factory which produces cluster bombs exports them to the region.", "bombs"),
        ("It carried 24 Soviet-made surface-to-air-missiles and a recoilless cannon.", "missiles"),
    ):
        assert is_generic(sentence, _hit(sentence, word)), sentence
    # (used, they still are: "carried out", "fired", "planted")
    for sentence, word in (
        ("Rebels carried out rocket attacks on the base.", "rocket"),
        ("Hamas has fired rockets at the town.", "rockets"),
        ("Rebels have planted bombs along the road.", "bombs"),
    ):
        assert not is_generic(sentence, _hit(sentence, word)), sentence


def test_arms_counted_in_an_inventory_are_no_attack() -> None:
    sentence = (
        "According to the communique, 155 AK-47 rifles, 45 pistols, 60,000 rounds for various rifles, "
        "126 grenades for RPG-7s and materials for making explosives were brought into the country."
    )
    assert in_inventory(sentence, _hit(sentence, "grenades"))
    listed = (
        "The plane carried the following weapons: 24 SAM-7 missiles; 21 grenades for cannons; a Red-Eye "
        "missile."
    )
    for word in ("missiles", "grenades", "missile."):
        hit = _hit(listed, word)
        assert in_inventory(listed, hit), word
    # (arms counted as they are fired are used)
    fired = "Insurgents fired 12 mortars, 3 rockets and 2 grenades at the base."
    assert not in_inventory(fired, _hit(fired, "grenades"))


def test_a_stock_of_explosives_found_is_a_find_not_an_attack(pipeline: Pipeline) -> None:
    text = (
        "LIMA Police arrested two Shining Path suspects in the capital on Monday. During the same "
        "investigation, the authorities found a camper with 15 kg of dynamite and a powerful motorcycle."
    )
    recs = records_of(pipeline, text, "1989-05-02")
    assert of_type(recs, "attack") == []
    assert of_type(recs, "arrest")


def test_attacks_that_proliferate_are_a_trend() -> None:
    sentence = (
        "Internet companies are under pressure to act as attacks by extremists proliferate, from Syria to "
        "Belgium and the United States."
    )
    assert is_habitual(sentence, _hit(sentence, "attacks"))
    told = "Attacks by extremists killed 12 people in the capital on Monday."
    assert not is_habitual(told, _hit(told, "Attacks"))


def test_the_close_cases_of_habits_arms_and_fighting_still_tell_happenings() -> None:
    market = "At least 12 people died in the north, and two bombs ripped through a crowded market in Quetta."
    assert not is_generic(market, _hit(market, "bombs"))
    jets = "Pakistani jets have pounded militant hideouts with bombs and missiles."
    assert not is_generic(jets, _hit(jets, "bombs"))
    drones = "Houthi drones carrying bombs have struck two Saudi airports."
    assert not is_generic(drones, _hit(drones, "bombs"))
    assert main_type("Rebel gunners bombed units of the 5th Brigade near the airport.") == "attack"
    between = "Renewed fighting between the parties killed 30 soldiers near Malakal."
    assert any(t.event_type == "ct_operation" for t, _, _ in find_triggers(between))
    # a noun, not a habit; and a list of verbs with no serial comma still is one
    derail = "Investigators said that sabotage caused the derailment."
    assert not is_hypothetical(derail, _hit(derail, "sabotage"))
    steal = "Peasants say that they steal, rob and kidnap anyone who does not cooperate."
    assert is_hypothetical(steal, _hit(steal, "kidnap"))


# -- warnings that are none ------------------------------------------------------------------------


def test_a_level_left_as_it_was_a_warning_of_hunger_or_one_to_the_fighters_is_no_warning() -> None:
    for sentence, word in (
        ("There was no change in the national security alert level, the minister said.", "security alert"),
        ("Aid agencies have warned of widespread starvation in the town held by armed militias.", "warned"),
        ("Aircraft dropped leaflets warning militants that the belt is tightening around them.", "warning"),
    ):
        at = sentence.index(word)
        hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence) if a <= at < b]
        assert hits and all(idle_warning(sentence, h) for h in hits), sentence
    told = "The embassy warned its citizens of credible threats of attacks on tourist areas."
    hit = next(Hit(t, a, b) for t, a, b in find_triggers(told) if t.event_type == "warning")
    assert not idle_warning(told, hit)


def test_a_warning_that_fighters_could_strike_is_a_warning() -> None:
    told = "Officials warned militants could strike again over the holidays."
    hits = [Hit(t, a, b) for t, a, b in find_triggers(told) if t.event_type == "warning"]
    assert hits and not any(idle_warning(told, h) for h in hits)
