"""B-cubed scoring of event resolution against a gold set of happenings.

The gold (``veille/data/resolution``, fictional demo material) says which happenings (clusters)
each article reports, with each cluster's record type, acceptable event types, country, places
and date. A record maps to the cluster of its article that accepts its record type and event
type; when several do (an article about two attacks), the one whose places and date fit the
record best, and none on a tie. Records that map nowhere (extraction slips, background the gold
does not list) are counted apart and not scored.

B-cubed (Bagga and Baldwin, 1998): for every mapped record, precision is the share of its
predicted event that belongs to its gold cluster, recall the share of its gold cluster that is
in its predicted event; both averaged over records. Only mapped records take part.

Lifecycle links are scored too: a predicted link between two events counts at the gold clusters
most of their mapped records belong to.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from veille.records import Article, Record, ResolvedEvent
from veille.resolve.blocking import Report
from veille.resolve.features import day, norm

GOLD_RELATIONS = frozenset(
    {"arrest_for", "charge_of", "trial_of", "conviction_of", "acquittal_of", "covered_by_statistic"}
)


@dataclass(frozen=True)
class GoldCluster:
    """One real happening of the gold."""

    id: str
    event_type: str
    types: frozenset[str]
    record_type: str
    country_code: str | None
    places: tuple[str, ...]
    start: int | None
    end: int | None
    note: str = ""


@dataclass(frozen=True)
class Gold:
    clusters: dict[str, GoldCluster]
    articles: dict[str, tuple[str, ...]]
    relations: frozenset[tuple[str, str, str]]  # (source cluster, relation, target cluster)


@dataclass(frozen=True)
class Unmapped:
    record_id: str
    article_id: str
    event_type: str
    reason: str


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float
    n: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "records": self.n,
        }


@dataclass
class ResolutionScore:
    """What :func:`evaluate` found: B-cubed, links, and what could not be scored."""

    bcubed: BCubed
    events: int
    clusters: int
    unmapped: list[Unmapped] = field(default_factory=list)
    relations: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "bcubed": self.bcubed.to_dict(),
            "events": self.events,
            "clusters": self.clusters,
            "unmapped": [u.__dict__ for u in self.unmapped],
            "relations": self.relations,
            "errors": self.errors,
        }


def _data_dir() -> Path:
    return Path(str(resources.files("veille") / "data" / "resolution"))


def load_gold(path: Path | None = None) -> Gold:
    """Read ``clusters.json`` (default: the bundled resolution gold)."""
    raw = json.loads((path or _data_dir() / "clusters.json").read_text(encoding="utf-8"))
    clusters = {}
    for cid, c in raw["clusters"].items():
        date = c.get("date") or {}
        clusters[cid] = GoldCluster(
            id=cid,
            event_type=c["event_type"],
            types=frozenset(c.get("types") or [c["event_type"]]),
            record_type=c.get("record_type", "event"),
            country_code=c.get("country_code"),
            places=tuple(norm(p) for p in c.get("places") or ()),
            start=day(date.get("start")),
            end=day(date.get("end")),
            note=c.get("note", ""),
        )
    articles = {aid: tuple(cs) for aid, cs in raw["articles"].items()}
    relations = frozenset((s, r, t) for s, r, t in raw.get("relations") or ())
    return Gold(clusters, articles, relations)


def load_articles(path: Path | None = None) -> list[Article]:
    """The gold's articles (default: the bundled ones)."""
    p = path or _data_dir() / "articles.jsonl"
    with p.open(encoding="utf-8") as f:
        return [Article.from_dict(json.loads(line)) for line in f if line.strip()]


def map_record(gold: Gold, record: Record) -> tuple[str | None, str]:
    """The gold cluster a record reports, or None with the reason."""
    listed = gold.articles.get(record.article_id)
    if listed is None:
        return None, "article not in the gold"
    cands = [
        gold.clusters[c]
        for c in listed
        if gold.clusters[c].record_type == record.record_type and record.event_type in gold.clusters[c].types
    ]
    if not cands:
        return None, f"no {record.record_type} happening of type {record.event_type} in this article"
    if len(cands) == 1:
        return cands[0].id, "only candidate"
    fits = sorted(((_fit(c, record), c.id) for c in cands), reverse=True)
    if fits[0][0] == fits[1][0]:
        return None, "ambiguous between " + ", ".join(sorted(c.id for c in cands))
    return fits[0][1], "best fit of " + ", ".join(sorted(c.id for c in cands))


def _fit(c: GoldCluster, r: Record) -> int:
    score = 0
    names = {norm(x) for loc in r.locations if loc.role == "event" for x in (loc.city, loc.name) if x}
    if names & set(c.places):
        score += 2
    s, e = day(r.date.start), day(r.date.end)
    if s is not None and c.start is not None and c.end is not None:
        e = e if e is not None else s
        if s <= c.end and c.start <= e:
            score += 1
            if s == e == c.start:
                score += 1
    return score


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """B-cubed precision, recall and F1 of ``predicted`` (item -> event) against ``gold``."""
    items = sorted(set(predicted) & set(gold))
    if not items:
        return BCubed(0.0, 0.0, 0.0, 0)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    gold_sets: dict[str, set[str]] = defaultdict(set)
    for i in items:
        pred_sets[predicted[i]].add(i)
        gold_sets[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        both = len(pred_sets[predicted[i]] & gold_sets[gold[i]])
        p += both / len(pred_sets[predicted[i]])
        r += both / len(gold_sets[gold[i]])
    p, r = p / len(items), r / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return BCubed(p, r, f1, len(items))


def reports_for(records: Iterable[Record], articles: Sequence[Article]) -> list[Report]:
    """Reports with their articles' publication dates and outlets."""
    meta = {a.id: a for a in articles}
    return [
        Report(
            r,
            meta[r.article_id].published if r.article_id in meta else None,
            meta[r.article_id].source if r.article_id in meta else None,
        )
        for r in records
    ]


def evaluate(events: Sequence[ResolvedEvent], records: Sequence[Record], gold: Gold) -> ResolutionScore:
    """Score resolved ``events`` made from ``records`` against ``gold``."""
    gold_of: dict[str, str] = {}
    unmapped = []
    for rec in sorted(records, key=lambda r: r.id):
        cid, why = map_record(gold, rec)
        if cid is None:
            unmapped.append(Unmapped(rec.id, rec.article_id, rec.event_type, why))
        else:
            gold_of[rec.id] = cid
    event_of = {rid: ev.id for ev in events for rid in ev.record_ids}
    score = bcubed(event_of, gold_of)
    errors = _errors(events, gold_of)
    return ResolutionScore(
        bcubed=score,
        events=len({event_of[r] for r in gold_of if r in event_of}),
        clusters=len(set(gold_of.values())),
        unmapped=unmapped,
        relations=_relations(events, gold_of, gold),
        errors=errors,
    )


def _majority(ev: ResolvedEvent, gold_of: Mapping[str, str]) -> str | None:
    votes = Counter(gold_of[r] for r in ev.record_ids if r in gold_of)
    if not votes:
        return None
    top = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return top[0][0]


def _relations(events: Sequence[ResolvedEvent], gold_of: Mapping[str, str], gold: Gold) -> dict[str, Any]:
    cluster_of = {ev.id: _majority(ev, gold_of) for ev in events}
    present = set(gold_of.values())
    predicted = set()
    for ev in events:
        for link in ev.related:
            if link["relation"] not in GOLD_RELATIONS:
                continue
            s, t = cluster_of.get(ev.id), cluster_of.get(link["event_id"])
            if s and t and s != t:
                predicted.add((s, link["relation"], t))
    wanted = {x for x in gold.relations if x[0] in present and x[2] in present}
    hit = predicted & wanted
    return {
        "precision": round(len(hit) / len(predicted), 4) if predicted else 1.0,
        "recall": round(len(hit) / len(wanted), 4) if wanted else 1.0,
        "found": sorted("{} {} {}".format(*x) for x in hit),
        "wrong": sorted("{} {} {}".format(*x) for x in predicted - wanted),
        "missed": sorted("{} {} {}".format(*x) for x in wanted - predicted),
    }


def _errors(events: Sequence[ResolvedEvent], gold_of: Mapping[str, str]) -> list[str]:
    """Readable resolution errors: events mixing clusters, clusters split over events."""
    out = []
    split: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        clusters = sorted({gold_of[r] for r in ev.record_ids if r in gold_of})
        if len(clusters) > 1:
            out.append(f"event {ev.id} mixes {', '.join(clusters)}")
        for c in clusters:
            split[c].add(ev.id)
    for c, evs in sorted(split.items()):
        if len(evs) > 1:
            out.append(f"cluster {c} split over {len(evs)} events")
    return out


def gold_from_event_gold(lines: Iterable[dict[str, Any]]) -> Gold:
    """A resolution gold from the event gold format (``veille/data/demo/gold.jsonl``).

    Events sharing a ``cluster`` are one happening; every other event is a happening of its own.
    """
    clusters: dict[str, GoldCluster] = {}
    articles: dict[str, tuple[str, ...]] = {}
    for g in lines:
        aid = g["article_id"]
        listed = []
        for k, e in enumerate(g.get("events") or ()):
            cid = e.get("cluster") or f"{aid}#{k}"
            listed.append(cid)
            if cid in clusters:
                continue
            places = [p for key in ("city", "admin1") for p in _as_list(e.get(key))]
            clusters[cid] = GoldCluster(
                id=cid,
                event_type=e["event_type_ok"][0],
                types=frozenset(e["event_type_ok"]),
                record_type=e.get("record_type") or "event",
                country_code=next(iter(_as_list(e.get("country_code"))), None),
                places=tuple(norm(p) for p in places),
                start=day(e.get("date_start")),
                end=day(e.get("date_end")),
            )
        articles[aid] = tuple(dict.fromkeys(listed))
    return Gold(clusters, articles, frozenset())


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, list) else [str(v)]
