"""What runs inside Spark's executor Python workers: pandas frames in, pandas frames out.

Nothing here imports pyspark, so these functions are tested and reused without a JVM. Models
(spaCy, the gazetteer, the actor knowledge base) are loaded once per worker process and kept in
``_CACHE``: Spark reuses its Python workers across tasks, so a million articles on 100 workers
load the models 100 times, not once per partition. That cache is the one module-level state of
the package, on purpose (STYLE.md warns against such caches; here a worker has no other place
to keep what it loaded between tasks).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pandas as pd

from veille.errors import InputError
from veille.io.read import article_from_json
from veille.pipeline import Pipeline
from veille.records import Article, Record
from veille.resolve.blocking import Report
from veille.resolve.features import DEFAULT_TOLERANCE, TOLERANCE_DAYS, View, make_view
from veille.resolve.lifecycle import RULES
from veille.resolve.registry import Resolver, resolver_from_name
from veille.settings import Settings
from veille.spark.columns import BLOCK_KEY_COLUMNS, EVENT_COLUMNS, EXTRACT_COLUMNS

_CACHE: dict[tuple[str, str], Any] = {}
# The longest time between two steps of one story that lifecycle linking looks across (a
# conviction years after the attack): the period of a block in "country" mode.
LIFECYCLE_DAYS = max(rule[2] for rule in RULES.values())
SNIPPET = 60


def pipeline_for(settings: Settings) -> Pipeline:
    """The worker's pipeline for these settings, built on first use."""
    key = ("pipeline", json.dumps(dict(settings.values), sort_keys=True, default=str))
    if key not in _CACHE:
        _CACHE[key] = Pipeline.from_settings(settings)
    got: Pipeline = _CACHE[key]
    return got


def resolver_for(name: str) -> Resolver:
    key = ("resolver", name)
    if key not in _CACHE:
        _CACHE[key] = resolver_from_name(name)
    got: Resolver = _CACHE[key]
    return got


def _row(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {name: None for name, _ in EXTRACT_COLUMNS}
    row.update(values)
    return row


def _frame(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=[name for name, _ in columns])
    for name, kind in columns:
        if kind in {"int", "long"}:
            frame[name] = frame[name].astype("Int64")
        elif kind == "double":
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].astype(object)
    return frame


def year_month(start: str | None, published: str | None) -> tuple[int | None, int | None]:
    """The partition of a record: its event date's start, else its article's publication date."""
    for value in (start, published):
        if not value:
            continue
        try:
            d = date.fromisoformat(value[:10])
        except ValueError:
            continue
        return d.year, d.month
    return None, None


def parse_line(line: str, input_file: str) -> Article | InputError:
    """One JSON line (or one Parquet row rendered as JSON) as an article, or why it is not one."""
    where = f"line starting {line.strip()[:SNIPPET]!r}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(input_file, where, f"malformed JSON ({exc.msg} at column {exc.colno})")
    try:
        return article_from_json(data)
    except InputError as err:
        return InputError(input_file, where, err.reason)


def record_row(rec: Record, article: Article) -> dict[str, Any]:
    year, month = year_month(rec.date.start, article.published)
    return _row(
        kind="record",
        id=rec.id,
        article_id=rec.article_id,
        record_type=rec.record_type,
        event_type=rec.event_type,
        date_start=rec.date.start,
        date_end=rec.date.end,
        date_precision=rec.date.precision,
        country_code=next((loc.country_code for loc in rec.locations if loc.role == "event"), None),
        confidence=float(rec.confidence),
        published=article.published,
        source=article.source,
        year=year,
        month=month,
        json=json.dumps(rec.to_dict(), ensure_ascii=False),
    )


def extract_frame(frame: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Lines (``value``, ``input_file``) to record, article and error rows (``EXTRACT_COLUMNS``)."""
    t0 = time.perf_counter()
    rows: list[dict[str, Any]] = []
    articles: list[Article] = []
    files: dict[int, str] = {}
    for line, input_file in zip(frame["value"], frame["input_file"], strict=True):
        if not isinstance(line, str) or not line.strip():
            continue
        got = parse_line(line, str(input_file))
        if isinstance(got, InputError):
            rows.append(
                _row(
                    kind="error",
                    status="unreadable",
                    drop_reason="unreadable",
                    drop_detail=got.reason,
                    input_file=got.source,
                    position=None if got.position is None else str(got.position),
                )
            )
            continue
        files[len(articles)] = str(input_file)
        articles.append(got)
    if articles:
        pipeline = pipeline_for(settings)
        for n, result in enumerate(pipeline.process_many(articles)):
            art = result.article
            for rec in result.records:
                rows.append(record_row(rec, art))
            rows.append(
                _row(
                    kind="article",
                    id=art.id,
                    article_id=art.id,
                    published=art.published,
                    source=art.source,
                    status="dropped" if result.drop else "extracted",
                    drop_reason=result.drop.reason if result.drop else None,
                    drop_detail=result.drop.detail if result.drop else None,
                    input_file=files[n],
                    json=json.dumps(art.to_dict(), ensure_ascii=False),
                )
            )
    # The batch's time, spread over its rows, so that a sum over rows is the workers' total.
    per_row = (time.perf_counter() - t0) / max(1, len(rows))
    for row in rows:
        row["seconds"] = per_row
    return _frame(rows, EXTRACT_COLUMNS)


def extract_batches(batches: Iterator[pd.DataFrame], settings: Settings) -> Iterator[pd.DataFrame]:
    """``mapInPandas`` body of the extraction step."""
    for frame in batches:
        yield extract_frame(frame, settings)


# -- resolution ---------------------------------------------------------------------------------


def block_keys(view: View, mode: str, resolver: Any = None) -> list[tuple[str, int]]:
    """The blocks a record belongs to, each with the days of slack two records in it may have.

    Mode ``type`` follows the resolver's own candidate blocks: its ``block_keys`` where it has
    them (``blocking.v3``), else those of ``blocking.v2`` (record type, type family, and country
    or named agency; statistics by value, whatever their dates). Mode ``country`` drops the type
    so that the lifecycle links between steps of a story (attack, arrest, charge, trial) stay
    in one block. A tolerance of -1 means one block whatever the dates.
    """
    if mode == "country":
        keys = [f"c|{c}" for c in sorted(view.countries)]
        if view.record_type == "statistic":
            return [(k, LIFECYCLE_DAYS) for k in keys] or [(f"statistic|{view.event_type}", -1)]
        keys = keys or ["c|"]
        agents = [(f"a|@{a}", LIFECYCLE_DAYS) for a in sorted(view.agents)]
        return [(k, LIFECYCLE_DAYS) for k in keys] + agents
    own = getattr(resolver, "block_keys", None)
    if callable(own):
        got: list[tuple[str, int]] = own(view)
        return got
    if view.record_type == "statistic":
        return [(f"statistic|{view.event_type}|{view.metric or ''}|{view.value}", -1)]
    tol = TOLERANCE_DAYS.get(view.family, DEFAULT_TOLERANCE)
    keys = [f"event|{view.family}|{c}" for c in sorted(view.countries) or [""]]
    keys += [f"event|{view.family}|@{a}" for a in sorted(view.agents)]
    return [(k, tol) for k in keys]


def block_key_batches(
    batches: Iterator[pd.DataFrame], mode: str, resolver_name: str
) -> Iterator[pd.DataFrame]:
    """``mapInPandas`` body: record rows (``json``, ``published``, ``source``) to block key rows."""
    resolver = resolver_for(resolver_name) if mode == "type" else None
    for frame in batches:
        rows: list[dict[str, Any]] = []
        for text, published, source in zip(frame["json"], frame["published"], frame["source"], strict=True):
            rec = Record.from_dict(json.loads(text))
            view = make_view(rec, _str(published), _str(source))
            for key, tol in block_keys(view, mode, resolver):
                rows.append({"id": rec.id, "key": key, "lo": view.lo, "hi": view.hi, "tol": tol})
        yield _frame(rows, BLOCK_KEY_COLUMNS)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def resolve_frame(frame: pd.DataFrame, resolver_name: str) -> pd.DataFrame:
    """``applyInPandas`` body: one block's records (``block``, ``json``, ``published``, ``source``)
    resolved into events (``EVENT_COLUMNS``) by the named resolver."""
    reports = [
        Report(Record.from_dict(json.loads(text)), _str(published), _str(source))
        for text, published, source in zip(frame["json"], frame["published"], frame["source"], strict=True)
    ]
    block = str(frame["block"].iloc[0]) if len(frame) else ""
    published = {r.record.article_id: r.published for r in reports}
    events = resolver_for(resolver_name).resolve(reports) if reports else []
    rows = []
    for ev in events:
        d = ev.to_dict()
        dates = d.get("date") or {}
        first_article = ev.article_ids[0] if ev.article_ids else None
        year, month = year_month(dates.get("start"), published.get(first_article or ""))
        rows.append(
            {
                "id": ev.id,
                "record_type": d.get("record_type"),
                "event_type": d.get("event_type"),
                "date_start": dates.get("start"),
                "date_end": dates.get("end"),
                "country_code": next(
                    (x.get("country_code") for x in d.get("locations") or [] if x.get("role") == "event"),
                    None,
                ),
                "n_records": len(ev.record_ids),
                "n_articles": len(ev.article_ids),
                "confidence": float(d.get("confidence") or 0.0),
                "block": block,
                "block_records": len(reports),
                "json": json.dumps(d, ensure_ascii=False),
                "year": year,
                "month": month,
            }
        )
    return _frame(rows, EVENT_COLUMNS)
