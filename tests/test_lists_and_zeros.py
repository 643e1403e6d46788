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
