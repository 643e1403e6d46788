"""One query layer for the CLI, the API and the exports: filters and aggregates.

Every value reaches SQL as a bound parameter, never by string formatting. Text and actor
searches mean "contains, ignoring case" on both databases; a search index (SQLite FTS5 with
the trigram tokenizer, PostgreSQL pg_trgm) makes them fast when there is one, and a plain scan
gives the same rows when there is none (``ensure_search_index``).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from veille.errors import StoreError
from veille.records import Record, ResolvedEvent
from veille.store.db import Database
from veille.store.store import Store

log = logging.getLogger(__name__)

# NULLS FIRST/LAST spelled out: SQLite and PostgreSQL put undated events at opposite ends.
SORTS = {
    "date": "date_start ASC NULLS FIRST, id ASC",
    "-date": "date_start DESC NULLS LAST, id ASC",
    "confidence": "confidence ASC, id ASC",
    "-confidence": "confidence DESC, id ASC",
    "id": "id ASC",
}
REVIEW_STATUSES = ("machine", "accepted", "edited", "rejected")
PERIODS = ("day", "week", "month", "year")

# Objects that ensure_search_index creates outside the numbered migrations: they need
# statements the migration runner cannot split (trigger bodies) or an optional extension.
FTS_TABLE = "events_fts"
ACTOR_NAMES = "actor_names"
PG_TRGM_INDEX = "idx_events_summary_trgm"
PG_ACTOR_TRGM_INDEX = "idx_actor_names_trgm"
# How long an event lasts, in days or more: must match idx_events_span of migration 0006 exactly,
# or the lookup scans. PostgreSQL cannot index a text-to-date cast (not immutable), so it counts
# 31 days a month and 372 a year: never fewer days than the real span, which is all the bound needs.
SQLITE_SPAN = "julianday(COALESCE(date_end, date_start)) - julianday(date_start)"
_PG_DAY = (
    "(CAST(SUBSTR({c}, 1, 4) AS INTEGER) * 372 + CAST(SUBSTR({c}, 6, 2) AS INTEGER) * 31"
    " + CAST(SUBSTR({c}, 9, 2) AS INTEGER))"
)
_PG_ISO = "{c} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'"
PG_SPAN = (
    "CASE WHEN "
    + _PG_ISO.format(c="date_start")
    + " AND "
    + _PG_ISO.format(c="COALESCE(date_end, date_start)")
    + " THEN "
    + _PG_DAY.format(c="COALESCE(date_end, date_start)")
    + " - "
    + _PG_DAY.format(c="date_start")
    + " END"
)


def _contains(value: str) -> str:
    """A LIKE pattern for "contains ``value``": its own ``%`` and ``_`` match only themselves."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class EventQuery:
    """Filters over resolved events; ``None`` means no filter.

    ``event_type`` and ``review_status`` take one value or several, comma-separated;
    ``max_confidence`` bounds from above (a review queue of doubtful events).
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    record_type: str | None = None
    actor: str | None = None
    text: str | None = None
    review_status: str | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    limit: int | None = None
    offset: int = 0
    sort: str = "date"

    @property
    def filtered(self) -> bool:
        """Whether any filter (not paging or sort) is set."""
        skip = {"limit", "offset", "sort"}
        return any(getattr(self, f.name) not in (None, "") for f in fields(self) if f.name not in skip)

    def where(self, search: SearchIndex | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause over ``events`` and its parameters (``search``: which indexes exist)."""
        search = search or SearchIndex()
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("COALESCE(date_end, date_start) >= ?")
            params.append(self.date_from)
            floor = _minus_days(self.date_from, search.max_span_days)
            if floor is not None:
                # Redundant but indexable: no event starts more than the longest span before it ends.
                clauses.append("date_start >= ?")
                params.append(floor)
        if self.date_to:
            clauses.append("date_start <= ?")
            params.append(self.date_to)
        if self.country:
            clauses.append("country_code = ?")
            params.append(self.country.strip().upper())
        if self.admin1:
            clauses.append("LOWER(admin1) = LOWER(?)")
            params.append(self.admin1)
        for column, value in (("event_type", self.event_type), ("review_status", self.review_status)):
            wanted = [t.strip() for t in (value or "").split(",") if t.strip()]
            if wanted:
                clauses.append(f"{column} IN (" + ",".join("?" * len(wanted)) + ")")
                params.extend(wanted)
        if self.record_type:
            clauses.append("record_type = ?")
            params.append(self.record_type)
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        if self.max_confidence is not None:
            clauses.append("confidence <= ?")
            params.append(self.max_confidence)
        if self.actor:
            names = f"SELECT name FROM {ACTOR_NAMES} WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\'"
            if search.actor_names and search.actor_frequent:
                # A correlated test per event (never turned into a join by either planner), so a
                # page walks the events in its order and stops after a few tests; SQLite's unary +
                # makes each test read the event's few actors, not probe every matching name.
                plus = "+" if search.sqlite else ""
                clauses.append(
                    "(SELECT 1 FROM event_actors ea WHERE ea.event_id = events.id"
                    f" AND {plus}ea.name IN ({names}) LIMIT 1) IS NOT NULL"
                )
            elif search.actor_names:
                # The few thousand distinct names are searched, then the events by exact name.
                clauses.append(f"id IN (SELECT event_id FROM event_actors WHERE name IN ({names}))")
            else:
                clauses.append(
                    "id IN (SELECT event_id FROM event_actors WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\')"
                )
            params.append(_contains(self.actor))
        if self.text:
            if search.fts and not search.text_frequent and not any(c in self.text for c in "%_\\"):
                # FTS5's trigram tokenizer answers LIKE itself, ignoring (ASCII) case as LIKE does;
                # it cannot with an ESCAPE clause, so a text holding % _ or \ scans instead.
                clauses.append(f"rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE summary LIKE ?)")
                params.append(f"%{self.text}%")
            else:
                clauses.append("LOWER(summary) LIKE LOWER(?) ESCAPE '\\'")
                params.append(_contains(self.text))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# -- search indexes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchIndex:
    """Which optional search structures the database has."""

    fts: bool = False  # SQLite: events_fts, kept in step with events by triggers
    actor_names: bool = False  # both: distinct actor names, kept by a trigger on event_actors
    trigram: bool = False  # PostgreSQL: pg_trgm indexes on LOWER(summary) and LOWER(name)
    max_span_days: float | None = None  # the longest event (date_end - date_start), indexed
    sqlite: bool = False
    # Many events match the actor: a page is found fastest by walking events in the sort order
    # and testing each, not by fetching every matching event and sorting them.
    actor_frequent: bool = False
    text_frequent: bool = False  # likewise for a text on SQLite: test each event's summary in order


def _minus_days(day: str, span: float | None) -> str | None:
    """``day`` (YYYY-MM-DD) less ``span`` days, rounded down; None when either is unusable."""
    if span is None:
        return None
    try:
        start = date.fromisoformat(day[:10])
    except ValueError:
        return None
    try:
        return (start - timedelta(days=math.ceil(span))).isoformat()
    except OverflowError:
        return "0000-00-00"


def max_span_days(db: Database) -> float | None:
    """The longest event in days (or more), from migration 0006's expression index (a quick lookup)."""
    span = db.scalar(f"SELECT MAX({SQLITE_SPAN if db.dialect == 'sqlite' else PG_SPAN}) FROM events")
    return 0.0 if span is None else max(0.0, float(span))


def search_index(db: Database) -> SearchIndex:
    """What ``ensure_search_index`` has built in this database (cheap catalogue lookups)."""
    if db.dialect == "sqlite":
        return SearchIndex(fts=db.has_table(FTS_TABLE), actor_names=db.has_table(ACTOR_NAMES), sqlite=True)
    trigram = bool(
        db.scalar(
            "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?",
            (PG_TRGM_INDEX,),
        )
    )
    return SearchIndex(actor_names=db.has_table(ACTOR_NAMES), trigram=trigram)


def _sqlite_search_ddl() -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
               summary, content='events', content_rowid='rowid', tokenize='trigram')""",
        f"""CREATE TRIGGER IF NOT EXISTS events_fts_ai AFTER INSERT ON events BEGIN
               INSERT INTO {FTS_TABLE} (rowid, summary) VALUES (new.rowid, new.summary); END""",
        f"""CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events BEGIN
               INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, summary)
               VALUES ('delete', old.rowid, old.summary); END""",
        f"""CREATE TRIGGER IF NOT EXISTS events_fts_au AFTER UPDATE OF summary ON events BEGIN
               INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, summary)
               VALUES ('delete', old.rowid, old.summary);
               INSERT INTO {FTS_TABLE} (rowid, summary) VALUES (new.rowid, new.summary); END""",
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')",
        f"CREATE TABLE IF NOT EXISTS {ACTOR_NAMES} (name TEXT PRIMARY KEY)",
        f"""CREATE TRIGGER IF NOT EXISTS event_actors_name_ai AFTER INSERT ON event_actors BEGIN
               INSERT OR IGNORE INTO {ACTOR_NAMES} (name) VALUES (new.name); END""",
        f"INSERT OR IGNORE INTO {ACTOR_NAMES} (name) SELECT DISTINCT name FROM event_actors",
    ]


def _pg_actor_ddl() -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {ACTOR_NAMES} (name TEXT PRIMARY KEY)",
        f"""CREATE OR REPLACE FUNCTION veille_actor_name() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN INSERT INTO {ACTOR_NAMES} (name) VALUES (NEW.name) ON CONFLICT DO NOTHING;
               RETURN NEW; END $$""",
        "DROP TRIGGER IF EXISTS event_actors_name_ai ON event_actors",
        """CREATE TRIGGER event_actors_name_ai AFTER INSERT ON event_actors
               FOR EACH ROW EXECUTE FUNCTION veille_actor_name()""",
        f"""INSERT INTO {ACTOR_NAMES} (name) SELECT DISTINCT name FROM event_actors
               ON CONFLICT DO NOTHING""",
    ]


def _pg_trigram_ddl(db: Database) -> list[str] | None:
    """pg_trgm's index statements, or None where the extension cannot be had."""
    schema = db.scalar("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
    out: list[str] = []
    if schema is None:
        if not db.scalar("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"):
            return None
        # In public, not in the current schema: a dropped schema must not take it along.
        out.append("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        schema = "public"
    ops = f'"{schema}".gin_trgm_ops'
    out.append(f"CREATE INDEX IF NOT EXISTS {PG_TRGM_INDEX} ON events USING gin (LOWER(summary) {ops})")
    out.append(
        f"CREATE INDEX IF NOT EXISTS {PG_ACTOR_TRGM_INDEX} ON {ACTOR_NAMES} USING gin (LOWER(name) {ops})"
    )
    return out


def ensure_search_index(db: Database) -> SearchIndex:
    """Build the optional search structures once (idempotent; safe with other processes).

    SQLite: an FTS5 trigram index over event summaries and a table of distinct actor names,
    both kept current by triggers. PostgreSQL: the actor-name table, and pg_trgm GIN indexes
    when the extension is available; where it is not (or creating it is refused) searches
    scan, with the same results.
    """
    have = search_index(db)
    if db.dialect == "sqlite":
        if have.fts and have.actor_names:
            return have
        with db.transaction():
            for stmt in _sqlite_search_ddl():
                db.execute(stmt)
        return search_index(db)
    if not have.actor_names:
        with db.transaction():
            db.lock("search-index")
            for stmt in _pg_actor_ddl():
                db.execute(stmt)
    if not have.trigram:
        try:
            with db.transaction():
                db.lock("search-index")
                stmts = _pg_trigram_ddl(db)
                for stmt in stmts or []:
                    db.execute(stmt)
            if stmts is None:
                log.info("pg_trgm is not available: text and actor searches scan the table")
        except Exception as exc:  # noqa: BLE001 - an optional speed-up; the scan still answers
            log.warning("no trigram index (%s); text and actor searches scan the table", exc)
    return search_index(db)


# -- reading ----------------------------------------------------------------------------------


# A search matching more events than this is "frequent" for a page query (see SearchIndex). The
# two ways to find a page cost about (matches) and (50 x events / matches) row reads, so they
# cross near sqrt(50 x events); measured per-row costs move that to about sqrt(130 x events).
FREQUENT_ACTOR_ROWS = 5000


def _frequent_above(db: Database) -> int:
    if db.dialect == "sqlite":
        total = db.scalar("SELECT MAX(rowid) FROM events")  # a quick upper bound on the count
    else:
        total = db.scalar("SELECT reltuples FROM pg_class WHERE oid = CAST('events' AS regclass)")
    return max(FREQUENT_ACTOR_ROWS, int(math.sqrt(130 * max(0.0, float(total or 0)))))


def _is_frequent(db: Database, sql: str, param: str) -> bool:
    cap = _frequent_above(db)
    n = db.scalar(f"SELECT COUNT(*) FROM ({sql} LIMIT {cap + 1}) AS hits", (param,))
    return int(n or 0) > cap


def _actor_is_frequent(db: Database, actor: str) -> bool:
    names = f"SELECT name FROM {ACTOR_NAMES} WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\'"
    return _is_frequent(db, f"SELECT 1 FROM event_actors WHERE name IN ({names})", _contains(actor))


def _text_is_frequent(db: Database, text: str) -> bool:
    return _is_frequent(db, f"SELECT 1 FROM {FTS_TABLE} WHERE summary LIKE ?", f"%{text}%")


def _search(store: Store, q: EventQuery, page: bool = False) -> SearchIndex | None:
    """What the query can use: search structures (built on first need), the longest span."""
    have = None
    if q.text or q.actor:
        try:
            have = ensure_search_index(store.db)
        except StoreError as exc:  # e.g. a read-only SQLite file: search by scanning
            log.warning("cannot build the search index (%s); searching by scan", exc)
            have = search_index(store.db)
        if page and q.actor and have.actor_names:
            have = replace(have, actor_frequent=_actor_is_frequent(store.db, q.actor))
        if page and q.text and have.fts:
            have = replace(have, text_frequent=_text_is_frequent(store.db, q.text))
    if q.date_from:
        base = have or SearchIndex(sqlite=store.db.dialect == "sqlite")
        have = replace(base, max_span_days=max_span_days(store.db))
    return have


def _select(store: Store, q: EventQuery, columns: str) -> tuple[str, list[Any]]:
    where, params = q.where(_search(store, q, page=q.limit is not None))
    order = SORTS.get(q.sort)
    if order is None:
        raise ValueError(f"unknown sort {q.sort!r}; choose one of {', '.join(SORTS)}")
    sql = f"SELECT {columns} FROM events{where} ORDER BY {order}"
    if q.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [int(q.limit), int(q.offset)]
    return sql, params


def iter_events(store: Store, q: EventQuery) -> Iterator[ResolvedEvent]:
    sql, params = _select(store, q, "data")
    for row in store.db.query(sql, params):
        yield ResolvedEvent.from_dict(json.loads(row["data"]))


def event_ids(store: Store, q: EventQuery) -> list[str]:
    """The ids of the events ``q`` selects, in its order."""
    sql, params = _select(store, q, "id")
    return [str(r["id"]) for r in store.db.query(sql, params)]


def count_events(store: Store, q: EventQuery) -> int:
    where, params = q.where(_search(store, q))
    return int(store.db.scalar(f"SELECT COUNT(*) FROM events{where}", params) or 0)


def iter_records(store: Store, q: EventQuery | None = None) -> Iterator[Record]:
    """Per-article records (CONTRACT §2): all of them, or those behind the events ``q`` selects."""
    if q is None or not q.filtered:
        rows = store.db.query("SELECT data FROM records ORDER BY article_id, id")
    else:
        where, params = q.where(_search(store, q))
        rows = store.db.query(
            f"""SELECT r.data FROM records r JOIN event_records er ON er.record_id = r.id
                WHERE er.event_id IN (SELECT id FROM events{where}) ORDER BY r.article_id, r.id""",
            params,
        )
    for row in rows:
        yield Record.from_dict(json.loads(row["data"]))


# -- aggregates -------------------------------------------------------------------------------

GROUPS = {
    "event_type": "event_type",
    "country": "country_code",
    "record_type": "record_type",
    "admin1": "admin1",
    "review_status": "review_status",
    "day": "SUBSTR(date_start, 1, 10)",
    "month": "SUBSTR(date_start, 1, 7)",
    "year": "SUBSTR(date_start, 1, 4)",
    "actor": "event_actors.name",
    "actor_role": "event_actors.role",
}
# A week is named by its Monday (ISO weeks), as YYYY-MM-DD.
WEEK = {
    "sqlite": "DATE(date_start, 'weekday 0', '-6 days')",
    "postgresql": "TO_CHAR(DATE_TRUNC('week', CAST(date_start AS DATE)), 'YYYY-MM-DD')",
}
GROUPS["week"] = WEEK["sqlite"]  # listed with the others; aggregate() uses the database's own form
GROUP_NAMES = tuple(GROUPS)
EVENT_GROUP_COLUMNS = ("event_type", "country_code", "record_type", "admin1", "review_status", "date_start")


def aggregate(store: Store, q: EventQuery, by: tuple[str, ...]) -> list[dict[str, Any]]:
    """Counts of events grouped by the named dimensions (event_type, country, month, actor, ...).

    Grouped by ``actor`` (or ``actor_role``), an event counts once under each of its actors.
    """
    cols = []
    for name in by:
        if name == "week":
            expr = WEEK[store.db.dialect]
        elif name in GROUPS:
            expr = GROUPS[name]
        else:
            raise ValueError(f"cannot group by {name!r}; choose from {', '.join(GROUP_NAMES)}")
        cols.append(f"{expr} AS {name}")
    if not cols:
        raise ValueError("aggregate needs at least one dimension")
    where, params = q.where(_search(store, q))
    sel = ", ".join(cols)
    group = ", ".join(str(i + 1) for i in range(len(cols)))
    order = ", ".join(f"{i + 1} ASC NULLS FIRST" for i in range(len(cols)))
    if any(name in ("actor", "actor_role") for name in by):
        # Only the columns a grouping reads: the JSON ``data`` would be copied for nothing.
        inner = f"SELECT id, {', '.join(EVENT_GROUP_COLUMNS)} FROM events{where}"
        source = f"({inner}) AS events JOIN event_actors ON event_actors.event_id = events.id"
        sql = f"SELECT {sel}, COUNT(DISTINCT events.id) AS n FROM {source} GROUP BY {group} ORDER BY {order}"
    else:
        sql = f"SELECT {sel}, COUNT(*) AS n FROM events{where} GROUP BY {group} ORDER BY {order}"
    return [{**r, "n": int(r["n"])} for r in store.db.query(sql, params)]


def article_sources(store: Store) -> dict[str, str]:
    """Each stored article's source (outlet) by article id, where it has one."""
    rows = store.db.query("SELECT id, source FROM articles WHERE source IS NOT NULL AND source <> ''")
    return {str(r["id"]): str(r["source"]) for r in rows}
