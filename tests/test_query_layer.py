"""The query layer on both backends: every filter and aggregate against the same answer worked out
in Python over the events written, with and without the search indexes."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from veille.records import Link, ResolvedEvent
from veille.store.query import (
    EventQuery,
    SearchIndex,
    aggregate,
    count_events,
    ensure_search_index,
    event_ids,
    iter_events,
    search_index,
)
from veille.store.store import Store

TYPES = ["arrest", "attack", "raid", "charge", "ct_operation"]
GROUPS = ["Islamic State", "Boko Haram", "Al-Shabaab", "Jama'at 50%_Front"]
CITIES = ["Tangier", "Maiduguri", "Mosul", "Kabul", "Düsseldorf", "São Paulo"]


def _event(i: int, rng: random.Random) -> ResolvedEvent:
    cc = rng.choice(["MA", "NG", "IQ", "AF", "DE"])
    day = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    kind = rng.random()
    if kind < 0.1:
        start = end = None
        precision = "unknown"
    elif kind < 0.2:
        start, end, precision = day.replace(day=1).isoformat(), day.replace(day=28).isoformat(), "month"
    elif kind < 0.23:  # a long span: a year and a half
        start, end, precision = day.isoformat(), (day + timedelta(days=540)).isoformat(), "year"
    else:
        start = end = day.isoformat()
        precision = "day"
    city = rng.choice(CITIES)
    actors = [{"name": rng.choice(GROUPS), "mention": "x", "kind": "armed_group", "role": "perpetrator"}]
    if rng.random() < 0.5:
        actors.append({"name": f"{cc} police", "mention": "police", "kind": "police", "role": "agent"})
    etype = rng.choice(TYPES)
    values: dict[str, Any] = {
        "record_type": "event",
        "event_type": etype,
        "date": {"start": start, "end": end, "precision": precision, "text": None},
        "locations": [
            {
                "name": city,
                "country_code": cc,
                "admin1": f"{cc}-Region {i % 3}",
                "city": city,
                "role": "event",
            }
        ],
        "actors": actors,
        "confidence": round(rng.uniform(0.2, 1.0), 2),
        "summary": f"{etype.title()} in {city}, {cc} on {start or 'unknown date'}",
    }
    status = rng.choice(["machine", "machine", "accepted", "edited", "rejected"])
    rid = f"r{i:04d}"
    return ResolvedEvent(
        f"e{i:04d}",
        values,
        (rid,),
        (f"a{i:04d}",),
        (Link(rid, 1.0, ("single report",)),),
        review_status=status,
    )


EVENTS = [_event(i, random.Random(i)) for i in range(240)]


def _filled(url: str) -> Store:
    store = Store.open(url)
    store.replace_events(EVENTS)
    return store


def _matches(ev: ResolvedEvent, q: EventQuery) -> bool:
    v = ev.values
    d = v["date"]
    loc = v["locations"][0]
    end = d["end"] or d["start"]
    if q.date_from and not (end is not None and end >= q.date_from):
        return False
    if q.date_to and not (d["start"] is not None and d["start"] <= q.date_to):
        return False
    if q.country and loc["country_code"] != q.country.upper():
        return False
    if q.admin1 and loc["admin1"].lower() != q.admin1.lower():
        return False
    if q.event_type and v["event_type"] not in [t.strip() for t in q.event_type.split(",")]:
        return False
    if q.review_status and ev.review_status not in q.review_status.split(","):
        return False
    if q.min_confidence is not None and v["confidence"] < q.min_confidence:
        return False
    if q.max_confidence is not None and v["confidence"] > q.max_confidence:
        return False
    if q.actor and not any(q.actor.lower() in a["name"].lower() for a in v["actors"]):
        return False
    return not (q.text and q.text.lower() not in v["summary"].lower())


QUERIES = [
    EventQuery(),
    EventQuery(date_from="2021-03-01"),
    EventQuery(date_from="2022-01-01", date_to="2022-12-31"),
    EventQuery(country="ng", date_from="2020-06-01", date_to="2023-06-30"),
    EventQuery(admin1="ma-region 1", country="MA"),
    EventQuery(event_type="arrest,raid", min_confidence=0.5),
    EventQuery(review_status="machine", max_confidence=0.6),
    EventQuery(review_status="accepted,edited"),
    EventQuery(actor="boko"),
    EventQuery(actor="POLICE", country="IQ"),
    EventQuery(actor="50%_F"),
    EventQuery(text="mosul"),
    EventQuery(text="tangier, ma on 2021"),
    EventQuery(text="ai"),
    EventQuery(text="unknown date", event_type="attack"),
]


@pytest.mark.parametrize("q", QUERIES, ids=[str(i) for i in range(len(QUERIES))])
def test_filters_give_the_rows_python_gives(store_url: str, q: EventQuery) -> None:
    store = _filled(store_url)
    want = sorted(e.id for e in EVENTS if _matches(e, q))
    assert sorted(event_ids(store, q)) == want
    assert count_events(store, q) == len(want)
    # The same rows by a plain scan (no search index, no span bound) as by the indexes.
    where, params = q.where(SearchIndex())
    assert sorted(r["id"] for r in store.db.query(f"SELECT id FROM events{where}", params)) == want
    store.close()


def test_search_indexes_are_built_once_and_follow_later_writes(store_url: str) -> None:
    store = _filled(store_url)
    assert count_events(store, EventQuery(text="mosul")) > 0
    have = search_index(store.db)
    assert have.actor_names and (have.fts if store.db.dialect == "sqlite" else True)
    assert ensure_search_index(store.db) == have
    extra = _event(999, random.Random(5))
    extra = ResolvedEvent(
        "e0999",
        {
            **extra.values,
            "summary": "Raid in Zanzibarville",
            "actors": [
                {"name": "Quetzal Front", "mention": "q", "kind": "armed_group", "role": "perpetrator"}
            ],
        },
        ("r0999",),
        ("a0999",),
        (Link("r0999", 1.0, ()),),
    )
    store.replace_events([*EVENTS, extra])
    assert event_ids(store, EventQuery(text="zanzibar")) == ["e0999"]
    assert event_ids(store, EventQuery(actor="quetzal")) == ["e0999"]
    store.replace_events(EVENTS)  # the event goes away, and with it its summary in the index
    assert event_ids(store, EventQuery(text="zanzibar")) == []
    assert event_ids(store, EventQuery(actor="quetzal")) == []
    store.close()


def test_sort_and_paging_follow_the_filters(store_url: str) -> None:
    store = _filled(store_url)
    q = EventQuery(review_status="machine", sort="confidence", limit=10)
    got = list(iter_events(store, q))
    want = sorted(
        (e for e in EVENTS if e.review_status == "machine"), key=lambda e: (e.values["confidence"], e.id)
    )[:10]
    assert [e.id for e in got] == [e.id for e in want]
    page2 = event_ids(store, EventQuery(country="NG", sort="-date", limit=5, offset=5))
    ng = [e for e in EVENTS if e.values["locations"][0]["country_code"] == "NG"]
    dated = sorted((e for e in ng if e.values["date"]["start"]), key=lambda e: e.id)
    dated = sorted(dated, key=lambda e: e.values["date"]["start"], reverse=True)
    assert (
        page2
        == [
            e.id
            for e in (dated + sorted((e for e in ng if not e.values["date"]["start"]), key=lambda e: e.id))
        ][5:10]
    )
    store.close()


def _period(day: str | None, by: str) -> str | None:
    if day is None:
        return None
    if by == "week":
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    return day[: {"day": 10, "month": 7, "year": 4}[by]]


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_aggregates_by_period(store_url: str, by: str) -> None:
    store = _filled(store_url)
    q = EventQuery(country="MA")
    want = Counter(_period(e.values["date"]["start"], by) for e in EVENTS if _matches(e, q))
    rows = aggregate(store, q, (by,))
    assert {r[by]: r["n"] for r in rows} == dict(want)
    keys = [r[by] for r in rows]
    assert keys == sorted(keys, key=lambda k: (k is not None, k or ""))  # undated first
    store.close()


def test_aggregates_by_country_type_and_actor(store_url: str) -> None:
    store = _filled(store_url)
    q = EventQuery(date_from="2020-01-01", date_to="2022-12-31")
    chosen = [e for e in EVENTS if _matches(e, q)]
    rows = aggregate(store, q, ("country", "event_type"))
    want = Counter((e.values["locations"][0]["country_code"], e.values["event_type"]) for e in chosen)
    assert {(r["country"], r["event_type"]): r["n"] for r in rows} == dict(want)
    rows = aggregate(store, q, ("actor",))
    want = Counter(name for e in chosen for name in {a["name"] for a in e.values["actors"]})
    assert {r["actor"]: r["n"] for r in rows} == dict(want)
    rows = aggregate(store, EventQuery(actor="boko"), ("actor", "actor_role"))
    assert {(r["actor"], r["actor_role"]) for r in rows} >= {("Boko Haram", "perpetrator")}
    with pytest.raises(ValueError, match="cannot group by"):
        aggregate(store, q, ("name; DROP TABLE events",))
    with pytest.raises(ValueError, match="at least one"):
        aggregate(store, q, ())
    store.close()


def test_a_long_event_is_found_from_a_date_inside_it(store_url: str) -> None:
    """The span bound (SQLite) must not lose an event that started long before ``date_from``."""
    store = _filled(store_url)
    long = [e for e in EVENTS if e.values["date"]["precision"] == "year"]
    assert long
    for e in long:
        inside = (date.fromisoformat(e.values["date"]["end"]) - timedelta(days=3)).isoformat()
        assert e.id in event_ids(store, EventQuery(date_from=inside, date_to=inside))
    store.close()


def test_frequent_actor_and_text_pages_give_the_same_rows(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page for an actor (or text) in many events tests the events in order: same rows either way."""
    from veille.store import query

    store = _filled(store_url)
    qs = [
        EventQuery(actor="boko", limit=7, sort="-date"),
        EventQuery(actor="police", limit=5, sort="confidence"),
        EventQuery(text="in ", limit=9, sort="-date"),
        EventQuery(text="mosul, iq", country="IQ", limit=3, sort="date"),
    ]
    before = [event_ids(store, q) for q in qs]
    monkeypatch.setattr(query, "_frequent_above", lambda db: 1)
    assert [event_ids(store, q) for q in qs] == before
    boko = sorted((e for e in EVENTS if _matches(e, EventQuery(actor="boko"))), key=lambda e: e.id)
    dated = sorted(
        (e for e in boko if e.values["date"]["start"]), key=lambda e: e.values["date"]["start"], reverse=True
    )
    assert before[0] == [e.id for e in dated][:7]
    store.close()
