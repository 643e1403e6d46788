"""Named schema migrations, applied in order and recorded in ``schema_migrations``.

A migration is never edited once released; a change is a new migration. One schema serves
SQLite and PostgreSQL: a migration is one script for both, or a script per dialect where they
differ (an empty script still records the name, so both keep the same list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from veille.store.db import Database

Script = str | dict[str, str]

MIGRATIONS: tuple[tuple[str, Script], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            url TEXT,
            source TEXT,
            language TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            drop_reason TEXT,
            drop_detail TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX idx_articles_published ON articles (published);
        CREATE INDEX idx_articles_status ON articles (status, drop_reason);
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            record_type TEXT NOT NULL,
            event_type TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            country_code TEXT,
            confidence REAL NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX idx_records_article ON records (article_id);
        CREATE INDEX idx_records_block ON records (record_type, event_type, country_code, date_start);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            record_type TEXT NOT NULL,
            event_type TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            country_code TEXT,
            admin1 TEXT,
            confidence REAL NOT NULL,
            review_status TEXT NOT NULL DEFAULT 'machine',
            summary TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            data_hash TEXT NOT NULL
        );
        CREATE INDEX idx_events_date ON events (date_start);
        CREATE INDEX idx_events_filter ON events (event_type, country_code, date_start);
        CREATE TABLE event_records (
            record_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            score REAL NOT NULL,
            reasons TEXT NOT NULL
        );
        CREATE INDEX idx_event_records_event ON event_records (event_id);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, name, role)
        );
        CREATE INDEX idx_event_actors_name ON event_actors (name);
        CREATE TABLE ingest_errors (
            source TEXT NOT NULL,
            position TEXT NOT NULL,
            reason TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (source, position, reason)
        );
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            target_type TEXT NOT NULL,
            target_id TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        """,
    ),
    (
        # REAL is 8 bytes in SQLite but 4 in PostgreSQL, where 0.7 came back as 0.699999988 and
        # missed a ``confidence >= 0.7`` filter. Going through numeric turns a stored 4-byte 0.7
        # back into 0.7. SQLite has nothing to change.
        "0002_double_precision_scores",
        {
            "sqlite": "",
            "postgresql": """
                ALTER TABLE records ALTER COLUMN confidence TYPE DOUBLE PRECISION
                    USING confidence::numeric::double precision;
                ALTER TABLE events ALTER COLUMN confidence TYPE DOUBLE PRECISION
                    USING confidence::numeric::double precision;
                ALTER TABLE event_records ALTER COLUMN score TYPE DOUBLE PRECISION
                    USING score::numeric::double precision
            """,
        },
    ),
    (
        # Analysts' merges and splits, by record ids so they outlive event ids; applied in seq
        # order after every resolution (veille.resolve.overrides).
        "0003_overrides",
        """
        CREATE TABLE overrides (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            record_ids TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX idx_audit_log_target ON audit_log (target_type, target_id)
        """,
    ),
    (
        # Incremental resolution (veille.incremental): what the last resolution saw of each record
        # (a changed or deleted record is found by comparing), each record's blocks and each
        # event's lifecycle keys (to find the neighbourhood of a new record in the database), and
        # the lifecycle links with their direction.
        "0004_resolve_index",
        """
        CREATE TABLE resolve_records (
            record_id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            published TEXT,
            source TEXT
        );
        CREATE TABLE resolve_record_keys (
            record_id TEXT NOT NULL,
            key TEXT NOT NULL,
            span_class INTEGER NOT NULL,
            lo BIGINT NOT NULL,
            hi BIGINT NOT NULL,
            PRIMARY KEY (record_id, key)
        );
        CREATE INDEX idx_resolve_record_keys ON resolve_record_keys (key, span_class, lo);
        CREATE TABLE resolve_event_keys (
            event_id TEXT NOT NULL,
            key TEXT NOT NULL,
            event_type TEXT NOT NULL,
            lo BIGINT NOT NULL,
            hi BIGINT NOT NULL,
            PRIMARY KEY (event_id, key)
        );
        CREATE INDEX idx_resolve_event_keys ON resolve_event_keys (key, event_type, hi);
        CREATE TABLE resolve_links (
            source TEXT NOT NULL,
            relation TEXT NOT NULL,
            target TEXT NOT NULL,
            why TEXT NOT NULL
        );
        CREATE INDEX idx_resolve_links_source ON resolve_links (source);
        CREATE INDEX idx_resolve_links_target ON resolve_links (target);
        CREATE TABLE resolve_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE resolve_embeddings (text_key TEXT PRIMARY KEY, vector TEXT NOT NULL)
        """,
    ),
    (
        # The web app: users with hashed API tokens and roles, browser sessions (hashed ids, a CSRF
        # token each), and analysts' per-event corrections and decisions, replayed after every
        # resolution (veille.resolve.edits); ``before`` keeps the event as it was, for a revert.
        "0005_web",
        """
        CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            revoked_at TEXT
        );
        CREATE TABLE web_sessions (
            id_hash TEXT PRIMARY KEY,
            user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE TABLE event_edits (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            event_id TEXT NOT NULL,
            record_ids TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('correct', 'accept', 'reject')),
            field TEXT NOT NULL DEFAULT '',
            value TEXT,
            note TEXT NOT NULL DEFAULT '',
            before TEXT,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX idx_event_edits_event ON event_edits (event_id, active)
        """,
    ),
    (
        # The query layer's filters and sorts at a million events (benchmarks/query_bench.py), and
        # retention: when an article's text was purged. Search indexes that need trigger bodies or
        # an optional extension are built by veille.store.query.ensure_search_index instead.
        "0006_query_indexes_and_retention",
        {
            "sqlite": """
                CREATE INDEX idx_events_country_date ON events (country_code, date_start, date_end, id);
                CREATE INDEX idx_events_type_date ON events (event_type, date_start, date_end, country_code);
                CREATE INDEX idx_events_review_conf ON events (review_status, confidence, id);
                CREATE INDEX idx_events_review_country
                    ON events (review_status, country_code, confidence, id);
                DROP INDEX idx_events_filter;
                CREATE INDEX idx_events_date_cover
                    ON events (date_start, date_end, event_type, country_code, id);
                CREATE INDEX idx_events_span ON events
                    ((julianday(COALESCE(date_end, date_start)) - julianday(date_start)));
                CREATE INDEX idx_events_conf ON events (confidence, id);
                CREATE INDEX idx_events_admin1 ON events (LOWER(admin1));
                CREATE INDEX idx_event_actors_name_event ON event_actors (name, event_id);
                ALTER TABLE articles ADD COLUMN text_purged_at TEXT;
                CREATE INDEX idx_articles_ingested ON articles (ingested_at)
            """,
            "postgresql": """
                CREATE INDEX idx_events_country_date
                    ON events (country_code, date_start ASC NULLS FIRST, date_end, id);
                CREATE INDEX idx_events_type_date
                    ON events (event_type, date_start ASC NULLS FIRST, date_end, country_code);
                CREATE INDEX idx_events_review_conf ON events (review_status, confidence, id);
                CREATE INDEX idx_events_review_country
                    ON events (review_status, country_code, confidence, id);
                DROP INDEX idx_events_filter;
                CREATE INDEX idx_events_date_cover
                    ON events (date_start ASC NULLS FIRST, date_end, event_type, country_code);
                CREATE INDEX idx_events_span ON events ((
                    CASE WHEN date_start ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                        AND COALESCE(date_end, date_start) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                    THEN (CAST(SUBSTR(COALESCE(date_end, date_start), 1, 4) AS INTEGER) * 372
                        + CAST(SUBSTR(COALESCE(date_end, date_start), 6, 2) AS INTEGER) * 31
                        + CAST(SUBSTR(COALESCE(date_end, date_start), 9, 2) AS INTEGER))
                        - (CAST(SUBSTR(date_start, 1, 4) AS INTEGER) * 372
                        + CAST(SUBSTR(date_start, 6, 2) AS INTEGER) * 31
                        + CAST(SUBSTR(date_start, 9, 2) AS INTEGER)) END));
                CREATE INDEX idx_events_conf ON events (confidence, id);
                CREATE INDEX idx_events_admin1 ON events (LOWER(admin1));
                CREATE INDEX idx_event_actors_name_event ON event_actors (name, event_id);
                ALTER TABLE articles ADD COLUMN text_purged_at TEXT;
                CREATE INDEX idx_articles_ingested ON articles (ingested_at)
            """,
        },
    ),
    (
        # What conditional GETs send next time (ETag, Last-Modified), saved only after the
        # articles of that response are stored; and each origin's robots.txt (veille.sources).
        "0007_fetch_state",
        """
        CREATE TABLE fetch_state (
            url TEXT PRIMARY KEY,
            final_url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE robots_cache (
            origin TEXT PRIMARY KEY,
            status INTEGER NOT NULL,
            body TEXT NOT NULL,
            fetched_at DOUBLE PRECISION NOT NULL
        )
        """,
    ),
    (
        # Each event's lifecycle view as the last resolution computed it (veille.incremental), so
        # an update reads the events around a change instead of rebuilding them from their records.
        "0008_resolve_event_views",
        """
        CREATE TABLE resolve_event_views (event_id TEXT PRIMARY KEY, view TEXT NOT NULL)
        """,
    ),
    (
        # Incremental resolution: the sources' candidate windows (lifecycle links), and a flag on
        # each record that a resolution has seen this version of it (an inserted row starts
        # unseen), so that finding pending records does not compare every record.
        "0009_resolve_source_keys",
        """
        CREATE TABLE resolve_source_keys (
            event_id TEXT NOT NULL,
            key TEXT NOT NULL,
            stage TEXT NOT NULL,
            span_class INTEGER NOT NULL,
            reach INTEGER NOT NULL,
            hi INTEGER NOT NULL,
            horizon TEXT NOT NULL
        );
        CREATE INDEX idx_resolve_source_keys_find ON resolve_source_keys (key, stage, span_class, hi);
        CREATE INDEX idx_resolve_source_keys_event ON resolve_source_keys (event_id);
        ALTER TABLE records ADD COLUMN resolve_seen INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX idx_records_unseen ON records (id) WHERE resolve_seen = 0
        """,
    ),
)


def statements(script: Script, dialect: str) -> list[str]:
    """The statements of one migration in ``dialect``."""
    text = script.get(dialect, "") if isinstance(script, dict) else script
    out = [s.strip() for s in text.split(";") if s.strip()]
    if dialect == "postgresql":
        out = [s.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY") for s in out]
    return out


def _applied(db: Database) -> set[str]:
    if not db.has_table("schema_migrations"):
        return set()
    return {r["name"] for r in db.query("SELECT name FROM schema_migrations")}


def migrate(db: Database, migrations: Sequence[tuple[str, Script]] = MIGRATIONS) -> list[str]:
    """Apply pending ``migrations`` (by default all of them); return the names applied now.

    Two processes opening a new database at once must not both create its tables: the check
    is repeated under the ``migrate`` lock, and the pending migrations commit together.
    """
    done = _applied(db)
    if all(name in done for name, _ in migrations):
        return []
    applied: list[str] = []
    with db.transaction():
        db.lock("migrate")
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = _applied(db)
        for name, script in migrations:
            if name in done:
                continue
            for stmt in statements(script, db.dialect):
                db.execute(stmt)
            db.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            applied.append(name)
    return applied
