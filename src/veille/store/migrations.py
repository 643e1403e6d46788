"""Named schema migrations, applied in order and recorded in ``schema_migrations``.

A migration is never edited once released; a change is a new migration.
"""

from __future__ import annotations

from datetime import UTC, datetime

from veille.store.db import Database

MIGRATIONS: tuple[tuple[str, str], ...] = (
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
)


def _split(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {r["name"] for r in db.query("SELECT name FROM schema_migrations")}
    applied: list[str] = []
    for name, script in MIGRATIONS:
        if name in done:
            continue
        with db.transaction():
            for stmt in _split(script):
                if db.dialect == "postgresql":
                    stmt = stmt.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
                db.execute(stmt)
            db.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied
