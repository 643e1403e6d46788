"""Running totals told with no period ("Turkey has deported 1,800 foreign fighters"), a sentence
whose clauses tell happenings of different days, "charged him on Monday with", and the near misses
of the laws, threats and warnings rules (a state's threat, a mugging named by its town, the day a
warning was given). The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.dates import find_dates
from veille.extract.lexicon import find_triggers
from veille.pipeline import Pipeline
from veille.records import Sentence

PUB = "2016-05-10"  # a Tuesday


def names(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"]]


def test_a_running_total_with_no_period_is_a_statistic_up_to_the_report(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - Turkey has deported 1,800 foreign fighters and barred entry to 37,000 people, Foreign "
        "Minister Mevlut Cavusoglu said on Monday. He said two Belgian nationals had been deported to "
        "Brussels on Friday after being detained at Istanbul airport."
    )
    recs = records_of(pipeline, text, published=PUB)
    (stat,) = of_type(recs, "deportation", "statistic")
    assert stat["statistic"]["metric"] == "deportations" and stat["statistic"]["value"] == 1800
    # (up to the day the figure was given)
    assert stat["statistic"]["period"] == {"start": None, "end": "2016-05-09"}
    (event,) = of_type(recs, "deportation")
    assert event["counts"]["persons"] == 2 and event["date"]["start"] == "2016-05-06"
    text = (
        "BERLIN - More than 820 Germans have travelled to Syria and Iraq to join Islamic State, the head of "
        "the domestic intelligence agency said on Monday."
    )
    (stat,) = records_of(pipeline, text, published=PUB)
    assert stat["record_type"] == "statistic" and stat["statistic"]["metric"] == "persons_departed"
    # near misses: one operation's count, and a toll "left" behind
    text = (
        "Police have arrested 25 people in connection with the bombing of a bus in Istanbul, officials said."
    )
    assert [r["record_type"] for r in records_of(pipeline, text, published=PUB)] == ["event"]
    text = (
        "Fighting between the army and Islamist militants in the north has left more than 1,000 people "
        "dead, officials said on Monday."
    )
    assert all(r["event_type"] != "travel" for r in records_of(pipeline, text, published=PUB))


def test_clauses_of_different_days_are_happenings_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI - Police chief Joseph Boinnet said officers raided a mosque in Mombasa on Friday, arrested "
        "two suspected al Shabaab recruiters in Garissa on Saturday and seized a cache of weapons, including "
        "AK-47 rifles and grenades, in Lamu on Sunday."
    )
    recs = records_of(pipeline, text, published=PUB)
    got = sorted((r["date"]["start"], r["event_type"], tuple(names(r))) for r in recs)
    assert got == [
        ("2016-05-06", "raid", ("Mombasa",)),
        ("2016-05-07", "arrest", ("Garissa",)),
        ("2016-05-08", "raid", ("Lamu",)),
    ]
    text = (
        "He was sentenced in March 2015 to three years in prison for belonging to a terrorist group, and on "
        "Monday police in Brussels arrested him again on suspicion of recruiting fighters for Islamic State."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "arrest" and rec["date"]["start"] == "2016-05-09"
    text = (
        "Police arrested the suspect on Friday and charged him on Monday with preparing a terrorist attack."
    )
    recs = records_of(pipeline, text, published=PUB)
    assert sorted((r["event_type"], r["date"]["start"]) for r in recs) == [
        ("arrest", "2016-05-06"),
        ("charge", "2016-05-09"),
    ]


def test_clauses_stay_one_sentence_when_they_tell_one_happening() -> None:
    import datetime as dt

    from veille.extract.clauses import split_by_days

    def cut(text: str) -> list[str]:
        dates = find_dates(text, dt.date(2016, 5, 10))
        parts = split_by_days(text, (Sentence(0, len(text)),), dates, lambda t: bool(find_triggers(t)))
        return [text[p.start : p.end] for p in parts]

    # the day words were said is no clause's own
    text = "Militants attacked a checkpoint on Monday and killed three soldiers, police said on Tuesday."
    assert len(cut(text)) == 1
    # one deed told by two verbs, with a date far from the cut
    text = (
        "On 5 May, people protested in front of the office, demanding compensation for the family of a "
        "businessman who was abducted and killed by unidentified gunmen in April."
    )
    assert len(cut(text)) == 1
    # a toll told after the day is the same happening's
    text = "Gunmen attacked a police post in Kano on Monday, killing two officers."
    assert len(cut(text)) == 1
    # two days, two clauses
    text = (
        "Gunmen attacked a police post in Kano on Monday, killing two officers, and on Tuesday militants "
        "ambushed a convoy near Maiduguri."
    )
    assert len(cut(text)) == 2


def test_near_misses_of_threats_laws_and_named_attacks(pipeline: Pipeline) -> None:
    for text in (
        # a state's war is no threat of an armed group
        "DAMASCUS - The Syrian army threatened on Sunday to step up attacks on rebel-held districts of "
        "Aleppo.",
        "ANKARA - Turkey's president threatened on Sunday to step up attacks on Kurdish militants in Iraq.",
        # a mugging or an assault named by its town
        "LONDON - Police arrested three men on Monday over the Croydon attack, in which a pensioner was "
        "beaten.",
        "SYDNEY - Police charged two men on Monday over the Bondi attack on a backpacker, police said.",
        # an emergency for other dangers
        "CARACAS - Venezuela's President Nicolas Maduro extended the state of emergency on Monday, citing "
        "threats from paramilitary gangs and armed groups from Colombia.",
    ):
        assert records_of(pipeline, text, published=PUB) == [], text


def test_who_makes_a_listing_and_when_a_warning_was_given(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON (Reuters) - The U.S. Treasury added two Lebanese men to its list of terrorist "
        "entities on Monday for financing Hezbollah."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "policy" and [loc["country_code"] for loc in rec["locations"]] == ["US"]
    text = (
        "BERLIN - German intelligence warned on Monday that Islamic State militants could carry out a bomb "
        "attack in a German city this summer."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "warning" and rec["date"]["start"] == rec["date"]["end"] == "2016-05-09"
    text = (
        "BRUSSELS (Reuters) - A woman from Antwerp was charged on Monday with recruiting young people to "
        "fight for Islamic State in Syria."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "charge" and names(rec) == ["Brussels"]
    # a warning that a killing just past is told with
    text = (
        "DHAKA - Bangladesh police warned on Monday that militants could strike again, two days after "
        "suspected Islamists hacked a university professor to death in Rajshahi."
    )
    assert "attack" in [r["event_type"] for r in records_of(pipeline, text, published=PUB)]


def test_a_clause_of_another_day_of_the_same_kind_is_its_own_record(pipeline: Pipeline) -> None:
    text = (
        "French police detained three Islamic State suspects in Marseille on Saturday, and on Sunday police "
        "arrested two more suspects in Lyon, the interior ministry said."
    )
    recs = records_of(pipeline, text, published=PUB)
    got = sorted((r["date"]["start"], tuple(names(r)), r["counts"]["arrested"]) for r in recs)
    assert got == [("2016-05-07", ("Marseille",), 3), ("2016-05-08", ("Lyon",), 2)]
    # one happening told by two verbs of its kind stays one
    text = (
        "Two policemen were attacked by Islamic State militants on Friday and killed on Saturday after "
        "being held hostage in Arish, officials said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["counts"]["killed"] == 2


def test_running_totals_are_people_counted_by_nation_not_crowds_or_cases(pipeline: Pipeline) -> None:
    for text in (
        "More than 5,000 people have joined a march against terrorism in Paris, police said.",
        "Police have detained 110 people over Sunday's suicide bombing in Ankara, officials said.",
        "Turkish police have detained 135 suspected Islamic State militants over the weekend, officials "
        "said.",
    ):
        assert all(r["record_type"] == "event" for r in records_of(pipeline, text, published=PUB)), text
