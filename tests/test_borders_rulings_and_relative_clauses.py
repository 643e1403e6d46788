"""South Asian, East and West African copy and places: the other side of a border is no place of
the happening; a town the gazetteer lacks is not put in a foreign capital the story was filed
from; the state's bodies named pick their own country's town; a court's rulings share their day;
a relative clause between a group and its verb; attackers shot dead are counted; a part in an
attack known by its year is terrorism's context; cited threats make a warning; the threats of an
armed group named by its acronym. The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.statistics import find_statistics
from veille.geo.build import english_name
from veille.pipeline import Pipeline


def _places(rec: dict) -> list[tuple[str, str | None, str | None]]:
    return [
        (loc["name"], loc["country_code"], loc["admin1"])
        for loc in rec["locations"]
        if loc["role"] == "event"
    ]


def test_the_other_side_of_a_border_is_no_place_of_the_happening(pipeline: Pipeline) -> None:
    text = (
        "COTONOU, April 18 (Reuters) - At least 54 Beninese soldiers were killed on Thursday when jihadists "
        "attacked two army positions in the W National Park near the border with Niger and Burkina Faso, "
        "the government said. Al Qaeda-linked JNIM claimed responsibility for the assault on the Point "
        "Triple and Koudou posts in Alibori department."
    )
    (rec,) = of_type(records_of(pipeline, text, "2025-04-18"), "attack")
    assert {cc for _, cc, _ in _places(rec)} == {"BJ"}
    text = (
        "Burkinabe soldiers killed more than 100 jihadist fighters during an operation in the Centre-East "
        "region near the borders with Togo and Ghana last week, the army said in a statement on Friday."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-06-14"), "ct_operation")
    assert {cc for _, cc, _ in _places(rec)} == {"BF"}
    # near miss: a country named alone is still its own place
    text = "Islamic State militants killed 11 soldiers in an ambush in Niger on Sunday."
    (rec,) = of_type(records_of(pipeline, text, "2025-05-09"), "attack")
    assert {cc for _, cc, _ in _places(rec)} == {"NE"}


def test_a_town_the_gazetteer_lacks_is_not_in_the_capital_of_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, April 14 (Reuters) - Al Shabaab militants killed six people in an attack on a hotel in "
        "Bulo Burde on Saturday, witnesses said."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-04-15"), "attack")
    (loc,) = rec["locations"]
    assert (loc["name"], loc["city"], loc["admin1"]) == ("Bulo Burde", "Bulo Burde", None)
    # near miss: a street stays in the town the story was filed from
    text = (
        "BAGHDAD (Reuters) - A car bomb exploded on Haifa Street on Sunday, killing 12 people, police said. "
        "Islamic State has carried out similar bombings."
    )
    (rec,) = of_type(records_of(pipeline, text, "2016-03-21"), "attack")
    assert {loc["country_code"] for loc in rec["locations"]} == {"IQ"}


def test_the_state_bodies_named_pick_their_own_countrys_town(pipeline: Pipeline) -> None:
    text = (
        "Lebanese army intelligence arrested a suspected Islamic State member in Tripoli on Saturday, the "
        "army said in a statement."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-10-14"), "arrest")
    assert _places(rec) == [("Tripoli", "LB", "North Lebanon")]
    text = (
        "Police arrested two men in Kochi on Monday for allegedly planning a bomb attack on a church, the "
        "National Investigation Agency said."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-05-14"), "arrest")
    assert [cc for _, cc, _ in _places(rec)] == ["IN"]
    # near miss: with no state body named, the famous one stays
    text = "Gunmen attacked a hotel in Tripoli on Saturday, killing three guards."
    (rec,) = of_type(records_of(pipeline, text, "2024-10-14"), "attack")
    assert [cc for _, cc, _ in _places(rec)] == ["LY"]


def test_a_court_named_by_its_town_sits_there_and_its_rulings_share_a_day(pipeline: Pipeline) -> None:
    text = (
        "A Dhaka tribunal on Wednesday acquitted three men accused of financing Ansar al-Islam, saying the "
        "prosecution had failed to prove the charges. Six other accused in the case were sentenced to seven "
        "years in prison."
    )
    recs = records_of(pipeline, text, "2025-04-03")
    (acquittal,) = of_type(recs, "acquittal")
    (conviction,) = of_type(recs, "conviction")
    assert _places(acquittal) == [("Dhaka", "BD", "Dhaka")]
    # the group of that name active in the country, not Iraq's
    assert [a["name"] for a in acquittal["actors"]] == ["Ansarullah Bangla Team"]
    assert (
        conviction["date"]["start"],
        conviction["date"]["precision"],
        conviction["counts"]["persons"],
    ) == (
        "2025-04-02",
        "day",
        6,
    )


def test_a_part_in_an_attack_known_by_its_year_is_the_fields_context(pipeline: Pipeline) -> None:
    text = (
        "A court in Nairobi on Thursday acquitted a Somali man accused of financing the 2015 Garissa "
        "University College attack."
    )
    (rec,) = records_of(pipeline, text, "2024-03-29")
    assert (rec["event_type"], rec["date"]["start"], rec["counts"]["persons"]) == (
        "acquittal",
        "2024-03-28",
        1,
    )
    text = (
        "A court in Nairobi on Thursday convicted a Somali man of helping plan the 2013 Westgate mall attack."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-03-29")] == ["conviction"]
    text = (
        "A Colombo High Court sentenced a man to 10 years in prison for failing to provide information "
        "about the Easter Sunday attacks, the Attorney General's Department said on Thursday."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-02-15")] == ["conviction"]
    # near miss: a shark's attack of a year is no terrorism, nor fans' violence in a town
    text = "A court in Sydney on Thursday fined a tour operator over the 2020 Bondi shark attack."
    assert records_of(pipeline, text, "2024-03-29") == []
    text = (
        "Police arrested two fans on Sunday in connection with the Marseille attacks on England supporters."
    )
    assert records_of(pipeline, text, "2016-06-13") == []


def test_a_plan_to_bomb_foiled_is_a_foiled_plot(pipeline: Pipeline) -> None:
    text = (
        "Maldives Police on Wednesday said they had foiled a plan to bomb a tourist resort in Kaafu Atoll "
        "and arrested two suspects in Male."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-12-19"), "plot_foiled")
    assert rec["counts"]["arrested"] == 2
    text = (
        "Jordan said it had foiled a plot by a cell to attack targets in Amman and Zarqa, arresting 16 "
        "suspects in April."
    )
    (rec,) = of_type(records_of(pipeline, text, "2025-06-16"), "plot_foiled")
    assert (rec["date"]["start"], rec["counts"]["arrested"]) == ("2025-04-01", 16)


def test_a_relative_clause_between_a_group_and_its_verb(pipeline: Pipeline) -> None:
    text = (
        "Two Maldivian women and five children who had been held in camps in northeastern Syria were "
        "repatriated to the Maldives last week, the foreign ministry said."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-11-28"), "repatriation")
    assert rec["counts"]["persons"] == 7
    text = (
        "Five Kenyans who had been held in Somalia after joining al-Shabaab were repatriated to Nairobi on "
        "Sunday, the Interior Ministry said."
    )
    (rec,) = of_type(records_of(pipeline, text, "2025-04-28"), "repatriation")
    assert rec["counts"]["persons"] == 5
    text = "Four militants who were hiding in a house in Srinagar were killed by security forces on Monday."
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 4)
    text = "Six people who were travelling to Peshawar were kidnapped by militants on Monday."
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert (rec["event_type"], rec["counts"]["kidnapped"]) == ("attack", 6)
    # near miss: the victims of a man's deed are not those of his end
    text = (
        "A man who stabbed two passers-by in Solingen on Friday was shot dead by police, in what "
        "prosecutors described as an Islamist attack."
    )
    (rec,) = records_of(pipeline, text, "2024-08-26")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (1, 2)


def test_an_attacker_shot_dead_after_his_deed_makes_it_an_attack(pipeline: Pipeline) -> None:
    text = (
        "A man was shot dead by police after attacking officers with a knife in Solingen on Friday, in what "
        "prosecutors described as an Islamist attack."
    )
    (rec,) = records_of(pipeline, text, "2024-08-26")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 1)
    assert all(a["role"] != "perpetrator" for a in rec["actors"])


def test_attackers_shot_dead_and_a_second_victim_are_counted(pipeline: Pipeline) -> None:
    text = (
        "Two assailants opened fire on worshippers at a mosque in Peshawar on Monday, killing three people "
        "before being shot dead by police."
    )
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert rec["counts"]["killed"] == 5
    text = "Three gunmen stormed a hotel in Mogadishu on Monday before being killed by security forces."
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert rec["counts"]["killed"] == 3
    text = (
        "Gunmen shot dead a provincial judge, Ahmad Karimi, in Kabul on Monday. His assistant was also "
        "killed, police said."
    )
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert rec["counts"]["killed"] == 2
    # near miss: the victim told again is not one more
    text = (
        "Gunmen shot dead a provincial judge in Kabul on Monday. The judge was also wounded in a 2019 attack."
    )
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert rec["counts"]["killed"] == 1


def test_cited_threats_make_a_warning(pipeline: Pipeline) -> None:
    text = (
        "Bangladesh police have been put on high alert across the country ahead of Durga Puja, the "
        "Inspector General of Police said on Tuesday, citing possible militant threats against Hindu temples."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-10-08")] == ["warning"]
    text = (
        "The United States embassy in Colombo on Wednesday warned its citizens to avoid the Arugam Bay area, "
        "citing credible information about a possible attack on tourist sites."
    )
    assert "warning" in [r["event_type"] for r in records_of(pipeline, text, "2024-10-23")]
    # near miss: an alert of weather
    text = "Police have been put on high alert across the country ahead of Cyclone Dana, officials said."
    assert records_of(pipeline, text, "2024-10-23") == []


def test_a_group_named_by_its_acronym_threatens(pipeline: Pipeline) -> None:
    for text in (
        "JNIM threatened on Tuesday to carry out attacks in Togo.",
        "JNIM released a video on Tuesday threatening to step up attacks in Benin and Togo.",
    ):
        (rec,) = records_of(pipeline, text, "2025-06-12")
        assert rec["event_type"] == "threat"
        assert rec["date"]["start"] == "2025-06-10"
    # near miss: an acronym threatening to sue
    assert records_of(pipeline, "The NRA threatened on Tuesday to sue the city.", "2025-06-12") == []


def test_captors_letting_hostages_go_is_a_release(pipeline: Pipeline) -> None:
    text = (
        "Bandits released 20 students abducted from a school in Kuriga, Kaduna state, after the payment of "
        "ransom, a community leader said on Thursday."
    )
    (rec,) = records_of(pipeline, text, "2024-07-04")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("release", 20)
    text = (
        "Gunmen on Wednesday freed 12 worshippers abducted from a church in Kaduna state last month, "
        "police said."
    )
    (rec,) = records_of(pipeline, text, "2024-07-04")
    assert (rec["event_type"], rec["date"]["start"]) == ("release", "2024-07-03")
    # near miss: troops freeing them is a rescue
    text = "Troops freed 20 students abducted from a school in Kuriga, the army said on Thursday."
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-07-04")] == ["ct_operation"]


def test_official_figures_of_deaths_and_of_a_months_operations(pipeline: Pipeline) -> None:
    (m,) = find_statistics(
        "Deaths from terrorism fell by 13 percent to 7,555 in 2023, the Global Terrorism Index said on "
        "Tuesday."
    )
    assert (m.metric, m.value_text) == ("deaths", "7,555")
    text = (
        "Deaths from terrorism fell by 13 percent to 7,555 in 2023, the Global Terrorism Index said on "
        "Tuesday. Attacks in Burkina Faso killed 1,907 people."
    )
    recs = records_of(pipeline, text, "2024-05-14")
    assert [(r["record_type"], r["statistic"]["value"]) for r in recs] == [
        ("statistic", 7555),
        ("statistic", 1907),
    ]
    assert recs[0]["statistic"]["reported_by"] == "Global Terrorism Index"
    text = (
        "Nigeria's Defence Headquarters said on Thursday that troops had killed 1,250 terrorists and "
        "arrested 2,040 suspects in operations across the country in January."
    )
    stats = [r for r in records_of(pipeline, text, "2025-02-14") if r["record_type"] == "statistic"]
    assert sorted(r["statistic"]["value"] for r in stats) == [1250, 2040]
    # near miss: one sweep's arrests keep their month as an event
    text = "Indonesian police arrested 12 suspected militants in raids across Java in March."
    assert [r["record_type"] for r in records_of(pipeline, text, "2016-04-15")] == ["event"]


def test_land_disputes_deny_terrorism(pipeline: Pipeline) -> None:
    text = (
        "Somali police said gunmen shot dead a businessman in Mogadishu's Bakara market on Wednesday in what "
        "appeared to be a dispute over land."
    )
    assert records_of(pipeline, text, "2025-01-16") == []
    # near miss: an armed group's killing stays
    text = "Al-Shabaab gunmen shot dead a clan elder in Mogadishu on Wednesday, police said."
    assert [r["event_type"] for r in records_of(pipeline, text, "2025-01-16")] == ["attack"]


def test_a_numbered_province_is_no_regions_name() -> None:
    assert english_name("Bagmati", ("Bagmati Province", "Province 3")) == "Bagmati"
    assert english_name("Khūzestān", ("The 6th Province",)) != "The 6th Province"


def test_prisoners_facing_sentences_are_no_conviction(pipeline: Pipeline) -> None:
    text = (
        "About 70 convicted militants, including several facing death sentences, remain at large after "
        "escaping from jails during the unrest earlier this month, the home affairs adviser said on Tuesday."
    )
    assert of_type(records_of(pipeline, text, "2024-08-20"), "conviction") == []
    # near miss: a sentence handed down is one
    text = "A court in Dhaka sentenced seven militants to death on Tuesday for the 2016 cafe attack."
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-08-20")] == ["conviction"]
