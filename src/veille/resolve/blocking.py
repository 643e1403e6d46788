"""Cross-article event resolution, ``blocking.v1``: records of one happening become one event.

Records are blocked by (record type, event type, country); inside a block, pairs are scored on
date intervals, places, actors and counts; every accepted pair keeps its reasons. Clusters are
built by union-find over pairs in a fixed order, so the result does not depend on input order.
Two records of one article are never joined: an article that reports two arrests reports two.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from veille.ids import stable_hash
from veille.records import Link, Record, ResolvedEvent

THRESHOLD = 0.5


@dataclass(frozen=True)
class Report:
    """A record with what the resolver needs to know about its article."""

    record: Record
    published: str | None = None
    source: str | None = None


def _norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def _day(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _country(r: Record) -> str | None:
    for loc in r.locations:
        if loc.role == "event" and loc.country_code:
            return loc.country_code
    return None


def _event_place(r: Record) -> tuple[str, str]:
    for loc in r.locations:
        if loc.role == "event":
            return _norm(loc.city), _norm(loc.admin1)
    return "", ""


def _actor_names(r: Record) -> set[str]:
    return {
        _norm(a.name)
        for a in r.actors
        if a.role in {"perpetrator", "affiliation"} and a.kind == "armed_group"
    }


def score_pair(a: Report, b: Report) -> tuple[float, list[str]] | None:
    """How likely two records report the same happening, with reasons; None when they cannot."""
    ra, rb = a.record, b.record
    if ra.article_id == rb.article_id:
        return None
    if ra.record_type != rb.record_type or ra.event_type != rb.event_type:
        return None
    reasons = [f"same type {ra.event_type}"]
    if ra.record_type == "statistic":
        st_a, st_b = ra.statistic, rb.statistic
        if st_a is None or st_b is None or st_a.metric != st_b.metric or st_a.value != st_b.value:
            return None
        if (st_a.period_start, st_a.period_end) != (st_b.period_start, st_b.period_end):
            return None
        if _country(ra) != _country(rb):
            return None
        return 1.0, reasons + [f"same figure {st_a.metric}={st_a.value}", "same period"]
    score = 0.1
    ca, cb = _country(ra), _country(rb)
    if ca and cb and ca != cb:
        return None
    if ca and cb:
        score += 0.1
        reasons.append(f"same country {ca}")
    sa, ea, sb, eb = _day(ra.date.start), _day(ra.date.end), _day(rb.date.start), _day(rb.date.end)
    if sa and sb:
        ea, eb = ea or sa, eb or sb
        if sa > eb or sb > ea:
            gap = (max(sa, sb) - min(ea, eb)).days
            if gap > 1 or ra.date.precision != "day" or rb.date.precision != "day":
                return None
            score += 0.1
            reasons.append("dates one day apart")
        elif ra.date.precision == "day" and rb.date.precision == "day":
            score += 0.35
            reasons.append(f"same day {sa.isoformat()}")
        else:
            score += 0.2
            reasons.append("date intervals overlap")
    city_a, adm_a = _event_place(ra)
    city_b, adm_b = _event_place(rb)
    if city_a and city_b:
        if city_a != city_b:
            return None
        score += 0.3
        reasons.append(f"same place {city_a}")
    elif adm_a and adm_b:
        if adm_a != adm_b:
            return None
        score += 0.15
        reasons.append(f"same region {adm_a}")
    actors_a, actors_b = _actor_names(ra), _actor_names(rb)
    if actors_a and actors_b:
        shared = actors_a & actors_b
        if shared:
            score += 0.15
            reasons.append("shared actor " + ", ".join(sorted(shared)))
        else:
            score -= 0.3
            reasons.append("different named actors")
    for slot in ("killed", "arrested", "persons", "cells"):
        va, vb = getattr(ra.counts, slot), getattr(rb.counts, slot)
        if va is not None and va == vb and va > 0:
            score += 0.1
            reasons.append(f"same {slot} count {va}")
            break
    return min(score, 1.0), reasons


class _UnionFind:
    def __init__(self, items: Sequence[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


class BlockingResolver:
    """``blocking.v1``: deterministic pairwise resolution inside blocks."""

    name = "blocking.v1"

    def __init__(self, threshold: float = THRESHOLD, window_days: int = 45) -> None:
        self.threshold = threshold
        self.window_days = window_days

    def resolve(self, reports: Sequence[Report]) -> list[ResolvedEvent]:
        by_id = {r.record.id: r for r in reports}
        ids = sorted(by_id)
        blocks: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for rid in ids:
            rec = by_id[rid].record
            blocks[(rec.record_type, rec.event_type, _country(rec) or "")].append(rid)
        pairs: list[tuple[float, str, str, list[str]]] = []
        for members in blocks.values():
            members.sort(key=lambda i: (by_id[i].record.date.start or "9999", i))
            for x, i in enumerate(members):
                di = _day(by_id[i].record.date.start)
                for j in members[x + 1 :]:
                    dj = _day(by_id[j].record.date.start)
                    if di and dj and (dj - di).days > self.window_days:
                        break
                    scored = score_pair(by_id[i], by_id[j])
                    if scored and scored[0] >= self.threshold:
                        pairs.append((scored[0], i, j, scored[1]))
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        uf = _UnionFind(ids)
        articles_of: dict[str, set[str]] = {i: {by_id[i].record.article_id} for i in ids}
        best: dict[str, tuple[float, list[str]]] = {}
        for score, i, j, reasons in pairs:
            ri, rj = uf.find(i), uf.find(j)
            if ri == rj or articles_of[ri] & articles_of[rj]:
                continue
            uf.union(ri, rj)
            root = uf.find(ri)
            articles_of[root] = articles_of[ri] | articles_of[rj]
            for k, other in ((i, j), (j, i)):
                if k not in best or best[k][0] < score:
                    best[k] = (score, reasons + [f"joined with {other}"])
        clusters: dict[str, list[str]] = defaultdict(list)
        for rid in ids:
            clusters[uf.find(rid)].append(rid)
        events = [self._build(sorted(m), by_id, best) for m in clusters.values()]
        events.sort(key=lambda e: e.id)
        return events

    def _build(
        self, members: list[str], by_id: dict[str, Report], best: dict[str, tuple[float, list[str]]]
    ) -> ResolvedEvent:
        reports = [by_id[m] for m in members]
        # The latest report wins on figures that change over time (death tolls); the most
        # confident one on everything else.
        latest = max(reports, key=lambda r: (r.published or "", r.record.confidence, r.record.id))
        lead = max(
            reports, key=lambda r: (r.record.confidence, r.record.date.precision == "day", r.record.id)
        )
        values: dict[str, Any] = lead.record.to_dict()
        for key in ("id", "article_id", "provenance"):
            values.pop(key, None)
        values["evidence"] = [
            {**e.to_dict(), "article_id": r.record.article_id} for r in reports for e in r.record.evidence
        ]
        values["counts"] = latest.record.counts.to_dict()
        for slot, v in values["counts"].items():
            if v is None:
                known = [
                    getattr(r.record.counts, slot)
                    for r in reports
                    if getattr(r.record.counts, slot) is not None
                ]
                values["counts"][slot] = max(known) if known else None
        precise = [r for r in reports if r.record.date.start]
        if precise:
            narrow = min(precise, key=lambda r: (_span_days(r.record), r.record.id))
            values["date"] = narrow.record.date.to_dict()
        actors: dict[tuple[str, str], dict[str, Any]] = {}
        for r in reports:
            for a in r.record.actors:
                actors.setdefault((a.name, a.role), a.to_dict())
        values["actors"] = list(actors.values())
        values["confidence"] = round(min(1.0, lead.record.confidence + 0.05 * (len(reports) - 1)), 4)
        claims = _claims(reports)
        links = []
        for r in reports:
            score, reasons = best.get(r.record.id, (1.0, ["single report"]))
            links.append(Link(r.record.id, score, tuple(reasons)))
        event_id = "e" + stable_hash(members[0])
        return ResolvedEvent(
            id=event_id,
            values=values,
            record_ids=tuple(members),
            article_ids=tuple(sorted({r.record.article_id for r in reports})),
            links=tuple(links),
            claims=claims,
        )


def _span_days(r: Record) -> int:
    s, e = _day(r.date.start), _day(r.date.end)
    if s is None:
        return 10**6
    return ((e or s) - s).days


def _claims(reports: Sequence[Report]) -> dict[str, Any]:
    """Per field, the differing values reported, each with the records that reported it."""
    fields: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in reports:
        rec = r.record
        for slot, v in rec.counts.to_dict().items():
            if v is not None:
                fields[f"counts.{slot}"][str(v)].append(rec.id)
        if rec.date.start:
            fields["date"][f"{rec.date.start}..{rec.date.end}"].append(rec.id)
        for loc in rec.locations:
            if loc.role == "event" and (loc.city or loc.admin1):
                fields["location"][loc.city or loc.admin1 or ""].append(rec.id)
                break
    out: dict[str, Any] = {}
    for name, values in sorted(fields.items()):
        if len(values) > 1:
            out[name] = [{"value": v, "record_ids": sorted(ids)} for v, ids in sorted(values.items())]
    return out


def summarise_types(events: Sequence[ResolvedEvent]) -> Counter[str]:
    return Counter(str(e.values.get("event_type")) for e in events)
