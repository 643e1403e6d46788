"""Lists of counted people before one verb, names and ranks inside a count, and a zero stated a
little after the happening (the real pipeline and the count reader; the texts are written for
these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.counts import aggregate, find_counts
from veille.pipeline import Pipeline


def _toll(sentence: str) -> dict[str, int | None]:
    return dict(aggregate(find_counts(sentence), gtd_style=True))


# -- a list of counted people -----------------------------------------------------------------------


def test_a_list_of_parts_before_one_verb_adds_up() -> None:
    toll = _toll(
        "On 2 June, 4 local policemen, 3 militia members, and 1 soldier were killed, and 9 were "
        "wounded, during a raid on a rebel camp in the hills."
    )
    assert toll["killed"] == 8
    assert toll["wounded"] == 9
    assert _toll("The bomb killed three policemen, two soldiers and a civilian near the gate.")["killed"] == 6


def test_a_list_that_spells_out_its_first_count_is_that_count() -> None:
    assert _toll("Six people, four soldiers and two civilians were killed in the blast.")["killed"] == 6
    assert _toll("Six people, four soldiers and two civilians, were killed in the blast.")["killed"] == 6
    assert _toll("The blast killed six people, four soldiers and two civilians.")["killed"] == 6
    wounded = _toll("Nine civilians, five women and four children, were wounded in the shelling.")["wounded"]
    assert wounded == 9


# -- what a count's words may hold ------------------------------------------------------------------


def test_a_rank_with_its_number_is_one_person() -> None:
    assert _toll("Gunmen shot dead an army's 2nd lieutenant outside his home.")["killed"] == 1


def test_a_name_in_square_brackets_and_a_long_group_name_stay_inside_the_count() -> None:
    assert (
        _toll(
            "Three KLF(R) [Kangleipak Liberation Front (KLF)-Reformed] cadres were killed in a "
            "shootout on Friday."
        )["killed"]
        == 3
    )
    assert (
        _toll(
            "Two commanders of the outfit and a member of the banned Garo People's Liberation Army "
            "(GPLA) were killed in an encounter."
        )["killed"]
        == 3
    )


# -- a zero stated a little further on --------------------------------------------------------------


def test_a_zero_two_sentences_on_with_nothing_told_between_is_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "On 3 March 2021, army troops shelled the village of Kafr Nabl in the south of Idlib. Surveillance "
        "drones were seen over the area. Neither injuries nor fatalities were reported."
    )
    (rec,) = records_of(pipeline, text, "2021-03-05")
    assert rec["counts"]["killed"] == 0
    assert rec["counts"]["wounded"] == 0


def test_no_reports_of_injuries_or_fatalities_is_no_death(pipeline: Pipeline) -> None:
    text = (
        "On 3 March 2021, army artillery pounded suspected Islamic State hideouts south of Sheikh Zuweid "
        "in North Sinai. No reports on injuries or fatalities."
    )
    (rec,) = records_of(pipeline, text, "2021-03-05")
    assert rec["counts"]["killed"] == 0


def test_a_zero_after_another_happening_is_not_the_first_ones(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police post in Peshawar on Monday, wounding two officers. On Tuesday, a bomb "
        "exploded near a market in Quetta. Three people were wounded. No one was killed."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-12"), "attack")
    peshawar = [r for r in attacks if r["locations"] and r["locations"][0]["city"] == "Peshawar"]
    quetta = [r for r in attacks if r["locations"] and r["locations"][0]["city"] == "Quetta"]
    assert len(peshawar) == len(quetta) == 1
    assert peshawar[0]["counts"]["killed"] is None
    assert quetta[0]["counts"]["killed"] == 0


# -- led away and killed; plotting; a place named by an earlier deed --------------------------------


def test_led_away_and_killed_is_a_death() -> None:
    assert _toll("One passenger was pulled from the minibus and executed by the gunmen.")["killed"] == 1
    assert (
        _toll("Gunmen seized four farmers. The victims were taken into the forest and were killed.")["killed"]
        == 4
    )
    # (led away and let go is no death)
    assert _toll("Two hostages were taken to a hospital and later released.")["killed"] is None


def test_people_plotting_a_deed_are_counted_by_the_verb_after() -> None:
    toll = _toll("Five suspected militants plotting an attack on a parade in Izmir were detained on Sunday.")
    assert toll["arrested"] == 5
    assert toll["killed"] is None


def test_a_place_named_by_an_earlier_deed_gives_no_toll(pipeline: Pipeline) -> None:
    text = (
        "LIMA, 19 Jun 89 -- Six guerrillas of the Shining Path died today during fighting with army troops "
        "in the Andes. A military spokesman said that the fighting took place 10 km from the village of "
        "Aucayacu, where four soldiers died last week in an ambush."
    )
    fights = of_type(records_of(pipeline, text, "1989-06-19"), "ct_operation")
    assert len(fights) == 1
    assert fights[0]["counts"]["killed"] == 6


def test_gun_fire_exchanged_in_two_words_is_a_clash(pipeline: Pipeline) -> None:
    text = (
        "On 4 May 2020, militants exchanged gun fire with soldiers near Beledweyne, resulting in one death."
    )
    (rec,) = records_of(pipeline, text, "2020-05-06")
    assert rec["counts"]["killed"] == 1


# -- initialisms, bombers who blew themselves up, more of a nation's people -------------------------


def test_an_initialism_inside_a_count_is_no_sentence_end() -> None:
    assert _toll("Two U.S. soldiers were killed and a third was wounded near the base.")["killed"] == 2
    assert _toll("Four U.N. peacekeepers were wounded in the ambush.")["wounded"] == 4
    assert _toll("THREE U.S. SOLDIERS WERE KILLED AND TWO WERE WOUNDED.")["killed"] == 3
    # (at a sentence's end it still ends it: the count after is read)
    assert _toll("The wounded were flown to the U.S. Three soldiers died.")["killed"] == 3


def test_a_suicide_bomber_who_blew_himself_up_is_among_the_dead(pipeline: Pipeline) -> None:
    text = "A suicide bomber blew himself up at a police post in Kandahar on Monday, wounding six officers."
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["suicide"] is True
    assert rec["counts"]["killed"] == 1
    assert rec["counts"]["wounded"] == 6
    text = (
        "Two suicide bombers detonated their vests near a market in Maroua on Monday. Apart from the "
        "bombers, no casualties were reported."
    )
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["counts"]["killed"] == 2


def test_a_bomber_stopped_or_a_toll_told_adds_no_bomber(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber was shot by guards before he could detonate his vest at a checkpoint in "
        "Kandahar on Monday, police said."
    )
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["counts"]["killed"] in (None, 0)
    # one of several bombers, and a toll not known, add none
    text = (
        "One of two suicide bombers detonated his vest at a checkpoint in Kandahar on Monday, wounding "
        "four policemen. The other fled."
    )
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["counts"]["killed"] in (None, 0)
    text = (
        "A suicide bomber blew himself up at a market in Kandahar on Monday. The death toll was not "
        "immediately known."
    )
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["counts"]["killed"] is None
    text = "A suicide bomber blew himself up at a market in Kandahar on Monday, killing 14 people."
    (rec,) = of_type(records_of(pipeline, text, "2017-03-08"), "attack")
    assert rec["counts"]["killed"] == 14


def test_more_of_a_nations_people_are_among_the_toll() -> None:
    toll = _toll(
        "Two more U.S. citizens have been confirmed killed in the bombings. The attacks on the airport "
        "and a metro station killed 32 people."
    )
    assert toll["killed"] == 32
    assert _toll("Two more soldiers died in hospital. The attack killed 31 people.")["killed"] == 33


# -- a mine set off, a double murder, names joined before a plural passive --------------------------


def test_a_mine_set_off_is_a_blast_but_not_a_mine_shaft() -> None:
    from veille.extract.lexicon import find_triggers

    names = {
        t.name
        for t, _, _ in find_triggers("Three farmers were killed when they set off a mine in Chalatenango.")
    }
    assert "mine_set_off" in names
    assert "mine_set_off" in {
        t.name for t, _, _ in find_triggers("Their truck hit a mine near the border, killing two.")
    }
    assert find_triggers("Rescuers struck a mine shaft after the flood.") == []


def test_a_double_or_triple_murder_counts_its_dead() -> None:
    assert _toll("After the double homicide, the mayor imposed a curfew on the town.")["killed"] == 2
    assert _toll("Police are investigating a triple murder in the northern suburb.")["killed"] == 3


def test_names_joined_before_a_plural_passive_are_each_counted() -> None:
    assert _toll("Gomez and Herrera were gunned down by hitmen outside the town hall.")["killed"] == 2
    assert _toll("Amir Khan and Tariq Aziz were shot dead by unknown gunmen.")["killed"] == 2
    # (a plural noun is no name; an arrest of names gives no toll)
    assert _toll("Soldiers and policemen were killed in the ambush.")["killed"] is None
    assert _toll("On Sunday, Karim and Malik were arrested.")["killed"] is None


def test_the_raid_named_back_after_an_attack_is_that_attack(pipeline: Pipeline) -> None:
    text = (
        "Boko Haram fighters attacked the town of Mora in Cameroon on Tuesday. At least four people were "
        "killed and several houses were burned during the raid."
    )
    recs = records_of(pipeline, text, "2018-01-17")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert recs[0]["counts"]["killed"] == 4
    # a raid by the police after an attack stays a raid of its own
    text = (
        "Gunmen attacked a bar in Mora on Tuesday, killing two people. Police found weapons during the "
        "raid on a house in Maroua on Wednesday."
    )
    assert sorted(r["event_type"] for r in records_of(pipeline, text, "2018-01-17")) == ["attack", "raid"]


def test_the_toll_of_the_response_to_an_attack_is_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "Assailants attacked a police post in Gereshk, Helmand on Monday. Security forces responded to the "
        "incident, killing five assailants and injuring three others."
    )
    (rec,) = records_of(pipeline, text, "2018-08-07")
    assert rec["event_type"] == "attack"
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (5, 3)


def test_a_group_named_in_quotes_and_told_in_brackets_stays_inside_the_count() -> None:
    toll = _toll(
        'AT LEAST 12 MEMBERS OF THE "CIVIL DEFENSE COMMITTEE" (THE MILITIA THAT GUARDS THE VILLAGES) DIED '
        "AND ANOTHER 20 WERE WOUNDED DURING THE ATTACK."
    )
    assert (toll["killed"], toll["wounded"]) == (12, 20)


# -- guards from a review ---------------------------------------------------------------------------


def test_civilians_listed_with_soldiers_are_parts_not_a_spelling_out() -> None:
    assert _toll("Four civilians, two soldiers and two policemen were killed in the blast.")["killed"] == 8


def test_more_of_a_nation_who_died_later_are_more_dead() -> None:
    toll = _toll("The blast killed three Iraqi policemen. Two more Americans died later in hospital.")
    assert toll["killed"] == 5


def test_a_double_murder_of_another_or_attempted_counts_none() -> None:
    assert _toll("A man wanted for a double murder was shot dead by police on Monday.")["killed"] == 1
    assert (
        _toll("Gunmen shot two officers in what police called an attempted double murder.")["killed"] is None
    )


def test_a_count_stops_at_words_of_saying_and_a_quote_opened_after_them() -> None:
    assert (
        _toll('Two spokesmen of the rebels told reporters "our fighters were killed" in the raid.')["killed"]
        is None
    )
    assert (
        _toll("Two leaders of the militia in the north told the radio its fighters were killed.")["killed"]
        is None
    )


def test_people_led_somewhere_who_then_killed_others_are_the_killers() -> None:
    assert _toll("Three attackers were driven to the market in a van and killed 12 shoppers.")["killed"] == 12


def test_a_zero_of_another_mishap_is_not_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on a police post in Peshawar on Monday, killing two officers. The post was set "
        "up last year. A fire broke out at a nearby factory on Sunday, but no injuries were reported."
    )
    (rec,) = of_type(records_of(pipeline, text, "2016-05-12"), "attack")
    assert rec["counts"]["wounded"] is None


def test_a_raid_on_a_suspects_house_on_another_day_stays_a_raid(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a bar in Mora on Tuesday, killing two people. A suspect was wounded during the "
        "raid on his house in Maroua on Wednesday."
    )
    recs = records_of(pipeline, text, "2018-01-17")
    assert sorted(r["event_type"] for r in recs) == ["attack", "raid"]
    assert of_type(recs, "attack")[0]["counts"]["wounded"] is None


def test_people_trying_a_deed_are_counted_by_the_verb_after() -> None:
    assert _toll("Two gunmen trying to storm the hotel were shot dead by guards.")["killed"] == 2
    assert (
        _toll("A suicide bomber attempting to reach the governor was identified and killed.")["killed"] == 1
    )


def test_guards_from_a_second_review() -> None:
    # led away and killed on a day, or days later, is a death
    assert _toll("Three villagers were taken outside the town and killed Monday.")["killed"] == 3
    assert _toll("Two policemen were dragged from their car and killed two days later.")["killed"] == 2
    # a double murder the police were called to, with an arrest in its sentence
    assert _toll("Police responded to a double homicide on Main Street on Sunday.")["killed"] == 2
    assert _toll("Two suspects were arrested after the double homicide.")["killed"] == 2
    # a possessive, a name in quotes after "so-called", "reported missing"
    assert _toll("Two relatives of the soldiers' commander were killed.")["killed"] == 2
    assert _toll('Three members of the so-called "Islamic Army" were killed.')["killed"] == 3
    assert _toll("Two supporters of the party reported missing were found dead.")["killed"] == 2
    # officials confirming new dead add them
    toll = _toll(
        "Ten people were killed in the bombings. Officials confirmed that two more U.S. citizens died of "
        "their wounds on Friday."
    )
    assert toll["killed"] == 12


def test_a_part_of_a_number_told_is_the_part() -> None:
    assert _toll("Two of the three soldiers were killed in the ambush.")["killed"] == 2
    assert _toll("Three of the four attackers were killed by police.")["killed"] == 3
    assert _toll("Two of the three soldiers and a civilian were killed.")["killed"] == 3
    # (a part of a toll told with its participle: the toll)
    assert _toll("Four of the 10 people killed were children.")["killed"] == 10
    toll = _toll("Ten of the 26 people who were wounded on Friday night were in critical condition.")
    assert toll["wounded"] == 26


def test_a_group_with_its_origin_and_an_inner_count_keeps_its_verb() -> None:
    toll = _toll("Five militants from the Kashmiri group, including its commander, were killed in the raid.")
    assert toll["killed"] == 5
