"""What the API and the pages show of an event, an article or the statistics: one builder each.

The JSON API returns these dicts as they are; the templates render the same dicts (STYLE.md §13).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from veille.records import Article, Record, ResolvedEvent, Span
from veille.resolve.edits import FIELDS, get_field
from veille.store import reviews
from veille.store.query import EventQuery, count_events, iter_events
from veille.store.store import Store

CONTEXT = 160  # characters either side of a span with no evidence sentence around it


def _records(store: Store, ev: ResolvedEvent) -> list[Record]:
    """The event's records, best-linked first."""
    score = {link.record_id: link.score for link in ev.links}
    if not ev.record_ids:
        return []
    marks = ",".join("?" * len(ev.record_ids))
    rows = store.db.query(f"SELECT data FROM records WHERE id IN ({marks})", list(ev.record_ids))
    recs = [Record.from_dict(json.loads(r["data"])) for r in rows]
    return sorted(recs, key=lambda r: (-score.get(r.id, 0.0), r.id))


def _span_for(rec: Record, field: str, value: Any) -> Span | None:
    """The span of ``rec`` that gave ``value`` for ``field``, when ``rec`` reports that value."""
    prov = rec.provenance
    if field == "event_type":
        return prov.trigger if rec.event_type == value else None
    if field in ("attack_type", "weapon_type", "target_type", "suicide"):
        return prov.trigger if value is not None and getattr(rec, field) == value else None
    if field == "date":
        d = value or {}
        same = (rec.date.start, rec.date.end) == (d.get("start"), d.get("end"))
        return prov.date if same and (d.get("start") or d.get("end")) else None
    if field == "location":
        if not value:
            return None
        for i, loc in enumerate(rec.locations):
            if loc.name == value.get("name") or (
                loc.geonames_id and loc.geonames_id == value.get("geonames_id")
            ):
                return prov.locations[i] if i < len(prov.locations) else None
        return None
    if field.startswith("counts."):
        slot = field.split(".", 1)[1]
        return (
            prov.counts.get(slot) if value is not None and rec.counts.to_dict().get(slot) == value else None
        )
    return None


def _sentence(rec: Record, span: Span, text: str) -> dict[str, Any]:
    for e in rec.evidence:
        if e.start <= span.start and span.end <= e.end:
            return {"start": e.start, "end": e.end, "text": text[e.start : e.end] or e.text}
    start, end = max(0, span.start - CONTEXT), min(len(text), span.end + CONTEXT)
    return {"start": start, "end": end, "text": text[start:end]}


def _needle(field: str, value: Any) -> str | None:
    """The words of a value to look for inside its source sentence (date text, place name)."""
    if isinstance(value, dict) and field == "date":
        return value.get("text")
    if isinstance(value, dict) and field in ("location", "actor"):
        return value.get("city") or value.get("name") if field == "location" else value.get("mention")
    return None


def _narrow(text: str, span: Span, needle: str | None) -> Span:
    """The needle's place inside ``span`` when it is there (case-insensitive), else ``span``."""
    if needle and span.end - span.start > len(needle):
        at = text.lower().find(needle.lower(), span.start, span.end)
        if at >= 0:
            return Span(at, at + len(needle))
    return span


def _source(rec: Record, span: Span, article: Article | None, needle: str | None = None) -> dict[str, Any]:
    text = article.text if article else ""
    sentence = _sentence(rec, span, text)
    span = _narrow(text, span, needle)
    return {
        "record_id": rec.id,
        "article_id": rec.article_id,
        "start": span.start,
        "end": span.end,
        "text": text[span.start : span.end],
        "sentence": sentence,
        # The sentence cut in three, so a page can mark the span without trusting any HTML.
        "parts": [
            text[sentence["start"] : span.start],
            text[span.start : span.end],
            text[span.end : sentence["end"]],
        ],
    }


def field_sources(
    ev: ResolvedEvent, recs: Sequence[Record], articles: dict[str, Article]
) -> list[dict[str, Any]]:
    """Every editable field with its value, its review mark and the sentence it came from."""
    marks = ev.values.get("field_reviews") or {}
    out = []
    for field in FIELDS:
        value = get_field(ev.values, field)
        source = None
        for rec in recs:
            span = _span_for(rec, field, value)
            if span is not None and span.end <= len(getattr(articles.get(rec.article_id), "text", "")):
                source = _source(rec, span, articles.get(rec.article_id), _needle(field, value))
                break
        mark = marks.get(field) or {}
        if source is None and "was" in mark and mark["was"] != value:
            # A corrected field: show the sentence the machine read its value from.
            for rec in recs:
                span = _span_for(rec, field, mark["was"])
                if span is not None and span.end <= len(getattr(articles.get(rec.article_id), "text", "")):
                    source = {
                        **_source(rec, span, articles.get(rec.article_id), _needle(field, mark["was"])),
                        "of": "was",
                    }
                    break
        out.append({"field": field, "value": value, "review": marks.get(field), "source": source})
    return out


def actor_sources(
    ev: ResolvedEvent, recs: Sequence[Record], articles: dict[str, Article]
) -> list[dict[str, Any]]:
    out = []
    for actor in ev.values.get("actors") or []:
        source = None
        for rec in recs:
            for i, a in enumerate(rec.actors):
                if (
                    a.name == actor.get("name")
                    and a.role == actor.get("role")
                    and i < len(rec.provenance.actors)
                ):
                    span = rec.provenance.actors[i]
                    if span is not None and rec.article_id in articles:
                        source = _source(rec, span, articles[rec.article_id], _needle("actor", actor))
                        break
            if source:
                break
        out.append({"actor": actor, "source": source})
    return out


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """``text`` cut into plain and marked pieces (overlapping spans: the first one wins)."""
    pieces: list[dict[str, Any]] = []
    pos = 0
    for start, end, label in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        if start > pos:
            pieces.append({"text": text[pos:start], "label": None})
        pieces.append({"text": text[start:end], "label": label})
        pos = end
    if pos < len(text):
        pieces.append({"text": text[pos:], "label": None})
    return pieces


def _brief(ev: ResolvedEvent) -> dict[str, Any]:
    v = ev.values
    return {
        "id": ev.id,
        "event_type": v.get("event_type"),
        "record_type": v.get("record_type"),
        "date": v.get("date"),
        "summary": v.get("summary"),
        "review_status": ev.review_status,
        "confidence": v.get("confidence"),
    }


def lifecycle(store: Store, ev: ResolvedEvent, limit: int = 25) -> list[dict[str, Any]]:
    """The events linked to ``ev`` by lifecycle links, directly or through others, by date."""
    seen = {ev.id: ev}
    how: dict[str, dict[str, Any]] = {ev.id: {"relation": "this event", "why": "", "via": None}}
    todo = [ev]
    while todo and len(seen) < limit:
        cur = todo.pop(0)
        for rel in cur.related:
            eid = rel.get("event_id", "")
            if eid in seen:
                continue
            other = store.get_event(eid)
            if other is None:
                continue
            seen[eid] = other
            how[eid] = {"relation": rel.get("relation", ""), "why": rel.get("why", ""), "via": cur.id}
            todo.append(other)
    chain = [{**_brief(e), **how[e.id]} for e in seen.values()]
    return sorted(
        chain, key=lambda c: ((c["date"] or {}).get("start") or (c["date"] or {}).get("end") or "", c["id"])
    )


def reports(recs: Sequence[Record], articles: dict[str, Article]) -> list[dict[str, Any]]:
    by_article: dict[str, list[str]] = {}
    for rec in recs:
        by_article.setdefault(rec.article_id, []).append(rec.id)
    out = []
    for aid, rids in sorted(by_article.items()):
        art = articles.get(aid)
        out.append(
            {
                "article_id": aid,
                "title": art.title if art else None,
                "published": art.published if art else None,
                "source": art.source if art else None,
                "url": art.url if art else None,
                "record_ids": rids,
            }
        )
    return out


def event_detail(store: Store, ev: ResolvedEvent) -> dict[str, Any]:
    """The event with where every value came from: reports, sentences, claims, chain, history."""
    recs = _records(store, ev)
    articles = {a: art for a in ev.article_ids if (art := store.get_article(a)) is not None}
    for rec in recs:
        if rec.article_id not in articles and (art := store.get_article(rec.article_id)) is not None:
            articles[rec.article_id] = art
    fields = field_sources(ev, recs, articles)
    texts = []
    for aid, art in sorted(articles.items()):
        spans = [
            (f["source"]["start"], f["source"]["end"], f["field"])
            for f in fields
            if f["source"] and f["source"]["article_id"] == aid
        ]
        texts.append({"article_id": aid, "title": art.title, "pieces": highlight(art.text, spans)})
    return {
        "event": ev.to_dict(),
        "fields": fields,
        "actors": actor_sources(ev, recs, articles),
        "reports": reports(recs, articles),
        "records": [r.to_dict() for r in recs],
        "texts": texts,
        "claims": ev.claims,
        "lifecycle": lifecycle(store, ev),
        "history": store.audit_of_event(ev.id),
        "edits": reviews.edits(store, active_only=False, event_id=ev.id),
    }


# Which count slot an official metric adds up (where one obviously does).
METRIC_SLOTS = {
    "arrests": "arrested",
    "killed": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "kidnapped": "kidnapped",
    "kidnappings": "kidnapped",
    "cells_dismantled": "cells",
    "persons_departed": "persons",
    "persons_charged": "persons",
    "deportations": "persons",
    "persons_convicted": "persons",
}


def statistics(store: Store) -> list[dict[str, Any]]:
    """Each official figure beside the events counted for the same country, period and type."""
    out = []
    for st in iter_events(store, EventQuery(record_type="statistic", sort="date")):
        v = st.values
        stat = v.get("statistic") or {}
        period = stat.get("period") or {}
        locs = v.get("locations") or []
        country = next((x.get("country_code") for x in locs if x.get("country_code")), None)
        q = EventQuery(
            record_type="event",
            event_type=v.get("event_type"),
            country=country,
            date_from=period.get("start"),
            date_to=period.get("end"),
        )
        slot = METRIC_SLOTS.get(str(stat.get("metric")))
        total = None
        if slot:
            total = sum(int((e.values.get("counts") or {}).get(slot) or 0) for e in iter_events(store, q))
        out.append(
            {
                "id": st.id,
                "metric": stat.get("metric"),
                "value": stat.get("value"),
                "period": period,
                "country": country,
                "reported_by": stat.get("reported_by"),
                "event_type": v.get("event_type"),
                "events_counted": count_events(store, q),
                "count_slot": slot,
                "count_total": total,
                "article_ids": list(st.article_ids),
            }
        )
    return out


def article_detail(store: Store, art: Article) -> dict[str, Any]:
    """An article with its records, the events they resolve to, and its evidence marked."""
    recs = store.records_of_article(art.id)
    spans = [(e.start, e.end, rec.event_type) for rec in recs for e in rec.evidence]
    events = []
    for rec in recs:
        eid = store.event_of_record(rec.id)
        events.append({"record": rec.to_dict(), "event_id": eid})
    row = store.db.query("SELECT status, drop_reason, drop_detail FROM articles WHERE id = ?", (art.id,))
    return {
        "article": art.to_dict(),
        "status": row[0] if row else {},
        "records": events,
        "pieces": highlight(art.text, spans),
    }
