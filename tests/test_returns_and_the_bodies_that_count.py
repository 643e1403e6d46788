"""Nationals brought back from Syria's camps and conflict zones, fighters come home, and official figures
told by a ministry named by its country ("Morocco's interior minister told parliament") or by its
portfolio alone ("the Interior Ministry said", in a story of one country). The real pipeline; texts
written for these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.kb.actors import ActorKB
from veille.pipeline import Pipeline

PUB = "2019-11-12"  # a Tuesday


def _types(recs: list[dict]) -> list[tuple[str, str]]:
    return [(r["record_type"], r["event_type"]) for r in recs]


def test_a_country_s_body_by_the_other_names_of_its_country(kb: ActorKB) -> None:
    def ids(text: str) -> list[str]:
        return [m.entry.id for m in kb.find(text)]

    assert ids("Morocco's interior minister told parliament on Monday.") == ["ma-interior"]
    assert ids("The Moroccan interior minister said.") == ["ma-interior"]
    assert ids("Germany's interior minister Thomas de Maiziere said.") == ["de-interior"]
    assert ids("Morocco's police arrested two men.") == ["ma-dgsn"]
    # near misses: a portfolio with no country names no body; nor a ministry the country has not
    assert ids("The interior minister told parliament.") == []
    assert ids("Britain's Home Secretary said.") == []


def test_the_ministry_that_gives_a_figure_is_the_one_named(pipeline: Pipeline) -> None:
    text = (
        "Morocco's interior minister told parliament on Tuesday that security services had dismantled 13 "
        "terrorist cells between January and late October that recruited young people to fight in conflict "
        "zones. The Central Bureau of Judicial Investigation (BCIJ) thwarted a group loyal to the Islamic "
        "State that was active in Morocco and Spain. In March, eight Moroccan nationals were repatriated "
        "from Syrian conflict zones. The ministry warned of the threat posed by militants returning from "
        "Syria, Iraq and Libya."
    )
    recs = records_of(pipeline, text, published=PUB)
    (stat,) = [r for r in recs if r["record_type"] == "statistic"]
    assert stat["statistic"]["reported_by"] == "Moroccan Interior Ministry"
    (back,) = [r for r in recs if r["event_type"] == "repatriation"]
    # the bureau that foiled the plot brought no one back
    assert "Central Bureau of Judicial Investigations" not in [a["name"] for a in back["actors"]]
    # a portfolio alone, in a story of one country: that country's ministry, not the bureau that acted
    text = (
        "Morocco's Central Bureau of Judicial Investigations (BCIJ) has dismantled 13 terrorist cells "
        "between January and late October, the Interior Ministry told parliament on Monday."
    )
    (rec,) = records_of(pipeline, text, published="2024-10-29")
    assert rec["statistic"]["reported_by"] == "Moroccan Interior Ministry"
    # ... and a body's spokesman, named
    text = (
        "Nigeria's military killed more than 1,000 Boko Haram and ISWAP fighters and arrested 500 "
        "collaborators in the north-east in 2023, Defence Headquarters spokesman Maj. Gen. Edward Buba told "
        "reporters in Abuja."
    )
    recs = records_of(pipeline, text, published="2024-01-16")
    assert sorted((r["statistic"]["metric"], r["statistic"]["value"]) for r in recs) == [
        ("arrests", 500),
        ("militants_killed", 1000),
    ]
    assert {r["statistic"]["reported_by"] for r in recs} == {"Defence Headquarters (Nigeria)"}


def test_nationals_brought_back_from_syria_are_repatriations(pipeline: Pipeline) -> None:
    texts = {
        "Tajikistan's Interior Ministry said on Tuesday that eight nationals were repatriated from Syrian "
        "conflict zones in March.": 8,
        "Kazakhstan repatriated 98 of its nationals from Syria on Monday, the foreign ministry said.": 98,
        "The Maldives said on Sunday it had brought back 19 of its citizens, including 17 children, from "
        "camps in Syria.": 19,
        "Iraq has received 381 people, relatives of Islamic State suspects, from the al-Hol camp in Syria, "
        "an official at the Iraqi migration ministry said on Sunday.": 381,
    }
    for text, persons in texts.items():
        (rec,) = records_of(pipeline, text, published=PUB)
        assert rec["event_type"] == "repatriation", text
        assert rec["counts"]["persons"] == persons, text
        assert "SY" in [loc["country_code"] for loc in rec["locations"] if loc["role"] == "origin"], text
    (rec,) = records_of(pipeline, next(iter(texts)), published=PUB)
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2019-03-01", "2019-03-31")
    # a country the record names has the country's point on a map
    (rec,) = records_of(pipeline, list(texts)[1], published=PUB)
    (home,) = [loc for loc in rec["locations"] if loc["role"] == "destination"]
    assert home["country_code"] == "KZ" and home["lat"] is not None and home["geonames_id"] is not None
    # near misses: workers, tourists and migrants brought home, soldiers come home
    for text in (
        "Thousands of Filipino workers were repatriated from Libya on Sunday as fighting engulfed Tripoli.",
        "Around 300 Spanish tourists stranded by floods in Peru were repatriated on a military flight on "
        "Sunday, the foreign ministry said.",
        "The International Organization for Migration repatriated 150 Nigerian migrants from Libya on "
        "Thursday.",
        "Thousands of U.S. troops who fought in Iraq have come home, the Pentagon said on Monday.",
    ):
        assert records_of(pipeline, text, published=PUB) == [], text


def test_fighters_come_home_and_those_brought_back_are_counted_apart(pipeline: Pipeline) -> None:
    text = (
        "Around 20 Norwegians who fought with militant groups in Syria have come back to Norway, the police "
        "security service PST said on Thursday."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "travel"
    roles = {(loc["country_code"], loc["role"]) for loc in rec["locations"]}
    assert {("SY", "origin"), ("NO", "destination")} <= roles and ("SY", "event") not in roles
    assert [a["role"] for a in rec["actors"] if a["name"] == "Norwegian Police Security Service"] == [
        "source"
    ]
    text = (
        "An estimated 1,500 Tunisians who fought in Iraq and Syria have returned home since 2011, Interior "
        "Minister Hichem Fourati told parliament on Monday."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["statistic"]["metric"] == "returnees" and rec["statistic"]["value"] == 1500
    assert rec["statistic"]["reported_by"] == "Interior Minister Hichem Fourati"
    text = (
        "Kazakh authorities said on Monday that 607 people, including 406 children, had been returned from "
        "Syria in five operations since January 2019."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("repatriations", 607)


def test_a_charge_is_not_dated_by_the_return_it_tells_of(pipeline: Pipeline) -> None:
    text = (
        "Belgian prosecutors charged a woman who returned from Syria last month with participation in the "
        "activities of a terrorist group."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "charge" and rec["date"]["precision"] == "unknown"
    text = (
        "Egypt handed over 14 suspected members of the Libyan branch of Islamic State to Libyan authorities "
        "at the Salloum crossing on Sunday."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "extradition" and rec["counts"]["persons"] == 14


def test_figures_of_months_are_statistics(pipeline: Pipeline) -> None:
    cases = {
        "Nearly 100 suspected Islamist militants were detained in Tajikistan over the past two months, the "
        "State Committee for National Security (GKNB) said.": ("arrests", 100),
        "Somalia's National Intelligence and Security Agency (NISA) said it had arrested some 120 al-Shabaab "
        "financiers over the past six months.": ("arrests", 120),
        "Italy expelled 41 foreigners for reasons of state security linked to terrorism in the first half of "
        "the year, the Interior Ministry said, bringing the total since 2015 to more than 800.": (
            "deportations",
            41,
        ),
        "Nearly 40 militants have been killed by security forces in Jammu and Kashmir this year, Director "
        "General of Police R.R. Swain told reporters.": ("militants_killed", 40),
    }
    for text, (metric, value) in cases.items():
        recs = records_of(pipeline, text, published="2024-07-09")
        assert _types(recs) and all(t == "statistic" for t, _ in _types(recs)), text
        assert (recs[0]["statistic"]["metric"], recs[0]["statistic"]["value"]) == (metric, value), text
    # near miss: one sweep's arrests on a day stay an event
    text = "Police detained 100 suspected militants in raids across Dushanbe on Monday, the GKNB said."
    assert _types(records_of(pipeline, text, published="2024-07-09")) == [("event", "arrest")]


def test_a_date_in_a_place_s_name_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "The Egyptian Interior Ministry said police killed 11 militants in a shootout in Giza's 6th of "
        "October City on Sunday."
    )
    (rec,) = records_of(pipeline, text, published="2019-03-12")
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2019-03-10", "day")


def test_what_the_new_readings_leave_alone(pipeline: Pipeline) -> None:
    # a state's men come home: no journey of fighters
    text = "Soldiers who fought in Afghanistan have returned to their barracks in Canterbury."
    assert records_of(pipeline, text, published=PUB) == []
    # a charge that names a deed of its own keeps the deed
    text = (
        "Dutch prosecutors charged a man who stabbed two people in The Hague on Sunday with attempted murder "
        "with a terrorist motive."
    )
    assert "attack" in [r["event_type"] for r in records_of(pipeline, text, published=PUB)]
    # a day told before a name still dates
    text = "Al-Shabaab fighters stormed on 5 November Camp Simba in Lamu, killing three Americans."
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["date"]["start"] == "2019-11-05"
    # a figure told in two parts is their sum
    text = (
        "Some 70 recruiters and 25 accomplices of jihadist groups were detained in Morocco last year, the "
        "interior ministry said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("arrests", 95)
    # a portfolio alone names no one country's ministry where the sentence names three
    text = (
        "The Interior Ministry said 30 militants from Tunisia and Algeria had been arrested in Libya in 2019."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["statistic"]["reported_by"] != "Libyan Interior Ministry"
    # "the past two months", told on 12 November, run from 12 September
    text = (
        "Nearly 100 suspected Islamist militants were detained in Tajikistan over the past two months, the "
        "State Committee for National Security (GKNB) said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["statistic"]["period"] == {"start": "2019-09-12", "end": "2019-11-12"}
    # a country that opens its sentence is a place
    text = "Uzbekistan brought back 19 of its citizens, including 17 children, from camps in Syria on Sunday."
    (rec,) = records_of(pipeline, text, published=PUB)
    assert ("UZ", "destination") in {(loc["country_code"], loc["role"]) for loc in rec["locations"]}


def test_children_returned_or_received_from_iraq(pipeline: Pipeline) -> None:
    for text, persons in (
        ("Kyrgyzstan returned 79 children from Iraq on Tuesday, the foreign ministry said.", 79),
        ("Tajikistan received 84 children from Iraq on Sunday.", 84),
    ):
        (rec,) = records_of(pipeline, text, published=PUB)
        assert (rec["event_type"], rec["counts"]["persons"]) == ("repatriation", persons), text
    # near misses: refugees sent home, players back from injury
    for text in (
        "Lebanon returned 300 refugees to Syria on Sunday.",
        "The club returned 12 players from injury on Saturday.",
    ):
        assert records_of(pipeline, text, published=PUB) == [], text
