"""An attack told as "a separate attack" is a record of its own, placed by "the city's" town named
before it or by "the capital" named in the story; "four suicide bombings already this year" is a
tally, "two bombings last year ... in Suruc and in Ankara" two happenings; "Overall 103 civilians
were killed ... last year" a tally, not the toll of the air strike told before; "blew himself up" is
a suicide bombing, and "The bomber ... blew himself up on Tuesday" the one told; a day told before
", when attacks ... killed 32" is the day of the attack told with it; a clause told against
another (", while twin car bombs killed at least 57 people in Homs") is a happening of its own. Also:
an editor's correction note tells nothing; what the police used to get in is no means of the
attack; a strategic arsenal and a threatened response are no happenings; "injured another 43" is
forty-three; a town at a road's end is a landmark (the real pipeline; texts written for these
tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of
from veille.extract.counts import find_counts
from veille.extract.statistics import find_statistics
from veille.pipeline import Pipeline


def records(
    pipeline: Pipeline, text: str, event_type: str, published: str = "2016-04-09", record_type: str = "event"
) -> list[dict[str, Any]]:
    return of_type(records_of(pipeline, text, published), event_type, record_type)


def towns(rec: dict[str, Any]) -> list[str | None]:
    return [loc["city"] or loc["name"] for loc in rec["locations"]]


SEPARATE = (
    "ANKARA Turkey warned its citizens on Saturday about terrorist threats to tourist areas.\n\n"
    "Turkey has been hit by four suicide bombings already this year, the most recent one last month in "
    "Izmir.\n\nLast month's attack in Izmir's main shopping district killed four people. A separate "
    "attack in the city's historic heart in January killed 12 German tourists."
)


def test_a_separate_attack_is_a_record_of_its_own_in_the_town_named_before(pipeline: Pipeline) -> None:
    recs = records(pipeline, SEPARATE, "attack")
    by_month = {r["date"]["start"]: r for r in recs}
    assert set(by_month) == {"2016-03-01", "2016-01-01"}, recs
    assert by_month["2016-03-01"]["counts"]["killed"] == 4
    assert by_month["2016-01-01"]["counts"]["killed"] == 12
    assert towns(by_month["2016-01-01"]) == ["Izmir"]


def test_the_capital_with_no_place_of_its_own_is_the_capital_named_in_the_story(pipeline: Pipeline) -> None:
    text = (
        "MOGADISHU, Somalia Gunmen stormed a hotel in Somalia's capital on Saturday, police said.\n\n"
        "In early June, an overnight siege by extremist gunmen at another hotel in the capital killed at "
        "least 15 people. Al-Shabab claimed responsibility for that attack.\n\nThe group was driven out of "
        "the port city of Kismayo in 2012, and Uganda's military chief said Friday his country plans to "
        "withdraw its troops."
    )
    recs = records(pipeline, text, "attack", "2016-06-25")
    june = [r for r in recs if r["date"]["start"] == "2016-06-01"]
    assert len(june) == 1, recs
    assert towns(june[0]) == ["Mogadishu"]


def test_four_bombings_this_year_are_a_tally_and_two_bombings_in_two_towns_two_happenings(
    pipeline: Pipeline,
) -> None:
    assert [
        s.value_text
        for s in find_statistics("Turkey has been hit by four suicide bombings already this year.")
    ] == ["four"]
    text = (
        "ISTANBUL A bomb exploded near a police station on Tuesday, killing two officers.\n\n"
        "Turkey has become a target for Islamic State, with two bombings last year blamed on the group, in "
        "the town of Suruc near the Syrian border and in the capital Ankara."
    )
    recs = records(pipeline, text, "attack", "2016-01-13")
    last_year = sorted((towns(r)[0] or "")[:4] for r in recs if r["date"]["start"] == "2015-01-01")
    assert last_year == ["Anka", "Suru"], recs
    assert not records(pipeline, text, "attack", "2016-01-13", "statistic")


def test_a_total_said_overall_is_a_tally_not_the_toll_of_the_strike_before(pipeline: Pipeline) -> None:
    assert find_statistics("Overall 103 civilians were killed and 67 wounded by foreign forces last year.")
    # ... but one happening named by its town is that happening's toll
    assert not find_statistics("Overall, 130 people died in the Paris attacks last year.")
    text = (
        "KABUL Civilian casualties in Afghanistan rose to record levels in 2015, the United Nations said on "
        "Sunday.\n\nThe rise was attributed largely to a U.S. air strike in October on a hospital that "
        "killed 42 staff, patients and family members and injured another 43.\n\nOverall 103 civilians "
        "were killed and 67 wounded by foreign forces last year, the report found."
    )
    strike = records(pipeline, text, "ct_operation", "2016-02-14")
    assert len(strike) == 1, strike
    assert (strike[0]["counts"]["killed"], strike[0]["counts"]["wounded"]) == (42, 43)


def test_another_before_a_number_is_that_number() -> None:
    counts = find_counts("The strike killed 42 staff and injured another 43.", 0)
    assert sorted((m.slot, m.value) for m in counts) == [("killed", 42), ("wounded", 43)]
    counts = find_counts("Two people were killed and another was injured.", 0)
    assert sorted((m.slot, m.value) for m in counts) == [("killed", 2), ("wounded", 1)]


def test_blew_himself_up_is_a_suicide_bombing(pipeline: Pipeline) -> None:
    recs = records(
        pipeline, "A man blew himself up outside a mosque in Kabul on Friday, killing five people.", "attack"
    )
    assert len(recs) == 1, recs
    assert (recs[0]["attack_type"], recs[0]["suicide"], recs[0]["counts"]["killed"]) == ("bombing", True, 5)


def test_the_bomber_who_blew_himself_up_later_in_the_story_is_the_one_told(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A suicide bomber who killed himself and 10 tourists in Istanbul's historic heart had "
        "registered as a migrant, officials said.\n\nThe bomber, a militant thought to have come recently "
        "from Syria, blew himself up on Tuesday in Sultanahmet square near the Blue Mosque."
    )
    recs = records(pipeline, text, "attack", "2016-01-13")
    assert len(recs) == 1, recs
    assert recs[0]["date"]["start"] == "2016-01-12"


def test_a_day_told_before_when_attacks_is_their_day(pipeline: Pipeline) -> None:
    text = (
        "One of the men who carried out the deadly attacks in Brussels on March 22 had worked as a cleaner "
        "in the European Parliament.\n\nSources identified him as a Belgian who is also suspected of "
        "making suicide vests for last November's Paris attacks in which 130 people died.\n\nThe prime "
        "minister said authorities had to take a share of the blame for failings before and after March "
        "22, when attacks claimed by the Islamic State militant group killed 32 people."
    )
    recs = records(pipeline, text, "attack", "2016-04-07")
    by_day = {r["date"]["start"]: r for r in recs}
    assert by_day["2016-03-22"]["counts"]["killed"] == 32, recs
    assert by_day["2015-11-01"]["counts"]["killed"] == 130
    assert towns(by_day["2015-11-01"]) == ["Paris"]


def test_a_clause_told_against_another_is_a_happening_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Violence continued on Sunday. Multiple bomb blasts in a southern district of Aleppo killed "
        "at least 62 people, a monitoring group said, while twin car bombs killed at least 57 people in "
        "Homs, the group said."
    )
    recs = records(pipeline, text, "attack", "2016-02-21")
    tolls = sorted((r["counts"]["killed"], r["locations"][0]["country_code"], towns(r)[0]) for r in recs)
    assert [t[0] for t in tolls] == [57, 62], recs
    assert tolls[0][2] == "Homs"
    # ... both of the day the sentence before tells
    assert {r["date"]["start"] for r in recs} == {"2016-02-21"}


def test_an_editors_correction_note_tells_nothing(pipeline: Pipeline) -> None:
    text = (
        "KIRKUK A bomb exploded in a market in Kirkuk on Monday, killing five people, police said.\n\n"
        "(This version of the story corrects the number of bombings blamed on Islamic State in paragraph "
        "two)"
    )
    recs = records(pipeline, text, "attack", "2016-05-10")
    assert len(recs) == 1, recs
    assert [a["name"] for a in recs[0]["actors"] if a["role"] == "perpetrator"] == []
    assert all("This version" not in e["text"] for e in recs[0]["evidence"])


@pytest.mark.parametrize(
    "used",
    [
        "a SWAT team used an explosive device to break through a locked fence",
        "police used a robot-delivered bomb to kill the gunman",
    ],
)
def test_what_the_police_used_is_no_means_of_the_attack(pipeline: Pipeline, used: str) -> None:
    text = (
        "DALLAS A gunman who said he wanted to kill officers opened fire on police at a protest rally on "
        f"Thursday night, killing five officers in what the mayor called a terrorist ambush. Later, {used}."
    )
    recs = records(pipeline, text, "attack", "2016-07-09")
    assert len(recs) == 1, recs
    assert recs[0]["attack_type"] == "armed_assault"


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State threat grows, officials said. In a 2010 case the U.S. Air Force briefly lost "
        "contact with 50 Minuteman III intercontinental ballistic missiles.",
        "Militants of the Islamic State have been pushed back in Syria. U.S. and South Korean troops began "
        "large-scale military drills this week, which the North threatened to respond with an all-out "
        "offensive.",
    ],
)
def test_an_arsenal_and_a_threatened_response_are_no_happenings(pipeline: Pipeline, text: str) -> None:
    recs = [
        r for r in records_of(pipeline, text, "2016-03-09") if r["event_type"] in ("attack", "ct_operation")
    ]
    assert recs == []


def test_a_town_at_a_roads_end_is_a_landmark(pipeline: Pipeline) -> None:
    text = (
        "Iraqi Kurdish Peshmerga forces on Sunday launched an offensive to dislodge Islamic State fighters "
        "from villages about 20 km (13 miles) east of Mosul on the road to the regional capital, Erbil."
    )
    recs = records(pipeline, text, "ct_operation", "2016-05-29")
    assert len(recs) == 1, recs
    assert "Erbil" not in towns(recs[0])


def test_a_town_struck_is_a_place_whatever_ner_calls_it(pipeline: Pipeline) -> None:
    text = (
        "TRIPOLI U.S. warplanes struck Islamic State militants in western Libya on Friday.\n\nLast November "
        "the United States said it carried out an air strike on Derna, a town on the opposite side of "
        "Libya close to the Egyptian border, to target an Iraqi commander in Islamic State."
    )
    recs = records(pipeline, text, "ct_operation", "2016-02-19")
    november = [r for r in recs if r["date"]["start"] == "2015-11-01"]
    assert len(november) == 1, recs
    assert [(loc["country_code"], loc["precision"]) for loc in november[0]["locations"]] == [("LY", "city")]


def test_the_bodies_that_list_a_group_as_terrorist_are_no_sources(pipeline: Pipeline) -> None:
    text = (
        "MARDIN, Turkey A car bomb killed two police officers in the town of Midyat on Wednesday.\n\n"
        "There has been no claim of responsibility for Tuesday's attack in Istanbul, in which a car bomb "
        "ripped through a police bus. Turkey blames the PKK - considered a terrorist organization by "
        "Ankara, the European Union and the United States - for the attacks."
    )
    recs = records(pipeline, text, "attack", "2016-06-08")
    assert len(recs) == 2, recs
    assert all(a["name"] != "European Union" for r in recs for a in r["actors"]), recs


def test_a_zero_of_another_happening_named_by_its_town_is_not_this_ones(pipeline: Pipeline) -> None:
    text = (
        "New York City police were investigating an assault on a man who was beaten by suspects shouting "
        "the name of Islamic State, authorities said.\n\nA Muslim couple inspired by the group killed 14 "
        "people on Dec. 2 in San Bernardino, California.\n\nNo one was immediately arrested in the New "
        "York assault, which is under investigation by the police department's Hate Crime Task Force."
    )
    recs = records(pipeline, text, "attack", "2016-01-17")
    december = [r for r in recs if r["date"]["start"] == "2015-12-02"]
    assert len(december) == 1, recs
    assert december[0]["counts"]["arrested"] is None


def test_a_town_named_by_its_attack_is_the_large_city_not_a_small_namesake(pipeline: Pipeline) -> None:
    text = (
        "HOLLYWOOD, Calif. The actress opened a fan convention on Friday with a moment of silence for "
        "the Nice terrorist attack.\n\nOrganizers in Texas and Dallas said security had been tightened, "
        "and fans from across the United States lined up for hours."
    )
    recs = records(pipeline, text, "attack", "2016-07-17")
    assert len(recs) == 1, recs
    assert [(loc["city"], loc["country_code"]) for loc in recs[0]["locations"]] == [("Nice", "FR")]


def test_the_bodies_a_town_is_home_to_have_no_part(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS With Brussels still on high alert after the suicide bombings, organizers called off a "
        "march planned for Sunday after officials urged people to stay away. Officials said 24 victims "
        "had been identified from the attacks in Brussels, which is the headquarters of the European "
        "Union and NATO."
    )
    recs = records_of(pipeline, text, "2016-03-26")
    assert recs, recs
    assert all(a["name"] not in ("European Union", "NATO") for r in recs for a in r["actors"]), recs


# Near misses (a review of the first version found each of them)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "ISTANBUL A suicide bomber killed 10 tourists in Istanbul's Sultanahmet square on Tuesday."
            "\n\nPrime Minister Ahmet Davutoglu, speaking in Ankara, said the bomber was a Syrian.\n\nA "
            "separate attack in the same city in March killed four people.",
            "Istanbul",
        ),
        (
            "ISTANBUL A suicide bomber killed 10 tourists in Istanbul's Sultanahmet square on Tuesday."
            "\n\nThe bomber, a man from Gaziantep, had crossed from Syria.\n\nA separate attack in the "
            "city's historic heart in March killed four people.",
            "Istanbul",
        ),
        (
            "KABUL, Afghanistan A suicide bomber killed 12 people near the parliament in Kabul on Monday, "
            "police said.\n\nPakistan's ambassador, speaking in Islamabad, condemned the attack.\n\nIn "
            "March, "
            "a suicide bombing in the capital killed 20 people.",
            "Kabul",
        ),
        (
            "KABUL, Afghanistan A suicide bomber killed 12 people near the parliament in Kabul on Monday, "
            "police said.\n\nU.S. officials in Washington condemned the attack.\n\nIn March, a suicide "
            "bombing in the capital killed 20 people.",
            "Kabul",
        ),
    ],
)
def test_the_town_named_back_is_none_where_someone_spoke_or_comes_from(
    pipeline: Pipeline, text: str, town: str
) -> None:
    march = [r for r in records(pipeline, text, "attack", "2016-06-01") if r["date"]["start"] == "2016-03-01"]
    assert len(march) == 1, march
    assert [loc["city"] for loc in march[0]["locations"]] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State has recruited hundreds of young men in Mosul willing to blow themselves up, the "
        "report "
        "said.",
        "Police shot dead a man in Brussels on Tuesday before he could blow himself up, prosecutors said.",
    ],
)
def test_a_bomber_willed_is_no_bombing(pipeline: Pipeline, text: str) -> None:
    assert records(pipeline, text, "attack", "2016-06-01") == []


def test_the_bomber_named_after_a_gunmens_attack_is_another(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed five soldiers at a checkpoint in Arish on Friday.\n\nThe bomber, a teenager from "
        "Rafah, blew himself up at a mosque in Sheikh Zuweid, killing 12 worshippers."
    )
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert sorted(r["counts"]["killed"] for r in recs) == [5, 12], recs


def test_a_day_with_when_also_is_one_more_happening(pipeline: Pipeline) -> None:
    text = (
        "A bomb killed five people in Kabul on Monday.\n\nOn March 3, a suicide bomber killed 20 people in "
        "Jalalabad.\n\nSecurity was stepped up after Monday, when gunmen also attacked a checkpoint in "
        "Kandahar, killing three police officers."
    )
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert sorted(r["counts"]["killed"] for r in recs) == [3, 5, 20], recs


def test_a_total_of_one_happening_named_and_a_groups_attacks_over_a_period() -> None:
    assert not find_statistics(
        "Overall, 41 people were killed in Tuesday's attack on Istanbul's airport, the third suicide bombing "
        "in the city this year."
    )
    found = find_statistics("More than 300 people have been killed in the Boko Haram attacks since January.")
    assert [(s.metric, s.value_text) for s in found] == [("deaths", "300")]


def test_a_response_under_way_is_no_threat(pipeline: Pipeline) -> None:
    text = (
        "Pakistani troops continued to retaliate with artillery fire on militant hideouts in North "
        "Waziristan "
        "on Sunday, killing 30 militants."
    )
    recs = records_of(pipeline, text, "2016-06-01")
    assert [r["event_type"] for r in recs] == ["ct_operation"], recs


def test_attackers_in_a_guise_of_police_keep_their_means(pipeline: Pipeline) -> None:
    text = (
        "Taliban gunmen stormed a government compound in Kandahar on Monday, killing eight people. The "
        "attack "
        "began when a militant dressed as police detonated a car bomb at the gate."
    )
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert [r["attack_type"] for r in recs] == ["bombing"], recs


def test_a_base_seized_by_troops_is_an_operation_and_by_a_group_an_attack(pipeline: Pipeline) -> None:
    troops = (
        "Iraqi troops seized an army base near Ramadi from Islamic State fighters on Sunday, officials said."
    )
    assert [r["event_type"] for r in records_of(pipeline, troops, "2016-06-01")] == ["ct_operation"]
    group = (
        "CAIRO Yemen's Houthi movement and its armed allies seized a military base north of the capital on "
        "Sunday."
    )
    recs = records(pipeline, group, "attack", "2016-06-01")
    assert len(recs) == 1, recs
    assert [a["name"] for a in recs[0]["actors"] if a["role"] == "perpetrator"] == ["Houthis"]


def test_a_zero_of_the_same_attack_named_by_its_group_stays(pipeline: Pipeline) -> None:
    text = (
        "Suspected Islamist militants killed 30 people in Dalori village near Maiduguri on Saturday.\n\nNo "
        "one "
        "has claimed the Boko Haram attack, and no arrests have been made."
    )
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert [r["counts"]["arrested"] for r in recs] == [0], recs


def test_a_blast_minutes_later_at_the_same_place_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "QUETTA A suicide bomber killed 12 people at a mosque in Quetta on Friday.\n\nA separate blast "
        "minutes "
        "later at the same mosque wounded five rescuers."
    )
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert len(recs) == 1, recs


def test_the_citys_landmark_struck_is_in_the_town_named_before(pipeline: Pipeline) -> None:
    text = (
        "Turkish officials vowed to retaliate after a car bomb attack killed at least 34 people in the "
        "capital Ankara on Sunday.\n\nThe explosion was the third to hit the capital in five months, "
        "highlighting the government\u2019s struggle to prevent violence in Diyarbakir province from "
        "spilling into key cities. Islamic State militants hit the city\u2019s main train station in "
        "October, killing more than 100 civilians who had gathered for a peace rally."
    )
    october = [
        r for r in records(pipeline, text, "attack", "2016-03-14") if r["date"]["start"] == "2015-10-01"
    ]
    assert len(october) == 1, october
    assert [loc["city"] for loc in october[0]["locations"]] == ["Ankara"]


def test_a_blade_turned_on_passengers_with_a_cry_of_jihad_is_an_attack(pipeline: Pipeline) -> None:
    text = (
        "MUNICH A man attacked passengers with a knife at a train station near Munich early on Tuesday, "
        "leaving four people with life-threatening injuries, radio reported.\n\nPolice were checking "
        'witness statements that the man shouted "Allahu Akbar" during the attack.\n\nGermany has not '
        "suffered a major attack by Islamist militants like those in France and Belgium."
    )
    recs = records(pipeline, text, "attack", "2016-05-10")
    assert len(recs) == 1, recs
    assert recs[0]["locations"][0]["city"] == "Munich"
    # ... not without a word of terror: a crime
    plain = "HAMBURG A man attacked shoppers with a knife in a supermarket on Friday, wounding three people."
    assert records(pipeline, plain, "attack", "2016-05-10") == []


def test_an_umlaut_written_as_two_letters_is_the_german_town(pipeline: Pipeline) -> None:
    text = (
        "A teenager who had pledged allegiance to Islamic State attacked passengers with an axe on a train "
        "near Wuerzburg on Monday, wounding five, before police shot him dead."
    )
    recs = records(pipeline, text, "attack", "2016-07-20")
    assert len(recs) == 1, recs
    assert [(loc["country_code"], loc["precision"]) for loc in recs[0]["locations"]] == [("DE", "city")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Nigerian President Muhammadu Buhari returned to Abuja on Monday after a medical trip abroad.\n\n"
            "On Friday, a suicide bomber killed 20 worshippers at a mosque in northeastern Nigeria, the "
            "town's emir said. Boko Haram is suspected.",
            "Nigeria",
        ),
        (
            "Turkish Prime Minister Binali Yildirim, speaking in Ankara, vowed to fight terrorism.\n\nA "
            "suicide car bomber killed 12 soldiers at a military checkpoint in southeastern Turkey on "
            "Sunday, the town's governor said.",
            "Turkey",
        ),
    ],
)
def test_the_towns_officials_leave_a_record_placed_in_a_country_there(
    pipeline: Pipeline, text: str, country: str
) -> None:
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert [towns(r) for r in recs] == [[country]], recs


@pytest.mark.parametrize(
    "text",
    [
        "A drunk man threatened passers-by with a knife in Hamburg on Saturday before police shot him in the "
        "leg. Prosecutors ruled out an Islamist motive.",
        "A gas explosion wrecked a terraced house in Leeds on Friday, injuring three neighbours. Police said "
        "the occupant, who had been depressed, could have blown himself up.",
    ],
)
def test_a_threat_with_a_blade_and_a_bomber_supposed_are_no_attacks(pipeline: Pipeline, text: str) -> None:
    assert records(pipeline, text, "attack", "2016-06-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Islamist militants killed 30 people in Dalori village near Maiduguri on Saturday.\n\nNo "
        "arrests have been made in the Borno killings.",
        "Islamist gunmen stormed a hotel in the Malian capital on Friday, killing 20 people.\n\nNo one has "
        "been arrested over the Bamako siege.",
    ],
)
def test_a_zero_told_of_the_region_or_the_capital_of_the_attack_stays(pipeline: Pipeline, text: str) -> None:
    recs = records(pipeline, text, "attack", "2016-06-01")
    assert [r["counts"]["arrested"] for r in recs] == [0], recs
