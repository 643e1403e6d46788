"""Official figures of a month and of journeys prevented, the steps of a case told without a word of
terror (a truck attack, a planned attack, a named convict the tagger misreads), a ban that is no
attack, and towns read where the story is: a DR Congo territory, a Malian circle, a country's own
region, a local group's town, an airport named by its city. The real pipeline; texts written for
these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline

PUB = "2019-06-12"  # a Wednesday


def _stats(recs: list[dict]) -> list[tuple[str, int]]:
    return sorted(
        (r["statistic"]["metric"], r["statistic"]["value"]) for r in recs if r["record_type"] == "statistic"
    )


def _places(rec: dict) -> list[tuple[str | None, str]]:
    return [(loc["country_code"], loc["role"]) for loc in rec["locations"]]


def test_a_months_tally_of_many_operations_and_journeys_prevented(pipeline: Pipeline) -> None:
    text = (
        "Pakistan's Counter Terrorism Department said it had arrested 152 suspected terrorists in 1,240 "
        "operations across Punjab in January."
    )
    recs = records_of(pipeline, text, "2019-02-12")
    assert _stats(recs) == [("arrests", 152), ("operations", 1240)]
    assert {(r["date"]["start"], r["date"]["end"]) for r in recs} == {("2019-01-01", "2019-01-31")}
    text = "Security forces conducted 1,240 operations in January and killed 35 terrorists, the ISPR said."
    assert _stats(records_of(pipeline, text, "2019-02-12")) == [
        ("militants_killed", 35),
        ("operations", 1240),
    ]
    # one sweep's count stays an event
    text = "Police arrested 12 suspected militants in three raids in Peshawar in January."
    recs = records_of(pipeline, text, "2019-02-12")
    assert _stats(recs) == [] and [r["event_type"] for r in recs] == ["arrest"]
    text = (
        "Tunisian authorities have prevented 27,000 young people from travelling to conflict zones since "
        "2013, the interior minister told lawmakers."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["statistic"]["metric"], rec["counts"]["persons"]) == (
        "travel",
        "travels_prevented",
        27000,
    )
    # attacks foiled, counted without a word of terror
    text = "French Interior Minister Gerald Darmanin said 36 attacks have been foiled since 2017."
    assert _stats(records_of(pipeline, text, PUB)) == [("plots_foiled", 36)]
    # ... but not hackers' attacks
    assert records_of(pipeline, "The bank said 36 cyber attacks have been foiled since 2017.", PUB) == []


def test_steps_of_a_case_told_without_a_word_of_terror(pipeline: Pipeline) -> None:
    text = (
        "A Swedish court on Thursday sentenced Rakhmat Akilov to life in prison for the 2017 truck attack "
        "in Stockholm that killed five people."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "conviction"
    assert [(a["name"], a["role"], a.get("legal_status")) for a in rec["actors"]] == [
        ("Rakhmat Akilov", "target", "convicted")
    ]
    text = (
        "Dutch police arrested a 32-year-old man at his home in Rotterdam on Thursday on suspicion of "
        "planning an attack, prosecutors said."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["arrest"]
    text = (
        "French police arrested seven people in raids in Strasbourg and Marseille on Tuesday over a "
        "planned attack."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["arrest"]
    # ... not a robbery's
    text = "Police arrested two men on Tuesday over a planned attack on a cash van in Lyon."
    assert records_of(pipeline, text, PUB) == []
    text = (
        "Prosecutors in Hamburg charged a woman, who lived in Raqqa, with membership of a terrorist "
        "organisation on Wednesday."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["charge"]
    text = "The trial of four men accused of helping the Brussels airport bombers opened on Monday."
    assert [r["event_type"] for r in records_of(pipeline, text, PUB)] == ["trial"]


def test_who_a_case_is_against(pipeline: Pipeline) -> None:
    text = (
        "A court in Oslo on Thursday sentenced Zaniar Matapour to 30 years in prison for a terrorist attack."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert [a["name"] for a in rec["actors"]] == ["Zaniar Matapour"]
    # a possessor is no party, nor a town a festival is known by
    text = (
        "A Toronto court on Thursday acquitted Abdul Razak, Haisam Sakhanh's co-accused, of all terrorism "
        "charges."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert [a["name"] for a in rec["actors"]] == ["Abdul Razak"]
    text = (
        "Dutch prosecutors on Monday demanded a 10-year sentence for a man accused of plotting a terrorist "
        "attack on a Rotterdam festival in 2018."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert "Rotterdam" not in [a["name"] for a in rec["actors"]]


def test_a_ban_is_no_attack_and_a_designation_names_the_group(pipeline: Pipeline) -> None:
    text = (
        "Germany's interior minister on Tuesday banned Hezbollah and police raided associations linked to "
        "it in four states."
    )
    recs = records_of(pipeline, text, PUB)
    assert of_type(recs, "attack") == [] and of_type(recs, "raid")
    assert ("Hezbollah", "perpetrator") not in [(a["name"], a["role"]) for r in recs for a in r["actors"]]
    text = (
        "The United States on Monday designated the Philippines-based Maute group as a foreign terrorist "
        "organisation."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "policy"
    assert [a["name"] for a in rec["actors"]] == ["Maute Group"]


def test_towns_read_where_the_story_is(pipeline: Pipeline) -> None:
    pub = "2021-03-16"
    cases = {
        "Gunmen killed 11 people in Beni territory on Saturday.": "CD",
        "Amba fighters killed two soldiers in Bali on Sunday.": "CM",
        "Gunmen killed 35 people near Sangha, Mopti region, Mali, on Sunday.": "ML",
        "Gunmen killed 19 people in the village of Yoro in Koro circle, Mopti region, on Monday.": "ML",
    }
    for text, cc in cases.items():
        (rec,) = records_of(pipeline, text, pub)
        assert {loc["country_code"] for loc in rec["locations"]} == {cc}, text
    # a country's own region is not another country's of that name
    text = (
        "A bus hit a landmine near Titao in Burkina Faso's North region on Wednesday, killing 10 civilians."
    )
    (rec,) = records_of(pipeline, text, pub)
    assert {loc["country_code"] for loc in rec["locations"]} == {"BF"}
    # a force abroad acts where it works, not at home
    text = "Barkhane forces killed about 50 jihadists in an airstrike near Boulikessi on Friday."
    (rec,) = records_of(pipeline, text, pub)
    assert "FR" not in {loc["country_code"] for loc in rec["locations"]}
    # the near miss: two towns of one country back each other, whatever the local group
    text = (
        "Colombia's Medellin Cartel faces extradition requests from Florida and California, the DAS said on "
        "Tuesday."
    )
    recs = records_of(pipeline, text, pub)
    assert {loc["country_code"] for r in recs for loc in r["locations"] if loc["name"] == "Florida"} <= {"US"}


def test_airports_journeys_and_who_is_sent_away(pipeline: Pipeline) -> None:
    text = "A man was arrested at Dublin Airport on Sunday on suspicion of terrorism offences."
    (rec,) = records_of(pipeline, text, PUB)
    assert [(loc["name"], loc["country_code"]) for loc in rec["locations"]] == [("Dublin", "IE")]
    text = "Lisa Smith, who joined Islamic State in Syria, was arrested on Sunday after arriving from Turkey."
    (rec,) = records_of(pipeline, text, PUB)
    assert "TR" not in {loc["country_code"] for loc in rec["locations"]}
    text = (
        "Swiss authorities on Friday expelled a Bosnian man convicted of recruiting fighters for Islamic "
        "State."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert _places(rec) == [("CH", "event"), ("BA", "destination")]


def test_sahel_tolls_dates_and_doers(pipeline: Pipeline) -> None:
    pub = "2021-03-16"
    text = "ADF rebels killed 22 civilians in an overnight attack on Mamove, North Kivu, on Saturday."
    (rec,) = records_of(pipeline, text, pub)
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2021-03-13", "day")
    text = "Fulani herdsmen killed nine farmers in Guma LGA of Benue State on Saturday."
    (rec,) = records_of(pipeline, text, pub)
    assert [(a["name"], a["role"]) for a in rec["actors"]] == [("Fulani militants", "perpetrator")]
    text = (
        "Three gendarmes were killed in an attack on their post in Kantchari in Tapoa province on Saturday."
    )
    (rec,) = records_of(pipeline, text, pub)
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 3)
    text = (
        "Four soldiers and two Volunteers for the Defence of the Homeland were killed in an ambush near Dori "
        "on Saturday."
    )
    (rec,) = records_of(pipeline, text, pub)
    assert rec["counts"]["killed"] == 6
    text = "A catechist and two teachers were abducted by jihadists in Arbinda on Thursday."
    (rec,) = records_of(pipeline, text, pub)
    assert rec["counts"]["kidnapped"] == 3
