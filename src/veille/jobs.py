"""The main jobs as importable functions: ingest, resolve, export, summarise.

The CLI (and later the API and Spark job) are thin skins over these.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.errors import InputError
from veille.export.formats import WRITERS
from veille.io.read import read_sources
from veille.pipeline import Pipeline, Stats, run_extract
from veille.records import Article
from veille.resolve.blocking import Report
from veille.resolve.overrides import Override, apply_overrides
from veille.resolve.registry import Resolver, resolver_from_name
from veille.store.query import EventQuery, aggregate, count_events, iter_events
from veille.store.store import EventChanges, Store


@dataclass
class IngestReport:
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    new_input_errors: int = 0
    input_errors: list[InputError] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    events: EventChanges = field(default_factory=EventChanges)

    @property
    def changed_anything(self) -> bool:
        return bool(self.new or self.changed or self.new_input_errors or self.events.any)


def ingest(
    sources: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    *,
    reprocess: bool = False,
    resolver: Resolver | str | None = None,
) -> IngestReport:
    """Read sources, extract what is new or changed, store it, then re-resolve events."""
    report = IngestReport()

    def todo() -> Iterator[Article | InputError]:
        for item in read_sources(sources):
            if isinstance(item, InputError):
                report.input_errors.append(item)
                if store.save_input_error(item):
                    report.new_input_errors += 1
                continue
            report.seen += 1
            state = store.article_state(item)
            if state == "same" and not reprocess:
                report.unchanged += 1
                continue
            if state == "new":
                report.new += 1
            else:
                report.changed += 1
            yield item

    for result in run_extract(pipeline, todo(), report.stats):
        store.save_article(result.article, result.records, result.drop)
    if resolver is None or isinstance(resolver, str):
        resolver = resolver_from_name(resolver or "blocking.v2")
    report.events = resolve_all(store, resolver)
    return report


def resolve_all(store: Store, resolver: Resolver) -> EventChanges:
    """Resolve every stored record into events (deterministic: same records, same events).

    The records are read and the events written under one lock, so with two ingests on one
    database the one that resolves last has seen every record, and its events are the ones kept.
    Analysts' merges and splits (``overrides``) are applied to the resolver's events, in order.
    """
    with store.exclusive("resolve"):
        reports = [
            Report(rec, published, source) for rec, published, source in store.iter_records_with_articles()
        ]
        events = apply_overrides(
            resolver.resolve(reports),
            [Override.from_row(row) for row in store.overrides()],
            {r.record.id: r.record for r in reports},
        )
        return store.replace_events(events)


def export(store: Store, fmt: str, query: EventQuery, *, redact_persons: bool = False) -> tuple[str, int]:
    """Render the events selected by ``query`` in ``fmt``; returns the text and the event count."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}")
    buf = io.StringIO()
    n = WRITERS[fmt](iter_events(store, query), buf, redact_persons=redact_persons)
    return buf.getvalue(), n


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it already holds exactly that; True when written."""
    if path.exists() and hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(text.encode()).digest():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True


def summary(store: Store) -> dict[str, Any]:
    """Events by type and country, statistic records, articles dropped by reason."""
    q = EventQuery(record_type="event")
    by_type = {r["event_type"]: int(r["n"]) for r in aggregate(store, q, ("event_type",))}
    by_country = {(r["country"] or "unknown"): int(r["n"]) for r in aggregate(store, q, ("country",))}
    stats = [ev.to_dict() for ev in iter_events(store, EventQuery(record_type="statistic", sort="date"))]
    return {
        "articles": store.count("articles"),
        "records": store.count("records"),
        "events": count_events(store, q),
        "events_by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "events_by_country": dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        "statistics": [
            {
                "metric": (s.get("statistic") or {}).get("metric"),
                "value": (s.get("statistic") or {}).get("value"),
                "period": (s.get("statistic") or {}).get("period"),
                "reported_by": (s.get("statistic") or {}).get("reported_by"),
                "country": next((x.get("country_code") for x in s.get("locations") or []), None),
            }
            for s in stats
        ],
        "dropped": store.drop_counts(),
    }

