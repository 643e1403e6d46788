"""Load a ``veille spark`` output folder into a database (SQLite or PostgreSQL), without Spark.

What ``veille ingest`` would have stored for the same input: each article with its records or
its drop reason, each unreadable line, then the events (the ones the Spark job resolved, or a
fresh resolution of everything stored, analysts' merges and splits included).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.errors import InputError
from veille.records import Article, Drop, Record, ResolvedEvent
from veille.store.store import EventChanges, Store

BATCH_ROWS = 2_000


@dataclass
class LoadReport:
    articles: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    records: int = 0
    input_errors: int = 0
    new_input_errors: int = 0
    events: EventChanges = field(default_factory=EventChanges)

    @property
    def changed_anything(self) -> bool:
        return bool(self.new or self.changed or self.new_input_errors or self.events.any)


def is_spark_output(path: str) -> bool:
    """True for a local folder written by ``veille spark`` (report.json, records/, articles/)."""
    p = Path(path)
    return p.is_dir() and (p / "report.json").is_file() and (p / "articles").is_dir()


def _rows(path: str, columns: list[str]) -> Iterator[dict[str, Any]]:
    """The rows of a Parquet folder (hive partitions read as columns), in batches."""
    import pyarrow.dataset as ds

    if not _exists(path):
        return
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    if not dataset.files:
        return  # Spark wrote nothing but _SUCCESS: no rows
    for batch in dataset.to_batches(columns=columns, batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def _exists(path: str) -> bool:
    if "://" in path and not path.startswith("file://"):
        return True  # a remote file system: let pyarrow say what is missing
    return Path(path.removeprefix("file://")).exists()


def records_by_article(output: str) -> dict[str, list[Record]]:
    """Every record of the output, by article id, in a stable order."""
    out: dict[str, list[Record]] = defaultdict(list)
    for row in _rows(f"{output}/records", ["article_id", "json"]):
        out[row["article_id"]].append(Record.from_dict(json.loads(row["json"])))
    for recs in out.values():
        recs.sort(key=lambda r: r.id)
    return out


def spark_events(output: str) -> list[ResolvedEvent]:
    """The events the Spark job resolved (OUTPUT/events)."""
    events = [ResolvedEvent.from_dict(json.loads(row["json"])) for row in _rows(f"{output}/events", ["json"])]
    return sorted(events, key=lambda e: e.id)


def load_output(output: str, store: Store, *, reprocess: bool = False, events: bool = True) -> LoadReport:
    """Store OUTPUT's articles, records and unreadable lines; then, with ``events``, its events.

    An article already stored with the same content is left alone unless ``reprocess``.
    With ``events=False`` the caller resolves the stored records itself (``jobs.resolve_all``).
    """
    output = output.rstrip("/")
    if not _exists(f"{output}/articles"):
        raise InputError(output, None, "not a `veille spark` output folder (no articles/ in it)")
    report = LoadReport()
    records = records_by_article(output)
    seen: set[str] = set()
    for row in _rows(f"{output}/articles", ["id", "status", "drop_reason", "drop_detail", "json"]):
        if row["id"] in seen:
            continue  # the same article given twice: stored once, as `veille ingest` would
        seen.add(row["id"])
        article = Article.from_dict(json.loads(row["json"]))
        report.articles += 1
        state = store.article_state(article)
        if state == "same" and not reprocess:
            report.unchanged += 1
            continue
        if state == "new":
            report.new += 1
        else:
            report.changed += 1
        drop = Drop(article.id, row["drop_reason"], row["drop_detail"] or "") if row["drop_reason"] else None
        recs = records.get(article.id, [])
        report.records += len(recs)
        store.save_article(article, recs, drop)
    for row in _rows(f"{output}/input_errors", ["input_file", "position", "reason"]):
        report.input_errors += 1
        if store.save_input_error(InputError(row["input_file"] or output, row["position"], row["reason"])):
            report.new_input_errors += 1
    if events:
        report.events = store.replace_events(spark_events(output))
    return report
