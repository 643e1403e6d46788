"""Where the text puts it: the arrest of a "Paris attacks suspect" (not in Paris), a borough no
person, a dateline before "U.S." (the real pipeline and gazetteer; the texts are written for these
tests; "in the same city" is in test_claims_elsewhere.py)."""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-04-09") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "p-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def places(rec: dict[str, Any]) -> list[tuple[str, str]]:
    return [(x["name"], x["country_code"]) for x in rec["locations"]]


def test_the_arrest_of_a_suspect_of_a_town_s_attacks_is_not_in_that_town(pipeline: Pipeline) -> None:
    text = (
        "Belgian police on Friday captured Paris attacks suspect Mohamed Abrini in the Brussels borough "
        "of Anderlecht, counter-terrorism prosecutors said."
    )
    (arrest,) = [r for r in records(pipeline, text) if r["event_type"] == "arrest"]
    assert places(arrest) == [("Brussels", "BE")]
    names = {a["name"] for a in arrest["actors"]}
    assert "Mohamed Abrini" in names
    assert "Anderlecht" not in names  # "the Brussels borough of Anderlecht": a place


def test_a_dateline_before_an_abbreviation_is_where_the_story_was_filed(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD U.S. and Iraqi officials said on Friday they could not confirm that the Islamic State "
        "leader had been wounded in an air strike in northern Iraq."
    )
    (rec,) = records(pipeline, text, "2016-06-10")
    assert places(rec) == [("Iraq", "IQ")]


def test_where_hostages_come_from_gives_way_to_where_they_were_taken(pipeline: Pipeline) -> None:
    text = (
        "Abu Sayyaf militants abducted 10 sailors from Indonesia in Tawi-Tawi on Monday, the Philippine "
        "military said."
    )
    (rec,) = records(pipeline, text, "2016-04-02")
    assert [cc for _, cc in places(rec)] == ["PH"]


def test_a_dateline_after_the_captions_is_where_the_story_was_filed(pipeline: Pipeline) -> None:
    text = (
        "Policemen arrive at a prayer ground, Thursday, July 7, 2016. (AP) NEW DELHI — Assailants armed with "
        "crude bombs attacked a security checkpoint at a prayer gathering in Bangladesh on Thursday, killing "
        "at least three people, police said."
    )
    recs = records(pipeline, text, "2016-07-07")
    assert recs
    assert all(cc == "BD" for r in recs for _, cc in places(r))


def test_a_country_that_condemns_is_no_place_even_strongly(pipeline: Pipeline) -> None:
    text = (
        "The U.S. \u201cstrongly\u201d condemned the car bomb attack that killed 34 people in Turkey on "
        "Sunday, saying it remains committed to combating the shared threat of terrorism."
    )
    (rec,) = records(pipeline, text, "2016-03-14")
    assert places(rec) == [("Turkey", "TR")]
