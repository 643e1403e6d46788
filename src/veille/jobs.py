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
from veille.incremental import mark_resolved_by, resolve_store, supports_incremental
from veille.io.fetch import Fetcher
from veille.pipeline import Pipeline, Stats, run_extract
from veille.records import Article
from veille.resolve.blocking import Report
from veille.resolve.edits import Edit, apply_edits
from veille.resolve.overrides import Override, apply_overrides
from veille.resolve.registry import Resolver, resolver_from_name
from veille.settings import default
from veille.sources import DbFetchState, SourceReader
from veille.store import reviews
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
    reader: SourceReader | None = None,
) -> IngestReport:
    """Read sources, extract what is new or changed, store it, then re-resolve events.

    ``reader`` (fetch settings, CSV mapping) defaults to one whose fetch state is in ``store``.
    """
    report = IngestReport()
    if reader is None:
        reader = SourceReader(Fetcher(state=DbFetchState(store.db)))

    def todo() -> Iterator[Article | InputError]:
        for item in reader.read(sources):
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
    reader.commit()  # validators for conditional GETs, only now that their articles are stored
    if resolver is None or isinstance(resolver, str):
        resolver = resolver_from_name(resolver or default("resolver"))
    report.events = resolve_all(store, resolver)
    return report


def resolve_all(store: Store, resolver: Resolver, *, full: bool = False) -> EventChanges:
    """Resolve every stored record into events (deterministic: same records, same events).

    The records are read and the events written under one lock, so with two ingests on one
    database the one that resolves last has seen every record, and its events are the ones kept.
    Analysts' merges and splits (``overrides``) are applied to the resolver's events, in order.
    A resolver whose decisions are local (``blocking.v3``) re-resolves only what changed since
    the last resolution (:mod:`veille.incremental`), unless ``full``; the result is the same.
    """
    if supports_incremental(resolver):
        return resolve_store(store, resolver, full=full)
    with store.exclusive("resolve"):
        reports = [
            Report(rec, published, source) for rec, published, source in store.iter_records_with_articles()
        ]
        events = apply_overrides(
            resolver.resolve(reports),
            [Override.from_row(row) for row in store.overrides()],
            {r.record.id: r.record for r in reports},
        )
        # Analysts' field corrections and review decisions (the web app) outlive re-resolution.
        events = apply_edits(events, [Edit.from_row(row) for row in reviews.edits(store)])
        changes = store.replace_events(events)
        mark_resolved_by(store, resolver.name)  # a later incremental run starts with a full one
        return changes


def export(store: Store, fmt: str, query: EventQuery, *, redact_persons: bool = False) -> tuple[str, int]:
    """Render the events selected by ``query`` in ``fmt``; returns the text and the event count."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}")
    buf = io.StringIO()
    n = write_export(store, fmt, query, buf, redact_persons=redact_persons)
    return buf.getvalue(), n


def write_export(
    store: Store,
    fmt: str,
    query: EventQuery,
    out: Any,
    *,
    records: bool = False,
    redact_persons: bool = False,
) -> int:
    """Write the events ``query`` selects (or, with ``records``, their per-article records) in
    ``fmt`` to ``out``: a text stream, or for parquet a path or binary stream. Returns the count."""
    from veille.export.formats import EXPORT_FORMATS, RECORD_FORMATS, write_records_jsonl
    from veille.export.parquet import write_parquet, write_records_parquet
    from veille.store.query import article_sources, iter_records

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if records:
        if fmt not in RECORD_FORMATS:
            raise ValueError(f"records are exported as {' or '.join(RECORD_FORMATS)}, not {fmt}")
        writer = write_records_parquet if fmt == "parquet" else write_records_jsonl
        return writer(iter_records(store, query), out, redact_persons=redact_persons)
    events = iter_events(store, query)
    if fmt == "parquet":
        return write_parquet(events, out, redact_persons=redact_persons)
    if fmt == "acled-csv":
        return WRITERS[fmt](events, out, redact_persons=redact_persons, sources=article_sources(store))
    return WRITERS[fmt](events, out, redact_persons=redact_persons)


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
