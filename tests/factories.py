"""Hand-built records for tests that should not depend on the extraction engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from veille.ids import record_id
from veille.records import (
    Actor,
    Article,
    Counts,
    DateInterval,
    Entity,
    Evidence,
    Location,
    PlaceMention,
    Record,
    Statistic,
)

if TYPE_CHECKING:
    from veille.pipeline import Pipeline


def article(aid: str, text: str = "Police arrested four suspects.", published: str = "2025-03-04") -> Article:
    return Article(id=aid, text=text, published=published, source="Test")


def record(
    aid: str,
    event_type: str = "arrest",
    day: str | None = "2025-03-04",
    city: str | None = "Tangier",
    cc: str = "MA",
    arrested: int | None = 4,
    killed: int | None = None,
    group: str | None = "Islamic State",
    anchor: int = 0,
    confidence: float = 0.8,
) -> Record:
    locs = (
        Location(
            name=city or cc,
            country_code=cc,
            admin1="Tanger-Tetouan-Al Hoceima" if city else None,
            city=city,
            lat=35.77 if city else None,
            lon=-5.8 if city else None,
            precision="city" if city else "country",
        ),
    )
    actors = (Actor(group, group, "armed_group", "affiliation"),) if group else ()
    return Record(
        id=record_id(aid, "event", event_type, anchor),
        record_type="event",
        article_id=aid,
        event_type=event_type,
        date=DateInterval(day, day, "day", "on Tuesday") if day else DateInterval(),
        locations=locs,
        actors=actors,
        counts=Counts(arrested=arrested, killed=killed),
        evidence=(Evidence("Police arrested four suspects.", 0, 30),),
        confidence=confidence,
        summary=f"{event_type} in {city}",
    )


def statistic(aid: str, value: int = 13) -> Record:
    return Record(
        id=record_id(aid, "statistic", "cell_dismantled", 0),
        record_type="statistic",
        article_id=aid,
        event_type="cell_dismantled",
        date=DateInterval("2025-01-01", "2025-10-31", "month", "between January and late October"),
        locations=(Location(name="Morocco", country_code="MA", precision="country"),),
        counts=Counts(cells=value),
        statistic=Statistic("cells_dismantled", value, "2025-01-01", "2025-10-31", "Ministry of Interior"),
        evidence=(Evidence("13 cells were dismantled.", 0, 25),),
        confidence=0.9,
        summary="13 cells",
    )


def ent(text: str, phrase: str, label: str = "GPE", nth: int = 0) -> Entity:
    """The NER entity for the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Entity(start, start + len(phrase), label, phrase)


def by_text(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    """Place mentions by the text they were written as."""
    return {p.text: p for p in places}


def report(text: str, published: str = "2024-03-12") -> Article:
    """An article as read from JSON (CONTRACT §1), for tests that run the real pipeline."""
    from veille.io.read import article_from_json

    return article_from_json(
        {"id": "t-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )


def records_of(pipeline: Pipeline, text: str, published: str = "2024-03-12") -> list[dict[str, Any]]:
    """The records (CONTRACT §2, as dicts) the real pipeline gives for ``text``."""
    return [r.to_dict() for r in pipeline.process(report(text, published)).records]


def main_type(sentence: str) -> str | None:
    """The event type of the trigger that names what the sentence reports, or None."""
    from veille.extract.lexicon import find_triggers
    from veille.extract.triggers import Hit, main_hit

    main = main_hit(sentence, [Hit(t, a, b) for t, a, b in find_triggers(sentence)])
    return main.trigger.event_type if main is not None else None


def evidence_of(rec: dict[str, Any]) -> str:
    """The texts of a record's (as a dict) evidence sentences, joined."""
    return " ".join(e["text"] for e in rec["evidence"])


def of_type(recs: list[dict[str, Any]], event_type: str, record_type: str = "event") -> list[dict[str, Any]]:
    """The records (as dicts) of one event type and record type."""
    return [r for r in recs if r["record_type"] == record_type and r["event_type"] == event_type]


def event_types(pipeline: Pipeline, text: str) -> list[str]:
    """The event types of the records the real pipeline gives for ``text``."""
    return [r.event_type for r in pipeline.process(report(text)).records]


def assert_gives(pipeline: Pipeline, rule: str, text: str, expected: set[str]) -> None:
    """The report gives at least one record of an acceptable event type (named-rule wording tests)."""
    got = event_types(pipeline, text)
    assert set(got) & expected, f"{rule}: {got}"


def assert_gives_none(pipeline: Pipeline, rule: str, text: str) -> None:
    """The report gives no record (the close cases beside a wording rule)."""
    assert event_types(pipeline, text) == [], rule
