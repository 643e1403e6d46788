"""Integrity checks for the bundled demo corpus and its gold (src/veille/data/demo/)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest

from veille.records import (
    ATTACK_TYPES,
    COUNT_SLOTS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    TARGET_TYPES,
    WEAPON_TYPES,
)

MARKER = "fictional demo material written by the veille team"
ARTICLE_KEYS = {"id", "title", "text", "published", "url", "source", "language", "demo"}
GOLD_KEYS = {"article_id", "relevant", "events", "scored_fields"}
EVENT_KEYS = {
    "event_type_ok",
    "attack_type",
    "weapon_type",
    "target_type",
    "suicide",
    "country_code",
    "admin1",
    "city",
    "lat",
    "lon",
    "date_start",
    "date_end",
    "date_precision",
    "perpetrators",
    "killed",
    "wounded",
    "arrested",
    "record_type",
    "statistic",
    "kidnapped",
    "cells",
    "persons",
    "agents",
    "cluster",
    "origin_country",
    "destination_country",
    "evidence",
}
OPTIONAL_EVENT_KEYS = {"optional"}
SCORABLE = {
    "event_type",
    "attack_type",
    "weapon_type",
    "target_type",
    "suicide",
    "country_code",
    "admin1",
    "city",
    "date",
    "perpetrators",
    "killed",
    "wounded",
    "arrested",
    # veille's gold extensions, scored by veille.evaluation.events
    "coordinates",
    "kidnapped",
    "cells",
    "persons",
    "statistic",
}
STAT_KEYS = {"metric", "value", "period_start", "period_end", "reported_by"}
ISO2 = re.compile(r"^[A-Z]{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def _demo_file(name: str) -> str:
    return resources.files("veille").joinpath("data", "demo", name).read_text(encoding="utf-8")


def _jsonl(name: str) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(_demo_file(name).splitlines(), 1):
        assert line.strip(), f"{name}:{n}: blank line"
        row = json.loads(line)
        assert isinstance(row, dict), f"{name}:{n}: not an object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return _jsonl("articles.jsonl")


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return _jsonl("gold.jsonl")


@pytest.fixture(scope="module")
def pairs(articles, gold) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    assert len(articles) == len(gold)
    return list(zip(articles, gold, strict=True))


def _required(g: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in g["events"] if not e.get("optional")]


def _all_events(gold):
    return [(g["article_id"], e) for g in gold for e in g["events"]]


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def _date(s: str) -> dt.date:
    assert ISO_DATE.match(s), s
    return dt.date.fromisoformat(s)


# --- files and articles -----------------------------------------------------------------------


def test_files_parse_and_sizes(articles, gold):
    assert len(articles) >= 48
    assert len(gold) == len(articles)


def test_article_ids_unique(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))


def test_gold_same_order_as_articles(pairs):
    for a, g in pairs:
        assert g["article_id"] == a["id"]


def test_article_format(articles):
    for a in articles:
        assert set(a) == ARTICLE_KEYS, a["id"]
        assert a["demo"] == MARKER, a["id"]
        assert a["language"] == "en", a["id"]
        assert isinstance(a["title"], str) and a["title"].strip(), a["id"]
        assert isinstance(a["source"], str) and a["source"].strip(), a["id"]
        assert a["url"].startswith("https://demo.veille.invalid/"), a["id"]
        _date(a["published"])
        words = len(a["text"].split())
        assert 60 <= words <= 250, (a["id"], words)


def test_published_dates_in_range(articles):
    for a in articles:
        year = _date(a["published"]).year
        upper = a["text"] == a["text"].upper()
        assert 2024 <= year <= 2026 or upper, (a["id"], a["published"])


def test_readme_marker():
    readme = _demo_file("README.md")
    head = "\n".join(readme.splitlines()[:5])
    assert MARKER in head


# --- gold structure and codes ------------------------------------------------------------------


def test_gold_format(pairs):
    for a, g in pairs:
        assert set(g) == GOLD_KEYS, a["id"]
        assert isinstance(g["relevant"], bool)
        assert isinstance(g["events"], list)
        assert isinstance(g["scored_fields"], list)
        if not g["relevant"]:
            assert g["events"] == [], a["id"]
            assert g["scored_fields"] == ["relevance"], a["id"]
        else:
            assert _required(g), f"{a['id']}: relevant without a required event"
            assert set(g["scored_fields"]) <= SCORABLE, a["id"]
            assert "event_type" in g["scored_fields"], a["id"]


def test_event_keys(gold):
    for aid, e in _all_events(gold):
        assert EVENT_KEYS <= set(e) <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, (aid, set(e) ^ EVENT_KEYS)
        if "optional" in e:
            assert e["optional"] is True, aid


def test_codes_valid(gold):
    for aid, e in _all_events(gold):
        types = e["event_type_ok"]
        assert isinstance(types, list) and types, aid
        assert len(types) == len(set(types)), aid
        assert set(types) <= set(EVENT_TYPES), (aid, types)
        for key, allowed in (
            ("attack_type", ATTACK_TYPES),
            ("weapon_type", WEAPON_TYPES),
            ("target_type", TARGET_TYPES),
        ):
            if e[key] is not None:
                assert set(_as_list(e[key])) <= set(allowed), (aid, key, e[key])
        if "attack" in types:
            assert e["attack_type"] is not None, aid
            assert e["weapon_type"] is not None, aid
            assert e["target_type"] is not None, aid
            assert isinstance(e["suicide"], bool), aid
        else:
            for key in ("attack_type", "weapon_type", "target_type", "suicide"):
                assert e[key] is None, (aid, key)


def test_places_valid(gold):
    for aid, e in _all_events(gold):
        assert e["country_code"] is not None, aid
        for key in ("country_code", "origin_country", "destination_country"):
            if e[key] is not None:
                for cc in _as_list(e[key]):
                    assert ISO2.match(cc), (aid, key, cc)
        for key in ("admin1", "city"):
            if e[key] is not None:
                assert all(isinstance(x, str) and x for x in _as_list(e[key])), (aid, key)
        assert (e["lat"] is None) == (e["lon"] is None), aid
        if e["lat"] is not None:
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, aid
            assert e["city"] is not None, aid
        moves = {"deportation", "repatriation", "extradition"}
        if e["record_type"] == "event" and moves & set(e["event_type_ok"]):
            assert e["origin_country"] and e["destination_country"], aid


def test_dates_valid(pairs):
    for a, g in pairs:
        published = _date(a["published"])
        for e in g["events"]:
            prec = e["date_precision"]
            assert prec in DATE_PRECISIONS, (a["id"], prec)
            start, end = e["date_start"], e["date_end"]
            if start is None and end is None:
                assert prec == "unknown", a["id"]
                continue
            assert start is not None and end is not None, a["id"]
            s, t = _date(start), _date(end)
            assert s <= t <= published, (a["id"], start, end)
            if prec == "day":
                assert s == t, a["id"]
            elif prec == "month":
                assert s.day == 1, a["id"]
            elif prec == "year":
                assert (s.month, s.day, t.month, t.day) == (1, 1, 12, 31), a["id"]


def test_counts_and_lists(gold):
    for aid, e in _all_events(gold):
        for slot in COUNT_SLOTS:
            v = e[slot]
            assert v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0), (
                aid,
                slot,
                v,
            )
        for key in ("perpetrators", "agents"):
            assert isinstance(e[key], list), (aid, key)
            assert all(isinstance(x, str) and x for x in e[key]), (aid, key)
        assert e["record_type"] in ("event", "statistic"), aid
        assert isinstance(e["cluster"], str) and e["cluster"], aid


def test_statistics_valid(gold):
    for aid, e in _all_events(gold):
        if e["record_type"] == "event":
            assert e["statistic"] is None, aid
            continue
        st = e["statistic"]
        assert isinstance(st, dict) and set(st) == STAT_KEYS, aid
        assert SNAKE.match(st["metric"]), (aid, st["metric"])
        assert isinstance(st["value"], (int, float)) and not isinstance(st["value"], bool), aid
        assert st["period_start"] == e["date_start"] and st["period_end"] == e["date_end"], aid
        assert st["period_start"] is not None and st["period_end"] is not None, aid
        assert isinstance(st["reported_by"], str) and st["reported_by"], aid
        assert len(e["event_type_ok"]) == 1, aid


def test_evidence_in_text(pairs):
    for a, g in pairs:
        for e in g["events"]:
            ev = e["evidence"]
            assert isinstance(ev, str) and len(ev) >= 10, (a["id"], ev)
            assert ev in a["text"], (a["id"], ev)


def _has_value(events: list[dict[str, Any]], field: str) -> bool:
    if field == "date":
        return any(e["date_start"] or e["date_end"] for e in events)
    if field == "perpetrators":
        return any(e["perpetrators"] for e in events)
    if field == "coordinates":
        return any(e["lat"] is not None for e in events)
    return any(e[field] is not None for e in events)


def test_scored_fields_consistent(gold):
    """A field is scored exactly when a required event has a value for it."""
    attack_fields = {"attack_type", "weapon_type", "target_type", "suicide"}
    for g in gold:
        if not g["relevant"]:
            continue
        req = _required(g)
        attacks = [e for e in req if "attack" in e["event_type_ok"]]
        for f in sorted(SCORABLE - {"event_type"}):
            has = _has_value(attacks if f in attack_fields else req, f)
            assert (f in g["scored_fields"]) == has, (g["article_id"], f)


# --- coverage ----------------------------------------------------------------------------------


def test_every_event_type_covered(gold):
    primary = {e["event_type_ok"][0] for g in gold for e in _required(g)}
    assert set(EVENT_TYPES) <= primary, set(EVENT_TYPES) - primary


def test_most_event_types_covered_twice(gold):
    counts: dict[str, int] = defaultdict(int)
    for g in gold:
        for e in _required(g):
            counts[e["event_type_ok"][0]] += 1
    twice = [t for t in EVENT_TYPES if counts[t] >= 2]
    assert len(twice) >= len(EVENT_TYPES) - 3, dict(counts)


def test_statistics_present(gold):
    stats = [e for g in gold for e in _required(g) if e["record_type"] == "statistic"]
    assert len(stats) >= 4


def test_negatives_present(gold):
    assert sum(1 for g in gold if not g["relevant"]) >= 16


def test_clusters_across_articles(gold):
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for g in gold:
        for e in g["events"]:
            by_cluster[e["cluster"]].append(g["article_id"])
    for cluster, aids in by_cluster.items():
        assert len(aids) == len(set(aids)), f"cluster {cluster} repeated inside one article"
    required: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        for e in _required(g):
            required[e["cluster"]].add(g["article_id"])
    multi = [c for c, aids in required.items() if len(aids) >= 2]
    assert len(multi) >= 3, multi


def test_cluster_members_agree(gold):
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        for e in g["events"]:
            members[e["cluster"]].append(e)
    for cluster, evs in members.items():
        if len(evs) < 2:
            continue
        assert len({json.dumps(e["country_code"]) for e in evs}) == 1, cluster
        assert len({e["record_type"] for e in evs}) == 1, cluster
        common = set.intersection(*(set(e["event_type_ok"]) for e in evs))
        assert common, cluster


def test_death_toll_rises_in_a_cluster(pairs):
    by_cluster: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a, g in pairs:
        for e in _required(g):
            if e["killed"] is not None:
                by_cluster[e["cluster"]].append((a["published"], e["killed"]))
    rising = [c for c, xs in by_cluster.items() if len(xs) >= 2 and sorted(xs)[0][1] < max(xs)[1]]
    assert rising


def test_undated_relevant_articles(gold):
    undated = [
        g
        for g in gold
        if g["relevant"] and all(e["date_start"] is None and e["date_end"] is None for e in _required(g))
    ]
    assert len(undated) >= 2
    for g in undated:
        assert "date" not in g["scored_fields"]


def test_upper_case_wire_copy(pairs):
    upper = [a for a, g in pairs if g["relevant"] and a["text"] == a["text"].upper()]
    assert len(upper) >= 2


def test_modelled_ministry_article(gold):
    """One article holds a statistic, a foiled plot, a repatriation and a warning."""
    found = False
    for g in gold:
        req = _required(g)
        kinds = {t for e in req for t in e["event_type_ok"]}
        if any(e["record_type"] == "statistic" for e in req) and kinds >= {
            "plot_foiled",
            "repatriation",
            "warning",
        }:
            found = True
    assert found


def test_attack_codes_scored_only_for_attacks(gold):
    attack_fields = {"attack_type", "weapon_type", "target_type", "suicide"}
    for g in gold:
        req = _required(g)
        if not any("attack" in e["event_type_ok"] for e in req):
            assert not attack_fields & set(g["scored_fields"]), g["article_id"]
